#pragma once

#include "core/domain/Supporter.h"

#include <QAbstractTableModel>

namespace peerdesk {

// One supporter's debriefs, most recent first.
class DebriefTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebriefTableModel)

public:
    enum Column
    {
        HeldOn,
        Kind,
        ColumnCount
    };

    explicit DebriefTableModel(QObject* parent = nullptr);

    void setRecords(QList<DebriefRecord> records);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DebriefRecord> m_records;
};

} // namespace peerdesk
