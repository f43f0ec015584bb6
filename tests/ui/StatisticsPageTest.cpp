// The Statistics page: the release for a period as it would be published, table by table with suppressed cells
// marked, and exports that publish it off the GUI thread — for reporting users too.

#include "ui/pages/StatisticsPage.h"

#include "CatchCompat.h"
#include "ExportScan.h"
#include "TempVault.h"
#include "UiTestSupport.h"
#include "core/demo/DemoData.h"
#include "core/services/SiteService.h"
#include "core/services/StatisticsService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/models/StatTableModel.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPrinter>
#include <QStandardPaths>

using namespace peerdesk;
using peerdesk::test::child;
using peerdesk::test::TempVault;
using peerdesk::test::waitFor;

namespace {

// A demo vault (its history ends at the fake clock's Monday 2 March 2026), opened with the given role.
std::unique_ptr<VaultSession> demoSession(TempVault& vault, Role role)
{
    {
        DemoClock clock(vault.clock());
        auto key = vault::unwrapWithPassphrase(vault.directory(), QLatin1String(TempVault::Login),
                                               TempVault::secret(QLatin1String(TempVault::Passphrase)));
        REQUIRE(key);
        auto session = vault::open(std::move(*key), clock);
        REQUIRE(session);
        DemoOptions options;
        options.supporters = 12;
        options.requests = 80;
        REQUIRE(DemoData::generate(**session, clock, options));
    }
    return vault.unlockAs(role);
}

// The window shown on its Statistics page.
StatisticsPage* statisticsPage(MainWindow& window)
{
    window.show();
    const int index = window.pageIndex(QStringLiteral("statisticsPage"));
    window.setCurrentPage(index);
    auto* page = qobject_cast<StatisticsPage*>(window.page(index));
    REQUIRE(page != nullptr);
    return page;
}

} // namespace

TEST_CASE("The statistics page shows a period's release with suppressed cells marked and records nothing",
          "[ui][statistics]")
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
    TempVault vault;
    auto session = demoSession(vault, Role::Administrator);
    MainWindow window(*session);
    StatisticsPage* page = statisticsPage(window);
    page->setPeriod(*StatPeriod::parse(QStringLiteral("2026-02")));
    page->reload();
    REQUIRE(page->release().has_value());
    CHECK(page->release()->period.key() == QLatin1String("2026-02"));
    CHECK(page->release()->audit.passed);
    auto* tables = child<QListWidget>(page, "statisticsTables");
    CHECK(tables->count() == page->release()->tables.size());

    QAbstractItemModelTester tester(page->tableModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    bool sawSuppressed = false;
    for (int row = 0; row < tables->count(); ++row) {
        tables->setCurrentRow(row);
        StatTableModel* model = page->tableModel();
        for (int cell = 0; cell < model->rowCount(); ++cell) {
            const QModelIndex value = model->index(cell, model->columnCount() - 1);
            if (value.data(StatTableModel::SuppressedRole).toBool()) {
                sawSuppressed = true;
                CHECK(value.data().toString() == QLatin1String("x"));
            }
        }
    }
    CHECK(sawSuppressed);

    // Charts: bars for the reasons and the time-to-contact bins, a line for the 12-month trend.
    auto* chartView = child<QChartView>(page, "statisticsChart");
    const auto seriesOf = [&](const QString& id) {
        for (int row = 0; row < tables->count(); ++row) {
            if (tables->item(row)->data(Qt::UserRole).toString() == id)
                tables->setCurrentRow(row);
        }
        return chartView->chart()->series();
    };
    for (const char* id : { "requests_by_reason", "time_to_first_contact" }) {
        const auto series = seriesOf(QLatin1String(id));
        INFO(id);
        REQUIRE(series.size() == 1);
        // Stacked: a hidden cell is its own hatched bar, never a zero.
        CHECK(qobject_cast<QAbstractBarSeries*>(series.constFirst()) != nullptr);
    }
    const auto trend = seriesOf(QStringLiteral("trend_12_months"));
    CHECK(std::any_of(trend.cbegin(), trend.cend(),
                      [](QAbstractSeries* series) { return qobject_cast<QLineSeries*>(series) != nullptr; }));
    CHECK(seriesOf(QStringLiteral("requests_total")).isEmpty());
    // Looking is not publishing.
    CHECK_FALSE(StatisticsService(*session).latest(QStringLiteral("2026-02")).value().has_value());
}

