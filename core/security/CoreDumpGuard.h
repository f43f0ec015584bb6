#pragma once

namespace peerdesk {

// Called first thing in main(): no core file (RLIMIT_CORE = 0) and not dumpable (PR_SET_DUMPABLE = 0), so a
// crash never writes keys or names to disk and other processes of the same user cannot ptrace us.
bool disableCoreDumps();

} // namespace peerdesk
