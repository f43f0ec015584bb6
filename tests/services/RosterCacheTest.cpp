#include "services/RosterCache.h"

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "services/SupporterService.h"
#include "services/Vault.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace peerdesk;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

QStringList namesIn(VaultSession& session)
{
    auto roster = session.roster().current(session.database());
    REQUIRE(roster);
    QStringList names;
    for (const Supporter& supporter : std::as_const(*roster))
        names.append(supporter.name);
    return names;
}

} // namespace

TEST_CASE("The cached roster follows every change made through this session", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto first = supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org")));
    REQUIRE(first);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First") });

    auto second = supporters.add(sampleSupporter(QStringLiteral("Ben Second"), QStringLiteral("ben@example.org")));
    REQUIRE(second);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Ben Second") });

    // A change to a child table (a debrief) is a roster change too.
    DebriefRecord debrief;
    debrief.kind = QStringLiteral("debrief");
    debrief.heldOn = session->clock().todayLocal();
    REQUIRE(supporters.addDebrief(*first, debrief));
    auto roster = session->roster().current(session->database());
    REQUIRE(roster);
    CHECK(roster->constFirst().debriefs.size() == 1);
}

TEST_CASE("The cached roster sees what another connection committed", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    CHECK(namesIn(*session).size() == 1);

    auto ticket = std::make_shared<WorkerTicket>(session->workerTicket());
    auto added = QtConcurrent::run([ticket]() -> Result<qint64> {
                     auto worker = vault::openWorker(std::move(*ticket));
                     if (!worker)
                         return worker.error();
                     return SupporterService(**worker).add(
                         sampleSupporter(QStringLiteral("Cy Worker"), QStringLiteral("cy@example.org")));
                 }).result();
    REQUIRE(added);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Cy Worker") });
}

TEST_CASE("A roster read inside a rolled-back transaction is not reused", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    CHECK(namesIn(*session).size() == 1);

    // Inside the transaction the cache reads the uncommitted supporter; the rollback undoes it and the revision
    // counter with it. Then a different change brings the counter back to the same value: the cache must not
    // take its rolled-back roster for the current one.
    auto failed = session->database().transaction([&]() -> Result<void> {
        if (auto ghost
            = supporters.add(sampleSupporter(QStringLiteral("Gus Ghost"), QStringLiteral("gus@example.org")));
            !ghost)
            return ghost.error();
        CHECK(namesIn(*session).size() == 2);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("abandon"));
    });
    CHECK_FALSE(failed);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Di Real"), QStringLiteral("di@example.org"))));
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Di Real") });
}

TEST_CASE("Locking drops the cached roster", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    CHECK(namesIn(*session).size() == 1);
    session->close();
    // Closed: the connection is gone, so reading fails instead of answering from memory.
    CHECK_FALSE(session->roster().current(session->database()));
}
