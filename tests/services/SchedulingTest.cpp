#include "CatchCompat.h"
#include "SchedulingFixture.h"
#include "TempVault.h"
#include "core/domain/Vocabulary.h"
#include "core/services/AuditViewer.h"
#include "core/services/GroupService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlValues.h"

using namespace peerdesk;
using namespace peerdesk::test::scheduling;
using peerdesk::test::TempVault;

namespace {

const QStringList Video = { QStringLiteral("video") };

ConversationRequest conversationAt(qint64 requestId, const QDateTime& at, int minutes = 30,
                                   const QString& modality = QStringLiteral("video"))
{
    ConversationRequest request;
    request.requestId = requestId;
    request.startsAt = at;
    request.durationMinutes = minutes;
    request.modality = modality;
    return request;
}

// Checks a refusal: InvalidInput, a message without anybody's name, and nothing written.
template <typename Call> Error refused(VaultSession& session, const Call& call)
{
    const QStringList before = snapshot(session);
    auto result = call();
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(mentionsAName(result.error().message));
    CHECK(snapshot(session) == before);
    return result.error();
}

// A weekly video group on Thursdays at noon for an hour, from 2026-03-05, led by facilitator.
PeerGroup thursdayLunchGroup(qint64 facilitator)
{
    PeerGroup group;
    group.name = QStringLiteral("Thursday lunch group");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(4);
    group.startMinute = 12 * 60;
    group.durationMinutes = 60;
    group.capacity = 6;
    group.firstDate = QDate(2026, 3, 5);
    group.facilitatorIds = { facilitator };
    return group;
}

qint64 scheduled(SchedulingService& service, const ConversationRequest& request)
{
    auto outcome = service.schedule(request);
    if (!outcome)
        FAIL("scheduling was refused: " << outcome.error().message.toStdString());
    return outcome->id;
}

} // namespace

TEST_CASE("A conversation is scheduled for an accepted match, listed and audited", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());

    auto outcome = service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 14, 0), 45));
    REQUIRE(outcome);
    CHECK(outcome->number == 1);
    CHECK(outcome->cap == 3);
    CHECK_FALSE(outcome->referralSuggested);
    CHECK(outcome->referralPrompt.isEmpty());

    auto listed = service.list(request);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    const Conversation& conversation = listed->constFirst();
    CHECK(conversation.id == outcome->id);
    CHECK(conversation.requestId == request);
    CHECK(conversation.supporterId == supporter);
    CHECK(conversation.startsAt == QDateTime(QDate(2026, 3, 5), QTime(19, 0), Qt::UTC));
    CHECK(conversation.endsAt() == QDateTime(QDate(2026, 3, 5), QTime(19, 45), Qt::UTC));
    CHECK(conversation.durationMinutes == 45);
    CHECK(conversation.modality == QStringLiteral("video"));
    CHECK(conversation.status == QStringLiteral("scheduled"));
    CHECK(
        scalar(session->database(), QStringLiteral("SELECT starts_at = '2026-03-05T19:00:00.000Z' FROM conversations"))
        == 1);
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conversation.scheduled' AND "
                                "entity_type = 'conversation' AND entity_id = ? AND actor = 'admin'"),
                 { outcome->id })
          == 1);
    auto other = service.list(request + 1);
    REQUIRE(other);
    CHECK(other->isEmpty());
}

TEST_CASE("A conversation lasts 15 to 45 minutes", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video));
    SchedulingService service(*session, toronto());

    for (const int minutes : { 0, 14, 46, 90 }) {
        INFO(minutes);
        const Error error = refused(*session, [&] {
            return service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 9, 0), minutes));
        });
        CHECK(error.message.contains(QStringLiteral("15 to 45 minutes")));
    }
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 9, 0), 15)));
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 10, 0), 45)));
    refused(*session, [&] { return service.schedule(conversationAt(request, QDateTime(), 30)); });
    refused(*session, [&] {
        return service.schedule(
            conversationAt(request, torontoTime(2026, 3, 5, 12, 0), 30, QStringLiteral("carrier_pigeon")));
    });
}

