// A program's weeks after the first match (issue 22): ending a match for a new supporter, a supporter taken
// away from their peers, referrals given, and the Dashboard's lists of what needs attention.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/domain/Statistics.h"
#include "core/services/DashboardService.h"
#include "core/services/GroupService.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/RetentionService.h"
#include "core/services/SchedulingService.h"
#include "core/services/StatisticsService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QTimeZone>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

QTimeZone programZone()
{
    return QTimeZone(QByteArrayLiteral("America/Toronto"));
}

qint64 addSupporter(VaultSession& session, const QString& name, const QString& email)
{
    auto id = SupporterService(session).add(sampleSupporter(name, email));
    INFO((id ? QString() : id.error().message).toStdString());
    REQUIRE(id);
    return *id;
}

// A request triaged and accepted by the supporter, with its first contact made.
qint64 supportedRequest(TempVault& vault, VaultSession& session, qint64 supporter, const QString& name)
{
    auto id = RequestService(session).intake(sampleRequest(vault.clock().nowUtc(), name));
    REQUIRE(id);
    REQUIRE(RequestService(session).triage(*id, {}));
    auto assigned = MatchingService(session).assign(*id, supporter);
    INFO((assigned ? QString() : assigned.error().message).toStdString());
    REQUIRE(assigned);
    REQUIRE(MatchingService(session).accept(*id));
    REQUIRE(RequestService(session).recordFirstContact(*id));
    return *id;
}

qint64 book(VaultSession& session, qint64 request, const QDateTime& at)
{
    ConversationRequest conversation;
    conversation.requestId = request;
    conversation.startsAt = at;
    conversation.modality = QStringLiteral("phone");
    conversation.outsideAvailability = true;
    auto booked = SchedulingService(session, programZone()).schedule(conversation);
    INFO((booked ? QString() : booked.error().message).toStdString());
    REQUIRE(booked);
    return booked->id;
}

QString conversationStatus(VaultSession& session, qint64 conversation)
{
    auto found = SchedulingService(session, programZone()).get(conversation);
    REQUIRE(found);
    return found->status;
}

QList<qint64> ids(const DashboardRows& rows)
{
    QList<qint64> result;
    for (const DashboardRow& row : rows.rows)
        result << row.id;
    return result;
}

double cellOf(const QList<StatTable>& tables, const QString& table, const QString& key)
{
    for (const StatTable& t : tables) {
        if (t.id != table)
            continue;
        for (const StatCell& cell : t.cells) {
            if (cell.key == QStringList{ key })
                return cell.value.value_or(-1);
        }
        FAIL("no cell " << key.toStdString() << " in " << table.toStdString());
    }
    FAIL("no table " << table.toStdString());
    return -1;
}

int countAudit(VaultSession& session, const QString& action)
{
    auto query = session.database().exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), { action });
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toInt();
}

} // namespace

