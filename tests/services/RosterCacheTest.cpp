#include "core/services/RosterCache.h"

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

QStringList namesIn(VaultSession& session)
{
    auto roster = session.roster().current(session.database());
    REQUIRE(roster);
    QStringList names;
    for (const Supporter& supporter : std::as_const(*roster))
        names.append(supporter.name);
    return names;
}

TrainingRecord refresher(VaultSession& session)
{
    TrainingRecord record;
    record.course = QStringLiteral("Peer support basics");
    record.completedOn = session.clock().todayLocal();
    record.refresherDue = record.completedOn.addYears(2);
    return record;
}

bool hasRefresher(const Supporter& supporter)
{
    return std::any_of(supporter.training.cbegin(), supporter.training.cend(), [](const TrainingRecord& record) {
        return record.course == QLatin1String("Peer support basics");
    });
}

} // namespace

TEST_CASE("The cached roster follows every change made through this session", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto first = supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org")));
    REQUIRE(first);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First") });

    auto second = supporters.add(sampleSupporter(QStringLiteral("Ben Second"), QStringLiteral("ben@example.org")));
    REQUIRE(second);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Ben Second") });

    // A change to a child table (a training record) is a roster change too.
    REQUIRE(supporters.addTraining(*first, refresher(*session)));
    auto roster = session->roster().current(session->database());
    REQUIRE(roster);
    CHECK(hasRefresher(roster->constFirst()));
}

TEST_CASE("Debriefs are not part of the roster matching reads, and recording one reads nothing again",
          "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto ada = supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org")));
    REQUIRE(ada);
    RosterCache& cache = session->roster();
    CHECK(namesIn(*session).size() == 1);
    DebriefRecord debrief;
    debrief.kind = QStringLiteral("debrief");
    debrief.heldOn = session->clock().todayLocal();
    REQUIRE(supporters.addDebrief(*ada, debrief));
    auto roster = cache.current(session->database());
    REQUIRE(roster);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::None);
    CHECK(roster->constFirst().debriefs.isEmpty());
    // The supporter's own record still has it.
    auto full = supporters.get(*ada);
    REQUIRE(full);
    CHECK(full->debriefs.size() == 1);
}

TEST_CASE("The cached roster sees what another connection committed", "[local-only][matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    CHECK(namesIn(*session).size() == 1);

    auto ticket = std::make_shared<WorkerTicket>(session->workerTicket());
    auto added = QtConcurrent::run([ticket]() -> Result<qint64> {
                     auto worker = vault::openWorker(std::move(*ticket));
                     if (!worker)
                         return worker.error();
                     return SupporterService(**worker).add(
                         sampleSupporter(QStringLiteral("Cy Worker"), QStringLiteral("cy@example.org")));
                 }).result();
    REQUIRE(added);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Cy Worker") });
}

TEST_CASE("A roster read inside a rolled-back transaction is not reused", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    CHECK(namesIn(*session).size() == 1);

    // Inside the transaction the cache reads the uncommitted supporter; the rollback undoes it and the revision
    // counter with it. Then a different change brings the counter back to the same value: the cache must not
    // take its rolled-back roster for the current one.
    auto failed = session->database().transaction([&]() -> Result<void> {
        if (auto ghost
            = supporters.add(sampleSupporter(QStringLiteral("Gus Ghost"), QStringLiteral("gus@example.org")));
            !ghost)
            return ghost.error();
        CHECK(namesIn(*session).size() == 2);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("abandon"));
    });
    CHECK_FALSE(failed);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Di Real"), QStringLiteral("di@example.org"))));
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Di Real") });
}

TEST_CASE("A rollback the cache read nothing in does not make it read the whole roster again",
          "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    RosterCache& cache = session->roster();
    CHECK(namesIn(*session).size() == 1);

    // A change abandoned half-way (its supporter and change-log rows written, then rolled back), as a failed save
    // does: nothing of it was ever visible outside the transaction.
    auto failed = session->database().transaction([&]() -> Result<void> {
        if (auto ghost
            = supporters.add(sampleSupporter(QStringLiteral("Gus Ghost"), QStringLiteral("gus@example.org")));
            !ghost)
            return ghost.error();
        return makeError(ErrorCode::InvalidInput, QStringLiteral("abandon"));
    });
    CHECK_FALSE(failed);
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First") });
    CHECK(cache.lastRefresh() == RosterCache::Refresh::None);

    // The change numbers the rollback gave back are used again by the next real change, which is read.
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Di Real"), QStringLiteral("di@example.org"))));
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Di Real") });
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Changed);
}