TEST_CASE("Conversations are scheduled only once a supporter has accepted the request", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    SchedulingService service(*session, toronto());
    const QDateTime at = torontoTime(2026, 3, 5, 14, 0);

    const qint64 proposed
        = addMatchedRequest(*session, supporter, QStringLiteral("matched"), QStringLiteral("proposed"));
    const Error error = refused(*session, [&] { return service.schedule(conversationAt(proposed, at)); });
    CHECK(error.message.contains(QStringLiteral("no accepted match")));

    const qint64 declined
        = addMatchedRequest(*session, supporter, QStringLiteral("triaged"), QStringLiteral("declined"));
    refused(*session, [&] { return service.schedule(conversationAt(declined, at)); });
    refused(*session, [&] { return service.schedule(conversationAt(9999, at)); });

    int day = 0;
    for (const char* status : { "accepted", "first_contact_made", "in_progress" }) {
        INFO(status);
        const qint64 request = addMatchedRequest(*session, supporter, QLatin1String(status));
        CHECK(service.schedule(conversationAt(request, at.addDays(++day))));
    }
}

TEST_CASE("A conversation must use a modality the supporter offers", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request
        = addMatchedRequest(*session, addSupporter(*session, { QStringLiteral("video"), QStringLiteral("phone") }));
    SchedulingService service(*session, toronto());
    const Error error = refused(*session, [&] {
        return service.schedule(
            conversationAt(request, torontoTime(2026, 3, 5, 14, 0), 30, QStringLiteral("in_person")));
    });
    CHECK(error.message.contains(QStringLiteral("in person")));
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 14, 0), 30, QStringLiteral("phone"))));
}

TEST_CASE("A time outside the supporter's availability is refused unless the coordinator confirms it", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    // Thursdays 13:00-15:00 and 19:00-21:00, Toronto time.
    const qint64 supporter = addSupporter(*session, Video, { { 4, 13 * 60, 15 * 60 }, { 4, 19 * 60, 21 * 60 } });
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());

    // 14:45-15:15 runs past the window's end; 12:45 starts before it; Friday is not available at all.
    for (const QDateTime& at :
         { torontoTime(2026, 3, 5, 14, 45), torontoTime(2026, 3, 5, 12, 45), torontoTime(2026, 3, 6, 14, 0) }) {
        INFO(at.toString(Qt::ISODate).toStdString());
        const Error error = refused(*session, [&] { return service.schedule(conversationAt(request, at)); });
        CHECK(error.message.contains(QStringLiteral("outside the supporter's availability")));
        CHECK(error.message.contains(QStringLiteral("thu 13:00-15:00")));
    }
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 14, 30))));
    // After the DST change (8 March) the window is still 19:00-21:00 on the wall clock.
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 12, 20, 15), 45)));

    ConversationRequest confirmed = conversationAt(request, torontoTime(2026, 3, 6, 14, 0));
    confirmed.outsideAvailability = true;
    CHECK(service.schedule(confirmed));

    SECTION("a supporter without availability windows can be scheduled at any time")
    {
        const qint64 open = addMatchedRequest(*session, addSupporter(*session, Video));
        CHECK(service.schedule(conversationAt(open, torontoTime(2026, 3, 7, 7, 0))));
    }
}

TEST_CASE("Availability windows are read in the program's wall-clock time across DST changes", "[schedule]")
{
    const QList<WeeklyWindow> mondayEvening = { { 1, 19 * 60, 20 * 60 } };
    const auto fits = [&](const QDateTime& startUtc, int minutes) {
        return SchedulingService::fitsAvailability(mondayEvening, startUtc, startUtc.addSecs(minutes * 60), toronto());
    };
    // 23:30 UTC is 18:30 in EST (2 March) but 19:30 in EDT (9 March).
    CHECK_FALSE(fits(QDateTime(QDate(2026, 3, 2), QTime(23, 30), Qt::UTC), 30));
    CHECK(fits(QDateTime(QDate(2026, 3, 9), QTime(23, 30), Qt::UTC), 30));
    CHECK(fits(QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC), 60)); // 19:00-20:00 EST
    CHECK_FALSE(fits(QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC), 61));
    // A window to midnight takes a conversation that ends exactly at midnight, not one that crosses it.
    const QList<WeeklyWindow> lateSunday = { { 7, 23 * 60, 24 * 60 } };
    const QDateTime sundayLate = torontoTime(2026, 3, 15, 23, 15);
    CHECK(SchedulingService::fitsAvailability(lateSunday, sundayLate, sundayLate.addSecs(45 * 60), toronto()));
    CHECK_FALSE(SchedulingService::fitsAvailability(lateSunday, sundayLate.addSecs(60), sundayLate.addSecs(46 * 60),
                                                    toronto()));
}

