#pragma once

#include "core/domain/GroupRecurrence.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

// A recurring peer-support group, e.g. "Monday evening group", weekly on Mondays 19:15-20:30 by video. The
// name describes the group, never a participant.
struct PeerGroup
{
    static constexpr int MaxNameLength = 100;
    static constexpr int MinMinutes = 15;
    static constexpr int MaxMinutes = 240;
    static constexpr int MaxIntervalWeeks = GroupRecurrence::MaxIntervalWeeks;
    static constexpr int MaxCapacity = 100;
    static constexpr int MaxFacilitatorsLimit = 10;
    static constexpr int DefaultMaxFacilitators = 2;

    qint64 id = 0;
    QString name;
    QString modality; // Vocab::Modality
    GroupRecurrence recurrence; // which days, in the program's local time
    int startMinute = 0; // local wall-clock minutes after midnight
    int durationMinutes = 60;
    QDate firstDate; // the first occurrence's local date (always one the recurrence gives, once stored)
    QDate lastDate; // invalid: no end
    bool skipHolidays = false; // no session on the program's statutory holidays (besides its closure days)
    // How participants come: registered for each session (a drop-in group), or standing members verified once
    // who keep the link (a daily or cohort group).
    enum class Enrolment
    {
        PerSession,
        Members
    };
    Enrolment enrolment = Enrolment::PerSession;
    int memberCount = 0; // filled when read: current members
    // Where participants can be pointed (a program's service, a helpline), shown with the group's sessions.
    QStringList resources;
    static constexpr int MaxResources = 10;
    static constexpr int MaxResourceLength = 200;
    int capacity = 6; // participants per occurrence
    int maxFacilitators = DefaultMaxFacilitators;
    QList<qint64> facilitatorIds; // supporters, in id order
    bool active = true;
    QDateTime createdAt;
    qint64 version = 1; // storage/RowVersion.h
    // The site that runs it (sites table): on intake, 0 is the person's one site (SiteService::siteToWork).
    qint64 siteId = 0;

    // Starts and ends within one day.
    bool timesValid() const { return startMinute >= 0 && startMinute < 1440 && startMinute + durationMinutes <= 1440; }
    GroupWhen when() const { return { recurrence, startMinute, startMinute + durationMinutes }; }
    bool hasMembers() const { return enrolment == Enrolment::Members; }
    static QString enrolmentKey(Enrolment enrolment); // "session", "members"
    static std::optional<Enrolment> enrolmentFromKey(const QString& key);
};

// One meeting of a group. Only counts are kept: who came is not recorded.
struct GroupOccurrence
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString status = QStringLiteral("scheduled"); // Vocab::OccurrenceStatus
    std::optional<int> attendance; // participants who came; unknown until recorded
    int feedbackPositive = 0; // anonymous feedback tallies
    int feedbackNeutral = 0;
    int feedbackNegative = 0;
    bool debriefHeld = false; // the facilitators debriefed with supervision afterwards
    int registrations = 0; // filled when read: current registrations (purged ones are gone)
    QString skippedFor; // cancelled because the day is a closure day ("closure") or a statutory holiday ("holiday")
    int escalations = 0; // filled when read: escalations recorded on this session
    qint64 version = 1; // storage/RowVersion.h

    // The status in words, saying why a skipped date is not held ("Not held: closure day").
    QString statusText() const;
};

// An occurrence as the schedule shows it: with its group's name and modality.
struct CalendarOccurrence
{
    GroupOccurrence occurrence;
    QString groupName;
    QString modality;
};

// What a coordinator records after an occurrence; unset fields keep their value.
struct OccurrenceUpdate
{
    std::optional<QString> status;
    std::optional<int> attendance;
    std::optional<int> feedbackPositive;
    std::optional<int> feedbackNeutral;
    std::optional<int> feedbackNegative;
    std::optional<bool> debriefHeld;

    bool isEmpty() const
    {
        return !status && !attendance && !feedbackPositive && !feedbackNeutral && !feedbackNegative && !debriefHeld;
    }
};

// A participant's place in one occurrence. Name and contact are kept only to verify the person and send the
// link, and are deleted once the occurrence is over plus the retention period.
struct GroupRegistration
{
    static constexpr int MaxFieldLength = 200;

    qint64 id = 0;
    qint64 occurrenceId = 0;
    QString name;
    QString contact; // an email address or phone number
    QString province; // Vocab::Province
    QDateTime verifiedAt; // identity and province verified; invalid: not yet
    QDateTime linkSentAt; // invalid: not yet
    QDateTime createdAt;
};

// A standing member of a group, verified once (identity and province), who then keeps the group's link. Name,
// contact and province are kept while they are a member and the retention period after they leave, then purged
// (unless under legal hold); the row stays, without identity, for the counts of members who joined and left.
// Who came to which session is never recorded.
struct GroupMember
{
    static constexpr int MaxFieldLength = GroupRegistration::MaxFieldLength;

    qint64 id = 0;
    qint64 groupId = 0;
    QString name;
    QString contact; // an email address or phone number
    QString province; // Vocab::Province
    QDateTime joinedAt;
    QDateTime verifiedAt; // identity and province verified; invalid: not yet
    QDateTime linkSentAt; // the standing link was sent; invalid: not yet
    QDateTime leftAt; // invalid: still a member
    QString leftReason; // "removed" or "group_ended" once left
    bool returning = false; // the program recognises returning members and this contact's keyed hash was seen before
    bool legalHold = false;
    QDateTime purgedAt; // identity purged; invalid: not yet

    bool current() const { return !leftAt.isValid(); }
};

} // namespace peerdesk
