#include "CatchCompat.h"
#include "SchedulingFixture.h"
#include "TempVault.h"
#include "core/services/GroupService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SupporterService.h"
#include "core/storage/GroupRepository.h"

using namespace peerdesk;
using namespace peerdesk::test::scheduling;
using peerdesk::test::TempVault;

namespace {

constexpr auto ParticipantName = "Dr Perpetua Vale";
constexpr auto ParticipantContact = "perpetua.vale@example.org";

// The Monday evening video group of the mission brief: 19:15-20:30, weekly.
PeerGroup mondayEvening(const QList<qint64>& facilitators = {})
{
    PeerGroup group;
    group.name = QStringLiteral("Monday evening group");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(1);
    group.startMinute = 19 * 60 + 15;
    group.durationMinutes = 75;
    group.capacity = 6;
    group.firstDate = QDate(2026, 3, 2);
    group.facilitatorIds = facilitators;
    return group;
}

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

template <typename Call> Error refused(VaultSession& session, const Call& call)
{
    const QStringList before = snapshot(session);
    auto result = call();
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(mentionsAName(result.error().message));
    CHECK_FALSE(result.error().message.contains(QLatin1String(ParticipantName)));
    CHECK_FALSE(result.error().message.contains(QLatin1String(ParticipantContact)));
    CHECK(snapshot(session) == before);
    return result.error();
}

qint64 added(GroupService& service, const PeerGroup& group)
{
    auto id = service.add(group);
    if (!id)
        FAIL("adding the group was refused: " << id.error().message.toStdString());
    return *id;
}

QList<GroupOccurrence> occurrencesOf(GroupService& service, qint64 groupId)
{
    auto occurrences = service.occurrences(groupId);
    REQUIRE(occurrences);
    return *occurrences;
}

} // namespace