TEST_CASE("A supporter cannot be booked for two conversations at once", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 first = addMatchedRequest(*session, supporter);
    const qint64 second = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    const qint64 booked = scheduled(service, conversationAt(first, torontoTime(2026, 3, 5, 14, 0), 45));

    for (const QDateTime& at :
         { torontoTime(2026, 3, 5, 14, 0), torontoTime(2026, 3, 5, 13, 31), torontoTime(2026, 3, 5, 14, 44) }) {
        INFO(at.toString(Qt::ISODate).toStdString());
        const Error error = refused(*session, [&] { return service.schedule(conversationAt(second, at)); });
        CHECK(error.message.contains(QStringLiteral("already has conversation #%1").arg(booked)));
        CHECK(error.message.contains(QStringLiteral("2026-03-05 14:00")));
    }
    // Back to back is fine, before and after.
    CHECK(service.schedule(conversationAt(second, torontoTime(2026, 3, 5, 13, 30))));
    CHECK(service.schedule(conversationAt(second, torontoTime(2026, 3, 5, 14, 45))));

    SECTION("a cancelled conversation frees the time")
    {
        REQUIRE(service.setStatus(booked, QStringLiteral("cancelled")));
        CHECK(service.schedule(conversationAt(second, torontoTime(2026, 3, 5, 14, 10))));
    }
    SECTION("another supporter is free at the same time")
    {
        const qint64 elsewhere = addMatchedRequest(*session, addSupporter(*session, Video));
        CHECK(service.schedule(conversationAt(elsewhere, torontoTime(2026, 3, 5, 14, 0))));
    }
}

TEST_CASE("A conversation cannot overlap a group session the supporter facilitates", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    PeerGroup group = thursdayLunchGroup(supporter);
    auto groupId = GroupService(*session, toronto()).add(group);
    REQUIRE(groupId);
    SchedulingService service(*session, toronto());

    const Error error = refused(
        *session, [&] { return service.schedule(conversationAt(request, torontoTime(2026, 3, 12, 12, 30))); });
    CHECK(error.message.contains(QStringLiteral("facilitates group session")));
    CHECK(error.message.contains(QStringLiteral("2026-03-12 12:00")));
    // On a program server the database holds it too, for a client that checked before a colleague's booking
    // committed, or did not check at all (a local vault has one writer: the service's check is the rule).
    if (session->database().isServer()) {
        const qint64 match
            = scalar(session->database(), QStringLiteral("SELECT id FROM matches WHERE request_id = ?"), { request });
        auto inserted = session->database().exec(
            QStringLiteral("INSERT INTO conversations (match_id, starts_at, duration_minutes, modality, status, "
                           "created_at) VALUES (?, ?, 30, 'video', 'scheduled', ?)"),
            { match, stamp(torontoTime(2026, 3, 12, 12, 30)), stamp(session->clock().nowUtc()) });
        REQUIRE_FALSE(inserted);
        CHECK(inserted.error().message.contains(QStringLiteral("someone else has just taken")));
    }
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 12, 13, 0))));
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 12, 11, 15), 45)));
    SECTION("a cancelled group session frees the time")
    {
        auto occurrences = GroupService(*session, toronto()).occurrences(*groupId);
        REQUIRE(occurrences);
        REQUIRE(occurrences->size() > 1);
        OccurrenceUpdate cancel;
        cancel.status = QStringLiteral("cancelled");
        REQUIRE(GroupService(*session, toronto()).record(occurrences->at(1).id, cancel));
        CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 12, 12, 15))));
    }
}

