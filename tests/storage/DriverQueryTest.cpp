// QSQLCIPHER through QSqlDatabase/QSqlQuery: opening with and without a key, values in and out, errors,
// iteration and transactions.
#include "CatchCompat.h"
#include "SqlTestConnection.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTemporaryDir>
#include <QTime>
#include <QVariant>

#include <limits>
#include <map>
#include <sqlite3.h>
#include <utility>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)

using peerdesk::SecureBuffer;
using peerdesk::SqlCipherDriver;
using peerdesk::test::addConnection;
using peerdesk::test::ConnectionName;
using peerdesk::test::exec;
using peerdesk::test::handleOf;

namespace {

SecureBuffer copyOf(const SecureBuffer& key)
{
    return SecureBuffer::copyOf(key.data(), key.size());
}

// Statements that have started stepping and were not reset: each holds a read transaction open.
int busyStatements(sqlite3* db)
{
    int busy = 0;
    for (sqlite3_stmt* stmt = sqlite3_next_stmt(db, nullptr); stmt; stmt = sqlite3_next_stmt(db, stmt))
        busy += sqlite3_stmt_busy(stmt) ? 1 : 0;
    return busy;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::map<QString, QByteArray> snapshotDirectory(const QString& path)
{
    std::map<QString, QByteArray> files;
    const QStringList names = QDir(path).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names)
        files[name] = readFile(path + QLatin1Char('/') + name);
    return files;
}

void createNumbers(QSqlDatabase& db, int count)
{
    exec(db, QStringLiteral("CREATE TABLE numbers(id INTEGER PRIMARY KEY, label TEXT NOT NULL)"));
    REQUIRE(db.transaction());
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO numbers(id, label) VALUES (?, ?)")));
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("row %1").arg(i));
        REQUIRE(insert.exec());
    }
    REQUIRE(db.commit());
}

} // namespace

TEST_CASE("The QSQLCIPHER driver is registered once and reports what it supports", "[driver]")
{
    SqlCipherDriver::registerDriver(); // again: must be harmless
    SqlCipherDriver::registerDriver();
    CHECK(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLCIPHER")));

    SqlCipherDriver driver;
    for (auto feature : { QSqlDriver::Transactions, QSqlDriver::BLOB, QSqlDriver::Unicode, QSqlDriver::PreparedQueries,
                          QSqlDriver::PositionalPlaceholders, QSqlDriver::LastInsertId, QSqlDriver::SimpleLocking,
                          QSqlDriver::FinishQuery, QSqlDriver::LowPrecisionNumbers })
        CHECK(driver.hasFeature(feature));
    for (auto feature : { QSqlDriver::QuerySize, QSqlDriver::NamedPlaceholders, QSqlDriver::BatchOperations,
                          QSqlDriver::EventNotifications, QSqlDriver::MultipleResultSets, QSqlDriver::CancelQuery })
        CHECK_FALSE(driver.hasFeature(feature));
    // Integers must read back as integers unless a caller asks otherwise (Qt's default is LowPrecisionDouble).
    CHECK(driver.numericalPrecisionPolicy() == QSql::HighPrecision);
}

TEST_CASE("An unencrypted database is created, written and read", "[driver][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), path);
    REQUIRE(db.open());
    CHECK(handleOf(db) != nullptr);
    CHECK(QFile::exists(path));
    exec(db, QStringLiteral("CREATE TABLE t(x INTEGER)"));
    exec(db, QStringLiteral("INSERT INTO t VALUES (42)"));
    QSqlQuery query(QStringLiteral("SELECT x FROM t"), db);
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 42);
    query.finish();
    db.close();
    CHECK(handleOf(db) == nullptr);
    CHECK(readFile(path).startsWith("SQLite format 3"));
}

TEST_CASE("An encrypted database opens only with its key and a wrong key changes nothing", "[driver][open][key]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vault.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    ConnectionName name;
    {
        QSqlDatabase db = addConnection(name.name(), path, copyOf(key));
        REQUIRE(db.open());
        exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(db, QStringLiteral("CREATE TABLE secrets(note TEXT)"));
        exec(db, QStringLiteral("INSERT INTO secrets VALUES ('private note')"));
        db.close();
    }
    const QByteArray bytes = readFile(path);
    REQUIRE(!bytes.isEmpty());
    CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    CHECK_FALSE(bytes.contains("private note"));
    CHECK_FALSE(bytes.contains("secrets"));
    const auto before = snapshotDirectory(dir.path());

    SECTION("the right key reads the data back")
    {
        QSqlDatabase db = QSqlDatabase::database(name.name(), false);
        qobject_cast<SqlCipherDriver*>(db.driver())->setKey(copyOf(key));
        REQUIRE(db.open());
        QSqlQuery query(QStringLiteral("SELECT note FROM secrets"), db);
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == QStringLiteral("private note"));
    }
    SECTION("the driver forgets the key once open() has used it")
    {
        QSqlDatabase db = QSqlDatabase::database(name.name(), false);
        qobject_cast<SqlCipherDriver*>(db.driver())->setKey(copyOf(key));
        REQUIRE(db.open());
        db.close();
        CHECK_FALSE(db.open());
        CHECK(db.lastError().nativeErrorCode() == QStringLiteral("26"));
    }
    SECTION("a wrong key fails with SQLITE_NOTADB and leaves every file byte-identical")
    {
        QSqlDatabase db = QSqlDatabase::database(name.name(), false);
        qobject_cast<SqlCipherDriver*>(db.driver())->setKey(SecureBuffer::random(32));
        CHECK_FALSE(db.open());
        CHECK_FALSE(db.isOpen());
        CHECK(db.isOpenError());
        CHECK(db.lastError().type() == QSqlError::ConnectionError);
        CHECK(db.lastError().nativeErrorCode() == QStringLiteral("26"));
        CHECK(db.lastError().databaseText().contains(QStringLiteral("not a database")));
        CHECK(handleOf(db) == nullptr);
        CHECK(snapshotDirectory(dir.path()) == before);
    }
    SECTION("no key at all fails the same way")
    {
        QSqlDatabase db = QSqlDatabase::database(name.name(), false);
        CHECK_FALSE(db.open());
        CHECK(db.lastError().nativeErrorCode() == QStringLiteral("26"));
        CHECK(snapshotDirectory(dir.path()) == before);
    }
    SECTION("a key of the wrong size is refused")
    {
        QSqlDatabase db = QSqlDatabase::database(name.name(), false);
        qobject_cast<SqlCipherDriver*>(db.driver())->setKey(SecureBuffer::random(16));
        CHECK_FALSE(db.open());
        CHECK(snapshotDirectory(dir.path()) == before);
    }
}

