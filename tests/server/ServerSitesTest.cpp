// Sites on a program server (issue 28; docs/server.md, "Sites"; docs/security.md): a coordinator of one site, with a
// SQL shell under their own login, reads and changes nothing of another site's requests and what hangs from them.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "ServerSupport.h"
#include "core/services/GroupService.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/storage/SqlValues.h"

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

// What hangs from a request or a group, and which of its rows belong to one site (`?`), as each policy reaches them.
struct Child
{
    const char* table;
    const char* ofSite;
};
const Child Children[] = {
    { "request_attributes", "request_id IN (SELECT id FROM requests WHERE site_id = ?)" },
    { "request_availability", "request_id IN (SELECT id FROM requests WHERE site_id = ?)" },
    { "escalations", "request_id IN (SELECT id FROM requests WHERE site_id = ?)" },
    { "referrals_given", "request_id IN (SELECT id FROM requests WHERE site_id = ?)" },
    { "matches", "request_id IN (SELECT id FROM requests WHERE site_id = ?)" },
    { "conversations",
      "match_id IN (SELECT m.id FROM matches m JOIN requests r ON r.id = m.request_id WHERE r.site_id = ?)" },
    { "peer_groups", "site_id = ?" },
    { "group_facilitators", "group_id IN (SELECT id FROM peer_groups WHERE site_id = ?)" },
    { "group_occurrences", "group_id IN (SELECT id FROM peer_groups WHERE site_id = ?)" },
};

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
    // North's request has a row in every table that hangs from a request, and North a group with sessions.
    NewRequest asked = sampleRequest(now, QStringLiteral("Sam Gagnon"), QStringLiteral("gagnon@example.org"));
    asked.profile.availability = { WeeklyWindow{ 1, 9 * 60, 17 * 60 } };
    auto northId = RequestService(*sam).intake(asked);
    REQUIRE(northId);
    REQUIRE(RequestService(*sam).triage(*northId, {}));
    REQUIRE(RequestService(*sam).escalate(*northId, QStringLiteral("crisis_resources_given")));
    auto resources = RequestService(*sam).resourcesFor(*northId);
    REQUIRE(resources);
    REQUIRE_FALSE(resources->isEmpty());
    REQUIRE(RequestService(*sam).refer(*northId, resources->constFirst()));
    REQUIRE(MatchingService(*sam).assign(*northId, *kimId));
    REQUIRE(MatchingService(*sam).accept(*northId));
    ConversationRequest booking;
    booking.requestId = *northId;
    booking.startsAt = QDateTime(now.date().addDays(3), QTime(15, 0), Qt::UTC);
    booking.modality = QStringLiteral("phone");
    booking.outsideAvailability = true;
    REQUIRE(SchedulingService(*sam).schedule(booking));
    PeerGroup circle;
    circle.name = QStringLiteral("North circle");
    circle.modality = QStringLiteral("video");
    circle.recurrence = GroupRecurrence::weekly(now.date().addDays(1).dayOfWeek());
    circle.startMinute = 6 * 60;
    circle.capacity = 6;
    circle.firstDate = now.date().addDays(1);
    circle.facilitatorIds = { *kimId };
    REQUIRE(GroupService(*sam).add(circle));
    NewRequest halfTyped = sampleRequest(now, QStringLiteral("Lou Draft"), QStringLiteral("lou@example.org"));
    REQUIRE(RequestService(*sam).keepDraft(halfTyped));

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
    for (const Child& child : Children) {
        INFO(child.table);
        const QString ofNorth = QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                    .arg(QLatin1String(child.table), QLatin1String(child.ofSite));
        CHECK(countOf(owner, ofNorth, { north }) > 0); // the owner, whom row-level security does not bind, sees them
        CHECK(countOf(*mallory, ofNorth, { north }) == 0);
        // ... and everything else of the table.
        CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(child.table)))
              == countOf(owner,
                         QStringLiteral("SELECT count(*) FROM %1 WHERE NOT (%2)")
                             .arg(QLatin1String(child.table), QLatin1String(child.ofSite)),
                         { north }));
    }
    // A colleague's kept draft is theirs alone (their half-typed request is an identity cell).
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM request_drafts")) == 1);
    CHECK(countOf(*mallory, QStringLiteral("SELECT count(*) FROM request_drafts")) == 0);
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
    // Rows written onto another site's request or match are refused by row-level security before any check could
    // say something about them (whether that supporter is booked then).
    auto matched = mallory->exec(QStringLiteral("INSERT INTO matches (request_id, supporter_id, status, proposed_at) "
                                                "VALUES (?, ?, 'declined', '2026-01-01T00:00:00Z')"),
                                 { *northId, *kimId });
    REQUIRE_FALSE(matched);
    CHECK(matched.error().code == ErrorCode::NotPermitted);
    auto northMatch = owner.exec(QStringLiteral("SELECT id FROM matches WHERE request_id = ?"), { *northId });
    REQUIRE(northMatch);
    REQUIRE(northMatch->next());
    const qint64 northMatchId = northMatch->value(0).toLongLong();
    northMatch->finish();
    auto overBooked = mallory->exec(
        QStringLiteral("INSERT INTO conversations (match_id, starts_at, duration_minutes, modality, status, "
                       "created_at) VALUES (?, ?, 30, 'phone', 'scheduled', '2026-01-01T00:00:00Z')"),
        { northMatchId, booking.startsAt.toString(Qt::ISODate) });
    REQUIRE_FALSE(overBooked);
    CHECK(overBooked.error().code == ErrorCode::NotPermitted);
    // Nor may they open matching across sites, or move a supporter to their own site.
    CHECK_FALSE(mallory->exec(QStringLiteral("UPDATE settings SET value = '1' WHERE key = ?"),
                              { QLatin1String(ProgramSettings::CrossSiteMatching) }));
    CHECK_FALSE(mallory->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, '1')"),
                              { QLatin1String(ProgramSettings::CrossSiteMatching) }));
    auto kimMoved = mallory->exec(QStringLiteral("UPDATE supporters SET site_id = 1 WHERE id = ?"), { *kimId });
    REQUIRE_FALSE(kimMoved);
    CHECK(kimMoved.error().code == ErrorCode::NotPermitted);
    CHECK(countOf(owner, QStringLiteral("SELECT site_id FROM supporters WHERE id = ?"), { *kimId }) == north);
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

