#pragma once

#include "core/Result.h"
#include "core/domain/Request.h"
#include "core/domain/Supporter.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace peerdesk {

class Database;

class MatchRepository final
{
public:
    explicit MatchRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const Match& match);
    Result<void> update(const Match& match); // status, answered_at, ended_at, difficult, end_reason
    Result<std::optional<Match>> live(qint64 requestId); // proposed or accepted
    Result<QList<Match>> forRequest(qint64 requestId); // oldest first
    // The supporters this request must not be proposed to again, in one read: those who declined it, and those
    // whose match with it was ended early (RequestService::endMatch).
    struct PastSupporters
    {
        QSet<qint64> declined;
        QSet<qint64> endedEarly;
    };
    Result<PastSupporters> pastSupporters(qint64 requestId);
    // The requests of the supporter's proposed or accepted matches, by id.
    Result<QList<qint64>> liveRequestsOf(qint64 supporterId);
    // The current load and last match of every supporter who was ever proposed (or of the one given), read from
    // the table that triggers keep: one row per supporter, not an aggregate over every match.
    Result<QHash<qint64, SupporterLoad>> loads(std::optional<qint64> supporterId = std::nullopt);

private:
    Database& m_database;
};

} // namespace peerdesk
