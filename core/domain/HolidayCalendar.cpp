#include "core/domain/HolidayCalendar.h"

#include "core/domain/EnumKeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Holidays)
};

constexpr int NoEnd = 9999;

// A holiday a jurisdiction observes, from its first year by statute to its last (if ever repealed).
struct Rule
{
    HolidayId id;
    int since = 1583;
    int until = NoEnd;
};

// The sets per jurisdiction. Each line's source is in docs/contact-targets.md; keep the two in step.
const QList<Rule>& rulesFor(Jurisdiction jurisdiction)
{
    using enum HolidayId;
    // Canada Labour Code s. 166 "general holiday"; Truth and Reconciliation added by Bill C-5 (2021).
    static const QList<Rule> federal{ { NewYearsDay },
                                      { GoodFriday },
                                      { EasterMonday },
                                      { VictoriaDay },
                                      { CanadaDay },
                                      { LabourDay },
                                      { TruthAndReconciliationDay, 2021 },
                                      { Thanksgiving },
                                      { RemembranceDay },
                                      { ChristmasDay },
                                      { BoxingDay } };
    // Alberta Employment Standards Code, general holidays; Family Day since 1990.
    static const QList<Rule> ab{ { NewYearsDay },  { FamilyDay, 1990 }, { GoodFriday },
                                 { VictoriaDay },  { CanadaDay },       { LabourDay },
                                 { Thanksgiving }, { RemembranceDay },  { ChristmasDay } };
    // BC Employment Standards Act, statutory holidays; Family Day since 2013, Sept 30 since 2023.
    static const QList<Rule> bc{
        { NewYearsDay },  { FamilyDay, 2013 },    { GoodFriday },  { VictoriaDay },
        { CanadaDay },    { BritishColumbiaDay }, { LabourDay },   { TruthAndReconciliationDay, 2023 },
        { Thanksgiving }, { RemembranceDay },     { ChristmasDay }
    };
    // Manitoba Employment Standards Code, general holidays; Louis Riel Day since 2008, Sept 30 since 2023.
    static const QList<Rule> mb{ { NewYearsDay },
                                 { LouisRielDay, 2008 },
                                 { GoodFriday },
                                 { VictoriaDay },
                                 { CanadaDay },
                                 { LabourDay },
                                 { TruthAndReconciliationDay, 2023 },
                                 { Thanksgiving },
                                 { ChristmasDay } };
    // New Brunswick Employment Standards Act, paid public holidays; Family Day since 2018.
    static const QList<Rule> nb{ { NewYearsDay },     { FamilyDay, 2018 }, { GoodFriday },  { CanadaDay },
                                 { NewBrunswickDay }, { LabourDay },       { ChristmasDay } };
    // Newfoundland and Labrador Labour Standards Act, paid holidays; Memorial Day is July 1, Canada Day's date.
    static const QList<Rule> nl{ { NewYearsDay }, { GoodFriday },     { CanadaDay },
                                 { LabourDay },   { RemembranceDay }, { ChristmasDay } };
    // Nova Scotia Labour Standards Code, paid holidays; Heritage Day since 2015.
    static const QList<Rule> ns{ { NewYearsDay }, { HeritageDay, 2015 }, { GoodFriday },
                                 { CanadaDay },   { LabourDay },         { ChristmasDay } };
    // Northwest Territories Employment Standards Act, general holidays.
    static const QList<Rule> nt{
        { NewYearsDay },  { GoodFriday },     { VictoriaDay }, { NationalIndigenousPeoplesDay, 2001 },
        { CanadaDay },    { CivicHoliday },   { LabourDay },   { TruthAndReconciliationDay, 2022 },
        { Thanksgiving }, { RemembranceDay }, { ChristmasDay }
    };
    // Nunavut Labour Standards Act, general holidays (approximation, see the docs).
    static const QList<Rule> nu{
        { NewYearsDay },      { GoodFriday },     { VictoriaDay }, { CanadaDay },
        { NunavutDay, 2001 }, { CivicHoliday },   { LabourDay },   { TruthAndReconciliationDay, 2022 },
        { Thanksgiving },     { RemembranceDay }, { ChristmasDay }
    };
    // Ontario Employment Standards Act, 2000, public holidays; Family Day since 2008.
    static const QList<Rule> on{ { NewYearsDay }, { FamilyDay, 2008 }, { GoodFriday },   { VictoriaDay }, { CanadaDay },
                                 { LabourDay },   { Thanksgiving },    { ChristmasDay }, { BoxingDay } };
    // PEI Employment Standards Act, paid holidays; Islander Day since 2010, Sept 30 since 2022.
    static const QList<Rule> pe{ { NewYearsDay },    { IslanderDay, 2010 }, { GoodFriday },
                                 { CanadaDay },      { LabourDay },         { TruthAndReconciliationDay, 2022 },
                                 { RemembranceDay }, { ChristmasDay } };
    // Quebec Act respecting labour standards s. 60 and Act respecting the Fête nationale. The Act gives Good
    // Friday or Easter Monday at the employer's option: both are closed here (the cautious choice).
    static const QList<Rule> qc{ { NewYearsDay },   { GoodFriday }, { EasterMonday }, { NationalPatriotsDay, 2003 },
                                 { FeteNationale }, { CanadaDay },  { LabourDay },    { Thanksgiving },
                                 { ChristmasDay } };
    // Saskatchewan Employment Act, public holidays; Family Day since 2007.
    static const QList<Rule> sk{ { NewYearsDay },    { FamilyDay, 2007 }, { GoodFriday }, { VictoriaDay },
                                 { CanadaDay },      { SaskatchewanDay }, { LabourDay },  { Thanksgiving },
                                 { RemembranceDay }, { ChristmasDay } };
    // Yukon Employment Standards Act, general holidays; June 21 since 2017, Sept 30 since 2023.
    static const QList<Rule> yt{
        { NewYearsDay },  { GoodFriday },     { VictoriaDay }, { NationalIndigenousPeoplesDay, 2017 },
        { CanadaDay },    { DiscoveryDay },   { LabourDay },   { TruthAndReconciliationDay, 2023 },
        { Thanksgiving }, { RemembranceDay }, { ChristmasDay }
    };

    switch (jurisdiction) {
    case Jurisdiction::Federal:
        return federal;
    case Jurisdiction::AB:
        return ab;
    case Jurisdiction::BC:
        return bc;
    case Jurisdiction::MB:
        return mb;
    case Jurisdiction::NB:
        return nb;
    case Jurisdiction::NL:
        return nl;
    case Jurisdiction::NS:
        return ns;
    case Jurisdiction::NT:
        return nt;
    case Jurisdiction::NU:
        return nu;
    case Jurisdiction::ON:
        return on;
    case Jurisdiction::PE:
        return pe;
    case Jurisdiction::QC:
        return qc;
    case Jurisdiction::SK:
        return sk;
    case Jurisdiction::YT:
        return yt;
    }
    return federal;
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// The n-th given weekday of a month (n >= 1).
QDate nthWeekday(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    const int offset = (weekday - first.dayOfWeek() + 7) % 7;
    return first.addDays(offset + 7 * (n - 1));
}

// Victoria Day and National Patriots' Day: the Monday before May 25.
QDate mondayBeforeMay25(int year)
{
    const QDate may24(year, 5, 24);
    return may24.addDays(-(may24.dayOfWeek() - Qt::Monday));
}

// Fixed-date holidays move when they fall on a weekend; the rest are defined on a weekday.
bool isFixedDate(HolidayId id)
{
    switch (id) {
    case HolidayId::NewYearsDay:
    case HolidayId::NationalIndigenousPeoplesDay:
    case HolidayId::FeteNationale:
    case HolidayId::CanadaDay:
    case HolidayId::NunavutDay:
    case HolidayId::TruthAndReconciliationDay:
    case HolidayId::RemembranceDay:
    case HolidayId::ChristmasDay:
    case HolidayId::BoxingDay:
        return true;
    default:
        return false;
    }
}

QDate actualDate(HolidayId id, int year, Jurisdiction jurisdiction)
{
    switch (id) {
    case HolidayId::NewYearsDay:
        return QDate(year, 1, 1);
    case HolidayId::FamilyDay:
        // BC held it on the second Monday of February from 2013 to 2018.
        if (jurisdiction == Jurisdiction::BC && year <= 2018)
            return nthWeekday(year, 2, Qt::Monday, 2);
        return nthWeekday(year, 2, Qt::Monday, 3);
    case HolidayId::LouisRielDay:
    case HolidayId::IslanderDay:
    case HolidayId::HeritageDay:
        return nthWeekday(year, 2, Qt::Monday, 3);
    case HolidayId::GoodFriday:
        return easterSunday(year).addDays(-2);
    case HolidayId::EasterMonday:
        return easterSunday(year).addDays(1);
    case HolidayId::VictoriaDay:
    case HolidayId::NationalPatriotsDay:
        return mondayBeforeMay25(year);
    case HolidayId::NationalIndigenousPeoplesDay:
        return QDate(year, 6, 21);
    case HolidayId::FeteNationale:
        return QDate(year, 6, 24);
    case HolidayId::CanadaDay:
        return QDate(year, 7, 1);
    case HolidayId::NunavutDay:
        return QDate(year, 7, 9);
    case HolidayId::CivicHoliday:
    case HolidayId::BritishColumbiaDay:
    case HolidayId::SaskatchewanDay:
    case HolidayId::NewBrunswickDay:
        return nthWeekday(year, 8, Qt::Monday, 1);
    case HolidayId::DiscoveryDay:
        return nthWeekday(year, 8, Qt::Monday, 3);
    case HolidayId::LabourDay:
        return nthWeekday(year, 9, Qt::Monday, 1);
    case HolidayId::TruthAndReconciliationDay:
        return QDate(year, 9, 30);
    case HolidayId::Thanksgiving:
        return nthWeekday(year, 10, Qt::Monday, 2);
    case HolidayId::RemembranceDay:
        return QDate(year, 11, 11);
    case HolidayId::ChristmasDay:
        return QDate(year, 12, 25);
    case HolidayId::BoxingDay:
        return QDate(year, 12, 26);
    }
    return {};
}

constexpr std::array AllHolidays{ HolidayId::NewYearsDay,         HolidayId::FamilyDay,
                                  HolidayId::LouisRielDay,        HolidayId::IslanderDay,
                                  HolidayId::HeritageDay,         HolidayId::GoodFriday,
                                  HolidayId::EasterMonday,        HolidayId::VictoriaDay,
                                  HolidayId::NationalPatriotsDay, HolidayId::NationalIndigenousPeoplesDay,
                                  HolidayId::FeteNationale,       HolidayId::CanadaDay,
                                  HolidayId::NunavutDay,          HolidayId::CivicHoliday,
                                  HolidayId::BritishColumbiaDay,  HolidayId::SaskatchewanDay,
                                  HolidayId::NewBrunswickDay,     HolidayId::DiscoveryDay,
                                  HolidayId::LabourDay,           HolidayId::TruthAndReconciliationDay,
                                  HolidayId::Thanksgiving,        HolidayId::RemembranceDay,
                                  HolidayId::ChristmasDay,        HolidayId::BoxingDay };

constexpr int FirstGregorianYear = 1583;

} // namespace

