#include "core/formats/SupporterImporter.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SupporterService.h"

#include <QBuffer>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

const QStringList DefaultAffinities = { QStringLiteral("bipoc"), QStringLiteral("2slgbtqi"),
                                        QStringLiteral("women_in_medicine"), QStringLiteral("img") };

const QByteArray Header = "name,email,phone,specialty,career_stage,region,institution,languages,modalities,affinities,"
                          "max_active,status\n";

SupporterImporter::Parsed parse(const QByteArray& csv, const QStringList& roster = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return SupporterImporter::parse(buffer, DefaultAffinities, roster, {});
}

Result<ImportReport> run(VaultSession& session, const QByteArray& csv, bool dryRun = false)
{
    QBuffer buffer;
    buffer.setData(csv);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto report = SupporterImporter::run(session, buffer, dryRun);
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

QList<Supporter> roster(VaultSession& session)
{
    auto all = SupporterService(session).list();
    REQUIRE(all);
    return *all;
}

} // namespace

TEST_CASE("Supporter import reads a BOM, CRLF, quoted commas, quotes, newlines and accents", "[import]")
{
    // Columns in another order and case, an empty line, a BOM and CRLF line ends, as a spreadsheet writes them.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Status,NAME, Email ,languages,modalities,specialty,career_stage,institution,affinities,"
                           "max_active,region,pronouns,gender,practice_setting,availability\r\n"
                           "\r\n"
                           "active,\"Côté, \"\"Zoé\"\"\",zoe.cote@example.org,FR; en,phone;VIDEO,Médecine familiale,"
                           "mid_career,\"Hôpital Ünion; Clinique\r\nFrançoise\",bipoc,,Montréal,elle,woman,Hospital,"
                           "\"mon 18:00-20:00; wed 12:00-13:00\"\r\n"
                           "nominated,Jürgen Çelik,,en,,Psychiatry,late_career,,,0,,,,,\r\n";
    // The second row has no email: the phone column is absent, so it must be refused...
    auto withoutContact = parse(csv);
    REQUIRE_FALSE(withoutContact.report.succeeded());
    CHECK(linesOf(withoutContact.report.errors) == QList<int>{ 5 });

    // ...and with an email it goes through.
    QByteArray fixed = csv;
    fixed.replace("Jürgen Çelik,,", "Jürgen Çelik,jurgen@example.org,");
    auto parsed = parse(fixed);
    INFO(messages(parsed.report.errors).toStdString());
    REQUIRE(parsed.report.succeeded());
    REQUIRE(parsed.report.rows == 2);
    REQUIRE(parsed.supporters.size() == 2);
    const Supporter& zoe = parsed.supporters.at(0);
    CHECK(zoe.name == QStringLiteral("Côté, \"Zoé\""));
    CHECK(zoe.email == QStringLiteral("zoe.cote@example.org"));
    CHECK(zoe.languages == QStringList{ QStringLiteral("fr"), QStringLiteral("en") });
    CHECK(zoe.modalities == QStringList{ QStringLiteral("phone"), QStringLiteral("video") });
    CHECK(zoe.specialty == QStringLiteral("Médecine familiale"));
    CHECK(zoe.institutions == QStringList{ QStringLiteral("Hôpital Ünion"), QStringLiteral("Clinique\r\nFrançoise") });
    CHECK(zoe.affinities == QStringList{ QStringLiteral("bipoc") });
    CHECK(zoe.maxActive == 2); // empty: the default
    CHECK(zoe.status == QStringLiteral("active"));
    CHECK(zoe.region == QStringLiteral("Montréal"));
    CHECK(zoe.pronouns == QStringLiteral("elle"));
    CHECK(zoe.gender == QStringLiteral("woman"));
    CHECK(zoe.availability.size() == 2);
    CHECK(zoe.availability.at(0).toText() == QStringLiteral("mon 18:00-20:00"));
    const Supporter& jurgen = parsed.supporters.at(1);
    CHECK(jurgen.name == QStringLiteral("Jürgen Çelik"));
    CHECK(jurgen.maxActive == 0);
    CHECK(jurgen.status == QStringLiteral("nominated"));
    CHECK(parsed.report.warnings.isEmpty());
}