TEST_CASE("A group session moved onto its facilitator's conversation at another site is refused", "[server][sites]")
{
    TwoSites sites;
    auto& [program, alex, dana, sam, north] = sites;
    REQUIRE(changeSetting(*alex, QLatin1String(ProgramSettings::CrossSiteMatching), QStringLiteral("1")));
    Supporter kim = sampleSupporter(QStringLiteral("Kim North"), QStringLiteral("kim@example.org"));
    kim.siteId = north;
    auto kimId = SupporterService(*alex).add(kim);
    REQUIRE(kimId);
    // Dana (main) books Kim at noon, program time, in four days.
    const QTimeZone zone = RequestService(*dana).contactTarget()->timeZone();
    const QDateTime now = program.clock.nowUtc();
    const QDate day = now.toTimeZone(zone).date().addDays(4);
    auto mainId = RequestService(*dana).intake(sampleRequest(now));
    REQUIRE(mainId);
    REQUIRE(RequestService(*dana).triage(*mainId, {}));
    REQUIRE(MatchingService(*dana).assign(*mainId, *kimId));
    REQUIRE(MatchingService(*dana).accept(*mainId));
    ConversationRequest booking;
    booking.requestId = *mainId;
    booking.startsAt = QDateTime(day, QTime(12, 0), zone);
    booking.modality = QStringLiteral("phone");
    booking.outsideAvailability = true;
    REQUIRE(SchedulingService(*dana, zone).schedule(booking));
    // Sam (north) runs a group Kim facilitates on that day at 09:00, then moves it to 11:45. Sam can read no
    // conversation of Dana's: the check reads every site's through the owner's function facilitator_booked_during.
    PeerGroup circle;
    circle.name = QStringLiteral("North circle");
    circle.modality = QStringLiteral("video");
    circle.recurrence = GroupRecurrence::weekly(day.dayOfWeek());
    circle.startMinute = 9 * 60;
    circle.capacity = 6;
    circle.firstDate = day;
    circle.facilitatorIds = { *kimId };
    GroupService groups(*sam, zone);
    auto circleId = groups.add(circle);
    REQUIRE(circleId);
    auto stored = groups.get(*circleId);
    REQUIRE(stored);
    stored->startMinute = 11 * 60 + 45;
    auto movedOver = groups.edit(*stored);
    REQUIRE_FALSE(movedOver);
    CHECK(movedOver.error().code == ErrorCode::InvalidInput);
    CHECK(movedOver.error().message.contains(QStringLiteral("#%1").arg(*kimId)));
    // Lengthened in place onto it (the sessions keep their start), the database's trigger refuses it too.
    stored = groups.get(*circleId);
    REQUIRE(stored);
    auto session = program.server.owner().exec(
        QStringLiteral("SELECT min(id) FROM group_occurrences WHERE group_id = ?"), { *circleId });
    REQUIRE(session);
    REQUIRE(session->next());
    const qint64 firstSession = session->value(0).toLongLong();
    session->finish();
    auto mallory
        = program.server.open(program.server.addLogin(QStringLiteral("mallory"), QStringLiteral("coordinator")));
    REQUIRE(program.server.owner().exec(QStringLiteral("UPDATE staff_sites SET site_id = ? WHERE login = 'mallory'"),
                                        { north }));
    const QVariant overlapping = sql_values::moment(booking.startsAt.addSecs(30 * 60));
    auto lengthened = mallory->exec(QStringLiteral("UPDATE group_occurrences SET ends_at = ? WHERE id = ?"),
                                    { overlapping, firstSession });
    REQUIRE_FALSE(lengthened); // SQLSTATE 23P01 at commit: "a facilitator is booked during the session"
    // The same statement clear of the conversation is taken: the refusal was the check's.
    CHECK(mallory->exec(QStringLiteral("UPDATE group_occurrences SET ends_at = ? WHERE id = ?"),
                        { sql_values::moment(booking.startsAt.addSecs(-30 * 60)), firstSession }));
    auto unchanged = groups.get(*circleId);
    REQUIRE(unchanged);
    CHECK(unchanged->startMinute == 9 * 60);
    // Moved clear of it, the change goes through.
    stored = groups.get(*circleId);
    stored->startMinute = 13 * 60;
    CHECK(groups.edit(*stored));
}
