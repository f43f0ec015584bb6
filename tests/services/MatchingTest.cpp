#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/domain/MatchEngine.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/RosterCache.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QMap>

#include <functional>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

const QDateTime Now(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);

// A triaged request and one supporter who passes every hard rule; tests change one thing at a time.
MatchInput baseInput()
{
    MatchInput in;
    const NewRequest intake = sampleRequest(Now);
    in.request.id = 1;
    in.request.status = RequestStatus::Triaged;
    in.request.receivedAt = intake.receivedAt;
    in.request.profile = intake.profile;
    in.request.identity = intake.identity;
    in.request.reasons = intake.reasons;
    Supporter s = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    s.id = 10;
    in.supporters = { s };
    in.today = Now.date();
    in.now = Now;
    return in;
}

QString excludedRule(const MatchInput& in)
{
    const MatchSuggestions result = MatchEngine::rank(in);
    if (result.excluded.isEmpty())
        return {};
    return result.excluded.constFirst().rule;
}

QList<qint64> order(const MatchInput& in)
{
    QList<qint64> ids;
    for (const MatchCandidate& c : MatchEngine::rank(in).candidates)
        ids.append(c.supporterId);
    return ids;
}

// Two otherwise identical supporters, #10 and #20; `better` changes #20 so that it should rank first.
MatchInput pair(const std::function<void(MatchInput&, Supporter&)>& better)
{
    MatchInput in = baseInput();
    Supporter second = in.supporters.constFirst();
    second.id = 20;
    second.email = QStringLiteral("sam@example.org");
    second.phone = QStringLiteral("613-555-0111");
    better(in, second);
    in.supporters.append(second);
    return in;
}

} // namespace

TEST_CASE("The sample supporter passes every hard rule with reasons in plain words", "[matching]")
{
    const MatchSuggestions result = MatchEngine::rank(baseInput());
    REQUIRE(result.excluded.isEmpty());
    REQUIRE(result.candidates.size() == 1);
    const MatchCandidate& c = result.candidates.constFirst();
    CHECK(c.supporterId == 10);
    CHECK(c.score > 0);
    CHECK(c.score <= 100);
    CHECK(c.reasons.contains(QStringLiteral("speaks English")));
    CHECK(c.reasons.contains(QStringLiteral("other institution")));
    CHECK(c.reasons.contains(QStringLiteral("2 of 2 places free")));
    CHECK(c.reasons.contains(QStringLiteral("offers phone")));
}

TEST_CASE("Each hard rule excludes a supporter and names the rule", "[matching]")
{
    MatchInput in = baseInput();
    Supporter& s = in.supporters.first();
    QString expected;
    SECTION("not active")
    {
        s.status = QStringLiteral("in_training");
        expected = QStringLiteral("not_active");
    }
    SECTION("paused until a date")
    {
        s.pausedUntil = Now.date().addDays(3);
        expected = QStringLiteral("paused");
    }
    SECTION("in cooldown")
    {
        s.cooldownUntil = Now.date();
        expected = QStringLiteral("cooldown");
    }
    SECTION("a course the program requires never taken")
    {
        in.requiredCourses = { QStringLiteral("Suicide risk") };
        expected = QStringLiteral("training_missing");
    }
    SECTION("required training expired")
    {
        s.training.first().refresherDue = Now.date().addDays(-1);
        expected = QStringLiteral("training_expired");
    }
    SECTION("capacity zero")
    {
        s.maxActive = 0;
        expected = QStringLiteral("no_capacity");
    }
    SECTION("capacity used up")
    {
        in.loads.insert(s.id, { 2, Now.addDays(-5) });
        expected = QStringLiteral("no_capacity");
    }
    SECTION("no shared language")
    {
        s.languages = { QStringLiteral("fr") };
        expected = QStringLiteral("no_shared_language");
    }
    SECTION("no requested modality")
    {
        s.modalities = { QStringLiteral("in_person") };
        expected = QStringLiteral("no_requested_modality");
    }
    SECTION("same institution")
    {
        s.institutions.append(QStringLiteral("general hospital"));
        expected = QStringLiteral("same_institution");
    }
    SECTION("declined this request before")
    {
        in.declined.insert(s.id);
        expected = QStringLiteral("declined_before");
    }
    SECTION("lacks the requested affinity")
    {
        in.request.profile.affinityPreference = QStringLiteral("bipoc");
        expected = QStringLiteral("no_requested_affinity");
    }
    SECTION("is the requester")
    {
        s.email = QStringLiteral("ROBIN.TREMBLAY@example.org");
        expected = QStringLiteral("is_requester");
    }
    SECTION("does not match the gender preference")
    {
        in.request.profile.genderPreference = QStringLiteral("woman");
        s.gender = QStringLiteral("man");
        expected = QStringLiteral("gender_preference");
    }
    CHECK(excludedRule(in) == expected);
    CHECK(MatchEngine::rank(in).candidates.isEmpty());
}

