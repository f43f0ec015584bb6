#pragma once

// What Vault.cpp, VaultSession.cpp, VaultAccounts.cpp and VaultRotation.cpp share. Not for other files.

#include "core/Result.h"
#include "core/security/Kdf.h"
#include "core/security/RepeatKeyHasher.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/VaultSession.h"

#include <QString>
#include <QStringList>

namespace peerdesk::vault_detail {

inline constexpr auto VaultIdKey = "vault_id";
inline constexpr auto CreatedAtKey = "created_at";

QString orphanDatabaseMessage(const QString& directory);
// The database copied under the next key during a rotation, beside peerdesk.db until it replaces it.
QString rotationCopyPath(const QString& directory);
Error authenticationFailed();
// True (once) when a test asked the rotation to stop after this step, as if the process were killed there.
bool stopsAfter(vault::RotationStep step);
Error stoppedForTests();

SecureBuffer copyOf(const SecureBuffer& buffer);
// Removes what a failed create() wrote, so a failure leaves no half-made vault behind.
void removeVaultFiles(const QString& directory);
void restrictToOwner(const QString& path);
// PeerDesk keeps its files in the vault folder itself. Through a link, a rotation would rename its new database
// over the link and leave the old-key database at the link's target, and a keyring write would do the same.
Result<void> refuseLinks(const QString& directory);
// Files other people on this computer can read: said, not refused (the folder may be on a shared drive whose
// permissions the person cannot change), but never silently.
QStringList permissionWarnings(const QString& directory);
// Tests and benchmarks make vaults with the lowest key-derivation cost; their repeat keys are quick too.
RepeatKeyHasher::Cost repeatCostFor(const KdfParams& kdf);
// A new vault database at path under keys (which hold the identity key), its schema current and still empty of the
// program: what create() fills, and what `server export` copies a server's program into.
Result<std::unique_ptr<Database>> createDatabase(const QString& path, const VaultKeys& keys, const QString& vaultId,
                                                 const KdfParams& kdf);
Error keyringMismatch(const QStringList& problems);
// The keys sealed to an unwrapped slot, checked against the keyring's authority: the slot's witness, the chain from
// the authority key it pins, and the key statement.
Result<VaultKeys> openCheckedKeys(const Keyring& keyring, const KeySlot& slot, const SlotSecrets& secrets);

} // namespace peerdesk::vault_detail

// In a VaultSession member during a rotation: stop here when a test asked to, as if the process were killed.
#define PEERDESK_STOP_ROTATION_AFTER(step)                                                                             \
    if (vault_detail::stopsAfter(step)) {                                                                              \
        m_abandoned = true; /* as if killed: close() writes nothing more */                                            \
        return vault_detail::stoppedForTests();                                                                        \
    }
