#include "CatchCompat.h"
#include "TempVault.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace peerdesk;
using peerdesk::test::TempVault;

TEST_CASE("A worker thread opens its own connection as the same user and sees committed changes",
          "[local-only][vault][worker]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(session->database().exec(QStringLiteral("CREATE TABLE probe (value INTEGER) STRICT")));
    REQUIRE(session->database().exec(QStringLiteral("INSERT INTO probe VALUES (41)")));

    auto ticket = std::make_shared<WorkerTicket>(session->workerTicket());
    auto future = QtConcurrent::run([ticket]() -> Result<QString> {
        auto worker = vault::openWorker(std::move(*ticket));
        if (!worker)
            return worker.error();
        auto written = (*worker)->database().exec(QStringLiteral("UPDATE probe SET value = value + 1"));
        if (!written)
            return written.error();
        return (*worker)->user().login;
    });
    Result<QString> login = future.result();
    REQUIRE(login);
    CHECK(*login == session->user().login);
    auto value = session->database().exec(QStringLiteral("SELECT value FROM probe"));
    REQUIRE(value);
    REQUIRE(value->next());
    CHECK(value->value(0).toInt() == 42);
}

TEST_CASE("A ticket from a closed session opens nothing", "[local-only][vault][worker]")
{
    TempVault vault;
    auto session = vault.unlock();
    session->close();
    auto worker = vault::openWorker(session->workerTicket());
    REQUIRE_FALSE(worker);
}
