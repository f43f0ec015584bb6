#include "ui/pages/StatisticsPage.h"

#include "core/domain/DisclosureControl.h"
#include "core/io/StatisticsExport.h"
#include "core/io/StatisticsLabels.h"
#include "core/report/StatisticsReport.h"
#include "core/services/SiteService.h"
#include "core/services/StatisticsPublisher.h"
#include "core/services/StatisticsService.h"
#include "core/vault/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/models/StatTableModel.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace peerdesk {

namespace {

enum PeriodType
{
    MonthPeriod,
    QuarterPeriod,
    YearPeriod,
};

// A category under a chart; one without a bar or point says why, with the table's own symbol.
QString axisLabel(const StatisticsLabels::ChartPoint& point)
{
    return point.value ? point.name : QStringLiteral("%1 (%2)").arg(point.name, point.valueText);
}

QLabel* labelFor(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

StatisticsPage::StatisticsPage(PageContext& context, QWidget* parent)
    : Page(tr("Statistics"), QStringLiteral("statistics"), tr("For administrators and reporting staff"),
           tr("Anonymous statistics for funders and leadership. Small numbers are hidden, with enough others that "
              "none can be worked out, and every release is checked against the earlier ones."),
           parent)
    , m_context(context)
    , m_periodType(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_part(new QComboBox(this))
    , m_k(new QSpinBox(this))
    , m_bySite(new QCheckBox(tr("By &site"), this))
    , m_export(new QToolButton(this))
    , m_message(new MessageLabel(this))
    , m_tables(new QListWidget(this))
    , m_table(ui::createTableView(this, "statisticsTable", tr("Table")))
    , m_note(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_model(new StatTableModel(this))
{
    m_periodType->setObjectName(QStringLiteral("periodType"));
    m_periodType->setAccessibleName(tr("Kind of period"));
    m_periodType->addItem(tr("Month"), MonthPeriod);
    m_periodType->addItem(tr("Quarter"), QuarterPeriod);
    m_periodType->addItem(tr("Year"), YearPeriod);
    m_year->setObjectName(QStringLiteral("periodYear"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, 2999);
    m_part->setObjectName(QStringLiteral("periodPart"));
    m_part->setAccessibleName(tr("Month or quarter"));
    m_k->setObjectName(QStringLiteral("threshold"));
    m_k->setAccessibleName(tr("Threshold k"));
    m_k->setRange(DisclosureControl::MinThreshold, DisclosureControl::MaxThreshold);
    m_k->setValue(DisclosureControl::DefaultThreshold);
    m_k->setToolTip(tr("Counts from 1 to k - 1 are suppressed."));
    m_bySite->setObjectName(QStringLiteral("bySite"));
    m_bySite->setAccessibleName(tr("Split the statistics by site"));
    m_bySite->setToolTip(tr("The tables split by site, with the whole program as the total (the group tables and those "
                            "that are not sums are left out): a release of its own, protected together with the "
                            "program's."));
    showSiteChoice();

    const QDate lastMonth = context.session.clock().nowUtc().toLocalTime().date().addMonths(-1);
    m_year->setValue(lastMonth.year());
    updatePeriodControls();
    m_part->setCurrentIndex(lastMonth.month() - 1);

    auto* showButton = ui::createButton(this, tr("Sho&w"), "showStatisticsButton", tr("Show the statistics"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("E&xport"));
    m_export->setAccessibleName(tr("Export the statistics"));
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    const std::pair<QString, QString> formats[] = { { QStringLiteral("csv"), tr("&CSV (tidy table)…") },
                                                    { QStringLiteral("json"), tr("&JSON…") },
                                                    { QStringLiteral("xlsx"), tr("&Excel workbook (XLSX)…") },
                                                    { QStringLiteral("pdf"), tr("&PDF report with charts…") } };
    for (const auto& [format, text] : formats) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("export_") + format);
        connect(action, &QAction::triggered, this, [this, format = format] { chooseExportFile(format); });
    }
    menu->addSeparator();
    QAction* print = menu->addAction(tr("P&rint the report…"));
    print->setObjectName(QStringLiteral("printStatistics"));
    connect(print, &QAction::triggered, this, &StatisticsPage::choosePrinter);
    m_export->setMenu(menu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(labelFor(tr("&Period:"), m_periodType, this));
    bar->addWidget(m_periodType);
    bar->addWidget(m_part);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(labelFor(tr("&k:"), m_k, this));
    bar->addWidget(m_k);
    bar->addWidget(m_bySite);
    bar->addWidget(showButton);
    bar->addStretch(1);
    bar->addWidget(m_export);
    contentLayout()->addLayout(bar);
    m_message->setObjectName(QStringLiteral("statisticsMessage"));
    contentLayout()->addWidget(m_message);

    m_tables->setObjectName(QStringLiteral("statisticsTables"));
    m_tables->setAccessibleName(tr("Tables"));
    // Long titles wrap rather than run under a sideways scroll bar.
    m_tables->setWordWrap(true);
    m_tables->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tables->setResizeMode(QListView::Adjust);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart->setObjectName(QStringLiteral("statisticsChart"));
    m_chart->setAccessibleName(tr("Chart of the table"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    // What a table counts, and whether its total is a sum, is said where the table is.
    m_note->setObjectName(QStringLiteral("tableNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto* tablePanel = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_note);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(tablePanel);
    right->addWidget(m_chart);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tables);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({ 260, 700 });
    contentLayout()->addWidget(split, 1);

    connect(m_periodType, &QComboBox::currentIndexChanged, this, &StatisticsPage::updatePeriodControls);
    connect(showButton, &QPushButton::clicked, this, &StatisticsPage::show);
    connect(m_bySite, &QCheckBox::toggled, this, &StatisticsPage::show);
    connect(m_tables, &QListWidget::currentRowChanged, this, &StatisticsPage::showTable);
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::updatePeriodControls()
{
    const int type = m_periodType->currentData().toInt();
    const int previous = m_part->currentIndex();
    const QSignalBlocker blocker(m_part);
    m_part->clear();
    if (type == MonthPeriod) {
        for (int month = 1; month <= 12; ++month)
            m_part->addItem(QLocale().standaloneMonthName(month), month);
    } else if (type == QuarterPeriod) {
        for (int quarter = 1; quarter <= 4; ++quarter)
            m_part->addItem(tr("Q%1").arg(quarter), quarter);
    }
    m_part->setVisible(type != YearPeriod);
    m_part->setCurrentIndex(
        std::clamp(type == QuarterPeriod ? previous / 3 : previous, 0, std::max(0, m_part->count() - 1)));
}

std::optional<StatPeriod> StatisticsPage::period() const
{
    StatPeriod period;
    period.year = m_year->value();
    switch (m_periodType->currentData().toInt()) {
    case MonthPeriod:
        period.type = StatPeriod::Type::Month;
        period.number = m_part->currentData().toInt();
        break;
    case QuarterPeriod:
        period.type = StatPeriod::Type::Quarter;
        period.number = m_part->currentData().toInt();
        break;
    default:
        period.type = StatPeriod::Type::Year;
        period.number = 1;
    }
    return StatPeriod::parse(period.key());
}

void StatisticsPage::setPeriod(const StatPeriod& period)
{
    m_periodType->setCurrentIndex(period.type == StatPeriod::Type::Month         ? MonthPeriod
                                      : period.type == StatPeriod::Type::Quarter ? QuarterPeriod
                                                                                 : YearPeriod);
    m_year->setValue(period.year);
    if (period.type != StatPeriod::Type::Year)
        m_part->setCurrentIndex(period.number - 1);
}

void StatisticsPage::showSiteChoice()
{
    auto sites = SiteService(m_context.session).list();
    const bool several = sites && sites->size() > 1;
    if (!several) {
        const QSignalBlocker blocker(m_bySite);
        m_bySite->setChecked(false);
    }
    m_bySite->setVisible(several);
}

bool StatisticsPage::bySite() const
{
    return !m_bySite->isHidden() && m_bySite->isChecked();
}

void StatisticsPage::reload()
{
    showSiteChoice();
    show();
}

void StatisticsPage::show()
{
    const auto chosen = period();
    if (!chosen)
        return;
    // Looking records nothing: the release as it would be published now (or as it was, while still true).
    const int k = m_k->value();
    const int shown = ++m_shown; // a release read in the background is shown only if nothing was asked since
    if (!bySite()) {
        showRelease(*chosen, StatisticsPublisher(m_context.session).preview(*chosen, k));
        return;
    }
    // By site, every table is read once for the program and once for each site, and protected together: several
    // times the program's work (docs/performance.md), so off the GUI thread, with progress when it takes long.
    m_export->setEnabled(false);
    QPointer<StatisticsPage> self(this);
    ui::runInBackground<StatRelease>(
        this, m_context.session, tr("Preparing the statistics by site…"),
        [period = *chosen, k](VaultSession& worker) { return StatisticsPublisher(worker).preview(period, k, true); },
        [self, period = *chosen, shown](Result<StatRelease> release) {
            if (self && self->m_shown == shown)
                self->showRelease(period, std::move(release));
        });
}

void StatisticsPage::showRelease(const StatPeriod& chosen, Result<StatRelease> release)
{
    const QString current
        = m_tables->currentItem() ? m_tables->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker blocker(m_tables);
    m_tables->clear();
    if (!release) {
        m_release.reset();
        m_model->setTable({});
        m_chart->setChart(new QChart);
        m_export->setEnabled(false);
        m_message->showError(release.error().message);
        return;
    }
    m_release = std::move(*release);
    const int suppressed = StatisticsExport::suppressedCellCount(*m_release);
    int select = 0;
    for (const StatTable& table : m_release->tables) {
        auto* item = new QListWidgetItem(table.title, m_tables);
        item->setData(Qt::UserRole, table.id);
        if (!table.note.isEmpty())
            item->setToolTip(table.note);
        if (table.id == current)
            select = m_tables->count() - 1;
    }
    m_export->setEnabled(true);
    m_message->showMessage(
        tr("%1: %n cell(s) suppressed, shown as %2; the disclosure audit passed (%3).", nullptr, suppressed)
            .arg(chosen.key(), QString::fromLatin1(StatisticsExport::SuppressedSymbol),
                 StatisticsLabels::auditMethodName(m_release->audit.method)),
        MessageLabel::Kind::Info);
    m_tables->setCurrentRow(select);
    showTable(select);
}

void StatisticsPage::showTable(int index)
{
    if (!m_release || index < 0 || index >= m_release->tables.size())
        return;
    const StatTable& table = m_release->tables.at(index);
    m_model->setTable(table);
    m_table->setAccessibleName(table.title);
    m_note->setText(table.note);
    m_note->setVisible(!table.note.isEmpty());
    updateChart(table);
}

void StatisticsPage::updateChart(const StatTable& table)
{
    auto* chart = new QChart;
    chart->setTitle(table.title);
    chart->legend()->hide();
    switch (StatisticsLabels::chartFor(table)) {
    case StatisticsLabels::Chart::Bars:
        addBars(*chart, table);
        break;
    case StatisticsLabels::Chart::Line:
        addTrendLine(*chart, table);
        break;
    case StatisticsLabels::Chart::None:
        break;
    }
    // The chart follows the window's palette, light or dark.
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsBrush(palette().text());
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void StatisticsPage::addBars(QChart& chart, const StatTable& table)
{
    // A bar per category; totals are left out (they dwarf the bars and are in the table). A hidden cell is not a
    // zero: it gets a hatched bar to the top of the scale, in a set of its own named in the legend, and its label
    // says so.
    double largest = 0;
    const QList<StatisticsLabels::ChartPoint> points = StatisticsLabels::chartPoints(table, &largest);
    auto* values = new QBarSet(table.title);
    auto* hidden = new QBarSet(tr("Hidden (small numbers)"));
    hidden->setBrush(QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
    hidden->setBorderColor(palette().color(QPalette::Mid));
    bool anyHidden = false;
    QStringList categories;
    for (const StatisticsLabels::ChartPoint& point : points) {
        categories << axisLabel(point);
        *values << point.value.value_or(0.0);
        const bool isHidden = !point.value;
        anyHidden = anyHidden || isHidden;
        *hidden << (isHidden ? std::max(largest, 1.0) : 0.0);
    }
    auto* series = new QStackedBarSeries;
    series->append(values);
    if (anyHidden)
        series->append(hidden);
    else
        delete hidden;
    chart.addSeries(series);
    if (anyHidden) {
        // Only the hidden set in the legend: the other is the table itself.
        chart.legend()->show();
        const QList<QLegendMarker*> markers = chart.legend()->markers(series);
        if (!markers.isEmpty())
            markers.constFirst()->setVisible(false);
    }
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    chart.addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setMin(0);
    chart.addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

void StatisticsPage::addTrendLine(QChart& chart, const StatTable& table)
{
    // The months in order: a line through the published months, broken at a suppressed one (a line drawn
    // across it would suggest its value), with a point on each so a month between two gaps still shows.
    auto* axisX = new QBarCategoryAxis;
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setMin(0);
    chart.addAxis(axisX, Qt::AlignBottom);
    chart.addAxis(axisY, Qt::AlignLeft);
    QStringList months;
    QLineSeries* line = nullptr;
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    double largest = 0;
    for (const StatisticsLabels::ChartPoint& point : StatisticsLabels::chartPoints(table, &largest)) {
        const double x = months.size();
        months << axisLabel(point);
        if (!point.value) {
            line = nullptr;
            continue;
        }
        if (!line) {
            line = new QLineSeries;
            chart.addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        line->append(x, *point.value);
        points->append(x, *point.value);
    }
    axisX->append(months);
    axisX->setLabelsAngle(-45);
    chart.addSeries(points);
    points->attachAxis(axisX);
    points->attachAxis(axisY);
    // One colour for the whole trend, whatever the number of pieces the gaps cut it into.
    const QColor colour = palette().color(QPalette::Highlight);
    for (QAbstractSeries* series : chart.series()) {
        if (auto* piece = qobject_cast<QLineSeries*>(series))
            piece->setColor(colour);
    }
    points->setColor(colour);
    points->setBorderColor(colour);
    axisY->setMax(std::max(1.0, largest * 1.1));
    axisY->applyNiceNumbers();
}

void StatisticsPage::chooseExportFile(const QString& format)
{
    if (!m_release)
        return;
    // The first export of a period publishes it: every later release of that period is checked against it
    // (docs/statistics.md). Said before anything is written.
    auto published = StatisticsService(m_context.session).latest(m_release->ledgerKey());
    if (published && !*published) {
        auto* box = new QMessageBox(QMessageBox::Question, tr("Publish the statistics"),
                                    tr("This is the first release of %1. Exporting publishes it: it is recorded in "
                                       "the ledger, and later releases of this period are checked against it so "
                                       "that nothing hidden can be worked out by comparing them. Publish it?")
                                        .arg(StatisticsLabels::periodName(m_release->period)),
                                    QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("publishConfirmation"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (m_context.lockAction)
            box->addAction(m_context.lockAction);
        QPushButton* publish = box->addButton(tr("&Publish and export…"), QMessageBox::AcceptRole);
        publish->setObjectName(QStringLiteral("publishButton"));
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        connect(publish, &QPushButton::clicked, this, [this, format] { openExportDialog(format); });
        box->open();
        return;
    }
    openExportDialog(format);
}

void StatisticsPage::openExportDialog(const QString& format)
{
    auto parsed = StatisticsExport::formatFromName(format);
    if (!parsed)
        return;
    auto* dialog = new QFileDialog(this, tr("Export the statistics"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("exportStatisticsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(StatisticsExport::fileSuffix(*parsed));
    // Only the chosen format's files, so the name and the content agree.
    dialog->setNameFilter(
        tr("%1 files (*.%2)")
            .arg(StatisticsExport::fileSuffix(*parsed).toUpper(), StatisticsExport::fileSuffix(*parsed)));
    dialog->selectFile(StatisticsExport::defaultFileName(*m_release, *parsed));
    // Qt's own dialog: a native one is another process's window, where Ctrl+L cannot lock.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    if (m_context.lockAction)
        dialog->addAction(m_context.lockAction);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString& path) { exportTo(format, path); });
    dialog->open();
}

void StatisticsPage::choosePrinter()
{
    if (!m_release)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(StatisticsReport::pageSizeFor(QLocale())));
    printer->setDocName(StatisticsExport::defaultFileName(*m_release, StatisticsExport::Format::Pdf));
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("printStatisticsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.lockAction)
        dialog->addAction(m_context.lockAction);
    connect(dialog, &QDialog::accepted, this, [this, printer] { printTo(printer); });
    dialog->open();
}

void StatisticsPage::printTo(std::shared_ptr<QPrinter> printer)
{
    const auto chosen = period();
    if (!chosen || !printer)
        return;
    const int k = m_k->value();
    const bool split = bySite();
    m_export->setEnabled(false);
    QPointer<StatisticsPage> self(this);
    // Paper handed to a board is a publication like a file: recorded in the ledger off the GUI thread, then
    // painted here (a printer belongs to the thread that made it; the pages take well under 200 ms).
    ui::runInBackground<StatRelease>(
        this, m_context.session, tr("Preparing the report…"),
        [period = *chosen, k, split](VaultSession& worker) {
            return StatisticsPublisher(worker).publish(period, k, split);
        },
        [self, printer](Result<StatRelease> release) {
            if (!self)
                return;
            self->m_export->setEnabled(true);
            if (release) {
                if (auto painted = StatisticsReport::paint(*release, *printer); !painted)
                    release = painted.error();
            }
            if (!release) {
                self->m_message->showError(release.error().message);
                return;
            }
            self->m_message->showMessage(tr("The report for %1 was sent to the printer.").arg(release->period.key()),
                                         MessageLabel::Kind::Success);
            Q_EMIT self->vaultChanged();
        });
}

void StatisticsPage::exportTo(const QString& format, const QString& path)
{
    const auto chosen = period();
    auto parsed = StatisticsExport::formatFromName(format);
    if (!chosen || !parsed)
        return;
    const int k = m_k->value();
    const bool split = bySite();
    const StatisticsExport::Format fileFormat = *parsed;
    m_export->setEnabled(false);
    QPointer<StatisticsPage> self(this);
    // Publishing records the release in the ledger, then the file is written: both off the GUI thread.
    ui::runInBackground<StatRelease>(
        this, m_context.session, tr("Exporting the statistics…"),
        [period = *chosen, k, split, fileFormat, path](VaultSession& worker) -> Result<StatRelease> {
            auto release = StatisticsPublisher(worker).publish(period, k, split);
            if (!release)
                return release.error();
            if (auto written = StatisticsReport::write(*release, fileFormat, path); !written)
                return written.error();
            return release;
        },
        [self, path](Result<StatRelease> release) {
            if (!self)
                return;
            self->m_export->setEnabled(true);
            if (!release) {
                self->m_message->showError(release.error().message);
                return;
            }
            const QString where = QDir::toNativeSeparators(path);
            self->m_message->showMessage(
                release->revision == 0 ? tr("Exported to %1.").arg(where)
                                       : tr("Exported to %1 as revision %2: figures published earlier have changed.")
                                             .arg(where)
                                             .arg(release->revision),
                MessageLabel::Kind::Success);
            Q_EMIT self->vaultChanged();
        });
}

} // namespace peerdesk
