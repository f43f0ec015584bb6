// Encrypted backups: a snapshot of an open vault restores to the same content; a damaged backup is refused
// before anything is written.

#include "core/vault/Backup.h"

#include "CatchCompat.h"
#include "DocumentedFormat.h"
#include "FileSnapshot.h"
#include "TempVault.h"
#include "core/demo/DemoData.h"
#include "core/services/ProgramSettings.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/vault/ScratchSpace.h"
#include "core/vault/VaultPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtEndian>

using namespace peerdesk;
using peerdesk::test::FileSnapshot;
using peerdesk::test::TempVault;

namespace {

// Every row of every table, as text: the vault's logical content.
QStringList dump(Database& database)
{
    QStringList rows;
    auto tables = database.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    REQUIRE(tables);
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString& name : names) {
        // Table names come from the schema, not from input.
        auto query = database.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        REQUIRE(query);
        while (query->next()) {
            QStringList values;
            for (int column = 0; column < query->record().count(); ++column)
                values << query->value(column).toString();
            rows << name + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A snapshot's lock as a killed backup leaves it: the lock file of a process that has ended (it ran `true`).
void leaveLockOfEndedProcess(const QDir& snapshot)
{
    QProcess gone;
    gone.start(QStringLiteral("true"));
    REQUIRE(gone.waitForStarted());
    const QByteArray deadPid = QByteArray::number(gone.processId());
    REQUIRE(gone.waitForFinished());
    QLockFile lock(snapshot.filePath(QStringLiteral("in-use.lock")));
    REQUIRE(lock.tryLock(0));
    QFile file(snapshot.filePath(QStringLiteral("in-use.lock")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray contents = file.readAll();
    file.close();
    lock.unlock();
    contents.replace(0, contents.indexOf('\n'), deadPid); // the same lock, owned by the ended process
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

} // namespace

TEST_CASE("A backup of an open vault restores to identical content and holds no plaintext", "[local-only][backup]")
{
    TempVault vault;
    DemoClock clock(vault.clock());
    auto unwrapped = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                                 TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(unwrapped);
    auto opened = vault::open(std::move(*unwrapped), clock);
    REQUIRE(opened);
    std::unique_ptr<VaultSession> session = std::move(*opened);
    DemoOptions options;
    options.supporters = 10;
    options.requests = 40;
    REQUIRE(DemoData::generate(*session, clock, options));
    const QString folder = vault.root() + QStringLiteral("/backups");
    const QStringList before = dump(session->database());
    auto path = backup::create(*session, folder);
    REQUIRE(path);
    CHECK(QFileInfo(*path).fileName().endsWith(QLatin1String(".pdbackup")));
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size() == 1);
    QFile file(*path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains(QByteArray(TempVault::DisplayName)));

    auto info = backup::inspect(*path);
    REQUIRE(info);
    CHECK(info->vaultId == session->vaultId());
    session.reset();

    const QString target = vault.root() + QStringLiteral("/restored");
    REQUIRE(backup::restore(*path, target, false, QStringLiteral("admin"),
                            TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock()));
    auto key = vault::unwrapWithPassphrase(target, QStringLiteral("admin"),
                                           TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    // Read as restored, before an unlock's purge can change anything.
    QStringList after;
    {
        auto raw = Database::open(vault_paths::databasePath(target), std::move(key->keys.data),
                                  Database::OpenMode::ExistingOnly);
        REQUIRE(raw);
        after = dump(**raw);
    }
    // The restored vault is the snapshot, row for row (the backup's own audit row came after it).
    CHECK(after == before);
    auto reopened = vault::unwrapWithPassphrase(target, QStringLiteral("admin"),
                                                TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(reopened);
    auto restored = vault::open(std::move(*reopened), vault.clock());
    REQUIRE(restored);
    CHECK((*restored)->verify()->ok);
}

TEST_CASE("A truncated or altered backup is refused and leaves no files", "[local-only][backup]")
{
    TempVault vault;
    QString path;
    {
        auto session = vault.unlock();
        auto made = backup::create(*session, vault.root() + QStringLiteral("/backups"));
        REQUIRE(made);
        path = *made;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    const auto write = [&](const QByteArray& bytes) {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    QByteArray flipped = good;
    flipped[flipped.size() - 100] = static_cast<char>(flipped[flipped.size() - 100] ^ 0x01);
    for (const QByteArray& bad : { good.left(good.size() / 2), flipped, QByteArray("not a backup at all") }) {
        write(bad);
        auto inspected = backup::inspect(path);
        REQUIRE_FALSE(inspected);
        CHECK(inspected.error().code == ErrorCode::Damaged);
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("restored"));
        auto restored = backup::restore(path, target, false, QStringLiteral("admin"),
                                        TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock());
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == ErrorCode::Damaged);
        CHECK(filesUnder(parent.path()).isEmpty());
    }
    write(good);
    // An existing vault is never overwritten without force; with it, it is replaced whole.
    auto over = backup::restore(path, vault.directory(), false, QStringLiteral("admin"),
                                TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock());
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::InvalidInput);
    REQUIRE(backup::restore(path, vault.directory(), true, QStringLiteral("admin"),
                            TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock()));
    CHECK(vault.unlock()->verify()->ok);
    // A wrong passphrase restores nothing.
    QTemporaryDir parent;
    auto wrong = backup::restore(path, parent.filePath(QStringLiteral("x")), false, QStringLiteral("admin"),
                                 TempVault::secret(QStringLiteral("not the passphrase")), vault.clock());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Authentication);
    CHECK(filesUnder(parent.path()).isEmpty());
}

TEST_CASE("Automatic backups: off by default, skipped when nothing changed, the newest kept",
          "[local-only][backup][automatic]")
{
    TempVault vault;
    auto session = vault.unlock();
    // Off until an administrator names a folder; a folder that is not there (an unplugged drive) is an error.
    auto off = backup::createAutomatic(*session);
    REQUIRE(off);
    CHECK_FALSE(off->has_value());
    CHECK_FALSE(backup::automaticBackupsOn(*session));
    const QString folder = vault.root() + QStringLiteral("/auto");
    CHECK(changeSetting(*session, QLatin1String(ProgramSettings::BackupFolder), QStringLiteral("relative/path"))
              .error()
              .code
          == ErrorCode::InvalidInput);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::BackupFolder), folder));
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::BackupKeep), QStringLiteral("3")));
    CHECK(backup::automaticBackupsOn(*session));
    auto missing = backup::createAutomatic(*session);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Io);
    REQUIRE(QDir().mkpath(folder));

    // Files that are not this vault's automatic backups are never touched.
    const QString manual = *backup::create(*session, folder);
    QFile note(folder + QStringLiteral("/notes.pdbackup"));
    REQUIRE(note.open(QIODevice::WriteOnly));
    note.write("not a backup");
    note.close();
    TempVault other;
    other.clock().advanceSeconds(1);
    const QString foreign = *backup::create(*other.unlock(), folder);

    vault.clock().advanceSeconds(1);
    auto first = backup::createAutomatic(*session);
    REQUIRE(first);
    REQUIRE(first->has_value());
    CHECK(QFileInfo(**first).fileName().endsWith(QLatin1String("-auto.pdbackup")));
    auto inspected = backup::inspect(**first);
    REQUIRE(inspected);
    CHECK(inspected->automatic);
    CHECK(inspected->auditHeadId > 0);
    // Nothing but the backup itself happened since: nothing is written.
    vault.clock().advanceSeconds(1);
    auto unchanged = backup::createAutomatic(*session);
    REQUIRE(unchanged);
    CHECK_FALSE(unchanged->has_value());

    // Each change makes the next one; only the newest three automatic backups stay.
    QStringList made{ **first };
    for (int round = 0; round < 4; ++round) {
        vault.clock().advanceSeconds(1);
        REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::ConversationCap), QString::number(round + 2)));
        auto next = backup::createAutomatic(*session);
        REQUIRE(next);
        REQUIRE(next->has_value());
        made << **next;
    }
    const QList<backup::BackupFile> kept = backup::listBackups(folder, session->vaultId());
    QStringList keptAutomatic;
    for (const backup::BackupFile& file : kept) {
        if (file.info.automatic)
            keptAutomatic << file.path;
    }
    CHECK(keptAutomatic == QStringList{ made.at(4), made.at(3), made.at(2) });
    CHECK(QFileInfo::exists(manual));
    CHECK(QFileInfo::exists(foreign));
    CHECK(QFileInfo::exists(note.fileName()));
    for (const QString& gone : { made.at(0), made.at(1) })
        CHECK_FALSE(QFileInfo::exists(gone));
    // The newest keeps restoring: a kept backup is a whole one.
    CHECK(backup::verify(made.at(4), QStringLiteral("admin"), TempVault::secret(QLatin1String(TempVault::Passphrase)),
                         vault.clock())
              ->ok);
}

