#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QCryptographicHash;
class QFileDevice;
class QIODevice;

namespace peerdesk::backup {

// What a backup file says about itself (docs/file-format.md, "Backup files").
struct BackupInfo
{
    QString vaultId;
    QDateTime createdAt;
    qint64 keyringBytes = 0;
    qint64 databaseBytes = 0;
    bool automatic = false; // made when PeerDesk locked or closed (createAutomatic), not on request
    // The newest audit row in the snapshot (id and chained hash): automatic backups compare it with the vault's
    // to skip a backup when nothing changed. -1 (and empty) for a backup of a vault without audit rows.
    qint64 auditHeadId = -1;
    QString auditHeadHash;
};

// The container format of a backup file: magic, header length, JSON header, keyring.json, database. Only bytes
// in and checks out: no vault, no folder, no key. Backup.cpp writes and restores through it, and the fuzz
// target (fuzz/fuzz_backup.cpp) feeds it any bytes, so this file keeps to the security and Qt Core code.
namespace format {

inline constexpr char Magic[8] = { 'P', 'D', 'B', 'A', 'C', 'K', 'U', 'P' };
inline constexpr int FormatVersion = 1;
inline constexpr qint64 MaxHeaderBytes = 64 * 1024;

// The header, and where the parts it describes start.
struct Header
{
    BackupInfo info;
    QByteArray keyringHash; // hex SHA-256
    QByteArray databaseHash; // hex SHA-256
    qint64 offset = 0; // where the keyring starts
};

// Damaged, naming the file: "The backup <file> is damaged or not a PeerDesk backup: <detail>".
Error damaged(const QString& file, const QString& detail);
// Io: "Cannot write <file>: <detail>".
Error ioError(const QString& file, const QString& detail);

// Copies `size` bytes from `in` to `out` (when given), hashing them; false on a short read or write.
bool copyHashed(QIODevice& in, QIODevice* out, qint64 size, QCryptographicHash& hash);

// Reads the magic and the header from the start of device and checks the sizes it gives against device's
// size. `name` is the file named in messages.
Result<Header> readHeader(QIODevice& device, const QString& name);
// Reads the keyring that follows the header: its checksum must match, and it must parse as a keyring of the
// header's vault.
Result<QByteArray> readKeyring(QIODevice& device, const Header& header, const QString& name);
// Reads the database that follows the keyring, copying it to out when given, and checks its checksum. A short
// read or write is an Io error naming out when there is one, else a truncated backup.
Result<void> readDatabase(QIODevice& device, const Header& header, const QString& name, QFileDevice* out);
// The three in a row, writing nothing: the structure check of backup::inspect.
Result<BackupInfo> check(QIODevice& device, const QString& name);

} // namespace format

} // namespace peerdesk::backup