TEST_CASE("A plaintext database does not open with a key", "[driver][open][key]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), path);
    REQUIRE(db.open());
    exec(db, QStringLiteral("CREATE TABLE t(x)"));
    db.close();
    qobject_cast<SqlCipherDriver*>(db.driver())->setKey(SecureBuffer::random(32));
    CHECK_FALSE(db.open());
    CHECK(db.lastError().nativeErrorCode() == QStringLiteral("26"));
}

TEST_CASE("Keys are never accepted through QSqlDatabase's password", "[driver][open][key]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("p.db")));
    SECTION("open(user, password)")
    {
        CHECK_FALSE(db.open(QString(), QStringLiteral("secret")));
    }
    SECTION("setPassword()")
    {
        db.setPassword(QStringLiteral("secret"));
        CHECK_FALSE(db.open());
    }
    CHECK_FALSE(db.isOpen());
    CHECK(db.lastError().type() == QSqlError::ConnectionError);
    CHECK(db.lastError().text().contains(QStringLiteral("password")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("p.db"))));
}

TEST_CASE("Connect options control how the file is opened", "[driver][open]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("options.db"));
    ConnectionName name;

    SECTION("PEERDESK_OPEN_NO_CREATE fails on a missing file and creates nothing")
    {
        QSqlDatabase db = addConnection(name.name(), path, {}, QStringLiteral("PEERDESK_OPEN_NO_CREATE"));
        CHECK_FALSE(db.open());
        CHECK(db.lastError().nativeErrorCode() == QString::number(SQLITE_CANTOPEN));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("PEERDESK_OPEN_READONLY reads but refuses writes")
    {
        {
            QSqlDatabase db = addConnection(name.name(), path);
            REQUIRE(db.open());
            exec(db, QStringLiteral("CREATE TABLE t(x)"));
            db.close();
            db.setConnectOptions(QStringLiteral("PEERDESK_OPEN_READONLY; PEERDESK_BUSY_TIMEOUT=100"));
            REQUIRE(db.open());
            QSqlQuery query(db);
            CHECK(query.exec(QStringLiteral("SELECT count(*) FROM t")));
            CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            CHECK(query.lastError().nativeErrorCode() == QString::number(SQLITE_READONLY));
        }
    }
    SECTION("an unknown option is refused instead of ignored")
    {
        QSqlDatabase db = addConnection(name.name(), path, {}, QStringLiteral("PEERDESK_OPEN_READ_ONLY"));
        CHECK_FALSE(db.open());
        CHECK(db.lastError().databaseText() == QStringLiteral("PEERDESK_OPEN_READ_ONLY"));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("Values round-trip through bound parameters with their types", "[driver][values]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("values.db")), SecureBuffer::random(32));
    REQUIRE(db.open());
    exec(db, QStringLiteral("CREATE TABLE v(id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, u)"));

    // Each value goes in through a parameter and comes back with its SQLite storage class.
    auto roundTrip = [&](const QVariant& in, const char* column) {
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO v(%1) VALUES (?)").arg(QLatin1String(column))));
        insert.addBindValue(in);
        INFO(insert.lastError().text().toStdString());
        REQUIRE(insert.exec());
        const QVariant id = insert.lastInsertId();
        QSqlQuery select(db);
        REQUIRE(select.prepare(QStringLiteral("SELECT %1, typeof(%1) FROM v WHERE id = ?").arg(QLatin1String(column))));
        select.addBindValue(id);
        REQUIRE(select.exec());
        REQUIRE(select.next());
        return std::make_pair(select.value(0), select.value(1).toString());
    };

    SECTION("NULL")
    {
        auto [value, type] = roundTrip(QVariant(), "i");
        CHECK(type == QStringLiteral("null"));
        CHECK(value.isNull());
        CHECK(value.metaType() == QMetaType::fromType<qlonglong>()); // the declared type of the column
        auto [text, textType] = roundTrip(QVariant(QMetaType::fromType<QString>()), "s");
        CHECK(textType == QStringLiteral("null"));
        CHECK(text.isNull());
        CHECK(text.metaType() == QMetaType::fromType<QString>());
        auto [nullString, nullStringType] = roundTrip(QVariant(QString()), "s");
        CHECK(nullStringType == QStringLiteral("null"));
    }
    SECTION("integers, including the 64-bit extremes")
    {
        for (const qlonglong number : { qlonglong(0), qlonglong(-1), std::numeric_limits<qlonglong>::min(),
                                        std::numeric_limits<qlonglong>::max() }) {
            auto [value, type] = roundTrip(QVariant(number), "i");
            CHECK(type == QStringLiteral("integer"));
            CHECK(value.typeId() == QMetaType::LongLong);
            CHECK(value.toLongLong() == number);
        }
        auto [fromInt, intType] = roundTrip(QVariant(int(-7)), "u");
        CHECK(intType == QStringLiteral("integer"));
        CHECK(fromInt.toLongLong() == -7);
        auto [fromUInt, uintType] = roundTrip(QVariant(std::numeric_limits<uint>::max()), "u");
        CHECK(fromUInt.toLongLong() == qlonglong(std::numeric_limits<uint>::max()));
        auto [fromULong, ulongType] = roundTrip(QVariant(qulonglong(std::numeric_limits<qlonglong>::max())), "u");
        CHECK(fromULong.toLongLong() == std::numeric_limits<qlonglong>::max());
    }
    SECTION("an unsigned value beyond the signed 64-bit range is refused, not wrapped")
    {
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO v(i) VALUES (?)")));
        insert.addBindValue(QVariant(std::numeric_limits<qulonglong>::max()));
        CHECK_FALSE(insert.exec());
        CHECK(insert.lastError().type() == QSqlError::StatementError);
        QSqlQuery count(QStringLiteral("SELECT count(*) FROM v"), db);
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == 0);
    }
    SECTION("booleans are stored as 0 and 1")
    {
        auto [yes, yesType] = roundTrip(QVariant(true), "u");
        CHECK(yesType == QStringLiteral("integer"));
        CHECK(yes.toLongLong() == 1);
        auto [no, noType] = roundTrip(QVariant(false), "u");
        CHECK(no.toLongLong() == 0);
    }
    SECTION("reals")
    {
        for (const double number : { 3.141592653589793, -0.5, 1e-300, 1.7976931348623157e308 }) {
            auto [value, type] = roundTrip(QVariant(number), "r");
            CHECK(type == QStringLiteral("real"));
            CHECK(value.typeId() == QMetaType::Double);
            CHECK(value.toDouble() == number);
        }
        auto [single, singleType] = roundTrip(QVariant(2.5f), "u");
        CHECK(singleType == QStringLiteral("real"));
        CHECK(single.toDouble() == 2.5);
    }
    SECTION("text, non-ASCII, with an embedded NUL, and empty text that is not NULL")
    {
        const QString unicode = QStringLiteral("Zoë, médecin — 😀 中文");
        auto [value, type] = roundTrip(unicode, "s");
        CHECK(type == QStringLiteral("text"));
        CHECK(value.typeId() == QMetaType::QString);
        CHECK(value.toString() == unicode);

        const QChar withNul[] = { QLatin1Char('a'), QChar(0), QLatin1Char('b') };
        const QString embedded(withNul, 3);
        auto [nul, nulType] = roundTrip(embedded, "s");
        CHECK(nul.toString().size() == 3);
        CHECK(nul.toString() == embedded);

        auto [empty, emptyType] = roundTrip(QString(QLatin1String("")), "s");
        CHECK(emptyType == QStringLiteral("text"));
        CHECK_FALSE(empty.isNull());
        CHECK(empty.toString().isEmpty());
    }
    SECTION("blobs with zero bytes, and an empty blob that is not NULL")
    {
        const QByteArray bytes("\x00\x01\x00\xff\x00", 5);
        auto [value, type] = roundTrip(bytes, "b");
        CHECK(type == QStringLiteral("blob"));
        CHECK(value.typeId() == QMetaType::QByteArray);
        CHECK(value.toByteArray() == bytes);

        auto [empty, emptyType] = roundTrip(QByteArray("", 0), "b");
        CHECK(emptyType == QStringLiteral("blob"));
        CHECK_FALSE(empty.isNull());
        CHECK(empty.toByteArray().isEmpty());
    }
    SECTION("dates and times as ISO 8601 text, date-times in UTC with milliseconds")
    {
        auto [date, dateType] = roundTrip(QDate(2024, 2, 29), "u");
        CHECK(dateType == QStringLiteral("text"));
        CHECK(date.toString() == QStringLiteral("2024-02-29"));

        const QDateTime local(QDate(2024, 3, 1), QTime(14, 34, 56, 789), Qt::OffsetFromUTC, 2 * 3600);
        auto [dateTime, dateTimeType] = roundTrip(local, "u");
        CHECK(dateTime.toString() == QStringLiteral("2024-03-01T12:34:56.789Z"));
        CHECK(QDateTime::fromString(dateTime.toString(), Qt::ISODateWithMs) == local);

        auto [time, timeType] = roundTrip(QTime(7, 5, 3, 20), "u");
        CHECK(time.toString() == QStringLiteral("07:05:03.020"));

        auto [invalid, invalidType] = roundTrip(QDate(), "u");
        CHECK(invalidType == QStringLiteral("null"));
    }
}

TEST_CASE("The numerical precision policy changes how numbers are read", "[driver][values]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("precision.db")));
    REQUIRE(db.open());
    QSqlQuery query(db);
    CHECK(query.numericalPrecisionPolicy() == QSql::HighPrecision);

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    REQUIRE(query.exec(QStringLiteral("SELECT 7, 2.75")));
    REQUIRE(query.next());
    CHECK(query.value(0).typeId() == QMetaType::Int);
    CHECK(query.value(1).typeId() == QMetaType::Int);
    CHECK(query.value(1).toInt() == 2);

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    REQUIRE(query.exec(QStringLiteral("SELECT 7, 2.75")));
    REQUIRE(query.next());
    CHECK(query.value(0).typeId() == QMetaType::LongLong);
    CHECK(query.value(1).typeId() == QMetaType::LongLong);

    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    REQUIRE(query.exec(QStringLiteral("SELECT 7, 2.75")));
    REQUIRE(query.next());
    CHECK(query.value(0).typeId() == QMetaType::Double);
    CHECK(query.value(1).toDouble() == 2.75);
}

TEST_CASE("Positional and named placeholders bind values", "[driver][placeholders]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("binds.db")));
    REQUIRE(db.open());
    exec(db, QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, first TEXT, last TEXT)"));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people(first, last) VALUES (?, ?)")));
    insert.addBindValue(QStringLiteral("Ada"));
    insert.addBindValue(QStringLiteral("Lovelace"));
    REQUIRE(insert.exec());
    insert.bindValue(0, QStringLiteral("Grace"));
    insert.bindValue(1, QStringLiteral("Hopper"));
    REQUIRE(insert.exec());

    SECTION("named")
    {
        QSqlQuery named(db);
        REQUIRE(named.prepare(QStringLiteral("INSERT INTO people(first, last) VALUES (:first, :last)")));
        named.bindValue(QStringLiteral(":last"), QStringLiteral("Same"));
        named.bindValue(QStringLiteral(":first"), QStringLiteral("Same"));
        REQUIRE(named.exec());
        QSqlQuery check(QStringLiteral("SELECT first, last FROM people WHERE id = 3"), db);
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("Same"));
    }
    SECTION("a name used twice binds both places")
    {
        QSqlQuery both(db);
        REQUIRE(both.prepare(QStringLiteral(
            "SELECT id FROM people WHERE first = :name OR last = :name OR first = ':name' ORDER BY id")));
        both.bindValue(QStringLiteral(":name"), QStringLiteral("Hopper"));
        REQUIRE(both.exec());
        REQUIRE(both.next());
        CHECK(both.value(0).toInt() == 2);
        CHECK_FALSE(both.next());
        both.bindValue(QStringLiteral(":name"), QStringLiteral("Ada"));
        REQUIRE(both.exec());
        REQUIRE(both.next());
        CHECK(both.value(0).toInt() == 1);
    }
    SECTION("too few values is an error, not a silent NULL")
    {
        QSqlQuery partial(db);
        REQUIRE(partial.prepare(QStringLiteral("SELECT * FROM people WHERE first = ? AND last = ?")));
        partial.addBindValue(QStringLiteral("Ada"));
        CHECK_FALSE(partial.exec());
        CHECK_FALSE(partial.isActive());
        CHECK(partial.lastError().type() == QSqlError::StatementError);
    }
    SECTION("a statement with placeholders run without values fails")
    {
        QSqlQuery unbound(db);
        CHECK_FALSE(unbound.exec(QStringLiteral("SELECT * FROM people WHERE id = ?")));
    }
}

