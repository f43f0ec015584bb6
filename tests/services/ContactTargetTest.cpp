#include "core/domain/ContactTarget.h"

#include "CatchCompat.h"
#include "FakeClock.h"

#include <QStringList>

using namespace peerdesk;
using peerdesk::test::FakeClock;

namespace Catch {
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& date) { return date.toString(Qt::ISODate).toStdString(); }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& moment) { return moment.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QTimeZone zone(const char* id)
{
    QTimeZone result(id);
    REQUIRE(result.isValid());
    return result;
}

// "2026-01-01 2026-02-16 ..." so a failed comparison prints readably.
QString closedDates(const HolidayCalendar& calendar, int year)
{
    QStringList dates;
    for (const Holiday& holiday : calendar.holidays(year))
        dates.append(holiday.date.toString(Qt::ISODate));
    return dates.join(u' ');
}

std::optional<Holiday> find(const HolidayCalendar& calendar, int year, HolidayId id)
{
    for (const Holiday& holiday : calendar.holidays(year)) {
        if (holiday.id == id)
            return holiday;
    }
    return std::nullopt;
}

ContactTarget makeTarget(Jurisdiction jurisdiction, const char* zoneId, int businessDays = 2)
{
    auto target = ContactTarget::create(HolidayCalendar(jurisdiction), businessDays, zone(zoneId));
    REQUIRE(target);
    return *target;
}

ContactAssessment assessAt(const ContactTarget& target, const QDateTime& received, const QDateTime& now)
{
    FakeClock clock(now);
    auto assessment = target.assess(received, clock);
    REQUIRE(assessment);
    return *assessment;
}

} // namespace