TEST_CASE("A weekly group is materialised 12 weeks ahead at the same wall-clock time across the DST change", "[groups]")
{
    TempVault vault; // the clock reads Monday 2 March 2026, 04:30 in Toronto; DST starts on 8 March
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const qint64 id = added(service, mondayEvening());

    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    REQUIRE(occurrences.size() == 12);
    CHECK(occurrences.at(0).startsAt == utc(2026, 3, 3, 0, 15)); // 19:15 EST
    CHECK(occurrences.at(0).endsAt == utc(2026, 3, 3, 1, 30));
    CHECK(occurrences.at(1).startsAt == utc(2026, 3, 9, 23, 15)); // 19:15 EDT
    CHECK(occurrences.at(11).startsAt == utc(2026, 5, 18, 23, 15));
    for (const GroupOccurrence& occurrence : occurrences) {
        const QDateTime local = occurrence.startsAt.toTimeZone(toronto());
        CHECK(local.date().dayOfWeek() == 1);
        CHECK(local.time() == QTime(19, 15));
        CHECK(occurrence.startsAt.secsTo(occurrence.endsAt) == 75 * 60);
        CHECK(occurrence.status == QStringLiteral("scheduled"));
        CHECK_FALSE(occurrence.attendance.has_value());
    }
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.added' AND entity_type = 'group' "
                                "AND entity_id = ?"),
                 { id })
          == 1);

    auto stored = service.get(id);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("Monday evening group"));
    CHECK(stored->when().toText() == QStringLiteral("mon 19:15-20:30"));
    CHECK(stored->maxFacilitators == 2);

    SECTION("scheduling again adds nothing; a longer horizon adds only the new weeks")
    {
        auto again = service.schedule(id, 12);
        REQUIRE(again);
        CHECK(*again == 0);
        auto longer = service.schedule(id, 20);
        REQUIRE(longer);
        CHECK(*longer == 8);
        CHECK(occurrencesOf(service, id).size() == 20);
        CHECK(scalar(session->database(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group.scheduled'"))
              == 1);
        refused(*session, [&] { return service.schedule(id, 0); });
        refused(*session, [&] { return service.schedule(id, GroupService::MaxHorizonWeeks + 1); });
        refused(*session, [&] { return service.schedule(9999, 4); });
    }
    SECTION("a week later the horizon moves with the clock")
    {
        vault.clock().advanceDays(7);
        auto moved = service.schedule(id);
        REQUIRE(moved);
        CHECK(*moved == 1);
    }
}

TEST_CASE("A fortnightly group meets every other week and respects its first and last dates", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    PeerGroup group = mondayEvening();
    group.name = QStringLiteral("ICU trainees");
    group.recurrence = GroupRecurrence::weekly(3); // Wednesday
    group.startMinute = 18 * 60;
    group.durationMinutes = 45;
    group.recurrence.intervalWeeks = 2;
    group.firstDate = QDate(2026, 3, 2); // a Monday: the first meeting is the Wednesday after
    group.lastDate = QDate(2026, 4, 15);
    const qint64 id = added(service, group);

    CHECK(service.get(id)->firstDate == QDate(2026, 3, 4));
    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    QList<QDate> dates;
    for (const GroupOccurrence& occurrence : occurrences) {
        dates.append(occurrence.startsAt.toTimeZone(toronto()).date());
        CHECK(occurrence.startsAt.toTimeZone(toronto()).time() == QTime(18, 0));
    }
    CHECK(dates == QList<QDate>{ QDate(2026, 3, 4), QDate(2026, 3, 18), QDate(2026, 4, 1), QDate(2026, 4, 15) });
}

TEST_CASE("Recurrence keeps the local time when DST ends in the fall", "[groups]")
{
    PeerGroup group = mondayEvening();
    group.recurrence.intervalWeeks = 2;
    group.firstDate = QDate(2026, 10, 19);
    const QList<OccurrenceTime> times
        = GroupService::occurrenceTimes(group, QDate(2026, 10, 20), QDate(2026, 11, 30), toronto());
    REQUIRE(times.size() == 3);
    CHECK(times.at(0).startsAt == utc(2026, 11, 3, 0, 15)); // Monday 2 November 19:15 EST, after the change
    CHECK(times.at(1).startsAt == utc(2026, 11, 17, 0, 15));
    CHECK(times.at(2).startsAt == utc(2026, 12, 1, 0, 15));
    const QList<OccurrenceTime> before
        = GroupService::occurrenceTimes(group, QDate(2026, 10, 19), QDate(2026, 10, 19), toronto());
    REQUIRE(before.size() == 1);
    CHECK(before.at(0).startsAt == utc(2026, 10, 19, 23, 15)); // 19:15 EDT
    // A start inside the spring-forward gap (02:30 on 8 March) happens at 03:30 on the wall clock.
    PeerGroup night = group;
    night.recurrence = GroupRecurrence::weekly(7);
    night.startMinute = 2 * 60 + 30;
    night.recurrence.intervalWeeks = 1;
    night.firstDate = QDate(2026, 3, 8);
    const QList<OccurrenceTime> gap
        = GroupService::occurrenceTimes(night, QDate(2026, 3, 8), QDate(2026, 3, 8), toronto());
    REQUIRE(gap.size() == 1);
    CHECK(gap.at(0).startsAt == utc(2026, 3, 8, 7, 30));
}

TEST_CASE("A group refuses wrong values and writes nothing", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const auto withChange = [](const std::function<void(PeerGroup&)>& change) {
        PeerGroup group = mondayEvening();
        change(group);
        return group;
    };
    const QList<PeerGroup> wrong = {
        withChange([](PeerGroup& g) { g.name = QStringLiteral("   "); }),
        withChange([](PeerGroup& g) { g.name = QString(101, QLatin1Char('x')); }),
        withChange([](PeerGroup& g) { g.modality = QStringLiteral("radio"); }),
        withChange([](PeerGroup& g) { g.durationMinutes = 10; }),
        withChange([](PeerGroup& g) { g.durationMinutes = 300; }),
        withChange([](PeerGroup& g) { g.startMinute = 23 * 60 + 30; }), // would run past midnight
        withChange([](PeerGroup& g) { g.recurrence.intervalWeeks = 0; }),
        withChange([](PeerGroup& g) { g.capacity = 0; }),
        withChange([](PeerGroup& g) { g.maxFacilitators = 0; }),
        withChange([](PeerGroup& g) { g.lastDate = QDate(2026, 3, 1); }),
    };
    for (const PeerGroup& group : wrong) {
        INFO(group.name.toStdString());
        refused(*session, [&] { return service.add(group); });
    }
    REQUIRE(service.add(mondayEvening()));
    const Error duplicate = refused(*session, [&] {
        PeerGroup group = mondayEvening();
        group.name = QStringLiteral("monday EVENING group");
        return service.add(group);
    });
    CHECK(duplicate.message.contains(QStringLiteral("already a group")));
}

TEST_CASE("Facilitators are active supporters, at most the group's maximum", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const QStringList video = { QStringLiteral("video") };
    const qint64 a = addSupporter(*session, video);
    const qint64 b = addSupporter(*session, video);
    const qint64 c = addSupporter(*session, video);
    const qint64 paused = addSupporter(*session, video, {}, QStringLiteral("paused"));

    const Error tooMany = refused(*session, [&] { return service.add(mondayEvening({ a, b, c })); });
    CHECK(tooMany.message.contains(QStringLiteral("at most 2 facilitator")));
    refused(*session, [&] { return service.add(mondayEvening({ a, a })); });
    const Error inactive = refused(*session, [&] { return service.add(mondayEvening({ a, paused })); });
    CHECK(inactive.message.contains(QStringLiteral("not active")));
    refused(*session, [&] { return service.add(mondayEvening({ 777 })); });

    PeerGroup three = mondayEvening({ c, a, b });
    three.maxFacilitators = 3;
    const qint64 id = added(service, three);
    CHECK(service.get(id)->facilitatorIds == QList<qint64>{ a, b, c });
    auto listed = service.list();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->constFirst().facilitatorIds == QList<qint64>{ a, b, c });
}