TEST_CASE("execBatch runs a statement once per row of values", "[driver][placeholders]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("batch.db")));
    REQUIRE(db.open());
    exec(db, QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT)"));
    QSqlQuery batch(db);
    REQUIRE(batch.prepare(QStringLiteral("INSERT INTO t(a, b) VALUES (?, ?)")));
    batch.addBindValue(QVariantList{ 1, 2, 3 });
    batch.addBindValue(QVariantList{ QStringLiteral("one"), QVariant(), QStringLiteral("three") });
    INFO(batch.lastError().text().toStdString());
    REQUIRE(batch.execBatch());
    QSqlQuery check(QStringLiteral("SELECT a, b FROM t ORDER BY a"), db);
    REQUIRE(check.next());
    CHECK(check.value(1).toString() == QStringLiteral("one"));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == 2);
    CHECK(check.isNull(1));
    REQUIRE(check.next());
    CHECK(check.value(1).toString() == QStringLiteral("three"));
    CHECK_FALSE(check.next());
}

TEST_CASE("lastInsertId and numRowsAffected describe the last statement", "[driver]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("ids.db")));
    REQUIRE(db.open());
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, x INTEGER)")));
    CHECK(query.numRowsAffected() == 0);
    CHECK_FALSE(query.lastInsertId().isValid());

    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(id, x) VALUES (41, 1)")));
    CHECK(query.lastInsertId().toLongLong() == 41);
    CHECK(query.numRowsAffected() == 1);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(x) VALUES (1)")));
    CHECK(query.lastInsertId().toLongLong() == 42);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(x) VALUES (2), (3)")));
    CHECK(query.numRowsAffected() == 2);
    CHECK(query.lastInsertId().toLongLong() == 44);

    REQUIRE(query.exec(QStringLiteral("UPDATE t SET x = x + 10 WHERE x < 3")));
    CHECK(query.numRowsAffected() == 3);
    CHECK_FALSE(query.lastInsertId().isValid()); // an UPDATE inserted nothing
    CHECK_FALSE(query.isSelect());

    REQUIRE(query.exec(QStringLiteral("UPDATE t SET x = 0 WHERE id = 1000")));
    CHECK(query.numRowsAffected() == 0);

    REQUIRE(query.exec(QStringLiteral("DELETE FROM t WHERE id > 42")));
    CHECK(query.numRowsAffected() == 2);

    REQUIRE(query.exec(QStringLiteral("SELECT * FROM t")));
    CHECK(query.isSelect());
    CHECK(query.size() == -1);

    REQUIRE(query.exec(QStringLiteral("INSERT INTO t(x) VALUES (9) RETURNING id")));
    CHECK(query.isSelect());
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 43);
}

