#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"
#include "core/domain/UserRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

class Database;

// Staff accounts. The passphrase never comes here: it only wraps a key slot in keyring.json.
class UserRepository final
{
public:
    explicit UserRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const UserRecord& user);
    Result<std::optional<UserRecord>> findByLogin(const QString& login);
    Result<QList<UserRecord>> list(); // every column but supporter_id, which only coordination may read
    // users.supporter_id by account id, for the supporters' accounts (administrators and coordinators only: on a
    // program server the others have no grant on the column, which names a person's roster entry).
    Result<QHash<qint64, qint64>> supporterLinks();
    // Active administrators other than the given user: none left means that user must stay.
    Result<int> countOtherActiveAdministrators(qint64 exceptId);
    // Ends an account: inactive, and removed at `removedAt` when it is valid.
    Result<void> deactivate(qint64 id, const QDateTime& removedAt);
    // A deactivated account back, with a new slot and an initial passphrase to replace.
    Result<void> reactivate(qint64 id, const QString& slotId);
    Result<void> setMustChangePassphrase(qint64 id, bool mustChange);
    // Puts an account's role, state and slot back as the signed membership records them (a repair after the table
    // was edited outside PeerDesk). removedAt is kept when valid, set to `now` when the account is removed.
    Result<void> restore(qint64 id, Role role, bool active, bool removed, const QString& slotId, const QDateTime& now);
    // Deletes an account row nothing refers to; false when something does (escalations name their user).
    Result<bool> removeUnreferenced(qint64 id);

private:
    Database& m_database;
};

} // namespace peerdesk
