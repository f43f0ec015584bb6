#pragma once

#include "core/domain/AuditEntry.h"
#include "ui/models/BlockCache.h"

#include <QAbstractTableModel>

namespace peerdesk {

class VaultSession;

// The audit log, newest first, read lazily in blocks (BlockCache) for the rows on screen. Read-only.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column
    {
        At,
        Actor,
        Action,
        Record,
        Hash,
        ColumnCount
    };

    explicit AuditTableModel(VaultSession& session, QObject* parent = nullptr);

    // Counts the matching rows again and drops every cached block. The error, if any, is returned and the
    // model is left empty.
    Result<void> setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    qint64 totalRows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    VaultSession& m_session;
    AuditFilter m_filter;
    qint64 m_rows = 0;
    mutable BlockCache<AuditEntry> m_cache;
};

} // namespace peerdesk
