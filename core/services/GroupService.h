#pragma once

#include "core/Result.h"
#include "core/domain/HolidayCalendar.h"
#include "core/domain/PeerGroup.h"
#include "core/domain/Supporter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace peerdesk {

class VaultSession;

// The start and end of one occurrence, in UTC.
struct OccurrenceTime
{
    QDateTime startsAt;
    QDateTime endsAt;
};

// What a change of a group did to its sessions ahead.
struct GroupChange
{
    int added = 0; // new sessions of the changed series
    int removed = 0; // sessions the series no longer has, nobody registered for
    int cancelled = 0; // the same, kept as cancelled because someone had registered
};

// Recurring peer groups: their rhythm, facilitators and capacity; occurrences materialised ahead of time with
// only counts recorded afterwards; and registrations, whose name and contact live only until the occurrence is
// over plus the retention period (GroupRepository::purgeRegistrations). Administrators and coordinators only.
// Every change is audited with ids only.
class GroupService final
{
public:
    static constexpr int DefaultHorizonWeeks = 12;
    static constexpr int MaxHorizonWeeks = 104;
    static constexpr int MaxPastDays = 366; // how far back past sessions may be entered

    // zone: the program's local time; a group meets at the same wall-clock time all year, across DST changes.
    explicit GroupService(VaultSession& session, QTimeZone zone = QTimeZone::systemTimeZone())
        : m_session(session), m_zone(zone)
    {
    }

    // InvalidInput naming the first wrong value. Checks values only (not the name's uniqueness nor the
    // facilitators' status).
    static Result<void> validate(const PeerGroup& group);

    // Stores the group (id, createdAt and active are ignored; an invalid firstDate means today; firstDate moves
    // forward to the first day the recurrence gives) and materialises occurrences for DefaultHorizonWeeks. Facilitators
    // must be active supporters, at most maxFacilitators. Returns the new id.
    Result<qint64> add(const PeerGroup& group);
    // Changes every value of the group (by changed.id; an invalid firstDate keeps the stored one). The
    // sessions ahead that nothing was recorded for follow the new series (GroupChange says how); the ones
    // held or recorded are never rewritten. A facilitator being added must be able to lead (active, trained);
    // one already there is kept. Refused for an ended group.
    Result<GroupChange> edit(const PeerGroup& changed);
    // Ends the group: it is no longer kept scheduled, and its sessions ahead are cancelled as "the group ended".
    // Returns how many were cancelled.
    Result<int> end(qint64 groupId);
    // Reopens an ended group: the sessions its end cancelled come back and the series is topped up. Its
    // facilitators must be able to lead. Returns how many sessions are scheduled again or new.
    Result<int> reopen(qint64 groupId);
    // Materialises the occurrences that fall from today (or from `from`, up to MaxPastDays back: the sessions of a
    // series that began before the program used PeerDesk, to be recorded) up to `weeks` weeks ahead, within the
    // group's first and last date. Idempotent: returns how many were new.
    Result<int> schedule(qint64 groupId, int weeks = DefaultHorizonWeeks, const QDate& from = {});

    // Keeps every active group's sessions scheduled the program's horizon ahead (setting group_horizon_weeks):
    // creates the missing ones, so a series never runs out because nobody clicked. Run at each coordinator's or
    // administrator's unlock. Returns how many were new.
    Result<int> keepScheduledAhead();

    // For each facilitator of an active group who cannot lead today, why, in words ("paused until 9 Mar 2026",
    // "retired", "required training missing: Suicide risk"): the page flags them by their name. Reads the
    // groups and the roster (with training), or takes the lists a caller already holds.
    Result<QHash<qint64, QString>> facilitatorProblems();
    Result<QHash<qint64, QString>> facilitatorProblems(const QList<PeerGroup>& groups,
                                                       const QList<Supporter>& supporters);

