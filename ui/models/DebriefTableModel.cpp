#include "ui/models/DebriefTableModel.h"

#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace peerdesk {

DebriefTableModel::DebriefTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void DebriefTableModel::setRecords(QList<DebriefRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const DebriefRecord& a, const DebriefRecord& b) { return a.heldOn > b.heldOn; });
    endResetModel();
}

int DebriefTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DebriefTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebriefTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const DebriefRecord& record = m_records.at(index.row());
    if (index.column() == HeldOn)
        return date_text::day(record.heldOn);
    if (index.column() == Kind)
        return Vocabulary::displayName(Vocab::DebriefKind, record.kind);
    return {};
}

QVariant DebriefTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == HeldOn)
        return tr("Held on");
    if (section == Kind)
        return tr("Kind");
    return {};
}

} // namespace peerdesk
