#include "core/security/ScramVerifier.h"

#include <cstring>
#include <sodium.h>

namespace peerdesk::scram {

namespace {

using Digest = std::array<unsigned char, crypto_auth_hmacsha256_BYTES>;

Digest hmac(const unsigned char* key, std::size_t keyLength, const unsigned char* message, std::size_t length)
{
    Digest out{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, keyLength);
    crypto_auth_hmacsha256_update(&state, message, length);
    crypto_auth_hmacsha256_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
    return out;
}

// PBKDF2-HMAC-SHA-256 of one block (RFC 8018): SCRAM-SHA-256's SaltedPassword is exactly one digest long.
Digest saltedPassword(const SecureBuffer& password, const QByteArray& salt, int iterations)
{
    QByteArray first = salt;
    first.append(char(0)).append(char(0)).append(char(0)).append(char(1)); // INT(1), big-endian
    Digest u = hmac(password.data(), password.size(), reinterpret_cast<const unsigned char*>(first.constData()),
                    static_cast<std::size_t>(first.size()));
    Digest result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password.data(), password.size(), u.data(), u.size());
        for (std::size_t b = 0; b < result.size(); ++b)
            result[b] ^= u[b];
    }
    sodium_memzero(u.data(), u.size());
    return result;
}

QByteArray base64(const unsigned char* data, std::size_t length)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length)).toBase64();
}

bool printableAscii(const SecureBuffer& password)
{
    for (std::size_t i = 0; i < password.size(); ++i) {
        if (password.data()[i] < 0x21 || password.data()[i] > 0x7e)
            return false;
    }
    return password.size() > 0;
}

} // namespace

QString verifier(const SecureBuffer& password, const QByteArray& salt, int iterations)
{
    if (!printableAscii(password) || salt.isEmpty() || iterations < 1)
        return {};
    Digest salted = saltedPassword(password, salt, iterations);
    static constexpr char ClientKeyLabel[] = "Client Key";
    static constexpr char ServerKeyLabel[] = "Server Key";
    Digest clientKey = hmac(salted.data(), salted.size(), reinterpret_cast<const unsigned char*>(ClientKeyLabel),
                            std::strlen(ClientKeyLabel));
    const Digest serverKey = hmac(salted.data(), salted.size(), reinterpret_cast<const unsigned char*>(ServerKeyLabel),
                                  std::strlen(ServerKeyLabel));
    std::array<unsigned char, crypto_hash_sha256_BYTES> storedKey{};
    crypto_hash_sha256(storedKey.data(), clientKey.data(), clientKey.size());
    sodium_memzero(salted.data(), salted.size());
    sodium_memzero(clientKey.data(), clientKey.size());
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(base64(storedKey.data(), storedKey.size())),
             QString::fromLatin1(base64(serverKey.data(), serverKey.size())));
}

QString verifier(const SecureBuffer& password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    return verifier(password, salt);
}

SecureBuffer databasePassword(const SecureBuffer& passphraseKey)
{
    static_assert(crypto_kdf_KEYBYTES == 32);
    SecureBuffer subkey(32);
    if (passphraseKey.size() != crypto_kdf_KEYBYTES
        || crypto_kdf_derive_from_key(subkey.data(), subkey.size(), 1, "PDauth__", passphraseKey.data()) != 0)
        return SecureBuffer(0);
    // sodium_bin2base64 writes into locked memory; the text is what libpq sends inside the SCRAM exchange.
    const std::size_t length = sodium_base64_encoded_len(subkey.size(), sodium_base64_VARIANT_ORIGINAL);
    SecureBuffer text(length);
    sodium_bin2base64(reinterpret_cast<char*>(text.data()), length, subkey.data(), subkey.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    // The terminating NUL is not part of the password.
    return SecureBuffer::copyOf(text.data(), length - 1);
}

} // namespace peerdesk::scram
