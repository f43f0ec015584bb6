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

// The newest row's number and chain hash: all that appending, anchoring and witnessing need of it.
struct AuditHead
{
    qint64 id = 0;
    QString hash;
};

// Whether an audit row is as someone saw it (a witness names its number and hash).
enum class AuditRowState
{
    Missing,
    Different,
    AsSeen,
};

// Rows of the audit log. The chaining rule lives in AuditLog; this class only stores and reads rows.
class AuditRepository final
{
public:
    explicit AuditRepository(Database& database) : m_database(database) { }

    Result<std::optional<AuditEntry>> last();
    Result<std::optional<AuditEntry>> find(qint64 id);
    // On a program server the next three go through the owner's functions pd.audit_head() and pd.audit_row_state(),
    // since supporters, who append rows and keep a witness like everyone, may read no row of the log.
    Result<std::optional<AuditHead>> head();
    Result<AuditRowState> stateOf(qint64 id, const QString& hash);
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
