#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace peerdesk {

// A 1:1 support conversation between a physician and their matched supporter. When, how long, how and whether
// it happened: there is no field for what was said, by design (supporters take no notes).
struct Conversation
{
    static constexpr int MinMinutes = 15;
    static constexpr int MaxMinutes = 45;

    qint64 id = 0;
    qint64 matchId = 0;
    qint64 requestId = 0; // of the match, filled when read
    qint64 supporterId = 0; // of the match, filled when read
    QDateTime startsAt; // UTC
    int durationMinutes = 30;
    QString modality; // Vocab::Modality
    QString status = QStringLiteral("scheduled"); // Vocab::ConversationStatus
    QDateTime createdAt;
    qint64 version = 1; // storage/RowVersion.h; read by ConversationRepository::find and list

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMinutes) * 60); }
    // Scheduled and held conversations take the supporter's time and count towards the conversation cap;
    // cancelled ones and no-shows do neither.
    bool occupiesTime() const { return status == QLatin1String("scheduled") || status == QLatin1String("held"); }
};

// A conversation as the schedule shows it: with the supporter's name (staff, not the physician).
struct CalendarConversation
{
    Conversation conversation;
    QString supporterName;
};

// A request a conversation can be booked for (its supporter accepted), as the booking dialog lists it.
struct SchedulableRequest
{
    qint64 requestId = 0;
    qint64 supporterId = 0;
    QString supporterName; // empty once a retired supporter's contact details were purged
};

// What a coordinator asks for when scheduling.
struct ConversationRequest
{
    qint64 requestId = 0;
    QDateTime startsAt; // any time spec; stored as UTC
    int durationMinutes = 30;
    QString modality;
    // The supporter agreed to a time outside their weekly availability: the coordinator says so explicitly.
    bool outsideAvailability = false;
};

// The result of scheduling. Going past the cap is allowed, because only the coordinator can judge the case,
// but the short-term model says to think about onward referral then.
struct ScheduledConversation
{
    qint64 id = 0;
    int number = 0; // this conversation's rank among the match's scheduled and held ones, 1-based
    int cap = 0; // the conversation_cap setting
    bool referralSuggested = false; // number > cap
    QStringList resources; // when suggested: the configured resources and crisis resources to offer
    QString referralPrompt; // when suggested: one translated sentence to show as is
};

} // namespace peerdesk
