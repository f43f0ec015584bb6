#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace peerdesk {
class Database;

// Copies a program's rows from a local vault's database into an empty program server's (server import, docs/server.md),
// table by table with the same ids, in one transaction on the server. Identity cells are copied as they are: their
// associated data names the program (the vault's id), table, column and row, all of which the copy keeps, so they open
// on the server exactly as they did in the vault and nothing is decrypted on the way. Run by the server schema's owner,
// who alone may set the tables' triggers aside while their rows arrive (the copied rows already hold what the triggers
// would have written: the roster's change log, each course's latest training).
namespace program_copy {

// The tables both schemas hold, parents before the tables that refer to them.
Result<QStringList> tablesInOrder(Database& local);

enum class Target
{
    EmptyOnly, // InvalidInput when the server already holds a program (any request, supporter, account or audit row)
    // The server's program, audit log included, replaced by the vault's: what the test harness does to keep a vault
    // and its server copy alike (tests/support/TempVault.h). No command uses it: it erases a program's history.
    Replace,
};

// Nothing is written when it fails. Afterwards every identity sequence continues after the highest copied id.
Result<void> copyAll(Database& local, Database& server, Target target = Target::EmptyOnly);

// The other way (server export): the local vault's rows replaced, in one transaction, by the server's program as it is
// now, with the same ids; the vault's schema version stays its own. Its triggers are set aside meanwhile.
Result<void> copyBack(Database& server, Database& local);

} // namespace program_copy
} // namespace peerdesk
