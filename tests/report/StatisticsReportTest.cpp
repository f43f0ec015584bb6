// The statistics report (PDF): what a funder reads must say everything the release says, in the reader's
// language, with suppressed figures shown only as the symbol — in the grid and in the charts.

#include "core/report/StatisticsReport.h"

#include "CatchCompat.h"
#include "ExportScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

using namespace peerdesk;

namespace {

StatCell cell(const QStringList& key, std::optional<double> value, bool suppressed = false)
{
    StatCell result;
    result.key = key;
    result.value = value;
    result.suppressed = suppressed;
    return result;
}

// A release as StatisticsPublisher would give it, built by hand. The suppressed cells keep a value (3 and 8)
// that must never reach the page: the report draws only what the tables publish.
StatRelease handBuiltRelease()
{
    StatRelease release;
    release.program = QStringLiteral("Test program");
    release.period = *StatPeriod::parse(QStringLiteral("2026-03"));
    release.generatedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC);
    release.version = QStringLiteral("9.9.9");
    release.k = 5;
    release.method = QStringLiteral("Counts from 1 to 4 hidden.");
    release.audit.passed = true;
    release.audit.method = QStringLiteral("exact enumeration");

    StatTable total;
    total.id = QStringLiteral("requests_total");
    total.title = QStringLiteral("Requests received");
    total.cells = { cell({}, 42) };

    StatTable reasons;
    reasons.id = QStringLiteral("requests_by_reason");
    reasons.title = QStringLiteral("Requests received by reason");
    reasons.note = QStringLiteral("A request with several reasons counts under each.");
    reasons.dimensions = { QStringLiteral("reason") };
    reasons.additive = false;
    reasons.cells = { cell({ QStringLiteral("burnout") }, 21), cell({ QStringLiteral("conflict") }, 3, true),
                      cell({ QStringLiteral("discrimination") }, 8, true), cell({ QStringLiteral("other") }, 0),
                      cell({ QStringLiteral("*") }, 42) };

    StatTable median;
    median.id = QStringLiteral("time_to_first_contact_median");
    median.title = QStringLiteral("Median time to first contact");
    median.kind = StatKind::Median;
    median.cells = { cell({}, std::nullopt) };

    StatTable trend;
    trend.id = QStringLiteral("trend_12_months");
    trend.title = QStringLiteral("Requests received over twelve months");
    trend.dimensions = { QStringLiteral("month") };
    trend.additive = false;
    for (const QString& month : StatPeriod::parse(QStringLiteral("2026"))->months().mid(0, 3))
        trend.cells << cell({ month }, month.endsWith(QLatin1String("02")) ? 8 : 40,
                            month.endsWith(QLatin1String("02")));
    trend.cells << cell({ QStringLiteral("*") }, 88);

    release.tables = { total, reasons, median, trend };
    return release;
}

QString pdfInfo(const QString& path, const QString& field)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { path });
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(output).captured(1).trimmed();
}

QString layoutText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("The PDF report shows every table, the method note and the facts, and no suppressed value", "[report]")
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("statistics-2026-03.pdf"));
    REQUIRE(StatisticsReport::write(handBuiltRelease(), StatisticsExport::Format::Pdf, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QString text = layoutText(path);
    for (const char* expected :
         { "Test program", "March 2026", "About this release", "Method", "Symbols", "exact enumeration", "9.9.9",
           "Requests received", "Requests received by reason", "Burnout or moral injury", "Interpersonal conflict",
           "Median time to first contact", "n < 10", "Requests received over twelve months",
           "A request with several reasons counts under each.", "Not a sum", "counts from 1 to 4 are suppressed" }) {
        INFO(expected);
        CHECK(text.contains(QLatin1String(expected)));
    }
    // Every line naming a suppressed category — its grid row and its bar — shows the symbol and no number.
    int suppressedLines = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        for (const char* name : { "Interpersonal conflict", "Discrimination" }) {
            if (!line.contains(QLatin1String(name)))
                continue;
            ++suppressedLines;
            INFO(line.toStdString());
            CHECK(QString(line).remove(QLatin1String(name)).trimmed() == QLatin1String("x"));
        }
    }
    CHECK(suppressedLines == 4);
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b8\\b"))));
    // The trend's suppressed month is a gap marked with the symbol, and its total is there.
    CHECK(text.contains(QLatin1String("88")));

    // "Page n of N" on every page, N the real count; the document's title names the program and the period.
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    CHECK(pdfInfo(path, QStringLiteral("Title")) == QLatin1String("Test program statistics, 2026-03"));
}

TEST_CASE("A table longer than a page goes on with its header repeated", "[report]")
{
    StatRelease release = handBuiltRelease();
    StatTable& reasons = release.tables[1];
    reasons.cells.clear();
    for (int i = 1; i <= 90; ++i)
        reasons.cells << cell({ QStringLiteral("category_%1").arg(i, 2, 10, QLatin1Char('0')) }, 10 + i);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("long.pdf"));
    REQUIRE(StatisticsReport::write(release, StatisticsExport::Format::Pdf, path));
    const QString text = layoutText(path);
    for (int i = 1; i <= 90; ++i)
        CHECK(text.contains(QStringLiteral("category_%1").arg(i, 2, 10, QLatin1Char('0'))));
    // The grid's header ("Reason ... Value") once per page the grid spans: at least twice.
    CHECK(
        text.count(QRegularExpression(QStringLiteral("^\\s*Reason\\s+Value\\s*$"), QRegularExpression::MultilineOption))
        >= 2);
}

TEST_CASE("The report speaks the reader's language", "[report]")
{
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/peerdesk_fr_CA.qm")));
    REQUIRE(QCoreApplication::installTranslator(&french));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fr.pdf"));
    const auto written = StatisticsReport::write(handBuiltRelease(), StatisticsExport::Format::Pdf, path);
    QCoreApplication::removeTranslator(&french);
    QLocale::setDefault(previous);
    REQUIRE(written);
    const QString text = layoutText(path);
    CHECK(text.contains(QLatin1String("mars 2026")));
    CHECK(text.contains(QLatin1String("Page 1 de")));
    CHECK_FALSE(text.contains(QLatin1String("About this release")));
    // Canada prints on Letter, France on A4.
    CHECK(pdfInfo(path, QStringLiteral("Page size")).contains(QLatin1String("letter")));
    CHECK(StatisticsReport::pageSizeFor(QLocale(QLocale::French, QLocale::France)) == QPageSize::A4);
    CHECK(StatisticsReport::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)) == QPageSize::Letter);
}

TEST_CASE("A malformed release or an unwritable place leaves no file", "[report]")
{
    QTemporaryDir folder;
    StatRelease release = handBuiltRelease();
    release.tables[1].id = release.tables[0].id;
    const QString path = folder.filePath(QStringLiteral("bad.pdf"));
    const auto refused = StatisticsReport::write(release, StatisticsExport::Format::Pdf, path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(QFile::exists(path));

    const QString nowhere = folder.filePath(QStringLiteral("missing/folder/report.pdf"));
    const auto io = StatisticsReport::write(handBuiltRelease(), StatisticsExport::Format::Pdf, nowhere);
    REQUIRE_FALSE(io);
    CHECK(io.error().code == ErrorCode::Io);
    CHECK(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // The other formats go to StatisticsExport, through the same call.
    const QString csv = folder.filePath(QStringLiteral("release.csv"));
    REQUIRE(StatisticsReport::write(handBuiltRelease(), StatisticsExport::Format::Csv, csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("period,table,category,value,flag"));
}
