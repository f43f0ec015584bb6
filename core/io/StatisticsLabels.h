#pragma once

#include "core/domain/Statistics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

// How a published statistics release reads to people, in the user's language: the names of dimensions and
// categories, values as the user's locale writes them, which chart suits a table, and the method note. The
// Statistics page and the PDF report both use it, so the screen and the paper say the same thing.
class StatisticsLabels final
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::StatisticsLabels)

public:
    StatisticsLabels() = delete;

    // "March 2026", "Quarter 1 of 2026 (January to March)", "2026".
    static QString periodName(const StatPeriod& period);
    // A category key as people read it ("burnout" -> "Burnout or moral injury", "*" -> "Total").
    static QString categoryName(const QString& dimension, const QString& key);
    static QString dimensionName(const QString& dimension);
    // "12", "3.5", "62.5 %" in the user's locale; the suppression symbol for a suppressed cell; "n < 10" for a
    // median or share withheld because it would rest on fewer than 10.
    static QString valueText(const StatTable& table, const StatCell& cell);

    // "exact enumeration" or "linear programming" (as the JSON metadata names the audit's method) in the user's
    // language.
    static QString auditMethodName(const QString& method);

    enum class Chart
    {
        None, // no dimension, or a median or share: the figure alone says it
        Bars, // one bar per category: reasons, time-to-contact bins, ...
        Line, // months in order: the 12-month trend
    };
    static Chart chartFor(const StatTable& table);

    // One category of a chart: its key, its name, the value as published (nothing for a suppressed or
    // withheld cell, so no chart ever draws a hidden size) and the value as text ("x" when suppressed).
    struct ChartPoint
    {
        QString key;
        QString name;
        std::optional<double> value;
        QString valueText;
    };
    // The categories of a one-dimension table in order, totals left out (they dwarf the categories and are in
    // the table), and the largest published value, which sets a chart's scale.
    static QList<ChartPoint> chartPoints(const StatTable& table, double* largest = nullptr);

    // The method note for readers: threshold, complementary suppression, the audit, the symbol, summaries only
    // over 10 or more, the unit, and whether this release corrects an earlier one. One paragraph per entry.
    static QStringList methodNote(const StatRelease& release);

    // The release's facts as label and value, in order (program, period, revision, generation time, version,
    // threshold, methods, audit verdict, suppressed cells): the XLSX notes sheet and the PDF list them alike.
    struct Fact
    {
        QString label;
        QString value;
    };
    static QList<Fact> releaseFacts(const StatRelease& release);
};

} // namespace peerdesk
