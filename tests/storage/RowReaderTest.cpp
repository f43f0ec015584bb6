// RowReader: typed reads straight from the statement agree with QSqlQuery::value() and sql_values, on every path.
#include "core/storage/RowReader.h"

#include "CatchCompat.h"
#include "SqlTestConnection.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace peerdesk;
using peerdesk::test::addConnection;
using peerdesk::test::ConnectionName;
using peerdesk::test::exec;

namespace {

struct ReadBack
{
    qint64 id = 0;
    QString label;
    QDate day;
    QDateTime moment;
    bool labelIsNull = false;
};

// Every row of `people`, read through a RowReader; `scrollable` reads the copies the driver keeps instead.
QList<ReadBack> readAll(QSqlDatabase& db, bool scrollable, TextPool* pool = nullptr)
{
    INFO((scrollable ? "scrollable" : "forward-only"));
    QSqlQuery query(db);
    query.setForwardOnly(!scrollable);
    REQUIRE(query.exec(QStringLiteral("SELECT id, label, day, moment FROM people ORDER BY id")));
    const RowReader row(query);
    QList<ReadBack> rows;
    while (query.next()) {
        CHECK(row.readsStatement() == !scrollable);
        ReadBack read{ row.integer(0), pool ? row.text(1, *pool) : row.text(1), row.day(2), row.moment(3) };
        read.labelIsNull = read.label.isNull();
        rows.append(read);
    }
    return rows;
}

} // namespace

TEST_CASE("RowReader reads what QSqlQuery::value() reads, without making QVariants", "[storage][rows]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ConnectionName name;
    QSqlDatabase db = addConnection(name.name(), dir.filePath(QStringLiteral("rows.db")));
    REQUIRE(db.open());
    exec(db, QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, label TEXT, day TEXT, moment TEXT) STRICT"));
    QSqlQuery insert(db);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO people VALUES (?, ?, ?, ?)")));
    const QDateTime at(QDate(2026, 11, 21), QTime(9, 5, 7, 123), Qt::UTC);
    const QList<QVariantList> stored{
        { 1, QStringLiteral("Zoë Ångström"), sql_values::day(QDate(2026, 2, 28)), sql_values::moment(at) },
        { 2, QString(QLatin1String("")), sql_values::day(QDate()), sql_values::moment(QDateTime()) },
        { 3, QVariant(QMetaType(QMetaType::QString)), QStringLiteral("2026-02-30"),
          QStringLiteral("2026-03-01T10:00:00+02:00") },
        { std::numeric_limits<qint64>::max(), QStringLiteral("Zoë Ångström"), QStringLiteral("yesterday"),
          QStringLiteral("20x6-02-10T10:00:00.000Z") },
    };
    for (const QVariantList& values : stored) {
        for (const QVariant& value : values)
            insert.addBindValue(value);
        REQUIRE(insert.exec());
    }

    const QList<ReadBack> expected{
        { 1, QStringLiteral("Zoë Ångström"), QDate(2026, 2, 28), at, false },
        { 2, QString(QLatin1String("")), QDate(), QDateTime(), false },
        { 3, QString(), QDate(), QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC), true },
        { std::numeric_limits<qint64>::max(), QStringLiteral("Zoë Ångström"), QDate(), QDateTime(), false },
    };
    auto check = [&](const QList<ReadBack>& rows) {
        REQUIRE(rows.size() == expected.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            INFO("row " << i);
            CHECK(rows[i].id == expected[i].id);
            CHECK(rows[i].label == expected[i].label);
            CHECK(rows[i].labelIsNull == expected[i].labelIsNull);
            CHECK(rows[i].day == expected[i].day);
            CHECK(rows[i].moment == expected[i].moment);
            if (rows[i].moment.isValid())
                CHECK(rows[i].moment.timeSpec() == Qt::UTC);
        }
    };
    SECTION("straight from the statement")
    {
        check(readAll(db, false));
    }
    SECTION("from the rows a scrollable query keeps")
    {
        check(readAll(db, true));
    }
    SECTION("through a text pool, which shares each repeated text")
    {
        TextPool pool;
        const QList<ReadBack> rows = readAll(db, false, &pool);
        check(rows);
        CHECK(rows[0].label.constData() == rows[3].label.constData());
    }
    SECTION("a row copied at a commit")
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        REQUIRE(query.exec(QStringLiteral("SELECT id, label, day, moment FROM people ORDER BY id")));
        const RowReader row(query);
        REQUIRE(query.next());
        REQUIRE(db.transaction());
        REQUIRE(db.commit());
        CHECK_FALSE(row.readsStatement());
        CHECK(row.integer(0) == 1);
        CHECK(row.text(1) == QStringLiteral("Zoë Ångström"));
        CHECK(row.day(2) == QDate(2026, 2, 28));
        CHECK(row.moment(3) == at);
    }
}

TEST_CASE("Days and moments read from UTF-8 agree with those read from QVariants", "[storage][values]")
{
    const QStringList texts{
        QStringLiteral("2026-11-21"),
        QStringLiteral("2024-02-29"),
        QStringLiteral("2026-02-30"),
        QStringLiteral("20x6-02-10"),
        QStringLiteral("2026-0x-10"),
        QStringLiteral("-001-01-01"),
        QStringLiteral("yesterday"),
        QString(),
        QStringLiteral("2026-11-21T09:05:07.123Z"),
        QStringLiteral("2026-03-01T10:00:00+02:00"),
        QStringLiteral("2026-03-01T10:00:00Z"),
        QStringLiteral("2026-02-10T25:00:00.000Z"),
        QStringLiteral("2026-02-1xT10:00:00.000Z"),
        QStringLiteral("-026-02-10T10:00:00.000Z"),
        QStringLiteral("2026-11-21T09:05:07.123Ä"),
    };
    for (const QString& text : texts) {
        INFO(text.toStdString());
        const QByteArray utf8 = text.toUtf8();
        CHECK(sql_values::dayFromUtf8(utf8) == sql_values::dayFrom(QVariant(text)));
        CHECK(sql_values::momentFromUtf8(utf8) == sql_values::momentFrom(QVariant(text)));
    }
}