TEST_CASE("A supporter retires mid-support and the physician gets a new supporter without a new request", "[match-end]")
{
    TempVault vault; // Monday 2 March 2026, 09:30 UTC
    auto session = vault.unlock();
    const qint64 jordan = addSupporter(*session, QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    const qint64 camille = addSupporter(*session, QStringLiteral("Camille Roy"), QStringLiteral("camille@example.org"));
    const qint64 request = supportedRequest(vault, *session, jordan, QStringLiteral("Dr Avery Physician"));
    const QDateTime firstContact = RequestService(*session).get(request)->firstContactAt;
    const qint64 past = book(*session, request, vault.clock().nowUtc().addSecs(-3540));
    const qint64 ahead = book(*session, request, vault.clock().nowUtc().addDays(3));
    REQUIRE(SchedulingService(*session, programZone()).setStatus(past, QStringLiteral("held")));
    vault.clock().advanceDays(1);

    // Retiring Jordan is refused until confirmed, and the refusal names the request by reference only.
    SupporterService supporters(*session);
    auto refused = supporters.setStatus(jordan, QStringLiteral("retired"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("R-%1").arg(request)));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Avery")));
    CHECK(supporters.get(jordan)->status == QLatin1String("active"));
    auto live = supporters.liveMatchRequests(jordan);
    REQUIRE(live);
    CHECK(*live == QList<qint64>{ request });
    REQUIRE(supporters.setStatus(jordan, QStringLiteral("retired"), true));

    // The Dashboard says the match needs a new supporter; Jordan can no longer be booked.
    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->needsNewSupporter) == QList<qint64>{ request });
    CHECK(overview->needsNewSupporter.rows.constFirst().extra == QLatin1String("retired"));
    ConversationRequest more;
    more.requestId = request;
    more.startsAt = vault.clock().nowUtc().addDays(5);
    more.modality = QStringLiteral("phone");
    more.outsideAvailability = true;
    auto booking = SchedulingService(*session, programZone()).schedule(more);
    REQUIRE_FALSE(booking);
    CHECK(booking.error().message.contains(QStringLiteral("not active")));

    // Ending the match: back to triaged with its history, the booked conversation cancelled.
    auto ended = MatchingService(*session).end(request, QStringLiteral("supporter_unavailable"));
    INFO((ended ? QString() : ended.error().message).toStdString());
    REQUIRE(ended);
    CHECK(*ended == 1);
    CHECK(conversationStatus(*session, ahead) == QLatin1String("cancelled"));
    CHECK(conversationStatus(*session, past) == QLatin1String("held"));
    auto after = RequestService(*session).get(request);
    REQUIRE(after);
    CHECK(after->status == RequestStatus::Triaged);
    CHECK(after->firstContactAt == firstContact);
    CHECK(after->reasons == QStringList{ QStringLiteral("burnout") });
    auto matches = MatchingService(*session).matches(request);
    REQUIRE(matches);
    REQUIRE(matches->size() == 1);
    CHECK(matches->constFirst().status == MatchStatus::Ended);
    CHECK(matches->constFirst().endReason == QLatin1String("supporter_unavailable"));
    CHECK(countAudit(*session, QStringLiteral("match.ended_early")) == 1);
    CHECK(countAudit(*session, QStringLiteral("request.end_match")) == 1);

    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->needsNewSupporter.count == 0);
    CHECK(ids(overview->triagedNotMatched) == QList<qint64>{ request });

    // Jordan is excluded from the next suggestions like a decliner; Camille takes over.
    auto suggestions = MatchingService(*session).suggest(request);
    REQUIRE(suggestions);
    REQUIRE(suggestions->candidates.size() == 1);
    CHECK(suggestions->candidates.constFirst().supporterId == camille);
    REQUIRE(MatchingService(*session).assign(request, camille));
    REQUIRE(MatchingService(*session).accept(request));
    REQUIRE(RequestService(*session).recordFirstContact(request));
    CHECK(RequestService(*session).get(request)->firstContactAt == firstContact);

    // The ending is counted by reason in the month's statistics.
    auto tables = StatisticsService(*session).tables(*StatPeriod::parse(QStringLiteral("2026-03")));
    REQUIRE(tables);
    CHECK(cellOf(*tables, QStringLiteral("matches_ended_early"), QStringLiteral("supporter_unavailable")) == 1);
    CHECK(cellOf(*tables, QStringLiteral("matches_ended_early"), QStringLiteral("poor_fit")) == 0);
    CHECK(cellOf(*tables, QStringLiteral("matches_ended_early"), QLatin1String(StatCell::Margin)) == 1);
}