QString jurisdictionCode(Jurisdiction jurisdiction)
{
    switch (jurisdiction) {
    case Jurisdiction::Federal:
        return QStringLiteral("CA");
    case Jurisdiction::AB:
        return QStringLiteral("AB");
    case Jurisdiction::BC:
        return QStringLiteral("BC");
    case Jurisdiction::MB:
        return QStringLiteral("MB");
    case Jurisdiction::NB:
        return QStringLiteral("NB");
    case Jurisdiction::NL:
        return QStringLiteral("NL");
    case Jurisdiction::NS:
        return QStringLiteral("NS");
    case Jurisdiction::NT:
        return QStringLiteral("NT");
    case Jurisdiction::NU:
        return QStringLiteral("NU");
    case Jurisdiction::ON:
        return QStringLiteral("ON");
    case Jurisdiction::PE:
        return QStringLiteral("PE");
    case Jurisdiction::QC:
        return QStringLiteral("QC");
    case Jurisdiction::SK:
        return QStringLiteral("SK");
    case Jurisdiction::YT:
        return QStringLiteral("YT");
    }
    return {};
}

QList<Jurisdiction> allJurisdictions()
{
    return { Jurisdiction::Federal, Jurisdiction::AB, Jurisdiction::BC, Jurisdiction::MB, Jurisdiction::NB,
             Jurisdiction::NL,      Jurisdiction::NS, Jurisdiction::NT, Jurisdiction::NU, Jurisdiction::ON,
             Jurisdiction::PE,      Jurisdiction::QC, Jurisdiction::SK, Jurisdiction::YT };
}

