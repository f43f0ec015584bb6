#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/HandOff.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/RetentionService.h"
#include "core/services/SupporterService.h"
#include "core/storage/AuditRepository.h"
#include "core/vault/VaultSession.h"

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::TempVault;

namespace {

// The rows that say who was shown request id's identity, as the Audit page lists them.
QList<AuditEntry> viewsOf(VaultSession& session, qint64 id)
{
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("identity.viewed");
    filter.entityType = QStringLiteral("request");
    filter.entityId = id;
    auto rows = AuditRepository(session.database()).page(filter, 0, 1000);
    REQUIRE(rows);
    return *rows;
}

} // namespace

TEST_CASE("Showing a physician's identity is recorded with the request and the viewer, once per unlock",
          "[audit][identity]")
{
    TempVault vault;
    auto admin = vault.unlock();
    RequestService requests(*admin);
    auto first = requests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Robin Tremblay")));
    auto second = requests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Sam Okafor")));
    REQUIRE(first);
    REQUIRE(second);
    auto supporter = SupporterService(*admin).add(
        test::sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan.lee@example.org")));
    REQUIRE(supporter);

    // Work on a request shows nothing and records nothing.
    REQUIRE(requests.get(*first));
    REQUIRE(requests.list());
    CHECK(viewsOf(*admin, *first).isEmpty());

    // The details: one row with the request's id and the viewer; looking again in the same unlock adds none.
    auto shown = requests.view(*first);
    REQUIRE(shown);
    CHECK(shown->identity.name == QLatin1String("Robin Tremblay"));
    REQUIRE(requests.view(*first));
    QList<AuditEntry> rows = viewsOf(*admin, *first);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).actor == QLatin1String(TempVault::Login));
    CHECK(rows.at(0).entityId == *first);
    CHECK(viewsOf(*admin, *second).isEmpty());

    // A list with identities: one row per request listed, still once per unlock.
    REQUIRE(requests.viewAll());
    CHECK(viewsOf(*admin, *first).size() == 1);
    CHECK(viewsOf(*admin, *second).size() == 1);
    admin.reset();

    // Another unlock, another person: recorded again, under their login.
    auto coordinator = vault.unlockAs(Role::Coordinator);
    REQUIRE(RequestService(*coordinator).view(*second));
    rows = viewsOf(*coordinator, *second);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).actor == TempVault::loginFor(Role::Coordinator)); // newest first
    // Nothing about the person is in the rows (the audit log holds actions, record types and ids only).
    for (const AuditEntry& row : rows) {
        CHECK_FALSE(row.action.contains(QStringLiteral("Sam")));
        CHECK_FALSE(row.entityType.contains(QStringLiteral("Okafor")));
    }
    // The hand-off shows the requester's first name and contact details: a view too.
    RequestService coordinatorRequests(*coordinator);
    auto third = coordinatorRequests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Kim Roy")));
    REQUIRE(third);
    REQUIRE(coordinatorRequests.triage(*third, {}));
    REQUIRE(MatchingService(*coordinator).assign(*third, *supporter));
    CHECK(viewsOf(*coordinator, *third).isEmpty());
    REQUIRE(HandOff(*coordinator).introduction(*third, false));
    CHECK(viewsOf(*coordinator, *third).size() == 1);
    coordinator.reset();

    // A reporting user is shown no identity, and nothing is recorded in their name.
    auto reporting = vault.unlockAs(Role::Reporting);
    CHECK_FALSE(RequestService(*reporting).view(*first));
    CHECK(viewsOf(*reporting, *first).size() == 1);
}