TEST_CASE("Rules that a request relaxes no longer exclude", "[matching]")
{
    MatchInput in = baseInput();
    Supporter& s = in.supporters.first();
    SECTION("same institution allowed by the request")
    {
        s.institutions = { QStringLiteral("General Hospital") };
        in.request.profile.allowSameInstitution = true;
    }
    SECTION("an optional course that expired")
    {
        s.training.first().required = false;
        s.training.first().refresherDue = Now.date().addDays(-30);
    }
    SECTION("a pause that ended yesterday")
    {
        s.pausedUntil = Now.date().addDays(-1);
    }
    SECTION("the requested affinity")
    {
        in.request.profile.affinityPreference = QStringLiteral("bipoc");
        s.affinities = { QStringLiteral("bipoc") };
    }
    CHECK(excludedRule(in).isEmpty());
    CHECK(MatchEngine::rank(in).candidates.size() == 1);
}

TEST_CASE("Each score factor moves the rank", "[matching]")
{
    SECTION("specialty preference: same")
    {
        const MatchInput in = pair([](MatchInput& input, Supporter& s) {
            input.request.profile.specialtyPreference = QStringLiteral("same");
            s.specialty = QStringLiteral("emergency medicine");
        });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
    }
    SECTION("specialty preference: different")
    {
        const MatchInput in = pair([](MatchInput& input, Supporter&) {
            input.request.profile.specialtyPreference = QStringLiteral("different");
            input.supporters.first().specialty = QStringLiteral("Emergency medicine");
        });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
    }
    SECTION("career-stage proximity")
    {
        const MatchInput in = pair([](MatchInput&, Supporter& s) { s.careerStage = QStringLiteral("early_career"); });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
    }
    SECTION("region")
    {
        const MatchInput in
            = pair([](MatchInput& input, Supporter&) { input.supporters.first().region = QStringLiteral("Kingston"); });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
    }
    SECTION("availability overlap")
    {
        const MatchInput in = pair([](MatchInput& input, Supporter& s) {
            input.request.profile.availability = { { 1, 18 * 60, 20 * 60 } };
            s.availability = { { 1, 17 * 60, 21 * 60 } };
            input.supporters.first().availability = { { 3, 9 * 60, 10 * 60 } };
        });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
        const MatchSuggestions result = MatchEngine::rank(in);
        CHECK(result.candidates.constFirst().reasons.contains(QStringLiteral("available at every requested time")));
    }
    SECTION("current load")
    {
        const MatchInput in = pair([](MatchInput& input, Supporter&) {
            input.loads.insert(10, { 1, Now.addDays(-200) });
        });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
        CHECK(MatchEngine::rank(in).candidates.constLast().reasons.contains(QStringLiteral("1 of 2 places free")));
    }
    SECTION("time since the last match")
    {
        const MatchInput in = pair([](MatchInput& input, Supporter&) {
            input.loads.insert(10, { 0, Now.addDays(-3) });
            input.loads.insert(20, { 0, Now.addDays(-60) });
        });
        CHECK(order(in) == QList<qint64>{ 20, 10 });
    }
    SECTION("region weighs more for in-person support")
    {
        // #10 shares the region; #20 shares the career stage. By phone the career stage wins; in person the
        // doubled region weight turns it around.
        MatchInput in = pair([](MatchInput& input, Supporter& s) {
            s.region = QStringLiteral("Kingston");
            s.careerStage = QStringLiteral("early_career");
            input.supporters.first().careerStage = QStringLiteral("retired");
        });
        in.weights.careerStage = 4;
        in.weights.region = 2;
        CHECK(order(in) == QList<qint64>{ 20, 10 });
        in.request.profile.modalities = { QStringLiteral("in_person") };
        for (Supporter& s : in.supporters)
            s.modalities = { QStringLiteral("in_person") };
        CHECK(order(in) == QList<qint64>{ 10, 20 });
    }
    SECTION("a weight of zero switches a factor off")
    {
        MatchInput in = pair([](MatchInput&, Supporter& s) { s.careerStage = QStringLiteral("early_career"); });
        in.weights.careerStage = 0;
        CHECK(order(in) == QList<qint64>{ 10, 20 }); // a tie, broken by the lower id
    }
}

