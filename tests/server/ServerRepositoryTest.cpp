// A local vault's program copied onto a program server (program_copy, the heart of `server import`) and the services
// going on there: nothing lost, the same statistics, the identity cells opening as before. The service suite itself
// runs on the server too (test_services@server in CTest).
#include "CatchCompat.h"
#include "DocumentedFormat.h"
#include "DomainFixtures.h"
#include "ServerSupport.h"
#include "core/services/RequestService.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/SupporterRepository.h"

#include <QSet>

using namespace peerdesk;
using namespace peerdesk::test;

TEST_CASE("Every table of the local vault has its twin on the server, parents first", "[server]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto tables = program_copy::tablesInOrder(session->database());
    if (!tables)
        FAIL(tables.error().message.toStdString());
    CHECK(tables->contains(QLatin1String("requests")));
    CHECK(tables->indexOf(QLatin1String("requests")) < tables->indexOf(QLatin1String("matches")));
    CHECK(tables->indexOf(QLatin1String("supporters")) < tables->indexOf(QLatin1String("matches")));
    TestServer server;
    auto serverTables = server.owner().exec(
        QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'pd'"));
    REQUIRE(serverTables);
    QSet<QString> onServer;
    while (serverTables->next())
        onServer.insert(serverTables->value(0).toString());
    // The server's own: the earlier identity keys while a key change is under way (a vault keeps one key, and a
    // program is exported only once the change is finished).
    CHECK(onServer.remove(QStringLiteral("identity_keys_earlier")));
    // ... and supporters' match cards and the notes of their steps awaiting an audit row: a vault holds no
    // supporter account (server_schema step 8).
    CHECK(onServer.remove(QStringLiteral("match_cards")));
    CHECK(onServer.remove(QStringLiteral("supporter_steps")));
    CHECK(onServer == QSet<QString>(tables->cbegin(), tables->cend()));
}

TEST_CASE("A demo program copied onto the server keeps every row with its statistics and identities", "[server]")
{
    TempVault vault;
    DemoClock clock(vault.clock());
    auto local = openWith(vault, clock);
    REQUIRE(DemoData::generate(*local, clock, DemoOptions{ 3, 12, 80 }));
    const QDate today = clock.nowUtc().date();
    const StatPeriod month{ StatPeriod::Type::Month, today.addMonths(-1).year(), today.addMonths(-1).month() };
    const QStringList localStatistics = statisticsOf(*local, month);
    auto localRequests = RequestRepository(local->database()).list();
    REQUIRE(localRequests);
    auto localSupporters = SupporterRepository(local->database()).list();
    REQUIRE(localSupporters);
    auto localTables = program_copy::tablesInOrder(local->database());
    REQUIRE(localTables);
    QHash<QString, qint64> localCounts;
    for (const QString& table : *localTables) {
        auto counted = local->database().exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        REQUIRE(counted);
        REQUIRE(counted->next());
        localCounts.insert(table, counted->value(0).toLongLong());
    }
    TestServer server;
    moveOntoServer(*local, server);
    VaultSession* session = local.get();
    for (auto it = localCounts.cbegin(); it != localCounts.cend(); ++it) {
        auto counted = session->database().exec(QStringLiteral("SELECT count(*) FROM %1").arg(it.key()));
        REQUIRE(counted);
        REQUIRE(counted->next());
        INFO(it.key().toStdString());
        // The server keeps its own schema version beside the vault's meta rows.
        CHECK(counted->value(0).toLongLong() == it.value() + (it.key() == QLatin1String("meta") ? 1 : 0));
    }
    CHECK(statisticsOf(*session, month) == localStatistics);
    auto serverRequests = RequestRepository(session->database()).list();
    REQUIRE(serverRequests);
    REQUIRE(serverRequests->size() == localRequests->size());
    for (qsizetype i = 0; i < serverRequests->size(); ++i) {
        CHECK((*serverRequests)[i].id == (*localRequests)[i].id);
        CHECK((*serverRequests)[i].identity.name == (*localRequests)[i].identity.name);
        CHECK((*serverRequests)[i].identity.email == (*localRequests)[i].identity.email);
    }
    auto serverSupporters = SupporterRepository(session->database()).list();
    REQUIRE(serverSupporters);
    REQUIRE(serverSupporters->size() == localSupporters->size());
    CHECK(serverSupporters->first().name == localSupporters->first().name);

    // New rows continue after the copied ids, and the work goes on.
    const qint64 highest = serverRequests->last().id;
    auto added = RequestService(*session).intake(
        sampleRequest(clock.nowUtc(), QStringLiteral("Noa Gagnon"), QStringLiteral("noa.gagnon@example.org")));
    REQUIRE(added);
    CHECK(*added > highest);
}

TEST_CASE("A program is copied only into an empty server, and a refused copy writes nothing", "[server]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    REQUIRE(RequestService(*session).intake(sampleRequest(vault.clock().nowUtc())));

    TempVault another;
    auto other = another.unlock();
    auto refused = program_copy::copyAll(other->database(), server.owner());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    auto users = server.owner().exec(QStringLiteral("SELECT count(*) FROM users"));
    REQUIRE(users);
    REQUIRE(users->next());
    CHECK(users->value(0).toLongLong() == 1);
}

TEST_CASE("An identity cell moved to another row on the server opens nowhere", "[server]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    RequestService requests(*session);
    auto first = requests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Ari Lavoie")));
    auto second = requests.intake(sampleRequest(vault.clock().nowUtc(), QStringLiteral("Sam Roy")));
    REQUIRE(first);
    REQUIRE(second);
    // The operator (the schema owner) swaps two names: both rows refuse to open rather than show the wrong person.
    REQUIRE(server.owner().exec(QStringLiteral("UPDATE requests SET name_ct = (SELECT name_ct FROM requests WHERE "
                                               "id = ?) WHERE id = ?"),
                                { *first, *second }));
    auto moved = RequestRepository(session->database()).find(*second);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().code == ErrorCode::Damaged);
    CHECK_FALSE(moved.error().message.contains(QLatin1String("Ari")));
}

