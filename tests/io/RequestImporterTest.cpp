#include "core/formats/RequestImporter.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/services/RequestService.h"

#include <QBuffer>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

const QStringList DefaultAffinities = { QStringLiteral("bipoc"), QStringLiteral("2slgbtqi"),
                                        QStringLiteral("women_in_medicine"), QStringLiteral("img") };

const QByteArray Header = "received_at,channel,referral_type,consent_confirmed,name,email,phone,career_stage,specialty,"
                          "region,institution,languages,modalities,reasons,specialty_preference,affinity_preference,"
                          "urgency\n";

// The test vault's clock: 2026-03-02 09:30 UTC.
const QDateTime Now(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

RequestImporter::Parsed parse(const QByteArray& csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return RequestImporter::parse(buffer, DefaultAffinities, Now);
}

Result<ImportReport> run(VaultSession& session, const QByteArray& csv, bool dryRun = false)
{
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto report = RequestImporter::run(session, buffer, dryRun);
    if (!report)
        UNSCOPED_INFO("import failed: " << report.error().message.toStdString());
    return report;
}

QList<int> linesOf(const QList<CsvIssue>& issues)
{
    QList<int> lines;
    for (const CsvIssue& issue : issues)
        lines.append(issue.line);
    return lines;
}

QString messages(const QList<CsvIssue>& issues)
{
    QStringList all;
    for (const CsvIssue& issue : issues)
        all.append(issue.message);
    return all.join(u'\n');
}

QList<SupportRequest> requests(VaultSession& session)
{
    auto all = RequestService(session).list();
    REQUIRE(all);
    return *all;
}

} // namespace

TEST_CASE("Request times: offsets, Z, local time and a date alone are read, anything else is not", "[import]")
{
    const auto utc = RequestImporter::parseReceivedAt(QStringLiteral("2025-01-05T14:30:00Z"));
    REQUIRE(utc);
    CHECK(*utc == QDateTime(QDate(2025, 1, 5), QTime(14, 30), Qt::UTC));
    const auto offset = RequestImporter::parseReceivedAt(QStringLiteral("2025-01-05T09:30-05:00"));
    REQUIRE(offset);
    CHECK(*offset == QDateTime(QDate(2025, 1, 5), QTime(14, 30), Qt::UTC));
    const auto local = RequestImporter::parseReceivedAt(QStringLiteral("2025-01-05 14:30"));
    REQUIRE(local);
    CHECK(*local == QDateTime(QDate(2025, 1, 5), QTime(14, 30), Qt::LocalTime).toUTC());
    // A date alone, as a spreadsheet gives it: the start of that day in the program's time zone.
    const auto day = RequestImporter::parseReceivedAt(QStringLiteral("2025-01-05"));
    REQUIRE(day);
    CHECK(*day == QDate(2025, 1, 5).startOfDay().toUTC());
    CHECK(day->toLocalTime().date() == QDate(2025, 1, 5));
    for (const char* refused : { "05/01/2025 14:30", "2025-02-30T10:00", "2025-02-30", "2025-1-5", "20250105",
                                 "2025-01-05T", "2025-01-05 9:30", "05/01/2025", "2025-01-05 14h30" }) {
        INFO(refused);
        CHECK_FALSE(RequestImporter::parseReceivedAt(QLatin1String(refused)));
    }
}

TEST_CASE("Importing rows whose received_at is a date alone keeps that day, so the contact target is unchanged",
          "[import]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDate yesterday = session->clock().todayLocal().addDays(-1);
    QByteArray csv = "received_at,channel,name,email\n";
    csv += yesterday.toString(Qt::ISODate).toLatin1() + ",email,Dana Day,dana@example.org\n";
    csv += yesterday.toString(Qt::ISODate).toLatin1() + " 16:45,email,Eli Evening,eli@example.org\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    auto report = RequestImporter::run(*session, buffer, false);
    REQUIRE(report);
    REQUIRE(report->errors.isEmpty());
    const QList<SupportRequest> imported = requests(*session);
    REQUIRE(imported.size() == 2);
    auto target = RequestService(*session).contactTarget();
    REQUIRE(target);
    for (const SupportRequest& request : imported) {
        CHECK(request.receivedAt.toLocalTime().date() == yesterday);
        CHECK(target->dueDate(request.receivedAt) == target->dueDate(imported.first().receivedAt));
    }
    // A date alone in the future (tomorrow) is refused like any future time.
    QByteArray future = "received_at,channel,name,email\n";
    future += session->clock().todayLocal().addDays(1).toString(Qt::ISODate).toLatin1() + ",email,F,f@example.org\n";
    QBuffer later(&future);
    later.open(QIODevice::ReadOnly);
    auto refused = RequestImporter::run(*session, later, false);
    REQUIRE(refused);
    CHECK_FALSE(refused->errors.isEmpty());
    CHECK(requests(*session).size() == 2);
}

