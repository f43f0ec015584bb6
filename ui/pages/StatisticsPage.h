#pragma once

#include "core/Result.h"
#include "core/domain/Statistics.h"
#include "ui/pages/Page.h"

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPrinter;
class QSpinBox;
class QTableView;
class QToolButton;

namespace peerdesk {

class MessageLabel;
class StatTableModel;

// Anonymized statistics for a month, a quarter or a year: the release as it would be published (small numbers
// suppressed, audited against every earlier release), table by table with a chart, and exports that publish it
// (CSV, JSON, XLSX, a PDF report; recorded in the vault's ledger, so the same period exports the same figures again).
// Looking records nothing; exporting does. The only page reporting users see.
class StatisticsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPage)

public:
    explicit StatisticsPage(PageContext& context, QWidget* parent = nullptr);
    ~StatisticsPage() override;

    void reload() override;

    std::optional<StatPeriod> period() const;
    void setPeriod(const StatPeriod& period);
    const std::optional<StatRelease>& release() const { return m_release; }
    StatTableModel* tableModel() const { return m_model; }
    // Publishes the shown period and writes it (format: "csv", "json", "xlsx" or "pdf") off the GUI thread.
    void exportTo(const QString& format, const QString& path);
    // Publishes the shown period off the GUI thread, then paints the report on the printer (Export > Print).
    void printTo(std::shared_ptr<QPrinter> printer);
    // Export > a format: the first release of a period asks before publishing, then a file dialog of that format.
    void chooseExportFile(const QString& format);

private:
    void show();
    void showRelease(const StatPeriod& chosen, Result<StatRelease> release);
    // "By site" is offered in a program of several sites only (read again at every reload).
    void showSiteChoice();
    bool bySite() const;
    void showTable(int index);
    void updateChart(const StatTable& table);
    void addBars(QChart& chart, const StatTable& table);
    void addTrendLine(QChart& chart, const StatTable& table);
    void openExportDialog(const QString& format);
    void choosePrinter();
    void updatePeriodControls();

    PageContext& m_context;
    QComboBox* m_periodType;
    QSpinBox* m_year;
    QComboBox* m_part; // the month or the quarter
    QSpinBox* m_k;
    QCheckBox* m_bySite; // shown only in a program of several sites
    int m_shown = 0; // counts show(): the latest asked for is the one shown
    QToolButton* m_export;
    MessageLabel* m_message;
    QListWidget* m_tables;
    QTableView* m_table;
    QLabel* m_note;
    QChartView* m_chart;
    StatTableModel* m_model;
    std::optional<StatRelease> m_release;
};

} // namespace peerdesk
