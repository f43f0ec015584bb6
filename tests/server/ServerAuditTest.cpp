// Several people at once on a program server (docs/server.md, "Several people at once"): the audit chain vouched for by
// the server, one appender at a time, one purge at a time, and the roster change log's writers in commit order. The
// attacks are SQL under a staff member's own login and the schema owner's, as psql would send it.
#include "CatchCompat.h"
#include "DocumentedFormat.h"
#include "DomainFixtures.h"
#include "ServerSupport.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/RetentionService.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/AuditRepository.h"
#include "core/vault/Vault.h"

#include <atomic>
#include <barrier>
#include <string_view>
#include <thread>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

struct Newest
{
    qint64 id = 0;
    QString hash;
};

Newest newestRow(Database& database)
{
    auto last = AuditRepository(database).last();
    REQUIRE(last);
    REQUIRE(*last);
    return { (*last)->id, (*last)->hash };
}

qint64 rowCount(Database& database)
{
    auto rows = database.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(rows);
    REQUIRE(rows->next());
    return rows->value(0).toLongLong();
}

// The eight lines of docs/file-format.md, "The audit chain", hashed without PeerDesk's code.
QString chained(const QString& previous, qint64 id, const QString& at, const QString& actor, const QString& action)
{
    return documented::auditHash(previous, id, at, actor, action, QStringLiteral("vault"), QVariant());
}

// A row written with SQL, as a staff member could from psql with their own login.
Result<QSqlQuery> insertRow(Database& database, qint64 id, const QString& actor, const QString& hash)
{
    return database.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity_type, hash) "
                                        "VALUES (?, '2026-03-01T10:00:00.000Z', ?, 'test.by_hand', 'vault', ?)"),
                         { id, actor, hash });
}

} // namespace

