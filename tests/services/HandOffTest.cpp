#include "core/services/HandOff.h"

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"

#include <QUrlQuery>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

const QDateTime Now(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);

SupportRequest requestFor(const QString& name)
{
    const NewRequest intake = sampleRequest(Now, name);
    SupportRequest request;
    request.id = 42;
    request.reasons = { QStringLiteral("burnout"), QStringLiteral("complaint") };
    request.profile = intake.profile;
    request.profile.modalities = { QStringLiteral("phone"), QStringLiteral("in_person") };
    request.profile.specialtyPreference = QStringLiteral("same");
    request.identity = intake.identity;
    request.escalated = true;
    request.urgency = QStringLiteral("priority");
    return request;
}

Supporter supporter()
{
    Supporter s = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan.lee@example.org"));
    s.id = 7;
    return s;
}

} // namespace

TEST_CASE("The introduction holds the requester's first name and how to reach them, and nothing else", "[handoff]")
{
    const SupportRequest request = requestFor(QStringLiteral("Dr Robin Tremblay"));
    const Introduction intro = HandOff::compose(request, supporter(), false);

    CHECK(intro.recipient == QStringLiteral("jordan.lee@example.org"));
    CHECK(intro.subject == QStringLiteral("PeerDesk request R-42"));
    CHECK(intro.body.contains(QStringLiteral("First name: Robin")));
    CHECK(intro.body.contains(QStringLiteral("robin.tremblay@example.org")));
    CHECK(intro.body.contains(QStringLiteral("(613) 555-0199")));
    CHECK(intro.body.contains(QStringLiteral("weekday evenings")));
    CHECK(intro.body.contains(QStringLiteral("Languages: English")));
    CHECK(intro.body.contains(QStringLiteral("Specialty preference: Same specialty")));
    // The requester asked for phone or in person; the supporter offers phone and video.
    CHECK(intro.body.contains(QStringLiteral("Modality: Phone")));
    CHECK(intro.body.contains(QStringLiteral("Hello Jordan,")));

    SECTION("never the surname, institution, region, urgency or escalation")
    {
        CHECK_FALSE(intro.body.contains(QStringLiteral("Tremblay,")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("Robin Tremblay")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("Tremblay\n")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("General Hospital")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("Ottawa")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("Priority")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("scalat")));
        CHECK_FALSE(intro.subject.contains(QStringLiteral("Robin")));
    }
    SECTION("no reasons without the requester's consent")
    {
        CHECK_FALSE(intro.body.contains(QStringLiteral("Burnout")));
        CHECK_FALSE(intro.body.contains(QStringLiteral("complaint")));
    }
}

TEST_CASE("The introduction states the contact target's date when it is given one", "[handoff]")
{
    const SupportRequest request = requestFor(QStringLiteral("Robin Tremblay"));
    CHECK_FALSE(HandOff::compose(request, supporter(), false).body.contains(QStringLiteral("reach them by")));
    const Introduction dated = HandOff::compose(request, supporter(), false, QDate(2026, 12, 3));
    CHECK(dated.body.contains(QStringLiteral("Please reach them by Thursday 3 December")));
    CHECK_FALSE(dated.body.contains(QStringLiteral("2026")));
    // Once the date has passed, the message does not ask for the impossible.
    const Introduction late = HandOff::compose(request, supporter(), false, QDate(2026, 12, 3), QDate(2026, 12, 4));
    CHECK(late.body.contains(QStringLiteral("Please reach them as soon as you can")));
    CHECK(late.body.contains(QStringLiteral("Thursday 3 December")));
    CHECK(HandOff::compose(request, supporter(), false, QDate(2026, 12, 3), QDate(2026, 12, 3))
              .body.contains(QStringLiteral("Please reach them by Thursday 3 December")));
}

TEST_CASE("The reasons are shared only when the requester agreed", "[handoff]")
{
    const Introduction intro = HandOff::compose(requestFor(QStringLiteral("Robin Tremblay")), supporter(), true);
    CHECK(intro.body.contains(QStringLiteral("Burnout or moral injury")));
    CHECK(intro.body.contains(QStringLiteral("Patient or college complaint")));
}

TEST_CASE("The first name skips titles and survives odd spacing", "[handoff]")
{
    CHECK(HandOff::firstName(QStringLiteral("  Robin   Tremblay ")) == QStringLiteral("Robin"));
    CHECK(HandOff::firstName(QStringLiteral("Dr. Marie-Ève Roy")) == QStringLiteral("Marie-Ève"));
    CHECK(HandOff::firstName(QStringLiteral("Dre Anne Roy")) == QStringLiteral("Anne"));
    CHECK(HandOff::firstName(QString()).isEmpty());
}

TEST_CASE("The mailto link percent-encodes the subject and body with CRLF line breaks", "[handoff]")
{
    Introduction intro;
    intro.recipient = QStringLiteral("jordan.lee@example.org");
    intro.subject = QStringLiteral("PeerDesk request R-42");
    intro.body = QStringLiteral("Hello Jordan,\nFirst name: Zoë & co?=#");
    const QUrl url = HandOff::mailtoUrl(intro);
    REQUIRE(url.isValid());
    CHECK(url.scheme() == QStringLiteral("mailto"));
    const QByteArray encoded = url.toEncoded();
    CHECK(encoded.startsWith("mailto:jordan.lee@example.org?subject=PeerDesk%20request%20R-42&body="));
    CHECK(encoded.contains("Hello%20Jordan%2C%0D%0AFirst%20name%3A%20Zo%C3%AB%20%26%20co%3F%3D%23"));
    CHECK_FALSE(encoded.contains(' '));
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
          == QStringLiteral("Hello Jordan,\r\nFirst name: Zoë & co?=#"));
}

TEST_CASE("The introduction is built for the request's supporter, for coordinators only", "[handoff]")
{
    TempVault vault;
    vault.clock().set(Now);
    auto session = vault.unlock();
    auto supporterId = SupporterService(*session).add(supporter());
    REQUIRE(supporterId);
    RequestService requests(*session);
    auto requestId = requests.intake(sampleRequest(Now, QStringLiteral("Robin Tremblay")));
    REQUIRE(requestId);
    HandOff handOff(*session);

    auto early = handOff.introduction(*requestId, false);
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(early.error().message.contains(QStringLiteral("Robin")));

    REQUIRE(requests.triage(*requestId, {}));
    REQUIRE(MatchingService(*session).assign(*requestId, *supporterId));
    auto intro = handOff.introduction(*requestId, false);
    REQUIRE(intro);
    CHECK(intro->recipient == QStringLiteral("jordan.lee@example.org"));
    CHECK(intro->subject == QStringLiteral("PeerDesk request R-%1").arg(*requestId));
    CHECK(intro->body.contains(QStringLiteral("First name: Robin")));
    // Received Monday 2 March with a two-business-day target: the supporter is told the date.
    CHECK(intro->body.contains(QStringLiteral("Please reach them by Wednesday 4 March")));

    // Once the supporter reached them, there is no date to keep.
    REQUIRE(MatchingService(*session).accept(*requestId));
    REQUIRE(requests.recordFirstContact(*requestId));
    auto after = handOff.introduction(*requestId, false);
    REQUIRE(after);
    CHECK_FALSE(after->body.contains(QStringLiteral("Please reach them by")));

    session.reset();
    session = vault.unlockAs(Role::Reporting);
    REQUIRE(session->user().role == Role::Reporting);
    auto refused = HandOff(*session).introduction(*requestId, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
}
