#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "DocumentedFormat.h"
#include "core/security/SecureBuffer.h"
#include "core/services/ProgramSettings.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

using namespace peerdesk::test::cli_support;
namespace documented = peerdesk::test::documented;
using peerdesk::ProgramSettings;
using peerdesk::SettingDefinition;

namespace {

// Two supporters (one French-only) and three requests: a self-referral, a colleague's referral without consent,
// and a resident (out of scope), imported through the CLI.
void seed(const CliVault& v)
{
    const QString supporters = writeFile(
        v.dir, QStringLiteral("supporters.csv"),
        "name,email,phone,specialty,career_stage,region,institution,languages,modalities,affinities,max_active,status\n"
        "Jordan Lee,jordan@example.org,613-555-0100,Family medicine,mid_career,Ottawa,Riverside Hospital,en;fr,"
        "phone;video,,2,active\n"
        "Camille Roy,camille@example.org,613-555-0101,Psychiatry,late_career,Ottawa,Civic "
        "Hospital,fr,phone,,2,active\n");
    const Run importedSupporters = v.run({ QStringLiteral("supporters"), QStringLiteral("import"), supporters });
    INFO(importedSupporters.err.toStdString());
    REQUIRE(importedSupporters.exitCode == 0);
    const QString requests = writeFile(
        v.dir, QStringLiteral("requests.csv"),
        "received_at,channel,referral_type,consent_confirmed,name,email,phone,career_stage,specialty,region,"
        "institution,languages,modalities,reasons,specialty_preference,affinity_preference,urgency\n"
        "2026-03-01T10:00:00Z,phone,self,no,Robin Tremblay,robin@example.org,613-555-0199,early_career,Emergency "
        "medicine,Ottawa,General Hospital,en,phone,burnout,any,,routine\n"
        "2026-03-01T11:00:00Z,referral,colleague,no,Alex Martin,alex@example.org,613-555-0198,mid_career,Surgery,"
        "Ottawa,General Hospital,en,phone,adverse_event,any,,priority\n"
        "2026-03-01T12:00:00Z,email,self,no,Sam Doe,sam@example.org,613-555-0197,resident,Pediatrics,Ottawa,"
        "General Hospital,en,video,complaint,any,,routine\n");
    const Run importedRequests = v.run({ QStringLiteral("requests"), QStringLiteral("import"), requests });
    INFO(importedRequests.err.toStdString());
    REQUIRE(importedRequests.exitCode == 0);
}

QJsonObject requestWithName(const QJsonArray& requests, const QString& name)
{
    for (const QJsonValue& value : requests) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    FAIL("no request named " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("peerdesk-cli lists supporters and requests as documented JSON", "[cli][requests]")
{
    CliVault v;
    seed(v);
    const Run supporters = v.run(words({ "supporters", "list", "--json" }));
    REQUIRE(supporters.exitCode == 0);
    const QJsonArray roster = supporters.json().array();
    REQUIRE(roster.size() == 2);
    for (const char* key : { "id", "name", "email", "phone", "status" })
        CHECK(roster.first().toObject().contains(QLatin1String(key)));

    const Run requests = v.run(words({ "requests", "list", "--json" }));
    REQUIRE(requests.exitCode == 0);
    const QJsonArray list = requests.json().array();
    REQUIRE(list.size() == 3);
    for (const char* key : { "id", "name", "email", "phone", "status", "received_at", "institution" })
        CHECK(list.first().toObject().contains(QLatin1String(key)));
    CHECK(requestWithName(list, QStringLiteral("Alex Martin")).value(QStringLiteral("status")).toString()
          == QLatin1String("awaiting_consent"));

    const Run filtered = v.run(words({ "requests", "list", "--json", "--status", "awaiting_consent" }));
    REQUIRE(filtered.exitCode == 0);
    CHECK(filtered.json().array().size() == 1);
    // Awaiting consent, nobody may call yet: no due date, whereas the self-referral has one.
    const QJsonObject waiting = requestWithName(list, QStringLiteral("Alex Martin"));
    CHECK_FALSE(waiting.contains(QStringLiteral("contact_due")));
    CHECK_FALSE(waiting.contains(QStringLiteral("contact_status")));
    CHECK(requestWithName(list, QStringLiteral("Robin Tremblay")).contains(QStringLiteral("contact_due")));
    const QString alex = QString::number(waiting.value(QStringLiteral("id")).toInteger());
    REQUIRE(v.run({ QStringLiteral("requests"), QStringLiteral("consent"), alex }).exitCode == 0);
    const Run shown = v.run({ QStringLiteral("requests"), QStringLiteral("show"), alex, QStringLiteral("--json") });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(QStringLiteral("contact_status")).toString() == QLatin1String("on_track"));
    CHECK(v.run(words({ "requests", "list", "--status", "sleeping" })).exitCode == 3);
}

TEST_CASE("peerdesk-cli walks a request from triage to a match and refuses a referral awaiting consent",
          "[cli][requests]")
{
    CliVault v;
    seed(v);
    const QJsonArray list = v.run(words({ "requests", "list", "--json" })).json().array();
    const QString robin = QString::number(
        requestWithName(list, QStringLiteral("Robin Tremblay")).value(QStringLiteral("id")).toInteger());
    const QString alex
        = QString::number(requestWithName(list, QStringLiteral("Alex Martin")).value(QStringLiteral("id")).toInteger());
    const QString sam
        = QString::number(requestWithName(list, QStringLiteral("Sam Doe")).value(QStringLiteral("id")).toInteger());

    const Run awaiting = v.run({ QStringLiteral("match"), QStringLiteral("suggest"), alex });
    CHECK(awaiting.exitCode == 3);
    CHECK(awaiting.err.contains(QStringLiteral("consent")));

    CHECK(v.run({ QStringLiteral("requests"), QStringLiteral("triage"), robin }).exitCode == 1); // the safety question
    const Run triaged = v.run({ QStringLiteral("requests"), QStringLiteral("triage"), robin,
                                QStringLiteral("--immediate-risk"), QStringLiteral("no") });
    INFO(triaged.err.toStdString());
    REQUIRE(triaged.exitCode == 0);

    const Run outOfScope = v.run({ QStringLiteral("requests"), QStringLiteral("triage"), sam,
                                   QStringLiteral("--immediate-risk"), QStringLiteral("no") });
    REQUIRE(outOfScope.exitCode == 0);
    CHECK(outOfScope.out.contains(QStringLiteral("Physician Health Program")));

    const Run suggest = v.run({ QStringLiteral("match"), QStringLiteral("suggest"), robin, QStringLiteral("--json") });
    REQUIRE(suggest.exitCode == 0);
    const QJsonObject suggestions = suggest.json().object();
    const QJsonArray candidates = suggestions.value(QStringLiteral("candidates")).toArray();
    const QJsonArray excluded = suggestions.value(QStringLiteral("excluded")).toArray();
    REQUIRE(candidates.size() == 1);
    REQUIRE(excluded.size() == 1);
    const QJsonObject best = candidates.first().toObject();
    CHECK(best.value(QStringLiteral("name")).toString() == QLatin1String("Jordan Lee"));
    for (const char* key : { "supporter_id", "name", "score", "reasons" })
        CHECK(best.contains(QLatin1String(key)));
    CHECK(best.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("speaks English")));
    CHECK(excluded.first().toObject().value(QStringLiteral("rule")).toString() == QLatin1String("no_shared_language"));

    const QString jordan = QString::number(best.value(QStringLiteral("supporter_id")).toInteger());
    const QString camille
        = QString::number(excluded.first().toObject().value(QStringLiteral("supporter_id")).toInteger());
    CHECK(v.run({ QStringLiteral("match"), QStringLiteral("assign"), robin, camille }).exitCode == 3);
    REQUIRE(v.run({ QStringLiteral("match"), QStringLiteral("assign"), robin, jordan }).exitCode == 0);
    REQUIRE(v.run({ QStringLiteral("match"), QStringLiteral("accept"), robin }).exitCode == 0);
    const Run early = v.run({ QStringLiteral("requests"), QStringLiteral("close"), robin, QStringLiteral("--outcome"),
                              QStringLiteral("completed") });
    CHECK(early.exitCode == 3);
    CHECK(v.run({ QStringLiteral("requests"), QStringLiteral("close"), robin, QStringLiteral("--outcome"),
                  QStringLiteral("withdrawn") })
              .exitCode
          == 0);
    CHECK(v.run({ QStringLiteral("verify") }).exitCode == 0);
}

TEST_CASE("peerdesk-cli ends a match for a new supporter, records referrals and prints the dashboard",
          "[cli][requests][match-end]")
{
    CliVault v;
    seed(v);
    const QJsonArray list = v.run(words({ "requests", "list", "--json" })).json().array();
    const QString robin = QString::number(
        requestWithName(list, QStringLiteral("Robin Tremblay")).value(QStringLiteral("id")).toInteger());
    // --action says what was done about an immediate risk: nothing to say without one.
    CHECK(v.run({ QStringLiteral("requests"), QStringLiteral("triage"), robin, QStringLiteral("--immediate-risk"),
                  QStringLiteral("no"), QStringLiteral("--action"), QStringLiteral("crisis_resources_given") })
              .exitCode
          == 1);
    CHECK(v.run({ QStringLiteral("requests"), QStringLiteral("triage"), robin, QStringLiteral("--immediate-risk"),
                  QStringLiteral("yes"), QStringLiteral("--action"), QStringLiteral("prayed") })
              .exitCode
          == 3);
    REQUIRE(v.run({ QStringLiteral("requests"), QStringLiteral("triage"), robin, QStringLiteral("--immediate-risk"),
                    QStringLiteral("no") })
                .exitCode
            == 0);
    const QJsonObject best
        = v.run({ QStringLiteral("match"), QStringLiteral("suggest"), robin, QStringLiteral("--json") })
              .json()
              .object()
              .value(QStringLiteral("candidates"))
              .toArray()
              .first()
              .toObject();
    const QString jordan = QString::number(best.value(QStringLiteral("supporter_id")).toInteger());
    REQUIRE(v.run({ QStringLiteral("match"), QStringLiteral("assign"), robin, jordan }).exitCode == 0);
    REQUIRE(v.run({ QStringLiteral("match"), QStringLiteral("accept"), robin }).exitCode == 0);

    // Retiring the supporter needs --force and names the request by reference only.
    const Run refused
        = v.run({ QStringLiteral("supporters"), QStringLiteral("status"), jordan, QStringLiteral("retired") });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("R-") + robin));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("Robin")));
    REQUIRE(v.run({ QStringLiteral("supporters"), QStringLiteral("status"), jordan, QStringLiteral("retired"),
                    QStringLiteral("--force") })
                .exitCode
            == 0);

    const Run dashboard = v.run(words({ "dashboard", "--json" }));
    INFO(dashboard.err.toStdString());
    REQUIRE(dashboard.exitCode == 0);
    const QJsonObject lists = dashboard.json().object();
    const QJsonObject needing = lists.value(QStringLiteral("needs_new_supporter")).toObject();
    CHECK(needing.value(QStringLiteral("count")).toInt() == 1);
    const QJsonObject item = needing.value(QStringLiteral("items")).toArray().first().toObject();
    CHECK(item.value(QStringLiteral("reference")).toString() == QStringLiteral("R-") + robin);
    CHECK(item.value(QStringLiteral("supporter_status")).toString() == QLatin1String("retired"));
    for (const char* key :
         { "contact_overdue", "triaged_not_matched", "escalated_without_supporter", "proposals_unanswered",
           "quiet_matches", "conversations_not_recorded", "group_sessions_not_recorded", "group_series_running_out" })
        CHECK(lists.value(QLatin1String(key)).toObject().contains(QStringLiteral("count")));
    CHECK_FALSE(dashboard.out.contains(QStringLiteral("Robin")));
    const Run text = v.run(words({ "dashboard" }));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Needs a new supporter (1)")));

    CHECK(v.run({ QStringLiteral("match"), QStringLiteral("end"), robin }).exitCode == 1);
    CHECK(v.run({ QStringLiteral("match"), QStringLiteral("end"), robin, QStringLiteral("--reason"),
                  QStringLiteral("bored") })
              .exitCode
          == 3);
    CHECK(v.run({ QStringLiteral("match"), QStringLiteral("accept"), robin, QStringLiteral("--reason"),
                  QStringLiteral("poor_fit") })
              .exitCode
          == 1);
    const Run ended = v.run({ QStringLiteral("match"), QStringLiteral("end"), robin, QStringLiteral("--reason"),
                              QStringLiteral("supporter_unavailable") });
    INFO(ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.out.contains(QStringLiteral("back to triaged")));
    const Run shown = v.run({ QStringLiteral("requests"), QStringLiteral("show"), robin, QStringLiteral("--json") });
    CHECK(shown.json().object().value(QStringLiteral("status")).toString() == QLatin1String("triaged"));

    const Run unknown = v.run({ QStringLiteral("requests"), QStringLiteral("refer"), robin,
                                QStringLiteral("--resource"), QStringLiteral("Nowhere") });
    CHECK(unknown.exitCode == 3);
    const Run referred = v.run({ QStringLiteral("requests"), QStringLiteral("refer"), robin,
                                 QStringLiteral("--resource"), QStringLiteral("Physician Health Program") });
    INFO(referred.err.toStdString());
    REQUIRE(referred.exitCode == 0);
    const QJsonArray given
        = v.run({ QStringLiteral("requests"), QStringLiteral("show"), robin, QStringLiteral("--json") })
              .json()
              .object()
              .value(QStringLiteral("referrals_given"))
              .toArray();
    REQUIRE(given.size() == 1);
    CHECK(given.first().toObject().value(QStringLiteral("resource")).toString()
          == QLatin1String("Physician Health Program"));
    CHECK(v.run({ QStringLiteral("verify") }).exitCode == 0);
}