TEST_CASE("Supporter import stores the rows and reports a count", "[import]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QByteArray csv = Header
        + "Ana Ruiz,ana@example.org,,Emergency medicine,early_career,North,General; Clinic,es;en,phone,,3,active\n"
          "Léo Roy,,+1 514 555 0199,Pediatrics,retired,,,fr,video,img,,in_training\n";
    auto report = run(*session, csv);
    REQUIRE(report);
    INFO(report->errorText().toStdString());
    REQUIRE(report->succeeded());
    CHECK(report->ids.size() == 2);
    const QList<Supporter> stored = roster(*session);
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0).name == QStringLiteral("Ana Ruiz"));
    CHECK(stored.at(0).maxActive == 3);
    CHECK(stored.at(0).institutions.size() == 2);
    CHECK(stored.at(1).phone == QStringLiteral("+1 514 555 0199"));
    CHECK(stored.at(1).affinities == QStringList{ QStringLiteral("img") });
}

TEST_CASE("Supporter import warns about an unknown column and goes on", "[import]")
{
    auto parsed = parse("name,email,specialty,career_stage,languages,favourite_colour\n"
                        "Ana Ruiz,ana@example.org,Surgery,mid_career,en,blue\n");
    REQUIRE(parsed.report.succeeded());
    REQUIRE(parsed.report.warnings.size() == 1);
    CHECK(parsed.report.warnings.at(0).message.contains(QStringLiteral("column 6")));
    CHECK(parsed.supporters.size() == 1);
}

TEST_CASE("Supporter import refuses a file without a required column or any contact column", "[import]")
{
    auto noSpecialty = parse("name,email,career_stage,languages\nAna Ruiz,ana@example.org,mid_career,en\n");
    REQUIRE_FALSE(noSpecialty.report.succeeded());
    CHECK(messages(noSpecialty.report.errors).contains(QStringLiteral("specialty")));

    auto noContact = parse("name,specialty,career_stage,languages\nAna Ruiz,Surgery,mid_career,en\n");
    REQUIRE_FALSE(noContact.report.succeeded());
    CHECK(messages(noContact.report.errors).contains(QStringLiteral("\"email\"")));
}

TEST_CASE("Supporter import reports every bad row with its line and never the content", "[import]")
{
    const QByteArray csv = Header
        + "Ana Ruiz,ana@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
          "Secret Person,secret-not-an-address,,Surgery,mid_career,,,en,phone,,,active\n"
          "Ben Ode,ben@example.org,,Surgery,early_career,,,en,phone,,,active\n"
          "Hidden Name,hidden@example.org,,Surgery,junior_SECRET,,,xx,telepathy,martians,99,sleeping\n";
    auto parsed = parse(csv);
    REQUIRE_FALSE(parsed.report.succeeded());
    const QList<int> lines = linesOf(parsed.report.errors);
    CHECK(lines.contains(3));
    CHECK(lines.contains(5));
    CHECK_FALSE(lines.contains(2));
    CHECK_FALSE(lines.contains(4));
    // Line 5 has six bad columns: each is named.
    CHECK(lines.count(5) == 6);
    const QString text = messages(parsed.report.errors);
    INFO(text.toStdString());
    for (const char* column : { "email", "career_stage", "languages", "modalities", "affinities", "max_active" })
        CHECK(text.contains(QStringLiteral("column \"%1\"").arg(QLatin1String(column))));
    for (const char* secret :
         { "Secret", "secret-not-an-address", "Hidden", "junior", "telepathy", "martians", "sleeping" })
        CHECK_FALSE(text.contains(QLatin1String(secret), Qt::CaseInsensitive));
}

TEST_CASE("Supporter import reports duplicate emails within the file and against the roster", "[import]")
{
    const QByteArray csv = Header
        + "Ana Ruiz,ana@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
          "Ana Twin,ANA@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
          "Sam Lee,sam@example.org,,Surgery,mid_career,,,en,phone,,,active\n";
    auto parsed = parse(csv, { QStringLiteral("Sam@Example.org") });
    REQUIRE_FALSE(parsed.report.succeeded());
    CHECK(linesOf(parsed.report.errors) == QList<int>{ 3, 4 });
    CHECK(parsed.report.errors.at(0).message.contains(QStringLiteral("line 2")));
}

