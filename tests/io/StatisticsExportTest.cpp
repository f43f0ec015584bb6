#include "core/io/StatisticsExport.h"

#include "CatchCompat.h"
#include "ExportScan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace peerdesk;
using peerdesk::test::plainBytesForScan;
using peerdesk::test::zipEntry;
using peerdesk::test::zipEntryNames;

namespace {

using Export = StatisticsExport;

StatCell cell(const QStringList& key, std::optional<double> value)
{
    return StatCell{ key, value, false };
}

StatCell hidden(const QStringList& key)
{
    return StatCell{ key, std::nullopt, true };
}

// Three tables as the statistics service would hand them over: a one-way count with a non-additive margin, a
// two-way count with margins on both dimensions, a median with a suppressed total, and a share.
StatRelease sampleRelease()
{
    StatRelease release;
    release.program = QStringLiteral("Physician Peer Support");
    release.period = *StatPeriod::parse(QStringLiteral("2026-03"));
    release.generatedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 15, 0), Qt::UTC);
    release.version = QStringLiteral("1.4.0");
    release.k = 5;
    release.method = QStringLiteral("Cells below 5 suppressed, with complementary suppression.");
    release.zerosMaySuppressed = true;
    release.audit.passed = true;
    release.audit.method = QStringLiteral("exact enumeration");
    release.audit.ranges << SuppressedRange{
        QStringLiteral("requests_by_reason"), { QStringLiteral("workload") }, 1, 777
    };

    StatTable reasons;
    reasons.id = QStringLiteral("requests_by_reason");
    reasons.title = QStringLiteral("Requests by reason");
    reasons.kind = StatKind::Count;
    reasons.dimensions = QStringList{ QStringLiteral("reason") };
    reasons.note = QStringLiteral("A request with several reasons counts under each.");
    reasons.additive = false;
    reasons.cells << cell({ QStringLiteral("burnout") }, 12) << hidden({ QStringLiteral("workload") })
                  << hidden({ QStringLiteral("conflict") }) << cell({ QStringLiteral("*") }, 30);

    StatTable twoWay;
    twoWay.id = QStringLiteral("requests_by_reason_and_specialty");
    twoWay.title = QStringLiteral("Requests by reason and specialty");
    twoWay.dimensions = QStringList{ QStringLiteral("reason"), QStringLiteral("specialty") };
    twoWay.cells << cell({ QStringLiteral("burnout"), QStringLiteral("surgery") }, 7)
                 << cell({ QStringLiteral("burnout"), QStringLiteral("medicine") }, 5)
                 << cell({ QStringLiteral("burnout"), QStringLiteral("*") }, 12)
                 << hidden({ QStringLiteral("workload"), QStringLiteral("surgery") })
                 << hidden({ QStringLiteral("workload"), QStringLiteral("medicine") })
                 << cell({ QStringLiteral("workload"), QStringLiteral("*") }, 8)
                 << cell({ QStringLiteral("*"), QStringLiteral("surgery") }, 10)
                 << cell({ QStringLiteral("*"), QStringLiteral("medicine") }, 10)
                 << cell({ QStringLiteral("*"), QStringLiteral("*") }, 20);

    StatTable median;
    median.id = QStringLiteral("days_to_first_contact");
    median.title = QStringLiteral("Days to first contact (median)");
    median.kind = StatKind::Median;
    median.dimensions = QStringList{ QStringLiteral("month") };
    median.cells << cell({ QStringLiteral("2026-03") }, 2.26) << hidden({ QStringLiteral("*") });

    StatTable share;
    share.id = QStringLiteral("share_contacted_within_target");
    share.title = QStringLiteral("Share contacted within the target");
    share.kind = StatKind::Share;
    share.dimensions = QStringList{ QStringLiteral("month") };
    share.cells << cell({ QStringLiteral("2026-03") }, 5.0 / 6.0);

    release.tables << reasons << twoWay << median << share;
    return release;
}