    Result<PeerGroup> get(qint64 groupId);
    Result<QList<PeerGroup>> list(); // by name
    Result<QList<GroupOccurrence>> occurrences(qint64 groupId); // by start
    Result<GroupOccurrence> occurrence(qint64 occurrenceId);
    // For the calendar views: every group's occurrences sharing any minute with [from, until), by start time.
    Result<QList<CalendarOccurrence>> occurrencesBetween(const QDateTime& from, const QDateTime& until);

    // Status, attendance (at most the capacity), feedback tallies (together at most the attendance) and
    // debrief. Held is refused before the occurrence starts; counts only go with held, and leaving held clears
    // them. Returns the occurrence as stored.
    Result<GroupOccurrence> record(qint64 occurrenceId, const OccurrenceUpdate& update);

    // A participant at immediate risk during a session: records the escalation (the action category,
    // Vocab::EscalationAction, and the time — now, or `at` from the session's start to the day after it ended;
    // never a narrative nor who) and returns the crisis resources to offer. Refused for a cancelled session.
    Result<QStringList> escalate(qint64 occurrenceId, const QString& action, const std::optional<QDateTime>& at = {});

    // A participant's or member's name, contact and province as typed: trimmed (the province upper-cased) in
    // place, and refused with the reason when one is missing, not plain text, too long or not a province code.
    static Result<void> checkPerson(QString& name, QString& contact, QString& province);

    // A place in a scheduled occurrence that has not ended, while places are left. province: Vocab::Province.
    Result<qint64> registerParticipant(qint64 occurrenceId, const QString& name, const QString& contact,
                                       const QString& province);
    // The coordinator checked the person's identity and province (once).
    Result<void> verify(qint64 registrationId);
    // The joining link was sent; refused until verify(). May be recorded again when the link is re-sent.
    Result<void> markLinkSent(qint64 registrationId);
    // Who registered, with their name and contact, to show: each one's view is recorded ("identity.viewed", entity
    // "group_registration", once per registration and unlock).
    Result<QList<GroupRegistration>> registrations(qint64 occurrenceId);

    // Pure recurrence: the occurrences whose local date lies in [from, until] (and within the group's first and
    // last date and its number of sessions), at the group's wall-clock time in zone.
    static QList<OccurrenceTime> occurrenceTimes(const PeerGroup& group, const QDate& from, const QDate& until,
                                                 const QTimeZone& zone);

    const QTimeZone& timeZone() const { return m_zone; }

private:
    // The days no session is held: the program's closure days, and its statutory holidays for a group that skips
    // them (ProgramSettings: closure_days, holiday_province).
    struct DaysOff
    {
        QSet<QDate> closures;
        HolidayCalendar holidays;
        QString reasonFor(const QDate& date, bool skipHolidays) const; // "closure", "holiday" or ""
    };
    Result<DaysOff> daysOff();
    // Refuses a facilitator who cannot lead (not active, or a required course missing), but for the ones listed.
    Result<void> checkFacilitators(const PeerGroup& group, const QList<qint64>& alreadyThere = {});
    // None of these facilitators has a scheduled conversation during one of the group's scheduled sessions (a
    // supporter is never booked twice at once). Under the roster's lock, which a booking's check takes too, so that on
    // a program server a colleague's booking at the same moment is seen or waits. Call after the sessions are
    // materialised.
    Result<void> checkFacilitatorsFree(const PeerGroup& group, const QList<qint64>& supporterIds);
    Result<GroupChange> reconcileFuture(const PeerGroup& group);
    // The sessions from today up to `weeks` ahead that are missing (only those starting after `after`, if
    // given); returns how many were new.
    Result<int> materialise(const PeerGroup& group, int weeks, const QDateTime& after = {}, const QDate& from = {});
    Result<GroupRegistration> findRegistration(qint64 registrationId);
    Result<void> audit(const char* action, const char* entityType, qint64 id);

    VaultSession& m_session;
    QTimeZone m_zone;
};

} // namespace peerdesk