TEST_CASE("peerdesk-cli settings and purge", "[cli][requests]")
{
    CliVault v;
    const Run value = v.run(words({ "settings", "get", "retention_days" }));
    REQUIRE(value.exitCode == 0);
    CHECK(value.out.trimmed() == QLatin1String("30"));
    CHECK(v.run(words({ "settings", "set", "retention_days", "400" })).exitCode == 3);
    CHECK(v.run(words({ "settings", "set", "retention_days", "7" })).exitCode == 0);
    CHECK(v.run(words({ "settings", "get", "retention_days" })).out.trimmed() == QLatin1String("7"));
    CHECK(v.run(words({ "settings", "get", "no_such_key" })).exitCode == 3);
    const Run listed = v.run(words({ "settings", "list", "--json" }));
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().array().size() > 10);

    const Run purge = v.run(words({ "purge", "--dry-run", "--json" }));
    REQUIRE(purge.exitCode == 0);
    const QJsonObject report = purge.json().object();
    CHECK(report.value(QStringLiteral("dry_run")).toBool());
    CHECK(report.value(QStringLiteral("requests")).toInt() == 0);
    CHECK(v.run(words({ "purge", "extra" })).exitCode == 1);
}

TEST_CASE("peerdesk-cli empties every list setting with an empty value", "[cli][settings]")
{
    CliVault v;
    // The issue's own report: this exited 3 with SQLite's "NOT NULL constraint failed".
    const Run emptied = v.run(words({ "settings", "set", "scope_excluded_career_stages", "" }));
    CHECK(emptied.exitCode == 0);
    CHECK_FALSE(emptied.err.contains(QLatin1String("constraint")));
    CHECK(v.run(words({ "settings", "get", "scope_excluded_career_stages" })).out.trimmed().isEmpty());

    int lists = 0;
    for (const SettingDefinition& definition : ProgramSettings::definitions()) {
        if (definition.type != SettingDefinition::Type::List && definition.type != SettingDefinition::Type::DateList)
            continue;
        ++lists;
        INFO(definition.key.toStdString());
        const Run set = v.run({ QStringLiteral("settings"), QStringLiteral("set"), definition.key, QString() });
        CHECK(set.exitCode == 0);
        CHECK_FALSE(set.err.contains(QLatin1String("constraint")));
    }
    CHECK(lists >= 6);
    const Run listed = v.run(words({ "settings", "list", "--json" }));
    REQUIRE(listed.exitCode == 0);
    for (const QJsonValue& entry : listed.json().array()) {
        const QString key = entry.toObject().value(QStringLiteral("key")).toString();
        const auto definition = ProgramSettings::definition(key);
        REQUIRE(definition);
        if (definition->type == SettingDefinition::Type::List || definition->type == SettingDefinition::Type::DateList)
            CHECK(entry.toObject().value(QStringLiteral("value")).toString().isEmpty());
    }
    CHECK(v.run(words({ "verify" })).exitCode == 0);
}

