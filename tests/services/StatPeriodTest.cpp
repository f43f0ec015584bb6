#include "CatchCompat.h"
#include "core/domain/Statistics.h"

using namespace peerdesk;

TEST_CASE("Statistics periods are a month, a quarter or a year, and nothing else", "[statistics][period]")
{
    auto march = StatPeriod::parse(QStringLiteral("2026-03"));
    REQUIRE(march);
    CHECK(march->type == StatPeriod::Type::Month);
    CHECK(march->firstDay() == QDate(2026, 3, 1));
    CHECK(march->lastDay() == QDate(2026, 3, 31));
    CHECK(march->key() == QLatin1String("2026-03"));
    CHECK(march->months() == QStringList{ QStringLiteral("2026-03") });

    auto quarter = StatPeriod::parse(QStringLiteral("2026-Q4"));
    REQUIRE(quarter);
    CHECK(quarter->firstDay() == QDate(2026, 10, 1));
    CHECK(quarter->lastDay() == QDate(2026, 12, 31));
    CHECK(quarter->months().size() == 3);
    CHECK(quarter->key() == QLatin1String("2026-Q4"));

    auto year = StatPeriod::parse(QStringLiteral("2025"));
    REQUIRE(year);
    CHECK(year->lastDay() == QDate(2025, 12, 31));
    CHECK(year->months().size() == 12);

    for (const char* bad : { "2026-13", "2026-00", "2026-Q5", "26-03", "2026-3", "2026-03-01", "march", "" })
        CHECK_FALSE(StatPeriod::parse(QString::fromLatin1(bad)));
}
