#include "core/vault/Backup.h"

#include "core/security/KeyringFile.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/vault/SafeRemoval.h"
#include "core/vault/ScratchSpace.h"
#include "core/vault/VaultLock.h"
#include "core/vault/VaultPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace peerdesk::backup {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Backup)
};

const auto BackupAction = QStringLiteral("vault.backup_created");
const auto AutomaticBackupAction = QStringLiteral("vault.backup_automatic");

using format::damaged;
using format::ioError;

// A program server's backups are its operator's (docs/server.md, "Backups"): a backup file is a local vault's.
Result<void> requireLocalVault(VaultSession& session)
{
    if (!session.onServer())
        return {};
    return makeError(ErrorCode::Usage,
                     Text::tr("A program on a server is backed up by the server's operator, not "
                              "by PeerDesk: see docs/server.md, \"Backups\"."));
}

QByteArray sha256Of(const QString& path, bool* ok)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *ok = file.open(QIODevice::ReadOnly) && format::copyHashed(file, nullptr, file.size(), hash);
    return hash.result().toHex();
}

// Checks both parts' hashes; with a folder, also writes them there as keyring.json and peerdesk.db.
Result<BackupInfo> readParts(const QString& path, const QString& intoFolder)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(path, file.errorString());
    if (intoFolder.isEmpty())
        return format::check(file, path);
    auto header = format::readHeader(file, path);
    if (!header)
        return header.error();
    auto keyring = format::readKeyring(file, *header, path);
    if (!keyring)
        return keyring.error();
    QFile keyringFile(vault_paths::keyringPath(intoFolder));
    if (!keyringFile.open(QIODevice::WriteOnly | QIODevice::NewOnly) || keyringFile.write(*keyring) != keyring->size())
        return ioError(keyringFile.fileName(), keyringFile.errorString());
    QFile database(vault_paths::databasePath(intoFolder));
    if (!database.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return ioError(database.fileName(), database.errorString());
    if (auto copied = format::readDatabase(file, *header, path, &database); !copied)
        return copied.error();
    return header->info;
}

// Opens a copy of the backup in a private scratch folder as login and runs verify(); returns the session's role too.
// A backup's slot that asks for more key-derivation work than PeerDesk's default is not opened without consent.
Result<std::pair<VerifyReport, Role>> openCopy(const QString& file, const QString& login,
                                               const SecureBuffer& passphrase, const Clock& clock,
                                               const OpenBackupOptions& options)
{
    auto scratch = ScratchFolder::make();
    if (!scratch)
        return scratch.error();
    if (auto parts = readParts(file, (*scratch)->path()); !parts)
        return parts.error();
    if (!options.allowCostlyKeyring) {
        auto keyring = keyring_file::load(vault_paths::keyringPath((*scratch)->path()));
        if (!keyring)
            return keyring.error();
        for (const KeySlot& slot : keyring->slots()) {
            if (slot.kdf.exceedsDefault()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    Text::tr("This backup's keyring asks for more key-derivation work than PeerDesk uses (%1 passes, "
                             "%2 MiB): opening it may take minutes and much of this computer's memory. Open it only "
                             "if you trust where it came from (--allow-costly-keyring).")
                        .arg(slot.kdf.opsLimit)
                        .arg(slot.kdf.memLimitBytes / (1024 * 1024)));
            }
        }
    }
    auto key = vault::unwrapWithPassphrase((*scratch)->path(), login, passphrase);
    if (!key)
        return key.error();
    auto session = vault::open(std::move(*key), clock);
    if (!session)
        return session.error();
    auto report = (*session)->verify();
    const Role role = (*session)->user().role;
    (*session)->close();
    if (!report)
        return report.error();
    return std::pair{ std::move(*report), role };
}