TEST_CASE("A facilitator needs the program's required training", "[groups][training]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const QStringList video = { QStringLiteral("video") };
    const qint64 trained = addSupporter(*session, video);
    const qint64 untrained = addSupporter(*session, video);
    REQUIRE(ProgramSettings(session->database())
                .set(QLatin1String(ProgramSettings::RequiredCourses), QStringLiteral("Group facilitation")));
    TrainingRecord course;
    course.course = QStringLiteral("group facilitation "); // case and spaces do not matter
    course.completedOn = QDate(2026, 1, 10);
    REQUIRE(SupporterService(*session).addTraining(trained, course));

    const Error missing = refused(*session, [&] { return service.add(mondayEvening({ trained, untrained })); });
    CHECK(missing.message.contains(QStringLiteral("Supporter #%1").arg(untrained)));
    CHECK(missing.message.contains(QStringLiteral("Group facilitation")));
    CHECK(added(service, mondayEvening({ trained })) > 0);
}

TEST_CASE("Only counts are recorded for an occurrence, and only once it was held", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const qint64 id = added(service, mondayEvening());
    const GroupOccurrence first = occurrencesOf(service, id).constFirst();

    OccurrenceUpdate held;
    held.status = QStringLiteral("held");
    held.attendance = 5;
    held.feedbackPositive = 3;
    held.feedbackNeutral = 1;
    held.debriefHeld = true;
    const Error early = refused(*session, [&] { return service.record(first.id, held); });
    CHECK(early.message.contains(QStringLiteral("not started")));

    vault.clock().set(utc(2026, 3, 3, 2, 0));
    auto recorded = service.record(first.id, held);
    REQUIRE(recorded);
    auto stored = service.occurrence(first.id);
    REQUIRE(stored);
    CHECK(stored->status == QStringLiteral("held"));
    CHECK(stored->attendance == 5);
    CHECK(stored->feedbackPositive == 3);
    CHECK(stored->feedbackNeutral == 1);
    CHECK(stored->feedbackNegative == 0);
    CHECK(stored->debriefHeld);
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'group_occurrence.recorded' AND "
                                "entity_type = 'group_occurrence' AND entity_id = ?"),
                 { first.id })
          == 1);

    SECTION("attendance is at most the capacity and feedback at most the attendance")
    {
        OccurrenceUpdate crowd;
        crowd.attendance = 7;
        refused(*session, [&] { return service.record(first.id, crowd); });
        OccurrenceUpdate chatty;
        chatty.feedbackNegative = 2; // 3 + 1 + 2 answers from 5 participants
        refused(*session, [&] { return service.record(first.id, chatty); });
        OccurrenceUpdate negative;
        negative.attendance = -1;
        refused(*session, [&] { return service.record(first.id, negative); });
        OccurrenceUpdate one;
        one.feedbackNegative = 1;
        CHECK(service.record(first.id, one));
        refused(*session, [&] { return service.record(first.id, OccurrenceUpdate{}); });
    }
    SECTION("counts go with held: cancelling clears them, and counts cannot be given with another status")
    {
        OccurrenceUpdate cancelled;
        cancelled.status = QStringLiteral("cancelled");
        cancelled.attendance = 2;
        refused(*session, [&] { return service.record(first.id, cancelled); });
        cancelled.attendance.reset();
        auto after = service.record(first.id, cancelled);
        REQUIRE(after);
        CHECK(after->status == QStringLiteral("cancelled"));
        CHECK_FALSE(after->attendance.has_value());
        CHECK(after->feedbackPositive == 0);
        CHECK_FALSE(after->debriefHeld);
        OccurrenceUpdate unknown;
        unknown.status = QStringLiteral("postponed");
        refused(*session, [&] { return service.record(first.id, unknown); });
    }
}

