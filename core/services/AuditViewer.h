#pragma once

#include "core/Result.h"
#include "core/domain/AuditEntry.h"

#include <QList>
#include <QStringList>

namespace peerdesk {

class VaultSession;

// Reading the audit log, for administrators only (NotPermitted otherwise): a count and pages of rows, newest
// first, for a filter. The rows hold ids and identifiers only, so showing them shows no physician.
class AuditViewer final
{
public:
    explicit AuditViewer(VaultSession& session) : m_session(session) { }

    Result<qint64> count(const AuditFilter& filter);
    Result<QList<AuditEntry>> page(const AuditFilter& filter, qint64 offset, int limit);
    Result<QStringList> actors();
    Result<QStringList> entityTypes();

private:
    VaultSession& m_session;
};

} // namespace peerdesk
