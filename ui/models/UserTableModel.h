#pragma once

#include "core/domain/UserRecord.h"

#include <QAbstractTableModel>

namespace peerdesk {

// Staff accounts, one row each: login, display name, role and status (active, initial passphrase still to
// replace, deactivated, removed).
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column
    {
        Login,
        DisplayName,
        RoleColumn,
        Status,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(QList<UserRecord> users);
    const UserRecord* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const UserRecord& user);

private:
    QList<UserRecord> m_users;
};

} // namespace peerdesk
