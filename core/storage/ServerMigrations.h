#pragma once

#include "core/Result.h"

#include <QString>

namespace peerdesk {
class Database;

// The server schema's numbered steps (server_schema::steps) applied to a program's PostgreSQL database, and the
// program's group roles with their grants (docs/server.md). Only the schema owner runs it (`server init` and
// `server upgrade`): staff roles have no rights to change the schema.
namespace server_migrations {

// The server schema version this program writes; a database with a higher one is refused rather than misread.
int latestVersion();

// The program's group roles: every staff member's login role is a member of one of the first three, and each of
// them of Staff. They are named after the program's database ("<database>_coordinator"), so that two programs on
// one server never share a role: a coordinator of one is nobody in the other.
enum class GroupRole
{
    Administrator,
    Coordinator,
    Reporting,
    Supporter, // issue 28: a peer supporter recording their own matches' steps
    Staff,
};
// The role's name for the database the connection is to; empty when the database's name is not one PeerDesk sets up
// (lower-case letters, digits and '_', starting with a letter, at most 40 characters, without "_u_", which separates
// the program from the person in staff logins).
QString roleName(const Database& database, GroupRole role);

// Under the migration advisory lock: creates the schema pd when missing and applies every missing step, each in its
// own transaction with its version (meta.schema_version), so a crash leaves the database at a whole step; then
// creates the program's group roles when missing (the owner needs CREATEROLE) and grants each exactly its rights,
// taking CONNECT and the schema away from everyone else.
Result<void> apply(Database& database);

} // namespace server_migrations
} // namespace peerdesk