std::optional<Jurisdiction> jurisdictionFromCode(const QString& code)
{
    return enumFromKey(allJurisdictions(), jurisdictionCode, code);
}

QString jurisdictionDisplayName(Jurisdiction jurisdiction)
{
    switch (jurisdiction) {
    case Jurisdiction::Federal:
        return Text::tr("Canada (federal)");
    case Jurisdiction::AB:
        return Text::tr("Alberta");
    case Jurisdiction::BC:
        return Text::tr("British Columbia");
    case Jurisdiction::MB:
        return Text::tr("Manitoba");
    case Jurisdiction::NB:
        return Text::tr("New Brunswick");
    case Jurisdiction::NL:
        return Text::tr("Newfoundland and Labrador");
    case Jurisdiction::NS:
        return Text::tr("Nova Scotia");
    case Jurisdiction::NT:
        return Text::tr("Northwest Territories");
    case Jurisdiction::NU:
        return Text::tr("Nunavut");
    case Jurisdiction::ON:
        return Text::tr("Ontario");
    case Jurisdiction::PE:
        return Text::tr("Prince Edward Island");
    case Jurisdiction::QC:
        return Text::tr("Quebec");
    case Jurisdiction::SK:
        return Text::tr("Saskatchewan");
    case Jurisdiction::YT:
        return Text::tr("Yukon");
    }
    return {};
}