TEST_CASE("A name cell read from the server with psql opens from the documented format alone", "[server][interop]")
{
    TempVault vault;
    TestServer server;
    auto session = sessionOnServer(vault, vault.clock(), server);
    auto id = RequestService(*session).intake(
        sampleRequest(vault.clock().nowUtc(), QStringLiteral("Imogen Quarrie"), QStringLiteral("imogen@example.org")));
    REQUIRE(id);
    // The keys from keyring.json and the passphrase, with our own libsodium calls; the cell as psql prints a bytea.
    const QJsonObject root = documented::readJson(vault.keyringPath());
    const QString vaultId = root.value(QStringLiteral("vault_id")).toString();
    const documented::OpenedSlot admin = documented::openSlot(root, documented::slotOf(root, QStringLiteral("admin")),
                                                              QByteArray(TempVault::Passphrase));
    const QByteArray printed
        = server.runClient(QStringLiteral("psql"),
                           { QStringLiteral("-Atc"),
                             QStringLiteral("SELECT encode(name_ct, 'hex') FROM pd.requests WHERE id = %1").arg(*id) });
    const QByteArray cell = QByteArray::fromHex(printed.trimmed());
    REQUIRE(cell.size() > 45);
    CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "name_ct", *id, cell) == "Imogen Quarrie");
    // The same bytes in another row's place open nowhere.
    CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "name_ct", *id + 1, cell).isNull());
    CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "email_ct", *id, cell).isNull());
}