TEST_CASE("Ties are broken deterministically and the ranking does not depend on input order", "[matching]")
{
    MatchInput in = baseInput();
    for (qint64 id : { 5, 3, 9, 7 }) {
        Supporter s = in.supporters.constFirst();
        s.id = id;
        s.email = QStringLiteral("s%1@example.org").arg(id);
        s.phone = QStringLiteral("613-555-01%1").arg(id, 2, 10, QLatin1Char('0'));
        in.supporters.append(s);
    }
    const QList<qint64> first = order(in);
    CHECK(first == QList<qint64>{ 3, 5, 7, 9, 10 });
    std::reverse(in.supporters.begin(), in.supporters.end());
    CHECK(order(in) == first);
}

TEST_CASE("Matching through the service: assign re-checks the rules, decline never proposes the same supporter "
          "again",
          "[matching]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    RequestService requests(*session);
    MatchingService matching(*session);
    auto jordan = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    INFO((jordan ? QString() : jordan.error().message).toStdString());
    REQUIRE(jordan);
    Supporter french = sampleSupporter(QStringLiteral("Camille Roy"), QStringLiteral("camille@example.org"));
    french.languages = { QStringLiteral("fr") };
    auto camille = supporters.add(french);
    REQUIRE(camille);
    auto id = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);

    auto untriaged = matching.suggest(*id);
    REQUIRE_FALSE(untriaged);
    CHECK(untriaged.error().code == ErrorCode::InvalidInput);

    REQUIRE(requests.triage(*id, {}));
    auto suggestions = matching.suggest(*id);
    REQUIRE(suggestions);
    REQUIRE(suggestions->candidates.size() == 1);
    CHECK(suggestions->candidates.constFirst().supporterId == *jordan);
    REQUIRE(suggestions->excluded.size() == 1);
    CHECK(suggestions->excluded.constFirst().rule == QLatin1String("no_shared_language"));

    auto excluded = matching.assign(*id, *camille);
    REQUIRE_FALSE(excluded);
    CHECK(excluded.error().code == ErrorCode::InvalidInput);
    CHECK(requests.get(*id)->status == RequestStatus::Triaged);

    REQUIRE(matching.assign(*id, *jordan));
    auto twice = matching.assign(*id, *jordan);
    REQUIRE_FALSE(twice);
    REQUIRE(matching.decline(*id));
    CHECK(requests.get(*id)->status == RequestStatus::Triaged);
    auto again = matching.suggest(*id);
    REQUIRE(again);
    CHECK(again->candidates.isEmpty());
    bool declinedRule = false;
    for (const MatchExclusion& e : again->excluded)
        declinedRule = declinedRule || (e.supporterId == *jordan && e.rule == QLatin1String("declined_before"));
    CHECK(declinedRule);
    auto accepted = matching.accept(*id);
    REQUIRE_FALSE(accepted);
    CHECK(accepted.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("A requester on the roster is recognised by the contact details' blind indexes, however written",
          "[matching]")
{
    TempVault vault;
    auto session = vault.unlock();
    NewRequest asked = sampleRequest(vault.clock().nowUtc());
    asked.identity.email = QStringLiteral("robin.tremblay@example.org");
    asked.identity.phone = QStringLiteral("613-555-0199");
    auto id = RequestService(*session).intake(asked);
    REQUIRE(id);
    REQUIRE(RequestService(*session).triage(*id, {}));
    // The same person on the roster: the e-mail in other letter case, the phone with the country code.
    Supporter byEmail = sampleSupporter(QStringLiteral("Robin T."), QStringLiteral("Robin.Tremblay@Example.org"));
    byEmail.phone = QStringLiteral("613-555-0101");
    Supporter byPhone = sampleSupporter(QStringLiteral("R. Tremblay"), QStringLiteral("rt@example.net"));
    byPhone.phone = QStringLiteral("+1 (613) 555-0199");
    Supporter someoneElse = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    someoneElse.phone = QStringLiteral("613-555-0100");
    QList<qint64> ids;
    for (const Supporter& s : { byEmail, byPhone, someoneElse }) {
        auto added = SupporterService(*session).add(s);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added);
        ids.append(*added);
    }
    auto suggestions = MatchingService(*session).suggest(*id);
    REQUIRE(suggestions);
    REQUIRE(suggestions->candidates.size() == 1);
    CHECK(suggestions->candidates.constFirst().supporterId == ids.at(2));
    REQUIRE(suggestions->excluded.size() == 2);
    for (const MatchExclusion& e : suggestions->excluded)
        CHECK(e.rule == QLatin1String("is_requester"));
    // Matching's roster holds the indexes, never the contact details.
    auto roster = session->roster().current(session->database());
    REQUIRE(roster);
    for (const Supporter& s : *roster) {
        CHECK(s.email.isEmpty());
        CHECK(s.phone.isEmpty());
        CHECK(s.emailIndex.size() == 32);
    }
}

