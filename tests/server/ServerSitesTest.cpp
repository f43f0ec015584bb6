// Sites on a program server (issue 28; docs/server.md, "Sites"; docs/security.md): a coordinator of one site, with a
// SQL shell under their own login, reads and changes nothing of another site's requests and what hangs from them.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "ServerSupport.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

qint64 countOf(Database& database, const QString& sql, const QVariantList& values = {})
{
    auto query = database.exec(sql, values);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

// The request tables and their rows that hang from one request, as each policy reaches them.
const char* const RequestChildren[] = { "request_attributes", "matches" };

// A program of two sites: Alex administers, Dana coordinates the first site ("main"), Sam the second ("north");
// each signed in from their own session and login.
struct TwoSites
{
    TwoCoordinators program;
    std::unique_ptr<VaultSession> alex = signIn(QStringLiteral("alex"), program.alexPassphrase);
    std::unique_ptr<VaultSession> dana;
    std::unique_ptr<VaultSession> sam;
    qint64 north = 0;

    TwoSites()
    {
        auto added = SiteService(*alex).add(QStringLiteral("north"), QStringLiteral("North"));
        REQUIRE(added);
        north = *added;
        const QString samPassphrase = QStringLiteral("northern lights 58 harbour sam");
        program.enrol(QStringLiteral("sam"), Role::Coordinator, samPassphrase, { QStringLiteral("north") });
        dana = signIn(QStringLiteral("dana"), program.danaPassphrase);
        sam = signIn(QStringLiteral("sam"), samPassphrase);
    }

    std::unique_ptr<VaultSession> signIn(const QString& login, const QString& passphrase) const
    {
        auto session = program.signIn(login, passphrase);
        REQUIRE(session);
        return std::move(*session);
    }
};

} // namespace

TEST_CASE("A coordinator of one site reads and changes no row of another site's requests, even with SQL",
          "[server][sites]")
{
    TwoSites sites;
    auto& [program, alex, dana, sam, north] = sites;

    // Each site's supporter, and each coordinator's requests, triaged and matched within their site.
    Supporter jordan = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    Supporter kim = sampleSupporter(QStringLiteral("Kim North"), QStringLiteral("kim@example.org"));
    kim.siteId = north;
    REQUIRE(SupporterService(*alex).add(jordan));
    auto kimId = SupporterService(*alex).add(kim);
    REQUIRE(kimId);
    const QDateTime now = program.clock.nowUtc();
    QList<qint64> mainIds;
    for (const char* name : { "Robin Tremblay", "Alex Morin" }) {
        auto id = RequestService(*dana).intake(
            sampleRequest(now, QString::fromLatin1(name), QStringLiteral("%1@example.org").arg(mainIds.size())));
        REQUIRE(id);
        mainIds.append(*id);
    }
    auto northId = RequestService(*sam).intake(
        sampleRequest(now, QStringLiteral("Sam Gagnon"), QStringLiteral("gagnon@example.org")));
    REQUIRE(northId);
    REQUIRE(RequestService(*sam).triage(*northId, {}));
    REQUIRE(MatchingService(*sam).assign(*northId, *kimId));

    Database& owner = program.server.owner();
    REQUIRE(countOf(owner, QStringLiteral("SELECT count(*) FROM requests WHERE site_id = ?"), { north }) == 1);
    REQUIRE(countOf(owner, QStringLiteral("SELECT count(*) FROM matches WHERE request_id = ?"), { *northId }) == 1);

    // Through the services: each sees their own site; the administrator the whole program.
    CHECK(*RequestService(*dana).count({}) == 2);
    CHECK(*RequestService(*sam).count({}) == 1);
    CHECK(*RequestService(*alex).count({}) == 3);
    auto hidden = RequestService(*dana).get(*northId);
    REQUIRE_FALSE(hidden);
    CHECK(hidden.error().code == ErrorCode::InvalidInput); // "There is no request #n", as for a number never used

    // With SQL, as a coordinator of the main site (a login of the program's coordinators, given site 1).
    auto mallory
        = program.server.open(program.server.addLogin(QStringLiteral("mallory"), QStringLiteral("coordinator")));
    CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM requests WHERE site_id = ?"), { north }) == 0);
    CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM requests")) == 2);
    CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM conversations")) == 0);
    for (const char* table : RequestChildren) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE request_id = ?").arg(QLatin1String(table));
        CHECK(countOf(owner, sql, { *northId }) > 0); // the owner, whom row-level security does not bind, sees them
        CHECK(countOf(*mallory, sql, { *northId }) == 0);
    }
    CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM session_sites()")) == 1);

    // Nothing of the other site changes: updates and deletes reach no row; a row moved or made there is refused.
    auto closed = mallory->exec(QStringLiteral("UPDATE requests SET status = 'closed' WHERE id = ?"), { *northId });
    REQUIRE(closed);
    CHECK(closed->numRowsAffected() == 0);
    auto deleted = mallory->exec(QStringLiteral("DELETE FROM request_attributes WHERE request_id = ?"), { *northId });
    REQUIRE(deleted);
    CHECK(deleted->numRowsAffected() == 0);
    auto moved = mallory->exec(QStringLiteral("UPDATE requests SET site_id = ? WHERE id = ?"), { north, mainIds[0] });
    REQUIRE_FALSE(moved);
    CHECK(moved.error().code == ErrorCode::NotPermitted);
    const QString copyInto = QStringLiteral(
        "INSERT INTO requests (received_at, channel, referral_type, status, urgency, career_stage, specialty, region, "
        "specialty_preference, allow_same_institution, created_at, updated_at, site_id) SELECT received_at, channel, "
        "referral_type, status, urgency, career_stage, specialty, region, specialty_preference, "
        "allow_same_institution, created_at, updated_at, ? FROM requests WHERE id = ?");
    auto planted = mallory->exec(copyInto, { north, mainIds[0] });
    REQUIRE_FALSE(planted);
    CHECK(planted.error().code == ErrorCode::NotPermitted);
    auto control = mallory->exec(copyInto, { Site::First, mainIds[0] }); // the same statement at their own site
    REQUIRE(control);
    CHECK(control->numRowsAffected() == 1);
    auto matched = mallory->exec(QStringLiteral("INSERT INTO matches (request_id, supporter_id, status, proposed_at) "
                                                "VALUES (?, ?, 'proposed', '2026-01-01T00:00:00Z')"),
                                 { *northId, *kimId });
    REQUIRE_FALSE(matched);
    // Who works where is the administrators' to read and write.
    CHECK_FALSE(mallory->exec(QStringLiteral("SELECT count(*) FROM staff_sites")));
    CHECK_FALSE(
        mallory->exec(QStringLiteral("INSERT INTO staff_sites (login, site_id) VALUES ('mallory', ?)"), { north }));
    CHECK_FALSE(mallory->exec(QStringLiteral("UPDATE sites SET code = 'main2' WHERE id = 1")));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM requests WHERE site_id = ? AND status <> 'closed'"),
                  { north })
          == 1);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM request_attributes WHERE request_id = ?"), { *northId })
          > 0);

    // A reporting user counts the whole program; the administrator reads it all.
    auto rita = program.server.open(program.server.addLogin(QStringLiteral("rita"), QStringLiteral("reporting")));
    CHECK(countOf(*rita, QStringLiteral("SELECT count(*) FROM requests WHERE site_id = ?"), { north }) == 1);

    // A site given later is seen at once; taken away, it is gone at once.
    REQUIRE(SiteService(*alex).assign(QStringLiteral("dana"), { QStringLiteral("main"), QStringLiteral("north") }));
    CHECK(*RequestService(*dana).count({}) == 4);
    REQUIRE(SiteService(*alex).assign(QStringLiteral("dana"), { QStringLiteral("north") }));
    CHECK(*RequestService(*dana).count({}) == 1);
}

