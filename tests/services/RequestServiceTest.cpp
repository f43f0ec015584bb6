#include "core/services/RequestService.h"

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SupporterService.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

QStringList auditActions(VaultSession& session)
{
    QStringList actions;
    REQUIRE(AuditRepository(session.database()).forEach([&](const AuditEntry& entry) {
        actions.append(entry.action);
        return true;
    }));
    return actions;
}

qint64 countRows(VaultSession& session, const QString& table)
{
    auto query = session.database().exec(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

RequestStatus statusOf(VaultSession& session, qint64 id)
{
    auto request = RequestService(session).get(id);
    REQUIRE(request);
    return request->status;
}

// Reopens the vault with the administrator's account turned into another role.
std::unique_ptr<VaultSession> unlockAs(TempVault& vault, std::unique_ptr<VaultSession> session, Role role)
{
    session.reset();
    return vault.unlockAs(role);
}

} // namespace

TEST_CASE("Intake stores a request as new and audits it without identity", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    auto id = service.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    auto stored = service.get(*id);
    REQUIRE(stored);
    CHECK(stored->status == RequestStatus::New);
    CHECK(stored->identity.name == QLatin1String("Robin Tremblay"));
    CHECK(stored->reasons == QStringList{ QStringLiteral("burnout") });
    CHECK(stored->profile.languages == QStringList{ QStringLiteral("en") });
    CHECK(auditActions(*session).contains(QStringLiteral("request.received")));
    auto rows = session->database().exec(QStringLiteral("SELECT actor || action || entity_type FROM audit_log"));
    REQUIRE(rows);
    while (rows->next())
        CHECK_FALSE(rows->value(0).toString().contains(QStringLiteral("Robin")));
}

TEST_CASE("Intake refuses bad input with a clear error and writes nothing", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    const QDateTime now = vault.clock().nowUtc();
    NewRequest r = sampleRequest(now);
    SECTION("a reason outside the categories")
    {
        r.reasons = { QStringLiteral("my colleague shouted at me") };
    }
    SECTION("received in the future")
    {
        r.receivedAt = now.addDays(1);
    }
    SECTION("no way to reach the person")
    {
        r.identity.email.clear();
        r.identity.phone.clear();
    }
    SECTION("an unknown language code")
    {
        r.profile.languages = { QStringLiteral("xx") };
    }
    SECTION("an unknown channel")
    {
        r.channel = QStringLiteral("carrier_pigeon");
    }
    SECTION("an affinity group that is not configured")
    {
        r.profile.affinityPreference = QStringLiteral("chess_players");
    }
    const qint64 auditBefore = countRows(*session, QStringLiteral("audit_log"));
    auto id = service.intake(r);
    REQUIRE_FALSE(id);
    CHECK(id.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(id.error().message.isEmpty());
    CHECK(countRows(*session, QStringLiteral("requests")) == 0);
    CHECK(countRows(*session, QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("A colleague referral waits for consent and cannot be triaged or matched until then", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    NewRequest r = sampleRequest(vault.clock().nowUtc());
    r.channel = QStringLiteral("referral");
    r.referralType = QStringLiteral("colleague");
    auto id = service.intake(r);
    REQUIRE(id);
    CHECK(statusOf(*session, *id) == RequestStatus::AwaitingConsent);

    auto triaged = service.triage(*id, {});
    REQUIRE_FALSE(triaged);
    CHECK(triaged.error().code == ErrorCode::InvalidInput);
    auto suggested = MatchingService(*session).suggest(*id);
    REQUIRE_FALSE(suggested);
    CHECK(suggested.error().code == ErrorCode::InvalidInput);
    CHECK(suggested.error().message.contains(QStringLiteral("consent")));

    REQUIRE(service.recordConsent(*id));
    CHECK(statusOf(*session, *id) == RequestStatus::New);
    REQUIRE(service.triage(*id, {}));
    CHECK(statusOf(*session, *id) == RequestStatus::Triaged);

    SECTION("consent confirmed at intake skips the wait")
    {
        r.consentConfirmed = true;
        auto confirmed = service.intake(r);
        REQUIRE(confirmed);
        CHECK(statusOf(*session, *confirmed) == RequestStatus::New);
    }
}

TEST_CASE("Triage applies the scope rules and closes an out-of-scope request as referred elsewhere", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    NewRequest r = sampleRequest(vault.clock().nowUtc());
    r.profile.careerStage = QStringLiteral("resident");
    auto resident = service.intake(r);
    REQUIRE(resident);
    auto outcome = service.triage(*resident, {});
    REQUIRE(outcome);
    CHECK_FALSE(outcome->inScope);
    CHECK_FALSE(outcome->resources.isEmpty());
    auto closed = service.get(*resident);
    REQUIRE(closed);
    CHECK(closed->status == RequestStatus::Closed);
    CHECK(closed->outcome == CloseOutcome::ReferredElsewhere);

    SECTION("regions restrict scope once configured")
    {
        REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::ScopeRegions), QStringLiteral("Toronto")));
        auto ottawa = service.intake(sampleRequest(vault.clock().nowUtc()));
        REQUIRE(ottawa);
        auto regional = service.triage(*ottawa, {});
        REQUIRE(regional);
        CHECK_FALSE(regional->inScope);
    }
    SECTION("an in-scope request is triaged")
    {
        auto inScope = service.intake(sampleRequest(vault.clock().nowUtc()));
        REQUIRE(inScope);
        auto triaged = service.triage(*inScope, { false, { QStringLiteral("complaint") }, QStringLiteral("priority") });
        REQUIRE(triaged);
        CHECK(triaged->inScope);
        auto stored = service.get(*inScope);
        REQUIRE(stored);
        CHECK(stored->reasons == QStringList{ QStringLiteral("complaint") });
        CHECK(stored->urgency == QLatin1String("priority"));
    }
}

TEST_CASE("Immediate risk flags the request, shows crisis resources and keeps a minimal escalation record",
          "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    auto id = service.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    auto outcome = service.triage(*id, { true, {}, std::nullopt });
    REQUIRE(outcome);
    CHECK(outcome->escalated);
    CHECK(outcome->crisisResources.join(QLatin1Char(' ')).contains(QStringLiteral("988")));
    auto escalations = service.escalations(*id);
    REQUIRE(escalations);
    REQUIRE(escalations->size() == 1);
    CHECK(escalations->constFirst().action == QLatin1String("crisis_resources_given"));
    CHECK(escalations->constFirst().userId == session->user().id);

    auto again = service.escalate(*id, QStringLiteral("emergency_services_called"));
    REQUIRE(again);
    CHECK_FALSE(again->isEmpty());
    CHECK(service.escalations(*id)->size() == 2);
    auto unknown = service.escalate(*id, QStringLiteral("wrote a long note"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::InvalidInput);
    CHECK(service.get(*id)->escalated);
}

TEST_CASE("The whole path from intake to completed is audited step by step", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService requests(*session);
    SupporterService supporters(*session);
    MatchingService matching(*session);
    auto supporter
        = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(supporter);
    auto id = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    REQUIRE(requests.triage(*id, {}));
    REQUIRE(matching.assign(*id, *supporter));
    CHECK(statusOf(*session, *id) == RequestStatus::Matched);
    REQUIRE(matching.accept(*id));
    CHECK(statusOf(*session, *id) == RequestStatus::Accepted);

    auto completedTooEarly = requests.close(*id, CloseOutcome::Completed);
    REQUIRE_FALSE(completedTooEarly);
    CHECK(completedTooEarly.error().code == ErrorCode::InvalidInput);

    vault.clock().advanceDays(1);
    REQUIRE(requests.recordFirstContact(*id));
    REQUIRE(requests.recordConversationHeld(*id, vault.clock().nowUtc()));
    CHECK(statusOf(*session, *id) == RequestStatus::InProgress);
    REQUIRE(requests.close(*id, CloseOutcome::Completed, { true, {} }));
    CHECK(statusOf(*session, *id) == RequestStatus::Closed);

    const QStringList actions = auditActions(*session);
    for (const char* action : { "request.received", "request.triage", "match.proposed", "request.assign_supporter",
                                "match.accepted", "request.supporter_accepts", "request.record_first_contact",
                                "request.record_conversation", "request.close.completed" }) {
        INFO(action);
        CHECK(actions.contains(QLatin1String(action)));
    }
    auto live = matching.liveMatch(*id);
    REQUIRE(live);
    CHECK_FALSE(live->has_value());

    SECTION("a difficult close rests the supporter for their cooldown")
    {
        auto rested = supporters.get(*supporter);
        REQUIRE(rested);
        CHECK(rested->cooldownUntil == vault.clock().todayLocal().addDays(rested->cooldownDays));
    }
    SECTION("a closed request accepts no further transition")
    {
        auto reopened = requests.recordFirstContact(*id);
        REQUIRE_FALSE(reopened);
        CHECK(reopened.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("Event times may be recorded late but never in the future or before receipt", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    auto id = service.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    auto future = service.triage(*id, {}, vault.clock().nowUtc().addDays(2));
    REQUIRE_FALSE(future);
    CHECK(future.error().code == ErrorCode::InvalidInput);
    auto beforeReceipt = service.triage(*id, {}, vault.clock().nowUtc().addDays(-2));
    REQUIRE_FALSE(beforeReceipt);
    CHECK(statusOf(*session, *id) == RequestStatus::New);
    const QDateTime late = vault.clock().nowUtc().addSecs(-600);
    REQUIRE(service.triage(*id, {}, late));
    CHECK(service.get(*id)->triagedAt == late);
}

TEST_CASE("Repeat requests are recognised from a keyed hash of the email or phone", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    const QDateTime now = vault.clock().nowUtc();
    auto first = service.intake(sampleRequest(now.addDays(-40)));
    REQUIRE(first);
    NewRequest samePhone = sampleRequest(now, QStringLiteral("R. Tremblay"), QStringLiteral("other@example.org"));
    samePhone.identity.phone = QStringLiteral("+1 613 555 0199");
    auto second = service.intake(samePhone);
    REQUIRE(second);
    NewRequest sameEmail
        = sampleRequest(now, QStringLiteral("Robin T."), QStringLiteral(" Robin.Tremblay@Example.org "));
    sameEmail.identity.phone.clear();
    auto third = service.intake(sameEmail);
    REQUIRE(third);
    NewRequest someoneElse = sampleRequest(now, QStringLiteral("Sam Doe"), QStringLiteral("sam@example.org"));
    someoneElse.identity.phone = QStringLiteral("416-555-0123");
    auto stranger = service.intake(someoneElse);
    REQUIRE(stranger);
    CHECK(service.get(*first)->earlierRequests == 0);
    CHECK(service.get(*second)->earlierRequests == 1);
    CHECK(service.get(*third)->earlierRequests == 1);
    CHECK(service.get(*stranger)->earlierRequests == 0);

    // The key is keyed and short: 16 bits of a keyed Argon2id hash, in the new format.
    auto keys
        = session->database().exec(QStringLiteral("SELECT repeat_key_email FROM requests WHERE id = ?"), { *first });
    REQUIRE(keys);
    REQUIRE(keys->next());
    const QString key = keys->value(0).toString();
    CHECK(key.size() == 6);
    CHECK(key.startsWith(QStringLiteral("2:")));
    CHECK_FALSE(key.contains(QStringLiteral("robin")));
}

TEST_CASE("A legal hold is for administrators and cannot be placed on a purged identity", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    auto id = service.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    REQUIRE(service.setLegalHold(*id, true));
    CHECK(service.get(*id)->legalHold);
    REQUIRE(service.setLegalHold(*id, false));
    CHECK_FALSE(service.get(*id)->legalHold);
    CHECK(auditActions(*session).contains(QStringLiteral("request.legal_hold.on")));

    session = unlockAs(vault, std::move(session), Role::Coordinator);
    auto coordinatorHold = RequestService(*session).setLegalHold(*id, true);
    REQUIRE_FALSE(coordinatorHold);
    CHECK(coordinatorHold.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("Reporting users cannot see or change requests", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto id = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    session = unlockAs(vault, std::move(session), Role::Reporting);
    RequestService service(*session);
    auto listed = service.list();
    REQUIRE_FALSE(listed);
    CHECK(listed.error().code == ErrorCode::NotPermitted);
    auto triaged = service.triage(*id, {});
    REQUIRE_FALSE(triaged);
    CHECK(triaged.error().code == ErrorCode::NotPermitted);
    auto added = service.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("A phone number several physicians gave does not make them one person", "[requests][repeat]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    const QDateTime now = vault.clock().nowUtc();
    // Three physicians, each with their own address, all giving their hospital's switchboard.
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        NewRequest r = sampleRequest(now.addDays(-10 + i), QStringLiteral("Person %1").arg(i),
                                     QStringLiteral("person%1@example.org").arg(i));
        r.identity.phone = QStringLiteral("604-875-4111");
        auto id = service.intake(r);
        REQUIRE(id);
        ids << *id;
    }
    // One of them again, with a new address and the same switchboard: not recognised by the shared number ...
    NewRequest again = sampleRequest(now, QStringLiteral("Person 1"), QStringLiteral("person1.new@example.org"));
    again.identity.phone = QStringLiteral("604 875 4111");
    auto repeat = service.intake(again);
    REQUIRE(repeat);
    for (const qint64 id : std::as_const(ids))
        CHECK(service.get(id)->earlierRequests == 0);
    CHECK(service.get(*repeat)->earlierRequests == 0);
    // ... but by the address they used before.
    NewRequest sameAddress = sampleRequest(now, QStringLiteral("Person 2"), QStringLiteral("Person2@Example.org"));
    sameAddress.identity.phone = QStringLiteral("604-875-4111");
    auto byAddress = service.intake(sameAddress);
    REQUIRE(byAddress);
    CHECK(service.get(*byAddress)->earlierRequests == 1);
    // One person giving two addresses and one personal number is still one person.
    NewRequest home = sampleRequest(now.addDays(-5), QStringLiteral("Sam"), QStringLiteral("sam.home@example.org"));
    home.identity.phone = QStringLiteral("250-555-0101");
    NewRequest work = sampleRequest(now, QStringLiteral("Sam"), QStringLiteral("sam.work@example.org"));
    work.identity.phone = QStringLiteral("250-555-0101");
    REQUIRE(service.intake(home));
    auto second = service.intake(work);
    REQUIRE(second);
    CHECK(service.get(*second)->earlierRequests == 1);
}

TEST_CASE("Earlier requests are counted in one pass however many share a key", "[requests][repeat]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    const QDateTime now = vault.clock().nowUtc();
    QList<NewRequest> batch;
    for (int i = 0; i < 1500; ++i) {
        NewRequest r = sampleRequest(now.addSecs(-3600 * (i + 2)), QStringLiteral("Imported %1").arg(i), QString());
        r.identity.phone = QStringLiteral("604-555-0100");
        batch << r;
    }
    REQUIRE(service.intakeAll(batch));
    auto all = service.list();
    REQUIRE(all);
    REQUIRE(all->size() == 1500);
    // Newest first: the newest has every other request before it, the oldest none.
    CHECK(all->constFirst().earlierRequests == 1499);
    CHECK(all->constLast().earlierRequests == 0);
    CHECK(service.get(all->at(700).id)->earlierRequests == all->at(700).earlierRequests);
}
