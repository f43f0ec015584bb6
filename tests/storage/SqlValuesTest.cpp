#include "core/storage/SqlValues.h"

#include "CatchCompat.h"

#include <QTimeZone>

using namespace peerdesk;

TEST_CASE("Moments read back exactly as they were stored, in UTC", "[storage][values]")
{
    const QList<QDateTime> moments{
        QDateTime(QDate(2026, 11, 21), QTime(9, 5, 7, 123), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 0), Qt::UTC),
        // Stored in UTC whatever zone it was given in.
        QDateTime(QDate(2026, 7, 1), QTime(12, 30), QTimeZone("America/Toronto")),
    };
    for (const QDateTime& at : moments) {
        const QVariant stored = sql_values::moment(at);
        const QDateTime read = sql_values::momentFrom(stored);
        INFO(stored.toString().toStdString());
        CHECK(read == at);
        CHECK(read.timeSpec() == Qt::UTC);
    }
    CHECK_FALSE(sql_values::momentFrom(sql_values::moment(QDateTime())).isValid());
}

TEST_CASE("Moments written another way are still read, and nonsense is not a moment", "[storage][values]")
{
    // Written by hand or by an older version: an offset instead of Z, no milliseconds.
    CHECK(sql_values::momentFrom(QStringLiteral("2026-03-01T10:00:00+02:00"))
          == QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    CHECK(sql_values::momentFrom(QStringLiteral("2026-03-01T10:00:00Z"))
          == QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    // The stored shape, with impossible values or a stray character, is not read as some other moment.
    CHECK_FALSE(sql_values::momentFrom(QStringLiteral("2026-02-30T10:00:00.000Z")).isValid());
    CHECK_FALSE(sql_values::momentFrom(QStringLiteral("2026-02-10T25:00:00.000Z")).isValid());
    CHECK_FALSE(sql_values::momentFrom(QStringLiteral("2026-02-1xT10:00:00.000Z")).isValid());
    CHECK_FALSE(sql_values::momentFrom(QStringLiteral("20x6-02-10T10:00:00.000Z")).isValid());
    CHECK_FALSE(sql_values::momentFrom(QStringLiteral("not a moment at all, no...")).isValid());
}

TEST_CASE("Days read back as they were stored, and nonsense is not a day", "[storage][values]")
{
    for (const QDate& day : { QDate(2026, 11, 21), QDate(2024, 2, 29), QDate(1999, 1, 1) }) {
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(sql_values::dayFrom(sql_values::day(day)) == day);
    }
    CHECK_FALSE(sql_values::dayFrom(sql_values::day(QDate())).isValid());
    CHECK_FALSE(sql_values::dayFrom(QVariant()).isValid());
    CHECK_FALSE(sql_values::dayFrom(QStringLiteral("2026-02-30")).isValid());
    CHECK_FALSE(sql_values::dayFrom(QStringLiteral("2026-13-01")).isValid());
    CHECK_FALSE(sql_values::dayFrom(QStringLiteral("20x6-02-10")).isValid());
    CHECK_FALSE(sql_values::dayFrom(QStringLiteral("2026-0x-10")).isValid());
    CHECK_FALSE(sql_values::dayFrom(QStringLiteral("yesterday")).isValid());
}
