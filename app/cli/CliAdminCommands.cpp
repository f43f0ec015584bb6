// `peerdesk-cli settings ...` and `peerdesk-cli purge`: program settings and retention (docs/cli.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RetentionService.h"

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

int listSettings(CliApplication& app, ProgramSettings& settings)
{
    QJsonArray array;
    for (const SettingDefinition& definition : ProgramSettings::definitions()) {
        auto value = settings.value(definition.key);
        if (!value)
            return app.fail(value.error());
        if (!app.isSet(QStringLiteral("json"))) {
            app.printLine(QStringLiteral("%1 = %2").arg(definition.key, *value));
            app.printLine(QStringLiteral("    ") + definition.description);
            continue;
        }
        array.append(QJsonObject{ { QStringLiteral("key"), definition.key },
                                  { QStringLiteral("value"), *value },
                                  { QStringLiteral("default"), definition.defaultValue },
                                  { QStringLiteral("description"), definition.description } });
    }
    if (app.isSet(QStringLiteral("json")))
        app.printJson(QJsonDocument(array));
    return 0;
}

} // namespace

namespace {

int listSettingsCommand(CliApplication& app)
{
    return withSession(app, [&](VaultSession& session) {
        ProgramSettings settings = session.settings();
        return listSettings(app, settings);
    });
}

int getSetting(CliApplication& app)
{
    return withSession(app, [&](VaultSession& session) {
        auto value = session.settings().value(app.commandArguments().at(1));
        if (!value)
            return app.fail(value.error());
        app.printLine(*value);
        return 0;
    });
}

int setSetting(CliApplication& app)
{
    const QStringList& words = app.commandArguments();
    return withSession(app, [&](VaultSession& session) {
        auto stored = changeSetting(session, words.at(1), words.at(2));
        if (!stored)
            return app.fail(stored.error());
        app.printLine(Text::tr("%1 is now \"%2\".").arg(words.at(1), *stored));
        return 0;
    });
}

int purge(CliApplication& app)
{
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    const bool dryRun = app.isSet(QStringLiteral("dry-run"));
    auto report = RetentionService(**session).purge(dryRun);
    if (!report)
        return app.fail(report.error());
    if (app.isSet(QStringLiteral("json"))) {
        app.printJson(QJsonDocument(QJsonObject{ { QStringLiteral("dry_run"), dryRun },
                                                 { QStringLiteral("requests"), report->requests },
                                                 { QStringLiteral("held_requests"), report->heldRequests },
                                                 { QStringLiteral("supporters"), report->supporters },
                                                 { QStringLiteral("registrations"), report->registrations },
                                                 { QStringLiteral("group_members"), report->members },
                                                 { QStringLiteral("held_group_members"), report->heldMembers } }));
        return 0;
    }
    app.printLine(dryRun ? Text::tr("Would purge the identity of %n closed request(s).", nullptr, report->requests)
                         : Text::tr("Purged the identity of %n closed request(s).", nullptr, report->requests));
    app.printLine(Text::tr("Under legal hold, kept: %n request(s).", nullptr, report->heldRequests));
    app.printLine(
        dryRun ? Text::tr("Would purge the contact details of %n retired supporter(s).", nullptr, report->supporters)
               : Text::tr("Purged the contact details of %n retired supporter(s).", nullptr, report->supporters));
    app.printLine(dryRun ? Text::tr("Would remove %n group registration(s).", nullptr, report->registrations)
                         : Text::tr("Removed %n group registration(s).", nullptr, report->registrations));
    app.printLine(dryRun ? Text::tr("Would purge the identity of %n former group member(s).", nullptr, report->members)
                         : Text::tr("Purged the identity of %n former group member(s).", nullptr, report->members));
    if (report->heldMembers > 0)
        app.printLine(Text::tr("Under legal hold, kept: %n former group member(s).", nullptr, report->heldMembers));
    return 0;
}

} // namespace

QList<CliCommand> settingsCommands()
{
    const QString group = QStringLiteral("settings");
    return {
        { group,
          QStringLiteral("list"),
          {},
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Every setting with its value and description"),
          CliAccess::AnyAccount,
          listSettingsCommand },
        { group,
          QStringLiteral("get"),
          QStringLiteral("KEY"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A setting's value (the default when never set)"),
          CliAccess::AnyAccount,
          getSetting },
        { group,
          QStringLiteral("set"),
          QStringLiteral("KEY VALUE"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Change a setting; a value outside its type or range changes nothing"),
          CliAccess::Administration,
          setSetting },
        { QStringLiteral("purge"),
          {},
          {},
          cliNames({ "dry-run", "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Purge identity past its retention period now"),
          CliAccess::Administration,
          purge },
    };
}

} // namespace peerdesk