TEST_CASE("An automatic backup is taken whoever locks, and audited as automatic", "[local-only][backup][automatic]")
{
    TempVault vault;
    const QString folder = vault.root() + QStringLiteral("/auto");
    REQUIRE(QDir().mkpath(folder));
    {
        auto admin = vault.unlock();
        REQUIRE(changeSetting(*admin, QLatin1String(ProgramSettings::BackupFolder), folder));
        REQUIRE(
            UserService(*admin).add(NewUser{ QStringLiteral("riley"), QString(), Role::Reporting,
                                             TempVault::secret(QStringLiteral("willow canyon marble 23 briskly")) }));
    }
    auto riley = vault.tryUnlock(QStringLiteral("riley"), QStringLiteral("willow canyon marble 23 briskly"));
    REQUIRE(riley);
    // Reporting users may not make a backup on request, but the program's own backup runs for them too.
    CHECK(backup::create(**riley, folder).error().code == ErrorCode::NotPermitted);
    auto made = backup::createAutomatic(**riley);
    REQUIRE(made);
    REQUIRE(made->has_value());
    auto query = (*riley)->database().exec(
        QStringLiteral("SELECT actor FROM audit_log WHERE action = 'vault.backup_automatic'"));
    REQUIRE(query);
    REQUIRE(query->next());
    CHECK(query->value(0).toString() == QLatin1String("riley"));
}