TEST_CASE("The checks that count across sites see every site's rows whoever writes", "[server][sites]")
{
    TwoSites sites;
    auto& [program, alex, dana, sam, north] = sites;
    REQUIRE(changeSetting(*alex, QLatin1String(ProgramSettings::CrossSiteMatching), QStringLiteral("1")));
    // Two places: a north supporter that both sites may match.
    Supporter kim = sampleSupporter(QStringLiteral("Kim North"), QStringLiteral("kim@example.org"));
    kim.siteId = north;
    kim.maxActive = 2;
    auto kimId = SupporterService(*alex).add(kim);
    REQUIRE(kimId);
    const QDateTime now = program.clock.nowUtc();
    auto northId = RequestService(*sam).intake(
        sampleRequest(now, QStringLiteral("Sam Gagnon"), QStringLiteral("gagnon@example.org")));
    REQUIRE(northId);
    REQUIRE(RequestService(*sam).triage(*northId, {}));
    REQUIRE(MatchingService(*sam).assign(*northId, *kimId));
    REQUIRE(MatchingService(*sam).accept(*northId));
    QList<qint64> mainIds;
    for (const char* name : { "Robin Tremblay", "Alex Morin" }) {
        auto id = RequestService(*dana).intake(
            sampleRequest(now, QString::fromLatin1(name), QStringLiteral("%1@example.org").arg(mainIds.size())));
        REQUIRE(id);
        REQUIRE(RequestService(*dana).triage(*id, {}));
        mainIds.append(*id);
    }
    REQUIRE(MatchingService(*dana).assign(mainIds[0], *kimId));
    REQUIRE(MatchingService(*dana).accept(mainIds[0]));

    // Dana cannot see Sam's match, but the load the database keeps counts it: Kim has no place left.
    auto ranked = MatchingService(*dana).suggest(mainIds[1]);
    REQUIRE(ranked);
    CHECK(ranked->candidates.isEmpty());
    REQUIRE(ranked->excluded.size() == 1);
    CHECK(ranked->excluded.constFirst().rule == QLatin1String("no_capacity"));
    // Past the services, the capacity trigger counts the match Dana cannot read.
    auto mallory
        = program.server.open(program.server.addLogin(QStringLiteral("mallory"), QStringLiteral("coordinator")));
    auto planted = mallory->exec(QStringLiteral("INSERT INTO matches (request_id, supporter_id, status, proposed_at) "
                                                "VALUES (?, ?, 'proposed', '2026-01-01T00:00:00Z')"),
                                 { mainIds[1], *kimId });
    REQUIRE_FALSE(planted);
    INFO(planted.error().message.toStdString());
    CHECK(planted.error().message.contains(QLatin1String("last place"))); // SQLSTATE 23P01, the capacity trigger

    // Sam books Kim; Dana, who cannot see that conversation, is refused the same time by the booking trigger.
    ConversationRequest booking;
    booking.requestId = *northId;
    booking.startsAt = QDateTime(now.date().addDays(3), QTime(15, 0), Qt::UTC);
    booking.modality = QStringLiteral("phone");
    booking.outsideAvailability = true;
    REQUIRE(SchedulingService(*sam).schedule(booking));
    CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM conversations")) == 0);
    booking.requestId = mainIds[0];
    auto doubled = SchedulingService(*dana).schedule(booking);
    REQUIRE_FALSE(doubled);
    CHECK(doubled.error().message.contains(QLatin1String("that time"))); // SQLSTATE 23P01, the booking trigger
    booking.startsAt = booking.startsAt.addSecs(3600);
    CHECK(SchedulingService(*dana).schedule(booking));
}
