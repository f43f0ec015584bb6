#include "CatchCompat.h"
#include "CliTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace peerdesk::test::cli_support;

namespace {

const QByteArray SupportersHeader = "name,email,phone,specialty,career_stage,region,institution,languages,modalities,"
                                    "affinities,max_active,status\n";

const QByteArray RequestsHeader = "received_at,channel,referral_type,consent_confirmed,name,email,phone,career_stage,"
                                  "specialty,region,institution,languages,modalities,reasons,specialty_preference,"
                                  "affinity_preference,urgency\n";

QJsonArray listOf(const CliVault& vault, const char* group)
{
    const Run list = vault.run({ QLatin1String(group), QStringLiteral("list"), QStringLiteral("--json") });
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    return list.json().array();
}

} // namespace

TEST_CASE("supporters import: exit 3 naming every bad line, no identity on stderr, nothing written", "[cli][import]")
{
    CliVault vault;
    const QString file = writeFile(vault.dir, QStringLiteral("roster.csv"),
                                   SupportersHeader
                                       + "Ana Ruiz,ana@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
                                         "Zed Secretname,zed-at-nowhere,,Surgery,mid_career,,,en,phone,,,active\n"
                                         "Ben Ode,ben@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
                                         "Quinn Hidden,quinn@example.org,,Surgery,wizard,,,en,phone,,,active\n");
    const Run run = vault.run({ QStringLiteral("supporters"), QStringLiteral("import"), file });
    CHECK(run.exitCode == 3);
    INFO(run.err.toStdString());
    CHECK(run.err.contains(QStringLiteral("Line 3, column \"email\"")));
    CHECK(run.err.contains(QStringLiteral("Line 5, column \"career_stage\"")));
    for (const char* identity :
         { "Ana", "Secretname", "zed-at-nowhere", "Quinn", "Hidden", "wizard", "ana@", "quinn@" })
        CHECK_FALSE(run.err.contains(QLatin1String(identity)));
    CHECK(run.out.isEmpty());
    CHECK(listOf(vault, "supporters").isEmpty());
}

TEST_CASE("supporters import: --dry-run writes nothing, then the import adds them all", "[cli][import]")
{
    CliVault vault;
    const QString file = writeFile(vault.dir, QStringLiteral("roster.csv"),
                                   SupportersHeader
                                       + "Ana Ruiz,ana@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
                                         "Ben Ode,ben@example.org,,Pediatrics,early_career,,,fr,video,,1,active\n");
    const Run dry
        = vault.run({ QStringLiteral("supporters"), QStringLiteral("import"), file, QStringLiteral("--dry-run") });
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("would import 2 supporter")));
    CHECK(listOf(vault, "supporters").isEmpty());

    const Run real = vault.run({ QStringLiteral("supporters"), QStringLiteral("import"), file });
    INFO(real.err.toStdString());
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains(QStringLiteral("Imported 2 supporter")));
    CHECK(listOf(vault, "supporters").size() == 2);

    // The same file again: every email is on the roster now.
    const Run again = vault.run({ QStringLiteral("supporters"), QStringLiteral("import"), file });
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("Line 2")));
    CHECK(again.err.contains(QStringLiteral("Line 3")));
}

TEST_CASE("requests import: a warning for an unknown column, referrals wait for consent", "[cli][import]")
{
    CliVault vault;
    QByteArray csv = RequestsHeader;
    csv.replace("urgency\n", "urgency,notes\n");
    csv += "2026-01-05T10:00,referral,colleague,no,Ana Ruiz,ana@example.org,,,,,,en,,,,,,ignored\n"
           "2026-01-06T10:00Z,phone,self,,Ben Ode,,613-555-0101,,,,,fr,,burnout,,,priority,ignored\n";
    const QString file = writeFile(vault.dir, QStringLiteral("requests.csv"), csv);
    const Run run = vault.run({ QStringLiteral("requests"), QStringLiteral("import"), file });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("warning")));
    CHECK(run.err.contains(QStringLiteral("column 18")));
    CHECK(run.out.contains(QStringLiteral("Imported 2 request")));

    const QJsonArray list = listOf(vault, "requests");
    REQUIRE(list.size() == 2);
    QStringList statuses;
    for (const QJsonValue& item : list)
        statuses.append(item.toObject().value(QStringLiteral("status")).toString());
    statuses.sort();
    CHECK(statuses == QStringList{ QStringLiteral("awaiting_consent"), QStringLiteral("new") });
}

TEST_CASE("requests import: a missing file or argument is refused before unlocking", "[cli][import]")
{
    CliVault vault;
    const Run missing = vault.run(
        { QStringLiteral("requests"), QStringLiteral("import"), vault.dir.filePath(QStringLiteral("nope.csv")) });
    CHECK(missing.exitCode == 6);
    const Run noFile = vault.run({ QStringLiteral("requests"), QStringLiteral("import") });
    CHECK(noFile.exitCode == 1);
}

TEST_CASE("demo fills an empty vault once and refuses sizes over the limits", "[cli][demo]")
{
    CliVault vault;
    // Each limit (docs/cli.md) is refused before anything is asked or made.
    for (const auto& [option, value] :
         { std::pair{ "--requests", "100001" }, std::pair{ "--supporters", "10001" }, std::pair{ "--supporters", "0" },
           std::pair{ "--years", "11" }, std::pair{ "--years", "0" }, std::pair{ "--conversations", "1000001" } }) {
        const Run tooBig = vault.run({ QStringLiteral("demo"), QLatin1String(option), QLatin1String(value) });
        INFO(option << ' ' << value);
        CHECK(tooBig.exitCode == 3);
    }
    const Run notNumber = vault.run({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("abc") });
    CHECK(notNumber.exitCode == 1);

    const Run demo = vault.run({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"),
                                 QStringLiteral("--requests"), QStringLiteral("40"), QStringLiteral("--supporters"),
                                 QStringLiteral("10"), QStringLiteral("--years"), QStringLiteral("3"),
                                 QStringLiteral("--conversations"), QStringLiteral("120") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("Requests: 40")));
    CHECK(listOf(vault, "supporters").size() == 10);
    CHECK(listOf(vault, "requests").size() == 40);

    const Run again = vault.run({ QStringLiteral("demo") });
    CHECK(again.exitCode == 3);
    CHECK(again.err.contains(QStringLiteral("empty vault")));
    const Run verify = vault.run({ QStringLiteral("verify") });
    CHECK(verify.exitCode == 0);
}