TEST_CASE("Easter follows the anonymous Gregorian algorithm", "[calendar]")
{
    CHECK(easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(easterSunday(2019) == QDate(2019, 4, 21));
    CHECK(easterSunday(2038) == QDate(2038, 4, 25)); // the latest possible date
    CHECK(easterSunday(2285) == QDate(2285, 3, 22)); // the earliest possible date
    CHECK_FALSE(easterSunday(1500).isValid());
}

TEST_CASE("Each jurisdiction's 2026 holidays are computed by rule", "[calendar]")
{
    // 2026: Boxing Day is a Saturday, observed on Monday 28 December where it is a holiday.
    CHECK(closedDates(HolidayCalendar(Jurisdiction::Federal), 2026)
          == QStringLiteral("2026-01-01 2026-04-03 2026-04-06 2026-05-18 2026-07-01 2026-09-07 2026-09-30 "
                            "2026-10-12 2026-11-11 2026-12-25 2026-12-28"));
    CHECK(closedDates(HolidayCalendar(Jurisdiction::ON), 2026)
          == QStringLiteral("2026-01-01 2026-02-16 2026-04-03 2026-05-18 2026-07-01 2026-09-07 2026-10-12 "
                            "2026-12-25 2026-12-28"));
    CHECK(closedDates(HolidayCalendar(Jurisdiction::QC), 2026)
          == QStringLiteral("2026-01-01 2026-04-03 2026-04-06 2026-05-18 2026-06-24 2026-07-01 2026-09-07 "
                            "2026-10-12 2026-12-25"));
    CHECK(closedDates(HolidayCalendar(Jurisdiction::BC), 2026)
          == QStringLiteral("2026-01-01 2026-02-16 2026-04-03 2026-05-18 2026-07-01 2026-08-03 2026-09-07 "
                            "2026-09-30 2026-10-12 2026-11-11 2026-12-25"));
    CHECK(closedDates(HolidayCalendar(Jurisdiction::AB), 2026)
          == QStringLiteral("2026-01-01 2026-02-16 2026-04-03 2026-05-18 2026-07-01 2026-09-07 2026-10-12 "
                            "2026-11-11 2026-12-25"));

    const HolidayCalendar federal;
    CHECK(find(federal, 2026, HolidayId::VictoriaDay)->date == QDate(2026, 5, 18));
    CHECK(find(federal, 2026, HolidayId::Thanksgiving)->date == QDate(2026, 10, 12));
    CHECK(find(HolidayCalendar(Jurisdiction::QC), 2026, HolidayId::NationalPatriotsDay)->date == QDate(2026, 5, 18));
    CHECK(find(HolidayCalendar(Jurisdiction::MB), 2026, HolidayId::LouisRielDay)->date == QDate(2026, 2, 16));
    CHECK(find(HolidayCalendar(Jurisdiction::SK), 2026, HolidayId::SaskatchewanDay)->date == QDate(2026, 8, 3));
    CHECK(find(HolidayCalendar(Jurisdiction::YT), 2026, HolidayId::DiscoveryDay)->date == QDate(2026, 8, 17));
}

TEST_CASE("Weekend holidays are observed on the next free weekday", "[calendar]")
{
    const HolidayCalendar federal;

    SECTION("Canada Day 2029 is a Sunday: observed Monday 2 July")
    {
        const auto canadaDay = find(federal, 2029, HolidayId::CanadaDay);
        REQUIRE(canadaDay);
        CHECK(canadaDay->actualDate == QDate(2029, 7, 1));
        CHECK(canadaDay->date == QDate(2029, 7, 2));
        CHECK(canadaDay->observed());
        CHECK(canadaDay->displayName() == QStringLiteral("Canada Day (observed)"));
        CHECK_FALSE(federal.isBusinessDay(QDate(2029, 7, 2)));
        CHECK(federal.isBusinessDay(QDate(2029, 7, 3)));
    }
    SECTION("Christmas 2027 is a Saturday and Boxing Day a Sunday: Monday and Tuesday are closed")
    {
        CHECK(find(federal, 2027, HolidayId::ChristmasDay)->date == QDate(2027, 12, 27));
        CHECK(find(federal, 2027, HolidayId::BoxingDay)->date == QDate(2027, 12, 28));
        CHECK(federal.isBusinessDay(QDate(2027, 12, 29)));
        // Quebec has no Boxing Day, so only Monday moves.
        const HolidayCalendar quebec(Jurisdiction::QC);
        CHECK(find(quebec, 2027, HolidayId::ChristmasDay)->date == QDate(2027, 12, 27));
        CHECK(quebec.isBusinessDay(QDate(2027, 12, 28)));
        // New Year's Day 2028 is a Saturday.
        CHECK(find(federal, 2028, HolidayId::NewYearsDay)->date == QDate(2028, 1, 3));
    }
    SECTION("Christmas 2022 is a Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday")
    {
        CHECK(find(federal, 2022, HolidayId::BoxingDay)->date == QDate(2022, 12, 26));
        CHECK(find(federal, 2022, HolidayId::ChristmasDay)->date == QDate(2022, 12, 27));
        CHECK(find(HolidayCalendar(Jurisdiction::QC), 2022, HolidayId::ChristmasDay)->date == QDate(2022, 12, 26));
    }
    SECTION("the Fête nationale 2029 is a Sunday: observed Monday 25 June in Quebec")
    {
        CHECK(find(HolidayCalendar(Jurisdiction::QC), 2029, HolidayId::FeteNationale)->date == QDate(2029, 6, 25));
    }
    SECTION("holidays on a weekday are not moved")
    {
        const auto christmas = find(federal, 2026, HolidayId::ChristmasDay);
        CHECK_FALSE(christmas->observed());
        CHECK(christmas->displayName() == QStringLiteral("Christmas Day"));
    }
}

TEST_CASE("Provincial sets differ and holidays start in their first year", "[calendar]")
{
    const HolidayCalendar ontario(Jurisdiction::ON);
    const HolidayCalendar quebec(Jurisdiction::QC);
    const QDate familyDay2026(2026, 2, 16);
    const QDate stJean2026(2026, 6, 24);

    CHECK(ontario.isHoliday(familyDay2026));
    CHECK_FALSE(quebec.isHoliday(familyDay2026));
    CHECK(quebec.isHoliday(stJean2026));
    CHECK_FALSE(ontario.isHoliday(stJean2026));
    CHECK_FALSE(HolidayCalendar().isHoliday(stJean2026));
    CHECK_FALSE(ontario.isHoliday(QDate(2026, 4, 6))); // Easter Monday is not an Ontario public holiday

    // Truth and Reconciliation: federal from 2021 (2023 fell on a Saturday: observed Monday 2 October).
    const HolidayCalendar federal;
    CHECK_FALSE(find(federal, 2020, HolidayId::TruthAndReconciliationDay));
    CHECK(find(federal, 2021, HolidayId::TruthAndReconciliationDay)->date == QDate(2021, 9, 30));
    CHECK(find(federal, 2023, HolidayId::TruthAndReconciliationDay)->date == QDate(2023, 10, 2));
    CHECK_FALSE(federal.isBusinessDay(QDate(2023, 10, 2)));
    CHECK_FALSE(find(HolidayCalendar(Jurisdiction::BC), 2022, HolidayId::TruthAndReconciliationDay));
    CHECK(find(HolidayCalendar(Jurisdiction::BC), 2023, HolidayId::TruthAndReconciliationDay));
    CHECK_FALSE(find(ontario, 2026, HolidayId::TruthAndReconciliationDay));

    // BC's Family Day moved from the second to the third Monday of February in 2019.
    const HolidayCalendar bc(Jurisdiction::BC);
    CHECK(find(bc, 2018, HolidayId::FamilyDay)->date == QDate(2018, 2, 12));
    CHECK(find(bc, 2019, HolidayId::FamilyDay)->date == QDate(2019, 2, 18));
    CHECK_FALSE(find(bc, 2012, HolidayId::FamilyDay));
    CHECK_FALSE(find(ontario, 2007, HolidayId::FamilyDay));
}

TEST_CASE("Holiday keys and jurisdiction codes are stable and round-trip", "[calendar]")
{
    CHECK(holidayKey(HolidayId::ChristmasDay) == QStringLiteral("christmas_day"));
    CHECK(holidayFromKey(QStringLiteral("fete_nationale")) == HolidayId::FeteNationale);
    CHECK_FALSE(holidayFromKey(QStringLiteral("festivus")));
    for (Jurisdiction jurisdiction : allJurisdictions()) {
        CHECK(jurisdictionFromCode(jurisdictionCode(jurisdiction)) == jurisdiction);
        CHECK_FALSE(jurisdictionDisplayName(jurisdiction).isEmpty());
        for (const Holiday& holiday : HolidayCalendar(jurisdiction).holidays(2026)) {
            CHECK(holidayFromKey(holidayKey(holiday.id)) == holiday.id);
            CHECK_FALSE(holiday.displayName().isEmpty());
            CHECK(holiday.date.dayOfWeek() <= Qt::Friday);
        }
    }
    CHECK(jurisdictionCode(Jurisdiction::Federal) == QStringLiteral("CA"));
    CHECK_FALSE(jurisdictionFromCode(QStringLiteral("XX")));
}

TEST_CASE("Business days skip weekends, holidays and configured closures", "[calendar]")
{
    const HolidayCalendar federal;

    SECTION("across a weekend")
    {
        const QDate friday(2026, 3, 6);
        CHECK(federal.addBusinessDays(friday, 1) == QDate(2026, 3, 9));
        CHECK(federal.addBusinessDays(friday, 2) == QDate(2026, 3, 10));
        CHECK(federal.addBusinessDays(QDate(2026, 3, 7), 2) == QDate(2026, 3, 10)); // from Saturday
        CHECK(federal.addBusinessDays(friday, 0) == friday);
        CHECK(federal.addBusinessDays(QDate(2026, 3, 9), -1) == friday);
        CHECK(federal.businessDaysBetween(friday, QDate(2026, 3, 10)) == 2);
        CHECK(federal.businessDaysBetween(QDate(2026, 3, 10), friday) == -2);
        CHECK(federal.businessDaysBetween(friday, QDate(2026, 3, 8)) == 0);
        CHECK(federal.isBusinessDay(friday));
        CHECK_FALSE(federal.isBusinessDay(QDate(2026, 3, 7)));
    }
    SECTION("across Christmas, Boxing Day (observed) and New Year's Day")
    {
        const QDate christmasEve(2026, 12, 24);
        CHECK(federal.addBusinessDays(christmasEve, 1) == QDate(2026, 12, 29));
        CHECK(federal.addBusinessDays(christmasEve, 2) == QDate(2026, 12, 30));
        CHECK(federal.addBusinessDays(QDate(2026, 12, 30), 2) == QDate(2027, 1, 4));
        CHECK(federal.businessDaysBetween(christmasEve, QDate(2027, 1, 4)) == 4);
        // Quebec works on 28 December.
        CHECK(HolidayCalendar(Jurisdiction::QC).addBusinessDays(christmasEve, 2) == QDate(2026, 12, 29));
    }
    SECTION("across a configured closure date")
    {
        HolidayCalendar calendar(Jurisdiction::ON);
        calendar.addClosure(QDate(2026, 3, 9));
        CHECK(calendar.isHoliday(QDate(2026, 3, 9)));
        CHECK(calendar.addBusinessDays(QDate(2026, 3, 6), 2) == QDate(2026, 3, 11));
        CHECK(calendar.businessDaysBetween(QDate(2026, 3, 6), QDate(2026, 3, 11)) == 2);
        calendar.removeClosure(QDate(2026, 3, 9));
        CHECK(calendar.addBusinessDays(QDate(2026, 3, 6), 2) == QDate(2026, 3, 10));
    }
    SECTION("across Easter")
    {
        CHECK(federal.addBusinessDays(QDate(2026, 4, 2), 1) == QDate(2026, 4, 7));
        CHECK(HolidayCalendar(Jurisdiction::ON).addBusinessDays(QDate(2026, 4, 2), 1) == QDate(2026, 4, 6));
    }
}

TEST_CASE("A contact target outside 1 to 10 business days or without a valid zone is refused", "[calendar]")
{
    for (int days : { -1, 0, 11 }) {
        auto target = ContactTarget::create(HolidayCalendar(), days, zone("America/Toronto"));
        REQUIRE_FALSE(target);
        CHECK(target.error().code == ErrorCode::InvalidInput);
    }
    CHECK(ContactTarget::create(HolidayCalendar(), 1, zone("America/Toronto")));
    CHECK(ContactTarget::create(HolidayCalendar(), 10, zone("America/Toronto")));
    auto noZone = ContactTarget::create(HolidayCalendar(), 2, QTimeZone());
    REQUIRE_FALSE(noZone);
    CHECK(noZone.error().code == ErrorCode::InvalidInput);
    CHECK(ContactTarget::create(HolidayCalendar())->businessDays() == ContactTarget::DefaultBusinessDays);

    const ContactTarget target = makeTarget(Jurisdiction::ON, "America/Toronto");
    FakeClock clock;
    auto invalid = target.assess(QDateTime(), clock);
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().code == ErrorCode::InvalidInput);
    auto beforeReceipt = target.assess(utc(2026, 3, 6, 20, 0), clock, utc(2026, 3, 6, 19, 0));
    REQUIRE_FALSE(beforeReceipt);
    CHECK(beforeReceipt.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("The due date counts business days after the local receipt day", "[calendar]")
{
    const ContactTarget toronto = makeTarget(Jurisdiction::ON, "America/Toronto");

    // Thursday 21:00 EST is Friday 02:00 UTC: the program's day, Thursday, decides.
    CHECK(toronto.localDate(utc(2026, 3, 6, 2, 0)) == QDate(2026, 3, 5));
    CHECK(toronto.dueDate(utc(2026, 3, 6, 2, 0)) == QDate(2026, 3, 9));
    // Friday evening, Saturday and Sunday are all due by the end of Tuesday.
    CHECK(toronto.dueDate(utc(2026, 3, 6, 23, 0)) == QDate(2026, 3, 10));
    CHECK(toronto.dueDate(utc(2026, 3, 7, 15, 0)) == QDate(2026, 3, 10));
    CHECK(toronto.dueDate(utc(2026, 3, 8, 20, 0)) == QDate(2026, 3, 10));
    // Received on Good Friday (10:00 EDT): Ontario works on Easter Monday, federal programs do not.
    CHECK(toronto.dueDate(utc(2026, 4, 3, 14, 0)) == QDate(2026, 4, 7));
    CHECK(makeTarget(Jurisdiction::Federal, "America/Toronto").dueDate(utc(2026, 4, 3, 14, 0)) == QDate(2026, 4, 8));
    // A longer target.
    CHECK(makeTarget(Jurisdiction::ON, "America/Toronto", 5).dueDate(utc(2026, 3, 6, 23, 0)) == QDate(2026, 3, 13));
}

TEST_CASE("Due today turns overdue at local midnight across the spring-forward change", "[calendar]")
{
    const ContactTarget toronto = makeTarget(Jurisdiction::ON, "America/Toronto");
    // Saturday 7 March 2026, 23:30 EST; clocks spring forward at 02:00 on Sunday.
    const QDateTime received = utc(2026, 3, 8, 4, 30);
    CHECK(toronto.localDate(received) == QDate(2026, 3, 7));
    CHECK(toronto.deadlineUtc(received) == utc(2026, 3, 11, 4, 0)); // Wednesday 00:00 EDT

    auto at = [&](const QDateTime& now) { return assessAt(toronto, received, now); };
    auto sunday = at(utc(2026, 3, 8, 6, 59)); // Sunday 01:59 EST
    CHECK(sunday.status == ContactStatus::OnTrack);
    CHECK(sunday.businessDaysLeft == 2);
    CHECK(sunday.dueDate == QDate(2026, 3, 10));

    auto mondayNight = at(utc(2026, 3, 10, 3, 59)); // Monday 23:59 EDT
    CHECK(mondayNight.status == ContactStatus::OnTrack);
    CHECK(mondayNight.businessDaysLeft == 1);
    CHECK(at(utc(2026, 3, 10, 4, 0)).status == ContactStatus::DueToday); // Tuesday 00:00 EDT (23:00 EST)
    CHECK(at(utc(2026, 3, 11, 3, 59, 59)).status == ContactStatus::DueToday);

    auto overdue = at(utc(2026, 3, 11, 4, 0)); // Wednesday 00:00 EDT
    CHECK(overdue.status == ContactStatus::Overdue);
    CHECK(overdue.businessDaysOverdue == 1);
    CHECK(at(utc(2026, 3, 13, 12, 0)).businessDaysOverdue == 3);

    // The same, stepping one FakeClock over midnight.
    FakeClock clock(utc(2026, 3, 11, 3, 59));
    CHECK(toronto.assess(received, clock)->status == ContactStatus::DueToday);
    clock.advanceSeconds(60);
    CHECK(toronto.assess(received, clock)->status == ContactStatus::Overdue);
}

TEST_CASE("Overdue is counted in business days, and a weekend after the due date adds none", "[calendar]")
{
    const ContactTarget toronto = makeTarget(Jurisdiction::ON, "America/Toronto");
    const QDateTime received = utc(2026, 3, 4, 17, 0); // Wednesday 12:00 EST, due Friday
    auto saturday = assessAt(toronto, received, utc(2026, 3, 7, 17, 0));
    CHECK(saturday.dueDate == QDate(2026, 3, 6));
    CHECK(saturday.status == ContactStatus::Overdue);
    CHECK(saturday.businessDaysOverdue == 0);
    CHECK(assessAt(toronto, received, utc(2026, 3, 9, 17, 0)).businessDaysOverdue == 1);
}

TEST_CASE("The fall-back change in Vancouver keeps the local day right", "[calendar]")
{
    const ContactTarget vancouver = makeTarget(Jurisdiction::BC, "America/Vancouver");
    // Saturday 31 October 2026, 23:30 PDT; clocks fall back at 02:00 on Sunday.
    const QDateTime received = utc(2026, 11, 1, 6, 30);
    CHECK(vancouver.localDate(received) == QDate(2026, 10, 31));
    CHECK(vancouver.dueDate(received) == QDate(2026, 11, 3));
    CHECK(vancouver.deadlineUtc(received) == utc(2026, 11, 4, 8, 0)); // Wednesday 00:00 PST

    // Sunday's repeated hour (01:30 PDT, then 01:30 PST) is still Sunday.
    CHECK(assessAt(vancouver, received, utc(2026, 11, 1, 8, 30)).status == ContactStatus::OnTrack);
    CHECK(assessAt(vancouver, received, utc(2026, 11, 1, 9, 30)).businessDaysLeft == 2);
    CHECK(assessAt(vancouver, received, utc(2026, 11, 4, 7, 59)).status == ContactStatus::DueToday);
    CHECK(assessAt(vancouver, received, utc(2026, 11, 4, 8, 0)).status == ContactStatus::Overdue);
}

TEST_CASE("Halifax, St. John's (half-hour offset) and Regina (no DST) use their own local day", "[calendar]")
{
    SECTION("Halifax: Friday 22:30 AST is Saturday in UTC")
    {
        const ContactTarget halifax = makeTarget(Jurisdiction::NS, "America/Halifax");
        const QDateTime received = utc(2026, 3, 7, 2, 30);
        CHECK(halifax.localDate(received) == QDate(2026, 3, 6));
        CHECK(halifax.dueDate(received) == QDate(2026, 3, 10));
        CHECK(halifax.deadlineUtc(received) == utc(2026, 3, 11, 3, 0)); // Wednesday 00:00 ADT
    }
    SECTION("St. John's: the day changes at 03:30 UTC in winter, the deadline at 02:30 UTC in summer time")
    {
        const ContactTarget stJohns = makeTarget(Jurisdiction::NL, "America/St_Johns");
        CHECK(stJohns.localDate(utc(2026, 3, 6, 3, 29)) == QDate(2026, 3, 5)); // Thursday 23:59 NST
        CHECK(stJohns.dueDate(utc(2026, 3, 6, 3, 29)) == QDate(2026, 3, 9));
        const QDateTime received = utc(2026, 3, 6, 3, 30); // Friday 00:00 NST
        CHECK(stJohns.localDate(received) == QDate(2026, 3, 6));
        CHECK(stJohns.dueDate(received) == QDate(2026, 3, 10));
        CHECK(stJohns.deadlineUtc(received) == utc(2026, 3, 11, 2, 30)); // Wednesday 00:00 NDT
        CHECK(assessAt(stJohns, received, utc(2026, 3, 11, 2, 29)).status == ContactStatus::DueToday);
        CHECK(assessAt(stJohns, received, utc(2026, 3, 11, 2, 30)).status == ContactStatus::Overdue);
    }
    SECTION("Regina: Saturday 23:30 CST, and the deadline stays at 06:00 UTC through the DST weekend")
    {
        const ContactTarget regina = makeTarget(Jurisdiction::SK, "America/Regina");
        const QDateTime received = utc(2026, 3, 8, 5, 30);
        CHECK(regina.localDate(received) == QDate(2026, 3, 7));
        CHECK(regina.deadlineUtc(received) == utc(2026, 3, 11, 6, 0));
        CHECK(assessAt(regina, received, utc(2026, 3, 11, 5, 59)).status == ContactStatus::DueToday);
        CHECK(assessAt(regina, received, utc(2026, 3, 11, 6, 0)).status == ContactStatus::Overdue);
        // Friday 31 July 18:00 CST, before Saskatchewan Day (Monday 3 August).
        const QDateTime summer = utc(2026, 8, 1, 0, 0);
        CHECK(regina.dueDate(summer) == QDate(2026, 8, 5));
        CHECK(regina.deadlineUtc(summer) == utc(2026, 8, 6, 6, 0));
    }
}

TEST_CASE("Recorded first contact meets or misses the target, in business days for the statistics", "[calendar]")
{
    const ContactTarget toronto = makeTarget(Jurisdiction::ON, "America/Toronto");
    const QDateTime received = utc(2026, 3, 6, 20, 0); // Friday 15:00 EST, due Tuesday
    FakeClock clock(utc(2026, 4, 1, 12, 0)); // long after: the recorded contact decides, not the clock

    auto sameDay = toronto.assess(received, clock, utc(2026, 3, 6, 21, 0));
    REQUIRE(sameDay);
    CHECK(sameDay->status == ContactStatus::MetTarget);
    CHECK(sameDay->businessDaysTaken == 0);
    CHECK(contactTimeBin(sameDay->businessDaysTaken) == ContactTimeBin::UpToOneBusinessDay);

    auto saturday = toronto.assess(received, clock, utc(2026, 3, 7, 15, 0));
    CHECK(saturday->businessDaysTaken == 0);

    auto lastMinute = toronto.assess(received, clock, utc(2026, 3, 11, 3, 59)); // Tuesday 23:59 EDT
    CHECK(lastMinute->status == ContactStatus::MetTarget);
    CHECK(lastMinute->businessDaysTaken == 2);
    CHECK(contactTimeBin(lastMinute->businessDaysTaken) == ContactTimeBin::TwoBusinessDays);

    auto late = toronto.assess(received, clock, utc(2026, 3, 11, 4, 0)); // Wednesday 00:00 EDT
    CHECK(late->status == ContactStatus::MissedTarget);
    CHECK(late->businessDaysTaken == 3);
    CHECK(contactTimeBin(late->businessDaysTaken) == ContactTimeBin::ThreeBusinessDays);

    auto veryLate = toronto.assess(received, clock, utc(2026, 3, 16, 14, 0));
    CHECK(veryLate->businessDaysTaken == 6);
    CHECK(contactTimeBin(veryLate->businessDaysTaken) == ContactTimeBin::MoreThanThreeBusinessDays);
    CHECK(contactTimeBin(1) == ContactTimeBin::UpToOneBusinessDay);
}