TEST_CASE("A program worked on the server and copied back into its vault verifies and keeps its statistics",
          "[server][export]")
{
    TempVault vault;
    DemoClock clock(vault.clock());
    TestServer server;
    auto session = sessionOnServer(vault, clock, server);
    // The work happens on the server: a demo program, then a request taken in and triaged.
    REQUIRE(DemoData::generate(*session, clock, DemoOptions{ 11, 8, 40 }));
    auto added = RequestService(*session).intake(sampleRequest(clock.nowUtc(), QStringLiteral("Wren Okafor")));
    REQUIRE(added);
    const QDate today = clock.nowUtc().date();
    const StatPeriod month{ StatPeriod::Type::Month, today.addMonths(-1).year(), today.addMonths(-1).month() };
    const QStringList onServer = statisticsOf(*session, month);
    auto serverAudit = session->database().exec(QStringLiteral("SELECT count(*), max(id) FROM audit_log"));
    REQUIRE(serverAudit);
    REQUIRE(serverAudit->next());
    const qint64 auditRows = serverAudit->value(0).toLongLong();
    serverAudit->finish();
    const SecureBuffer dataKey = SecureBuffer::copyOf(session->workerTicket().keys.data.data(), 32);
    session.reset(); // its witness now names the server's newest audit row

    // Back into the vault's own file, then an ordinary local unlock: the chain, the signatures, every witness and the
    // membership verify, and the statistics are the server's.
    {
        auto local = Database::open(vault.databasePath(), SecureBuffer::copyOf(dataKey.data(), 32),
                                    Database::OpenMode::ExistingOnly);
        REQUIRE(local);
        REQUIRE(program_copy::copyBack(server.owner(), **local));
        (*local)->close();
    }
    auto back = openWith(vault, clock);
    auto report = back->verify();
    REQUIRE(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
    CHECK(report->auditRows >= auditRows);
    CHECK(statisticsOf(*back, month) == onServer);
    auto request = RequestService(*back).get(*added);
    REQUIRE(request);
    CHECK(request->identity.name == QLatin1String("Wren Okafor"));
}

TEST_CASE("The dialect's placeholders give the same answers on both engines", "[server][dialect]")
{
    TempVault vault;
    auto local = vault.unlock();
    TestServer server;
    Database& remote = server.owner();
    // A moment plus minutes, across a day, a month, a year, a leap day and the spring and autumn clock changes (the
    // text is UTC, so no clock change may move it), compared as the stored text.
    const QList<std::pair<QString, int>> moments = {
        { QStringLiteral("2026-03-08T06:45:00.000Z"), 30 }, { QStringLiteral("2026-11-01T05:30:00.000Z"), 45 },
        { QStringLiteral("2026-12-31T23:50:00.000Z"), 15 }, { QStringLiteral("2028-02-28T23:59:59.999Z"), 1 },
        { QStringLiteral("2026-05-04T09:30:00.000Z"), 0 },  { QStringLiteral("2026-05-04T09:30:00.250Z"), 1440 },
    };
    const QString plus = QStringLiteral("SELECT {moment_plus_minutes:t.m:t.d} FROM (SELECT CAST(? AS TEXT) AS m, "
                                        "CAST(? AS INTEGER) AS d) AS t");
    for (const auto& [moment, minutes] : moments) {
        INFO(moment.toStdString() << " + " << minutes);
        auto a = local->database().exec(plus, { moment, minutes });
        auto b = remote.exec(plus, { moment, minutes });
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(a->next());
        REQUIRE(b->next());
        CHECK(a->value(0).toString() == b->value(0).toString());
        CHECK(a->value(0).toString().size() == 24);
    }
    // A list bound as one JSON array, read as a table of values, numbers and text alike.
    const QString values = QStringLiteral("SELECT CAST(value AS TEXT) FROM {json_values} ORDER BY 1");
    for (const QString& list : { QStringLiteral("[3,1,2]"), QStringLiteral("[\"b\",\"a\"]"), QStringLiteral("[]") }) {
        INFO(list.toStdString());
        QStringList seen[2];
        int side = 0;
        for (Database* database : { &local->database(), &remote }) {
            auto rows = database->exec(values, { list });
            REQUIRE(rows);
            while (rows->next())
                seen[side].append(rows->value(0).toString());
            ++side;
        }
        CHECK(seen[0] == seen[1]);
    }
}