// Whether anything but backups happened in the vault after the newest audit row of backup's snapshot. A
// backup whose head is not in this vault's log (a vault restored from an older backup since) counts as changed.
Result<bool> changedSince(VaultSession& session, const BackupInfo& backup)
{
    AuditRepository audit(session.database());
    if (backup.auditHeadId < 0)
        return true;
    auto head = audit.find(backup.auditHeadId);
    if (!head)
        return head.error();
    if (!*head || (*head)->hash != backup.auditHeadHash)
        return true;
    return audit.anyAfter(backup.auditHeadId, { BackupAction, AutomaticBackupAction });
}

// A backup's snapshot folder beside the backup, and the lock it holds while the backup is being written. Its name
// carries its mark: .peerdesk-backup-<random>-<mark>, made in the same step as the folder.
const auto SnapshotPrefix = QStringLiteral(".peerdesk-backup-");
const auto SnapshotGlob = QStringLiteral(".peerdesk-backup-*");
const auto SnapshotLockName = QStringLiteral("in-use.lock");
const auto SnapshotDatabaseName = QStringLiteral("peerdesk.db");

// The key of the marks, random per vault and kept inside the encrypted database (schema 10), so that it survives a
// rotation of the data key: a folder left by a backup killed before a rotation is still recognised after it.
Result<SecureBuffer> snapshotMarkKey(Database& database)
{
    auto stored
        = SettingsRepository(database, SettingsRepository::Table::Meta).get(QStringLiteral("snapshot_mark_key"));
    if (!stored)
        return stored.error();
    QByteArray bytes = QByteArray::fromHex(stored->value_or(QString()).toLatin1());
    if (bytes.size() != 32) {
        wipe(bytes);
        return makeError(ErrorCode::Damaged, Text::tr("The vault's backup snapshot key is missing or damaged."));
    }
    SecureBuffer key = SecureBuffer::copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return key;
}

// The first 16 hex digits of a keyed hash of the folder's random part under the vault's mark key: only someone who
// can open this vault can make it, so a folder planted under the same name pattern is never taken for one of ours.
QString snapshotMark(const SecureBuffer& markKey, const QString& random)
{
    const QByteArray message = QByteArrayLiteral("peerdesk-snapshot-v1\n") + random.toLatin1();
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, markKey.data(), markKey.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return QString::fromLatin1(mac.toHex().left(16));
}

bool isOurSnapshot(const QString& folder, const QString& name, const SecureBuffer& markKey)
{
    const QStringList parts = name.mid(SnapshotPrefix.size()).split(QLatin1Char('-'));
    if (!name.startsWith(SnapshotPrefix) || parts.size() != 2 || parts.at(1) != snapshotMark(markKey, parts.at(0)))
        return false;
    if (!safe_removal::isOwnFolder(folder, name))
        return false;
    const QStringList allowed{ SnapshotLockName, SnapshotDatabaseName,
                               SnapshotDatabaseName + QStringLiteral("-journal"),
                               SnapshotLockName + QStringLiteral(".rmlock") };
    for (const QString& entry : safe_removal::entries(folder, name)) {
        if (!allowed.contains(entry) || !safe_removal::isRegularFile(folder, name, entry))
            return false;
    }
    return true;
}

