#include "core/storage/Database.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

QString pragma(Database& db, const QString& name)
{
    auto query = db.exec(QStringLiteral("PRAGMA ") + name);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toString();
}

} // namespace

TEST_CASE("Every connection runs with WAL, foreign keys, secure delete and a current schema", "[storage]")
{
    TempVault vault;
    auto session = vault.unlock();
    Database& db = session->database();
    CHECK(pragma(db, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(db, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(db, QStringLiteral("secure_delete")) == QStringLiteral("1"));
    CHECK(pragma(db, QStringLiteral("user_version")).toInt() == migrations::latestVersion());
    const QString cipher = pragma(db, QStringLiteral("cipher_version"));
    INFO(cipher.toStdString());
    CHECK(cipher.startsWith(QStringLiteral("4.")));
    CHECK(cipher.section(QLatin1Char('.'), 1, 1).toInt() >= 5);
    CHECK(pragma(db, QStringLiteral("compile_options")).size() > 0);
}

TEST_CASE("Tables are STRICT: a value of the wrong type is refused, not coerced", "[storage]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto refused = session->database().exec(
        QStringLiteral(
            "INSERT INTO users (login, display_name, role, slot_id, active, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { QStringLiteral("x1"), QStringLiteral("X"), QStringLiteral("coordinator"), QStringLiteral("s"),
          QStringLiteral("yes"), QStringLiteral("2026-01-01") });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message == QLatin1String("Nothing was saved: a value has the wrong type."));
}

TEST_CASE("A change the schema refuses is explained in words, never with SQLite's message", "[storage]")
{
    TempVault vault;
    auto session = vault.unlock();
    Database& db = session->database();
    const QString user = QStringLiteral(
        "INSERT INTO users (login, display_name, role, slot_id, active, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    const std::pair<QString, QList<QVariant>> refusals[] = {
        // NOT NULL, the issue's own case
        { QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), { QStringLiteral("k"), QVariant() } },
        // CHECK
        { user,
          { QStringLiteral("x2"), QStringLiteral("X"), QStringLiteral("janitor"), QStringLiteral("s2"), 1,
            QStringLiteral("2026-01-01") } },
        // UNIQUE: the login of the vault's first account
        { user,
          { QLatin1String(TempVault::Login), QStringLiteral("X"), QStringLiteral("coordinator"), QStringLiteral("s3"),
            1, QStringLiteral("2026-01-01") } },
        // FOREIGN KEY
        { QStringLiteral("INSERT INTO request_attributes (request_id, kind, value) VALUES (?, ?, ?)"),
          { 987654, QStringLiteral("language"), QStringLiteral("en") } },
    };
    QStringList messages;
    for (const auto& [sql, values] : refusals) {
        INFO(sql.toStdString());
        auto refused = db.exec(sql, values);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        const QString& message = refused.error().message;
        INFO(message.toStdString());
        CHECK(message.startsWith(QLatin1String("Nothing was saved: ")));
        for (const char* sqlite : { "constraint", "CHECK", "UNIQUE", "NOT NULL", "FOREIGN KEY", "failed", "settings.",
                                    "users.", "peerdesk.db" })
            CHECK_FALSE(message.contains(QLatin1String(sqlite)));
        messages << message;
    }
    messages.removeDuplicates();
    CHECK(messages.size() == 4); // each says what was wrong, not one sentence for all
}

TEST_CASE("Every foreign key's column leads an index, so deleting a parent or finding its children never scans",
          "[storage]")
{
    TempVault vault;
    auto session = vault.unlock();
    // A child column covered by a partial index is not covered: SQLite cannot use it for every lookup.
    auto unindexed = session->database().exec(QStringLiteral(
        "SELECT m.name || '.' || f.\"from\" FROM sqlite_schema AS m, pragma_foreign_key_list(m.name) AS f "
        "WHERE m.type = 'table' "
        "AND NOT EXISTS (SELECT 1 FROM pragma_index_list(m.name) AS l, pragma_index_info(l.name) AS i "
        "                WHERE l.partial = 0 AND i.seqno = 0 AND i.name = f.\"from\") "
        "AND NOT EXISTS (SELECT 1 FROM pragma_table_info(m.name) AS t WHERE t.pk = 1 AND t.name = f.\"from\")"));
    REQUIRE(unindexed);
    QStringList columns;
    while (unindexed->next())
        columns.append(unindexed->value(0).toString());
    INFO(columns.join(QStringLiteral(", ")).toStdString());
    CHECK(columns.isEmpty());
}

TEST_CASE("A failed transaction leaves no trace", "[storage]")
{
    TempVault vault;
    auto session = vault.unlock();
    Database& db = session->database();
    auto result = db.transaction([&]() -> Result<void> {
        if (auto done = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')")); !done)
            return done.error();
        auto duplicate = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '2')"));
        if (!duplicate)
            return duplicate.error();
        return {};
    });
    REQUIRE_FALSE(result);
    auto count = db.exec(QStringLiteral("SELECT count(*) FROM settings"));
    REQUIRE(count);
    REQUIRE(count->next());
    CHECK(count->value(0).toInt() == 0);
}

TEST_CASE("Opening refuses a database without the right key and never writes to it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("peerdesk.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    {
        auto db
            = Database::open(path, SecureBuffer::copyOf(key.data(), key.size()), Database::OpenMode::CreateIfMissing);
        REQUIRE(db);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    auto wrong = Database::open(path, SecureBuffer::random(32), Database::OpenMode::ExistingOnly);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Damaged);
    CHECK(wrong.error().message.contains(QStringLiteral("peerdesk.db")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{ QStringLiteral("peerdesk.db") });

    auto right = Database::open(path, SecureBuffer::copyOf(key.data(), key.size()), Database::OpenMode::ExistingOnly);
    REQUIRE(right);
}

TEST_CASE("Closing checkpoints the write-ahead log away", "[storage]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("peerdesk.db"));
    auto db = Database::open(path, SecureBuffer::random(32), Database::OpenMode::CreateIfMissing);
    REQUIRE(db);
    for (int i = 0; i < 100; ++i)
        REQUIRE((*db)->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                            { QString::number(i), QStringLiteral("v") }));
    CHECK(QFile::exists(path + QStringLiteral("-wal")));
    (*db)->close();
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{ QStringLiteral("peerdesk.db") });
}