TEST_CASE("Only the supporters changed since the last look are read again", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto ada = supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org")));
    auto ben = supporters.add(sampleSupporter(QStringLiteral("Ben Second"), QStringLiteral("ben@example.org")));
    auto cy = supporters.add(sampleSupporter(QStringLiteral("Cy Third"), QStringLiteral("cy@example.org")));
    REQUIRE((ada && ben && cy));
    RosterCache& cache = session->roster();
    CHECK(namesIn(*session).size() == 3);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Whole);
    CHECK(namesIn(*session).size() == 3);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::None);

    REQUIRE(supporters.addTraining(*ben, refresher(*session)));
    auto roster = cache.current(session->database());
    REQUIRE(roster);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Changed);
    REQUIRE(roster->size() == 3);
    CHECK(roster->at(1).id == *ben);
    CHECK(hasRefresher(roster->at(1)));
    CHECK_FALSE(hasRefresher(roster->at(0)));

    // A supporter deleted outright (with everything of theirs) leaves; a new one joins in id order.
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM supporters WHERE id = ?"), { *ada }));
    auto dee = supporters.add(sampleSupporter(QStringLiteral("Dee Fourth"), QStringLiteral("dee@example.org")));
    REQUIRE(dee);
    CHECK(namesIn(*session)
          == QStringList{ QStringLiteral("Ben Second"), QStringLiteral("Cy Third"), QStringLiteral("Dee Fourth") });
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Changed);
}

TEST_CASE("A cache the change log no longer reaches reads the whole roster", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    RosterCache& cache = session->roster();
    CHECK(namesIn(*session).size() == 1);

    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ben Second"), QStringLiteral("ben@example.org"))));
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Cy Third"), QStringLiteral("cy@example.org"))));
    // As if more than the log keeps had happened since: the entries right after the cache's last look are gone.
    auto newest = session->database().exec(QStringLiteral("SELECT max(seq) FROM roster_changes"));
    REQUIRE(newest);
    REQUIRE(newest->next());
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM roster_changes WHERE seq < ?"),
                                     { newest->value(0).toLongLong() }));
    CHECK(namesIn(*session).size() == 3);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Whole);

    // An emptied log cannot say what changed either.
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM roster_changes")));
    CHECK(namesIn(*session).size() == 3);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Whole);
}

TEST_CASE("The roster change log keeps its newest 10 000 entries", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(session->database().exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050) "
                       "INSERT INTO roster_changes (supporter_id) SELECT 1 FROM n")));
    auto kept = session->database().exec(QStringLiteral("SELECT count(*), min(seq), max(seq) FROM roster_changes"));
    REQUIRE(kept);
    REQUIRE(kept->next());
    CHECK(kept->value(0).toInt() == 10000);
    CHECK(kept->value(2).toLongLong() - kept->value(1).toLongLong() == 9999);
}

TEST_CASE("Locking drops the cached roster", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));
    CHECK(namesIn(*session).size() == 1);
    session->close();
    // Closed: the connection is gone, so reading fails instead of answering from memory.
    CHECK_FALSE(session->roster().current(session->database()));
}

TEST_CASE("A roster read on a worker connection is adopted, and what changed after it is read again",
          "[local-only][matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"))));

    auto ticket = std::make_shared<WorkerTicket>(session->workerTicket());
    auto snapshot = QtConcurrent::run([ticket]() -> Result<RosterSnapshot> {
                        auto worker = vault::openWorker(std::move(*ticket));
                        if (!worker)
                            return worker.error();
                        return MatchingService(**worker).readRoster();
                    }).result();
    REQUIRE(snapshot);
    REQUIRE(snapshot->supporters.size() == 1);

    // Changed after the worker read it: the adopting cache reads that supporter alone, not the whole roster.
    REQUIRE(supporters.add(sampleSupporter(QStringLiteral("Ben Second"), QStringLiteral("ben@example.org"))));
    RosterCache& cache = session->roster();
    CHECK_FALSE(cache.holdsRoster());
    cache.adopt(session->database(), *snapshot);
    CHECK(cache.holdsRoster());
    CHECK(namesIn(*session) == QStringList{ QStringLiteral("Ada First"), QStringLiteral("Ben Second") });
    CHECK(cache.lastRefresh() == RosterCache::Refresh::Changed);

    // A cache that has a roster keeps it: an older snapshot would undo what it already read.
    cache.adopt(session->database(), *snapshot);
    CHECK(namesIn(*session).size() == 2);
    CHECK(cache.lastRefresh() == RosterCache::Refresh::None);
}

