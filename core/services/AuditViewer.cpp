#include "core/services/AuditViewer.h"

#include "core/services/Permissions.h"
#include "core/storage/AuditRepository.h"
#include "core/vault/VaultSession.h"

namespace peerdesk {

Result<qint64> AuditViewer::count(const AuditFilter& filter)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return AuditRepository(m_session.database()).count(filter);
}

Result<QList<AuditEntry>> AuditViewer::page(const AuditFilter& filter, qint64 offset, int limit)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return AuditRepository(m_session.database()).page(filter, offset, limit);
}

Result<QStringList> AuditViewer::actors()
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return AuditRepository(m_session.database()).distinctActors();
}

Result<QStringList> AuditViewer::entityTypes()
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return AuditRepository(m_session.database()).distinctEntityTypes();
}

} // namespace peerdesk
