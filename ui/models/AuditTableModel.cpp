#include "ui/models/AuditTableModel.h"

#include "core/domain/DateText.h"
#include "core/services/AuditViewer.h"

#include <QLocale>

namespace peerdesk {

AuditTableModel::AuditTableModel(VaultSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

Result<void> AuditTableModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_cache.clear();
    auto counted = AuditViewer(m_session).count(filter);
    m_rows = counted ? *counted : 0;
    endResetModel();
    if (!counted)
        return counted.error();
    return {};
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    // A view asks for rows as ints; a log beyond two billion rows shows its newest two billion.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const AuditEntry* entry = m_cache.row(
        index.row(), [this](qint64 offset, int limit) { return AuditViewer(m_session).page(m_filter, offset, limit); });
    if (!entry)
        return {};
    switch (index.column()) {
    case At:
        return date_text::moment(entry->at);
    case Actor:
        return entry->actor;
    case Action:
        return entry->action;
    case Record:
        return entry->entityId ? tr("%1 %2").arg(entry->entityType).arg(*entry->entityId) : entry->entityType;
    case Hash:
        return role == Qt::DisplayRole ? entry->hash.left(12) : entry->hash;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("When");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Hash:
        return tr("Chain hash");
    default:
        return {};
    }
}

} // namespace peerdesk