TEST_CASE("A supporter's capacity counts proposed and accepted matches", "[matching]")
{
    TempVault vault;
    auto session = vault.unlock();
    Supporter one = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    one.maxActive = 1;
    auto jordan = SupporterService(*session).add(one);
    REQUIRE(jordan);
    RequestService requests(*session);
    MatchingService matching(*session);
    auto first = requests.intake(sampleRequest(vault.clock().nowUtc()));
    auto second = requests.intake(
        sampleRequest(vault.clock().nowUtc(), QStringLiteral("Sam Doe"), QStringLiteral("sam@example.org")));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(requests.triage(*first, {}));
    REQUIRE(requests.triage(*second, {}));
    REQUIRE(matching.assign(*first, *jordan));
    auto full = matching.suggest(*second);
    REQUIRE(full);
    REQUIRE(full->excluded.size() == 1);
    CHECK(full->excluded.constFirst().rule == QLatin1String("no_capacity"));
    REQUIRE(requests.close(*first, CloseOutcome::Withdrawn));
    auto freed = matching.suggest(*second);
    REQUIRE(freed);
    CHECK(freed->candidates.size() == 1);
}

TEST_CASE("The roster reads every supporter's load in one call", "[matching]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto jordan = SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    auto idle = SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Idle Iris"), QStringLiteral("iris@example.org")));
    REQUIRE(jordan);
    REQUIRE(idle);
    RequestService requests(*session);
    auto request = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(request);
    REQUIRE(requests.triage(*request, {}));
    REQUIRE(MatchingService(*session).assign(*request, *jordan));

    auto loads = SupporterService(*session).loads();
    REQUIRE(loads);
    CHECK(loads->value(*jordan).activeMatches == 1);
    CHECK(loads->value(*jordan).lastMatchedAt.isValid());
    CHECK_FALSE(loads->contains(*idle));
}