TEST_CASE("A backup removes the snapshot folders that killed backups left, and no other", "[local-only][backup]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDir folder(vault.root() + QStringLiteral("/backups"));
    REQUIRE(folder.mkpath(QStringLiteral(".")));
    auto key = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                           TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    const QByteArray dataKey(key->keys.data.chars(), 32);
    // A snapshot folder as a backup of this vault makes it (docs/file-format.md, "Backup files"): its name ends with a
    // mark, a keyed hash of its random part under the vault's mark key, read here with a SQL shell.
    QByteArray markKey;
    {
        test::documented::RawDatabase raw(vault_paths::databasePath(vault.directory()), dataKey);
        REQUIRE(raw.opened());
        const auto stored = raw.query(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_mark_key'"));
        REQUIRE(stored.size() == 1);
        markKey = QByteArray::fromHex(stored.at(0).at(0).toString().toLatin1());
        REQUIRE(markKey.size() == 32);
    }
    const auto markedName = [&](const char* random) {
        return QStringLiteral(".peerdesk-backup-%1-%2")
            .arg(QLatin1String(random),
                 QString::fromLatin1(QMessageAuthenticationCode::hash("peerdesk-snapshot-v1\n" + QByteArray(random),
                                                                      markKey, QCryptographicHash::Sha256)
                                         .toHex()
                                         .left(16)));
    };
    const auto snapshot = [&](const QString& name) {
        const QDir dir(folder.filePath(name));
        REQUIRE(dir.mkpath(QStringLiteral(".")));
        QFile partial(dir.filePath(QStringLiteral("peerdesk.db")));
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4096, 'x'));
        return dir;
    };
    // Killed before its lock existed, and killed holding it (its process is gone: it ran `true` and ended).
    snapshot(markedName("a1a1a1"));
    const QDir killed = snapshot(markedName("d2d2d2"));
    leaveLockOfEndedProcess(killed);
    // Another backup still writing into the same folder: its lock is held (here, by this process).
    const QString busyName = markedName("b3b3b3");
    const QDir busy = snapshot(busyName);
    QLockFile held(busy.filePath(QStringLiteral("in-use.lock")));
    REQUIRE(held.tryLock(0));
    // A folder under the same pattern that this vault did not make.
    snapshot(QStringLiteral(".peerdesk-backup-c4c4c4-0123456789abcdef"));
    // The data key was rotated since those backups were killed: their folders are still recognised.
    REQUIRE(session->rotateDataKey());

    auto path = backup::create(*session, folder.path());
    REQUIRE(path);
    CHECK(folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)
          == QStringList{ busyName, QStringLiteral(".peerdesk-backup-c4c4c4-0123456789abcdef"),
                          QFileInfo(*path).fileName() });
    CHECK(QFileInfo::exists(busy.filePath(QStringLiteral("peerdesk.db"))));
}

