#include "core/domain/ClockTime.h"

#include "CatchCompat.h"
#include "core/domain/DateText.h"

#include <QLocale>

using namespace peerdesk;

TEST_CASE("Times are read as people type them, and never guessed", "[clock-time]")
{
    const std::pair<const char*, QTime> readable[] = {
        { "18:00", QTime(18, 0) },      { "6:00 PM", QTime(18, 0) },  { "6:00 pm", QTime(18, 0) },
        { "6 PM", QTime(18, 0) },       { "6pm", QTime(18, 0) },      { "6p", QTime(18, 0) },
        { "6:30 p.m.", QTime(18, 30) }, { "6.30pm", QTime(18, 30) },  { "18h00", QTime(18, 0) },
        { "18 h 00", QTime(18, 0) },    { "18 h", QTime(18, 0) },     { "18h", QTime(18, 0) },
        { "12 AM", QTime(0, 0) },       { "12:15 am", QTime(0, 15) }, { "12 PM", QTime(12, 0) },
        { "0:00", QTime(0, 0) },        { "00", QTime(0, 0) },        { "23:45", QTime(23, 45) },
        { " 9:05 AM ", QTime(9, 5) },   { "6:00", QTime(6, 0) },      { "13", QTime(13, 0) },
    };
    for (const auto& [text, expected] : readable) {
        INFO(text);
        const auto parsed = ClockTime::parse(QString::fromUtf8(text));
        REQUIRE(parsed);
        CHECK(*parsed == expected);
    }
    // The locale's own spaces: a no-break space (U+00A0) and a narrow one (U+202F) before PM.
    CHECK(*ClockTime::parse(QStringLiteral("6:00\u00a0PM")) == QTime(18, 0));
    CHECK(*ClockTime::parse(QStringLiteral("6:00\u202fPM")) == QTime(18, 0));
    CHECK(*ClockTime::parse(QStringLiteral("18\u00a0h\u00a000")) == QTime(18, 0));

    for (const char* text : { "", "6", "12", "noon", "25:00", "13 PM", "0 AM", "6:75", "6:", "6:0", "6 o'clock",
                              "18:00:00", "6 PM tomorrow" }) {
        INFO(text);
        QString problem;
        CHECK_FALSE(ClockTime::parse(QString::fromUtf8(text), &problem));
        CHECK_FALSE(problem.isEmpty());
    }
    QString problem;
    CHECK_FALSE(ClockTime::parse(QStringLiteral("6"), &problem));
    CHECK(problem.contains(QStringLiteral("6 PM")));
    CHECK(problem.contains(QStringLiteral("18:00")));
}

TEST_CASE("Dates are written with the month in words, in English and in French", "[clock-time]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    CHECK(date_text::day(QDate(2026, 11, 10)) == QLatin1String("10 Nov 2026"));
    CHECK(
        date_text::moment(QDateTime(QDate(2026, 11, 10), QTime(18, 0, 42))).startsWith(QLatin1String("10 Nov 2026, ")));
    CHECK_FALSE(date_text::time(QTime(18, 0, 42)).contains(QLatin1String("42")));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    CHECK(date_text::day(QDate(2026, 11, 10)).startsWith(QLatin1String("10 nov")));
    CHECK(date_text::day(QDate()).isEmpty());
    CHECK(date_text::moment(QDateTime()).isEmpty());
    QLocale::setDefault(previous);
}