TEST_CASE("Constraint violations carry SQLite's extended result code and message", "[driver][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("errors.db")), SecureBuffer::random(32));
    REQUIRE(db.open());
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(db, QStringLiteral("CREATE TABLE parent(id INTEGER PRIMARY KEY, code TEXT UNIQUE NOT NULL)"));
    exec(db, QStringLiteral("CREATE TABLE child(id INTEGER PRIMARY KEY, parent INTEGER REFERENCES parent(id))"));
    exec(db, QStringLiteral("INSERT INTO parent(id, code) VALUES (1, 'a')"));

    QSqlQuery query(db);
    SECTION("UNIQUE")
    {
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO parent(code) VALUES (?)")));
        query.addBindValue(QStringLiteral("a"));
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("2067"));
        CHECK(query.lastError().databaseText() == QStringLiteral("UNIQUE constraint failed: parent.code"));
        CHECK(query.lastError().type() == QSqlError::StatementError);
        CHECK_FALSE(query.isActive());
        // The statement stays usable.
        query.addBindValue(QStringLiteral("b"));
        CHECK(query.exec());
    }
    SECTION("FOREIGN KEY")
    {
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO child(parent) VALUES (99)")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("787"));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("FOREIGN KEY constraint failed")));
    }
    SECTION("NOT NULL")
    {
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO parent(code) VALUES (NULL)")));
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("1299"));
    }
}