TEST_CASE("Links planted in the backup folder are never followed, and what they point to stays",
          "[local-only][backup][attack]")
{
    TempVault vault;
    const QDir folder(vault.root() + QStringLiteral("/backups"));
    REQUIRE(folder.mkpath(QStringLiteral(".")));
    // Elsewhere: a folder with a file, and a file, that nobody may delete through the backup folder.
    const QDir elsewhere(vault.root() + QStringLiteral("/elsewhere"));
    REQUIRE(elsewhere.mkpath(QStringLiteral(".")));
    const QString precious = elsewhere.filePath(QStringLiteral("precious.txt"));
    QFile file(precious);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    const QString planted
        = GENERATE(QStringLiteral("vault"), QStringLiteral("folder"), QStringLiteral("file"), QStringLiteral("inside"));
    INFO("a link to " << planted.toStdString());
    const QString target = planted == QLatin1String("vault") ? vault.directory()
        : planted == QLatin1String("folder")                 ? elsewhere.path()
                                                             : precious;
    if (planted == QLatin1String("inside")) {
        // A snapshot-looking folder whose peerdesk.db is a link to a file elsewhere.
        const QDir fake(folder.filePath(QStringLiteral(".peerdesk-backup-Trap55")));
        REQUIRE(fake.mkpath(QStringLiteral(".")));
        REQUIRE(QFile::link(precious, fake.filePath(QStringLiteral("peerdesk.db"))));
    } else {
        REQUIRE(QFile::link(target, folder.filePath(QStringLiteral(".peerdesk-backup-Link66"))));
    }
    // An automatic backup's name on a link to the vault's database: pruning never deletes it.
    REQUIRE(QFile::link(vault.databasePath(),
                        folder.filePath(QStringLiteral("peerdesk-backup-20200101-000000000-auto.pdbackup"))));
    const FileSnapshot vaultBefore = FileSnapshot::of(elsewhere.path());
    {
        auto session = vault.unlock();
        REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::BackupFolder), folder.path()));
        REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::BackupKeep), QStringLiteral("1")));
        REQUIRE(backup::create(*session, folder.path()));
        REQUIRE(backup::createAutomatic(*session));
    }
    // The vault still opens and verifies; everything elsewhere is as it was; the links are still links.
    CHECK(vault.unlock()->verify()->ok);
    CHECK(FileSnapshot::of(elsewhere.path()).files() == vaultBefore.files());
    CHECK(QFile(precious).exists());
    CHECK(QFileInfo(folder.filePath(QStringLiteral("peerdesk-backup-20200101-000000000-auto.pdbackup"))).isSymLink());
    if (planted != QLatin1String("inside"))
        CHECK(QFileInfo(folder.filePath(QStringLiteral(".peerdesk-backup-Link66"))).isSymLink());
}