QJsonObject jsonOf(const StatRelease& release)
{
    return QJsonDocument::fromJson(Export::toJson(release)).object();
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromLatin1(item);
    return list;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Statistics JSON carries the metadata the issue names and nothing about hidden cells", "[exports]")
{
    const QJsonObject root = jsonOf(sampleRelease());
    CHECK(root.keys() == QStringList{ QStringLiteral("metadata"), QStringLiteral("tables") });

    const QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    CHECK(metadata.keys()
          == strings({ "audit", "generated_at", "k", "method", "period", "program", "revision", "version",
                       "zeros_may_be_suppressed" }));
    CHECK(metadata.value(QStringLiteral("program")).toString() == QStringLiteral("Physician Peer Support"));
    CHECK(metadata.value(QStringLiteral("period")).toString() == QStringLiteral("2026-03"));
    CHECK(metadata.value(QStringLiteral("generated_at")).toString() == QStringLiteral("2026-04-02T09:15:00Z"));
    CHECK(metadata.value(QStringLiteral("version")).toString() == QStringLiteral("1.4.0"));
    CHECK(metadata.value(QStringLiteral("k")).toInt() == 5);
    CHECK(metadata.value(QStringLiteral("method")).toString().startsWith(QStringLiteral("Cells below 5")));
    CHECK(metadata.value(QStringLiteral("zeros_may_be_suppressed")).toBool());
    CHECK(metadata.value(QStringLiteral("revision")).toInt() == 0);

    const QJsonObject audit = metadata.value(QStringLiteral("audit")).toObject();
    CHECK(audit.keys() == strings({ "method", "minimum_range_width_required", "passed", "suppressed_cells" }));
    CHECK(audit.value(QStringLiteral("passed")).toBool());
    CHECK(audit.value(QStringLiteral("method")).toString() == QStringLiteral("exact enumeration"));
    CHECK(audit.value(QStringLiteral("suppressed_cells")).toInt() == 5);
    CHECK(audit.value(QStringLiteral("minimum_range_width_required")).toInt() == 4);
    // The audit's ranges bound the hidden cells: publishing them would undo the suppression.
    CHECK_FALSE(Export::toJson(sampleRelease()).contains("777"));
    CHECK_FALSE(Export::toJson(sampleRelease()).contains("ranges"));
}

TEST_CASE("Statistics JSON tables list dimensions and cells with margins as ordinary cells", "[exports]")
{
    const QJsonArray tables = jsonOf(sampleRelease()).value(QStringLiteral("tables")).toArray();
    REQUIRE(tables.size() == 4);

    const QJsonObject reasons = tables.at(0).toObject();
    CHECK(reasons.keys() == strings({ "additive", "cells", "dimensions", "id", "kind", "note", "title" }));
    CHECK(reasons.value(QStringLiteral("id")).toString() == QStringLiteral("requests_by_reason"));
    CHECK(reasons.value(QStringLiteral("title")).toString() == QStringLiteral("Requests by reason"));
    CHECK(reasons.value(QStringLiteral("kind")).toString() == QStringLiteral("count"));
    CHECK(reasons.value(QStringLiteral("dimensions")).toArray() == QJsonArray{ QStringLiteral("reason") });
    CHECK_FALSE(reasons.value(QStringLiteral("additive")).toBool());
    const QJsonArray reasonCells = reasons.value(QStringLiteral("cells")).toArray();
    REQUIRE(reasonCells.size() == 4);
    const QJsonObject burnout = reasonCells.at(0).toObject();
    CHECK(burnout.keys() == strings({ "key", "suppressed", "value" }));
    CHECK(burnout.value(QStringLiteral("key")).toArray() == QJsonArray{ QStringLiteral("burnout") });
    CHECK(burnout.value(QStringLiteral("value")).toDouble() == 12);
    CHECK_FALSE(burnout.value(QStringLiteral("suppressed")).toBool());
    const QJsonObject workload = reasonCells.at(1).toObject();
    CHECK(workload.value(QStringLiteral("value")).isNull());
    CHECK(workload.value(QStringLiteral("suppressed")).toBool());
    CHECK(reasonCells.at(3).toObject().value(QStringLiteral("key")).toArray() == QJsonArray{ QStringLiteral("*") });

    const QJsonObject twoWay = tables.at(1).toObject();
    CHECK(twoWay.value(QStringLiteral("dimensions")).toArray()
          == QJsonArray({ QStringLiteral("reason"), QStringLiteral("specialty") }));
    const QJsonObject total = twoWay.value(QStringLiteral("cells")).toArray().at(8).toObject();
    CHECK(total.value(QStringLiteral("key")).toArray() == QJsonArray({ QStringLiteral("*"), QStringLiteral("*") }));
    CHECK(total.value(QStringLiteral("value")).toDouble() == 20);

    const QJsonObject median = tables.at(2).toObject();
    CHECK(median.value(QStringLiteral("kind")).toString() == QStringLiteral("median"));
    const QJsonArray medianCells = median.value(QStringLiteral("cells")).toArray();
    CHECK(medianCells.at(0).toObject().value(QStringLiteral("value")).toDouble() == 2.3);
    CHECK(medianCells.at(1).toObject().value(QStringLiteral("value")).isNull());

    CHECK(tables.at(3).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("share"));
    const QByteArray json = Export::toJson(sampleRelease());
    CHECK(json.contains("\"value\": 0.833\n"));
    CHECK(json.contains("\"value\": 2.3\n"));
    CHECK(json.contains("\"value\": 12\n"));
}

TEST_CASE("Statistics JSON is canonical: the same release gives the same bytes", "[exports]")
{
    const StatRelease release = sampleRelease();
    CHECK(Export::toJson(release) == Export::toJson(sampleRelease()));

    StatRelease large = sampleRelease();
    large.tables[0].cells[0].value = 1234567;
    large.tables[3].cells[0].value = 0.1 + 0.2;
    large.tables[2].cells[0].value = -0.01;
    const QByteArray json = Export::toJson(large);
    CHECK(json.contains("\"value\": 1234567\n"));
    CHECK(json.contains("\"value\": 0.3\n"));
    CHECK(json.contains("\"value\": 0\n"));
    CHECK_FALSE(json.contains("e+"));
}

TEST_CASE("Statistics JSON reads back to the same figures and the same bytes", "[exports]")
{
    StatRelease release = sampleRelease();
    release.revision = 2;
    release.tables[0].title = QStringLiteral("Demandes par motif \u2014 \u00e9puisement, \"charge\"");
    const QByteArray json = Export::toJson(release);
    CHECK(json.contains("\xc3\xa9puisement")); // UTF-8 as is, not \u escapes
    const Result<StatRelease> read = Export::fromJson(json);
    REQUIRE(read);
    CHECK(Export::toJson(*read) == json);

    CHECK(read->program == release.program);
    CHECK(read->period == release.period);
    CHECK(read->generatedAt == release.generatedAt);
    CHECK(read->version == release.version);
    CHECK(read->k == 5);
    CHECK(read->method == release.method);
    CHECK(read->zerosMaySuppressed);
    CHECK(read->revision == 2);
    CHECK(read->audit.passed);
    CHECK(read->audit.method == release.audit.method);
    CHECK(read->audit.ranges.isEmpty());
    REQUIRE(read->tables.size() == 4);
    for (int t = 0; t < 4; ++t) {
        const StatTable& original = release.tables.at(t);
        const StatTable& copy = read->tables.at(t);
        CHECK(copy.id == original.id);
        CHECK(copy.title == original.title);
        CHECK(copy.kind == original.kind);
        CHECK(copy.dimensions == original.dimensions);
        CHECK(copy.note == original.note);
        CHECK(copy.additive == original.additive);
        REQUIRE(copy.cells.size() == original.cells.size());
        for (int c = 0; c < copy.cells.size(); ++c) {
            CHECK(copy.cells.at(c).key == original.cells.at(c).key);
            CHECK(copy.cells.at(c).suppressed == original.cells.at(c).suppressed);
            CHECK(copy.cells.at(c).value.has_value() == original.cells.at(c).value.has_value());
            if (original.cells.at(c).value)
                CHECK(*copy.cells.at(c).value == Export::publishedValue(original.kind, *original.cells.at(c).value));
        }
    }
    // The CSV of the release read back is the CSV of the original: re-exporting a month yields the same figures.
    CHECK(Export::toCsv(*read) == Export::toCsv(release));
}

TEST_CASE("Statistics JSON that is not a release is refused", "[exports]")
{
    CHECK(Export::fromJson("not json").error().code == ErrorCode::InvalidInput);
    CHECK(Export::fromJson("{}").error().code == ErrorCode::InvalidInput);
    QJsonObject root = jsonOf(sampleRelease());
    QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    QJsonObject table = tables.at(1).toObject();
    QJsonArray cells = table.value(QStringLiteral("cells")).toArray();
    cells[0] = QJsonObject{ { QStringLiteral("key"), QJsonArray{ QStringLiteral("burnout") } },
                            { QStringLiteral("value"), 7 },
                            { QStringLiteral("suppressed"), false } };
    table.insert(QStringLiteral("cells"), cells);
    tables[1] = table;
    root.insert(QStringLiteral("tables"), tables);
    const Result<StatRelease> read = Export::fromJson(QJsonDocument(root).toJson());
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::InvalidInput);
    CHECK(read.error().message.contains(QStringLiteral("tables[1].cells[0].key")));
}

