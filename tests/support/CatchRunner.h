#pragma once

namespace peerdesk::test {

// Runs every test case linked into this executable with the command line's options; the exit code.
int runCatchSession(int argc, char** argv);

} // namespace peerdesk::test