// A backup killed while it ran (a crash, a power cut, a session ended while the window backed up at close) leaves
// its snapshot folder behind: an encrypted copy of the database that nobody would ever see or delete, and that an
// old keyring would still open after the data key is rotated. Only a folder this vault made (its mark), holding only
// what a snapshot holds, whose lock nobody holds, is removed; the removal never follows a link, so a link planted
// in the backup folder (to the vault, to another folder or file) is never followed, and nothing outside the backup
// folder is touched. A folder made a moment ago whose owner has not yet taken its lock may go too: that backup then
// fails cleanly (its folder is gone) rather than ever writing a damaged file.
void removeAbandonedSnapshots(const QString& folder, const SecureBuffer& markKey)
{
    const QDir dir(folder);
    for (const QString& name :
         dir.entryList({ SnapshotGlob }, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (!isOurSnapshot(folder, name, markKey))
            continue;
        QLockFile lock(QDir(dir.filePath(name)).filePath(SnapshotLockName));
        lock.setStaleLockTime(0); // a long backup's lock is not stale: only a dead owner's is
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        safe_removal::removeTree(folder, name);
    }
}

// This backup's own snapshot folder: made with an exclusive mkdir under a marked name, locked while the backup runs,
// and removed without following links when it ends.
class SnapshotFolder final
{
    Q_DISABLE_COPY_MOVE(SnapshotFolder)

public:
    SnapshotFolder(QString folder, QString name) : m_folder(std::move(folder)), m_name(std::move(name)) { }
    ~SnapshotFolder()
    {
        if (m_lock)
            m_lock->unlock();
        safe_removal::removeTree(m_folder, m_name);
    }
    QString filePath(const QString& entry) const { return QDir(QDir(m_folder).filePath(m_name)).filePath(entry); }
    bool lock()
    {
        m_lock = std::make_unique<QLockFile>(filePath(SnapshotLockName));
        m_lock->setStaleLockTime(0);
        return m_lock->tryLock(0);
    }

private:
    QString m_folder;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
};

Result<std::unique_ptr<SnapshotFolder>> makeSnapshotFolder(const QString& folder, const SecureBuffer& markKey)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        QByteArray bytes(6, Qt::Uninitialized);
        randombytes_buf(bytes.data(), static_cast<std::size_t>(bytes.size()));
        const QString part = QString::fromLatin1(bytes.toHex());
        const QString name = SnapshotPrefix + part + QLatin1Char('-') + snapshotMark(markKey, part);
        if (::mkdir(QFile::encodeName(QDir(folder).filePath(name)).constData(), 0700) != 0) {
            if (errno == EEXIST)
                continue;
            return ioError(folder, QString::fromLocal8Bit(std::strerror(errno)));
        }
        auto snapshot = std::make_unique<SnapshotFolder>(folder, name);
        if (!snapshot->lock())
            return ioError(folder, Text::tr("the snapshot folder cannot be locked"));
        return snapshot;
    }
    return ioError(folder, Text::tr("the snapshot folder cannot be created"));
}