namespace {

// Each supporter's {live matches, latest proposal not declined}, as kept in supporter_loads and as computed from
// every match (the definition the table must keep to).
using LoadRows = QMap<qint64, std::pair<int, QString>>;

LoadRows loadRows(VaultSession& session, const QString& sql)
{
    auto query = session.database().exec(sql);
    REQUIRE(query);
    LoadRows rows;
    while (query->next())
        rows.insert(query->value(0).toLongLong(), { query->value(1).toInt(), query->value(2).toString() });
    return rows;
}

void checkLoadsKept(VaultSession& session)
{
    const LoadRows kept
        = loadRows(session, QStringLiteral("SELECT supporter_id, live, last_matched_at FROM supporter_loads"));
    const LoadRows defined
        = loadRows(session,
                   QStringLiteral("SELECT supporter_id, count(*) FILTER (WHERE status IN ('proposed', 'accepted')), "
                                  "max(CASE WHEN status <> 'declined' THEN proposed_at END) FROM matches "
                                  "GROUP BY supporter_id"));
    for (auto it = defined.cbegin(); it != defined.cend(); ++it) {
        INFO("supporter " << it.key());
        CHECK(kept.value(it.key()) == it.value());
    }
    // A supporter whose last match was deleted keeps a row, empty.
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (!defined.contains(it.key()))
            CHECK(it.value() == std::pair<int, QString>(0, QString()));
    }
}

} // namespace

TEST_CASE("Supporters' loads follow every change to their matches", "[matching]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto ada = supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org")));
    auto ben = supporters.add(sampleSupporter(QStringLiteral("Ben Second"), QStringLiteral("ben@example.org")));
    REQUIRE((ada && ben));
    RequestService requests(*session);
    auto first = requests.intake(sampleRequest(vault.clock().nowUtc()));
    auto second = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE((first && second));
    REQUIRE(requests.triage(*first, {}));
    REQUIRE(requests.triage(*second, {}));
    MatchingService matching(*session);

    REQUIRE(matching.assign(*first, *ada));
    checkLoadsKept(*session);
    auto loads = supporters.loads();
    REQUIRE(loads);
    CHECK(loads->value(*ada).activeMatches == 1);
    CHECK(loads->value(*ada).lastMatchedAt == vault.clock().nowUtc());

    // Declined: no longer live, and not a match Ada worked on, so she was never matched.
    vault.clock().advanceSeconds(3600);
    REQUIRE(matching.decline(*first));
    checkLoadsKept(*session);
    loads = supporters.loads();
    REQUIRE(loads);
    CHECK(loads->value(*ada).activeMatches == 0);
    CHECK_FALSE(loads->value(*ada).lastMatchedAt.isValid());

    REQUIRE(matching.assign(*first, *ben));
    REQUIRE(matching.accept(*first));
    vault.clock().advanceSeconds(3600);
    REQUIRE(matching.assign(*second, *ada));
    checkLoadsKept(*session);

    // Changes no service makes, for the triggers' other paths: a match moved to another supporter, then deleted.
    REQUIRE(session->database().exec(QStringLiteral("UPDATE matches SET supporter_id = ? WHERE request_id = ?"),
                                     { *ben, *second }));
    checkLoadsKept(*session);
    loads = supporters.loads();
    REQUIRE(loads);
    CHECK(loads->value(*ben).activeMatches == 2);
    CHECK(loads->value(*ada).activeMatches == 0);
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM matches WHERE request_id = ?"), { *second }));
    checkLoadsKept(*session);
    CHECK(supporters.loads()->value(*ben).activeMatches == 1);
}

TEST_CASE("A supporter without a required course is excluded, and the explanation names the course", "[matching]")
{
    MatchInput in = baseInput();
    Supporter& s = in.supporters.first();
    in.requiredCourses = { QStringLiteral("Suicide risk"), s.training.first().course.toUpper() };
    const MatchSuggestions ranked = MatchEngine::rank(in);
    REQUIRE(ranked.excluded.size() == 1);
    CHECK(ranked.excluded.first().rule == QLatin1String("training_missing"));
    CHECK(ranked.excluded.first().explanation.contains(QStringLiteral("Suicide risk")));
    CHECK_FALSE(ranked.excluded.first().explanation.contains(s.training.first().course));
    TrainingRecord risk;
    risk.course = QStringLiteral("suicide risk");
    risk.completedOn = Now.date().addDays(-30);
    s.training.append(risk);
    CHECK(MatchEngine::rank(in).candidates.size() == 1);
}
