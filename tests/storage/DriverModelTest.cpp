// QSqlQueryModel and QSqlTableModel over QSQLCIPHER, each under QAbstractItemModelTester: the models rely on
// scrollable results, record() before the first fetch, and detachFromResultSet() before every edit.
#include "CatchCompat.h"
#include "SqlTestConnection.h"

#include <QAbstractItemModelTester>
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QStringList>
#include <QTemporaryDir>
#include <QTime>

#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <utility>

using peerdesk::test::ConnectionName;
using peerdesk::test::exec;
using peerdesk::test::handleOf;
using peerdesk::test::openConnection;

namespace {

// QAbstractItemModelTester reports through the qt.modeltest category in Warning mode; collect those so a
// violation fails the Catch2 test instead of only printing.
class ModelTestMessages final
{
    Q_DISABLE_COPY_MOVE(ModelTestMessages)

public:
    ModelTestMessages()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestMessages::handle);
        s_previous = m_previous;
    }
    ~ModelTestMessages() { qInstallMessageHandler(m_previous); }
    static const QStringList& messages() { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && std::strcmp(context.category, "qt.modeltest") == 0 && type >= QtWarningMsg)
            s_messages.append(message);
        else if (s_previous)
            s_previous(type, context, message);
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
    QtMessageHandler m_previous = nullptr;
};

// The tester must not call fetchMore() itself: in Qt 6.4 it runs its checks from modelReset before it
// records that the reset has ended, so a fetchMore() there (any QSqlQueryModel with more than 255 rows)
// is reported as "rows inserted during a reset". The tests call fetchMore() themselves.
std::unique_ptr<QAbstractItemModelTester> testModel(QAbstractItemModel* model)
{
    auto tester
        = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    tester->setUseFetchMore(false);
    return tester;
}

void createPeople(QSqlDatabase& db, int count)
{
    exec(db, QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL)"));
    REQUIRE(db.transaction());
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people(id, name, score) VALUES (?, ?, ?)")));
    for (int i = 1; i <= count; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("person %1").arg(i, 4, 10, QLatin1Char('0')));
        insert.addBindValue(i / 2.0);
        REQUIRE(insert.exec());
    }
    REQUIRE(db.commit());
}

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(sql, db);
    return query.next() ? query.value(0) : QVariant();
}

int busyStatements(const QSqlDatabase& db)
{
    sqlite3* handle = handleOf(db);
    int busy = 0;
    for (sqlite3_stmt* stmt = sqlite3_next_stmt(handle, nullptr); stmt; stmt = sqlite3_next_stmt(handle, stmt))
        busy += sqlite3_stmt_busy(stmt) ? 1 : 0;
    return busy;
}

} // namespace

TEST_CASE("QSqlQueryModel fetches 1000 rows incrementally", "[driver][model]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("model.db")));
    createPeople(db, 1000);

    ModelTestMessages messages;
    QSqlQueryModel model;
    auto tester = testModel(&model);
    model.setQuery(QSqlQuery(QStringLiteral("SELECT id, name, score FROM people ORDER BY id"), db));
    INFO(model.lastError().text().toStdString());
    REQUIRE_FALSE(model.lastError().isValid());
    CHECK(model.columnCount() == 3);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("name"));
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < 1000); // fetched in steps, not all at once
    CHECK(model.canFetchMore());

    int rounds = 0;
    while (model.canFetchMore()) {
        model.fetchMore();
        ++rounds;
    }
    CHECK(rounds > 1);
    CHECK(model.rowCount() == 1000);
    CHECK(busyStatements(db) == 0); // every row read: the statement was reset
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("person 0001"));
    CHECK(model.data(model.index(999, 0)).toLongLong() == 1000);
    CHECK(model.data(model.index(499, 2)).toDouble() == 250.0);
    CHECK(model.data(model.index(10, 1)).toString() == QStringLiteral("person 0011")); // seeking back
    CHECK(model.record(5).value(QStringLiteral("name")).toString() == QStringLiteral("person 0006"));
    CHECK(messages.messages().isEmpty());
    for (const QString& message : messages.messages())
        UNSCOPED_INFO(message.toStdString());
}