TEST_CASE("A statement that does not compile gives a clear error", "[driver][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("syntax.db")));
    REQUIRE(db.open());
    QSqlQuery query(db);
    SECTION("syntax error")
    {
        CHECK_FALSE(query.exec(QStringLiteral("SELEC 1")));
        CHECK_FALSE(query.isActive());
        CHECK(query.lastError().type() == QSqlError::StatementError);
        CHECK(query.lastError().nativeErrorCode() == QStringLiteral("1"));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.prepare(QStringLiteral("SELECT FROM WHERE")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
    }
    SECTION("unknown table")
    {
        CHECK_FALSE(query.exec(QStringLiteral("SELECT * FROM missing")));
        CHECK(query.lastError().databaseText() == QStringLiteral("no such table: missing"));
    }
    SECTION("double quotes are identifiers, never strings")
    {
        CHECK_FALSE(query.exec(QStringLiteral("SELECT \"not a string\"")));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("no such column")));
    }
    SECTION("more than one statement is refused rather than half run")
    {
        CHECK_FALSE(query.exec(QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(x)")));
        CHECK_FALSE(db.tables().contains(QStringLiteral("a")));
        CHECK(query.exec(QStringLiteral("CREATE TABLE a(x); -- a comment\n ;  ")));
        CHECK(db.tables().contains(QStringLiteral("a")));
    }
    SECTION("an empty statement")
    {
        CHECK_FALSE(query.exec(QStringLiteral("-- nothing")));
    }
}

TEST_CASE("A statement is compiled once and reused, never shared or kept past its connection", "[driver][reuse]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("reuse.db")));
    REQUIRE(db.open());
    createNumbers(db, 10);
    const QString lookup = QStringLiteral("SELECT label FROM numbers WHERE id = ?");
    auto statementOf = [](const QSqlQuery& query) { return query.result()->handle().value<sqlite3_stmt*>(); };
    auto label = [&](QSqlQuery& query, int id) {
        query.addBindValue(id);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        return query.value(0).toString();
    };

    sqlite3_stmt* first = nullptr;
    {
        QSqlQuery query(db);
        REQUIRE(query.prepare(lookup));
        first = statementOf(query);
        CHECK(label(query, 3) == QStringLiteral("row 3"));
    }
    // The query is gone, its statement kept on the connection, reset (no read transaction held).
    bool kept = false;
    for (sqlite3_stmt* stmt = sqlite3_next_stmt(handleOf(db), nullptr); stmt;
         stmt = sqlite3_next_stmt(handleOf(db), stmt))
        kept = kept || stmt == first;
    CHECK(kept);
    CHECK(busyStatements(handleOf(db)) == 0);
    SECTION("the same SQL later takes the compiled statement, with nothing bound")
    {
        QSqlQuery again(db);
        REQUIRE(again.prepare(lookup));
        CHECK(statementOf(again) == first);
        CHECK(sqlite3_bind_parameter_count(first) == 1);
        CHECK(sqlite3_sql(first) == lookup.toStdString());
        // No value of the earlier run is left bound.
        char* expanded = sqlite3_expanded_sql(first);
        CHECK(QByteArray(expanded).endsWith("id = NULL"));
        sqlite3_free(expanded);
        CHECK(label(again, 7) == QStringLiteral("row 7"));
    }
    SECTION("two queries running the same SQL at once each have their own statement")
    {
        QSqlQuery outer(db);
        QSqlQuery inner(db);
        REQUIRE(outer.prepare(lookup));
        REQUIRE(inner.prepare(lookup));
        CHECK(statementOf(outer) != statementOf(inner));
        outer.addBindValue(2);
        REQUIRE(outer.exec());
        CHECK(label(inner, 5) == QStringLiteral("row 5"));
        REQUIRE(outer.next());
        CHECK(outer.value(0).toString() == QStringLiteral("row 2"));
    }
    SECTION("text refused for holding two statements is refused every time")
    {
        QSqlQuery query(db);
        const QString two = QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(x)");
        CHECK_FALSE(query.exec(two));
        CHECK_FALSE(query.exec(two));
        CHECK_FALSE(db.tables().contains(QStringLiteral("a")));
    }
    SECTION("idle statements do not stop a table from being dropped or the connection from closing")
    {
        exec(db, QStringLiteral("DROP TABLE numbers"));
        db.close();
        CHECK(db.lastError().type() == QSqlError::NoError);
    }
}

TEST_CASE("Forward-only queries iterate once and keep no rows behind", "[driver][iteration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("forward.db")));
    REQUIRE(db.open());
    createNumbers(db, 100);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT id, label FROM numbers ORDER BY id")));
    CHECK(query.isSelect());
    CHECK(query.at() == QSql::BeforeFirstRow);
    int expected = 0;
    while (query.next()) {
        CHECK(query.at() == expected);
        CHECK(query.value(0).toInt() == expected);
        CHECK(query.value(QStringLiteral("label")).toString() == QStringLiteral("row %1").arg(expected));
        if (expected == 50) {
            CHECK_FALSE(query.previous());
            break;
        }
        ++expected;
    }
    CHECK(expected == 50);
    // Jumping ahead still works.
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM numbers ORDER BY id")));
    REQUIRE(query.seek(10));
    CHECK(query.value(0).toInt() == 10);
    REQUIRE(query.last());
    CHECK(query.at() == 99);
    CHECK(query.value(0).toInt() == 99);
    CHECK_FALSE(query.next());
    CHECK(busyStatements(handleOf(db)) == 0);
}

TEST_CASE("A forward-only query reads its current row from the statement, whatever happens around it",
          "[driver][iteration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("live.db")));
    REQUIRE(db.open());
    exec(db, QStringLiteral("CREATE TABLE mixed(id INTEGER PRIMARY KEY, label TEXT, amount REAL)"));
    exec(db, QStringLiteral("INSERT INTO mixed VALUES (1, 'Zoë', 1.5), (2, '', NULL), (3, NULL, 3)"));

    QSqlQuery query(db);
    query.setForwardOnly(true);
    REQUIRE(query.exec(QStringLiteral("SELECT id, label, amount, id * 2 AS twice FROM mixed ORDER BY id")));
    SECTION("before the first row and past the last there is no value")
    {
        CHECK_FALSE(query.value(0).isValid());
        CHECK(query.isNull(0));
        while (query.next()) { }
        CHECK_FALSE(query.value(0).isValid());
    }
    SECTION("NULL, empty text and columns out of range")
    {
        REQUIRE(query.next());
        CHECK(query.value(1).toString() == QStringLiteral("Zoë"));
        CHECK(query.value(1).toString() == QStringLiteral("Zoë")); // read twice, the same
        CHECK(query.value(2).toDouble() == 1.5);
        CHECK_FALSE(query.value(4).isValid());
        CHECK_FALSE(query.value(-1).isValid());
        CHECK(query.isNull(4));
        REQUIRE(query.next());
        CHECK_FALSE(query.isNull(1));
        CHECK(query.value(1).toString().isEmpty());
        CHECK(query.isNull(2));
        CHECK(query.value(2).metaType() == QMetaType::fromType<double>()); // a NULL keeps its column's type
        REQUIRE(query.next());
        CHECK(query.isNull(1));
        CHECK(query.value(1).isNull());
        CHECK(query.value(3).toInt() == 6);
    }
    SECTION("an expression column takes its type from the first row")
    {
        CHECK(query.record().field(QStringLiteral("twice")).metaType() == QMetaType::fromType<qlonglong>());
        REQUIRE(query.next());
        CHECK(query.value(3).toInt() == 2);
    }
    SECTION("a write on the same connection while a row is current")
    {
        REQUIRE(query.next());
        exec(db, QStringLiteral("UPDATE mixed SET label = 'changed' WHERE id = 1"));
        CHECK(query.value(0).toInt() == 1);
        CHECK(query.value(1).toString() == QStringLiteral("Zoë")); // the row as it was read
    }
    SECTION("jumping ahead skips rows without reading them")
    {
        REQUIRE(query.seek(2));
        CHECK(query.value(0).toInt() == 3);
        CHECK_FALSE(query.seek(1));
    }
    SECTION("a commit copies the current row, and nothing after it is read")
    {
        REQUIRE(query.next());
        REQUIRE(db.transaction());
        exec(db, QStringLiteral("INSERT INTO mixed VALUES (4, 'four', 4)"));
        REQUIRE(db.commit());
        CHECK(busyStatements(handleOf(db)) == 0);
        CHECK(query.value(1).toString() == QStringLiteral("Zoë"));
        CHECK(query.isNull(4));
        CHECK_FALSE(query.next());
    }
    SECTION("a commit before the first row leaves no row")
    {
        REQUIRE(db.transaction());
        REQUIRE(db.commit());
        CHECK_FALSE(query.next());
        CHECK_FALSE(query.value(0).isValid());
    }
    SECTION("closing the connection keeps the current row")
    {
        REQUIRE(query.next());
        REQUIRE(query.next());
        db.close();
        CHECK(query.value(0).toInt() == 2);
        CHECK(query.value(1).toString().isEmpty());
        CHECK_FALSE(query.next());
    }
    SECTION("the last row, reached in one call")
    {
        REQUIRE(query.last());
        CHECK(query.at() == 2);
        CHECK(query.value(0).toInt() == 3);
        CHECK(query.isNull(1));
        CHECK(busyStatements(handleOf(db)) == 0);
    }
    SECTION("a query left on a row and destroyed lets go of its statement")
    {
        {
            QSqlQuery abandoned(db);
            abandoned.setForwardOnly(true);
            REQUIRE(abandoned.exec(QStringLiteral("SELECT id FROM mixed")));
            REQUIRE(abandoned.next());
        }
        REQUIRE(query.next());
        CHECK(busyStatements(handleOf(db)) == 1); // `query` alone
    }
}

TEST_CASE("Scrollable queries seek anywhere in the rows they have read", "[driver][iteration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("scroll.db")));
    REQUIRE(db.open());
    createNumbers(db, 100);

    QSqlQuery query(db);
    REQUIRE_FALSE(query.isForwardOnly());
    REQUIRE(query.exec(QStringLiteral("SELECT id, label FROM numbers ORDER BY id")));
    REQUIRE(query.seek(50));
    CHECK(query.value(0).toInt() == 50);
    CHECK(busyStatements(handleOf(db)) == 1); // still stepping: the rest is unread
    REQUIRE(query.first());
    CHECK(query.value(0).toInt() == 0);
    REQUIRE(query.last());
    CHECK(query.at() == 99);
    CHECK(query.value(1).toString() == QStringLiteral("row 99"));
    CHECK(busyStatements(handleOf(db)) == 0); // read to the end: reset at once
    REQUIRE(query.previous());
    CHECK(query.value(0).toInt() == 98);
    CHECK_FALSE(query.seek(150));
    CHECK_FALSE(query.isValid());
    REQUIRE(query.seek(10));
    CHECK(query.value(0).toInt() == 10);
    REQUIRE(query.seek(5, true));
    CHECK(query.value(0).toInt() == 15);
    CHECK(query.record().value(QStringLiteral("label")).toString() == QStringLiteral("row 15"));
    REQUIRE(query.first());
    CHECK_FALSE(query.previous());
    CHECK(query.at() == QSql::BeforeFirstRow);
}

TEST_CASE("A SELECT without rows still describes its columns", "[driver][iteration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("empty.db")));
    REQUIRE(db.open());
    createNumbers(db, 3);
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT id, label AS name, 1 + 1 AS two FROM numbers WHERE id < 0")));
    CHECK(query.isActive());
    CHECK(query.isSelect());
    const QSqlRecord record = query.record();
    REQUIRE(record.count() == 3);
    CHECK(record.fieldName(0) == QStringLiteral("id"));
    CHECK(record.fieldName(1) == QStringLiteral("name"));
    CHECK(record.fieldName(2) == QStringLiteral("two"));
    CHECK(record.field(0).metaType() == QMetaType::fromType<qlonglong>());
    CHECK(record.field(1).metaType() == QMetaType::fromType<QString>());
    CHECK(record.field(1).tableName() == QStringLiteral("numbers"));
    CHECK_FALSE(query.next());
    CHECK_FALSE(query.first());
    CHECK_FALSE(query.last());
}

TEST_CASE("finish() and reading to the end release the statement", "[driver][iteration]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("locks.db"));
    ConnectionName name;
    QSqlDatabase reader = addConnection(name.name(), path);
    REQUIRE(reader.open());
    createNumbers(reader, 10);
    QSqlDatabase writer = addConnection(name.another(), path, {}, QStringLiteral("PEERDESK_BUSY_TIMEOUT=0"));
    REQUIRE(writer.open());

    QSqlQuery query(reader);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM numbers")));
    REQUIRE(query.next());
    // In rollback-journal mode the pending read keeps a shared lock: the other connection cannot commit.
    QSqlQuery write(writer);
    CHECK_FALSE(write.exec(QStringLiteral("INSERT INTO numbers(label) VALUES ('blocked')")));
    CHECK(write.lastError().nativeErrorCode() == QString::number(SQLITE_BUSY));

    SECTION("finish()")
    {
        query.finish();
        CHECK_FALSE(query.isActive());
    }
    SECTION("reading every row")
    {
        while (query.next()) { }
        CHECK(query.isActive());
    }
    CHECK(busyStatements(handleOf(reader)) == 0);
    CHECK(write.exec(QStringLiteral("INSERT INTO numbers(label) VALUES ('written')")));
}

TEST_CASE("Transactions commit and roll back", "[driver][transactions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tx.db"));
    const SecureBuffer key = SecureBuffer::random(32);
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), path, copyOf(key));
    REQUIRE(db.open());
    createNumbers(db, 10);
    auto count = [&db] {
        QSqlQuery query(QStringLiteral("SELECT count(*) FROM numbers"), db);
        return query.next() ? query.value(0).toInt() : -1;
    };

    SECTION("commit keeps the changes, also after reopening")
    {
        REQUIRE(db.transaction());
        exec(db, QStringLiteral("INSERT INTO numbers(label) VALUES ('kept')"));
        REQUIRE(db.commit());
        db.close();
        qobject_cast<SqlCipherDriver*>(db.driver())->setKey(copyOf(key));
        REQUIRE(db.open());
        CHECK(count() == 11);
    }
    SECTION("rollback discards the changes")
    {
        REQUIRE(db.transaction());
        exec(db, QStringLiteral("INSERT INTO numbers(label) VALUES ('discarded')"));
        exec(db, QStringLiteral("DELETE FROM numbers WHERE id < 5"));
        CHECK(count() == 6);
        REQUIRE(db.rollback());
        CHECK(count() == 10);
    }
    SECTION("BEGIN IMMEDIATE takes the write lock at once")
    {
        QSqlDatabase other
            = addConnection(name.another(), path, copyOf(key), QStringLiteral("PEERDESK_BUSY_TIMEOUT=0"));
        REQUIRE(other.open());
        REQUIRE(db.transaction());
        CHECK_FALSE(other.transaction());
        CHECK(other.lastError().type() == QSqlError::TransactionError);
        CHECK(other.lastError().nativeErrorCode() == QString::number(SQLITE_BUSY));
        REQUIRE(db.commit());
        CHECK(other.transaction());
        CHECK(other.rollback());
    }
    SECTION("commit without a transaction is a transaction error")
    {
        CHECK_FALSE(db.commit());
        CHECK(db.lastError().type() == QSqlError::TransactionError);
        CHECK(db.lastError().databaseText().contains(QStringLiteral("no transaction is active")));
    }
    SECTION("a scrollable query read half-way stays usable after commit")
    {
        exec(db, QStringLiteral("CREATE TABLE other(x)"));
        REQUIRE(db.transaction());
        QSqlQuery query(QStringLiteral("SELECT id, label FROM numbers ORDER BY id"), db);
        REQUIRE(query.seek(3));
        exec(db, QStringLiteral("INSERT INTO other VALUES (1)"));
        REQUIRE(db.commit());
        CHECK(busyStatements(handleOf(db)) == 0);
        CHECK(query.isActive());
        CHECK(query.value(0).toInt() == 3);
        int seen = 4;
        while (query.next())
            CHECK(query.value(0).toInt() == seen++);
        CHECK(seen == 10);
        REQUIRE(query.seek(1));
        CHECK(query.value(1).toString() == QStringLiteral("row 1"));
    }
    SECTION("a forward-only query read half-way ends at its current row on commit")
    {
        REQUIRE(db.transaction());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM numbers ORDER BY id")));
        REQUIRE(query.next());
        REQUIRE(query.next());
        REQUIRE(db.commit());
        CHECK(busyStatements(handleOf(db)) == 0);
        CHECK(query.value(0).toInt() == 1);
        CHECK_FALSE(query.next());
    }
}

