// Sites (issue 28): the program's sites, who works which, where a request goes, and matching within a site. These
// run in a vault and, in test_services@server, on a program server, where row-level security holds coordinators to
// their sites as well (tests/server/ServerSitesTest.cpp attacks that with SQL).
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/domain/MatchEngine.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/services/StatisticsService.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MatchRepository.h"
#include "core/vault/VaultSession.h"

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

QString lastAction(VaultSession& session)
{
    auto last = AuditRepository(session.database()).last();
    REQUIRE(last);
    REQUIRE(*last);
    return (*last)->action;
}

QStringList codes(const QList<Site>& sites)
{
    QStringList found;
    for (const Site& site : sites)
        found.append(site.code);
    return found;
}

} // namespace

TEST_CASE("An administrator adds and renames sites, audited, and a bad or taken code changes nothing", "[sites]")
{
    TempVault vault;
    auto coordinator = vault.unlockAs(Role::Coordinator);
    auto admin = vault.unlock();
    SiteService sites(*admin);
    auto first = sites.list();
    REQUIRE(first);
    REQUIRE(first->size() == 1);
    CHECK(first->constFirst().id == Site::First);
    CHECK(first->constFirst().code == QLatin1String("main"));

    auto north = sites.add(QStringLiteral("north"), QStringLiteral("North clinic"));
    REQUIRE(north);
    CHECK(lastAction(*admin) == QLatin1String("site.added"));
    CHECK(sites.byCode(QStringLiteral("north"))->name == QLatin1String("North clinic"));
    REQUIRE(sites.rename(QStringLiteral("north"), QStringLiteral("  Northern clinic ")));
    CHECK(lastAction(*admin) == QLatin1String("site.renamed"));
    CHECK(sites.byCode(QStringLiteral("north"))->name == QLatin1String("Northern clinic"));

    for (const char* bad : { "North", "north clinic", "", "n/1", "a-very-long-site-code-of-33-chars" }) {
        INFO(bad);
        auto refused = sites.add(QString::fromLatin1(bad), QStringLiteral("Somewhere"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
    auto taken = sites.add(QStringLiteral("north"), QStringLiteral("Again"));
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(sites.add(QStringLiteral("south"), QString(81, QLatin1Char('x'))));
    CHECK_FALSE(sites.rename(QStringLiteral("nowhere"), QStringLiteral("X")));
    CHECK(codes(*sites.list()) == QStringList{ QStringLiteral("main"), QStringLiteral("north") });
    CHECK(lastAction(*admin) == QLatin1String("site.renamed"));

    // Only administrators change them.
    auto refused = SiteService(*coordinator).add(QStringLiteral("south"), QStringLiteral("South"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    CHECK(SiteService(*coordinator).list()->size() == 2);
}

TEST_CASE("A coordinator takes requests in at the sites they work, and a new one in a program of several is told "
          "which",
          "[sites]")
{
    TempVault vault;
    // Added while the program has one site: they work it.
    auto coordinator = vault.unlockAs(Role::Coordinator);
    const QString login = TempVault::loginFor(Role::Coordinator);
    auto admin = vault.unlock();
    SiteService sites(*admin);
    CHECK(codes(*sites.sitesOf(login)) == QStringList{ QStringLiteral("main") });
    RequestService requests(*coordinator);
    auto first = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(first);
    CHECK(requests.get(*first)->siteId == Site::First);

    auto north = sites.add(QStringLiteral("north"), QStringLiteral("North"));
    REQUIRE(north);
    // A new coordinator must be given their sites once there are several; other roles see the whole program.
    NewUser unsited;
    unsited.login = QStringLiteral("riley");
    unsited.role = Role::Coordinator;
    unsited.initialPassphrase = TempVault::secret(QStringLiteral("initial harbour 42 lantern calmly"));
    auto refusedAccount = UserService(*admin).add(unsited);
    REQUIRE_FALSE(refusedAccount);
    CHECK(refusedAccount.error().code == ErrorCode::InvalidInput);
    unsited.sites = { QStringLiteral("nowhere") };
    CHECK_FALSE(UserService(*admin).add(unsited));
    unsited.sites = { QStringLiteral("north") };
    REQUIRE(UserService(*admin).add(unsited));
    CHECK(codes(*sites.sitesOf(QStringLiteral("riley"))) == QStringList{ QStringLiteral("north") });
    CHECK(lastAction(*admin) == QLatin1String("user.added"));

    // Both sites: a request must say which; one of them is taken as asked.
    REQUIRE(sites.assign(login, { QStringLiteral("main"), QStringLiteral("north") }));
    CHECK(lastAction(*admin) == QLatin1String("user.sites_changed"));
    auto unsure = requests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Alex Morin")));
    REQUIRE_FALSE(unsure);
    CHECK(unsure.error().code == ErrorCode::InvalidInput);
    NewRequest toNorth = sampleRequest(vault.clock().nowUtc(), QStringLiteral("Alex Morin"));
    toNorth.siteId = *north;
    auto second = requests.intake(toNorth);
    REQUIRE(second);
    CHECK(requests.get(*second)->siteId == *north);
    RequestListQuery northOnly;
    northOnly.siteId = *north;
    auto listed = requests.page(northOnly);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->constFirst().summary.id == *second);

    // North only: a request for the main site is refused and nothing is written.
    REQUIRE(sites.assign(login, { QStringLiteral("north") }));
    NewRequest toMain = sampleRequest(vault.clock().nowUtc(), QStringLiteral("Sam Roy"));
    toMain.siteId = Site::First;
    auto elsewhere = requests.intake(toMain);
    REQUIRE_FALSE(elsewhere);
    CHECK(elsewhere.error().code == ErrorCode::NotPermitted);
    CHECK(*RequestService(*admin).count({}) == 2);
    toMain.siteId = 999;
    CHECK_FALSE(requests.intake(toMain));
    // A coordinator keeps at least one site; an unknown code changes nothing.
    CHECK_FALSE(sites.assign(login, {}));
    CHECK_FALSE(sites.assign(login, { QStringLiteral("north"), QStringLiteral("nowhere") }));
    CHECK(codes(*sites.sitesOf(login)) == QStringList{ QStringLiteral("north") });
    CHECK(codes(*SiteService(*coordinator).workable()) == QStringList{ QStringLiteral("north") });
    // The program's statistics need the whole program: not from someone who works only part of it.
    const QDate today = vault.clock().nowUtc().date();
    const StatPeriod month{ StatPeriod::Type::Month, today.year(), today.month() };
    auto partial = StatisticsService(*coordinator).tables(month);
    REQUIRE_FALSE(partial);
    CHECK(partial.error().code == ErrorCode::NotPermitted);
    CHECK(StatisticsService(*admin).tables(month));
    CHECK(SiteService(*admin).workable()->size() == 2);
    // Only administrators say who works where.
    CHECK(SiteService(*coordinator).assign(login, { QStringLiteral("main") }).error().code == ErrorCode::NotPermitted);
}

TEST_CASE("A request is matched with its own site's supporters unless the program crosses sites", "[sites]")
{
    TempVault vault;
    auto admin = vault.unlock();
    auto north = SiteService(*admin).add(QStringLiteral("north"), QStringLiteral("North"));
    REQUIRE(north);
    Supporter jordan = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    jordan.siteId = *north;
    auto jordanId = SupporterService(*admin).add(jordan);
    REQUIRE(jordanId);
    CHECK(SupporterService(*admin).get(*jordanId)->siteId == *north);
    NewRequest asked = sampleRequest(vault.clock().nowUtc());
    asked.siteId = Site::First;
    RequestService requests(*admin);
    auto id = requests.intake(asked);
    REQUIRE(id);
    REQUIRE(requests.triage(*id, {}));

    MatchingService matching(*admin);
    auto ranked = matching.suggest(*id);
    REQUIRE(ranked);
    CHECK(ranked->candidates.isEmpty());
    REQUIRE(ranked->excluded.size() == 1);
    CHECK(ranked->excluded.constFirst().rule == QLatin1String("other_site"));
    auto refused = matching.assign(*id, *jordanId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    // Past the services, the database refuses it too.
    Match direct;
    direct.requestId = *id;
    direct.supporterId = *jordanId;
    direct.proposedAt = vault.clock().nowUtc();
    CHECK_FALSE(MatchRepository(admin->database()).insert(direct));
    // Nor may a match made within the site be moved to another site's supporter.
    auto local
        = SupporterService(*admin).add(sampleSupporter(QStringLiteral("Ana Main"), QStringLiteral("ana@example.org")));
    REQUIRE(local);
    auto sameSite = matching.assign(*id, *local);
    REQUIRE(sameSite);
    CHECK_FALSE(admin->database().exec(QStringLiteral("UPDATE matches SET supporter_id = ? WHERE id = ?"),
                                       { *jordanId, *sameSite }));
    REQUIRE(matching.decline(*id));

    REQUIRE(changeSetting(*admin, QLatin1String(ProgramSettings::CrossSiteMatching), QStringLiteral("1")));
    ranked = matching.suggest(*id);
    REQUIRE(ranked);
    REQUIRE(ranked->candidates.size() == 1);
    CHECK(ranked->candidates.constFirst().supporterId == *jordanId);
    CHECK(matching.assign(*id, *jordanId));
}
