#pragma once

#include "core/domain/Supporter.h"

#include <QAbstractTableModel>

namespace peerdesk {

// One supporter's training records; refreshers due within 30 days or expired are flagged in colour and words.
class TrainingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingTableModel)

public:
    enum Column
    {
        Course,
        Required,
        Completed,
        RefresherDue,
        ColumnCount
    };

    explicit TrainingTableModel(QObject* parent = nullptr);

    void setRecords(QList<TrainingRecord> records, const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrainingRecord> m_records;
    QDate m_today;
};

} // namespace peerdesk
