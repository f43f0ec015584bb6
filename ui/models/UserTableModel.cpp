#include "ui/models/UserTableModel.h"

namespace peerdesk {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void UserTableModel::setUsers(QList<UserRecord> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const UserRecord* UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::statusText(const UserRecord& user)
{
    if (user.removedAt.isValid())
        return tr("Removed");
    if (!user.active)
        return tr("Deactivated");
    return user.mustChangePassphrase ? tr("Initial passphrase not yet replaced") : tr("Active");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const UserRecord& user = m_users.at(index.row());
    switch (index.column()) {
    case Login:
        return user.login;
    case DisplayName:
        return user.displayName;
    case RoleColumn:
        return roleDisplayName(user.role);
    case Status:
        return statusText(user);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace peerdesk
