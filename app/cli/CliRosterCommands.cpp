// `peerdesk-cli supporters ...`: the roster (docs/cli.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/domain/Vocabulary.h"
#include "core/services/SupporterService.h"

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

QJsonObject supporterJson(const Supporter& s)
{
    QJsonArray training;
    for (const TrainingRecord& record : s.training) {
        training.append(QJsonObject{ { QStringLiteral("course"), record.course },
                                     { QStringLiteral("required"), record.required },
                                     { QStringLiteral("completed_on"), dayOrNull(record.completedOn) },
                                     { QStringLiteral("refresher_due"), dayOrNull(record.refresherDue) } });
    }
    QJsonArray availability;
    for (const WeeklyWindow& window : s.availability)
        availability.append(window.toText());
    return QJsonObject{
        { QStringLiteral("id"), s.id },
        { QStringLiteral("site_id"), s.siteId },
        { QStringLiteral("name"), orNull(s.name) },
        { QStringLiteral("email"), orNull(s.email) },
        { QStringLiteral("phone"), orNull(s.phone) },
        { QStringLiteral("pronouns"), orNull(s.pronouns) },
        { QStringLiteral("status"), s.status },
        { QStringLiteral("specialty"), s.specialty },
        { QStringLiteral("practice_setting"), orNull(s.practiceSetting) },
        { QStringLiteral("region"), orNull(s.region) },
        { QStringLiteral("career_stage"), s.careerStage },
        { QStringLiteral("institutions"), QJsonArray::fromStringList(s.institutions) },
        { QStringLiteral("languages"), QJsonArray::fromStringList(s.languages) },
        { QStringLiteral("modalities"), QJsonArray::fromStringList(s.modalities) },
        { QStringLiteral("affinities"), QJsonArray::fromStringList(s.affinities) },
        { QStringLiteral("max_active"), s.maxActive },
        { QStringLiteral("paused_until"), dayOrNull(s.pausedUntil) },
        { QStringLiteral("cooldown_until"), dayOrNull(s.cooldownUntil) },
        { QStringLiteral("availability"), availability },
        { QStringLiteral("training"), training },
    };
}

QString supporterLine(const Supporter& s)
{
    return QStringLiteral("#%1  %2  %3  %4  %5")
        .arg(s.id)
        .arg(Vocabulary::displayName(Vocab::SupporterStatus, s.status), -12)
        .arg(s.name.isEmpty() ? Text::tr("(contact details purged)") : s.name, -30)
        .arg(s.specialty, s.languages.join(QLatin1Char(',')));
}

int list(CliApplication& app, SupporterService& service)
{
    const std::optional<QString> status = app.isSet(QStringLiteral("status"))
        ? std::optional<QString>(app.value(QStringLiteral("status")))
        : std::nullopt;
    auto supporters = service.list(status);
    if (!supporters)
        return app.fail(supporters.error());
    if (app.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Supporter& s : std::as_const(*supporters))
            array.append(supporterJson(s));
        app.printJson(QJsonDocument(array));
        return 0;
    }
    for (const Supporter& s : std::as_const(*supporters))
        app.printLine(supporterLine(s));
    app.printLine(Text::tr("%n supporter(s)", nullptr, static_cast<int>(supporters->size())));
    return 0;
}

int show(CliApplication& app, SupporterService& service)
{
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    auto supporter = service.get(*id);
    if (!supporter)
        return app.fail(supporter.error());
    const QJsonObject json = supporterJson(*supporter);
    if (app.isSet(QStringLiteral("json"))) {
        app.printJson(QJsonDocument(json));
        return 0;
    }
    app.printLine(supporterLine(*supporter));
    app.printFields(json);
    return 0;
}

int setStatus(CliApplication& app, SupporterService& service)
{
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    if (auto done = service.setStatus(*id, app.commandArguments().at(2), app.isSet(QStringLiteral("force"))); !done)
        return app.fail(done.error());
    app.printLine(Text::tr("Supporter #%1 is now %2.")
                      .arg(*id)
                      .arg(Vocabulary::displayName(Vocab::SupporterStatus, app.commandArguments().at(2)).toLower()));
    return 0;
}