TEST_CASE("Ending a match is refused, changing nothing, when it cannot apply", "[match-end]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 jordan = addSupporter(*session, QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    const qint64 supported = supportedRequest(vault, *session, jordan, QStringLiteral("Dr One"));
    MatchingService matching(*session);
    auto refusedWith = [&](qint64 id, const QString& reason, const std::optional<QDateTime>& at = std::nullopt) {
        auto done = matching.end(id, reason, at);
        REQUIRE_FALSE(done);
        CHECK(done.error().code == ErrorCode::InvalidInput);
        return done.error().message;
    };

    CHECK(refusedWith(supported, QStringLiteral("moved_away")).contains(QStringLiteral("poor_fit")));
    CHECK(refusedWith(supported, QStringLiteral("poor_fit"), vault.clock().nowUtc().addDays(1))
              .contains(QStringLiteral("future")));
    CHECK(refusedWith(supported, QStringLiteral("poor_fit"), vault.clock().nowUtc().addSecs(-1800))
              .contains(QStringLiteral("proposed")));

    auto proposed = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Dr Two")));
    REQUIRE(proposed);
    CHECK(refusedWith(*proposed, QStringLiteral("poor_fit")).contains(QStringLiteral("no supporter")));
    REQUIRE(RequestService(*session).triage(*proposed, {}));
    REQUIRE(matching.assign(*proposed, jordan));
    CHECK(refusedWith(*proposed, QStringLiteral("poor_fit")).contains(QStringLiteral("decline")));
    CHECK(RequestService(*session).get(*proposed)->status == RequestStatus::Matched);

    // A program's own reason, and none at all.
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::MatchEndReasons), QString()));
    CHECK(refusedWith(supported, QStringLiteral("poor_fit")).contains(QStringLiteral("match_end_reasons")));
    CHECK(RequestService(*session).get(supported)->status == RequestStatus::FirstContactMade);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::MatchEndReasons),
                          QStringLiteral("poor_fit; moved away")));
    REQUIRE(matching.end(supported, QStringLiteral("moved away")));
    CHECK(matchEndReasonDisplayName(QStringLiteral("moved away")) == QLatin1String("moved away"));

    // A reporting user may not.
    auto reporting = vault.unlockAs(Role::Reporting);
    auto notPermitted = MatchingService(*reporting).end(*proposed, QStringLiteral("poor_fit"));
    REQUIRE_FALSE(notPermitted);
    CHECK(notPermitted.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("Pausing a supporter with live matches asks for confirmation, a paused supporter is not booked",
          "[match-end]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 jordan = addSupporter(*session, QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    const qint64 free = addSupporter(*session, QStringLiteral("Sam Free"), QStringLiteral("sam@example.org"));
    const qint64 request = supportedRequest(vault, *session, jordan, QStringLiteral("Dr Three"));
    SupporterService supporters(*session);
    const QDate until = vault.clock().todayLocal().addDays(20);

    // Nobody to leave behind: no confirmation needed.
    REQUIRE(supporters.pauseUntil(free, until));
    REQUIRE(supporters.setStatus(free, QStringLiteral("paused")));

    auto refused = supporters.pauseUntil(jordan, until);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("R-%1").arg(request)));
    CHECK_FALSE(supporters.get(jordan)->pausedUntil.isValid());
    REQUIRE(supporters.pauseUntil(jordan, until, true));

    ConversationRequest conversation;
    conversation.requestId = request;
    conversation.startsAt = vault.clock().nowUtc().addDays(2);
    conversation.modality = QStringLiteral("phone");
    conversation.outsideAvailability = true;
    auto booking = SchedulingService(*session, programZone()).schedule(conversation);
    REQUIRE_FALSE(booking);
    CHECK(booking.error().message.contains(QStringLiteral("paused until")));

    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->needsNewSupporter) == QList<qint64>{ request });
    CHECK(overview->needsNewSupporter.rows.constFirst().date == until);
}

