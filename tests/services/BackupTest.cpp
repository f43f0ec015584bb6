// Encrypted backups: a snapshot of an open vault restores to the same content; a damaged backup is refused
// before anything is written.

#include "services/Backup.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "services/DemoData.h"
#include "services/VaultPaths.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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
