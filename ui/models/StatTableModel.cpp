#include "ui/models/StatTableModel.h"

#include "core/io/StatisticsExport.h"
#include "core/io/StatisticsLabels.h"

#include <QFont>

namespace peerdesk {

StatTableModel::StatTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void StatTableModel::setTable(const StatTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int StatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int StatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.dimensions.size()) + 1;
}

QVariant StatTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatCell& cell = m_table.cells.at(index.row());
    const int valueColumn = int(m_table.dimensions.size());
    if (role == SuppressedRole)
        return cell.suppressed;
    if (role == NumberRole)
        return cell.value && !cell.suppressed ? QVariant(StatisticsExport::publishedValue(m_table.kind, *cell.value))
                                              : QVariant();
    if (index.column() < valueColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return StatisticsLabels::categoryName(m_table.dimensions.at(index.column()),
                                                  cell.key.value(index.column()));
        if (role == Qt::FontRole && cell.key.value(index.column()) == QLatin1String(StatCell::Margin)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return StatisticsLabels::valueText(m_table, cell);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (cell.suppressed)
            return tr("Suppressed: too small to publish, or hidden so that a small number cannot be worked out");
        if (!cell.value)
            return tr("Not published: fewer than 10");
        return StatisticsLabels::valueText(m_table, cell);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < m_table.dimensions.size())
        return StatisticsLabels::dimensionName(m_table.dimensions.at(section));
    return tr("Value");
}

} // namespace peerdesk