TEST_CASE("peerdesk-cli refuses roster, request and settings commands to a reporting user with exit 5",
          "[cli][requests]")
{
    CliVault v;
    const QStringList reporting = v.account(QStringLiteral("reporting"));
    for (const QStringList& command :
         { words({ "supporters", "list" }), words({ "requests", "list", "--json" }), words({ "match", "suggest", "1" }),
           words({ "settings", "set", "retention_days", "7" }), words({ "purge" }), words({ "sessions", "list" }),
           words({ "groups", "list" }) }) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Run run = cli(reporting + command);
        CHECK(run.exitCode == 5);
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("Terminal control sequences are refused at intake and printed harmlessly if planted",
          "[cli][requests][attack]")
{
    CliVault v;
    seed(v);
    // At intake: a name carrying an escape sequence (retitle the terminal) is refused, nothing imported, and the
    // message does not echo it.
    const QString hostile = writeFile(
        v.dir, QStringLiteral("hostile.csv"),
        "received_at,channel,referral_type,consent_confirmed,name,email,phone,career_stage,specialty,region,"
        "institution,languages,modalities,reasons,specialty_preference,affinity_preference,urgency\n"
        "2026-03-02T10:00:00Z,phone,self,no,Dr \x1b]0;owned\x07Vale,vale@example.org,613-555-0150,early_career,"
        "Emergency medicine,Ottawa,General Hospital,en,phone,burnout,any,,routine\n");
    const Run refused = v.run({ QStringLiteral("requests"), QStringLiteral("import"), hostile });
    CHECK(refused.exitCode == 3);
    CHECK_FALSE(refused.err.contains(QChar(0x1b)));
    CHECK_FALSE(refused.out.contains(QChar(0x1b)));
    const Run listed = v.run(words({ "requests", "list", "--json" }));
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().array().size() == 3);

    // Planted past the checks, with the identity key and a SQL shell: shown escaped, never obeyed.
    const QJsonObject keyring = documented::readJson(QDir(v.vault).filePath(QStringLiteral("keyring.json")));
    const auto opened
        = documented::openSlot(keyring, documented::slotOf(keyring, QStringLiteral("admin")), QByteArray(Passphrase));
    REQUIRE(opened.identityKey.size() == 32);
    const qint64 id = requestWithName(listed.json().array(), QStringLiteral("Robin Tremblay"))
                          .value(QStringLiteral("id"))
                          .toInteger();
    {
        documented::RawDatabase raw(QDir(v.vault).filePath(QStringLiteral("peerdesk.db")), opened.dataKey);
        REQUIRE(raw.opened());
        raw.exec(QStringLiteral("UPDATE requests SET name_ct = ? WHERE id = ?"),
                 { documented::sealCell(opened.identityKey, keyring.value(QStringLiteral("vault_id")).toString(),
                                        "requests", "name_ct", id, QByteArray("Dr \x1b]0;owned\x07Vale\x1b[2J")),
                   id });
    }
    for (const QStringList& command :
         { words({ "requests", "list" }), words({ "requests", "show" }) << QString::number(id),
           words({ "requests", "show", "--json" }) << QString::number(id) }) {
        const Run shown = v.run(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << shown.err.toStdString());
        REQUIRE(shown.exitCode == 0);
        CHECK_FALSE(shown.out.contains(QChar(0x1b)));
        CHECK_FALSE(shown.out.contains(QChar(0x07)));
        CHECK(shown.out.contains(QStringLiteral("\\u001b]0;owned\\u0007Vale")));
    }
}
