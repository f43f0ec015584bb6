// `peerdesk-cli site ...`, `user sites` and the --site options of imports and lists (docs/cli.md, "Sites").
#include "CatchCompat.h"
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace peerdesk::test::cli_support;

namespace {

const QByteArray RequestsCsv = "received_at,channel,name,email,languages,reasons\n"
                               "2026-01-05T10:00,phone,Ana Ruiz,ana@example.org,en,burnout\n";
const QByteArray SupportersCsv = "name,email,specialty,career_stage,languages,modalities,status\n"
                                 "Kim North,kim@example.org,Surgery,mid_career,en,phone,active\n";

} // namespace

TEST_CASE("Sites from the command line: added, given to a coordinator, and where their requests go", "[cli][sites]")
{
    CliVault vault;
    const Run first = vault.run(words({ "site", "list" }));
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == QStringLiteral("1\tmain\tMain\n"));
    REQUIRE(vault.run(words({ "site", "add", "north", "--name", "North clinic" })).exitCode == 0);
    CHECK(vault.run(words({ "site", "add", "North", "--name", "Again" })).exitCode == 3);
    CHECK(vault.run(words({ "site", "add", "north", "--name", "Again" })).exitCode == 3);
    CHECK(vault.run(words({ "site", "add", "south" })).exitCode == 1); // --name is required
    REQUIRE(vault.run(words({ "site", "rename", "north", "--name", "Northern clinic" })).exitCode == 0);
    const QJsonArray sites = vault.run(words({ "site", "list", "--json" })).json().array();
    REQUIRE(sites.size() == 2);
    CHECK(sites.at(1).toObject().value(QStringLiteral("code")).toString() == QLatin1String("north"));
    CHECK(sites.at(1).toObject().value(QStringLiteral("name")).toString() == QLatin1String("Northern clinic"));

    // A coordinator in a program of several sites is given theirs.
    const QString initial = writeFile(vault.dir, QStringLiteral("initial"), "amber meadow ferry 17 softly\n");
    const QString chosen = writeFile(vault.dir, QStringLiteral("chosen"), "copper lantern orchard 88 gently\n");
    CHECK(vault.run(words({ "user", "add", "casey", "--role", "coordinator", "--initial-passphrase-file" }) << initial)
              .exitCode
          == 3);
    REQUIRE(vault
                .run(words({ "user", "add", "casey", "--role", "coordinator", "--sites", "north",
                             "--initial-passphrase-file" })
                     << initial)
                .exitCode
            == 0);
    CHECK(vault.run(words({ "user", "sites", "casey" })).out == QStringLiteral("2\tnorth\tNorthern clinic\n"));
    CHECK(vault.run(words({ "user", "sites", "casey", "--sites", "" })).exitCode == 3);
    CHECK(vault.run(words({ "user", "sites", "casey", "--sites", "north,nowhere" })).exitCode == 3);
    CHECK(vault.run(words({ "user", "sites", "nobody" })).exitCode == 3);
    REQUIRE(cli(vault.as(QStringLiteral("casey"), initial) << words({ "passwd", "--new-passphrase-file" }) << chosen)
                .exitCode
            == 0);
    const auto asCasey
        = [&](const QStringList& arguments) { return cli(vault.as(QStringLiteral("casey"), chosen) << arguments); };
    CHECK(asCasey(words({ "site", "list", "--mine" })).out == QStringLiteral("2\tnorth\tNorthern clinic\n"));
    CHECK(asCasey(words({ "site", "add", "south", "--name", "South" })).exitCode == 5);
    CHECK(asCasey(words({ "user", "sites", "casey", "--sites", "main,north" })).exitCode == 5);

    // Casey's requests go to North: refused at Main (exit 5, nothing written), an unknown site is exit 3.
    const QString requests = writeFile(vault.dir, QStringLiteral("requests.csv"), RequestsCsv);
    CHECK(asCasey(words({ "requests", "import" }) << requests << QStringLiteral("--site") << QStringLiteral("main"))
              .exitCode
          == 5);
    CHECK(asCasey(words({ "requests", "import" }) << requests << QStringLiteral("--site") << QStringLiteral("west"))
              .exitCode
          == 3);
    CHECK(vault.run(words({ "requests", "list", "--json" })).json().array().isEmpty());
    REQUIRE(asCasey(words({ "requests", "import" }) << requests).exitCode == 0);
    const QJsonArray listed = asCasey(words({ "requests", "list", "--json" })).json().array();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(QStringLiteral("site_id")).toInteger() == 2);
    CHECK(asCasey(words({ "requests", "list", "--site", "main", "--json" })).json().array().isEmpty());
    // The administrator works both: an import must say which.
    CHECK(vault.run(words({ "requests", "import" }) << requests).exitCode == 3);

    // Supporters: in a program of several sites an import says where they work.
    const QString roster = writeFile(vault.dir, QStringLiteral("roster.csv"), SupportersCsv);
    CHECK(vault.run(words({ "supporters", "import" }) << roster).exitCode == 3);
    REQUIRE(
        vault.run(words({ "supporters", "import" }) << roster << QStringLiteral("--site") << QStringLiteral("north"))
            .exitCode
        == 0);
    const QJsonArray supporters = vault.run(words({ "supporters", "list", "--json" })).json().array();
    REQUIRE(supporters.size() == 1);
    CHECK(supporters.at(0).toObject().value(QStringLiteral("site_id")).toInteger() == 2);

    // Groups: the administrator works both sites, so a new group says which.
    const QStringList group = words({ "groups", "add", "--name", "Thursday circle", "--when", "thu 12:00-13:00",
                                      "--modality", "video", "--capacity", "6" });
    CHECK(vault.run(group).exitCode == 3);
    CHECK(vault.run(group + words({ "--site", "west" })).exitCode == 3);
    CHECK(vault.run(group + words({ "--site", "north" })).exitCode == 0);

    // Accounts list as tab-separated columns, as every list.
    CHECK(vault.run(words({ "user", "list" })).out.contains(QStringLiteral("casey\tcoordinator\tactive\t")));
}