TEST_CASE("Registrations fill an occurrence up to its capacity and need verification before the link", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    PeerGroup small = mondayEvening();
    small.capacity = 2;
    const qint64 id = added(service, small);
    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    const qint64 occurrence = occurrences.at(1).id;

    auto first = service.registerParticipant(occurrence, QLatin1String(ParticipantName),
                                             QLatin1String(ParticipantContact), QStringLiteral("on"));
    REQUIRE(first);
    REQUIRE(service.registerParticipant(occurrence, QStringLiteral("Dr Second Person"), QStringLiteral("555-0100"),
                                        QStringLiteral("QC")));
    const Error full = refused(*session, [&] {
        return service.registerParticipant(occurrence, QStringLiteral("Dr Third Person"), QStringLiteral("555-0101"),
                                           QStringLiteral("BC"));
    });
    CHECK(full.message.contains(QStringLiteral("full")));
    CHECK(service.occurrence(occurrence)->registrations == 2);

    auto registrations = service.registrations(occurrence);
    REQUIRE(registrations);
    REQUIRE(registrations->size() == 2);
    CHECK(registrations->at(0).name == QLatin1String(ParticipantName));
    CHECK(registrations->at(0).contact == QLatin1String(ParticipantContact));
    CHECK(registrations->at(0).province == QStringLiteral("ON"));
    CHECK_FALSE(registrations->at(0).verifiedAt.isValid());

    const Error unverified = refused(*session, [&] { return service.markLinkSent(*first); });
    CHECK(unverified.message.contains(QStringLiteral("Verify")));
    REQUIRE(service.verify(*first));
    refused(*session, [&] { return service.verify(*first); });
    REQUIRE(service.markLinkSent(*first));
    registrations = service.registrations(occurrence);
    REQUIRE(registrations);
    CHECK(registrations->at(0).verifiedAt == session->clock().nowUtc());
    CHECK(registrations->at(0).linkSentAt == session->clock().nowUtc());
    for (const char* action :
         { "group_registration.added", "group_registration.verified", "group_registration.link_sent" }) {
        INFO(action);
        CHECK(scalar(session->database(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = "
                                    "'group_registration'"),
                     { QLatin1String(action) })
              >= 1);
    }
    // Both participants' identities were shown twice in this unlock: each view recorded once, by registration id.
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(DISTINCT entity_id) FROM audit_log WHERE action = 'identity.viewed' AND "
                                "entity_type = 'group_registration'"))
          == 2);
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'identity.viewed' AND "
                                "entity_type = 'group_registration'"))
          == 2);
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE actor LIKE '%Vale%' OR "
                                "action LIKE '%Vale%' OR entity_type LIKE '%Vale%'"))
          == 0);

    SECTION("wrong registrations are refused")
    {
        const qint64 other = occurrences.at(2).id;
        refused(*session, [&] {
            return service.registerParticipant(other, QStringLiteral(" "), QStringLiteral("x"), QStringLiteral("ON"));
        });
        refused(*session, [&] {
            return service.registerParticipant(other, QStringLiteral("Dr A"), QString(), QStringLiteral("ON"));
        });
        refused(*session, [&] {
            return service.registerParticipant(other, QStringLiteral("Dr A"), QStringLiteral("x"),
                                               QStringLiteral("ZZ"));
        });
        refused(*session, [&] { return service.verify(999); });
        refused(*session, [&] { return service.markLinkSent(999); });
    }
    SECTION("an occurrence that is over or cancelled takes no registrations")
    {
        OccurrenceUpdate cancel;
        cancel.status = QStringLiteral("cancelled");
        REQUIRE(service.record(occurrences.at(2).id, cancel));
        refused(*session, [&] {
            return service.registerParticipant(occurrences.at(2).id, QStringLiteral("Dr A"), QStringLiteral("x"),
                                               QStringLiteral("ON"));
        });
        vault.clock().set(occurrences.at(3).endsAt);
        refused(*session, [&] {
            return service.registerParticipant(occurrences.at(3).id, QStringLiteral("Dr A"), QStringLiteral("x"),
                                               QStringLiteral("ON"));
        });
    }
}

TEST_CASE("Registrations are purged once their occurrence ended before the cut-off", "[groups][retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const qint64 id = added(service, mondayEvening());
    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    for (int index : { 0, 0, 1, 2 }) {
        REQUIRE(service.registerParticipant(occurrences.at(index).id, QLatin1String(ParticipantName),
                                            QLatin1String(ParticipantContact), QStringLiteral("ON")));
    }
    GroupRepository repository(session->database());

    // 30 days after the second occurrence ended: the first two occurrences' registrations are due.
    const QDateTime endedBefore = occurrences.at(1).endsAt.addSecs(1);
    const QStringList before = snapshot(*session);
    auto dryRun = repository.purgeRegistrations(endedBefore, true);
    REQUIRE(dryRun);
    CHECK(*dryRun == 3);
    CHECK(snapshot(*session) == before);

    auto purged = repository.purgeRegistrations(endedBefore, false);
    REQUIRE(purged);
    CHECK(*purged == 3);
    CHECK(scalar(session->database(), QStringLiteral("SELECT count(*) FROM group_registrations")) == 1);
    CHECK(scalar(session->database(), QStringLiteral("SELECT occurrence_id FROM group_registrations"))
          == occurrences.at(2).id);
    CHECK(scalar(session->database(), QStringLiteral("SELECT count(*) FROM group_occurrences")) == 12);

    auto again = repository.purgeRegistrations(endedBefore, false);
    REQUIRE(again);
    CHECK(*again == 0);
    // An occurrence that ends exactly at the cut-off is not due yet.
    auto boundary = repository.purgeRegistrations(occurrences.at(2).endsAt, true);
    REQUIRE(boundary);
    CHECK(*boundary == 0);
}

