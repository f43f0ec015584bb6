#include "core/CoreInit.h"

#include "core/security/SecureBuffer.h"
#include "core/storage/SqlCipherDriver.h"

#include <cstdio>

namespace peerdesk {

bool initialiseCore()
{
    if (!initialiseSodium()) {
        std::fputs("PeerDesk: libsodium could not be initialised\n", stderr);
        return false;
    }
    SqlCipherDriver::registerDriver();
    return true;
}

} // namespace peerdesk
