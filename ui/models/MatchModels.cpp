#include "ui/models/MatchModels.h"

#include <QLocale>

namespace peerdesk {

MatchCandidateModel::MatchCandidateModel(QObject* parent) : QAbstractTableModel(parent) { }

void MatchCandidateModel::setCandidates(QList<MatchCandidate> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

int MatchCandidateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int MatchCandidateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchCandidateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatchCandidate& candidate = m_candidates.at(index.row());
    if (role == SupporterIdRole)
        return candidate.supporterId;
    switch (index.column()) {
    case RankColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return index.row() + 1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return candidate.name.isEmpty() ? tr("Supporter #%1").arg(candidate.supporterId) : candidate.name;
        break;
    case ScoreColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(candidate.score, 'f', 1);
        if (role == SortRole)
            return candidate.score;
        if (role == Qt::AccessibleTextRole)
            return tr("Score %1 out of 100").arg(QLocale().toString(candidate.score, 'f', 1));
        break;
    case ReasonsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return candidate.reasons.join(QStringLiteral("; "));
        if (role == Qt::ToolTipRole)
            return candidate.reasons.join(QLatin1Char('\n'));
        break;
    default:
        break;
    }
    return {};
}

QVariant MatchCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Supporter");
    case ScoreColumn:
        return tr("Score");
    case ReasonsColumn:
        return tr("Why");
    default:
        return {};
    }
}

MatchExclusionModel::MatchExclusionModel(QObject* parent) : QAbstractTableModel(parent) { }

void MatchExclusionModel::setExclusions(QList<MatchExclusion> exclusions)
{
    beginResetModel();
    m_exclusions = std::move(exclusions);
    endResetModel();
}

int MatchExclusionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_exclusions.size());
}

int MatchExclusionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchExclusionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatchExclusion& exclusion = m_exclusions.at(index.row());
    if (role == RuleKeyRole)
        return exclusion.rule;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == NameColumn)
        return exclusion.name.isEmpty() ? tr("Supporter #%1").arg(exclusion.supporterId) : exclusion.name;
    if (index.column() == RuleColumn)
        return exclusion.explanation;
    return {};
}

QVariant MatchExclusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Supporter");
    if (section == RuleColumn)
        return tr("Not suggested because");
    return {};
}

} // namespace peerdesk
