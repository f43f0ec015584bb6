#pragma once

#include "core/Result.h"
#include "core/domain/Conversation.h"
#include "core/domain/Request.h"
#include "core/domain/RequestLifecycle.h"
#include "core/services/MatchCards.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace peerdesk {

class VaultSession;

struct SupporterConversation
{
    qint64 id = 0;
    QDateTime startsAt;
    int durationMinutes = 0;
    QString modality; // Vocab::Modality key
    QString status; // scheduled, held, cancelled, no_show
};

// One of the signed-in supporter's live matches, as they see it: its state, the request's progress, their card
// (nullopt when none was made for them or it does not open with their key) and its conversations.
struct SupporterMatch
{
    qint64 matchId = 0;
    qint64 requestId = 0;
    MatchStatus status = MatchStatus::Proposed;
    QDateTime proposedAt;
    QDateTime answeredAt;
    RequestStatus requestStatus = RequestStatus::Matched;
    QDateTime firstContactAt;
    std::optional<MatchCard> card;
    QList<SupporterConversation> conversations;
};

// What a supporter does on a program server (Role::Supporter; docs/server.md, "Supporters"): they see their own
// live matches and record each step of them, which the coordinators see as it commits. Each step is checked here
// with the request's lifecycle, then by the server's own function for it (the only way a supporter writes), and
// audited with the match's or conversation's number.
class SupporterWorkService final
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SupporterWorkService)

public:
    explicit SupporterWorkService(VaultSession& session) : m_session(session) { }

    // Oldest first. Opening a card is recorded ("identity.viewed" with the match's number), once per match and
    // sign-in; if that cannot be written, nothing is shown.
    Result<QList<SupporterMatch>> myMatches();

    Result<void> accept(qint64 matchId);
    Result<void> decline(qint64 matchId);
    // When the physician was first reached (now when not given; never in the future or before the match).
    Result<void> recordFirstContact(qint64 matchId, const std::optional<QDateTime>& at = std::nullopt);
    // A conversation booked with the physician: its number, and (SchedulingService::referralCheck, the rule a
    // coordinator's booking follows) whether it goes past the program's cap, with the referral to suggest.
    Result<ScheduledConversation> book(qint64 matchId, const QDateTime& startsAt, int durationMinutes,
                                       const QString& modality);
    // A booked conversation that took place (once its start has passed).
    Result<void> recordHeld(qint64 conversationId);
    // The supporter asks for a new supporter to take over: the match ends early for one of stepAwayReasons(), the
    // request returns to the coordinators to be matched again, and what was booked from now on is cancelled.
    Result<void> stepAway(qint64 matchId, const QString& reason);
    static QStringList stepAwayReasons();

private:
    Result<QList<SupporterMatch>> readOwn();
    Result<SupporterMatch> liveMatch(qint64 matchId);
    // InvalidInput when one of their conversations they can see overlaps the time.
    Result<void> bookedDuring(const QDateTime& startsAt, int durationMinutes);
    // The step in one transaction with its audit row; the server's refusal of a match that is not theirs (or no
    // longer live) said plainly.
    Result<void> record(qint64 matchId, const std::function<Result<void>(const SupporterMatch&)>& step);

    VaultSession& m_session;
};

} // namespace peerdesk
