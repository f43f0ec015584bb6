#include "services/RosterCache.h"

#include "storage/Database.h"
#include "storage/SupporterRepository.h"

namespace peerdesk {

Result<QList<Supporter>> RosterCache::current(Database& database)
{
    SupporterRepository supporters(database);
    auto revision = supporters.revision();
    if (!revision)
        return revision.error();
    if (m_valid && m_revision == *revision && m_rollbacks == database.rollbacks())
        return m_roster;
    auto roster = supporters.list();
    if (!roster)
        return roster.error();
    m_roster = std::move(*roster);
    m_revision = *revision;
    m_rollbacks = database.rollbacks();
    m_valid = true;
    return m_roster;
}

void RosterCache::clear()
{
    m_valid = false;
    m_roster.clear();
}

} // namespace peerdesk
