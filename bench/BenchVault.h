#pragma once

#include "core/Clock.h"
#include "core/vault/VaultSession.h"

#include <QString>

#include <memory>

namespace peerdesk::bench {

// The benchmark vaults are made by scripts/bench (`peerdesk-cli init` with a fast KDF, then `demo`), with the
// administrator "admin" and a passphrase file beside them. Only ever run on such synthetic vaults: the driver
// benchmark writes an unencrypted copy for the comparison.
UnlockedKey unwrapBenchVault(const QString& directory, const QString& passphraseFile);
std::unique_ptr<VaultSession> openBenchVault(const QString& directory, const QString& passphraseFile,
                                             const Clock& clock);
// Copies the vault folder's files into `target` (made if missing) and returns it. Benchmarks open copies only:
// unlocking purges what retention says is due, and the generated vault must stay as `demo` left it, or the next
// run (the purge benchmark above all) would measure a different vault.
QString copyBenchVault(const QString& from, const QString& target);
// A copy of an unlocked key (the key material in locked memory again), for opening the vault repeatedly.
UnlockedKey copyOf(const UnlockedKey& key);

// Peak resident memory of this process so far, in MiB (getrusage).
double peakMemoryMiB();

} // namespace peerdesk::bench
