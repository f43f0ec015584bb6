#pragma once

#include "core/domain/Supporter.h"

#include <QAbstractTableModel>

namespace peerdesk {

// The supporters a CSV file would add, in file order, as the import parsed them.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column
    {
        Row,
        Name,
        Email,
        Phone,
        Specialty,
        CareerStage,
        Languages,
        Modalities,
        Status,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setSupporters(QList<Supporter> supporters);
    const QList<Supporter>& supporters() const { return m_supporters; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Supporter> m_supporters;
};

} // namespace peerdesk
