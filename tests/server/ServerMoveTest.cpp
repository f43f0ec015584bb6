// Moving a program between a local vault and a program server with peerdesk-cli (docs/server.md, "Moving a program"):
// `server import` and `server export`, each command its own process, and nothing lost either way — the same requests,
// supporters and statistics, and a chain that verifies.
#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "TestServer.h"
#include "core/vault/ServerProfile.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace peerdesk;
using namespace peerdesk::test;
using namespace peerdesk::test::cli_support;

namespace {

// What a user can read of a program through the CLI, as text to compare: the requests and supporters as listed, and
// the statistics of last year.
struct ProgramView
{
    QString requests;
    QString supporters;
    QByteArray statistics;

    bool operator==(const ProgramView&) const = default;
};

ProgramView viewOf(const QStringList& as, const QTemporaryDir& dir, const QString& name)
{
    ProgramView view;
    const Run requests = cli(as + words({ "requests", "list", "--json" }));
    INFO(requests.err.toStdString());
    REQUIRE(requests.exitCode == 0);
    view.requests = requests.out;
    const Run supporters = cli(as + words({ "supporters", "list", "--json" }));
    REQUIRE(supporters.exitCode == 0);
    view.supporters = supporters.out;
    const QString out = QDir(dir.path()).filePath(name + QStringLiteral("-stats.json"));
    const Run stats = cli(as
                          + QStringList{ QStringLiteral("stats"), QStringLiteral("--period"),
                                         QString::number(QDate::currentDate().year() - 1), QStringLiteral("--format"),
                                         QStringLiteral("json"), QStringLiteral("--out"), out });
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    // The moment it was made and the release's revision differ; the tables must not.
    const QJsonArray tables
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("tables")).toArray();
    REQUIRE_FALSE(tables.isEmpty());
    view.statistics = QJsonDocument(tables).toJson();
    return view;
}

QStringList onServer(const QString& profile, const QString& user, const QString& passphraseFile)
{
    return { QStringLiteral("--profile"),         profile,       QStringLiteral("--user"), user,
             QStringLiteral("--passphrase-file"), passphraseFile };
}

qint64 auditRowsOf(TestServer& server, const QString& action)
{
    auto rows = server.owner().exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), { action });
    REQUIRE(rows);
    REQUIRE(rows->next());
    return rows->value(0).toLongLong();
}

} // namespace

