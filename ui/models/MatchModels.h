#pragma once

#include "core/services/MatchingService.h"

#include <QAbstractTableModel>

namespace peerdesk {

// Ranked candidates of one request, best first: rank, supporter, score (0-100) and the reasons in plain words.
class MatchCandidateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchCandidateModel)

public:
    enum Column
    {
        RankColumn,
        NameColumn,
        ScoreColumn,
        ReasonsColumn,
        ColumnCount
    };
    // The value to sort by (numbers for rank and score), and the supporter's id on every column.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int SupporterIdRole = Qt::UserRole + 1;

    explicit MatchCandidateModel(QObject* parent = nullptr);

    void setCandidates(QList<MatchCandidate> candidates);
    const QList<MatchCandidate>& candidates() const { return m_candidates; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MatchCandidate> m_candidates;
};

// Supporters a hard rule excludes, with the rule explained.
class MatchExclusionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchExclusionModel)

public:
    enum Column
    {
        NameColumn,
        RuleColumn,
        ColumnCount
    };
    static constexpr int RuleKeyRole = Qt::UserRole;

    explicit MatchExclusionModel(QObject* parent = nullptr);

    void setExclusions(QList<MatchExclusion> exclusions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MatchExclusion> m_exclusions;
};

} // namespace peerdesk
