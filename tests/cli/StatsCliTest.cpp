// `peerdesk-cli stats`: a release for a period in CSV, JSON and XLSX from a demo vault, frozen on re-export,
// available to reporting users, and with no physician's contact details anywhere in the files.

#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "ExportScan.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

using namespace peerdesk::test::cli_support;

namespace {

// The month before this one: the demo's history ends today, so it is full.
QString lastMonth()
{
    const QDate month = QDate::currentDate().addMonths(-1);
    return QStringLiteral("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("stats writes an audited release in CSV, JSON and XLSX with nothing identifying", "[cli][stats]")
{
    CliVault vault;
    const Run demo = vault.run(words({ "demo", "--requests", "120", "--supporters", "12" }));
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const QString json = vault.dir.filePath(QStringLiteral("release.json"));
    const Run run = vault.run({ QStringLiteral("stats"), QStringLiteral("--period"), lastMonth(),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed().split(QLatin1Char('\n')).last() == json);
    const QJsonObject release = QJsonDocument::fromJson(readFile(json)).object();
    const QJsonObject metadata = release.value(QStringLiteral("metadata")).toObject();
    CHECK(metadata.value(QStringLiteral("period")).toString() == lastMonth());
    CHECK(metadata.value(QStringLiteral("k")).toInt() == 5);
    CHECK(metadata.value(QStringLiteral("revision")).toInt() == 0);
    CHECK(metadata.value(QStringLiteral("audit")).toObject().value(QStringLiteral("passed")).toBool());
    CHECK(release.value(QStringLiteral("tables")).toArray().size() > 10);
    // No count from 1 to k - 1 is published.
    for (const QJsonValue table : release.value(QStringLiteral("tables")).toArray()) {
        if (table.toObject().value(QStringLiteral("kind")).toString() != QLatin1String("count"))
            continue;
        for (const QJsonValue cell : table.toObject().value(QStringLiteral("cells")).toArray()) {
            const QJsonValue value = cell.toObject().value(QStringLiteral("value"));
            if (!value.isNull())
                CHECK((value.toDouble() == 0 || value.toDouble() >= 5));
        }
    }

    // Frozen: the same period again gives the same bytes.
    const QString again = vault.dir.filePath(QStringLiteral("again.json"));
    REQUIRE(vault
                .run({ QStringLiteral("stats"), QStringLiteral("--period"), lastMonth(), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--out"), again })
                .exitCode
            == 0);
    CHECK(readFile(again) == readFile(json));

    // CSV, XLSX and PDF of the same release; the demo's contact details (example domains, 555-01xx numbers)
    // appear in no export.
    for (const char* format : { "csv", "xlsx", "pdf" }) {
        const QString path = vault.dir.filePath(QStringLiteral("release.") + QLatin1String(format));
        const Run written
            = vault.run({ QStringLiteral("stats"), QStringLiteral("--period"), lastMonth(), QStringLiteral("--format"),
                          QLatin1String(format), QStringLiteral("--out"), path });
        INFO(format << ": " << written.err.toStdString());
        REQUIRE(written.exitCode == 0);
    }
    // Every name, email, phone and institution the vault holds (requests and supporters), looked for in the
    // plain bytes of each export (XLSX unzipped, PDF text extracted).
    QStringList personal;
    for (const char* list : { "requests", "supporters" }) {
        const Run listed = vault.run({ QLatin1String(list), QStringLiteral("list"), QStringLiteral("--json") });
        REQUIRE(listed.exitCode == 0);
        for (const QJsonValue item : listed.json().array()) {
            for (const char* field : { "name", "email", "phone", "institution", "institutions" }) {
                const QJsonValue value = item.toObject().value(QLatin1String(field));
                const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{ value };
                for (const QJsonValue one : values) {
                    if (one.toString().size() >= 4)
                        personal << one.toString();
                }
            }
        }
    }
    personal.removeDuplicates();
    REQUIRE(personal.size() > 50);
    const QByteArray report = peerdesk::test::pdfText(vault.dir.filePath(QStringLiteral("release.pdf")));
    CHECK(report.contains("Requests received by reason"));
    CHECK(report.contains("Method"));
    for (const char* name : { "release.json", "release.csv", "release.xlsx", "release.pdf" }) {
        const QByteArray bytes = peerdesk::test::plainBytesForScan(vault.dir.filePath(QLatin1String(name)));
        INFO(name);
        REQUIRE_FALSE(bytes.isEmpty());
        for (const QString& value : std::as_const(personal)) {
            INFO(value.toStdString());
            CHECK_FALSE(bytes.contains(value.toUtf8()));
        }
        CHECK_FALSE(bytes.contains("@example"));
        CHECK_FALSE(bytes.contains("555-01"));
    }
}

TEST_CASE("stats refuses bad periods, formats and thresholds, and serves reporting users", "[cli][stats]")
{
    CliVault vault;
    const QString out = vault.dir.filePath(QStringLiteral("out.csv"));
    const auto stats = [&](const QString& period, const QString& format, const QString& k = QStringLiteral("5")) {
        return vault.run({ QStringLiteral("stats"), QStringLiteral("--period"), period, QStringLiteral("--format"),
                           format, QStringLiteral("--k"), k, QStringLiteral("--out"), out });
    };
    CHECK(stats(QStringLiteral("2026-13"), QStringLiteral("csv")).exitCode == 3);
    CHECK(stats(QStringLiteral("2026-03-01"), QStringLiteral("csv")).exitCode == 3);
    CHECK(stats(QStringLiteral("2026-03"), QStringLiteral("docx")).exitCode == 3);
    CHECK(stats(QStringLiteral("2026-03"), QStringLiteral("csv"), QStringLiteral("2")).exitCode == 3);
    CHECK(stats(QStringLiteral("2026-03"), QStringLiteral("csv"), QStringLiteral("12")).exitCode == 3);
    CHECK_FALSE(QFile::exists(out));
    CHECK(vault.run(words({ "stats", "--period", "2026-03" })).exitCode == 1);

    const Run reporting
        = cli(vault.account(QStringLiteral("reporting"))
              + QStringList{ QStringLiteral("stats"), QStringLiteral("--period"), QStringLiteral("2026-Q1"),
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--k"),
                             QStringLiteral("5"), QStringLiteral("--out"), out });
    INFO(reporting.err.toStdString());
    CHECK(reporting.exitCode == 0);
    CHECK(readFile(out).startsWith("period,table,category,value,flag"));
}

TEST_CASE("A demo quarter's statistics show attendance and feedback per group, daily, fortnightly and weekly",
          "[cli][stats][groups]")
{
    CliVault vault;
    const Run demo = vault.run(words({ "demo", "--requests", "60", "--supporters", "12" }));
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    // The demo's groups as the source programs run them: a weekly drop-in, a fortnightly cohort and a daily group
    // of members, each member verified once.
    QHash<QString, QJsonObject> groups;
    for (const QJsonValue group : vault.run(words({ "groups", "list", "--json" })).json().array())
        groups.insert(group.toObject().value(QStringLiteral("name")).toString(), group.toObject());
    REQUIRE(groups.size() == 3);
    const QJsonObject daily = groups.value(QStringLiteral("Daily virtual group"));
    CHECK(daily.value(QStringLiteral("recurrence")).toString().startsWith(QStringLiteral("FREQ=DAILY")));
    CHECK(daily.value(QStringLiteral("enrolment")).toString() == QStringLiteral("members"));
    CHECK(daily.value(QStringLiteral("members")).toInt() > 10);
    const QJsonObject cohort = groups.value(QStringLiteral("ICU trainees group"));
    CHECK(cohort.value(QStringLiteral("every_weeks")).toInt() == 2);
    CHECK(cohort.value(QStringLiteral("enrolment")).toString() == QStringLiteral("members"));
    CHECK(groups.value(QStringLiteral("Monday evening group")).value(QStringLiteral("enrolment")).toString()
          == QStringLiteral("session"));
    const Run members
        = vault.run({ QStringLiteral("groups"), QStringLiteral("members"),
                      QString::number(daily.value(QStringLiteral("id")).toInt()), QStringLiteral("--json") });
    REQUIRE(members.exitCode == 0);
    for (const QJsonValue member : members.json().array()) {
        const QJsonObject m = member.toObject();
        // Verified within two days of joining, once.
        if (QDateTime::fromString(m.value(QStringLiteral("joined_at")).toString(), Qt::ISODateWithMs)
                .daysTo(QDateTime::currentDateTimeUtc())
            > 3)
            CHECK(m.value(QStringLiteral("verified_at")).isString());
    }

    // The last full quarter: the daily group has run for at least a month of it.
    const QDate previous = QDate::currentDate().addMonths(-3);
    const QString quarter = QStringLiteral("%1-Q%2").arg(previous.year()).arg((previous.month() - 1) / 3 + 1);
    const QString json = vault.dir.filePath(QStringLiteral("quarter.json"));
    const Run run = vault.run({ QStringLiteral("stats"), QStringLiteral("--period"), quarter,
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject release = QJsonDocument::fromJson(readFile(json)).object();
    CHECK(release.value(QStringLiteral("metadata"))
              .toObject()
              .value(QStringLiteral("audit"))
              .toObject()
              .value(QStringLiteral("passed"))
              .toBool());
    QHash<QString, QJsonObject> tables;
    for (const QJsonValue table : release.value(QStringLiteral("tables")).toArray())
        tables.insert(table.toObject().value(QStringLiteral("id")).toString(), table.toObject());
    for (const char* id : { "group_sessions_by_group", "group_attendance_by_group", "group_feedback",
                            "group_escalations", "group_members_joined", "group_members_left" }) {
        INFO(id);
        CHECK(tables.contains(QLatin1String(id)));
    }
    // The daily group's attendance and its feedback shares are published for the quarter.
    const auto cellOf = [&](const char* table, const QStringList& key) {
        for (const QJsonValue cell : tables.value(QLatin1String(table)).value(QStringLiteral("cells")).toArray()) {
            QStringList found;
            for (const QJsonValue part : cell.toObject().value(QStringLiteral("key")).toArray())
                found << part.toString();
            if (found == key)
                return cell.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject attendance = cellOf("group_attendance_by_group", { QStringLiteral("Daily virtual group") });
    REQUIRE_FALSE(attendance.isEmpty());
    CHECK(attendance.value(QStringLiteral("value")).toDouble() >= 5);
    const QJsonObject helpful
        = cellOf("group_feedback", { QStringLiteral("Daily virtual group"), QStringLiteral("helpful") });
    REQUIRE_FALSE(helpful.isEmpty());
    CHECK(helpful.value(QStringLiteral("value")).toDouble() > 0);
    CHECK(helpful.value(QStringLiteral("value")).toDouble() <= 1);

    // The report shows them too.
    const QString pdf = vault.dir.filePath(QStringLiteral("quarter.pdf"));
    CHECK(vault
              .run({ QStringLiteral("stats"), QStringLiteral("--period"), quarter, QStringLiteral("--format"),
                     QStringLiteral("pdf"), QStringLiteral("--out"), pdf })
              .exitCode
          == 0);
}
