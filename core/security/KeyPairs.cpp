#include "core/security/KeyPairs.h"

#include <sodium.h>

namespace peerdesk {

namespace {

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

} // namespace

BoxKeyPair BoxKeyPair::generate()
{
    initialiseSodium();
    BoxKeyPair pair;
    pair.m_secret = SecureBuffer(SecretKeyBytes);
    pair.m_public = QByteArray(PublicKeyBytes, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.m_public.data()), pair.m_secret.data());
    return pair;
}

std::optional<BoxKeyPair> BoxKeyPair::fromSecret(const SecureBuffer& secret)
{
    if (secret.size() != SecretKeyBytes)
        return std::nullopt;
    initialiseSodium();
    BoxKeyPair pair;
    pair.m_secret = SecureBuffer::copyOf(secret.data(), secret.size());
    pair.m_public = QByteArray(PublicKeyBytes, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pair.m_public.data()), pair.m_secret.data());
    return pair;
}

BoxKeyPair BoxKeyPair::copy() const
{
    BoxKeyPair pair;
    pair.m_secret = SecureBuffer::copyOf(m_secret.data(), m_secret.size());
    pair.m_public = m_public;
    return pair;
}

std::optional<SecureBuffer> BoxKeyPair::open(const QByteArray& sealed, std::size_t keyBytes) const
{
    if (isNull() || static_cast<std::size_t>(sealed.size()) != key_pairs::sealedSize(keyBytes))
        return std::nullopt;
    SecureBuffer key(keyBytes);
    if (crypto_box_seal_open(key.data(), bytes(sealed), static_cast<unsigned long long>(sealed.size()), bytes(m_public),
                             m_secret.data())
        != 0)
        return std::nullopt;
    return key;
}

SigningKey SigningKey::generate()
{
    return *fromSeed(SecureBuffer::random(SeedBytes));
}

std::optional<SigningKey> SigningKey::fromSeed(const SecureBuffer& seed)
{
    if (seed.size() != SeedBytes)
        return std::nullopt;
    initialiseSodium();
    SigningKey key;
    key.m_secret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    key.m_public = QByteArray(PublicKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(key.m_public.data()), key.m_secret.data(), seed.data());
    return key;
}

SecureBuffer SigningKey::seed() const
{
    if (isNull())
        return {};
    return SecureBuffer::copyOf(m_secret.data(), SeedBytes); // libsodium's secret key starts with the seed
}

SigningKey SigningKey::copy() const
{
    SigningKey key;
    key.m_secret = SecureBuffer::copyOf(m_secret.data(), m_secret.size());
    key.m_public = m_public;
    return key;
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

namespace key_pairs {

std::size_t sealedSize(std::size_t keyBytes)
{
    return keyBytes + crypto_box_SEALBYTES;
}

QByteArray seal(const SecureBuffer& key, const QByteArray& publicKey)
{
    initialiseSodium();
    QByteArray sealed(static_cast<qsizetype>(sealedSize(key.size())), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key.data(), key.size(), bytes(publicKey));
    return sealed;
}

bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != SigningKey::PublicKeyBytes || signature.size() != SigningKey::SignatureBytes)
        return false;
    initialiseSodium();
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()), bytes(publicKey))
        == 0;
}

QByteArray keyCheck(const SecureBuffer& key)
{
    static const QByteArray constant("peerdesk-key-check-v1");
    initialiseSodium();
    QByteArray check(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(check.data()), 32, bytes(constant),
                       static_cast<unsigned long long>(constant.size()), key.data(), key.size());
    return check;
}

} // namespace key_pairs

} // namespace peerdesk
