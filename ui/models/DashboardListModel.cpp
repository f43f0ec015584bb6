#include "ui/models/DashboardListModel.h"

#include "ui/widgets/MessageLabel.h"

#include <QApplication>
#include <QPalette>

namespace peerdesk {

DashboardListModel::DashboardListModel(QObject* parent) : QAbstractListModel(parent) { }

void DashboardListModel::setEntries(QList<DashboardEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const DashboardEntry* DashboardListModel::entry(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int DashboardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const
{
    const DashboardEntry* line = entry(index);
    if (!line)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return line->text;
    case Qt::ForegroundRole:
        return line->alert ? QVariant(errorColour(QApplication::palette())) : QVariant();
    case KindRole:
        return int(line->kind);
    case IdRole:
        return line->id;
    case AlertRole:
        return line->alert;
    default:
        return {};
    }
}

} // namespace peerdesk
