#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace peerdesk {

class VaultSession;
struct ServerProfile;

// What this computer last saw of a program server's audit chain: the newest row's id and hash, kept in a small file
// of this computer's (docs/server.md, "What the server's operator can and cannot see"). The server checks every row
// it is given, but its operator can set the checks aside, cut the newest rows off and put back an older keyring
// with the witnesses it held: a chain that is consistent, and signed, but no longer what people saw. A computer that
// saw a row keeps its hash where the operator cannot reach; if the server's chain no longer has that row with that
// hash, history was rewritten, and every sign-in and `verify` on this computer says so.
namespace server_witness {

// GenericDataLocation/peerdesk/server-witness/<BLAKE2b of the program's host, port, database and salt, in hex>.json:
// one file per program, named by nothing a person could read.
QString pathFor(const ServerProfile& profile);

// A problem in words when the server's chain no longer has the row this computer last saw, with the hash it had;
// none when it has, or when this computer has seen nothing of this program yet.
Result<std::optional<QString>> check(VaultSession& session);

// Remembers the newest row now; never an older one than remembered (a rolled-back chain is not taken for the truth).
Result<void> record(VaultSession& session);

} // namespace server_witness
} // namespace peerdesk
