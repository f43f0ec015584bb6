// Encrypted backups: a snapshot of an open vault restores to the same content; a damaged backup is refused
// before anything is written.

#include "services/Backup.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "services/DemoData.h"
#include "services/ProgramSettings.h"
#include "services/UserService.h"
#include "services/VaultPaths.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace peerdesk;
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

} // namespace

TEST_CASE("A backup of an open vault restores to identical content and holds no plaintext", "[backup]")
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
        auto raw = Database::open(vault_paths::databasePath(target), std::move(key->dataKey),
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

TEST_CASE("A truncated or altered backup is refused and leaves no files", "[backup]")
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

TEST_CASE("Automatic backups: off by default, skipped when nothing changed, the newest kept", "[backup][automatic]")
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

TEST_CASE("An automatic backup is taken whoever locks, and audited as automatic", "[backup][automatic]")
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

TEST_CASE("A backup removes the snapshot folders that killed backups left, and no other", "[backup]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDir folder(vault.root() + QStringLiteral("/backups"));
    REQUIRE(folder.mkpath(QStringLiteral(".")));
    const auto snapshot = [&](const char* name) {
        const QDir dir(folder.filePath(QLatin1String(name)));
        REQUIRE(dir.mkpath(QStringLiteral(".")));
        QFile partial(dir.filePath(QStringLiteral("peerdesk.db")));
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(4096, 'x'));
        return dir;
    };
    // Killed before its lock existed, and killed holding it (its process is gone: it ran `true` and ended).
    snapshot(".peerdesk-backup-Early1");
    const QDir killed = snapshot(".peerdesk-backup-Dead22");
    {
        QProcess gone;
        gone.start(QStringLiteral("true"));
        REQUIRE(gone.waitForStarted());
        const QByteArray deadPid = QByteArray::number(gone.processId());
        REQUIRE(gone.waitForFinished());
        QLockFile lock(killed.filePath(QStringLiteral("in-use.lock")));
        REQUIRE(lock.tryLock(0));
        QFile file(killed.filePath(QStringLiteral("in-use.lock")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        file.close();
        lock.unlock();
        contents.replace(0, contents.indexOf('\n'), deadPid); // the same lock, owned by the ended process
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    // Another backup still writing into the same folder: its lock is held (here, by this process).
    const QDir busy = snapshot(".peerdesk-backup-Busy33");
    QLockFile held(busy.filePath(QStringLiteral("in-use.lock")));
    REQUIRE(held.tryLock(0));

    auto path = backup::create(*session, folder.path());
    REQUIRE(path);
    CHECK(folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)
          == QStringList{ QStringLiteral(".peerdesk-backup-Busy33"), QFileInfo(*path).fileName() });
    CHECK(QFileInfo::exists(busy.filePath(QStringLiteral("peerdesk.db"))));
}
