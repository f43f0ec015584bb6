#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace peerdesk {
class Database;

// The owner's maintenance of a program server (`peerdesk-cli server maintain`, docs/server.md "Purge on a server").
// A purge sets identity cells to NULL, but PostgreSQL keeps the row's old version, ciphertext and all, in the table's
// files until VACUUM reclaims it. Staff logins cannot vacuum: the schema owner runs this, out of hours.
namespace server_maintenance {

struct TableReclaimed
{
    QString table;
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    bool rewritten = false; // VACUUM FULL: the table's files written anew, the old ones removed
};

// The tables that hold identity cells are rewritten (VACUUM FULL, which locks each one while it runs: seconds at a
// hundred times the largest program); every other table of the program's schema is vacuumed in place. All are
// analysed. On the owner's connection, outside any transaction.
Result<QList<TableReclaimed>> run(Database& owner);

} // namespace server_maintenance
} // namespace peerdesk