Result<QString> writeBackup(VaultSession& session, const QString& folder, bool automatic)
{
    const QDateTime now = session.clock().nowUtc();
    const QString path = QDir(folder).filePath(
        QStringLiteral("peerdesk-backup-%1%2.pdbackup")
            .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")), automatic ? QStringLiteral("-auto") : QString()));
    if (QFileInfo::exists(path))
        return ioError(path, Text::tr("it already exists"));
    auto ticket = session.workerTicket();
    auto markKey = snapshotMarkKey(session.database());
    if (!markKey)
        return markKey.error();
    removeAbandonedSnapshots(folder, *markKey);
    // The snapshot: the database copied in one read transaction under the same data key, beside the backup.
    auto snapshot = makeSnapshotFolder(folder, *markKey);
    if (!snapshot)
        return snapshot.error();
    const QString copy = (*snapshot)->filePath(SnapshotDatabaseName);
    // Read before the snapshot: a change slipping in between makes the next automatic backup run, never skip.
    auto head = AuditRepository(session.database()).last();
    if (!head)
        return head.error();
    if (auto copied = session.database().exportCopy(copy, ticket.keys.data); !copied)
        return copied.error();
    QFile keyringFile(vault_paths::keyringPath(session.directory()));
    if (!keyringFile.open(QIODevice::ReadOnly))
        return ioError(keyringFile.fileName(), keyringFile.errorString());
    const QByteArray keyring = keyringFile.readAll();
    bool hashed = false;
    const QByteArray databaseHash = sha256Of(copy, &hashed);
    if (!hashed)
        return ioError(copy, Text::tr("the snapshot cannot be read"));
    const QJsonObject header{
        { QStringLiteral("format"), QStringLiteral("peerdesk-backup") },
        { QStringLiteral("version"), format::FormatVersion },
        { QStringLiteral("vault_id"), session.vaultId() },
        { QStringLiteral("created_at"), now.toString(Qt::ISODateWithMs) },
        { QStringLiteral("automatic"), automatic },
        { QStringLiteral("audit_head_id"), *head ? (*head)->id : qint64(-1) },
        { QStringLiteral("audit_head_hash"), *head ? (*head)->hash : QString() },
        { QStringLiteral("keyring_size"), qint64(keyring.size()) },
        { QStringLiteral("keyring_sha256"),
          QString::fromLatin1(QCryptographicHash::hash(keyring, QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("database_size"), QFileInfo(copy).size() },
        { QStringLiteral("database_sha256"), QString::fromLatin1(databaseHash) },
    };
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QSaveFile out(path);
    QFile database(copy);
    if (!out.open(QIODevice::WriteOnly) || !database.open(QIODevice::ReadOnly))
        return ioError(path, out.errorString());
    char length[4];
    qToBigEndian<quint32>(quint32(headerBytes.size()), length);
    QCryptographicHash ignored(QCryptographicHash::Sha256);
    if (out.write(format::Magic, sizeof format::Magic) != qint64(sizeof format::Magic) || out.write(length, 4) != 4
        || out.write(headerBytes) != headerBytes.size() || out.write(keyring) != keyring.size()
        || !format::copyHashed(database, &out, database.size(), ignored) || !out.commit())
        return ioError(path, out.errorString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto logged = session.recordAudit(automatic ? AutomaticBackupAction : BackupAction, QStringLiteral("vault"));
        !logged)
        return logged.error();
    return path;
}

} // namespace

Result<QString> create(VaultSession& session, const QString& folder)
{
    if (auto allowed = requireAdministration(session); !allowed)
        return allowed.error();
    if (auto local = requireLocalVault(session); !local)
        return local.error();
    if (!QDir().mkpath(folder))
        return ioError(folder, Text::tr("the folder cannot be created"));
    return writeBackup(session, folder, false);
}

Result<std::optional<QString>> createAutomatic(VaultSession& session)
{
    if (auto local = requireLocalVault(session); !local)
        return local.error();
    ProgramSettings settings(session.database());
    auto folder = settings.value(QLatin1String(ProgramSettings::BackupFolder));
    if (!folder)
        return folder.error();
    auto keep = settings.integer(QLatin1String(ProgramSettings::BackupKeep));
    if (!keep)
        return keep.error();
    if (folder->isEmpty())
        return std::optional<QString>();
    if (!QFileInfo(*folder).isDir())
        return ioError(*folder, Text::tr("the backup folder does not exist (is its drive connected?)"));

    QList<BackupFile> automatic;
    for (BackupFile& file : listBackups(*folder, session.vaultId())) {
        if (file.info.automatic)
            automatic.append(std::move(file));
    }
    if (!automatic.isEmpty()) {
        auto changed = changedSince(session, automatic.first().info);
        if (!changed)
            return changed.error();
        if (!*changed)
            return std::optional<QString>();
    }
    auto written = writeBackup(session, *folder, true);
    if (!written)
        return written.error();
    // The new backup is safely in place before any old one goes; a file that cannot be removed stays.
    for (qsizetype i = std::max<qsizetype>(0, *keep - 1); i < automatic.size(); ++i)
        QFile::remove(automatic.at(i).path);
    return std::optional<QString>(*written);
}

bool automaticBackupsOn(VaultSession& session)
{
    if (session.onServer())
        return false;
    auto folder = session.settings().value(QLatin1String(ProgramSettings::BackupFolder));
    return folder && !folder->isEmpty();
}

QList<BackupFile> listBackups(const QString& folder, const QString& vaultId)
{
    QList<BackupFile> found;
    const QFileInfoList entries
        = QDir(folder).entryInfoList({ QStringLiteral("*.pdbackup") }, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        // A link is never taken for a backup: pruning would delete the link's name, and reading follows it.
        if (entry.isSymLink())
            continue;
        QFile file(entry.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto parsed = format::readHeader(file, file.fileName());
        if (parsed && parsed->info.vaultId == vaultId)
            found.append({ entry.absoluteFilePath(), parsed->info });
    }
    std::sort(found.begin(), found.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.info.createdAt > b.info.createdAt; });
    return found;
}

Result<BackupInfo> inspect(const QString& file)
{
    return readParts(file, QString());
}

Result<VerifyReport> verify(const QString& file, const QString& login, const SecureBuffer& passphrase,
                            const Clock& clock, const OpenBackupOptions& options)
{
    auto opened = openCopy(file, login, passphrase, clock, options);
    if (!opened)
        return opened.error();
    return std::move(opened->first);
}

Result<void> restore(const QString& file, const QString& directory, bool force, const QString& login,
                     const SecureBuffer& passphrase, const Clock& clock, const OpenBackupOptions& options)
{
    const QString target = QDir::cleanPath(QDir(directory).absolutePath());
    const vault::FolderState state = vault::inspect(target);
    if (state != vault::FolderState::Empty && !force)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 already holds a vault; restore over it only with --force.")
                             .arg(QDir::toNativeSeparators(target)));
    // Everything is checked before anything is written: the parts, the key, the database's own integrity.
    auto opened = openCopy(file, login, passphrase, clock, options);
    if (!opened)
        return opened.error();
    if (!opened->first.ok)
        return makeError(ErrorCode::Damaged,
                         Text::tr("The backup's database fails verification: %1")
                             .arg(opened->first.problems.join(QLatin1Char(' '))));
    if (opened->second != Role::Administrator)
        return makeError(ErrorCode::NotPermitted,
                         Text::tr("Only an administrator of the backed-up vault may restore it."));

    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return ioError(parent, Text::tr("the folder cannot be created"));
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".peerdesk-restore-XXXXXX")));
    if (!staging.isValid())
        return ioError(parent, staging.errorString());
    if (auto parts = readParts(file, staging.path()); !parts)
        return parts.error();
    for (const QString& path : { vault_paths::databasePath(staging.path()), vault_paths::keyringPath(staging.path()) })
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const auto move = [](const QString& from, const QString& to) {
        return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
    };
    if (!QFileInfo::exists(target)) {
        if (!move(staging.path(), target))
            return ioError(target, Text::tr("the restored vault cannot be moved into place"));
        staging.setAutoRemove(false);
        keyring_file::syncDirectory(parent);
        return {};
    }
    // An existing folder: nobody may have its vault open, and the old files go only once the new ones are in.
    auto lock = VaultLock::acquire(target);
    if (!lock)
        return lock.error();
    QTemporaryDir old(QDir(parent).filePath(QStringLiteral(".peerdesk-replaced-XXXXXX")));
    if (!old.isValid())
        return ioError(parent, old.errorString());
    const QString database = vault_paths::databasePath(target);
    const QString keyring = vault_paths::keyringPath(target);
    for (const QString& leftover : QStringList{ database + QStringLiteral("-wal"), database + QStringLiteral("-shm") })
        QFile::remove(leftover);
    if (QFileInfo::exists(database) && !move(database, vault_paths::databasePath(old.path())))
        return ioError(target, Text::tr("the old vault cannot be moved aside"));
    if (QFileInfo::exists(keyring) && !move(keyring, vault_paths::keyringPath(old.path()))) {
        move(vault_paths::databasePath(old.path()), database);
        return ioError(target, Text::tr("the old vault cannot be moved aside"));
    }
    if (!move(vault_paths::databasePath(staging.path()), database)
        || !move(vault_paths::keyringPath(staging.path()), keyring)) {
        QFile::remove(database);
        move(vault_paths::databasePath(old.path()), database);
        move(vault_paths::keyringPath(old.path()), keyring);
        return ioError(target, Text::tr("the restored vault cannot be moved into place"));
    }
    keyring_file::syncDirectory(target);
    return {};
}

} // namespace peerdesk::backup