TEST_CASE("A suppressed cell never publishes the value left in it", "[exports]")
{
    StatRelease release = sampleRelease();
    release.tables[0].cells[1].value = 3; // suppressed, but the caller left the true value
    CHECK(Export::toJson(release) == Export::toJson(sampleRelease()));
    CHECK(Export::toCsv(release) == Export::toCsv(sampleRelease()));
}

TEST_CASE("Statistics CSV is tidy with one row per cell and one flag for every suppressed cell", "[exports]")
{
    const QByteArray csv = Export::toCsv(sampleRelease());
    const QList<QByteArray> lines = csv.split('\n');
    CHECK(csv.endsWith("\r\n"));
    CHECK(lines.size() == 1 + 4 + 9 + 2 + 1 + 1); // header, cells, the empty piece after the last CRLF
    CHECK(lines.at(0) == "period,table,category,value,flag\r");
    CHECK(lines.at(1) == "2026-03,requests_by_reason,burnout,12,\r");
    CHECK(lines.at(2) == "2026-03,requests_by_reason,workload,,suppressed\r");
    CHECK(lines.at(4) == "2026-03,requests_by_reason,*,30,\r");
    CHECK(lines.at(5) == "2026-03,requests_by_reason_and_specialty,burnout|surgery,7,\r");
    CHECK(lines.at(9) == "2026-03,requests_by_reason_and_specialty,workload|medicine,,suppressed\r");
    CHECK(lines.at(13) == "2026-03,requests_by_reason_and_specialty,*|*,20,\r");
    CHECK(lines.at(14) == "2026-03,days_to_first_contact,2026-03,2.3,\r");
    CHECK(lines.at(15) == "2026-03,days_to_first_contact,*,,suppressed\r");
    CHECK(lines.at(16) == "2026-03,share_contacted_within_target,2026-03,0.833,\r");
    CHECK_FALSE(csv.contains("Requests by reason")); // titles are in the JSON and the XLSX notes
}