TEST_CASE("Referrals given are recorded at any point of support and counted by resource", "[referrals]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::Resources),
                          QStringLiteral("Physician Health Program; UBC resident wellness [career_stage=resident, "
                                         "region=BC]; Family physician")));
    const qint64 jordan = addSupporter(*session, QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    const qint64 request = supportedRequest(vault, *session, jordan, QStringLiteral("Dr Four"));
    RequestService requests(*session);

    REQUIRE(requests.refer(request, QStringLiteral("Family physician")));
    auto unknown = requests.refer(request, QStringLiteral("Somewhere else"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("Physician Health Program")));
    CHECK(requests.refer(request, QStringLiteral("Family physician"), vault.clock().nowUtc().addDays(2)).error().code
          == ErrorCode::InvalidInput);

    // A completed support records a referral to the physician health program at its closure.
    vault.clock().advanceDays(3);
    CloseOptions options;
    options.resource = QStringLiteral("Physician Health Program");
    REQUIRE(requests.close(request, CloseOutcome::Completed, options));
    auto closed = requests.get(request);
    REQUIRE(closed);
    CHECK(closed->referredResource.isEmpty()); // the closure's own resource is for referred_elsewhere only
    auto given = requests.referrals(request);
    REQUIRE(given);
    REQUIRE(given->size() == 2);
    CHECK(given->at(0).resource == QLatin1String("Family physician"));
    CHECK(given->at(1).resource == QLatin1String("Physician Health Program"));
    CHECK(given->at(1).givenAt == closed->closedAt);
    CHECK(countAudit(*session, QStringLiteral("request.referral_given")) == 2);

    // After the closure: recorded at the closure when no time is given, refused when given after it.
    vault.clock().advanceDays(1);
    REQUIRE(requests.refer(request, QStringLiteral("Family physician")));
    CHECK(requests.referrals(request)->last().givenAt == closed->closedAt);
    CHECK_FALSE(requests.refer(request, QStringLiteral("Family physician"), vault.clock().nowUtc()));

    auto tables = StatisticsService(*session).tables(*StatPeriod::parse(QStringLiteral("2026-03")));
    REQUIRE(tables);
    CHECK(cellOf(*tables, QStringLiteral("referrals_given"), QStringLiteral("Physician Health Program")) == 1);
    CHECK(cellOf(*tables, QStringLiteral("referrals_given"), QStringLiteral("Family physician")) == 2);
    CHECK(cellOf(*tables, QStringLiteral("referrals_given"), QStringLiteral("UBC resident wellness")) == 0);
    CHECK(cellOf(*tables, QStringLiteral("referrals_given"), QLatin1String(StatCell::Margin)) == 3);
}

TEST_CASE("Resources meant for a request's region and career stage are offered first", "[referrals]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::Resources),
                          QStringLiteral("UBC resident wellness [career_stage=resident, region=BC]; Physician Health "
                                         "Program; Ontario PHP [region=ON]")));
    NewRequest toronto = sampleRequest(vault.clock().nowUtc(), QStringLiteral("Dr Toronto"));
    toronto.profile.region = QStringLiteral("on");
    toronto.profile.careerStage = QStringLiteral("resident");
    auto torontoId = RequestService(*session).intake(toronto);
    REQUIRE(torontoId);
    CHECK(*RequestService(*session).resourcesFor(*torontoId)
          == QStringList{ QStringLiteral("Ontario PHP"), QStringLiteral("Physician Health Program"),
                          QStringLiteral("UBC resident wellness") });
    NewRequest vancouver = toronto;
    vancouver.profile.region = QStringLiteral("BC");
    auto vancouverId = RequestService(*session).intake(vancouver);
    REQUIRE(vancouverId);
    CHECK(RequestService(*session).resourcesFor(*vancouverId)->constFirst() == QLatin1String("UBC resident wellness"));

    // An out-of-scope triage offers the fitting resources first.
    auto triaged = RequestService(*session).triage(*vancouverId, {});
    REQUIRE(triaged);
    REQUIRE_FALSE(triaged->inScope); // residents are referred elsewhere by default
    CHECK(triaged->resources.constFirst() == QLatin1String("UBC resident wellness"));
    REQUIRE(RequestService(*session).refer(*vancouverId, QStringLiteral("UBC resident wellness")));
}

