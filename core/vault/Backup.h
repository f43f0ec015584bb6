#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/formats/BackupFormat.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/VaultSession.h"

#include <QDateTime>
#include <QString>

namespace peerdesk::backup {

// A backup file found in a folder, with what its header says.
struct BackupFile
{
    QString path;
    BackupInfo info;
};

// One file holding a consistent snapshot of the open vault's database (copied inside one read transaction,
// still encrypted with the vault's data key) and its keyring.json, written atomically into folder as
// peerdesk-backup-<date>-<time>.pdbackup; returns its path. Nothing in plaintext touches the disk.
// Administrators only; refused on a program server, whose operator backs it up.
Result<QString> create(VaultSession& session, const QString& folder);

// The automatic backup taken when PeerDesk locks or closes, by whoever was signed in: into the vault's
// backup_folder setting (nothing happens when it is empty), keeping the newest backup_keep automatic backups
// of this vault there and deleting older ones (other files, and other vaults' backups, are never touched).
// Returns nullopt, writing nothing, when automatic backups are off or nothing but backups happened since the
// newest automatic backup there. The folder must exist: a missing one is usually an unplugged drive.
Result<std::optional<QString>> createAutomatic(VaultSession& session);
// Whether the vault asks for automatic backups (its backup_folder setting is not empty); never on a program server.
bool automaticBackupsOn(VaultSession& session);

// The backups of the vault vaultId in folder, newest first, read from their headers alone (no checksums).
// Files that are not backups, or are unreadable, are skipped.
QList<BackupFile> listBackups(const QString& folder, const QString& vaultId);

struct OpenBackupOptions
{
    // A backup whose slots ask for more key-derivation work than PeerDesk's default (a file from elsewhere may ask
    // for minutes and gigabytes) is opened only when the person said yes.
    bool allowCostlyKeyring = false;
};

// Reads a backup's structure: magic, header, sizes, and the SHA-256 of both parts; the keyring must parse.
// Damaged naming the file for anything truncated, altered or not a backup.
Result<BackupInfo> inspect(const QString& file);

// inspect(), then opens a copy in a private scratch folder (ScratchFolder) with login's passphrase from the backup's
// own keyring, exactly as a vault is opened (its key statement, membership and witnesses checked), and runs the
// vault's verify() on it. The copy is removed whatever happens. InvalidInput, before any key derivation, for slots
// costlier than the default unless options allow them.
Result<VerifyReport> verify(const QString& file, const QString& login, const SecureBuffer& passphrase,
                            const Clock& clock, const OpenBackupOptions& options = {});

// verify() first (an administrator of the backup), then writes the vault into directory. A folder holding a
// vault is refused (InvalidInput) unless force, and a vault open in another process always is. Fails without
// leaving anything behind: the files are staged beside the target and moved into place last.
Result<void> restore(const QString& file, const QString& directory, bool force, const QString& login,
                     const SecureBuffer& passphrase, const Clock& clock, const OpenBackupOptions& options = {});

} // namespace peerdesk::backup
