#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"

#include <QString>

namespace peerdesk {

class Database;

// Staff members' own PostgreSQL logins on a program server (docs/server.md, "Roles in the database"), added and
// removed by an administrator's connection through the schema owner's functions pd.add_staff and pd.remove_staff:
// no administrator holds the owner's password or CREATEROLE, and the server receives a password only as its SCRAM
// verifier (scram::verifier), never the password itself.
class StaffLoginRepository final
{
public:
    explicit StaffLoginRepository(Database& database) : m_database(database) { }

    // The PostgreSQL login of the person with this PeerDesk login in this program: "<database>_u_<login>". Empty
    // when it would be longer than PostgreSQL's 63 bytes.
    static QString serverLogin(const QString& databaseName, const QString& login);

    // Adds the person's login with the password whose verifier is given (or, for someone removed before, lets them
    // in again), in the group role of `role` only. NotPermitted unless this connection is an administrator's;
    // InvalidInput for a login that cannot be a server login, or a verifier that is not one.
    Result<void> add(const QString& login, Role role, const QString& verifier);
    // Their login can no longer sign in, loses its role and its open sessions end. Not one's own.
    Result<void> remove(const QString& login);
    // The connected person's own database password, given as its verifier (a passphrase change), inside the caller's
    // transaction: PostgreSQL lets every role change its own password, and the change commits with the new slot.
    Result<void> changeOwnPassword(const QString& verifier);

private:
    // The server login for login, or why there is none (not a server; too long).
    Result<QString> checkedLogin(const QString& login) const;

    Database& m_database;
};

} // namespace peerdesk
