// What QSQLCIPHER tells about the schema (tables, records, primary keys, identifier escaping), and that the
// process uses only the SQLCipher we link: no QSQLITE plugin, no system libsqlite3.
#include "CatchCompat.h"
#include "SqlTestConnection.h"
#include "core/storage/SqlCipherDriver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

using peerdesk::SqlCipherDriver;
using peerdesk::test::ConnectionName;
using peerdesk::test::exec;
using peerdesk::test::openConnection;

namespace {

void createSchema(QSqlDatabase& db)
{
    exec(db,
         QStringLiteral("CREATE TABLE supporters(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                        "rating REAL DEFAULT 0.5, photo BLOB, joined TEXT DEFAULT CURRENT_TIMESTAMP, "
                        "active INTEGER NOT NULL DEFAULT 1, note)"));
    exec(db,
         QStringLiteral("CREATE TABLE pairs(b TEXT NOT NULL, a INTEGER NOT NULL, "
                        "name_upper TEXT GENERATED ALWAYS AS (upper(b)) VIRTUAL, PRIMARY KEY (b, a)) STRICT"));
    exec(db, QStringLiteral("CREATE TABLE events(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT)"));
    exec(db, QStringLiteral("CREATE TABLE keyless(x INT, y BIGINT)"));
    exec(db, QStringLiteral("CREATE TABLE wr(code TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID"));
    exec(db, QStringLiteral("CREATE VIRTUAL TABLE notes USING fts5(body)"));
    exec(db, QStringLiteral("CREATE VIEW active_supporters AS SELECT id, name FROM supporters WHERE active"));
    exec(db, QStringLiteral("INSERT INTO events(at) VALUES ('now')"));
}

} // namespace

TEST_CASE("tables() lists user tables, views and system tables separately", "[driver][metadata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("meta.db")));
    createSchema(db);

    const QStringList tables = db.tables(QSql::Tables);
    CHECK(tables
          == QStringList{ QStringLiteral("events"), QStringLiteral("keyless"), QStringLiteral("notes"),
                          QStringLiteral("pairs"), QStringLiteral("supporters"), QStringLiteral("wr") });
    CHECK(db.tables(QSql::Views) == QStringList{ QStringLiteral("active_supporters") });
    const QStringList system = db.tables(QSql::SystemTables);
    CHECK(system.contains(QStringLiteral("sqlite_schema")));
    CHECK(system.contains(QStringLiteral("sqlite_sequence")));
    CHECK(system.contains(QStringLiteral("notes_data"))); // FTS5 shadow table
    CHECK_FALSE(system.contains(QStringLiteral("supporters")));
    const QStringList all = db.tables(QSql::AllTables);
    CHECK(all.size() == tables.size() + 1 + system.size());

    db.close();
    CHECK(db.tables().isEmpty());
}

