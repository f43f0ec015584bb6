// `supporters import FILE.csv [--dry-run] [--json]` and `requests import FILE.csv [--dry-run] [--json]`.
#include "app/cli/CliApplication.h"
#include "core/formats/ImportSupport.h"
#include "core/formats/RequestImporter.h"
#include "core/formats/SupporterImporter.h"
#include "core/services/SiteService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <functional>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

enum class ImportKind
{
    Supporters,
    Requests
};

// Options of the supporters and requests groups that mean nothing to an import: refused rather than
// silently ignored, so that nobody believes a filter or a status was applied.
QString summary(ImportKind kind, const ImportReport& report)
{
    const int count = report.dryRun ? report.rows : static_cast<int>(report.ids.size());
    if (kind == ImportKind::Supporters) {
        return report.dryRun ? Text::tr(
                   "The file is valid: would import %n supporter(s). Nothing was written (dry run).", nullptr, count)
                             : Text::tr("Imported %n supporter(s).", nullptr, count);
    }
    return report.dryRun
        ? Text::tr("The file is valid: would import %n request(s). Nothing was written (dry run).", nullptr, count)
        : Text::tr("Imported %n request(s).", nullptr, count);
}

int runImport(CliApplication& app, ImportKind kind)
{
    // The file is opened before the passphrase is asked for: a mistyped name costs no unlock. "-" reads
    // standard input, for a file produced by another program without a copy on disk.
    const QString path = app.commandArguments().at(1);
    if (path == QLatin1String("-") && app.isSet(QStringLiteral("passphrase-stdin")))
        return app.usage(Text::tr("Standard input cannot hold both the passphrase and the file: use "
                                  "--passphrase-file."));
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return app.fail(makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString())));

    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    const bool dryRun = app.isSet(QStringLiteral("dry-run"));
    qint64 siteId = 0; // the person's one site
    if (app.isSet(QStringLiteral("site"))) {
        auto site = SiteService(**session).byCode(app.value(QStringLiteral("site")));
        if (!site)
            return app.fail(site.error());
        siteId = site->id;
    }
    auto report = kind == ImportKind::Supporters ? SupporterImporter::run(**session, file, dryRun, siteId)
                                                 : RequestImporter::run(**session, file, dryRun, siteId);
    if (!report)
        return app.fail(report.error());

    for (const CsvIssue& warning : std::as_const(report->warnings))
        app.warn(warning.message);
    if (!report->succeeded()) {
        // One line per problem, in line order, so that the whole file can be fixed in one pass.
        for (const CsvIssue& issue : std::as_const(report->errors))
            app.fail(makeError(ErrorCode::InvalidInput, issue.message));
        return app.fail(makeError(ErrorCode::InvalidInput,
                                  Text::tr("Nothing was imported: fix the %n problem(s) above and import the file "
                                           "again.",
                                           nullptr, static_cast<int>(report->errors.size()))));
    }

    if (app.isSet(QStringLiteral("json"))) {
        QJsonArray ids;
        for (qint64 id : std::as_const(report->ids))
            ids.append(id);
        app.printJson(QJsonDocument(QJsonObject{
            { QStringLiteral("dry_run"), dryRun },
            { QStringLiteral("rows"), report->rows },
            { QStringLiteral("imported"), dryRun ? 0 : static_cast<int>(report->ids.size()) },
            { QStringLiteral("ids"), ids },
        }));
    } else {
        app.printLine(summary(kind, *report));
    }
    return 0;
}

} // namespace

int runSupportersImport(CliApplication& app)
{
    return runImport(app, ImportKind::Supporters);
}

int runRequestsImport(CliApplication& app)
{
    return runImport(app, ImportKind::Requests);
}

} // namespace peerdesk
