#pragma once

#include "domain/WeeklyWindow.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

// A recurring peer-support group, e.g. "Monday evening group", weekly on Mondays 19:15-20:30 by video. The
// name describes the group, never a participant.
struct PeerGroup
{
    static constexpr int MaxNameLength = 100;
    static constexpr int MinMinutes = 15;
    static constexpr int MaxMinutes = 240;
    static constexpr int MaxIntervalWeeks = 8;
    static constexpr int MaxCapacity = 100;
    static constexpr int MaxFacilitatorsLimit = 10;
    static constexpr int DefaultMaxFacilitators = 2;

    qint64 id = 0;
    QString name;
    QString modality; // Vocab::Modality
    int weekday = 1; // 1 = Monday ... 7 = Sunday, program local time
    int startMinute = 0; // local wall-clock minutes after midnight
    int durationMinutes = 60;
    int intervalWeeks = 1; // 1 weekly, 2 fortnightly, ...
    QDate firstDate; // the first occurrence's local date (always on weekday once stored)
    QDate lastDate; // invalid: no end
    int capacity = 6; // participants per occurrence
    int maxFacilitators = DefaultMaxFacilitators;
    QList<qint64> facilitatorIds; // supporters, in id order
    bool active = true;
    QDateTime createdAt;

    WeeklyWindow window() const { return { weekday, startMinute, startMinute + durationMinutes }; }
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

} // namespace peerdesk
