// peerdesk-bench-gui: the Requests page on a copy of a benchmark vault. How long it takes to appear with its first
// rows, how long each step of scrolling through the whole list blocks the window (rows are read on demand, in the GUI
// thread), and the process's peak memory. Prints one JSON object; scripts/bench puts it in the table.
#include "BenchArguments.h"
#include "BenchVault.h"
#include "core/CoreInit.h"
#include "ui/UiInit.h"
#include "ui/models/RequestTableModel.h"
#include "ui/pages/Page.h"
#include "ui/pages/RequestsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <vector>

using namespace peerdesk;
using namespace peerdesk::bench;

namespace {

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the GUI thread: on a busy machine the wall time of a step includes waiting for a core, which is
// not PeerDesk's doing; the two together tell a stall we cause from one the machine causes.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Step
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Sets the scroll position and paints, the way a wheel step or a drag does, and returns how long it blocked.
Step scrollTo(QTableView& table, int value)
{
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    table.verticalScrollBar()->setValue(value);
    table.viewport()->repaint();
    QApplication::processEvents();
    return { milliseconds(timer), threadCpuMs() - cpuStart };
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    try {
        const BenchArguments arguments(
            argc, argv, { QStringLiteral("vault"), QStringLiteral("passphrase-file"), QStringLiteral("pages") });
        if (!initialiseCore())
            return 1;
        ui::initialiseResources();
        SystemClock clock;
        QTemporaryDir scratch;
        if (!scratch.isValid())
            throw std::runtime_error("cannot make a temporary folder for the copy of the vault");
        const QString copy = copyBenchVault(arguments.required(QStringLiteral("vault")), scratch.path());
        auto session = openBenchVault(copy, arguments.required(QStringLiteral("passphrase-file")), clock);
        const int pageSteps = arguments.value(QStringLiteral("pages"), QStringLiteral("300")).toInt();

        QUndoStack undoStack;
        PageContext context{ *session, undoStack, nullptr };
        RequestsPage page(context);
        page.resize(1280, 800);

        auto* table = page.findChild<QTableView*>();
        auto* statuses = page.findChild<QComboBox*>(QStringLiteral("statusFilter"));
        if (!table || !statuses)
            throw std::runtime_error("the Requests page has no table or no status filter");

        // Showing the page: built, filters applied, the count read and the visible rows fetched and painted.
        QElapsedTimer shown;
        shown.start();
        page.show();
        page.reload();
        table->viewport()->repaint();
        QApplication::processEvents();
        const double showMs = milliseconds(shown);
        // Then every request, closed ones included: the longest list there is to scroll.
        QElapsedTimer allShown;
        allShown.start();
        statuses->setCurrentIndex(statuses->findData(-1)); // "All statuses" (RequestsPage::StatusChoice::All)
        table->viewport()->repaint();
        QApplication::processEvents();
        const double allMs = milliseconds(allShown);
        const int rows = page.model()->rowCount();

        // Scrolling: page by page through the first `pages` screens (wheel and Page Down), then dragging the
        // thumb across the whole list in 200 jumps, each landing on rows no block cache holds yet.
        std::vector<double> steps;
        std::vector<double> cpuSteps;
        const auto record = [&](Step step) {
            steps.push_back(step.wallMs);
            cpuSteps.push_back(step.cpuMs);
        };
        QScrollBar* bar = table->verticalScrollBar();
        for (int i = 0; i < pageSteps && bar->value() < bar->maximum(); ++i)
            record(scrollTo(*table, bar->value() + bar->pageStep()));
        const int jumps = 200;
        for (int i = 0; i <= jumps; ++i)
            record(scrollTo(*table, int(qint64(bar->maximum()) * i / jumps)));

        QJsonObject result{
            { QStringLiteral("rows"), rows },
            { QStringLiteral("show_ms"), showMs },
            { QStringLiteral("all_statuses_ms"), allMs },
            { QStringLiteral("scroll_steps"), int(steps.size()) },
            { QStringLiteral("scroll_median_ms"), percentile(steps, 0.5) },
            { QStringLiteral("scroll_p95_ms"), percentile(steps, 0.95) },
            { QStringLiteral("scroll_max_ms"), percentile(steps, 1.0) },
            { QStringLiteral("scroll_max_cpu_ms"), percentile(cpuSteps, 1.0) },
            { QStringLiteral("peak_memory_mib"), peakMemoryMiB() },
        };
        std::cout << QJsonDocument(result).toJson(QJsonDocument::Compact).toStdString() << '\n';
    } catch (const std::exception& error) {
        std::cerr << "peerdesk-bench-gui: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