TEST_CASE("The server refuses an audit row that names someone else, skips an id or does not chain", "[server][audit]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    REQUIRE(session->recordAudit(QStringLiteral("test.first"), QStringLiteral("vault")));
    // The server stamps when it accepted each row a client appended.
    auto stamped = server.owner().exec(QStringLiteral("SELECT server_at FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(stamped);
    REQUIRE(stamped->next());
    CHECK_FALSE(stamped->value(0).isNull());
    stamped->finish();

    auto alice = server.open(server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator")));
    const Newest head = newestRow(*alice);
    const qint64 rows = rowCount(*alice);
    const QString at = QStringLiteral("2026-03-01T10:00:00.000Z");
    const qint64 next = head.id + 1;

    // Alice writing a row in the administrator's name, chained and numbered correctly: refused.
    auto forged = insertRow(*alice, next, QStringLiteral("admin"),
                            chained(head.hash, next, at, QStringLiteral("admin"), QStringLiteral("test.by_hand")));
    REQUIRE_FALSE(forged);
    CHECK(forged.error().code == ErrorCode::NotPermitted);
    // Her own row, one id too far, or chained onto the start instead of the newest row: refused.
    CHECK_FALSE(insertRow(*alice, next + 1, QStringLiteral("alice"),
                          chained(head.hash, next + 1, at, QStringLiteral("alice"), QStringLiteral("test.by_hand"))));
    CHECK_FALSE(insertRow(
        *alice, next, QStringLiteral("alice"),
        chained(QString(64, QLatin1Char('0')), next, at, QStringLiteral("alice"), QStringLiteral("test.by_hand"))));
    // The schema owner, who runs the server, cannot add a staff member's row either (short of dropping the trigger,
    // which the signatures and the clients' witnesses answer: docs/server.md).
    CHECK_FALSE(insertRow(server.owner(), next, QStringLiteral("admin"),
                          chained(head.hash, next, at, QStringLiteral("admin"), QStringLiteral("test.by_hand"))));
    CHECK(rowCount(*alice) == rows);

    // What the guard vouches for is who, which and in what order: her own next, chained row goes in.
    REQUIRE(insertRow(*alice, next, QStringLiteral("alice"),
                      chained(head.hash, next, at, QStringLiteral("alice"), QStringLiteral("test.by_hand"))));
    CHECK(rowCount(*alice) == rows + 1);
}

namespace {

// The audit anchor as the server holds it in meta: "<id> <hash>".
QString anchorOf(Database& owner)
{
    auto read = owner.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('audit_head_id', "
                                          "'audit_head_hash') ORDER BY key DESC"));
    REQUIRE(read);
    QStringList values;
    while (read->next())
        values.append(read->value(1).toString());
    return values.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("Only the server moves the audit anchor and it refuses to chain past an altered one", "[server][audit]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    REQUIRE(session->recordAudit(QStringLiteral("test.first"), QStringLiteral("vault")));
    const Newest first = newestRow(server.owner());
    CHECK(anchorOf(server.owner()) == QStringLiteral("%1 %2").arg(first.id).arg(first.hash));

    // A coordinator, a reporting user and a supporter each try to move it, as psql would: a wrong anchor would have
    // every later audit row refused. Row-level security hides it from UPDATE and DELETE and refuses the INSERT.
    auto alice = server.open(server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator")));
    for (const char* role : { "coordinator", "reporting", "supporter" }) {
        INFO(role);
        auto login = server.open(server.addLogin(QStringLiteral("m_%1").arg(QLatin1String(role)), QLatin1String(role)));
        REQUIRE(bool(login->exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'audit_head_id'")))
                == (std::string_view(role) == "coordinator"));
        (void)login->exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'audit_head%'"));
        CHECK_FALSE(login->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head_hash', 'x') "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
        CHECK(anchorOf(server.owner()) == QStringLiteral("%1 %2").arg(first.id).arg(first.hash));
    }
    REQUIRE(session->recordAudit(QStringLiteral("test.second"), QStringLiteral("vault")));

    // A row written by hand, chained correctly, moves the anchor without its writer touching meta.
    const QString at = QStringLiteral("2026-03-01T10:00:00.000Z");
    Newest head = newestRow(*alice);
    QString hash = chained(head.hash, head.id + 1, at, QStringLiteral("alice"), QStringLiteral("test.by_hand"));
    REQUIRE(insertRow(*alice, head.id + 1, QStringLiteral("alice"), hash));
    CHECK(anchorOf(server.owner()) == QStringLiteral("%1 %2").arg(head.id + 1).arg(hash));

    // The operator points the anchor at an older row, as if the newest had been cut away and the anchor put back.
    REQUIRE(server.owner().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head_id'"), { first.id }));
    REQUIRE(
        server.owner().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head_hash'"), { first.hash }));
    head = newestRow(*alice);
    hash = chained(head.hash, head.id + 1, at, QStringLiteral("alice"), QStringLiteral("test.by_hand"));
    // A client that skips its own check is refused by the server's; PeerDesk's own check refuses first.
    auto refused = insertRow(*alice, head.id + 1, QStringLiteral("alice"), hash);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("altered")));
    auto alsoRefused = session->recordAudit(QStringLiteral("test.third"), QStringLiteral("vault"));
    REQUIRE_FALSE(alsoRefused);
    CHECK(alsoRefused.error().code == ErrorCode::Damaged);
    CHECK(rowCount(*alice) == head.id);

    // Control: put back, the same row goes in.
    REQUIRE(server.owner().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head_id'"), { head.id }));
    REQUIRE(
        server.owner().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head_hash'"), { head.hash }));
    REQUIRE(insertRow(*alice, head.id + 1, QStringLiteral("alice"), hash));
    REQUIRE(session->recordAudit(QStringLiteral("test.third"), QStringLiteral("vault")));
}

TEST_CASE("Two people appending to the audit log at once leave one gapless chain", "[server][audit]")
{
    TwoCoordinators program;
    const QString& passphrase = program.alexPassphrase;
    const QString& dana = program.danaPassphrase;
    const auto signIn
        = [&program](const QString& login, const QString& secret) { return program.signIn(login, secret); };
    auto alex = signIn(QStringLiteral("alex"), passphrase);
    REQUIRE(alex);
    VaultSession& session = **alex;
    const qint64 before = rowCount(session.database());
    constexpr int PerWriter = 60;

    // Alex and Dana, each in their own process's place: their own thread, connection and login.
    std::atomic<int> failures{ 0 };
    auto writer = [&](const QString& login, const QString& secret) {
        auto person = signIn(login, secret);
        if (!person) {
            ++failures;
            return;
        }
        for (int i = 0; i < PerWriter; ++i) {
            if (!(*person)->recordAudit(QStringLiteral("test.appended"), QStringLiteral("vault")))
                ++failures;
        }
        (*person)->close();
    };
    std::thread first(writer, QStringLiteral("alex"), passphrase);
    std::thread second(writer, QStringLiteral("dana"), dana);
    first.join();
    second.join();
    CHECK(failures == 0);

    auto ids = session.database().exec(QStringLiteral("SELECT min(id), max(id), count(*) FROM audit_log"));
    REQUIRE(ids);
    REQUIRE(ids->next());
    CHECK(ids->value(0).toLongLong() == 1);
    CHECK(ids->value(2).toLongLong() == before + 2 * PerWriter);
    CHECK(ids->value(1).toLongLong() == ids->value(2).toLongLong()); // no gap
    ids->finish();
    auto report = session.verify();
    REQUIRE(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
}

TEST_CASE("A sign-in while another connection purges leaves the purge to it", "[server][retention]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    RequestService requests(*session);
    auto id = requests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Quentin Zyxwvutsrq"),
                                            QStringLiteral("quentin.zyx@example.org")));
    REQUIRE(id);
    REQUIRE(requests.triage(*id, {}));
    REQUIRE(requests.close(*id, CloseOutcome::Withdrawn));
    vault.clock().advanceDays(40);

    // Another connection holds the purge: the sign-in's purge does not wait for it and purges nothing.
    auto other = server.open(server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator")));
    REQUIRE(other->transaction([&]() -> Result<void> {
        auto held = advisory_lock::tryForTransaction(*other, AdvisoryLock::Purge);
        REQUIRE(held);
        REQUIRE(*held);
        auto skipped = RetentionService(*session).purgeAtUnlock();
        REQUIRE(skipped);
        CHECK(skipped->requests == 0);
        CHECK_FALSE(requests.get(*id)->identity.isEmpty());
        return {};
    }));
    // Once it is free, the next purge takes the identity.
    auto purged = RetentionService(*session).purgeAtUnlock();
    REQUIRE(purged);
    CHECK(purged->requests == 1);
    CHECK(requests.get(*id)->identity.isEmpty());
}

TEST_CASE("A roster change holds the roster's lock until it commits, so its change number is in commit order",
          "[server][roster]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    auto supporter = SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(supporter);
    // The lock as pg_locks shows a 64-bit advisory key: its low 32 bits, from the connection that changed the roster.
    // In this test's database only: pg_locks lists the whole cluster, where tests running beside this one take the
    // same key in theirs.
    const auto rosterLockHolders = [&server] {
        auto holders = server.owner().exec(
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = ? "
                           "AND objsubid = 1 AND granted AND database = (SELECT oid FROM pg_database WHERE datname = "
                           "current_database())"),
            { static_cast<qint64>(AdvisoryLock::Roster) });
        REQUIRE(holders);
        REQUIRE(holders->next());
        return holders->value(0).toLongLong();
    };
    CHECK(rosterLockHolders() == 0);
    REQUIRE(session->database().transaction([&]() -> Result<void> {
        REQUIRE(session->database().exec(QStringLiteral("UPDATE supporters SET max_active = max_active WHERE id = ?"),
                                         { *supporter }));
        CHECK(rosterLockHolders() == 1);
        return {};
    }));
    CHECK(rosterLockHolders() == 0);
}

TEST_CASE("Two coordinators giving a supporter's last place at once: one match, and the other is told why",
          "[server][race]")
{
    TwoCoordinators program;
    const QString& passphrase = program.alexPassphrase;
    const QString& dana = program.danaPassphrase;
    const SystemClock& clock = program.clock;
    const auto signIn
        = [&program](const QString& login, const QString& secret) { return program.signIn(login, secret); };
    auto alex = signIn(QStringLiteral("alex"), passphrase);
    REQUIRE(alex);

    // Each round: a supporter with one place, and one triaged request for each coordinator.
    constexpr int Rounds = 12;
    struct Round
    {
        qint64 supporter = 0;
        qint64 requests[2] = { 0, 0 };
    };
    std::vector<Round> rounds(Rounds);
    for (int i = 0; i < Rounds; ++i) {
        Supporter supporter
            = sampleSupporter(QStringLiteral("Supporter %1").arg(i), QStringLiteral("supporter%1@example.org").arg(i));
        supporter.maxActive = 1;
        auto id = SupporterService(**alex).add(supporter);
        REQUIRE(id);
        rounds[i].supporter = *id;
        for (int side = 0; side < 2; ++side) {
            auto request = RequestService(**alex).intake(
                sampleRequest(clock.nowUtc(), QStringLiteral("Person %1 %2").arg(i).arg(side),
                              QStringLiteral("person%1x%2@example.org").arg(i).arg(side)));
            REQUIRE(request);
            REQUIRE(RequestService(**alex).triage(*request, {}));
            rounds[i].requests[side] = *request;
        }
    }

    // Alex and Dana, each on their own thread and connection, give the same supporter's place at the same moment.
    std::barrier together(2);
    std::vector<int> outcomes[2];
    std::atomic<int> broken{ 0 };
    auto coordinator = [&](int side, const QString& login, const QString& secret) {
        auto session = signIn(login, secret);
        for (const Round& round : rounds) {
            together.arrive_and_wait();
            if (!session) {
                ++broken;
                continue;
            }
            auto assigned = MatchingService(**session).assign(round.requests[side], round.supporter);
            outcomes[side].push_back(assigned ? 0 : exitCodeFor(assigned.error().code));
        }
        if (session)
            (*session)->close();
    };
    std::thread first(coordinator, 0, QStringLiteral("alex"), passphrase);
    std::thread second(coordinator, 1, QStringLiteral("dana"), dana);
    first.join();
    second.join();
    REQUIRE(broken == 0);

    for (int i = 0; i < Rounds; ++i) {
        INFO("round " << i << ": " << outcomes[0][i] << " and " << outcomes[1][i]);
        // One of the two got the place; the other was refused as invalid input (exit 3), never anything else.
        CHECK(((outcomes[0][i] == 0) != (outcomes[1][i] == 0)));
        CHECK((outcomes[0][i] == 0 || outcomes[0][i] == 3));
        CHECK((outcomes[1][i] == 0 || outcomes[1][i] == 3));
        auto live = (*alex)->database().exec(
            QStringLiteral(
                "SELECT count(*) FROM matches WHERE supporter_id = ? AND status IN ('proposed', 'accepted')"),
            { rounds[i].supporter });
        REQUIRE(live);
        REQUIRE(live->next());
        CHECK(live->value(0).toLongLong() == 1);
    }
    auto report = (*alex)->verify();
    REQUIRE(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
}

TEST_CASE("The server refuses a match beyond a supporter's places even when the client did not check", "[server][race]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    Supporter supporter = sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org"));
    supporter.maxActive = 1;
    auto jordan = SupporterService(*session).add(supporter);
    REQUIRE(jordan);
    qint64 requests[2] = { 0, 0 };
    for (qint64& request : requests) {
        auto id = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc()));
        REQUIRE(id);
        REQUIRE(RequestService(*session).triage(*id, {}));
        request = *id;
    }
    REQUIRE(MatchingService(*session).assign(requests[0], *jordan));
    // A second live match written with SQL, as a client that skipped the check (or lost the race) would write it.
    auto second = session->database().exec(
        QStringLiteral("INSERT INTO matches (request_id, supporter_id, status, score, proposed_at) "
                       "VALUES (?, ?, 'proposed', 0.5, '2026-03-01T10:00:00.000Z')"),
        { requests[1], *jordan });
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::InvalidInput);
    CHECK(second.error().message.contains(QStringLiteral("someone else has just taken")));
}

TEST_CASE("Two administrators adding people at the same moment lose nobody's key slot", "[server][race]")
{
    TwoCoordinators program;
    const QString beaPassphrase = QStringLiteral("granite meadow 38 softly bea");
    program.enrol(QStringLiteral("bea"), Role::Administrator, beaPassphrase);

    // Each from their own thread, connection and login, at the same moment: four people each.
    constexpr int Each = 4;
    std::atomic<int> failures{ 0 };
    std::barrier start(2);
    auto administrator = [&](const QString& login, const QString& secret) {
        auto person = program.signIn(login, secret);
        start.arrive_and_wait();
        if (!person) {
            ++failures;
            return;
        }
        for (int i = 0; i < Each; ++i) {
            NewUser added;
            added.login = QStringLiteral("%1-added-%2").arg(login).arg(i);
            added.role = Role::Coordinator;
            added.initialPassphrase = TempVault::secret(QStringLiteral("initial words %1 %2 7719").arg(login).arg(i));
            if (!UserService(**person).add(added))
                ++failures;
        }
        (*person)->close();
    };
    std::thread first(administrator, QStringLiteral("alex"), program.alexPassphrase);
    std::thread second(administrator, QStringLiteral("bea"), beaPassphrase);
    first.join();
    second.join();
    CHECK(failures == 0);

    // Every one of them has an account and a slot, and signs in with their initial passphrase.
    for (const QString& login : { QStringLiteral("alex"), QStringLiteral("bea") }) {
        for (int i = 0; i < Each; ++i) {
            auto person = program.signIn(QStringLiteral("%1-added-%2").arg(login).arg(i),
                                         QStringLiteral("initial words %1 %2 7719").arg(login).arg(i));
            INFO(login.toStdString() << " " << i << ": " << (person ? "" : person.error().message.toStdString()));
            CHECK(person);
        }
    }
    auto check = program.signIn(QStringLiteral("bea"), beaPassphrase);
    REQUIRE(check);
    auto report = (*check)->verify();
    REQUIRE(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
}

TEST_CASE("Two transactions that deadlock are both done: the server gives one up and it is run again", "[server][race]")
{
    TestServer server;
    for (const char* key : { "test.first", "test.second" })
        REQUIRE(server.owner().exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '0')"),
                                    { QString::fromLatin1(key) }));
    // Each takes one row, waits for the other to have taken theirs, then asks for the other's: PostgreSQL finds the
    // deadlock (after deadlock_timeout) and fails one of them with SQLSTATE 40P01.
    std::barrier bothHoldOne(2);
    std::atomic<int> runs{ 0 };
    auto worker = [&](const QString& mine, const QString& theirs, Result<void>* outcome) {
        auto database = server.open();
        bool first = true;
        *outcome = database->transaction([&]() -> Result<void> {
            ++runs;
            if (auto held
                = database->exec(QStringLiteral("UPDATE meta SET value = value || '+' WHERE key = ?"), { mine });
                !held)
                return held.error();
            if (first) {
                first = false;
                bothHoldOne.arrive_and_wait();
            }
            if (auto other
                = database->exec(QStringLiteral("UPDATE meta SET value = value || '+' WHERE key = ?"), { theirs });
                !other)
                return other.error();
            return {};
        });
        database->close();
    };
    Result<void> one;
    Result<void> two;
    std::thread first(worker, QStringLiteral("test.first"), QStringLiteral("test.second"), &one);
    std::thread second(worker, QStringLiteral("test.second"), QStringLiteral("test.first"), &two);
    first.join();
    second.join();
    INFO((one ? QString() : one.error().message).toStdString()
         << (two ? QString() : two.error().message).toStdString());
    CHECK(one);
    CHECK(two);
    CHECK(runs == 3); // the one the server gave up ran again
    // Each committed once: every row changed twice, once by each.
    auto values = server.owner().exec(
        QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('test.first', 'test.second') AND value = '0++'"));
    REQUIRE(values);
    REQUIRE(values->next());
    CHECK(values->value(0).toInt() == 2);
}
