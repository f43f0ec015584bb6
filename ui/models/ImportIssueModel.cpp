#include "ui/models/ImportIssueModel.h"

#include "ui/widgets/MessageLabel.h"

#include <QApplication>

namespace peerdesk {

ImportIssueModel::ImportIssueModel(QObject* parent) : QAbstractTableModel(parent) { }

void ImportIssueModel::setIssues(QList<CsvIssue> errors, QList<CsvIssue> warnings)
{
    beginResetModel();
    m_errors = std::move(errors);
    m_warnings = std::move(warnings);
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size() + m_warnings.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool isError = index.row() < m_errors.size();
    const CsvIssue& issue = isError ? m_errors.at(index.row()) : m_warnings.at(index.row() - m_errors.size());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Severity:
            return isError ? tr("Error") : tr("Warning");
        case Line:
            return issue.line > 0 ? QVariant(issue.line) : QVariant(tr("File"));
        case Message:
            return issue.message;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && isError && index.column() == Severity)
        return errorColour(QApplication::palette());
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Kind");
    case Line:
        return tr("Line");
    case Message:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace peerdesk