TEST_CASE("Reporting users can neither manage nor see groups", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    qint64 id = 0;
    qint64 occurrence = 0;
    qint64 registration = 0;
    {
        GroupService coordinator(*session, toronto());
        id = added(coordinator, mondayEvening());
        occurrence = occurrencesOf(coordinator, id).constFirst().id;
        registration = *coordinator.registerParticipant(occurrence, QLatin1String(ParticipantName),
                                                        QLatin1String(ParticipantContact), QStringLiteral("ON"));
    }
    session.reset();
    session = vault.unlockAs(Role::Reporting);
    GroupService service(*session, toronto());
    const QStringList before = snapshot(*session);
    PeerGroup other = mondayEvening();
    other.name = QStringLiteral("Another group");
    OccurrenceUpdate held;
    held.status = QStringLiteral("held");
    CHECK(service.add(other).error().code == ErrorCode::NotPermitted);
    CHECK(service.schedule(id).error().code == ErrorCode::NotPermitted);
    CHECK(service.list().error().code == ErrorCode::NotPermitted);
    CHECK(service.get(id).error().code == ErrorCode::NotPermitted);
    CHECK(service.occurrences(id).error().code == ErrorCode::NotPermitted);
    CHECK(service.record(occurrence, held).error().code == ErrorCode::NotPermitted);
    CHECK(service.registerParticipant(occurrence, QStringLiteral("Dr A"), QStringLiteral("x"), QStringLiteral("ON"))
              .error()
              .code
          == ErrorCode::NotPermitted);
    CHECK(service.registrations(occurrence).error().code == ErrorCode::NotPermitted);
    CHECK(service.verify(registration).error().code == ErrorCode::NotPermitted);
    CHECK(service.markLinkSent(registration).error().code == ErrorCode::NotPermitted);
    CHECK(snapshot(*session) == before);
}