TEST_CASE("The resources setting reads its scope tags and refuses what it cannot read", "[referrals][settings]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QString key = QLatin1String(ProgramSettings::Resources);
    auto stored
        = changeSetting(*session, key, QStringLiteral(" A [ region = BC ,career_stage=resident,region=YT ] ;B"));
    REQUIRE(stored);
    CHECK(*stored == QLatin1String("A [career_stage=resident, region=BC, region=YT]; B"));
    for (const char* bad : { "A [city=Toronto]", "A [career_stage=intern]", "A [region]", "A [region=BC", "[region=BC]",
                             "A; a", "A ] [region=BC]" }) {
        INFO(bad);
        auto refused = changeSetting(*session, key, QString::fromLatin1(bad));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
    CHECK(*ProgramSettings(session->database()).value(key)
          == QLatin1String("A [career_stage=resident, region=BC, region=YT]; B"));
}

TEST_CASE("The Dashboard lists what needs attention after the first match", "[dashboard][match-end]")
{
    TempVault vault; // Monday 2 March 2026, 09:30 UTC
    auto session = vault.unlock();
    const qint64 jordan = addSupporter(*session, QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    const qint64 camille = addSupporter(*session, QStringLiteral("Camille Roy"), QStringLiteral("camille@example.org"));
    const qint64 quiet = supportedRequest(vault, *session, jordan, QStringLiteral("Dr Quiet"));
    const qint64 booked = book(*session, quiet, vault.clock().nowUtc().addDays(1));

    auto proposal
        = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Dr Waiting")));
    REQUIRE(proposal);
    REQUIRE(RequestService(*session).triage(*proposal, {}));
    REQUIRE(MatchingService(*session).assign(*proposal, camille));

    auto escalated = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Dr Risk")));
    REQUIRE(escalated);
    REQUIRE(RequestService(*session).escalate(*escalated, QStringLiteral("crisis_resources_given")));

    PeerGroup group;
    group.name = QStringLiteral("Monday evening circle");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(1);
    group.startMinute = 19 * 60;
    group.firstDate = QDate(2026, 3, 2);
    auto groupId = GroupService(*session, programZone()).add(group);
    INFO((groupId ? QString() : groupId.error().message).toStdString());
    REQUIRE(groupId);

    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->proposalsUnanswered.count == 0);
    CHECK(overview->quietMatches.count == 0);
    CHECK(ids(overview->escalatedWithoutSupporter) == QList<qint64>{ *escalated });
    CHECK(overview->conversationsNotRecorded.count == 0);
    CHECK(overview->groupSeriesRunningOut.count == 0); // twelve weeks scheduled ahead

    // Three days on: the proposal is unanswered, yesterday's conversation is not recorded.
    vault.clock().advanceDays(3);
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->proposalsUnanswered) == QList<qint64>{ *proposal });
    CHECK(overview->proposalsUnanswered.rows.constFirst().text == QLatin1String("Camille Roy"));
    CHECK(ids(overview->conversationsNotRecorded) == QList<qint64>{ booked });
    CHECK(overview->groupSessionsNotRecorded.count == 1); // Monday's session

    // Fifteen days without a conversation held; ten weeks on, the series runs out within 14 days.
    vault.clock().advanceDays(12);
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->quietMatches) == QList<qint64>{ quiet });
    REQUIRE(SchedulingService(*session, programZone()).setStatus(booked, QStringLiteral("held")));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->quietMatches.count == 0);
    CHECK(overview->conversationsNotRecorded.count == 0);
    vault.clock().advanceDays(63);
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->groupSeriesRunningOut) == QList<qint64>{ *groupId });
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::QuietMatchDays), QStringLiteral("90")));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->quietMatchDays == 90);
}