TEST_CASE("stats with --by-site splits every table by site in a ledger series of its own", "[cli][sites][stats]")
{
    CliVault vault;
    const QString out = vault.dir.filePath(QStringLiteral("sites.json"));
    const auto bySite = [&](const QString& path) {
        return vault.run(words({ "stats", "--period", "2026-01", "--by-site", "--format", "json", "--out" }) << path);
    };
    // One site: nothing to split (exit 3, nothing written).
    CHECK(bySite(out).exitCode == 3);
    CHECK_FALSE(QFile::exists(out));

    REQUIRE(vault.run(words({ "site", "add", "north", "--name", "North clinic" })).exitCode == 0);
    const QString requests = writeFile(vault.dir, QStringLiteral("requests.csv"),
                                       "received_at,channel,name,email,languages,reasons\n"
                                       "2026-01-05T10:00,phone,Ana Ruiz,ana@example.org,en,burnout\n"
                                       "2026-01-06T10:00,email,Ben Roy,ben@example.org,en,conflict\n");
    REQUIRE(
        vault.run(words({ "requests", "import" }) << requests << QStringLiteral("--site") << QStringLiteral("north"))
            .exitCode
        == 0);
    const Run run = bySite(out);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject release = QJsonDocument::fromJson(readFile(out)).object();
    CHECK(release.value(QStringLiteral("metadata"))
              .toObject()
              .value(QStringLiteral("audit"))
              .toObject()
              .value(QStringLiteral("passed"))
              .toBool());
    const QJsonArray tables = release.value(QStringLiteral("tables")).toArray();
    REQUIRE(tables.size() > 10);
    for (const QJsonValue table : tables) {
        const QJsonArray dimensions = table.toObject().value(QStringLiteral("dimensions")).toArray();
        REQUIRE_FALSE(dimensions.isEmpty());
        CHECK(dimensions.last().toString() == QLatin1String("site"));
    }
    QStringList totalKeys;
    for (const QJsonValue cell : tables.at(0).toObject().value(QStringLiteral("cells")).toArray()) {
        totalKeys << cell.toObject().value(QStringLiteral("key")).toArray().at(0).toString();
        // Two requests: below k, so hidden everywhere it is not zero.
        const QJsonValue value = cell.toObject().value(QStringLiteral("value"));
        CHECK((value.isNull() || value.toDouble() == 0));
    }
    CHECK(totalKeys == QStringList{ QStringLiteral("main"), QStringLiteral("north"), QStringLiteral("*") });

    // The program's own release of the month is a series apart; the release by site, asked again, is the same.
    REQUIRE(vault
                .run(words({ "stats", "--period", "2026-01", "--format", "json", "--out" })
                     << vault.dir.filePath(QStringLiteral("program.json")))
                .exitCode
            == 0);
    const QString again = vault.dir.filePath(QStringLiteral("again.json"));
    REQUIRE(bySite(again).exitCode == 0);
    CHECK(readFile(again) == readFile(out));
}
