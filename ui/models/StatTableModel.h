#pragma once

#include "core/domain/Statistics.h"

#include <QAbstractTableModel>

namespace peerdesk {

// One statistics table as rows of cells: a column per dimension (categories by their translated names, "*"
// as "Total") and the value, where every suppressed cell shows the same symbol as the exports ("x"). The words
// are StatisticsLabels', which the PDF report uses too.
class StatTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTableModel)

public:
    static constexpr int SuppressedRole = Qt::UserRole + 1;
    static constexpr int NumberRole = Qt::UserRole + 2; // the published value as a double, or invalid

    explicit StatTableModel(QObject* parent = nullptr);

    void setTable(const StatTable& table);
    const StatTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    StatTable m_table;
};

} // namespace peerdesk
