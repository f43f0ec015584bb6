#pragma once

#include "core/Result.h"
#include "core/domain/Supporter.h"

#include <QList>

namespace peerdesk {

class Database;

// A roster read on another connection (a worker, just after unlocking), for RosterCache::adopt.
struct RosterSnapshot
{
    qint64 latestChange = 0; // the change log's newest number when the reading began
    QList<Supporter> supporters; // in id order
};

// The whole roster as matching reads it (SupporterRepository::listForMatching: without debriefs, older training
// records, or fields ranking does not read), kept in memory by one session for match ranking, which reads every
// supporter for every request. Each call reads the roster's change log (written by triggers, whichever connection
// writes) and reloads only the supporters changed since the last call; it reads the whole roster again when the log no
// longer reaches back that far, when many changed, or when the cache was last refreshed inside a transaction and this
// connection has rolled back since (a value read inside a rolled-back transaction may never have existed, and its
// change numbers are given again). A rollback after a refresh made outside any transaction costs nothing: it only undid
// changes the cache never saw. So a cached roster is never stale. It lives and dies with its session: nothing read from
// the vault outlives the unlocked session.
class RosterCache final
{
public:
    // Every supporter, in id order (ranking does not depend on the order). QList shares, so copies are cheap.
    Result<QList<Supporter>> current(Database& database);
    void clear();

    // Reads the roster as current() does, on any connection. The change number is read first, so whatever changes
    // while it reads is read again by the cache that adopts it.
    static Result<RosterSnapshot> read(Database& database);
    // Takes a roster read on another connection when this cache has none yet, so that the first ranking finds it
    // in memory; the next current() reads only what changed after it. A cache that has a roster keeps its own.
    void adopt(const Database& database, RosterSnapshot snapshot);
    bool holdsRoster() const { return m_valid; }

    // How the last call to current() got its answer; for tests and benchmarks.
    enum class Refresh
    {
        None,
        Changed,
        Whole
    };
    Refresh lastRefresh() const { return m_lastRefresh; }

private:
    Result<void> reloadWhole(Database& database);
    Result<void> reloadChanged(Database& database, const QList<qint64>& ids);

    bool m_valid = false;
    qint64 m_latestChange = 0;
    quint64 m_rollbacks = 0;
    bool m_readInTransaction = false; // the last refresh ran inside a transaction, which may yet roll back
    QList<Supporter> m_roster; // sorted by id
    Refresh m_lastRefresh = Refresh::None;
};

} // namespace peerdesk
