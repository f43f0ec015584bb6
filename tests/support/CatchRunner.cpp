// Catch2 2.x is one header whose implementation is compiled wherever CATCH_CONFIG_RUNNER is defined, which takes
// about 40 s. It is compiled here once, into the support library, not once per test suite.
#define CATCH_CONFIG_RUNNER
#include "CatchRunner.h"

#include "CatchCompat.h"

#if defined(PEERDESK_CATCH3)
#include <catch2/catch_session.hpp>
#endif

int peerdesk::test::runCatchSession(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}
