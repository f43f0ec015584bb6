#include "core/services/RosterCache.h"

#include "core/storage/Database.h"
#include "core/storage/SupporterRepository.h"

#include <algorithm>

namespace peerdesk {

namespace {

// Beyond this many changed supporters one query per table over the whole roster is cheaper than a filtered one.
constexpr qsizetype WholeReloadMinimum = 200;

bool byId(const Supporter& supporter, qint64 id)
{
    return supporter.id < id;
}

} // namespace

Result<QList<Supporter>> RosterCache::current(Database& database)
{
    SupporterRepository supporters(database);
    const bool rolledBack = m_readInTransaction && m_rollbacks != database.rollbacks();
    // The change number is read before the supporters: a change committed in between is read again next time,
    // never missed.
    auto changes = supporters.changesAfter(m_valid && !rolledBack ? m_latestChange : 0);
    if (!changes)
        return changes.error();
    const qint64 latest = changes->latest;
    if (!m_valid || rolledBack || !changes->complete
        || changes->supporterIds.size() > std::max(WholeReloadMinimum, m_roster.size() / 4)) {
        if (auto reloaded = reloadWhole(database); !reloaded)
            return reloaded.error();
        m_lastRefresh = Refresh::Whole;
    } else if (!changes->supporterIds.isEmpty()) {
        if (auto reloaded = reloadChanged(database, changes->supporterIds); !reloaded)
            return reloaded.error();
        m_lastRefresh = Refresh::Changed;
    } else {
        m_lastRefresh = Refresh::None;
    }
    m_latestChange = latest;
    m_rollbacks = database.rollbacks();
    m_readInTransaction = database.inTransaction();
    m_valid = true;
    return m_roster;
}

Result<void> RosterCache::reloadWhole(Database& database)
{
    m_valid = false;
    auto roster = SupporterRepository(database).listForMatching();
    if (!roster)
        return roster.error();
    m_roster = std::move(*roster);
    return {};
}

Result<void> RosterCache::reloadChanged(Database& database, const QList<qint64>& ids)
{
    auto changed = SupporterRepository(database).listForMatching(ids);
    if (!changed)
        return changed.error();
    // Deleted supporters leave, the others are replaced or added, and the list stays in id order.
    for (const qint64 id : ids) {
        const auto at = std::lower_bound(m_roster.begin(), m_roster.end(), id, byId);
        if (at != m_roster.end() && at->id == id)
            m_roster.erase(at);
    }
    for (Supporter& supporter : *changed) {
        const auto at = std::lower_bound(m_roster.begin(), m_roster.end(), supporter.id, byId);
        m_roster.insert(at, std::move(supporter));
    }
    return {};
}

Result<RosterSnapshot> RosterCache::read(Database& database)
{
    SupporterRepository repository(database);
    RosterSnapshot snapshot;
    auto latest = repository.latestChange();
    if (!latest)
        return latest.error();
    snapshot.latestChange = *latest;
    auto supporters = repository.listForMatching();
    if (!supporters)
        return supporters.error();
    snapshot.supporters = std::move(*supporters);
    return snapshot;
}

void RosterCache::adopt(const Database& database, RosterSnapshot snapshot)
{
    if (m_valid)
        return;
    m_roster = std::move(snapshot.supporters);
    m_latestChange = snapshot.latestChange;
    m_rollbacks = database.rollbacks();
    m_readInTransaction = false; // read on another connection, in a transaction of its own that ended
    m_valid = true;
}

void RosterCache::clear()
{
    m_valid = false;
    m_roster.clear();
    m_latestChange = 0;
}

} // namespace peerdesk