TEST_CASE("Closing the connection keeps scrollable rows and prepared queries work after reopening", "[driver][close]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("close.db")));
    REQUIRE(db.open());
    createNumbers(db, 20);
    QSqlQuery rows(QStringLiteral("SELECT id FROM numbers ORDER BY id"), db);
    REQUIRE(rows.seek(2));
    QSqlQuery prepared(db);
    REQUIRE(prepared.prepare(QStringLiteral("SELECT label FROM numbers WHERE id = ?")));

    db.close();
    CHECK_FALSE(db.isOpen());
    CHECK(db.lastError().type() == QSqlError::NoError);
    REQUIRE(rows.last());
    CHECK(rows.value(0).toInt() == 19);

    REQUIRE(db.open());
    prepared.addBindValue(7);
    REQUIRE(prepared.exec());
    REQUIRE(prepared.next());
    CHECK(prepared.value(0).toString() == QStringLiteral("row 7"));
}

TEST_CASE("A query that outlives its connection keeps its rows and does not touch the closed handle", "[driver][close]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString connection = QStringLiteral("driver-query-outlived");
    QSqlQuery query;
    {
        QSqlDatabase db = addConnection(connection, dir.filePath(QStringLiteral("outlived.db")));
        REQUIRE(db.open());
        createNumbers(db, 5);
        query = QSqlQuery(QStringLiteral("SELECT id FROM numbers ORDER BY id"), db);
        REQUIRE(query.next());
    }
    QSqlDatabase::removeDatabase(connection); // Qt warns that the connection is still in use; the driver goes
    CHECK(query.value(0).toInt() == 0);
    REQUIRE(query.last());
    CHECK(query.value(0).toInt() == 4);
}
