#pragma once

namespace peerdesk {

// Once per process, before anything else in core: libsodium, the QSQLCIPHER driver, and a check that the
// linked SQLCipher is new enough. False (with a message on stderr) when the process cannot continue.
bool initialiseCore();

} // namespace peerdesk