TEST_CASE("record() describes a table's columns", "[driver][metadata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("meta.db")));
    createSchema(db);

    const QSqlRecord record = db.record(QStringLiteral("supporters"));
    REQUIRE(record.count() == 7);
    CHECK(record.fieldName(0) == QStringLiteral("id"));
    CHECK(record.fieldName(6) == QStringLiteral("note"));

    const QSqlField id = record.field(QStringLiteral("id"));
    CHECK(id.metaType() == QMetaType::fromType<qlonglong>());
    CHECK(id.isAutoValue());
    CHECK(id.requiredStatus() == QSqlField::Optional);
    CHECK(id.tableName() == QStringLiteral("supporters"));

    const QSqlField nameField = record.field(QStringLiteral("name"));
    CHECK(nameField.metaType() == QMetaType::fromType<QString>());
    CHECK(nameField.requiredStatus() == QSqlField::Required);
    CHECK_FALSE(nameField.isAutoValue());

    const QSqlField rating = record.field(QStringLiteral("rating"));
    CHECK(rating.metaType() == QMetaType::fromType<double>());
    CHECK(rating.requiredStatus() == QSqlField::Optional);
    CHECK(rating.defaultValue().toString() == QStringLiteral("0.5"));

    CHECK(record.field(QStringLiteral("photo")).metaType() == QMetaType::fromType<QByteArray>());
    CHECK(record.field(QStringLiteral("joined")).defaultValue().toString() == QStringLiteral("CURRENT_TIMESTAMP"));
    CHECK(record.field(QStringLiteral("active")).requiredStatus() == QSqlField::Required);
    CHECK(record.field(QStringLiteral("active")).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(record.field(QStringLiteral("note")).metaType() == QMetaType::fromType<QByteArray>()); // no type: BLOB

    const QSqlRecord pairs = db.record(QStringLiteral("pairs"));
    REQUIRE(pairs.count() == 3);
    CHECK_FALSE(pairs.field(QStringLiteral("a")).isAutoValue()); // part of a composite key
    CHECK(pairs.field(QStringLiteral("name_upper")).isReadOnly()); // generated column
    CHECK_FALSE(pairs.field(QStringLiteral("b")).isReadOnly());

    CHECK(db.record(QStringLiteral("keyless")).field(QStringLiteral("y")).metaType()
          == QMetaType::fromType<qlonglong>());
    CHECK_FALSE(db.record(QStringLiteral("wr")).field(QStringLiteral("n")).isAutoValue());
    CHECK(db.record(QStringLiteral("active_supporters")).count() == 2);
    CHECK(db.record(QStringLiteral("\"supporters\"")).count() == 7);
    CHECK(db.record(QStringLiteral("missing")).isEmpty());
}

TEST_CASE("primaryIndex() lists the key columns in key order", "[driver][metadata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("meta.db")));
    createSchema(db);

    const QSqlIndex single = db.primaryIndex(QStringLiteral("supporters"));
    REQUIRE(single.count() == 1);
    CHECK(single.fieldName(0) == QStringLiteral("id"));
    CHECK(single.field(0).isAutoValue());

    const QSqlIndex composite = db.primaryIndex(QStringLiteral("pairs"));
    REQUIRE(composite.count() == 2);
    CHECK(composite.fieldName(0) == QStringLiteral("b"));
    CHECK(composite.fieldName(1) == QStringLiteral("a"));

    CHECK(db.primaryIndex(QStringLiteral("wr")).fieldName(0) == QStringLiteral("code"));
    CHECK(db.primaryIndex(QStringLiteral("keyless")).isEmpty());
    CHECK(db.primaryIndex(QStringLiteral("missing")).isEmpty());
}

TEST_CASE("escapeIdentifier() quotes names so that any name works in a real query", "[driver][metadata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("escape.db")));
    const QSqlDriver* driver = db.driver();

    CHECK(driver->escapeIdentifier(QStringLiteral("plain"), QSqlDriver::TableName) == QStringLiteral("\"plain\""));
    CHECK(driver->escapeIdentifier(QStringLiteral("we\"ird"), QSqlDriver::FieldName)
          == QStringLiteral("\"we\"\"ird\""));
    CHECK(driver->escapeIdentifier(QStringLiteral("\"already\""), QSqlDriver::TableName)
          == QStringLiteral("\"already\""));
    CHECK(driver->escapeIdentifier(QStringLiteral("\"we\"\"ird\""), QSqlDriver::FieldName)
          == QStringLiteral("\"we\"\"ird\""));
    // Starts and ends with a quote but is not a valid quoted name: escaped, not passed through.
    CHECK(driver->escapeIdentifier(QStringLiteral("\"a\"b\""), QSqlDriver::FieldName)
          == QStringLiteral("\"\"\"a\"\"b\"\"\""));
    CHECK(driver->stripDelimiters(QStringLiteral("\"we\"\"ird\""), QSqlDriver::FieldName) == QStringLiteral("we\"ird"));

    const QString table = QStringLiteral("odd \"table\"; name");
    const QString column = QStringLiteral("sel\"ect");
    const QString escapedTable = driver->escapeIdentifier(table, QSqlDriver::TableName);
    const QString escapedColumn = driver->escapeIdentifier(column, QSqlDriver::FieldName);
    exec(db, QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY, %2 TEXT)").arg(escapedTable, escapedColumn));
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (?)").arg(escapedTable, escapedColumn)));
    insert.addBindValue(QStringLiteral("value"));
    REQUIRE(insert.exec());
    QSqlQuery select(QStringLiteral("SELECT %2 FROM %1").arg(escapedTable, escapedColumn), db);
    REQUIRE(select.next());
    CHECK(select.value(0).toString() == QStringLiteral("value"));
    CHECK(select.record().fieldName(0) == column);

    CHECK(db.tables().contains(table));
    const QSqlRecord record = db.record(table);
    REQUIRE(record.count() == 2);
    CHECK(record.fieldName(1) == column);
    CHECK(db.primaryIndex(escapedTable).fieldName(0) == QStringLiteral("id"));

    // Qt builds its own SQL from these names. QSqlTableModel::orderByClause() pastes the table name in
    // unescaped, so odd names must be given to setTable() already escaped.
    QSqlTableModel model(nullptr, db);
    model.setTable(escapedTable);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(1, Qt::AscendingOrder);
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 1);
    REQUIRE(model.setData(model.index(0, 1), QStringLiteral("changed")));
    INFO(model.lastError().text().toStdString());
    REQUIRE(model.submitAll());
    QSqlQuery check(QStringLiteral("SELECT %2 FROM %1").arg(escapedTable, escapedColumn), db);
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("changed"));
}

TEST_CASE("handle() and connection() expose the open sqlite3 handle", "[driver][metadata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("handle.db")));
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    REQUIRE(driver);
    sqlite3* handle = driver->connection();
    REQUIRE(handle);
    CHECK(driver->handle().isValid());
    CHECK(QString::fromLatin1(driver->handle().typeName()) == QStringLiteral("sqlite3*"));
    CHECK(sqlite3_db_readonly(handle, "main") == 0);
    int defensive = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    CHECK(defensive == 1);
    QSqlQuery version(QStringLiteral("PRAGMA cipher_version"), db);
    REQUIRE(version.next());
    CHECK(version.value(0).toString().startsWith(QStringLiteral("4.")));
    version.finish();
    db.close();
    CHECK(driver->connection() == nullptr);
}

TEST_CASE("Only the linked SQLCipher is in the process: no QSQLITE plugin, no system libsqlite3", "[driver][metadata]")
{
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        ConnectionName name;
        QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("maps.db")));
        createSchema(db);
        QSqlQuery query(QStringLiteral("SELECT count(*) FROM supporters"), db);
        REQUIRE(query.next());
        CHECK(QSqlDatabase::drivers().contains(QStringLiteral("QSQLCIPHER")));
    }
    CHECK(QString::fromLatin1(sqlite3_libversion()) == QStringLiteral(SQLITE_VERSION));

    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    REQUIRE(!mapped.isEmpty());
    CHECK_FALSE(mapped.contains("libqsqlite"));
    CHECK_FALSE(mapped.contains("libsqlite3.so"));
}