TEST_CASE("Only coordinators and administrators read the roster for matching", "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    session.reset();
    session = vault.unlockAs(Role::Reporting);
    auto snapshot = MatchingService(*session).readRoster();
    REQUIRE_FALSE(snapshot);
    CHECK(snapshot.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("Matching sees each course's latest training record, as refreshers and late entries change it",
          "[matching][roster-cache]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDate today = vault.clock().todayLocal();
    SupporterService supporters(*session);
    Supporter lapsed = sampleSupporter(QStringLiteral("Ada First"), QStringLiteral("ada@example.org"));
    const QString course = lapsed.training.constFirst().course;
    lapsed.training.first().completedOn = today.addYears(-3);
    lapsed.training.first().refresherDue = today.addYears(-1);
    auto ada = supporters.add(lapsed);
    REQUIRE(ada);
    RequestService requests(*session);
    auto request = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(request);
    REQUIRE(requests.triage(*request, {}));
    MatchingService matching(*session);
    auto ruleFor = [&]() -> QString {
        auto suggestions = matching.suggest(*request);
        REQUIRE(suggestions);
        return suggestions->excluded.isEmpty() ? QString() : suggestions->excluded.constFirst().rule;
    };
    CHECK(ruleFor() == QLatin1String("training_expired"));

    // A refresher is a new record of the same course: matching now sees only it.
    TrainingRecord refreshed;
    refreshed.course = course;
    refreshed.completedOn = today.addDays(-1);
    refreshed.refresherDue = today.addYears(2);
    REQUIRE(supporters.addTraining(*ada, refreshed));
    CHECK(ruleFor().isEmpty());
    auto roster = session->roster().current(session->database());
    REQUIRE(roster);
    REQUIRE(roster->constFirst().training.size() == 1);
    CHECK(roster->constFirst().training.constFirst().completedOn == refreshed.completedOn);

    // An older record entered late changes nothing; a second course that lapsed counts on its own.
    TrainingRecord older = refreshed;
    older.completedOn = today.addYears(-5);
    older.refresherDue = today.addYears(-4);
    REQUIRE(supporters.addTraining(*ada, older));
    CHECK(ruleFor().isEmpty());
    TrainingRecord other = older;
    other.course = QStringLiteral("Crisis line basics");
    REQUIRE(supporters.addTraining(*ada, other));
    CHECK(ruleFor() == QLatin1String("training_expired"));
    roster = session->roster().current(session->database());
    REQUIRE(roster);
    CHECK(roster->constFirst().training.size() == 2);

    // A correction entered the same day as the lapsed record, in other letter case, replaces it: the record
    // entered last counts, whether matching reads every record or only the latest.
    TrainingRecord correction = other;
    correction.course = other.course.toUpper();
    correction.refresherDue = today.addYears(1);
    REQUIRE(supporters.addTraining(*ada, correction));
    CHECK(ruleFor().isEmpty());
    auto full = supporters.get(*ada);
    REQUIRE(full);
    CHECK(currentTraining(*full).size() == 2);

    // The supporter's own page still shows every record.
    CHECK(full->training.size() == 5);
}

TEST_CASE("The whole roster is read over indexes that hold it in order", "[local-only][matching][roster-cache]")
{
    // The child queries of SupporterRepository::load for the whole roster. Through an index of supporter_id alone
    // each row was a seek into its table, and the stress-scale roster read took 200 ms.
    TempVault vault;
    auto session = vault.unlock();
    for (const char* sql :
         { "SELECT supporter_id, kind, value FROM supporter_attributes ORDER BY supporter_id, kind, value",
           "SELECT supporter_id, weekday, start_minute, end_minute FROM supporter_availability "
           "ORDER BY supporter_id, weekday, start_minute",
           "SELECT supporter_id, id, course, required, completed_on, refresher_due FROM supporter_training "
           "WHERE latest = 1 ORDER BY supporter_id, completed_on, id" }) {
        auto plan = session->database().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(sql));
        REQUIRE(plan);
        QStringList steps;
        while (plan->next())
            steps.append(plan->value(3).toString());
        INFO(sql << " -> " << steps.join(QLatin1String("; ")));
        CHECK(steps.size() == 1);
        // A WITHOUT ROWID table is its own covering index.
        CHECK((steps.value(0).contains(QLatin1String("COVERING INDEX"))
               || steps.value(0) == QLatin1String("SCAN supporter_attributes")));
    }
}