TEST_CASE("Request import reads a BOM, CRLF, quoted fields, accents and columns in any order", "[import]")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Channel,RECEIVED_AT,name,email,languages,modalities,reasons,institution,best_time,"
                           "availability,allow_same_institution,gender_preference,urgency\r\n"
                           "\r\n"
                           "web_form,2026-02-27T16:05-05:00,\"Ngô, \"\"Mai\"\"\",mai@example.org,fr;EN,video,"
                           "burnout; conflict,\"Hôpital, Sainte-Françoise\",après 18 h,tue 19:00-21:00,yes,woman,"
                           "Priority\r\n";
    auto parsed = parse(csv);
    INFO(messages(parsed.report.errors).toStdString());
    REQUIRE(parsed.report.succeeded());
    REQUIRE(parsed.requests.size() == 1);
    const NewRequest& r = parsed.requests.at(0);
    CHECK(r.receivedAt == QDateTime(QDate(2026, 2, 27), QTime(21, 5), Qt::UTC));
    CHECK(r.channel == QStringLiteral("web_form"));
    CHECK(r.referralType == QStringLiteral("self"));
    CHECK(r.identity.name == QStringLiteral("Ngô, \"Mai\""));
    CHECK(r.identity.institution == QStringLiteral("Hôpital, Sainte-Françoise"));
    CHECK(r.identity.bestTime == QStringLiteral("après 18 h"));
    CHECK(r.profile.languages == QStringList{ QStringLiteral("fr"), QStringLiteral("en") });
    CHECK(r.reasons == QStringList{ QStringLiteral("burnout"), QStringLiteral("conflict") });
    CHECK(r.profile.allowSameInstitution);
    CHECK(r.profile.genderPreference == QStringLiteral("woman"));
    CHECK(r.profile.specialtyPreference == QStringLiteral("any"));
    CHECK(r.profile.availability.size() == 1);
    CHECK(r.urgency == QStringLiteral("priority"));
}

TEST_CASE("A colleague's referral without consent is imported awaiting consent", "[import]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QByteArray csv = Header
        + "2026-02-20T10:00,referral,colleague,no,Ana Ruiz,ana@example.org,,mid_career,Surgery,,,en,phone,,,,\n"
          "2026-02-21T10:00,referral,colleague,yes,Ben Ode,ben@example.org,,mid_career,Surgery,,,en,phone,,,,\n"
          "2026-02-22T10:00,phone,self,,Cy Dee,,613-555-0100,,,,,fr,,burnout,,bipoc,\n";
    auto report = run(*session, csv);
    REQUIRE(report);
    INFO(report->errorText().toStdString());
    REQUIRE(report->succeeded());
    REQUIRE(report->ids.size() == 3);
    RequestService service(*session);
    auto ana = service.get(report->ids.at(0));
    REQUIRE(ana);
    CHECK(ana->status == RequestStatus::AwaitingConsent);
    auto ben = service.get(report->ids.at(1));
    REQUIRE(ben);
    CHECK(ben->status == RequestStatus::New);
    auto cy = service.get(report->ids.at(2));
    REQUIRE(cy);
    CHECK(cy->status == RequestStatus::New);
    CHECK(cy->profile.affinityPreference == QStringLiteral("bipoc"));
}

TEST_CASE("Request import reports every bad row with its line and never the content", "[import]")
{
    const QByteArray csv = Header
        + "2026-02-20T10:00,phone,self,,Ana Ruiz,ana@example.org,,,,,,en,,,,,\n"
          "2026-02-20,carrier_pigeon,friend,maybe,Secret Name,,,intern,,,,klingon,,boredom,,,\n"
          "2026-02-21T10:00,email,self,,Ben Ode,ben@example.org,,,,,,en,,,,,\n"
          "2027-01-01T10:00,email,self,,Hidden Person,hidden@example.org,,,,,,en,,,,martians,\n"
          ",email,self,,,,,,,,,,,,,,\n";
    auto parsed = parse(csv);
    REQUIRE_FALSE(parsed.report.succeeded());
    const QList<int> lines = linesOf(parsed.report.errors);
    CHECK(lines.contains(3));
    CHECK(lines.contains(5));
    CHECK(lines.contains(6));
    CHECK_FALSE(lines.contains(2));
    CHECK_FALSE(lines.contains(4));
    const QString text = messages(parsed.report.errors);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Line 5, column \"received_at\"")));
    CHECK(text.contains(QStringLiteral("Line 5, column \"affinity_preference\"")));
    for (const char* secret :
         { "Secret", "Hidden", "pigeon", "friend", "maybe", "intern", "klingon", "boredom", "martians", "2027" })
        CHECK_FALSE(text.contains(QLatin1String(secret), Qt::CaseInsensitive));
}

TEST_CASE("Request import refuses a file without a required column", "[import]")
{
    auto parsed = parse("received_at,name,email\n2026-02-20T10:00,Ana Ruiz,ana@example.org\n");
    REQUIRE_FALSE(parsed.report.succeeded());
    CHECK(messages(parsed.report.errors).contains(QStringLiteral("\"channel\"")));
}

TEST_CASE("Request import is all or nothing and a dry run writes nothing", "[import]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(run(*session, Header + "2026-02-20T10:00,phone,self,,Ana Ruiz,ana@example.org,,,,,,en,,,,,\n"));
    const QList<SupportRequest> before = requests(*session);
    REQUIRE(before.size() == 1);

    auto bad = run(*session,
                   Header
                       + "2026-02-21T10:00,phone,self,,Ben Ode,ben@example.org,,,,,,en,,,,,\n"
                         "2026-02-22T10:00,phone,self,,Cy Dee,not-an-address,,,,,,en,,,,,\n");
    REQUIRE(bad);
    REQUIRE_FALSE(bad->succeeded());
    CHECK(linesOf(bad->errors) == QList<int>{ 3 });
    const QList<SupportRequest> after = requests(*session);
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).id == before.at(0).id);
    CHECK(after.at(0).updatedAt == before.at(0).updatedAt);

    auto dry = run(*session, Header + "2026-02-21T10:00,phone,self,,Ben Ode,ben@example.org,,,,,,en,,,,,\n", true);
    REQUIRE(dry);
    REQUIRE(dry->succeeded());
    CHECK(dry->rows == 1);
    CHECK(dry->ids.isEmpty());
    CHECK(requests(*session).size() == 1);
}
