// `peerdesk-cli stats`: an anonymized statistics release for a month, a quarter or a year, written as CSV, JSON,
// XLSX or a PDF report (docs/statistics.md). Reporting users may run it; it never loads a physician's identity.
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "core/domain/DisclosureControl.h"
#include "core/io/StatisticsExport.h"
#include "core/report/StatisticsReport.h"
#include "core/services/StatisticsPublisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

} // namespace

bool statsDrawsReport(const QStringList& commandWords, const QString& format)
{
    if (commandWords.value(0) != QLatin1String("stats"))
        return false;
    const auto parsed = StatisticsExport::formatFromName(format);
    return parsed && *parsed == StatisticsExport::Format::Pdf;
}

namespace {

int stats(CliApplication& app)
{
    const auto period = StatPeriod::parse(app.value(QStringLiteral("period")));
    if (!period) {
        return app.fail(makeError(ErrorCode::InvalidInput,
                                  Text::tr("--period takes a month (2026-03), a quarter (2026-Q1) or a year (2026).")));
    }
    int k = DisclosureControl::DefaultThreshold;
    if (app.isSet(QStringLiteral("k"))) {
        bool number = false;
        k = app.value(QStringLiteral("k")).toInt(&number);
        if (!number)
            return app.fail(makeError(ErrorCode::InvalidInput,
                                      Text::tr("--k takes a whole number from %1 to %2.")
                                          .arg(DisclosureControl::MinThreshold)
                                          .arg(DisclosureControl::MaxThreshold)));
    }
    auto format = StatisticsExport::formatFromName(app.value(QStringLiteral("format")));
    if (!format)
        return app.fail(format.error());

    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    const bool bySite = app.isSet(QStringLiteral("by-site"));
    auto release = StatisticsPublisher(**session).publish(*period, k, bySite);
    if (!release)
        return app.fail(release.error());
    const QString path = app.value(QStringLiteral("out"));
    if (auto written = StatisticsReport::write(*release, *format, path); !written)
        return app.fail(written.error());

    const int suppressed = StatisticsExport::suppressedCellCount(*release);
    app.printLine(
        release->revision == 0
            ? Text::tr("Statistics for %1: %n cell(s) suppressed (k = %2); the audit passed.", nullptr, suppressed)
                  .arg(period->key())
                  .arg(release->k)
            : Text::tr("Statistics for %1, revision %3: %n cell(s) suppressed (k = %2); the audit passed.", nullptr,
                       suppressed)
                  .arg(period->key())
                  .arg(release->k)
                  .arg(release->revision));
    // The file's path last, so scripts can take it from the final line.
    app.printLine(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    return 0;
}

} // namespace

QList<CliCommand> statsCommands()
{
    return { { QStringLiteral("stats"),
               {},
               {},
               cliNames({ "period", "k", "format", "out", "by-site" }),
               cliNames({ "period", "format", "out" }),
               QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                                 "Anonymized statistics of a month (2026-03), quarter (2026-Q1) "
                                 "or year, small numbers suppressed; FORMAT csv, json, xlsx or "
                                 "pdf; --by-site splits the tables by site"),
               CliAccess::Statistics,
               stats } };
}

} // namespace peerdesk