TEST_CASE("A supporter with a conversation booked during a group's session is not made its facilitator", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService scheduling(*session, toronto());
    scheduled(scheduling, conversationAt(request, torontoTime(2026, 3, 12, 12, 30)));
    GroupService groups(*session, toronto());
    PeerGroup group = thursdayLunchGroup(supporter);

    // Made with them as its facilitator: refused, and no group is left behind.
    Error error = refused(*session, [&] { return groups.add(group); });
    CHECK(error.message.contains(QStringLiteral("conversation booked at 2026-03-12 12:30")));
    CHECK(error.message.contains(QStringLiteral("2026-03-12 12:00")));
    // Made without, then given them: refused as well.
    group.facilitatorIds.clear();
    auto groupId = groups.add(group);
    REQUIRE(groupId);
    auto stored = groups.get(*groupId);
    REQUIRE(stored);
    PeerGroup withFacilitator = *stored;
    withFacilitator.facilitatorIds = { supporter };
    error = refused(*session, [&] { return groups.edit(withFacilitator); });
    CHECK(error.message.contains(QStringLiteral("Supporter #%1").arg(supporter)));
    // On a program server the database holds it too, for a client that did not check. The server knows only its own
    // clock, before which sessions never recorded do not count: the conversation and the sessions are moved a year
    // on, past the server's today, with SQL first.
    if (session->database().isServer()) {
        Database& database = session->database();
        const QString yearOn = QStringLiteral("to_char((CAST(%1 AS timestamptz) + interval '1 year') AT TIME ZONE "
                                              "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
        REQUIRE(database.exec(
            QStringLiteral("UPDATE conversations SET starts_at = %1").arg(yearOn.arg(QStringLiteral("starts_at")))));
        REQUIRE(
            database.exec(QStringLiteral("UPDATE group_occurrences SET starts_at = %1, ends_at = %2 WHERE group_id = ?")
                              .arg(yearOn.arg(QStringLiteral("starts_at")), yearOn.arg(QStringLiteral("ends_at"))),
                          { *groupId }));
        auto inserted
            = database.exec(QStringLiteral("INSERT INTO group_facilitators (group_id, supporter_id) VALUES (?, ?)"),
                            { *groupId, supporter });
        REQUIRE_FALSE(inserted);
        CHECK(inserted.error().message.contains(QStringLiteral("someone else has just taken")));
        return;
    }
    // An hour later the same week, the group is theirs to lead; and moved onto the conversation, it is refused.
    withFacilitator.startMinute = 14 * 60;
    REQUIRE(groups.edit(withFacilitator));
    auto moved = groups.get(*groupId);
    REQUIRE(moved);
    PeerGroup back = *moved;
    back.startMinute = 12 * 60;
    refused(*session, [&] { return groups.edit(back); });
}

TEST_CASE("The conversation past the cap is scheduled and suggests onward referral", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video));
    SchedulingService service(*session, toronto());
    for (int day = 5; day <= 7; ++day) {
        auto outcome = service.schedule(conversationAt(request, torontoTime(2026, 3, day, 14, 0)));
        REQUIRE(outcome);
        CHECK(outcome->number == day - 4);
        CHECK_FALSE(outcome->referralSuggested);
    }
    auto fourth = service.schedule(conversationAt(request, torontoTime(2026, 3, 9, 14, 0)));
    REQUIRE(fourth);
    CHECK(fourth->number == 4);
    CHECK(fourth->referralSuggested);
    CHECK(fourth->resources.contains(QStringLiteral("Physician Health Program")));
    CHECK(fourth->resources.contains(QStringLiteral("Suicide Crisis Helpline: call or text 988")));
    CHECK(fourth->referralPrompt.contains(QStringLiteral("onward referral")));
    CHECK(fourth->referralPrompt.contains(QStringLiteral("Physician Health Program")));

    SECTION("cancelled conversations and no-shows do not count, and the cap is a setting")
    {
        REQUIRE(ProgramSettings(session->database())
                    .set(QLatin1String(ProgramSettings::ConversationCap), QStringLiteral("5")));
        auto listed = service.list(request);
        REQUIRE(listed);
        REQUIRE(service.setStatus(listed->at(0).id, QStringLiteral("cancelled")));
        auto next = service.schedule(conversationAt(request, torontoTime(2026, 3, 10, 14, 0)));
        REQUIRE(next);
        CHECK(next->number == 4);
        CHECK(next->cap == 5);
        CHECK_FALSE(next->referralSuggested);
    }
}

TEST_CASE("A conversation's number is its rank by date among the match's conversations, not the booking order",
          "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video));
    SchedulingService service(*session, toronto());
    auto later = service.schedule(conversationAt(request, torontoTime(2026, 3, 12, 14, 0)));
    REQUIRE(later);
    CHECK(later->number == 1);
    // Booked second but earlier: the first conversation with this peer.
    auto earlier = service.schedule(conversationAt(request, torontoTime(2026, 3, 5, 14, 0)));
    REQUIRE(earlier);
    CHECK(earlier->number == 1);
    auto between = service.schedule(conversationAt(request, torontoTime(2026, 3, 9, 14, 0)));
    REQUIRE(between);
    CHECK(between->number == 2);
    // A cancelled earlier conversation is not counted.
    REQUIRE(service.setStatus(earlier->id, QStringLiteral("cancelled")));
    auto replacing = service.schedule(conversationAt(request, torontoTime(2026, 3, 10, 14, 0)));
    REQUIRE(replacing);
    CHECK(replacing->number == 2); // after 9 March, before 12 March
    auto last = service.schedule(conversationAt(request, torontoTime(2026, 3, 16, 14, 0)));
    REQUIRE(last);
    CHECK(last->number == 4);
    CHECK(last->referralSuggested); // past the default cap of 3
    CHECK(last->referralPrompt.startsWith(QStringLiteral("This is conversation number 4")));
    // Booked now before all the others: number 1, yet the match has five, more than the model plans.
    auto first = service.schedule(conversationAt(request, torontoTime(2026, 3, 6, 14, 0)));
    REQUIRE(first);
    CHECK(first->number == 1);
    CHECK(first->referralSuggested);
    CHECK(first->referralPrompt.startsWith(QStringLiteral("This makes 5 conversations with this peer")));
}