TEST_CASE("A local vault moves onto a program server and back into a vault with nothing lost", "[server][cli]")
{
    CliVault local;
    const Run demo
        = local.run(words({ "demo", "--seed", "5", "--requests", "60", "--supporters", "12", "--years", "2" }));
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QStringList coordinator = local.account(QStringLiteral("coordinator"));
    const QString coordinatorPassphrase = coordinator.last();
    const ProgramView before = viewOf(local.admin(), local.dir, QStringLiteral("before"));
    REQUIRE(before.requests.contains(QStringLiteral("\"id\"")));

    TestServer server;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile
        = writeFile(dir, QStringLiteral("peerdesk-server.json"),
                    QStringLiteral("{\"format\": \"peerdesk-server\", \"version\": 1, \"host\": \"%1\", \"port\": %2, "
                                   "\"database\": \"%3\", \"ca_certificate\": \"%4\"}")
                        .arg(TestServer::host())
                        .arg(TestServer::port())
                        .arg(server.databaseName(), TestServer::caCertificate())
                        .toUtf8());
    const QString owner = writeFile(dir, QStringLiteral("owner.txt"), TestServer::ownerPassword().toUtf8());
    const QStringList importArguments = QStringList{ QStringLiteral("server"), QStringLiteral("import"), local.vault }
        + words({ "--owner", "pd_owner", "--owner-password-file" }) + QStringList{ owner };

    // Only an administrator of the vault moves it; a wrong passphrase moves nothing.
    const Run notAdmin = cli(onServer(profile, QStringLiteral("coordinator"), coordinatorPassphrase) + importArguments);
    CHECK(notAdmin.exitCode == 5);
    const QString wrong = writeFile(dir, QStringLiteral("wrong.txt"), "not the passphrase of anyone 4410");
    CHECK(cli(onServer(profile, QStringLiteral("admin"), wrong) + importArguments).exitCode == 2);
    CHECK_FALSE(server_profile::load(profile)->initialised());

    const Run imported = cli(onServer(profile, QStringLiteral("admin"), local.passphraseFile) + importArguments);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // The coordinator's slot was salted for this computer: deactivated, to be enrolled again.
    CHECK(imported.out.contains(QStringLiteral("coordinator")));
    REQUIRE(server_profile::load(profile)->initialised());
    const QStringList admin = onServer(profile, QStringLiteral("admin"), local.passphraseFile);

    // The same program on the server: requests, supporters, statistics; the chain verifies and records the move.
    CHECK(viewOf(admin, dir, QStringLiteral("server")) == before);
    const Run verified = cli(admin + words({ "verify" }));
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(auditRowsOf(server, QStringLiteral("vault.moved_to_server")) == 1);
    // The vault itself is as it was: it still opens and holds the same program.
    CHECK(viewOf(local.admin(), local.dir, QStringLiteral("vault-after")) == before);
    // A second import finds the program there and changes nothing.
    CHECK(cli(admin + importArguments).exitCode == 3);

    // The coordinator is enrolled again: their old passphrase opens nothing on the server until then.
    CHECK(cli(onServer(profile, QStringLiteral("coordinator"), coordinatorPassphrase) + words({ "requests", "list" }))
              .exitCode
          == 2);
    const QString initial = writeFile(dir, QStringLiteral("initial.txt"), "granite ferry window 31 softly");
    const Run reactivated
        = cli(admin
              + QStringList{ QStringLiteral("user"), QStringLiteral("reactivate"), QStringLiteral("coordinator"),
                             QStringLiteral("--initial-passphrase-file"), initial });
    INFO(reactivated.err.toStdString());
    REQUIRE(reactivated.exitCode == 0);
    const QString own = writeFile(dir, QStringLiteral("own.txt"), "cobalt harvest violin 72 gently");
    REQUIRE(cli(onServer(profile, QStringLiteral("coordinator"), initial)
                + QStringList{ QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), own })
                .exitCode
            == 0);
    const QStringList serverCoordinator = onServer(profile, QStringLiteral("coordinator"), own);
    CHECK(cli(serverCoordinator + words({ "requests", "list" })).exitCode == 0);

    // Back into a vault: the program as the server has it now, opened by the same passphrases.
    const ProgramView onTheServer = viewOf(admin, dir, QStringLiteral("server-now"));
    const QString exported = QDir(dir.path()).filePath(QStringLiteral("exported"));
    CHECK(cli(serverCoordinator
              + QStringList{ QStringLiteral("server"), QStringLiteral("export"), QStringLiteral("--to"), exported })
              .exitCode
          == 5);
    CHECK_FALSE(QFileInfo::exists(exported));
    const Run refused = cli(
        admin + QStringList{ QStringLiteral("server"), QStringLiteral("export"), QStringLiteral("--to"), local.vault });
    CHECK(refused.exitCode == 3); // never over a folder that holds something
    const Run exportedRun = cli(
        admin + QStringList{ QStringLiteral("server"), QStringLiteral("export"), QStringLiteral("--to"), exported });
    INFO(exportedRun.err.toStdString());
    REQUIRE(exportedRun.exitCode == 0);
    const QStringList vaultAdmin = { QStringLiteral("--vault"),
                                     exported,
                                     QStringLiteral("--user"),
                                     QStringLiteral("admin"),
                                     QStringLiteral("--passphrase-file"),
                                     local.passphraseFile };
    const Run exportedVerify = cli(vaultAdmin + words({ "verify" }));
    INFO(exportedVerify.out.toStdString() << exportedVerify.err.toStdString());
    CHECK(exportedVerify.exitCode == 0);
    CHECK(viewOf(vaultAdmin, dir, QStringLiteral("exported")) == onTheServer);
    CHECK(auditRowsOf(server, QStringLiteral("vault.exported_from_server")) == 1);
    CHECK(cli(QStringList{ QStringLiteral("--vault"), exported, QStringLiteral("--user"), QStringLiteral("coordinator"),
                           QStringLiteral("--passphrase-file"), own }
              + words({ "requests", "list" }))
              .exitCode
          == 0);
}