TEST_CASE("The days of --when are read as the source programs run them and written back the same",
          "[groups][recurrence]")
{
    const std::pair<const char*, const char*> readable[] = {
        { "daily 12:00-13:00", "FREQ=DAILY" },
        { "mon-fri 12:00-13:00", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR" },
        { "mon,thu 19:15-20:30", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH" },
        { "mon 19:15-20:30", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO" },
        { "2nd tue 18:00-18:45", "FREQ=MONTHLY;BYDAY=2TU" },
        { "last fri 08:00-09:00", "FREQ=MONTHLY;BYDAY=-1FR" },
    };
    for (const auto& [text, rule] : readable) {
        INFO(text);
        const auto when = GroupWhen::parse(QLatin1String(text));
        REQUIRE(when);
        CHECK(when->toText() == QLatin1String(text));
        CHECK(when->recurrence.toRule() == QLatin1String(rule));
        const auto back = GroupRecurrence::fromRule(QLatin1String(rule));
        REQUIRE(back);
        CHECK(*back == when->recurrence);
        CHECK_FALSE(when->recurrence.describe().isEmpty());
    }
    // French days and times, ranges and full names are read too.
    const auto french = GroupWhen::parse(QStringLiteral("lun,jeu 19h15-20h30"));
    REQUIRE(french);
    CHECK(french->toText() == QStringLiteral("mon,thu 19:15-20:30"));
    CHECK(GroupWhen::parse(QStringLiteral("Monday-Wednesday,Friday 09:00-10:00"))->recurrence.weekdays
          == QList<int>{ 1, 2, 3, 5 });
    CHECK(GroupWhen::parse(QStringLiteral("weekdays 12:00-13:00"))->toText() == QStringLiteral("mon-fri 12:00-13:00"));

    for (const char* wrong : { "funday 10:00-11:00", "5th tue 18:00-19:00", "fri-mon 10:00-11:00", "mon 19:15",
                               "daily 13:00-12:00", "mon,,thu 10:00-11:00", "", "2nd 18:00-19:00" }) {
        INFO(wrong);
        CHECK_FALSE(GroupWhen::parse(QLatin1String(wrong)));
    }
    for (const char* wrong : { "FREQ=YEARLY", "FREQ=WEEKLY;BYDAY=XX", "FREQ=DAILY;BYDAY=MO",
                               "FREQ=WEEKLY;INTERVAL=9;BYDAY=MO", "FREQ=MONTHLY;BYDAY=5TU", "FREQ=DAILY;COUNT=0",
                               "FREQ=DAILY;FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101", "BYDAY=MO" }) {
        INFO(wrong);
        CHECK_FALSE(GroupRecurrence::fromRule(QLatin1String(wrong)));
    }
    auto counted = GroupRecurrence::fromRule(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=12"));
    REQUIRE(counted);
    CHECK(counted->sessions == 12);
    CHECK(counted->intervalWeeks == 2);
}

TEST_CASE("A series gives the days its rhythm says, from its first meeting, and stops after its sessions",
          "[groups][recurrence]")
{
    const QDate monday(2026, 3, 2);
    const QDate until(2026, 3, 29); // four weeks
    CHECK(GroupRecurrence::daily().dates(monday, {}, monday, until).size() == 28);
    GroupRecurrence weekdays;
    weekdays.weekdays = { 1, 2, 3, 4, 5 };
    const QList<QDate> working = weekdays.dates(monday, {}, monday, until);
    CHECK(working.size() == 20);
    CHECK(std::none_of(working.cbegin(), working.cend(), [](const QDate& d) { return d.dayOfWeek() > 5; }));

    // Mondays and Thursdays every other week, starting on a Thursday: that week's Thursday, then two weeks on.
    GroupRecurrence twice = *GroupRecurrence::parseDays(QStringLiteral("mon,thu"));
    twice.intervalWeeks = 2;
    CHECK(twice.dates(QDate(2026, 3, 5), {}, monday, until)
          == QList<QDate>{ QDate(2026, 3, 5), QDate(2026, 3, 16), QDate(2026, 3, 19) });

    // Monthly: the second Tuesday, and the last Friday, of each month.
    CHECK(GroupRecurrence::monthly(2, 2).dates(QDate(2026, 1, 1), {}, QDate(2026, 1, 1), QDate(2026, 4, 30))
          == QList<QDate>{ QDate(2026, 1, 13), QDate(2026, 2, 10), QDate(2026, 3, 10), QDate(2026, 4, 14) });
    CHECK(GroupRecurrence::monthly(-1, 5).dates(QDate(2026, 1, 1), {}, QDate(2026, 1, 1), QDate(2026, 3, 31))
          == QList<QDate>{ QDate(2026, 1, 30), QDate(2026, 2, 27), QDate(2026, 3, 27) });

    // Twelve sessions of a fortnightly group: the twelfth is the last, whichever window is asked for.
    GroupRecurrence twelve = GroupRecurrence::weekly(4, 2);
    twelve.sessions = 12;
    const QList<QDate> all = twelve.dates(QDate(2026, 1, 1), {}, QDate(2026, 1, 1), QDate(2027, 12, 31));
    REQUIRE(all.size() == 12);
    CHECK(all.constLast() == QDate(2026, 1, 1).addDays(11 * 14));
    CHECK(twelve.dates(QDate(2026, 1, 1), {}, all.at(10), QDate(2027, 12, 31)).size() == 2);
    // An end date stops it sooner.
    CHECK(twelve.dates(QDate(2026, 1, 1), all.at(3), QDate(2026, 1, 1), QDate(2027, 12, 31)).size() == 4);
}

TEST_CASE("A daily noon group keeps noon across the spring DST change and stops after its sessions",
          "[groups][recurrence]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    PeerGroup group = mondayEvening();
    group.name = QStringLiteral("Noon drop-in");
    group.recurrence = GroupRecurrence::daily();
    group.recurrence.sessions = 5;
    group.startMinute = 12 * 60;
    group.durationMinutes = 60;
    group.capacity = 50;
    group.firstDate = session->clock().todayLocal();
    const qint64 id = added(service, group);
    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    REQUIRE(occurrences.size() == 5);
    for (const GroupOccurrence& occurrence : occurrences)
        CHECK(occurrence.startsAt.toTimeZone(toronto()).time() == QTime(12, 0));
    auto stored = service.get(id);
    REQUIRE(stored);
    CHECK(stored->recurrence == group.recurrence);
    CHECK(stored->when().toText() == QStringLiteral("daily 12:00-13:00"));
    // Scheduling further ahead adds nothing past the fifth session.
    CHECK(*service.schedule(id, 20) == 0);

    PeerGroup open = group;
    open.recurrence.sessions.reset();
    open.firstDate = QDate(2026, 3, 6);
    const QList<OccurrenceTime> times
        = GroupService::occurrenceTimes(open, QDate(2026, 3, 7), QDate(2026, 3, 9), toronto());
    REQUIRE(times.size() == 3);
    CHECK(times.at(0).startsAt == utc(2026, 3, 7, 17, 0)); // 12:00 EST
    CHECK(times.at(1).startsAt == utc(2026, 3, 8, 16, 0)); // 12:00 EDT, the day the clocks go forward
    CHECK(times.at(2).startsAt == utc(2026, 3, 9, 16, 0));

    // A rhythm with no day is refused with words, and nothing is stored.
    PeerGroup none = group;
    none.name = QStringLiteral("No day");
    none.recurrence = GroupRecurrence::weekly(1);
    none.recurrence.weekdays.clear();
    refused(*session, [&] { return service.add(none); });
}

TEST_CASE("Closure days and, for a group that skips them, statutory holidays show as not held", "[groups][recurrence]")
{
    TempVault vault;
    auto session = vault.unlock();
    // 2026-03-02 is today in the fake clock; Good Friday is 3 April 2026 in Ontario.
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::HolidayProvince), QStringLiteral("ON")));
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::ClosureDays), QStringLiteral("2026-03-06")));
    GroupService service(*session, toronto());
    PeerGroup group = mondayEvening();
    group.name = QStringLiteral("Friday group");
    group.recurrence = GroupRecurrence::weekly(5);
    group.skipHolidays = true;
    group.firstDate = QDate(2026, 3, 2);
    const qint64 id = added(service, group);
    QHash<QDate, GroupOccurrence> byDate;
    for (const GroupOccurrence& occurrence : occurrencesOf(service, id))
        byDate.insert(occurrence.startsAt.toTimeZone(toronto()).date(), occurrence);
    REQUIRE(byDate.contains(QDate(2026, 3, 6)));
    CHECK(byDate.value(QDate(2026, 3, 6)).status == QStringLiteral("cancelled"));
    CHECK(byDate.value(QDate(2026, 3, 6)).skippedFor == QStringLiteral("closure"));
    CHECK(byDate.value(QDate(2026, 3, 6)).statusText().contains(QStringLiteral("closure")));
    CHECK(byDate.value(QDate(2026, 4, 3)).skippedFor == QStringLiteral("holiday"));
    CHECK(byDate.value(QDate(2026, 3, 13)).status == QStringLiteral("scheduled"));
    CHECK(byDate.value(QDate(2026, 3, 13)).skippedFor.isEmpty());

    // A group that does not skip holidays meets on Good Friday; a closure day is skipped by every group.
    PeerGroup other = group;
    other.name = QStringLiteral("Friday group without holidays");
    other.skipHolidays = false;
    const qint64 otherId = added(service, other);
    for (const GroupOccurrence& occurrence : occurrencesOf(service, otherId)) {
        const QDate day = occurrence.startsAt.toTimeZone(toronto()).date();
        CHECK(occurrence.skippedFor == (day == QDate(2026, 3, 6) ? QStringLiteral("closure") : QString()));
    }

    // Held after all (the program opened that day): the reason goes with the cancelled status, by the database too.
    OccurrenceUpdate held;
    held.status = QStringLiteral("held");
    vault.clock().advanceDays(5);
    auto recorded = service.record(byDate.value(QDate(2026, 3, 6)).id, held);
    REQUIRE(recorded);
    CHECK(recorded->skippedFor.isEmpty());
    CHECK_FALSE(session->database().exec(
        QStringLiteral("UPDATE group_occurrences SET skipped_for = 'closure' WHERE status = 'scheduled'")));
}