TEST_CASE("Marking a conversation held moves the request on, in the same transaction", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    RequestService requests(*session);
    const QDateTime first = torontoTime(2026, 3, 5, 14, 0);
    const qint64 one = scheduled(service, conversationAt(request, first));
    const qint64 two = scheduled(service, conversationAt(request, torontoTime(2026, 3, 12, 14, 0)));
    vault.clock().set(torontoTime(2026, 3, 20, 9, 0));

    auto before = requests.get(request);
    REQUIRE(before);
    CHECK(before->status == RequestStatus::Accepted);
    REQUIRE(service.setStatus(one, QStringLiteral("held")));
    auto after = requests.get(request);
    REQUIRE(after);
    // Accepted -> first contact made (the conversation was the first contact) -> in progress.
    CHECK(after->status == RequestStatus::InProgress);
    CHECK(after->firstContactAt == first.toUTC());
    REQUIRE(service.setStatus(two, QStringLiteral("held")));
    CHECK(requests.get(request)->status == RequestStatus::InProgress);

    auto held = service.get(one);
    REQUIRE(held);
    CHECK(held->status == QStringLiteral("held"));
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conversation.held' AND "
                                "entity_type = 'conversation'"))
          == 2);

    SECTION("a held conversation is final")
    {
        const Error error = refused(*session, [&] { return service.setStatus(one, QStringLiteral("cancelled")); });
        CHECK(error.message.contains(QStringLiteral("already held")));
        refused(*session, [&] { return service.setStatus(one, QStringLiteral("held")); });
    }
    SECTION("from first contact made, held moves to in progress")
    {
        const qint64 contacted = addMatchedRequest(*session, supporter, QStringLiteral("first_contact_made"));
        const qint64 id = scheduled(service, conversationAt(contacted, torontoTime(2026, 3, 18, 14, 0)));
        REQUIRE(service.setStatus(id, QStringLiteral("held")));
        CHECK(requests.get(contacted)->status == RequestStatus::InProgress);
    }
    SECTION("an unknown status or conversation is refused")
    {
        refused(*session, [&] { return service.setStatus(two, QStringLiteral("maybe")); });
        refused(*session, [&] { return service.setStatus(4242, QStringLiteral("cancelled")); });
    }
}

TEST_CASE("A conversation that has not started cannot be marked held or no-show", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video));
    SchedulingService service(*session, toronto());
    const qint64 id = scheduled(service, conversationAt(request, torontoTime(2026, 3, 5, 14, 0)));

    for (const char* status : { "held", "no_show" }) {
        INFO(status);
        const Error error = refused(*session, [&] { return service.setStatus(id, QLatin1String(status)); });
        CHECK(error.message.contains(QStringLiteral("still ahead")));
    }
    CHECK(RequestService(*session).get(request)->status == RequestStatus::Accepted);
    vault.clock().set(torontoTime(2026, 3, 5, 14, 1));
    REQUIRE(service.setStatus(id, QStringLiteral("no_show")));
    CHECK(RequestService(*session).get(request)->status == RequestStatus::Accepted);
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conversation.no_show'"))
          == 1);
}

TEST_CASE("When the request refuses the held conversation, the conversation stays scheduled", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    // Received on 1 March and booked on the 2nd; the receipt is then found to be the 3rd (as a vault written before
    // bookings were checked against it may hold), so the request refuses a conversation held before it.
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video), QStringLiteral("accepted"),
                                             QStringLiteral("accepted"), torontoTime(2026, 3, 1, 9, 0));
    SchedulingService service(*session, toronto());
    const qint64 id = scheduled(service, conversationAt(request, torontoTime(2026, 3, 2, 14, 0)));
    REQUIRE(session->database().exec(QStringLiteral("UPDATE requests SET received_at = ? WHERE id = ?"),
                                     { sql_values::moment(torontoTime(2026, 3, 3, 9, 0)), request }));
    refused(*session, [&] { return service.setStatus(id, QStringLiteral("held")); });
    CHECK(service.get(id)->status == QStringLiteral("scheduled"));
}

