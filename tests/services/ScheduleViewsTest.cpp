// Moving a conversation, and the range queries behind the schedule's week and month views.

#include "CatchCompat.h"
#include "SchedulingFixture.h"
#include "TempVault.h"
#include "core/services/GroupService.h"
#include "core/services/SchedulingService.h"

using namespace peerdesk;
using namespace peerdesk::test::scheduling;
using peerdesk::test::TempVault;

namespace {

const QStringList Video = { QStringLiteral("video") };

qint64 scheduleAt(SchedulingService& service, qint64 requestId, const QDateTime& at, int minutes = 30)
{
    ConversationRequest request;
    request.requestId = requestId;
    request.startsAt = at;
    request.durationMinutes = minutes;
    request.modality = QStringLiteral("video");
    auto outcome = service.schedule(request);
    if (!outcome)
        FAIL("scheduling was refused: " << outcome.error().message.toStdString());
    return outcome->id;
}

qint64 auditRows(VaultSession& session, const QString& action)
{
    return scalar(session.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), { action });
}

} // namespace

TEST_CASE("A scheduled conversation moves to a free time, audited", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    const qint64 other = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    const qint64 moving = scheduleAt(service, request, torontoTime(2026, 3, 5, 14, 0), 45);
    const qint64 fixed = scheduleAt(service, other, torontoTime(2026, 3, 5, 16, 0));

    // Overlapping only itself is fine: a later start within its own old slot.
    REQUIRE(service.reschedule(moving, torontoTime(2026, 3, 5, 14, 15), 30, QStringLiteral("video"), false));
    auto moved = service.get(moving);
    REQUIRE(moved);
    CHECK(moved->startsAt == torontoTime(2026, 3, 5, 14, 15).toUTC());
    CHECK(moved->durationMinutes == 30);
    CHECK(auditRows(*session, QStringLiteral("conversation.rescheduled")) == 1);

    SECTION("not onto another conversation of the supporter")
    {
        const QStringList before = snapshot(*session);
        auto refusedMove
            = service.reschedule(moving, torontoTime(2026, 3, 5, 15, 45), 30, QStringLiteral("video"), false);
        REQUIRE_FALSE(refusedMove);
        CHECK(refusedMove.error().code == ErrorCode::InvalidInput);
        CHECK(refusedMove.error().message.contains(QStringLiteral("already has conversation #%1").arg(fixed)));
        CHECK_FALSE(mentionsAName(refusedMove.error().message));
        CHECK(snapshot(*session) == before);
    }
    SECTION("not to a modality the supporter does not offer, nor a wrong duration")
    {
        CHECK_FALSE(service.reschedule(moving, torontoTime(2026, 3, 6, 9, 0), 30, QStringLiteral("phone"), false));
        CHECK_FALSE(service.reschedule(moving, torontoTime(2026, 3, 6, 9, 0), 60, QStringLiteral("video"), false));
    }
    SECTION("only while it is scheduled")
    {
        REQUIRE(service.setStatus(moving, QStringLiteral("cancelled")));
        auto refusedMove
            = service.reschedule(moving, torontoTime(2026, 3, 6, 9, 0), 30, QStringLiteral("video"), false);
        REQUIRE_FALSE(refusedMove);
        CHECK(refusedMove.error().message.contains(QStringLiteral("only a scheduled conversation")));
    }
}

TEST_CASE("Moving a conversation checks the supporter's availability unless confirmed", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    // Thursdays 13:00-17:00 Toronto time.
    const qint64 supporter = addSupporter(*session, Video, { WeeklyWindow{ 4, 13 * 60, 17 * 60 } });
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    const qint64 id = scheduleAt(service, request, torontoTime(2026, 3, 5, 14, 0));

    auto outside = service.reschedule(id, torontoTime(2026, 3, 5, 18, 0), 30, QStringLiteral("video"), false);
    REQUIRE_FALSE(outside);
    CHECK(outside.error().message.contains(QStringLiteral("outside the supporter's availability")));
    CHECK(service.reschedule(id, torontoTime(2026, 3, 5, 18, 0), 30, QStringLiteral("video"), true));
}

TEST_CASE("The calendar lists conversations and group sessions that touch a range", "[schedule]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 supporter = addSupporter(*session, Video);
    const qint64 request = addMatchedRequest(*session, supporter);
    SchedulingService service(*session, toronto());
    const qint64 early = scheduleAt(service, request, torontoTime(2026, 3, 8, 23, 45), 30); // reaches Monday
    const qint64 inside = scheduleAt(service, request, torontoTime(2026, 3, 10, 9, 0));
    scheduleAt(service, request, torontoTime(2026, 3, 16, 0, 0)); // the next week
    PeerGroup group;
    group.name = QStringLiteral("Wednesday evening group");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(3);
    group.startMinute = 19 * 60;
    group.durationMinutes = 75;
    group.firstDate = QDate(2026, 3, 4);
    group.facilitatorIds = { supporter };
    REQUIRE(GroupService(*session, toronto()).add(group));

    const QDateTime from = torontoTime(2026, 3, 9, 0, 0);
    const QDateTime until = torontoTime(2026, 3, 16, 0, 0);
    auto conversations = service.between(from, until);
    REQUIRE(conversations);
    REQUIRE(conversations->size() == 2);
    CHECK(conversations->at(0).conversation.id == early);
    CHECK(conversations->at(1).conversation.id == inside);
    CHECK(conversations->at(1).conversation.requestId == request);
    CHECK(conversations->at(1).conversation.supporterId == supporter);
    CHECK(conversations->at(1).supporterName == QLatin1String(SupporterName));

    auto occurrences = GroupService(*session, toronto()).occurrencesBetween(from, until);
    REQUIRE(occurrences);
    REQUIRE(occurrences->size() == 1);
    CHECK(occurrences->constFirst().groupName == QStringLiteral("Wednesday evening group"));
    CHECK(occurrences->constFirst().occurrence.startsAt == torontoTime(2026, 3, 11, 19, 0).toUTC());
    CHECK(occurrences->constFirst().modality == QStringLiteral("video"));

    auto month = GroupService(*session, toronto())
                     .occurrencesBetween(torontoTime(2026, 3, 1, 0, 0), torontoTime(2026, 4, 1, 0, 0));
    REQUIRE(month);
    CHECK(month->size() == 4); // March 4, 11, 18 and 25

    SECTION("reporting users see no schedule")
    {
        session.reset();
        session = vault.unlockAs(Role::Reporting);
        CHECK(SchedulingService(*session, toronto()).between(from, until).error().code == ErrorCode::NotPermitted);
        CHECK(GroupService(*session, toronto()).occurrencesBetween(from, until).error().code
              == ErrorCode::NotPermitted);
    }
}