TEST_CASE("A group whose facilitator cannot lead its next session is flagged and listed on the Dashboard",
          "[dashboard][groups]")
{
    TempVault vault; // Monday 2 March 2026, 09:30 UTC
    auto session = vault.unlock();
    const qint64 jordan = addSupporter(*session, QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    const qint64 camille = addSupporter(*session, QStringLiteral("Camille Roy"), QStringLiteral("camille@example.org"));
    PeerGroup group;
    group.name = QStringLiteral("ICU trainees");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(4, 2);
    group.startMinute = 18 * 60;
    group.durationMinutes = 45;
    group.facilitatorIds = { jordan, camille };
    GroupService groups(*session, programZone());
    auto groupId = groups.add(group);
    REQUIRE(groupId);
    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->groupsShortOfFacilitators.count == 0);
    CHECK(groups.facilitatorProblems()->isEmpty());

    // Camille pauses past the next session (Thursday 5 March): one of two can lead; the page flags her.
    REQUIRE(SupporterService(*session).pauseUntil(camille, QDate(2026, 3, 20), true));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    REQUIRE(ids(overview->groupsShortOfFacilitators) == QList<qint64>{ *groupId });
    CHECK(overview->groupsShortOfFacilitators.rows.constFirst().extra == QStringLiteral("1/2"));
    CHECK(overview->groupsShortOfFacilitators.rows.constFirst().text == QStringLiteral("ICU trainees"));
    auto problems = groups.facilitatorProblems();
    REQUIRE(problems);
    CHECK(problems->keys() == QList<qint64>{ camille });
    CHECK(problems->value(camille).contains(QStringLiteral("paused")));

    // Jordan retires: none can lead; an ended group is no longer listed.
    REQUIRE(SupporterService(*session).setStatus(jordan, QStringLiteral("retired"), true));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->groupsShortOfFacilitators.rows.constFirst().extra == QStringLiteral("0/2"));
    REQUIRE(groups.end(*groupId));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->groupsShortOfFacilitators.count == 0);
}

TEST_CASE("A new request half typed at a lock is kept encrypted for its author and given back once", "[drafts]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService requests(*session);
    NewRequest draft = sampleRequest(vault.clock().nowUtc(), QStringLiteral("Dr Draft Marker"));
    draft.profile.availability = { { 2, 18 * 60, 20 * 60 } };
    REQUIRE(requests.keepDraft(draft));
    CHECK(*requests.hasDraft());
    // Sealed as an identity cell: the name is not in the row.
    auto row = session->database().exec(QStringLiteral("SELECT content_ct FROM request_drafts"));
    REQUIRE(row);
    REQUIRE(row->next());
    CHECK_FALSE(row->value(0).toByteArray().contains("Draft Marker"));
    row->finish();
    CHECK(countAudit(*session, QStringLiteral("request.draft_kept")) == 1);

    // Another person does not see it; a reporting user may not keep one.
    auto reporting = vault.unlockAs(Role::Reporting);
    CHECK(RequestService(*reporting).keepDraft(draft).error().code == ErrorCode::NotPermitted);

    auto taken = requests.takeDraft();
    REQUIRE(taken);
    REQUIRE(taken->has_value());
    CHECK((*taken)->identity.name == QLatin1String("Dr Draft Marker"));
    CHECK((*taken)->reasons == draft.reasons);
    CHECK((*taken)->profile.availability == draft.profile.availability);
    CHECK((*taken)->receivedAt == draft.receivedAt);
    CHECK_FALSE(*requests.hasDraft());
    CHECK_FALSE(requests.takeDraft()->has_value());

    // A week later it is gone unread, and the purge removes one nobody came back to.
    REQUIRE(requests.keepDraft(draft));
    vault.clock().advanceDays(8);
    CHECK_FALSE(requests.takeDraft()->has_value());
    REQUIRE(requests.keepDraft(draft));
    vault.clock().advanceDays(8);
    auto purged = RetentionService(*session).purge();
    REQUIRE(purged);
    CHECK(purged->drafts == 1);
    CHECK_FALSE(*requests.hasDraft());
}
