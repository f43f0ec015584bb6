#pragma once

// A vault filled with the demo generator's fictional program (12 supporters, 40 requests), for tests that look at
// every page as a user would see it. The demo clock must outlive the session that reads it: both live here.

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/demo/DemoData.h"
#include "core/vault/VaultSession.h"

#include <memory>

namespace peerdesk::test {

struct DemoVault
{
    TempVault vault;
    DemoClock clock{ vault.clock() };
    std::unique_ptr<VaultSession> session;

    DemoVault()
    {
        auto key = vault::unwrapWithPassphrase(vault.directory(), QLatin1String(TempVault::Login),
                                               TempVault::secret(QLatin1String(TempVault::Passphrase)));
        REQUIRE(key);
        auto opened = vault::open(std::move(*key), clock);
        REQUIRE(opened);
        session = std::move(*opened);
        DemoOptions options;
        options.supporters = 12;
        options.requests = 40;
        REQUIRE(DemoData::generate(*session, clock, options));
    }
};

} // namespace peerdesk::test
