#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"

#include <QByteArray>

namespace peerdesk {

// Argon2id cost. The defaults are libsodium's MODERATE (3 passes, 256 MiB): about a second on a laptop,
// which is paid once per unlock. Tests and benchmarks may go down to 1 pass and 8 MiB.
struct KdfParams
{
    quint64 opsLimit = 3;
    quint64 memLimitBytes = 256ull * 1024 * 1024;

    static constexpr quint64 MinOps = 1;
    static constexpr quint64 MaxOps = 64;
    static constexpr quint64 MinMemBytes = 8ull * 1024 * 1024;
    static constexpr quint64 MaxMemBytes = 4ull * 1024 * 1024 * 1024;

    static KdfParams interactiveDefault() { return {}; }
    static KdfParams fastForTests() { return { 1, MinMemBytes }; }

    // Refuses costs outside the bounds above: a keyring.json asking for 1 TiB must not take the machine down.
    Result<void> validate() const;
    // Below the default on either axis: quick to guess, for tests and benchmarks only.
    bool isWeak() const
    {
        return opsLimit < interactiveDefault().opsLimit || memLimitBytes < interactiveDefault().memLimitBytes;
    }
    // Above the default on either axis: what a backup or keyring from elsewhere may ask of this machine only
    // with the user's consent (minutes of work, gigabytes of memory).
    bool exceedsDefault() const
    {
        return opsLimit > interactiveDefault().opsLimit || memLimitBytes > interactiveDefault().memLimitBytes;
    }
    bool operator==(const KdfParams&) const = default;
};

namespace kdf {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;

QByteArray randomSalt();
// KEK = crypto_pwhash(32, secret, salt, ops, mem, ARGON2ID13). Slow by design; any thread.
Result<SecureBuffer> deriveKey(const SecureBuffer& secret, const QByteArray& salt, const KdfParams& params);
} // namespace kdf

} // namespace peerdesk