TEST_CASE("A backup forged around a stolen keyring.json is refused before it is restored",
          "[local-only][backup][attack]")
{
    TempVault vault;
    QTemporaryDir out;
    const QJsonObject original = test::documented::readJson(vault.keyringPath());
    // A database under a key of the forger's own, sealed to the administrator's public key.
    const QByteArray forgedKey = test::documented::randomBytes(32);
    QTemporaryDir work;
    const QString forgedDb = QDir(work.path()).filePath(QStringLiteral("peerdesk.db"));
    {
        auto key = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                               TempVault::secret(QLatin1String(TempVault::Passphrase)));
        REQUIRE(key);
        auto database
            = Database::open(vault.databasePath(), std::move(key->keys.data), Database::OpenMode::ExistingOnly);
        REQUIRE(database);
        REQUIRE((*database)->exportCopy(forgedDb, SecureBuffer::copyOf(forgedKey.constData(), 32)));
    }
    QJsonObject forged = original;
    QJsonObject slot = test::documented::slotOf(original, QStringLiteral("admin"));
    QJsonObject sealed = slot.value(QStringLiteral("sealed")).toObject();
    sealed.insert(QStringLiteral("data"),
                  test::documented::base64(test::documented::seal(
                      forgedKey, test::documented::base64(slot.value(QStringLiteral("public_key"))))));
    slot.insert(QStringLiteral("sealed"), sealed);
    forged.insert(QStringLiteral("slots"), QJsonArray{ slot });
    const QByteArray keyring = QJsonDocument(forged).toJson();
    QFile databaseFile(forgedDb);
    REQUIRE(databaseFile.open(QIODevice::ReadOnly));
    const QByteArray database = databaseFile.readAll();
    // The container, byte for byte as docs/file-format.md describes it.
    const QByteArray header
        = QJsonDocument(
              QJsonObject{
                  { QStringLiteral("format"), QStringLiteral("peerdesk-backup") },
                  { QStringLiteral("version"), 1 },
                  { QStringLiteral("vault_id"), original.value(QStringLiteral("vault_id")) },
                  { QStringLiteral("created_at"), QStringLiteral("2026-03-02T09:30:00.000Z") },
                  { QStringLiteral("automatic"), false },
                  { QStringLiteral("audit_head_id"), -1 },
                  { QStringLiteral("audit_head_hash"), QString() },
                  { QStringLiteral("keyring_size"), keyring.size() },
                  { QStringLiteral("keyring_sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(keyring, QCryptographicHash::Sha256).toHex()) },
                  { QStringLiteral("database_size"), database.size() },
                  { QStringLiteral("database_sha256"),
                    QString::fromLatin1(QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex()) } })
              .toJson(QJsonDocument::Compact);
    const QString backupPath = QDir(out.path()).filePath(QStringLiteral("forged.pdbackup"));
    QFile backupFile(backupPath);
    REQUIRE(backupFile.open(QIODevice::WriteOnly));
    char length[4];
    qToBigEndian<quint32>(quint32(header.size()), length);
    backupFile.write("PDBACKUP", 8);
    backupFile.write(length, 4);
    backupFile.write(header);
    backupFile.write(keyring);
    backupFile.write(database);
    backupFile.close();
    REQUIRE(backup::inspect(backupPath)); // a well-formed container

    auto verified = backup::verify(backupPath, QStringLiteral("admin"),
                                   TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock());
    REQUIRE_FALSE(verified);
    CHECK(verified.error().code == ErrorCode::Damaged);
    const QString target = QDir(out.path()).filePath(QStringLiteral("restored"));
    auto restored = backup::restore(backupPath, target, false, QStringLiteral("admin"),
                                    TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock());
    REQUIRE_FALSE(restored);
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("A backup whose keyring asks for costly key derivation is opened only with consent", "[local-only][backup]")
{
    TempVault vault;
    QTemporaryDir out;
    auto created = backup::create(*vault.unlock(), out.path());
    REQUIRE(created);
    // Its keyring edited to ask for 64 passes (the container's checksums redone, as anyone can).
    QFile file(*created);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const quint32 headerSize = qFromBigEndian<quint32>(bytes.constData() + 8);
    QJsonObject header = QJsonDocument::fromJson(bytes.mid(12, headerSize)).object();
    const qsizetype keyringSize = header.value(QStringLiteral("keyring_size")).toInteger();
    QJsonObject keyring = QJsonDocument::fromJson(bytes.mid(12 + headerSize, keyringSize)).object();
    QJsonArray slots = keyring.value(QStringLiteral("slots")).toArray();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        QJsonObject slot = slots.at(i).toObject();
        QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("opslimit"), 64);
        slot.insert(QStringLiteral("kdf"), kdf);
        slots.replace(i, slot);
    }
    keyring.insert(QStringLiteral("slots"), slots);
    const QByteArray newKeyring = QJsonDocument(keyring).toJson();
    const QByteArray database = bytes.mid(12 + headerSize + keyringSize);
    header.insert(QStringLiteral("keyring_size"), newKeyring.size());
    header.insert(QStringLiteral("keyring_sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(newKeyring, QCryptographicHash::Sha256).toHex()));
    const QByteArray newHeader = QJsonDocument(header).toJson(QJsonDocument::Compact);
    char length[4];
    qToBigEndian<quint32>(quint32(newHeader.size()), length);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes.left(8));
    file.write(length, 4);
    file.write(newHeader);
    file.write(newKeyring);
    file.write(database);
    file.close();

    QElapsedTimer timer;
    timer.start();
    auto refused = backup::verify(*created, QStringLiteral("admin"),
                                  TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("64 passes")));
    // With consent it is tried (and fails: the cost is part of what the passphrase unwraps under).
    auto tried = backup::verify(*created, QStringLiteral("admin"),
                                TempVault::secret(QLatin1String(TempVault::Passphrase)), vault.clock(), { true });
    REQUIRE_FALSE(tried);
    CHECK(tried.error().code == ErrorCode::Authentication);
}

TEST_CASE("A backup verify killed midway leaves nothing once the program starts again", "[local-only][backup]")
{
    // What a killed verify leaves: its private scratch folder, locked by a process that is gone.
    const QDir root(ScratchFolder::root());
    REQUIRE(root.mkpath(QStringLiteral("Killed01")));
    const QDir killed(root.filePath(QStringLiteral("Killed01")));
    QFile copy(killed.filePath(QStringLiteral("peerdesk.db")));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(QByteArray(4096, 'x'));
    copy.close();
    leaveLockOfEndedProcess(killed);
    // One in use (by this process) stays.
    auto inUse = ScratchFolder::make();
    REQUIRE(inUse);
    CHECK_FALSE(QFileInfo::exists(killed.path()));
    CHECK(QFileInfo::exists((*inUse)->path()));
    CHECK((QFile::permissions(root.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK_FALSE(root.path().startsWith(QDir::tempPath()));
    const QString path = (*inUse)->path();
    inUse->reset();
    CHECK_FALSE(QFileInfo::exists(path));
}
