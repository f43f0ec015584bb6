#include "core/services/SupporterWorkService.h"

#include "core/domain/Conversation.h"
#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"
#include "core/services/Permissions.h"
#include "core/services/SchedulingService.h"
#include "core/storage/Database.h"
#include "core/storage/MatchCardRepository.h"
#include "core/vault/VaultSession.h"

#include <QHash>

namespace peerdesk {

namespace {

constexpr auto MatchEntity = "match";
constexpr auto ConversationEntity = "conversation";

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// The request's lifecycle allows the event from its status, or says why not.
Result<void> lifecycleAllows(const SupporterMatch& match, RequestEvent event)
{
    if (auto next = RequestLifecycle::apply(match.requestStatus, event); !next)
        return next.error();
    return {};
}

} // namespace

QStringList SupporterWorkService::stepAwayReasons()
{
    // The reasons for ending a match early a supporter can give (matchEndReasonDisplayName names them); the
    // server's function admits these alone, so a supporter never writes free text into the statistics.
    return { QStringLiteral("supporter_withdrew"), QStringLiteral("requester_asked"), QStringLiteral("poor_fit") };
}

Result<QList<SupporterMatch>> SupporterWorkService::readOwn()
{
    MatchCardRepository repository(m_session.database());
    auto rows = repository.ownMatches();
    if (!rows)
        return rows.error();
    auto conversations = repository.ownConversations();
    if (!conversations)
        return conversations.error();
    QHash<qint64, QList<SupporterConversation>> byMatch;
    for (const OwnConversationRow& row : std::as_const(*conversations))
        byMatch[row.matchId].append(
            SupporterConversation{ row.id, row.startsAt, row.durationMinutes, row.modality, row.status });
    QList<SupporterMatch> matches;
    for (const OwnMatchRow& row : std::as_const(*rows)) {
        SupporterMatch match;
        match.matchId = row.matchId;
        match.requestId = row.requestId;
        const auto status = matchStatusFromKey(row.matchStatus);
        const auto requestStatus = requestStatusFromKey(row.requestStatus);
        if (!status || !requestStatus)
            return makeError(ErrorCode::Damaged, tr("Match #%1 has a status PeerDesk does not know.").arg(row.matchId));
        match.status = *status;
        match.requestStatus = *requestStatus;
        match.proposedAt = row.proposedAt;
        match.answeredAt = row.answeredAt;
        match.firstContactAt = row.firstContactAt;
        if (row.card)
            match.card = match_cards::open(m_session, *row.card);
        match.conversations = byMatch.value(row.matchId);
        matches.append(match);
    }
    return matches;
}

Result<QList<SupporterMatch>> SupporterWorkService::myMatches()
{
    if (auto allowed = requireRole(m_session, { Role::Supporter }); !allowed)
        return allowed.error();
    auto matches = readOwn();
    if (!matches)
        return matches;
    QList<qint64> opened;
    for (const SupporterMatch& match : std::as_const(*matches)) {
        if (match.card)
            opened.append(match.matchId);
    }
    if (auto recorded = m_session.recordIdentityViews(QLatin1String(MatchEntity), opened); !recorded)
        return recorded.error();
    return matches;
}

Result<SupporterMatch> SupporterWorkService::liveMatch(qint64 matchId)
{
    auto matches = readOwn();
    if (!matches)
        return matches.error();
    for (const SupporterMatch& match : std::as_const(*matches)) {
        if (match.matchId == matchId)
            return match;
    }
    return invalid(tr("You have no live match #%1: it ended, or it is someone else's.").arg(matchId));
}

Result<void> SupporterWorkService::record(qint64 matchId,
                                          const std::function<Result<void>(const SupporterMatch&)>& step)
{
    if (auto allowed = requireRole(m_session, { Role::Supporter }); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto match = liveMatch(matchId);
        if (!match)
            return match.error();
        return step(*match);
    });
}

