#pragma once

#include "Result.h"
#include "domain/Supporter.h"

#include <QList>

namespace peerdesk {

class Database;

// The whole roster, kept in memory by one session for match ranking, which reads every supporter for every
// request. It is read again only when the stored roster revision (moved on by triggers, whichever connection
// writes) or this connection's rollback count has changed, so a cached roster is never stale. It lives and
// dies with its session, so nothing read from the vault outlives the unlocked session.
class RosterCache final
{
public:
    // Every supporter, as SupporterRepository::list() returns them. QList shares, so copies are cheap.
    Result<QList<Supporter>> current(Database& database);
    void clear();

private:
    bool m_valid = false;
    qint64 m_revision = -1;
    quint64 m_rollbacks = 0;
    QList<Supporter> m_roster;
};

} // namespace peerdesk