TEST_CASE("A conversation booked or moved before its request was received is refused and changes nothing", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video), QStringLiteral("accepted"),
                                             QStringLiteral("accepted"), torontoTime(2026, 3, 1, 9, 0));
    SchedulingService service(*session, toronto());
    // A year typed wrong: 2025 for 2026.
    auto early = service.schedule(conversationAt(request, torontoTime(2025, 3, 2, 14, 0)));
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::InvalidInput);
    CHECK(early.error().message.contains(QStringLiteral("received")));
    CHECK(service.list(request)->isEmpty());
    CHECK_FALSE(service.checkAfterReceipt(request, torontoTime(2026, 3, 1, 8, 45)));
    CHECK(service.checkAfterReceipt(request, torontoTime(2026, 3, 1, 9, 0)));

    const qint64 id = scheduled(service, conversationAt(request, torontoTime(2026, 3, 2, 14, 0)));
    const QStringList before = snapshot(*session);
    auto moved = service.reschedule(id, torontoTime(2025, 3, 2, 14, 0), 30, QStringLiteral("video"), false);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().message.contains(QStringLiteral("received")));
    CHECK(snapshot(*session) == before);
    CHECK(service.get(id)->startsAt == torontoTime(2026, 3, 2, 14, 0).toUTC());
}

TEST_CASE("Reporting users can neither schedule nor see conversations", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 request = addMatchedRequest(*session, addSupporter(*session, Video));
    SchedulingService coordinator(*session, toronto());
    const qint64 id = scheduled(coordinator, conversationAt(request, torontoTime(2026, 3, 5, 14, 0)));
    session.reset();
    session = vault.unlockAs(Role::Reporting);
    REQUIRE(session->user().role == Role::Reporting);
    SchedulingService service(*session, toronto());
    const QStringList before = snapshot(*session);
    auto scheduling = service.schedule(conversationAt(request, torontoTime(2026, 3, 6, 14, 0)));
    REQUIRE_FALSE(scheduling);
    CHECK(scheduling.error().code == ErrorCode::NotPermitted);
    auto status = service.setStatus(id, QStringLiteral("cancelled"));
    REQUIRE_FALSE(status);
    CHECK(status.error().code == ErrorCode::NotPermitted);
    CHECK(service.list().error().code == ErrorCode::NotPermitted);
    CHECK(service.get(id).error().code == ErrorCode::NotPermitted);
    CHECK(snapshot(*session) == before);
}