Result<void> SupporterWorkService::accept(qint64 matchId)
{
    return record(matchId, [&](const SupporterMatch& match) -> Result<void> {
        if (match.status != MatchStatus::Proposed)
            return invalid(tr("You already accepted match #%1.").arg(matchId));
        if (auto allowed = lifecycleAllows(match, RequestEvent::SupporterAccepts); !allowed)
            return allowed;
        if (auto done = MatchCardRepository(m_session.database()).answer(matchId, true, m_session.clock().nowUtc());
            !done)
            return done;
        return m_session.recordAudit(QStringLiteral("match.accepted"), QLatin1String(MatchEntity), matchId);
    });
}

Result<void> SupporterWorkService::decline(qint64 matchId)
{
    return record(matchId, [&](const SupporterMatch& match) -> Result<void> {
        if (match.status != MatchStatus::Proposed)
            return invalid(tr("You accepted match #%1: ask for a new supporter instead of declining.").arg(matchId));
        if (auto allowed = lifecycleAllows(match, RequestEvent::SupporterDeclines); !allowed)
            return allowed;
        if (auto done = MatchCardRepository(m_session.database()).answer(matchId, false, m_session.clock().nowUtc());
            !done)
            return done;
        return m_session.recordAudit(QStringLiteral("match.declined"), QLatin1String(MatchEntity), matchId);
    });
}

Result<void> SupporterWorkService::recordFirstContact(qint64 matchId, const std::optional<QDateTime>& at)
{
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime when = at ? at->toUTC() : now;
    return record(matchId, [&](const SupporterMatch& match) -> Result<void> {
        if (match.status != MatchStatus::Accepted)
            return invalid(tr("Accept match #%1 before recording a contact.").arg(matchId));
        if (auto allowed = lifecycleAllows(match, RequestEvent::RecordFirstContact); !allowed)
            return allowed;
        if (!when.isValid() || when > now)
            return invalid(tr("The first contact cannot be in the future."));
        if (when < match.proposedAt)
            return invalid(tr("The first contact cannot come before you were matched (%1).")
                               .arg(date_text::moment(match.proposedAt)));
        if (auto done = MatchCardRepository(m_session.database()).recordFirstContact(matchId, when); !done)
            return done;
        return m_session.recordAudit(QStringLiteral("request.record_first_contact"), QLatin1String(MatchEntity),
                                     matchId);
    });
}

Result<ScheduledConversation> SupporterWorkService::book(qint64 matchId, const QDateTime& startsAt, int durationMinutes,
                                                         const QString& modality)
{
    if (!startsAt.isValid())
        return invalid(tr("Give the date and time of the conversation."));
    if (durationMinutes < Conversation::MinMinutes || durationMinutes > Conversation::MaxMinutes)
        return invalid(tr("A conversation lasts %1 to %2 minutes, not %3.")
                           .arg(Conversation::MinMinutes)
                           .arg(Conversation::MaxMinutes)
                           .arg(durationMinutes));
    if (!Vocabulary::contains(Vocab::Modality, modality))
        return invalid(tr("\"%1\" is not a modality; use one of: %2.")
                           .arg(modality, Vocabulary::keys(Vocab::Modality).join(QStringLiteral(", "))));
    ScheduledConversation booked;
    auto done = record(matchId, [&](const SupporterMatch& match) -> Result<void> {
        if (match.status != MatchStatus::Accepted)
            return invalid(tr("Accept match #%1 before booking a conversation.").arg(matchId));
        if (startsAt.toUTC() < match.proposedAt)
            return invalid(tr("The conversation cannot come before you were matched (%1).")
                               .arg(date_text::moment(match.proposedAt)));
        if (auto clash = bookedDuring(startsAt.toUTC(), durationMinutes); !clash)
            return clash;
        // Counted before the row is written, as a coordinator's booking is: the supporter is the one to suggest the
        // referral, with the program's resources, when the match goes past the short-term model.
        auto referral = SchedulingService(m_session).referralCheck(matchId, startsAt.toUTC());
        if (!referral)
            return referral.error();
        booked = *referral;
        // The server checks again, against every conversation of theirs (a match they no longer see included).
        auto id = MatchCardRepository(m_session.database())
                      .book(matchId, startsAt.toUTC(), durationMinutes, modality, m_session.clock().nowUtc());
        if (!id)
            return id.error();
        booked.id = *id;
        return m_session.recordAudit(QStringLiteral("conversation.scheduled"), QLatin1String(ConversationEntity),
                                     booked.id);
    });
    if (!done)
        return done.error();
    return booked;
}

