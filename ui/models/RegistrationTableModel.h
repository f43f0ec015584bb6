#pragma once

#include "domain/PeerGroup.h"

#include <QAbstractTableModel>

namespace peerdesk {

// The people registered for one group session. Their name and contact are shown here only, to verify them
// and send the link; nowhere else (titles, other pages, logs).
class RegistrationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationTableModel)

public:
    enum Column
    {
        Name,
        Contact,
        Province,
        Verified,
        LinkSent,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RegistrationTableModel(QObject* parent = nullptr);

    void setRegistrations(QList<GroupRegistration> registrations);
    const GroupRegistration* registrationAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupRegistration> m_registrations;
};

} // namespace peerdesk
