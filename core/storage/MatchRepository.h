#pragma once

#include "Result.h"
#include "domain/Request.h"
#include "domain/Supporter.h"

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
    Result<void> update(const Match& match); // status, answered_at, ended_at, difficult
    Result<std::optional<Match>> live(qint64 requestId); // proposed or accepted
    Result<QList<Match>> forRequest(qint64 requestId); // oldest first
    Result<QSet<qint64>> declinedSupporters(qint64 requestId);
    // Every supporter's current load and last match, in one query.
    Result<QHash<qint64, SupporterLoad>> loads();

private:
    Database& m_database;
};

} // namespace peerdesk
