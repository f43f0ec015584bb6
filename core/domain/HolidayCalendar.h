#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace peerdesk {

// Whose statutory holidays a program follows. Federal is the Canada Labour Code set; the others are the
// provinces' and territories' general holidays. Rules and sources: docs/contact-targets.md.
enum class Jurisdiction
{
    Federal,
    AB,
    BC,
    MB,
    NB,
    NL,
    NS,
    NT,
    NU,
    ON,
    PE,
    QC,
    SK,
    YT,
};

QString jurisdictionCode(Jurisdiction jurisdiction); // stable: "CA" for federal, else the postal code ("ON")
std::optional<Jurisdiction> jurisdictionFromCode(const QString& code); // nullopt for anything unknown
QString jurisdictionDisplayName(Jurisdiction jurisdiction); // translated
QList<Jurisdiction> allJurisdictions();

enum class HolidayId
{
    NewYearsDay,
    FamilyDay, // AB, BC, NB, ON, SK
    LouisRielDay, // MB
    IslanderDay, // PE
    HeritageDay, // NS
    GoodFriday,
    EasterMonday,
    VictoriaDay,
    NationalPatriotsDay, // QC, on Victoria Day's date
    NationalIndigenousPeoplesDay, // NT, YT
    FeteNationale, // QC (Saint-Jean-Baptiste)
    CanadaDay, // also NL's Memorial Day
    NunavutDay,
    CivicHoliday, // first Monday of August: NT, NU
    BritishColumbiaDay,
    SaskatchewanDay,
    NewBrunswickDay,
    DiscoveryDay, // YT
    LabourDay,
    TruthAndReconciliationDay,
    Thanksgiving,
    RemembranceDay,
    ChristmasDay,
    BoxingDay,
};

QString holidayKey(HolidayId id); // stable identifier, e.g. "christmas_day"
std::optional<HolidayId> holidayFromKey(const QString& key);
QString holidayDisplayName(HolidayId id); // translated

struct Holiday
{
    HolidayId id = HolidayId::NewYearsDay;
    QDate date; // the day the program is closed
    QDate actualDate; // the holiday's own date; differs from date when a weekend holiday is observed later

    bool observed() const { return date != actualDate; }
    QString displayName() const; // translated, "(observed)" appended when moved
    friend bool operator==(const Holiday&, const Holiday&) = default;
};

// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm); invalid before 1583.
QDate easterSunday(int year);

// The days a program is closed: a jurisdiction's statutory holidays, computed by rule for any year, plus the
// administrator's extra closure dates. Business days are Monday to Friday that are not closed.
class HolidayCalendar final
{
public:
    explicit HolidayCalendar(Jurisdiction jurisdiction = Jurisdiction::Federal, QSet<QDate> closures = {});

    Jurisdiction jurisdiction() const { return m_jurisdiction; }
    const QSet<QDate>& closures() const { return m_closures; }
    void addClosure(QDate date);
    void removeClosure(QDate date);

    // The statutory holidays of the year, sorted by the day closed; closures are not included.
    QList<Holiday> holidays(int year) const;

    // True on a statutory holiday (its own date or its observed date) or a configured closure.
    bool isHoliday(QDate date) const;
    bool isBusinessDay(QDate date) const;

    // The business day that is count business days after from (before it when count is negative); from
    // itself never counts, so addBusinessDays(friday, 1) is the next Monday. count == 0 returns from.
    QDate addBusinessDays(QDate from, int count) const;

    // Business days in (from, to]; negative, counting (to, from], when to is before from.
    int businessDaysBetween(QDate from, QDate to) const;

private:
    QSet<QDate> closedDays(int year) const;

    Jurisdiction m_jurisdiction;
    QSet<QDate> m_closures;
};

} // namespace peerdesk