TEST_CASE("Sessions are kept scheduled the horizon ahead at each unlock, without anyone clicking",
          "[groups][recurrence]")
{
    TempVault vault;
    qint64 id = 0;
    {
        auto session = vault.unlock();
        REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::GroupHorizonWeeks), QStringLiteral("4")));
        GroupService service(*session);
        PeerGroup group = mondayEvening();
        group.firstDate = session->clock().todayLocal();
        id = added(service, group);
        CHECK(occurrencesOf(service, id).size() == 12); // add() schedules its own 12 weeks
    }
    // Ten weeks on, the next unlock tops the series up to four weeks past today.
    vault.clock().advanceDays(70);
    auto session = vault.unlock();
    GroupService service(*session);
    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    const QDate today = session->clock().todayLocal();
    const QDate lastStart = occurrences.constLast().startsAt.toLocalTime().date();
    CHECK(lastStart >= today.addDays(21));
    CHECK(lastStart < today.addDays(28));
    CHECK(*service.keepScheduledAhead() == 0); // nothing missing any more
    // A reporting user's unlock schedules nothing and is not refused.
    session.reset();
    vault.clock().advanceDays(14);
    auto reporting = vault.unlockAs(Role::Reporting);
    REQUIRE(reporting);
}

TEST_CASE("Editing a group changes its sessions ahead and never one held or recorded", "[groups][edit]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    PeerGroup group = mondayEvening();
    group.firstDate = QDate(2026, 2, 16); // two Mondays before today (2 March)
    const qint64 id = added(service, group);
    // Only today's and later sessions are materialised by add(); record a past one by hand to check it stays.
    GroupRepository repository(session->database());
    REQUIRE(repository.insertOccurrence(id, utc(2026, 2, 24, 0, 15), utc(2026, 2, 24, 1, 30)));
    const qint64 past = occurrencesOf(service, id).constFirst().id;
    OccurrenceUpdate held;
    held.status = QStringLiteral("held");
    held.attendance = 4;
    REQUIRE(service.record(past, held));
    // Someone registered for the session of 9 March.
    QList<GroupOccurrence> before = occurrencesOf(service, id);
    const auto ninth = std::find_if(before.cbegin(), before.cend(), [](const GroupOccurrence& o) {
        return o.startsAt.toTimeZone(toronto()).date() == QDate(2026, 3, 9);
    });
    REQUIRE(ninth != before.cend());
    REQUIRE(service.registerParticipant(ninth->id, QLatin1String(ParticipantName), QLatin1String(ParticipantContact),
                                        QStringLiteral("ON")));

    // Thursdays now, 18:00 to 18:45.
    auto stored = service.get(id);
    REQUIRE(stored);
    PeerGroup changed = *stored;
    changed.recurrence = GroupRecurrence::weekly(4);
    changed.startMinute = 18 * 60;
    changed.durationMinutes = 45;
    changed.name = QStringLiteral("Thursday group");
    auto change = service.edit(changed);
    REQUIRE(change);
    CHECK(change->cancelled == 1); // the 9 March session, kept for the person registered
    CHECK(change->removed >= 10);
    CHECK(change->added >= 10);
    const QList<GroupOccurrence> after = occurrencesOf(service, id);
    for (const GroupOccurrence& occurrence : after) {
        const QDateTime local = occurrence.startsAt.toTimeZone(toronto());
        if (occurrence.id == past) {
            CHECK(occurrence.status == QStringLiteral("held")); // untouched
            CHECK(occurrence.attendance == 4);
            CHECK(local.date().dayOfWeek() == 1);
        } else if (occurrence.id == ninth->id) {
            CHECK(occurrence.status == QStringLiteral("cancelled"));
            CHECK(occurrence.registrations == 1);
        } else {
            CHECK(local.date().dayOfWeek() == 4);
            CHECK(local.time() == QTime(18, 0));
            CHECK(occurrence.startsAt.secsTo(occurrence.endsAt) == 45 * 60);
        }
    }
    CHECK(service.get(id)->name == QStringLiteral("Thursday group"));
    // Nothing was invented before the change: every session but the held one starts after it.
    for (const GroupOccurrence& occurrence : after) {
        if (occurrence.id != past)
            CHECK(occurrence.startsAt > session->clock().nowUtc());
    }

    // A name taken by another group, and a facilitator who cannot lead, are refused and change nothing.
    PeerGroup other = mondayEvening();
    other.name = QStringLiteral("Other group");
    added(service, other);
    PeerGroup clash = *service.get(id);
    clash.name = QStringLiteral("other GROUP");
    refused(*session, [&] { return service.edit(clash); });
}

