#pragma once

#include "core/Result.h"
#include "core/domain/MatchEngine.h"
#include "core/domain/Request.h"
#include "core/services/RosterCache.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

class VaultSession;
// Suggests supporters for a triaged request and records the coordinator's choice and the supporter's answer.
// Nothing is assigned automatically: assign() is the coordinator confirming one candidate.
class MatchingService final
{
public:
    explicit MatchingService(VaultSession& session) : m_session(session) { }

    // InvalidInput when the request is awaiting consent, not yet triaged, already matched or closed.
    Result<MatchSuggestions> suggest(qint64 requestId);
    // The roster as ranking reads it, for a session that reads it on a worker connection just after unlocking
    // and hands it to its own cache (RosterCache::adopt): at 10 000 supporters the first ranking would otherwise
    // wait for it.
    Result<RosterSnapshot> readRoster();
    // Proposes the supporter (request -> matched). InvalidInput when the supporter is excluded (with the rule).
    Result<qint64> assign(qint64 requestId, qint64 supporterId);
    Result<void> accept(qint64 requestId); // the supporter agreed: matched -> accepted
    Result<void> decline(qint64 requestId); // the supporter declined: back to triaged, never suggested again
    // Ends an accepted match early for a new supporter (RequestService::endMatch): back to triaged, the supporter
    // never suggested for it again. Returns how many booked conversations were cancelled.
    Result<int> end(qint64 requestId, const QString& reason, const std::optional<QDateTime>& at = std::nullopt);
    // The proposed or accepted match of a request, if any.
    Result<std::optional<Match>> liveMatch(qint64 requestId);
    // Every match of a request, oldest first.
    Result<QList<Match>> matches(qint64 requestId);

private:
    // Everything ranking needs; with onlySupporter, that supporter alone (or nobody, when there is no such
    // supporter), which is all assign() has to check.
    Result<MatchInput> input(qint64 requestId, std::optional<qint64> onlySupporter = std::nullopt);
    Result<void> answer(qint64 requestId, bool accepted);

    VaultSession& m_session;
};

} // namespace peerdesk