QString holidayKey(HolidayId id)
{
    switch (id) {
    case HolidayId::NewYearsDay:
        return QStringLiteral("new_years_day");
    case HolidayId::FamilyDay:
        return QStringLiteral("family_day");
    case HolidayId::LouisRielDay:
        return QStringLiteral("louis_riel_day");
    case HolidayId::IslanderDay:
        return QStringLiteral("islander_day");
    case HolidayId::HeritageDay:
        return QStringLiteral("heritage_day");
    case HolidayId::GoodFriday:
        return QStringLiteral("good_friday");
    case HolidayId::EasterMonday:
        return QStringLiteral("easter_monday");
    case HolidayId::VictoriaDay:
        return QStringLiteral("victoria_day");
    case HolidayId::NationalPatriotsDay:
        return QStringLiteral("national_patriots_day");
    case HolidayId::NationalIndigenousPeoplesDay:
        return QStringLiteral("national_indigenous_peoples_day");
    case HolidayId::FeteNationale:
        return QStringLiteral("fete_nationale");
    case HolidayId::CanadaDay:
        return QStringLiteral("canada_day");
    case HolidayId::NunavutDay:
        return QStringLiteral("nunavut_day");
    case HolidayId::CivicHoliday:
        return QStringLiteral("civic_holiday");
    case HolidayId::BritishColumbiaDay:
        return QStringLiteral("british_columbia_day");
    case HolidayId::SaskatchewanDay:
        return QStringLiteral("saskatchewan_day");
    case HolidayId::NewBrunswickDay:
        return QStringLiteral("new_brunswick_day");
    case HolidayId::DiscoveryDay:
        return QStringLiteral("discovery_day");
    case HolidayId::LabourDay:
        return QStringLiteral("labour_day");
    case HolidayId::TruthAndReconciliationDay:
        return QStringLiteral("truth_and_reconciliation_day");
    case HolidayId::Thanksgiving:
        return QStringLiteral("thanksgiving");
    case HolidayId::RemembranceDay:
        return QStringLiteral("remembrance_day");
    case HolidayId::ChristmasDay:
        return QStringLiteral("christmas_day");
    case HolidayId::BoxingDay:
        return QStringLiteral("boxing_day");
    }
    return {};
}

std::optional<HolidayId> holidayFromKey(const QString& key)
{
    return enumFromKey(AllHolidays, holidayKey, key);
}

QString holidayDisplayName(HolidayId id)
{
    switch (id) {
    case HolidayId::NewYearsDay:
        return Text::tr("New Year's Day");
    case HolidayId::FamilyDay:
        return Text::tr("Family Day");
    case HolidayId::LouisRielDay:
        return Text::tr("Louis Riel Day");
    case HolidayId::IslanderDay:
        return Text::tr("Islander Day");
    case HolidayId::HeritageDay:
        return Text::tr("Heritage Day");
    case HolidayId::GoodFriday:
        return Text::tr("Good Friday");
    case HolidayId::EasterMonday:
        return Text::tr("Easter Monday");
    case HolidayId::VictoriaDay:
        return Text::tr("Victoria Day");
    case HolidayId::NationalPatriotsDay:
        return Text::tr("National Patriots' Day");
    case HolidayId::NationalIndigenousPeoplesDay:
        return Text::tr("National Indigenous Peoples Day");
    case HolidayId::FeteNationale:
        return Text::tr("Fête nationale (Saint-Jean-Baptiste Day)");
    case HolidayId::CanadaDay:
        return Text::tr("Canada Day");
    case HolidayId::NunavutDay:
        return Text::tr("Nunavut Day");
    case HolidayId::CivicHoliday:
        return Text::tr("Civic Holiday");
    case HolidayId::BritishColumbiaDay:
        return Text::tr("British Columbia Day");
    case HolidayId::SaskatchewanDay:
        return Text::tr("Saskatchewan Day");
    case HolidayId::NewBrunswickDay:
        return Text::tr("New Brunswick Day");
    case HolidayId::DiscoveryDay:
        return Text::tr("Discovery Day");
    case HolidayId::LabourDay:
        return Text::tr("Labour Day");
    case HolidayId::TruthAndReconciliationDay:
        return Text::tr("National Day for Truth and Reconciliation");
    case HolidayId::Thanksgiving:
        return Text::tr("Thanksgiving");
    case HolidayId::RemembranceDay:
        return Text::tr("Remembrance Day");
    case HolidayId::ChristmasDay:
        return Text::tr("Christmas Day");
    case HolidayId::BoxingDay:
        return Text::tr("Boxing Day");
    }
    return {};
}

