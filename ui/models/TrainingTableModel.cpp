#include "ui/models/TrainingTableModel.h"

#include "core/domain/DateText.h"
#include "ui/models/SupporterTableModel.h"
#include "ui/widgets/MessageLabel.h"

#include <QApplication>
#include <QLocale>

namespace peerdesk {

TrainingTableModel::TrainingTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void TrainingTableModel::setRecords(QList<TrainingRecord> records, const QDate& today)
{
    beginResetModel();
    m_records = std::move(records);
    m_today = today;
    endResetModel();
}

int TrainingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TrainingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingRecord& record = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Course:
            return record.course;
        case Required:
            return record.required ? tr("Required") : tr("Optional");
        case Completed:
            return date_text::day(record.completedOn);
        case RefresherDue:
            return record.refresherDue.isValid() ? roster::dueText(record.refresherDue, m_today) : tr("None");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == RefresherDue) {
        const DueState state = roster::dueState(record.refresherDue, m_today);
        if (state == DueState::Expired || state == DueState::Soon)
            return errorColour(QApplication::palette());
    }
    return {};
}

QVariant TrainingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Course:
        return tr("Course");
    case Required:
        return tr("Required");
    case Completed:
        return tr("Completed");
    case RefresherDue:
        return tr("Refresher due");
    default:
        return {};
    }
}

} // namespace peerdesk
