#pragma once

#include "core/Result.h"
#include "core/domain/Conversation.h"
#include "core/domain/WeeklyWindow.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace peerdesk {

class VaultSession;

// 1:1 conversations of accepted matches: when, how long, how, and whether they were held. Administrators and
// coordinators only. Every change is audited (entity "conversation", its id) in the same transaction.
class SchedulingService final
{
public:
    // zone: the program's local time, in which supporters' availability windows are read.
    explicit SchedulingService(VaultSession& session, QTimeZone zone = QTimeZone::systemTimeZone())
        : m_session(session), m_zone(zone)
    {
    }

    // InvalidInput naming the first wrong value (duration outside 15-45 minutes, unknown modality, no time).
    // Checks values only.
    static Result<void> validate(const ConversationRequest& request);

    // Refused with InvalidInput, nothing written, when the request has no accepted match (accepted, first
    // contact made or in progress), the supporter does not offer the modality, the time overlaps the supporter's
    // scheduled or held conversations or a group session they facilitate, or it falls outside the supporter's
    // availability windows without request.outsideAvailability. Past the conversation cap it is scheduled and
    // the result suggests onward referral.
    Result<ScheduledConversation> schedule(const ConversationRequest& request);

    // scheduled -> held, cancelled or no_show; the other statuses are final. Held and no-show are refused for
    // a conversation that has not started yet. Held records the conversation on the request
    // (RequestService::recordConversationHeld) in the same transaction.
    Result<void> setStatus(qint64 conversationId, const QString& status);

    // Moves a scheduled conversation (time, length, modality) with the same checks as schedule(): the
    // supporter is active and not paused on that day, offers the modality, the new time overlaps none of their other
    // conversations or group sessions, and fits their availability unless outsideAvailability. InvalidInput, nothing
    // written, otherwise or when the conversation is no longer scheduled. Audited as "conversation.rescheduled".
    Result<void> reschedule(qint64 conversationId, const QDateTime& startsAt, int durationMinutes,
                            const QString& modality, bool outsideAvailability);

    // What one more conversation of the match, starting at start, means against the program's cap on conversations
    // before an onward referral is suggested: its number (its rank by date among the match's scheduled and held ones),
    // the cap, and past it the prompt with the program's resources. Reads only; the id is left 0. A supporter's own
    // booking (SupporterWorkService::book) is checked by the same rule as a coordinator's.
    Result<ScheduledConversation> referralCheck(qint64 matchId, const QDateTime& start);

    Result<Conversation> get(qint64 conversationId);
    // For the calendar views: every conversation sharing any minute with [from, until), by start time, with
    // the supporter's name.
    Result<QList<CalendarConversation>> between(const QDateTime& from, const QDateTime& until);
    // The requests schedule() accepts: those whose supporter accepted (newest first).
    Result<QList<SchedulableRequest>> schedulableRequests();
    // By start time; nullopt: every request's.
    Result<QList<Conversation>> list(std::optional<qint64> requestId = std::nullopt);

    // The first start, on a 15-minute grid after `after` and within the next 28 days, inside one of the supporter's
    // availability windows and overlapping none of their conversations or facilitated group sessions: what a
    // booking proposes first. nullopt when the supporter gave no availability or nothing is free.
    Result<std::optional<QDateTime>> nextFreeSlot(qint64 supporterId, int durationMinutes, const QDateTime& after);

    // InvalidInput, saying when the request was received, for a conversation that would start before it: no
    // conversation about a request can come before the request itself (a mistyped year or month). The booking
    // dialog asks as the time is typed; schedule and reschedule check it again.
    Result<void> checkAfterReceipt(qint64 requestId, const QDateTime& start);

    const QTimeZone& timeZone() const { return m_zone; }

    // True when [start, end) lies inside one of the weekly windows, read in zone's wall-clock time.
    static bool fitsAvailability(const QList<WeeklyWindow>& windows, const QDateTime& start, const QDateTime& end,
                                 const QTimeZone& zone);

private:
    Result<void> checkNoOverlap(qint64 supporterId, const QDateTime& start, const QDateTime& end, qint64 excludeId = 0);
    Result<void> checkSlot(qint64 supporterId, const QDateTime& start, int durationMinutes, const QString& modality,
                           bool outsideAvailability, qint64 excludeId);
    QString localText(const QDateTime& moment) const;

    VaultSession& m_session;
    QTimeZone m_zone;
};

} // namespace peerdesk