TEST_CASE("Supporter import is all or nothing and a dry run writes nothing", "[import]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(run(*session, Header + "First One,first@example.org,,Surgery,mid_career,,,en,phone,,,active\n"));
    REQUIRE(roster(*session).size() == 1);

    // One bad row among good ones: nothing at all is added, and the roster is exactly as it was.
    const QList<Supporter> before = roster(*session);
    auto bad = run(*session,
                   Header
                       + "Good Two,two@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
                         "Bad Three,first@example.org,,Surgery,mid_career,,,en,phone,,,active\n"
                         "Good Four,four@example.org,,Surgery,mid_career,,,en,phone,,,active\n");
    REQUIRE(bad);
    REQUIRE_FALSE(bad->succeeded());
    CHECK(linesOf(bad->errors) == QList<int>{ 3 });
    CHECK(bad->ids.isEmpty());
    const QList<Supporter> after = roster(*session);
    REQUIRE(after.size() == before.size());
    CHECK(after.at(0).id == before.at(0).id);
    CHECK(after.at(0).updatedAt == before.at(0).updatedAt);

    auto dry = run(*session, Header + "Good Two,two@example.org,,Surgery,mid_career,,,en,phone,,,active\n", true);
    REQUIRE(dry);
    REQUIRE(dry->succeeded());
    CHECK(dry->dryRun);
    CHECK(dry->rows == 1);
    CHECK(dry->ids.isEmpty());
    CHECK(roster(*session).size() == 1);
}

TEST_CASE("Supporter import checks what an active supporter needs and the capacity range", "[import]")
{
    auto parsed = parse(Header
                        + "No Modality,nm@example.org,,Surgery,mid_career,,,en,,,,active\n"
                          "Too Busy,tb@example.org,,Surgery,mid_career,,,en,phone,,51,active\n"
                          "Later On,lo@example.org,,Surgery,mid_career,,,en,,,,nominated\n");
    CHECK(linesOf(parsed.report.errors) == QList<int>{ 2, 3 });
}

TEST_CASE("Supporter import reads completed courses, and an active row needs the program's required ones",
          "[import][training]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(
        ProgramSettings(session->database())
            .set(QLatin1String(ProgramSettings::RequiredCourses), QStringLiteral("Peer support basics; Suicide risk")));
    const QByteArray header = "name,email,specialty,career_stage,languages,modalities,status,training\n";

    // One active row missing a course, one with a malformed item: nothing is written, each line says why.
    const QByteArray bad = header
        + "Ana Active,ana@example.org,Surgery,mid_career,en,video,active,Peer support basics: 2026-01-15\n"
          "Ben Bad,ben@example.org,Surgery,mid_career,en,video,nominated,Suicide risk 2026-01-15\n";
    auto refused = run(*session, bad);
    REQUIRE(refused);
    CHECK(linesOf(refused->errors) == QList<int>{ 2, 3 });
    CHECK(messages(refused->errors).contains(QStringLiteral("Suicide risk")));
    CHECK_FALSE(messages(refused->errors).contains(QStringLiteral("Ana")));
    CHECK(roster(*session).isEmpty());

    const QByteArray good = header
        + "Ana Active,ana@example.org,Surgery,mid_career,en,video,active,"
          "\"Peer support basics: 2026-01-15; suicide risk: 2025-11-02: 2027-11-02\"\n"
          "Ben Later,ben@example.org,Surgery,mid_career,en,video,nominated,\n";
    auto report = run(*session, good);
    REQUIRE(report);
    INFO(messages(report->errors).toStdString());
    REQUIRE(report->errors.isEmpty());
    const QList<Supporter> added = roster(*session);
    REQUIRE(added.size() == 2);
    const Supporter& ana = added.at(0).name.startsWith(u"Ana") ? added.at(0) : added.at(1);
    CHECK(ana.status == QLatin1String("active"));
    REQUIRE(ana.training.size() == 2);
    QStringList courses;
    for (const TrainingRecord& record : ana.training)
        courses << record.course + QLatin1Char('=') + record.completedOn.toString(Qt::ISODate) + QLatin1Char('/')
                + record.refresherDue.toString(Qt::ISODate);
    courses.sort();
    CHECK(courses
          == QStringList{ QStringLiteral("Peer support basics=2026-01-15/"),
                          QStringLiteral("suicide risk=2025-11-02/2027-11-02") });
}