int pause(CliApplication& app, SupporterService& service, bool resume)
{
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    QDate until;
    if (!resume) {
        auto date = app.dateOption(QStringLiteral("until"));
        if (!date)
            return app.fail(date.error());
        until = **date;
    }
    if (auto done = service.pauseUntil(*id, until, app.isSet(QStringLiteral("force"))); !done)
        return app.fail(done.error());
    app.printLine(resume ? Text::tr("Supporter #%1 can be matched again.").arg(*id)
                         : Text::tr("Supporter #%1 is paused until %2.").arg(*id).arg(until.toString(Qt::ISODate)));
    return 0;
}

int pauseSupporter(CliApplication& app, SupporterService& service)
{
    return pause(app, service, false);
}

int resumeSupporter(CliApplication& app, SupporterService& service)
{
    return pause(app, service, true);
}

int training(CliApplication& app, SupporterService& service)
{
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    auto completed = app.dateOption(QStringLiteral("completed"));
    if (!completed)
        return app.fail(completed.error());
    auto due = app.dateOption(QStringLiteral("refresher-due"));
    if (!due)
        return app.fail(due.error());
    TrainingRecord record;
    record.course = app.value(QStringLiteral("course")).trimmed();
    record.completedOn = **completed;
    record.refresherDue = due->value_or(QDate());
    record.required = !app.isSet(QStringLiteral("optional"));
    auto added = service.addTraining(*id, record);
    if (!added)
        return app.fail(added.error());
    app.printLine(Text::tr("Training recorded for supporter #%1.").arg(*id));
    return 0;
}

int debrief(CliApplication& app, SupporterService& service)
{
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    auto on = app.dateOption(QStringLiteral("on"));
    if (!on)
        return app.fail(on.error());
    DebriefRecord record;
    record.kind = app.isSet(QStringLiteral("kind")) ? app.value(QStringLiteral("kind")) : QStringLiteral("debrief");
    record.heldOn = on->value_or(app.clock().todayLocal());
    auto added = service.addDebrief(*id, record);
    if (!added)
        return app.fail(added.error());
    app.printLine(Text::tr("Debrief recorded for supporter #%1.").arg(*id));
    return 0;
}

} // namespace

QList<CliCommand> supporterCommands()
{
    const QString group = QStringLiteral("supporters");
    return {
        { group,
          QStringLiteral("import"),
          QStringLiteral("FILE.csv"),
          cliNames({ "dry-run", "json", "site" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Add supporters from a CSV file, all or none (docs/import-formats.md)"),
          CliAccess::Administration,
          runSupportersImport },
        { group,
          QStringLiteral("list"),
          {},
          cliNames({ "status", "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The roster, by name"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, list); } },
        { group,
          QStringLiteral("show"),
          QStringLiteral("ID"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "One supporter with availability and training"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, show); } },
        { group,
          QStringLiteral("status"),
          QStringLiteral("ID STATUS"),
          cliNames({ "force" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A new status; --force confirms it for a supporter with live matches"),
          CliAccess::Administration,
          [](CliApplication& app) { return withService(app, setStatus); } },
        { group, QStringLiteral("pause"), QStringLiteral("ID"), cliNames({ "until", "force" }), cliNames({ "until" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "No new matches or conversations until the date (inclusive)"),
          CliAccess::Administration, [](CliApplication& app) { return withService(app, pauseSupporter); } },
        { group,
          QStringLiteral("resume"),
          QStringLiteral("ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "End a pause"),
          CliAccess::Administration,
          [](CliApplication& app) { return withService(app, resumeSupporter); } },
        { group, QStringLiteral("training"), QStringLiteral("ID"),
          cliNames({ "course", "completed", "refresher-due", "optional" }), cliNames({ "course", "completed" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A training record; --optional for a course that is not required"),
          CliAccess::Administration, [](CliApplication& app) { return withService(app, training); } },
        { group,
          QStringLiteral("debrief"),
          QStringLiteral("ID"),
          cliNames({ "kind", "on" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A debrief or supervision date (today unless --on)"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, debrief); } },
    };
}

} // namespace peerdesk