TEST_CASE("QSqlQueryModel shows the columns of a query without rows and refuses forward-only queries",
          "[driver][model]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("empty.db")));
    createPeople(db, 3);

    ModelTestMessages messages;
    QSqlQueryModel model;
    auto tester = testModel(&model);
    SECTION("no rows")
    {
        model.setQuery(QSqlQuery(QStringLiteral("SELECT id, name FROM people WHERE id > 100"), db));
        CHECK_FALSE(model.lastError().isValid());
        CHECK(model.rowCount() == 0);
        CHECK(model.columnCount() == 2);
        CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("name"));
        CHECK_FALSE(model.canFetchMore());
    }
    SECTION("forward-only")
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT id FROM people")));
        model.setQuery(std::move(query));
        CHECK(model.lastError().isValid());
        CHECK(model.rowCount() == 0);
    }
    SECTION("an error")
    {
        model.setQuery(QSqlQuery(QStringLiteral("SELECT missing FROM people"), db));
        CHECK(model.lastError().isValid());
        CHECK(model.lastError().databaseText() == QStringLiteral("no such column: missing"));
        CHECK(model.rowCount() == 0);
    }
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("QSqlTableModel selects, edits, inserts and removes rows with manual submit", "[driver][model]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("table.db")));
    createPeople(db, 20);

    ModelTestMessages messages;
    QSqlTableModel model(nullptr, db);
    auto tester = testModel(&model);
    model.setTable(QStringLiteral("people"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    REQUIRE(model.select());
    REQUIRE(model.rowCount() == 20);
    CHECK(model.primaryKey().fieldName(0) == QStringLiteral("id"));
    const int nameColumn = model.fieldIndex(QStringLiteral("name"));
    const int scoreColumn = model.fieldIndex(QStringLiteral("score"));
    REQUIRE(nameColumn == 1);

    SECTION("setData then submitAll updates the row")
    {
        REQUIRE(model.setData(model.index(2, nameColumn), QStringLiteral("Zoë O'Brien")));
        REQUIRE(model.setData(model.index(2, scoreColumn), 9.5));
        CHECK(scalar(db, QStringLiteral("SELECT name FROM people WHERE id = 3")).toString()
              == QStringLiteral("person 0003")); // not yet
        INFO(model.lastError().text().toStdString());
        REQUIRE(model.submitAll());
        CHECK(scalar(db, QStringLiteral("SELECT name FROM people WHERE id = 3")).toString()
              == QStringLiteral("Zoë O'Brien"));
        CHECK(scalar(db, QStringLiteral("SELECT score FROM people WHERE id = 3")).toDouble() == 9.5);
        CHECK(model.data(model.index(2, nameColumn)).toString() == QStringLiteral("Zoë O'Brien"));
        CHECK(model.rowCount() == 20);
    }
    SECTION("insertRow then submitAll adds a row with its generated id")
    {
        const int row = model.rowCount();
        REQUIRE(model.insertRow(row));
        REQUIRE(model.setData(model.index(row, nameColumn), QStringLiteral("new person")));
        INFO(model.lastError().text().toStdString());
        REQUIRE(model.submitAll());
        CHECK(model.rowCount() == 21);
        CHECK(scalar(db, QStringLiteral("SELECT id FROM people WHERE name = 'new person'")).toInt() == 21);
        CHECK(scalar(db, QStringLiteral("SELECT score IS NULL FROM people WHERE id = 21")).toInt() == 1);
    }
    SECTION("a row missing a required value is refused and nothing is written")
    {
        const int row = model.rowCount();
        REQUIRE(model.insertRow(row));
        REQUIRE(model.setData(model.index(row, scoreColumn), 1.0));
        CHECK_FALSE(model.submitAll());
        CHECK(model.lastError().nativeErrorCode() == QStringLiteral("1299"));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt() == 20);
        model.revertAll();
    }
    SECTION("removeRow then submitAll deletes the row")
    {
        REQUIRE(model.removeRow(0));
        REQUIRE(model.submitAll());
        CHECK(model.rowCount() == 19);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM people WHERE id = 1")).toInt() == 0);
        CHECK(model.data(model.index(0, 0)).toInt() == 2);
    }
    SECTION("setFilter and setSort select the matching rows in order")
    {
        model.setFilter(QStringLiteral("score >= 5"));
        model.setSort(nameColumn, Qt::DescendingOrder);
        REQUIRE(model.select());
        REQUIRE(model.rowCount() == 11);
        CHECK(model.data(model.index(0, nameColumn)).toString() == QStringLiteral("person 0020"));
        CHECK(model.data(model.index(10, nameColumn)).toString() == QStringLiteral("person 0010"));
    }
    CHECK(busyStatements(db) == 0);
    for (const QString& message : messages.messages())
        UNSCOPED_INFO(message.toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("QSqlTableModel edits a table it has only partly fetched", "[driver][model]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("partial.db")));
    createPeople(db, 1000);

    ModelTestMessages messages;
    QSqlTableModel model(nullptr, db);
    auto tester = testModel(&model);
    model.setTable(QStringLiteral("people"));
    model.setSort(0, Qt::AscendingOrder);

    SECTION("manual submit")
    {
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        REQUIRE(model.select());
        REQUIRE(model.rowCount() < 1000);
        CHECK(busyStatements(db) == 1); // the model's query is still stepping
        REQUIRE(model.setData(model.index(0, 1), QStringLiteral("first")));
        INFO(model.lastError().text().toStdString());
        REQUIRE(model.submitAll());
    }
    SECTION("field change")
    {
        model.setEditStrategy(QSqlTableModel::OnFieldChange);
        REQUIRE(model.select());
        REQUIRE(model.rowCount() < 1000);
        INFO(model.lastError().text().toStdString());
        REQUIRE(model.setData(model.index(0, 1), QStringLiteral("first")));
    }
    CHECK(scalar(db, QStringLiteral("SELECT name FROM people WHERE id = 1")).toString() == QStringLiteral("first"));
    while (model.canFetchMore())
        model.fetchMore();
    CHECK(model.rowCount() == 1000);
    CHECK(model.data(model.index(0, 1)).toString() == QStringLiteral("first"));
    CHECK(model.data(model.index(999, 1)).toString() == QStringLiteral("person 1000"));
    CHECK(busyStatements(db) == 0);
    for (const QString& message : messages.messages())
        UNSCOPED_INFO(message.toStdString());
    CHECK(messages.messages().isEmpty());
}

TEST_CASE("QSqlTableModel finds rows again after an immediate edit when keys are blobs or date-times",
          "[driver][model]")
{
    // With OnFieldChange/OnRowChange, QSqlTableModel::selectRow() re-reads the row with a WHERE built from
    // formatted literals, not bound values; those literals must match what binding stored.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = openConnection(name.name(), dir.filePath(QStringLiteral("keys.db")));
    exec(db, QStringLiteral("CREATE TABLE files(hash BLOB PRIMARY KEY, name TEXT)"));
    exec(db, QStringLiteral("CREATE TABLE visits(at TEXT, flagged INTEGER, note TEXT)")); // no key at all
    const QByteArray hash("\x00\x10\xff'", 4);
    const QDateTime at(QDate(2024, 5, 1), QTime(9, 30, 15, 250), Qt::UTC);
    {
        QSqlQuery insert(db);
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO files VALUES (?, 'old')")));
        insert.addBindValue(hash);
        REQUIRE(insert.exec());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO visits VALUES (?, ?, 'old')")));
        insert.addBindValue(at);
        insert.addBindValue(true);
        REQUIRE(insert.exec());
    }

    const QSqlDriver* driver = db.driver();
    QSqlField blobField(QStringLiteral("hash"), QMetaType::fromType<QByteArray>());
    blobField.setValue(hash);
    CHECK(driver->formatValue(blobField) == QStringLiteral("X'0010ff27'"));
    QSqlField timeField(QStringLiteral("at"), QMetaType::fromType<QDateTime>());
    timeField.setValue(at);
    CHECK(driver->formatValue(timeField) == QStringLiteral("'2024-05-01T09:30:15.250Z'"));
    QSqlField textField(QStringLiteral("note"), QMetaType::fromType<QString>());
    textField.setValue(QStringLiteral("O'Brien"));
    CHECK(driver->formatValue(textField) == QStringLiteral("'O''Brien'"));
    textField.setValue(QString());
    CHECK(driver->formatValue(textField) == QStringLiteral("NULL"));

    ModelTestMessages messages;
    for (const QString& table : { QStringLiteral("files"), QStringLiteral("visits") }) {
        QSqlTableModel model(nullptr, db);
        auto tester = testModel(&model);
        model.setTable(table);
        model.setEditStrategy(QSqlTableModel::OnFieldChange);
        REQUIRE(model.select());
        REQUIRE(model.rowCount() == 1);
        if (table == QStringLiteral("visits")) // stored as UTC text, so a WHERE on it compares text
            CHECK(model.record(0).value(0).toString() == QStringLiteral("2024-05-01T09:30:15.250Z"));
        const int column
            = model.fieldIndex(table == QStringLiteral("files") ? QStringLiteral("name") : QStringLiteral("note"));
        INFO(table.toStdString() << ": " << model.lastError().text().toStdString());
        REQUIRE(model.setData(model.index(0, column), QStringLiteral("new")));
        CHECK(model.data(model.index(0, column)).toString() == QStringLiteral("new"));
        CHECK(model.data(model.index(0, 0)).isValid()); // the row was found again, not shown empty
        CHECK(
            scalar(
                db,
                QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = 'new'").arg(table, model.record().fieldName(column)))
                .toInt()
            == 1);
    }
    CHECK(messages.messages().isEmpty());
}