Result<void> SupporterWorkService::bookedDuring(const QDateTime& startsAt, int durationMinutes)
{
    auto matches = readOwn();
    if (!matches)
        return matches.error();
    const QDateTime endsAt = startsAt.addSecs(qint64(durationMinutes) * 60);
    for (const SupporterMatch& match : std::as_const(*matches)) {
        for (const SupporterConversation& other : match.conversations) {
            const bool booked = other.status == QLatin1String("scheduled") || other.status == QLatin1String("held");
            if (booked && other.startsAt < endsAt
                && other.startsAt.addSecs(qint64(other.durationMinutes) * 60) > startsAt)
                return invalid(tr("You already have a conversation then (%1).").arg(date_text::moment(other.startsAt)));
        }
    }
    return {};
}

Result<void> SupporterWorkService::recordHeld(qint64 conversationId)
{
    if (auto allowed = requireRole(m_session, { Role::Supporter }); !allowed)
        return allowed;
    const QDateTime now = m_session.clock().nowUtc();
    return m_session.database().transaction([&]() -> Result<void> {
        auto matches = readOwn();
        if (!matches)
            return matches.error();
        for (const SupporterMatch& match : std::as_const(*matches)) {
            for (const SupporterConversation& conversation : match.conversations) {
                if (conversation.id != conversationId)
                    continue;
                if (match.status != MatchStatus::Accepted)
                    return invalid(tr("Accept match #%1 before recording its conversations.").arg(match.matchId));
                if (conversation.status != QLatin1String("scheduled"))
                    return invalid(tr("Conversation #%1 was already recorded.").arg(conversationId));
                if (conversation.startsAt > now)
                    return invalid(tr("Conversation #%1 has not started yet (%2).")
                                       .arg(conversationId)
                                       .arg(date_text::moment(conversation.startsAt)));
                if (auto done = MatchCardRepository(m_session.database()).recordHeld(conversationId, now); !done)
                    return done;
                return m_session.recordAudit(QStringLiteral("conversation.held"), QLatin1String(ConversationEntity),
                                             conversationId);
            }
        }
        return invalid(tr("You have no conversation #%1 in a live match.").arg(conversationId));
    });
}

Result<void> SupporterWorkService::stepAway(qint64 matchId, const QString& reason)
{
    const QString key = reason.trimmed();
    if (!stepAwayReasons().contains(key))
        return invalid(tr("\"%1\" is not a reason you can give; use one of: %2.")
                           .arg(key, stepAwayReasons().join(QStringLiteral(", "))));
    return record(matchId, [&](const SupporterMatch& match) -> Result<void> {
        if (match.status != MatchStatus::Accepted)
            return invalid(tr("Match #%1 is waiting for your answer: decline it instead.").arg(matchId));
        if (auto allowed = lifecycleAllows(match, RequestEvent::EndMatch); !allowed)
            return allowed;
        if (auto done = MatchCardRepository(m_session.database()).stepAway(matchId, key, m_session.clock().nowUtc());
            !done)
            return done;
        return m_session.recordAudit(QStringLiteral("match.ended_early"), QLatin1String(MatchEntity), matchId);
    });
}

} // namespace peerdesk
