#pragma once

#include "core/domain/PeerGroup.h"

#include <QAbstractTableModel>
#include <QHash>

namespace peerdesk {

// The peer groups, one row each: rhythm, places, facilitators (by name) and whether the group still meets.
class GroupTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupTableModel)

public:
    enum Column
    {
        Name,
        Cadence,
        When,
        Modality,
        Capacity,
        Enrolment,
        Facilitators,
        Active,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit GroupTableModel(QObject* parent = nullptr);

    // facilitatorNames: supporter id -> name, for the facilitators column.
    void setGroups(QList<PeerGroup> groups, QHash<qint64, QString> facilitatorNames);
    const PeerGroup* groupAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString whenText(const PeerGroup& group);

private:
    QList<PeerGroup> m_groups;
    QHash<qint64, QString> m_names;
};

} // namespace peerdesk