QString Holiday::displayName() const
{
    const QString name = holidayDisplayName(id);
    //: A holiday that fell on a weekend and is observed on the next working day, e.g. "Canada Day (observed)"
    return observed() ? Text::tr("%1 (observed)").arg(name) : name;
}

QDate easterSunday(int year)
{
    if (year < FirstGregorianYear)
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

HolidayCalendar::HolidayCalendar(Jurisdiction jurisdiction, QSet<QDate> closures)
    : m_jurisdiction(jurisdiction), m_closures(std::move(closures))
{
}

void HolidayCalendar::addClosure(QDate date)
{
    if (date.isValid())
        m_closures.insert(date);
}

void HolidayCalendar::removeClosure(QDate date)
{
    m_closures.remove(date);
}

QList<Holiday> HolidayCalendar::holidays(int year) const
{
    QList<Holiday> result;
    if (year < FirstGregorianYear || year >= NoEnd)
        return result;
    for (const Rule& rule : rulesFor(m_jurisdiction)) {
        if (year >= rule.since && year <= rule.until) {
            const QDate date = actualDate(rule.id, year, m_jurisdiction);
            result.append(Holiday{ rule.id, date, date });
        }
    }
    std::sort(result.begin(), result.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });

    // A fixed-date holiday on a weekend is observed on the next weekday that is not already a holiday, in date
    // order, so Christmas on a Saturday takes Monday and Boxing Day on the Sunday takes Tuesday. This is the
    // federal public service's rule and the common practice of offices elsewhere (see the docs).
    QSet<QDate> taken;
    for (const Holiday& holiday : std::as_const(result))
        taken.insert(holiday.date);
    for (Holiday& holiday : result) {
        if (!isFixedDate(holiday.id) || !isWeekend(holiday.actualDate))
            continue;
        QDate day = holiday.actualDate.addDays(1);
        while (isWeekend(day) || taken.contains(day))
            day = day.addDays(1);
        holiday.date = day;
        taken.insert(day);
    }
    std::sort(result.begin(), result.end(), [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return result;
}

QSet<QDate> HolidayCalendar::closedDays(int year) const
{
    QSet<QDate> days;
    for (const Holiday& holiday : holidays(year)) {
        days.insert(holiday.date);
        days.insert(holiday.actualDate);
    }
    return days;
}

bool HolidayCalendar::isHoliday(QDate date) const
{
    if (!date.isValid())
        return false;
    return m_closures.contains(date) || closedDays(date.year()).contains(date);
}

bool HolidayCalendar::isBusinessDay(QDate date) const
{
    return date.isValid() && !isWeekend(date) && !isHoliday(date);
}

QDate HolidayCalendar::addBusinessDays(QDate from, int count) const
{
    if (!from.isValid())
        return {};
    const int step = count < 0 ? -1 : 1;
    // Holidays are computed once per year crossed, not once per day.
    int cachedYear = 0;
    QSet<QDate> closed;
    QDate day = from;
    for (int remaining = count < 0 ? -count : count; remaining > 0;) {
        day = day.addDays(step);
        if (!day.isValid())
            return {};
        if (day.year() != cachedYear) {
            cachedYear = day.year();
            closed = closedDays(cachedYear);
        }
        if (!isWeekend(day) && !closed.contains(day) && !m_closures.contains(day))
            --remaining;
    }
    return day;
}

int HolidayCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int cachedYear = 0;
    QSet<QDate> closed;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (day.year() != cachedYear) {
            cachedYear = day.year();
            closed = closedDays(cachedYear);
        }
        if (!isWeekend(day) && !closed.contains(day) && !m_closures.contains(day))
            ++count;
    }
    return count;
}

} // namespace peerdesk
