#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

// How often a group meets, as the source programs run them: every day, on chosen weekdays (Mon–Fri, Mon and Thu)
// every week or every N weeks, or monthly on the n-th (or last) weekday. Stored as a subset of iCalendar's RRULE
// (RFC 5545, docs/groups.md):
//   FREQ=DAILY
//   FREQ=WEEKLY;INTERVAL=n;BYDAY=MO,TH        n from 1 to 8
//   FREQ=MONTHLY;BYDAY=2TU                    1 to 4, or -1 for the last
// each optionally ending in ;COUNT=n (the series ends after n sessions). Dates only: the time of day is the
// group's, in the program's zone.
struct GroupRecurrence
{
    enum class Frequency
    {
        Daily,
        Weekly,
        Monthly,
    };
    static constexpr int MaxIntervalWeeks = 8;
    static constexpr int MaxSessions = 1000;

    Frequency frequency = Frequency::Weekly;
    QList<int> weekdays{ 1 }; // 1 = Monday ... 7 = Sunday; Weekly: sorted and distinct; Monthly: exactly one
    int intervalWeeks = 1; // Weekly only
    int weekOfMonth = 1; // Monthly: 1 to 4, or -1 for the last
    std::optional<int> sessions; // the series ends after this many sessions

    bool operator==(const GroupRecurrence&) const = default;

    static GroupRecurrence weekly(int weekday, int intervalWeeks = 1);
    static GroupRecurrence daily();
    static GroupRecurrence monthly(int weekOfMonth, int weekday);

    // Empty when valid; otherwise what is wrong, in words.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    // Whether the group meets on `date`, in a series whose first meeting is `first` (the weeks of an "every N
    // weeks" series are counted from first's week, Monday to Sunday). Ignores `sessions`.
    bool fallsOn(const QDate& date, const QDate& first) const;
    // The series' first meeting when it may start on `date`: the first date on or after it the rhythm gives (an
    // interval counts from there); invalid for an invalid rule.
    QDate firstOnOrAfter(const QDate& date) const;
    // The meeting dates in [from, until] of the series that may start on `first` (its first meeting is
    // firstOnOrAfter(first)) and stops after `last` (if valid) and after `sessions` meetings (if set), in order.
    QList<QDate> dates(const QDate& first, const QDate& last, const QDate& from, const QDate& until) const;

    // The stored form (see above) and back; nullopt for anything outside the subset.
    QString toRule() const;
    static std::optional<GroupRecurrence> fromRule(const QString& rule);

    // The command line's days: "daily", "mon-fri", "mon,thu", "tue" (weekly; the interval is --every-weeks),
    // "2nd tue", "last fri". toDays() writes what parseDays() reads (English day abbreviations; French ones
    // are read too).
    QString toDays() const;
    static std::optional<GroupRecurrence> parseDays(const QString& text);

    // In words, translated: "Every day", "Mondays to Fridays", "Mondays and Thursdays, every 2 weeks",
    // "The 2nd Tuesday of each month", with "; 12 sessions" when the series has a length.
    QString describe() const;
};

// --when as the command line writes it: the days, then the times, "mon,thu 19:15-20:30".
struct GroupWhen
{
    GroupRecurrence recurrence;
    int startMinute = 0;
    int endMinute = 0;

    QString toText() const;
    static std::optional<GroupWhen> parse(const QString& text);
};

} // namespace peerdesk
