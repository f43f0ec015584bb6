#include "core/services/SchedulingService.h"

#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"
#include "core/services/AuditLog.h"
#include "core/services/HandOff.h"
#include "core/services/MatchingService.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/storage/GroupRepository.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/RowVersion.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SchedulingService)
};

constexpr auto EntityType = "conversation";

int minuteOfDay(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

QString windowsText(const QList<WeeklyWindow>& windows)
{
    QStringList parts;
    for (const WeeklyWindow& window : windows)
        parts.append(window.toText());
    return parts.join(QStringLiteral("; "));
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<void> SchedulingService::validate(const ConversationRequest& request)
{
    if (request.requestId <= 0)
        return invalid(Text::tr("Choose the request the conversation is for."));
    if (!request.startsAt.isValid())
        return invalid(Text::tr("Give the date and time of the conversation."));
    if (request.durationMinutes < Conversation::MinMinutes || request.durationMinutes > Conversation::MaxMinutes) {
        return invalid(Text::tr("A conversation lasts %1 to %2 minutes, not %3.")
                           .arg(Conversation::MinMinutes)
                           .arg(Conversation::MaxMinutes)
                           .arg(request.durationMinutes));
    }
    if (!Vocabulary::contains(Vocab::Modality, request.modality)) {
        return invalid(Text::tr("\"%1\" is not a modality; use one of: %2.")
                           .arg(request.modality, Vocabulary::keys(Vocab::Modality).join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> SchedulingService::checkAfterReceipt(qint64 requestId, const QDateTime& start)
{
    auto receivedAt = RequestRepository(m_session.database()).receivedAt(requestId);
    if (!receivedAt)
        return receivedAt.error();
    if (!receivedAt->has_value())
        return invalid(Text::tr("There is no request #%1.").arg(requestId));
    const QDateTime received = **receivedAt;
    if (received.isValid() && start < received) {
        return invalid(Text::tr("This time is before request %1 was received (%2): a conversation about it cannot "
                                "come before it. Check the date.")
                           .arg(HandOff::referenceCode(requestId), localText(received)));
    }
    return {};
}

bool SchedulingService::fitsAvailability(const QList<WeeklyWindow>& windows, const QDateTime& start,
                                         const QDateTime& end, const QTimeZone& zone)
{
    const QDateTime localStart = start.toTimeZone(zone);
    const QDateTime localEnd = end.toTimeZone(zone);
    int endMinute = minuteOfDay(localEnd.time());
    if (localEnd.date() != localStart.date()) {
        // Ending exactly at midnight still fits a window that runs to the end of the day.
        if (localEnd.date() != localStart.date().addDays(1) || endMinute != 0)
            return false;
        endMinute = 24 * 60;
    }
    const int weekday = localStart.date().dayOfWeek();
    const int startMinute = minuteOfDay(localStart.time());
    for (const WeeklyWindow& window : windows) {
        if (window.contains(weekday, startMinute, endMinute))
            return true;
    }
    return false;
}

QString SchedulingService::localText(const QDateTime& moment) const
{
    return moment.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<void> SchedulingService::checkNoOverlap(qint64 supporterId, const QDateTime& start, const QDateTime& end,
                                               qint64 excludeId)
{
    Database& database = m_session.database();
    auto conversations = ConversationRepository(database).overlapping(supporterId, start, end, excludeId);
    if (!conversations)
        return conversations.error();
    if (!conversations->isEmpty()) {
        const Conversation& other = conversations->constFirst();
        return invalid(Text::tr("The supporter already has conversation #%1 from %2 to %3. Choose another time.")
                           .arg(other.id)
                           .arg(localText(other.startsAt), localText(other.endsAt())));
    }
    auto sessions = GroupRepository(database).facilitatedOverlapping(supporterId, start, end);
    if (!sessions)
        return sessions.error();
    if (!sessions->isEmpty()) {
        const GroupOccurrence& other = sessions->constFirst();
        return invalid(Text::tr("The supporter facilitates group session #%1 from %2 to %3. Choose another time.")
                           .arg(other.id)
                           .arg(localText(other.startsAt), localText(other.endsAt)));
    }
    return {};
}

Result<void> SchedulingService::checkSlot(qint64 supporterId, const QDateTime& start, int durationMinutes,
                                          const QString& modality, bool outsideAvailability, qint64 excludeId)
{
    auto supporter = SupporterService(m_session).get(supporterId);
    if (!supporter)
        return supporter.error();
    // A retired, paused or not yet trained supporter gives no conversation: their matches are ended for a new
    // supporter (match end), which cancels what was booked.
    if (supporter->status != QLatin1String("active")) {
        return invalid(Text::tr("The supporter is not active (%1): they cannot be booked for a conversation. End "
                                "the match to find a new supporter.")
                           .arg(Vocabulary::displayName(Vocab::SupporterStatus, supporter->status).toLower()));
    }
    if (supporter->pausedUntil.isValid() && supporter->pausedUntil >= m_session.clock().todayLocal()) {
        return invalid(Text::tr("The supporter is paused until %1: they cannot be booked for a conversation. End the "
                                "match to find a new supporter.")
                           .arg(date_text::day(supporter->pausedUntil)));
    }
    if (!supporter->modalities.contains(modality)) {
        return invalid(Text::tr("The supporter does not offer %1 conversations.")
                           .arg(Vocabulary::displayName(Vocab::Modality, modality).toLower()));
    }
    const QDateTime end = start.addSecs(qint64(durationMinutes) * 60);
    if (!outsideAvailability && !supporter->availability.isEmpty()
        && !fitsAvailability(supporter->availability, start, end, m_zone)) {
        return invalid(Text::tr("%1 to %2 is outside the supporter's availability (%3). Choose another time, or "
                                "confirm that the supporter agreed to it.")
                           .arg(localText(start), localText(end), windowsText(supporter->availability)));
    }
    return checkNoOverlap(supporterId, start, end, excludeId);
}

Result<ScheduledConversation> SchedulingService::referralCheck(qint64 matchId, const QDateTime& start)
{
    ScheduledConversation outcome;
    auto count = ConversationRepository(m_session.database()).countOccupyingBefore(matchId, start);
    if (!count)
        return count.error();
    ProgramSettings settings(m_session.database());
    auto cap = settings.integer(QLatin1String(ProgramSettings::ConversationCap));
    if (!cap)
        return cap.error();
    outcome.number = *count + 1;
    outcome.cap = *cap;
    // The number is the new one's rank by date; the model's limit is on how many the match has, so booking an
    // earlier conversation after later ones still suggests the referral once there are more than the cap.
    auto total = ConversationRepository(m_session.database()).countOccupying(matchId);
    if (!total)
        return total.error();
    outcome.referralSuggested = *total + 1 > outcome.cap;
    if (!outcome.referralSuggested)
        return outcome;
    for (const char* key : { ProgramSettings::Resources, ProgramSettings::CrisisResources }) {
        auto items = settings.list(QLatin1String(key));
        if (!items)
            return items.error();
        outcome.resources.append(*items);
    }
    const QString model = outcome.number > outcome.cap
        ? Text::tr("This is conversation number %1 with this peer; the short-term model plans up to %n.", nullptr,
                   outcome.cap)
              .arg(outcome.number)
        : Text::tr("This makes %1 conversations with this peer; the short-term model plans up to %n.", nullptr,
                   outcome.cap)
              .arg(*total + 1);
    outcome.referralPrompt = outcome.resources.isEmpty()
        ? Text::tr("%1 Consider an onward referral.").arg(model)
        : Text::tr("%1 Consider an onward referral: %2.").arg(model, outcome.resources.join(QStringLiteral("; ")));
    return outcome;
}

Result<ScheduledConversation> SchedulingService::schedule(const ConversationRequest& request)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (auto valid = validate(request); !valid)
        return valid.error();

    ScheduledConversation outcome;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        auto match = MatchingService(m_session).liveMatch(request.requestId);
        if (!match)
            return match.error();
        if (!match->has_value() || (*match)->status != MatchStatus::Accepted) {
            return invalid(Text::tr("Request #%1 has no accepted match: conversations are scheduled once a supporter "
                                    "has accepted the request.")
                               .arg(request.requestId));
        }
        const Match& accepted = **match;
        const QDateTime start = request.startsAt.toUTC();
        if (auto after = checkAfterReceipt(request.requestId, start); !after)
            return after;
        if (auto free = checkSlot(accepted.supporterId, start, request.durationMinutes, request.modality,
                                  request.outsideAvailability, 0);
            !free)
            return free;
        auto cap = referralCheck(accepted.id, start);
        if (!cap)
            return cap.error();
        outcome = *cap;

        Conversation conversation;
        conversation.matchId = accepted.id;
        conversation.startsAt = start;
        conversation.durationMinutes = request.durationMinutes;
        conversation.modality = request.modality;
        conversation.createdAt = m_session.clock().nowUtc();
        auto id = ConversationRepository(m_session.database()).insert(conversation);
        if (!id)
            return id.error();
        outcome.id = *id;
        return m_session.recordAudit(QStringLiteral("conversation.scheduled"), QLatin1String(EntityType), *id);
    });
    if (!stored)
        return stored.error();
    return outcome;
}

Result<void> SchedulingService::setStatus(qint64 conversationId, const QString& status)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    if (!Vocabulary::contains(Vocab::ConversationStatus, status)) {
        return invalid(Text::tr("\"%1\" is not a conversation status; use one of: %2.")
                           .arg(status, Vocabulary::keys(Vocab::ConversationStatus).join(QStringLiteral(", "))));
    }
    return m_session.database().transaction([&]() -> Result<void> {
        auto conversation = get(conversationId);
        if (!conversation)
            return conversation.error();
        if (conversation->status != QLatin1String("scheduled")) {
            return invalid(
                Text::tr("Conversation #%1 is already %2; only a scheduled conversation can change.")
                    .arg(conversationId)
                    .arg(Vocabulary::displayName(Vocab::ConversationStatus, conversation->status).toLower()));
        }
        if (status == QLatin1String("scheduled"))
            return invalid(Text::tr("Conversation #%1 is already scheduled.").arg(conversationId));
        const bool happened = status == QLatin1String("held") || status == QLatin1String("no_show");
        if (happened && conversation->startsAt > m_session.clock().nowUtc()) {
            return invalid(Text::tr("Conversation #%1 starts at %2, which is still ahead: it cannot be marked %3 yet.")
                               .arg(conversationId)
                               .arg(localText(conversation->startsAt),
                                    Vocabulary::displayName(Vocab::ConversationStatus, status).toLower()));
        }
        if (auto claimed = row_version::claim(m_session.database(), row_version::Versioned::Conversation,
                                              conversationId, conversation->version);
            !claimed)
            return claimed;
        if (auto stored = ConversationRepository(m_session.database()).setStatus(conversationId, status); !stored)
            return stored;
        if (status == QLatin1String("held")) {
            // Support moves on only for the live match: a conversation of a match that has since ended (the request
            // closed, or a new supporter took over) is recorded as held and changes nothing else.
            auto live = MatchingService(m_session).liveMatch(conversation->requestId);
            if (!live)
                return live.error();
            if (live->has_value() && (*live)->id == conversation->matchId) {
                auto recorded
                    = RequestService(m_session).recordConversationHeld(conversation->requestId, conversation->startsAt);
                if (!recorded)
                    return recorded;
            }
        }
        return m_session.recordAudit(QStringLiteral("conversation.") + status, QLatin1String(EntityType),
                                     conversationId);
    });
}

Result<std::optional<QDateTime>> SchedulingService::nextFreeSlot(qint64 supporterId, int durationMinutes,
                                                                 const QDateTime& after)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto supporter = SupporterService(m_session).get(supporterId);
    if (!supporter)
        return supporter.error();
    if (supporter->availability.isEmpty())
        return std::optional<QDateTime>();
    constexpr int StepMinutes = 15;
    constexpr int HorizonDays = 28;
    const QDate firstDay = after.toTimeZone(m_zone).date();
    for (int offset = 0; offset <= HorizonDays; ++offset) {
        const QDate day = firstDay.addDays(offset);
        QList<WeeklyWindow> windows;
        for (const WeeklyWindow& window : std::as_const(supporter->availability)) {
            if (window.weekday == day.dayOfWeek())
                windows.append(window);
        }
        std::sort(windows.begin(), windows.end(),
                  [](const WeeklyWindow& a, const WeeklyWindow& b) { return a.startMinute < b.startMinute; });
        for (const WeeklyWindow& window : std::as_const(windows)) {
            for (int minute = window.startMinute; minute + durationMinutes <= window.endMinute; minute += StepMinutes) {
                const QDateTime start = QDateTime(day, QTime(minute / 60, minute % 60), m_zone).toUTC();
                if (!start.isValid() || start <= after)
                    continue;
                const QDateTime end = start.addSecs(qint64(durationMinutes) * 60);
                if (auto free = checkNoOverlap(supporterId, start, end); free)
                    return std::optional<QDateTime>(start);
            }
        }
    }
    return std::optional<QDateTime>();
}

Result<Conversation> SchedulingService::get(qint64 conversationId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto found = ConversationRepository(m_session.database()).find(conversationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return invalid(Text::tr("There is no conversation #%1.").arg(conversationId));
    return **found;
}

Result<void> SchedulingService::reschedule(qint64 conversationId, const QDateTime& startsAt, int durationMinutes,
                                           const QString& modality, bool outsideAvailability)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto conversation = get(conversationId);
        if (!conversation)
            return conversation.error();
        ConversationRequest values;
        values.requestId = conversation->requestId;
        values.startsAt = startsAt;
        values.durationMinutes = durationMinutes;
        values.modality = modality;
        if (auto valid = validate(values); !valid)
            return valid;
        if (conversation->status != QLatin1String("scheduled")) {
            return invalid(
                Text::tr("Conversation #%1 is already %2; only a scheduled conversation can be moved.")
                    .arg(conversationId)
                    .arg(Vocabulary::displayName(Vocab::ConversationStatus, conversation->status).toLower()));
        }
        // A conversation left from a match that has ended (its request closed) is recorded, not moved: moving it
        // would book the supporter's time for support that is over.
        auto live = MatchingService(m_session).liveMatch(conversation->requestId);
        if (!live)
            return live.error();
        if (!live->has_value() || (*live)->id != conversation->matchId || (*live)->status != MatchStatus::Accepted)
            return invalid(Text::tr("Conversation #%1 belongs to a match that has ended: record what happened instead "
                                    "of moving it.")
                               .arg(conversationId));
        const QDateTime start = startsAt.toUTC();
        if (auto after = checkAfterReceipt(conversation->requestId, start); !after)
            return after;
        if (auto free = checkSlot(conversation->supporterId, start, durationMinutes, modality, outsideAvailability,
                                  conversationId);
            !free)
            return free;
        if (auto claimed = row_version::claim(m_session.database(), row_version::Versioned::Conversation,
                                              conversationId, conversation->version);
            !claimed)
            return claimed;
        ConversationRepository conversations(m_session.database());
        if (auto stored = conversations.reschedule(conversationId, start, durationMinutes, modality); !stored)
            return stored;
        return m_session.recordAudit(QStringLiteral("conversation.rescheduled"), QLatin1String(EntityType),
                                     conversationId);
    });
}

Result<QList<CalendarConversation>> SchedulingService::between(const QDateTime& from, const QDateTime& until)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return ConversationRepository(m_session.database()).between(from.toUTC(), until.toUTC());
}

Result<QList<SchedulableRequest>> SchedulingService::schedulableRequests()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return ConversationRepository(m_session.database()).schedulableRequests();
}

Result<QList<Conversation>> SchedulingService::list(std::optional<qint64> requestId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return ConversationRepository(m_session.database()).list(requestId);
}

} // namespace peerdesk
