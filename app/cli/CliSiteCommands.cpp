// `peerdesk-cli site ...` and `user sites`: the program's sites and who works which (docs/cli.md, docs/server.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/formats/CsvReader.h"
#include "core/services/SiteService.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace peerdesk {

namespace {

using namespace cli_options;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

QJsonArray sitesJson(const QList<Site>& sites)
{
    QJsonArray array;
    for (const Site& site : sites)
        array.append(QJsonObject{ { QStringLiteral("id"), site.id },
                                  { QStringLiteral("code"), site.code },
                                  { QStringLiteral("name"), site.name } });
    return array;
}

int printSites(CliApplication& app, const QList<Site>& sites)
{
    if (app.isSet(QStringLiteral("json"))) {
        app.printJson(QJsonDocument(sitesJson(sites)));
        return 0;
    }
    for (const Site& site : sites)
        app.printColumns({ QString::number(site.id), site.code, site.name });
    return 0;
}

// Every site, or with --mine the ones the person signed in works.
int listSites(CliApplication& app, SiteService& sites)
{
    auto list = app.isSet(QStringLiteral("mine")) ? sites.workable() : sites.list();
    if (!list)
        return app.fail(list.error());
    return printSites(app, *list);
}

int addSite(CliApplication& app, SiteService& sites)
{
    const QString code = app.commandArguments().at(1);
    auto id = sites.add(code, app.value(QStringLiteral("name")));
    if (!id)
        return app.fail(id.error());
    app.printLine(Text::tr("Site %1 added (number %2). Give its coordinators their sites with \"peerdesk-cli user "
                           "sites\".")
                      .arg(code.trimmed())
                      .arg(*id));
    return 0;
}

int renameSite(CliApplication& app, SiteService& sites)
{
    const QString code = app.commandArguments().at(1);
    if (auto renamed = sites.rename(code, app.value(QStringLiteral("name"))); !renamed)
        return app.fail(renamed.error());
    app.printLine(Text::tr("Site %1 renamed.").arg(code.trimmed()));
    return 0;
}

// Shows a person's sites, or with --sites replaces them.
int userSites(CliApplication& app, SiteService& sites)
{
    const QString login = app.commandArguments().at(1);
    if (app.isSet(QStringLiteral("sites"))) {
        if (auto assigned = sites.assign(login, siteCodes(app)); !assigned)
            return app.fail(assigned.error());
    }
    auto theirs = sites.sitesOf(login);
    if (!theirs)
        return app.fail(theirs.error());
    return printSites(app, *theirs);
}

} // namespace

// --sites "a,b" or "a;b".
QStringList siteCodes(const CliApplication& app)
{
    return csv::splitList(app.value(QStringLiteral("sites")).replace(QLatin1Char(','), QLatin1Char(';')));
}

QList<CliCommand> siteCommands()
{
    const QString site = QStringLiteral("site");
    return {
        { site,
          QStringLiteral("list"),
          {},
          cliNames({ "json", "mine" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The program's sites: number, code, name; --mine: yours"),
          CliAccess::AnyAccount,
          [](CliApplication& app) { return withService(app, listSites); } },
        { site, QStringLiteral("add"), QStringLiteral("CODE"), cliNames({ "name" }), cliNames({ "name" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A new site, with a code of a-z, 0-9 and '-'"),
          CliAccess::Administration, [](CliApplication& app) { return withService(app, addSite); } },
        { site, QStringLiteral("rename"), QStringLiteral("CODE"), cliNames({ "name" }), cliNames({ "name" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A site's new name; its code stays"), CliAccess::Administration,
          [](CliApplication& app) { return withService(app, renameSite); } },
        { QStringLiteral("user"),
          QStringLiteral("sites"),
          QStringLiteral("NAME"),
          cliNames({ "sites", "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The sites an account works; --sites CODE,... replaces them"),
          CliAccess::Administration,
          [](CliApplication& app) { return withService(app, userSites); } },
    };
}

} // namespace peerdesk