TEST_CASE("Closing a request cancels its conversations booked from the close on, audited, and frees the time",
          "[schedule][close]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    RequestService requests(*session);
    // One held already, one past but not yet recorded, two ahead.
    const qint64 held = scheduled(service, conversationAt(request, torontoTime(2026, 3, 3, 14, 0)));
    const qint64 unrecorded = scheduled(service, conversationAt(request, torontoTime(2026, 3, 4, 14, 0)));
    const qint64 nextWeek = scheduled(service, conversationAt(request, torontoTime(2026, 3, 9, 14, 0)));
    const qint64 later = scheduled(service, conversationAt(request, torontoTime(2026, 3, 16, 14, 0)));
    vault.clock().set(torontoTime(2026, 3, 5, 9, 0));
    REQUIRE(service.setStatus(held, QStringLiteral("held")));

    auto preview = requests.conversationsCancelledByClosing(request);
    REQUIRE(preview);
    CHECK(*preview == 2);
    auto closed = requests.close(request, CloseOutcome::Completed);
    REQUIRE(closed);
    CHECK(*closed == 2);
    auto listed = service.list(request);
    REQUIRE(listed);
    QHash<qint64, QString> status;
    for (const Conversation& c : *listed)
        status.insert(c.id, c.status);
    CHECK(status.value(held) == QLatin1String("held"));
    CHECK(status.value(unrecorded) == QLatin1String("scheduled")); // before the close: it may have taken place
    CHECK(status.value(nextWeek) == QLatin1String("cancelled"));
    CHECK(status.value(later) == QLatin1String("cancelled"));

    // Audited like any cancellation: the conversation's id, no one's name.
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("conversation.cancelled");
    auto rows = AuditViewer(*session).page(filter, 0, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    QList<qint64> audited;
    for (const AuditEntry& row : *rows)
        audited.append(row.entityId.value_or(0));
    CHECK(audited.contains(nextWeek));
    CHECK(audited.contains(later));

    // The supporter's time is free again for another request.
    const qint64 other = addMatchedRequest(*session, supporter);
    CHECK(service.schedule(conversationAt(other, torontoTime(2026, 3, 9, 14, 0))));
}

TEST_CASE("A close dated earlier never cancels a past conversation, a request without a supporter cancels nothing",
          "[schedule][close]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    const qint64 first = scheduled(service, conversationAt(request, torontoTime(2026, 3, 3, 14, 0)));
    const qint64 past = scheduled(service, conversationAt(request, torontoTime(2026, 3, 4, 14, 0)));
    const qint64 ahead = scheduled(service, conversationAt(request, torontoTime(2026, 3, 9, 14, 0)));
    vault.clock().set(torontoTime(2026, 3, 6, 9, 0));
    RequestService requests(*session);
    // Closed as of Tuesday evening, recorded on Friday: Wednesday's conversation may have taken place and is left
    // to be recorded; only Monday's, still ahead, is cancelled.
    const QDateTime closedAt = torontoTime(2026, 3, 3, 18, 0);
    CHECK(requests.conversationsCancelledByClosing(request, closedAt).value() == 1);
    auto closed = requests.close(request, CloseOutcome::Withdrawn, {}, closedAt);
    REQUIRE(closed);
    CHECK(*closed == 1);
    auto listed = service.list(request);
    REQUIRE(listed);
    REQUIRE(listed->size() == 3);
    for (const Conversation& c : *listed)
        CHECK(c.status == QLatin1String(c.id == ahead ? "cancelled" : "scheduled"));
    // What is left of an ended match is recorded, not moved.
    const Error moved = refused(*session, [&] {
        return service.reschedule(past, torontoTime(2026, 3, 10, 14, 0), 30, QStringLiteral("video"), false);
    });
    CHECK(moved.message.contains(QStringLiteral("ended")));
    CHECK(service.setStatus(past, QStringLiteral("held")));
    (void)first;

    NewRequest in;
    in.receivedAt = vault.clock().nowUtc();
    in.channel = QStringLiteral("phone");
    in.profile.languages = { QStringLiteral("en") };
    in.profile.modalities = { QStringLiteral("phone") };
    in.identity.name = QStringLiteral("Someone");
    in.identity.phone = QStringLiteral("613-555-0100");
    auto alone = requests.intake(in);
    REQUIRE(alone);
    CHECK(requests.conversationsCancelledByClosing(*alone).value() == 0);
    CHECK(requests.close(*alone, CloseOutcome::Withdrawn).value() == 0);
}

TEST_CASE("Upgrading to schema 12 cancels, once, what closed requests left scheduled from their close on",
          "[local-only][schedule][close][migration]")
{
    TempVault vault;
    qint64 before = 0, after = 0, open = 0;
    {
        auto session = vault.unlock();
        const qint64 supporter = addSupporter(*session, Video);
        const qint64 closing = addMatchedRequest(*session, supporter);
        const qint64 stillOpen = addMatchedRequest(*session, supporter);
        SchedulingService service(*session, toronto());
        before = scheduled(service, conversationAt(closing, torontoTime(2026, 3, 4, 14, 0)));
        after = scheduled(service, conversationAt(closing, torontoTime(2026, 3, 9, 14, 0)));
        open = scheduled(service, conversationAt(stillOpen, torontoTime(2026, 3, 10, 14, 0)));
        vault.clock().set(torontoTime(2026, 3, 5, 9, 0));
        REQUIRE(RequestService(*session).close(closing, CloseOutcome::Withdrawn));
        // As an older PeerDesk left it: the later conversation still scheduled, the schema at 11.
        Database& database = session->database();
        REQUIRE(database.exec(QStringLiteral("UPDATE conversations SET status = 'scheduled' WHERE id = ?"), { after }));
        // What versions 13 to 20 added goes too, so that their steps can run again.
        for (const char* statement :
             { "DROP INDEX users_supporter", "DROP INDEX users_supporter_link",
               "ALTER TABLE users DROP COLUMN supporter_id", "DROP TRIGGER matches_within_site",
               "DROP TRIGGER matches_within_site_update", "DROP TRIGGER sites_kept", "DROP TRIGGER sites_id_kept",
               "DROP INDEX requests_site", "DROP INDEX supporters_site", "DROP INDEX peer_groups_site",
               "DROP INDEX staff_sites_site", "DROP TABLE staff_sites" })
            REQUIRE(database.exec(QString::fromLatin1(statement)));
        for (const char* table : { "requests", "supporters", "peer_groups" }) {
            REQUIRE(database.exec(QStringLiteral("DROP TRIGGER %1_site_known").arg(QLatin1String(table))));
            REQUIRE(database.exec(QStringLiteral("DROP TRIGGER %1_site_known_update").arg(QLatin1String(table))));
            REQUIRE(database.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN site_id").arg(QLatin1String(table))));
        }
        REQUIRE(database.exec(QStringLiteral("DROP TABLE sites")));
        for (const char* table : { "requests", "supporters", "matches", "conversations", "peer_groups",
                                   "group_occurrences", "group_members", "group_registrations", "users" }) {
            REQUIRE(database.exec(QStringLiteral("DROP TRIGGER %1_row_version").arg(QLatin1String(table))));
            if (QLatin1String(table) != QLatin1String("group_members"))
                REQUIRE(
                    database.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN row_version").arg(QLatin1String(table))));
        }
        REQUIRE(database.exec(QStringLiteral("DROP TRIGGER requests_consent_before_triage")));
        REQUIRE(database.exec(QStringLiteral("DROP TRIGGER requests_consent_before_triage_insert")));
        REQUIRE(database.exec(QStringLiteral("DROP INDEX requests_list_clock")));
        REQUIRE(database.exec(QStringLiteral("DROP INDEX matches_ended_early")));
        REQUIRE(database.exec(QStringLiteral("ALTER TABLE matches DROP COLUMN end_reason")));
        REQUIRE(database.exec(QStringLiteral("DROP TABLE referrals_given")));
        REQUIRE(database.exec(QStringLiteral("DROP INDEX conversations_unrecorded")));
        REQUIRE(database.exec(QStringLiteral("DROP INDEX group_occurrences_unrecorded")));
        REQUIRE(database.exec(QStringLiteral("DROP TABLE request_drafts")));
        for (const char* drop :
             { "ALTER TABLE peer_groups DROP COLUMN recurrence", "ALTER TABLE peer_groups DROP COLUMN skip_holidays",
               "ALTER TABLE group_occurrences DROP COLUMN skipped_for", "DROP TABLE group_members",
               "ALTER TABLE peer_groups DROP COLUMN enrolment", "DROP TABLE group_escalations",
               "ALTER TABLE peer_groups DROP COLUMN resources" })
            REQUIRE(database.exec(QLatin1String(drop)));
        REQUIRE(database.exec(QStringLiteral("PRAGMA user_version = 11")));
    }
    auto session = vault.unlock();
    CHECK(session->database().schemaVersion() == migrations::latestVersion());
    CHECK(migrations::latestVersion() >= 12);
    auto status = [&](qint64 id) {
        auto query = session->database().exec(QStringLiteral("SELECT status FROM conversations WHERE id = ?"), { id });
        REQUIRE(query);
        REQUIRE(query->next());
        return query->value(0).toString();
    };
    CHECK(status(before) == QLatin1String("scheduled"));
    CHECK(status(after) == QLatin1String("cancelled"));
    CHECK(status(open) == QLatin1String("scheduled"));
}

TEST_CASE("A retired, not yet active or paused supporter cannot be booked or have a conversation moved", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    const qint64 booked = scheduled(service, conversationAt(request, torontoTime(2026, 3, 5, 14, 0)));
    auto setStatus = [&](const char* status) {
        REQUIRE(session->database().exec(QStringLiteral("UPDATE supporters SET status = ? WHERE id = ?"),
                                         { QLatin1String(status), supporter }));
    };
    // Since a match can be ended for a new supporter (match end), a paused supporter's peers are moved on rather
    // than booked with someone who stepped back.
    for (const char* status : { "retired", "nominated", "in_training", "paused" }) {
        INFO(status);
        setStatus(status);
        const Error error = refused(
            *session, [&] { return service.schedule(conversationAt(request, torontoTime(2026, 3, 9, 14, 0))); });
        CHECK(error.message.contains(QStringLiteral("not active")));
        // Nor moved to another time.
        refused(*session, [&] {
            return service.reschedule(booked, torontoTime(2026, 3, 10, 14, 0), 30, QStringLiteral("video"), false);
        });
    }
    // Away until a date: the same until that date has passed.
    setStatus("active");
    REQUIRE(session->database().exec(QStringLiteral("UPDATE supporters SET paused_until = ? WHERE id = ?"),
                                     { session->clock().todayLocal().addDays(3).toString(Qt::ISODate), supporter }));
    const Error away
        = refused(*session, [&] { return service.schedule(conversationAt(request, torontoTime(2026, 3, 11, 14, 0))); });
    CHECK(away.message.contains(QStringLiteral("paused until")));
    REQUIRE(session->database().exec(QStringLiteral("UPDATE supporters SET paused_until = NULL WHERE id = ?"),
                                     { supporter }));
    CHECK(service.schedule(conversationAt(request, torontoTime(2026, 3, 11, 14, 0))));
}
