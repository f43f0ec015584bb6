#pragma once

#include "core/Result.h"
#include "core/domain/AuditEntry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace peerdesk {

class Database;

// Rows of the audit log. The chaining rule lives in AuditLog; this class only stores and reads rows.
class AuditRepository final
{
public:
    explicit AuditRepository(Database& database) : m_database(database) { }

    Result<std::optional<AuditEntry>> last();
    Result<std::optional<AuditEntry>> find(qint64 id);
    // Whether any row after id has an action other than those listed (automatic backups ask whether anything
    // but backups happened since the newest one).
    Result<bool> anyAfter(qint64 id, const QStringList& exceptActions);
    Result<qint64> nextId();
    Result<void> insert(const AuditEntry& entry);
    // Streams every row in id order without loading the whole log; visit returns false to stop.
    Result<qint64> forEach(const std::function<bool(const AuditEntry&)>& visit);

    // The viewer's paging: newest first. Served by the primary key and the `at` index.
    Result<qint64> count(const AuditFilter& filter);
    Result<QList<AuditEntry>> page(const AuditFilter& filter, qint64 offset, int limit);
    Result<QStringList> distinctActors();
    Result<QStringList> distinctEntityTypes();

private:
    Database& m_database;
};

} // namespace peerdesk
