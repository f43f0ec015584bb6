#include "core/security/Kdf.h"

#include <QCoreApplication>

#include <sodium.h>

namespace peerdesk {

Result<void> KdfParams::validate() const
{
    if (opsLimit < MinOps || opsLimit > MaxOps || memLimitBytes < MinMemBytes || memLimitBytes > MaxMemBytes
        || memLimitBytes % 1024 != 0) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("peerdesk::Kdf",
                                                     "The key derivation cost must be 1 to %1 passes and 8 MiB to "
                                                     "4 GiB of memory.")
                             .arg(MaxOps));
    }
    return {};
}

namespace kdf {

QByteArray randomSalt()
{
    initialiseSodium();
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    return salt;
}

Result<SecureBuffer> deriveKey(const SecureBuffer& secret, const QByteArray& salt, const KdfParams& params)
{
    if (auto valid = params.validate(); !valid)
        return valid.error();
    if (salt.size() != SaltBytes)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("peerdesk::Kdf", "The salt is invalid."));
    static_assert(crypto_pwhash_SALTBYTES == SaltBytes);
    SecureBuffer key(KeyBytes);
    const int rc = crypto_pwhash(key.data(), key.size(), secret.chars(), secret.size(),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                                 static_cast<std::size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("peerdesk::Kdf",
                                                     "Not enough memory to derive the key (%1 MiB "
                                                     "needed).")
                             .arg(params.memLimitBytes / (1024 * 1024)));
    }
    return key;
}

} // namespace kdf
} // namespace peerdesk