TEST_CASE("A reporting user exports the statistics, which records the release", "[ui][statistics]")
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
    TempVault vault;
    auto session = demoSession(vault, Role::Reporting);
    MainWindow window(*session);
    window.show();
    REQUIRE(window.pageCount() == 1);
    auto* page = qobject_cast<StatisticsPage*>(window.page(0));
    REQUIRE(page != nullptr);
    page->setPeriod(*StatPeriod::parse(QStringLiteral("2026-Q1")));
    page->reload();
    REQUIRE(page->release().has_value());

    // The first export of a period says it publishes it, and Cancel publishes nothing.
    page->chooseExportFile(QStringLiteral("csv"));
    auto* publish = child<QMessageBox>(page, "publishConfirmation");
    CHECK(publish->isVisible());
    CHECK(publish->text().contains(QStringLiteral("first release")));
    publish->reject();
    CHECK_FALSE(StatisticsService(*session).latest(QStringLiteral("2026-Q1")).value().has_value());

    const QString path = vault.root() + QStringLiteral("/statistics.csv");
    page->exportTo(QStringLiteral("csv"), path);
    auto* message = child<MessageLabel>(page, "statisticsMessage");
    REQUIRE(waitFor([&] { return message->kind() == MessageLabel::Kind::Success; }, 30000));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("period,table,category,value,flag"));
    CHECK(StatisticsService(*session).latest(QStringLiteral("2026-Q1")).value().has_value());

    // The PDF report of the same release, its charts drawn, from the same menu.
    const QString pdf = vault.root() + QStringLiteral("/statistics.pdf");
    page->exportTo(QStringLiteral("pdf"), pdf);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("statistics.pdf")); }, 30000));
    CHECK(message->kind() == MessageLabel::Kind::Success);
    const QByteArray text = peerdesk::test::pdfText(pdf);
    CHECK(text.contains("Requests received over twelve months"));
    CHECK(text.contains("2026-Q1"));

    // Print: the same pages on a printer (here Qt's PDF printer, as CUPS would get them).
    const QString printed = vault.root() + QStringLiteral("/printed.pdf");
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(printed);
    page->printTo(printer);
    REQUIRE(waitFor([&] { return message->text().contains(QStringLiteral("printer")); }, 30000));
    CHECK(message->kind() == MessageLabel::Kind::Success);
    CHECK(peerdesk::test::pdfText(printed).contains("Requests received over twelve months"));
}

TEST_CASE("In a program of several sites the page shows and exports the statistics by site", "[ui][statistics][sites]")
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
    TempVault vault;
    auto session = demoSession(vault, Role::Administrator);
    MainWindow window(*session);
    StatisticsPage* page = statisticsPage(window);
    auto* bySite = child<QCheckBox>(page, "bySite");
    page->reload();
    CHECK(bySite->isHidden()); // one site: nothing to split

    REQUIRE(SiteService(*session).add(QStringLiteral("north"), QStringLiteral("North clinic")));
    page->setPeriod(*StatPeriod::parse(QStringLiteral("2026-02")));
    page->reload();
    REQUIRE_FALSE(bySite->isHidden());
    CHECK_FALSE(bySite->accessibleName().isEmpty());
    REQUIRE(page->release().has_value());
    CHECK_FALSE(page->release()->bySite());
    bySite->setChecked(true); // read off the GUI thread, then shown
    REQUIRE(waitFor([&] { return page->release().has_value() && page->release()->bySite(); }, 30000));
    CHECK(page->release()->audit.passed);
    for (const StatTable& table : page->release()->tables)
        CHECK(table.dimensions.constLast() == QLatin1String("site"));
    // The table shows one column per dimension, the site last, then the value.
    CHECK(page->tableModel()->headerData(page->tableModel()->columnCount() - 2, Qt::Horizontal).toString()
          == QStringLiteral("Site"));

    const QString path = vault.root() + QStringLiteral("/by-site.csv");
    page->exportTo(QStringLiteral("csv"), path);
    auto* message = child<MessageLabel>(page, "statisticsMessage");
    REQUIRE(waitFor([&] { return message->kind() == MessageLabel::Kind::Success; }, 30000));
    CHECK(StatisticsService(*session).latest(QStringLiteral("2026-02/sites")).value().has_value());
    CHECK_FALSE(StatisticsService(*session).latest(QStringLiteral("2026-02")).value().has_value());
}