TEST_CASE("Statistics CSV quotes per RFC 4180 and defuses formulas", "[exports]")
{
    StatRelease release = sampleRelease();
    release.tables.resize(1);
    release.tables[0].id = QStringLiteral("=HYPERLINK(\"x\")");
    release.tables[0].cells
        = { StatCell{ { QStringLiteral("a,b \"c\"") }, 4, false }, StatCell{ { QStringLiteral("@sum") }, 6, false },
            StatCell{ { QStringLiteral("-1") }, 6, false } };
    const QList<QByteArray> lines = Export::toCsv(release).split('\n');
    CHECK(lines.at(1) == "2026-03,\"'=HYPERLINK(\"\"x\"\")\",\"a,b \"\"c\"\"\",4,\r");
    CHECK(lines.at(2) == "2026-03,\"'=HYPERLINK(\"\"x\"\")\",'@sum,6,\r");
    CHECK(lines.at(3) == "2026-03,\"'=HYPERLINK(\"\"x\"\")\",'-1,6,\r");
}

TEST_CASE("Statistics formats are named csv, json, xlsx and pdf", "[exports]")
{
    CHECK((*Export::formatFromName(QStringLiteral("csv")) == Export::Format::Csv));
    CHECK((*Export::formatFromName(QStringLiteral("JSON")) == Export::Format::Json));
    CHECK((*Export::formatFromName(QStringLiteral("xlsx")) == Export::Format::Xlsx));
    CHECK((*Export::formatFromName(QStringLiteral(" Pdf ")) == Export::Format::Pdf));
    const auto docx = Export::formatFromName(QStringLiteral("docx"));
    REQUIRE_FALSE(docx);
    CHECK(docx.error().code == ErrorCode::InvalidInput);
    // The PDF is painted by StatisticsReport (Qt Gui); the core refuses it rather than write something else.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("report.pdf"));
    StatRelease release;
    CHECK_FALSE(Export::render(release, Export::Format::Pdf));
    CHECK_FALSE(Export::write(release, Export::Format::Pdf, path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Statistics sheet names are short, unique and acceptable to Excel", "[exports]")
{
    StatRelease release;
    for (const char* id :
         { "notes", "a_very_long_table_identifier_beyond_31_chars_one",
           "a_very_long_table_identifier_beyond_31_chars_two", "odd[name]:?*/\\", "'quoted'", "NOTES" }) {
        StatTable table;
        table.id = QString::fromLatin1(id);
        release.tables << table;
    }
    const QStringList names = Export::sheetNames(release);
    CHECK(names
          == strings({ "notes_2", "a_very_long_table_identifier_be", "a_very_long_table_identifier__2",
                       "odd_name______", "quoted", "NOTES_3" }));
}

TEST_CASE("Statistics XLSX has a notes sheet, one sheet per table and the one symbol", "[exports]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("statistics-2026-03.xlsx"));
    const Result<void> written = Export::write(sampleRelease(), Export::Format::Xlsx, path);
    REQUIRE(written);
    // Only the file asked for: no temporary file left beside it.
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList{ QStringLiteral("statistics-2026-03.xlsx") });

    const QStringList entries = zipEntryNames(path);
    REQUIRE_FALSE(entries.isEmpty());
    for (int sheet = 1; sheet <= 5; ++sheet)
        CHECK(entries.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    CHECK_FALSE(entries.contains(QStringLiteral("xl/worksheets/sheet6.xml")));

    const QByteArray workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    const qsizetype notes = workbook.indexOf("name=\"notes\"");
    CHECK(notes >= 0);
    CHECK(workbook.indexOf("name=\"requests_by_reason\"") > notes);
    CHECK(workbook.contains("name=\"requests_by_reason_and_specialt\""));
    CHECK(workbook.contains("name=\"days_to_first_contact\""));
    CHECK(workbook.contains("name=\"share_contacted_within_target\""));

    const QByteArray strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains("<t>x</t>"));
    CHECK(strings.contains("Requests by reason"));
    CHECK(strings.contains("exact enumeration"));
    CHECK(strings.contains("A suppressed cell may hide a zero."));
    // The share is stored as the fraction, shown as a percentage.
    CHECK(zipEntry(path, QStringLiteral("xl/styles.xml")).contains("0.0%"));
    CHECK(zipEntry(path, QStringLiteral("xl/worksheets/sheet5.xml")).contains("<v>0.833</v>"));

    // No user, author or company from the machine in the document properties.
    const QByteArray core = zipEntry(path, QStringLiteral("docProps/core.xml"));
    CHECK_FALSE(core.isEmpty());
    CHECK(core.contains("<dc:creator></dc:creator>"));
    CHECK(core.contains("<cp:lastModifiedBy></cp:lastModifiedBy>"));
    CHECK(core.contains("2026-04-02T09:15:00Z"));
    const QByteArray user = qgetenv("USER");
    const QByteArray everything = plainBytesForScan(path);
    CHECK(everything.contains("Physician Peer Support"));
    if (user.size() > 3)
        CHECK_FALSE(everything.contains(user));
    CHECK(zipEntry(path, QStringLiteral("docProps/app.xml")).contains("<Company></Company>"));
}

TEST_CASE("Statistics exports hold none of the names kept away from them", "[exports]")
{
    // Names a careless export could pick up from the machine or the caller; none is in the release.
    const QList<QByteArray> markers{ "Tremblay", "alice@example.org", "514-555-0199", "Hopital Sainte-Justine" };
    QTemporaryDir folder;
    for (const Export::Format format : { Export::Format::Csv, Export::Format::Json, Export::Format::Xlsx }) {
        const QString path = folder.filePath(QStringLiteral("release.") + Export::fileSuffix(format));
        REQUIRE(Export::write(sampleRelease(), format, path));
        const QByteArray bytes = plainBytesForScan(path);
        REQUIRE(bytes.contains("burnout"));
        for (const QByteArray& marker : markers)
            CHECK_FALSE(bytes.contains(marker));
    }
    CHECK(plainBytesForScan(folder.filePath(QStringLiteral("release.json"))) == Export::toJson(sampleRelease()));
}

TEST_CASE("A statistics file that cannot be written names the file and leaves nothing behind", "[exports]")
{
    QTemporaryDir folder;
    const QString missing = folder.filePath(QStringLiteral("no-such-folder/statistics.xlsx"));
    for (const Export::Format format : { Export::Format::Csv, Export::Format::Json, Export::Format::Xlsx }) {
        const Result<void> written = Export::write(sampleRelease(), format, missing);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(written.error().message.contains(QStringLiteral("statistics.xlsx")));
    }
    CHECK(QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    // A malformed release is refused before anything is written, and an earlier file stays as it was.
    const QString path = folder.filePath(QStringLiteral("statistics.csv"));
    REQUIRE(Export::write(sampleRelease(), Export::Format::Csv, path));
    StatRelease broken = sampleRelease();
    broken.tables[1].cells[0].key.removeLast();
    const Result<void> refused = Export::write(broken, Export::Format::Csv, path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(readFile(path) == Export::toCsv(sampleRelease()));
    StatRelease ambiguous = sampleRelease();
    ambiguous.tables[0].cells[0].key = QStringList{ QStringLiteral("a|b") };
    CHECK(Export::write(ambiguous, Export::Format::Json, path).error().code == ErrorCode::InvalidInput);
    StatRelease notANumber = sampleRelease();
    notANumber.tables[3].cells[0].value = std::nan("");
    CHECK(Export::render(notANumber, Export::Format::Xlsx).error().code == ErrorCode::InvalidInput);
    CHECK(readFile(path) == Export::toCsv(sampleRelease()));
}

TEST_CASE("A corrected release says which revision it is", "[exports]")
{
    StatRelease correction = sampleRelease();
    correction.revision = 1;
    CHECK(Export::defaultFileName(sampleRelease(), Export::Format::Csv) == QStringLiteral("statistics-2026-03.csv"));
    CHECK(Export::defaultFileName(correction, Export::Format::Xlsx)
          == QStringLiteral("statistics-2026-03-revision-1.xlsx"));
    CHECK(jsonOf(correction).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("revision")).toInt()
          == 1);
    const Result<QByteArray> xlsx = Export::render(correction, Export::Format::Xlsx);
    REQUIRE(xlsx);
    CHECK(xlsx->startsWith("PK"));
}

TEST_CASE("Statistics XLSX of the same release has the same bytes", "[exports]")
{
    const Result<QByteArray> first = Export::render(sampleRelease(), Export::Format::Xlsx);
    const Result<QByteArray> second = Export::render(sampleRelease(), Export::Format::Xlsx);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(*first == *second);
}
