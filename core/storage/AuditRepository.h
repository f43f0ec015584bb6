#pragma once

#include "Result.h"
#include "domain/AuditEntry.h"

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
    Result<qint64> nextId();
    Result<void> insert(const AuditEntry& entry);
    // Streams every row in id order without loading the whole log; visit returns false to stop.
    Result<qint64> forEach(const std::function<bool(const AuditEntry&)>& visit);

private:
    Database& m_database;
};

} // namespace peerdesk
