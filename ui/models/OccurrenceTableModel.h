#pragma once

#include "core/domain/PeerGroup.h"

#include <QAbstractTableModel>

namespace peerdesk {

// The sessions of one group: when (local time), status, attendance out of the places, anonymous feedback
// tallies, registrations and whether the facilitators debriefed.
class OccurrenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OccurrenceTableModel)

public:
    enum Column
    {
        Starts,
        Status,
        Attendance,
        Feedback,
        Registrations,
        Debrief,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OccurrenceTableModel(QObject* parent = nullptr);

    // members: the group has standing members (no registration per session).
    void setOccurrences(QList<GroupOccurrence> occurrences, int capacity, bool members = false);
    const GroupOccurrence* occurrenceAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupOccurrence> m_occurrences;
    int m_capacity = 0;
    bool m_members = false;
};

} // namespace peerdesk