TEST_CASE("Ending a group cancels its sessions ahead as ended, and reopening brings them back", "[groups][edit]")
{
    TempVault vault;
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    const qint64 id = added(service, mondayEvening());
    const int sessions = static_cast<int>(occurrencesOf(service, id).size());
    auto ended = service.end(id);
    REQUIRE(ended);
    CHECK(*ended == sessions);
    CHECK_FALSE(service.get(id)->active);
    for (const GroupOccurrence& occurrence : occurrencesOf(service, id)) {
        CHECK(occurrence.status == QStringLiteral("cancelled"));
        CHECK(occurrence.skippedFor == QStringLiteral("ended"));
    }
    // An ended group is not changed, scheduled or kept scheduled, nor ended twice.
    refused(*session, [&] { return service.end(id); });
    refused(*session, [&] { return service.schedule(id, 20); });
    PeerGroup changed = *service.get(id);
    changed.capacity = 7;
    refused(*session, [&] { return service.edit(changed); });
    vault.clock().advanceDays(60);
    CHECK(*service.keepScheduledAhead() == 0);

    auto reopened = service.reopen(id);
    REQUIRE(reopened);
    CHECK(*reopened > 0);
    CHECK(service.get(id)->active);
    int scheduledAhead = 0;
    for (const GroupOccurrence& occurrence : occurrencesOf(service, id)) {
        if (occurrence.startsAt > session->clock().nowUtc()) {
            CHECK(occurrence.status == QStringLiteral("scheduled"));
            ++scheduledAhead;
        }
    }
    CHECK(scheduledAhead >= GroupService::DefaultHorizonWeeks - 1);
    refused(*session, [&] { return service.reopen(id); });
}

TEST_CASE("A change made during the day adds no session earlier that day", "[groups][edit]")
{
    TempVault vault; // Monday 2 March 2026, 09:30 UTC: 04:30 in Toronto
    auto session = vault.unlock();
    GroupService service(*session, toronto());
    PeerGroup group = mondayEvening();
    group.firstDate = QDate(2026, 3, 2);
    const qint64 id = added(service, group);
    PeerGroup earlier = *service.get(id);
    earlier.startMinute = 3 * 60; // Mondays at 03:00, already past today
    REQUIRE(service.edit(earlier));
    const QList<GroupOccurrence> occurrences = occurrencesOf(service, id);
    REQUIRE_FALSE(occurrences.isEmpty());
    CHECK(occurrences.constFirst().startsAt.toTimeZone(toronto()).date() == QDate(2026, 3, 9));
    for (const GroupOccurrence& occurrence : occurrences)
        CHECK(occurrence.startsAt > session->clock().nowUtc());
}
