#pragma once

#include "Result.h"
#include "domain/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

class Database;

struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Reporting;
    QString slotId;
    bool active = true;
    bool mustChangePassphrase = false;
    QDateTime createdAt;
};

// Staff accounts. The passphrase never comes here: it only wraps a key slot in keyring.json.
class UserRepository final
{
public:
    explicit UserRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const UserRecord& user);
    Result<std::optional<UserRecord>> findByLogin(const QString& login);
    Result<QList<UserRecord>> list();

private:
    Database& m_database;
};

} // namespace peerdesk
