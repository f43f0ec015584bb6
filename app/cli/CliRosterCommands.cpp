// `peerdesk-cli supporters ...`: the roster (docs/cli.md).
#include "app/cli/CliApplication.h"
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
    if (auto count = app.expectArguments(1, QStringLiteral("supporters list [--status STATUS] [--json]")); !count)
        return app.fail(count.error());
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
    if (auto count = app.expectArguments(2, QStringLiteral("supporters show ID [--json]")); !count)
        return app.fail(count.error());
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
    if (auto count = app.expectArguments(3, QStringLiteral("supporters status ID STATUS [--force]")); !count)
        return app.fail(count.error());
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
    if (auto count = app.expectArguments(2,
                                         resume ? QStringLiteral("supporters resume ID")
                                                : QStringLiteral("supporters pause ID --until DATE [--force]"));
        !count)
        return app.fail(count.error());
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    QDate until;
    if (!resume) {
        auto date = app.dateOption(QStringLiteral("until"));
        if (!date)
            return app.fail(date.error());
        if (!*date)
            return app.usage(Text::tr("Give --until DATE."));
        until = **date;
    }
    if (auto done = service.pauseUntil(*id, until, app.isSet(QStringLiteral("force"))); !done)
        return app.fail(done.error());
    app.printLine(resume ? Text::tr("Supporter #%1 can be matched again.").arg(*id)
                         : Text::tr("Supporter #%1 is paused until %2.").arg(*id).arg(until.toString(Qt::ISODate)));
    return 0;
}

int training(CliApplication& app, SupporterService& service)
{
    if (auto count = app.expectArguments(
            2,
            QStringLiteral(
                "supporters training ID --course NAME --completed DATE [--refresher-due DATE] [--optional]"));
        !count)
        return app.fail(count.error());
    auto id = app.idArgument(1, Text::tr("supporter id"));
    if (!id)
        return app.fail(id.error());
    auto completed = app.dateOption(QStringLiteral("completed"));
    if (!completed)
        return app.fail(completed.error());
    auto due = app.dateOption(QStringLiteral("refresher-due"));
    if (!due)
        return app.fail(due.error());
    if (!app.isSet(QStringLiteral("course")) || !*completed)
        return app.usage(Text::tr("Give --course NAME and --completed DATE."));
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
    if (auto count
        = app.expectArguments(2, QStringLiteral("supporters debrief ID --kind debrief|supervision --on DATE"));
        !count)
        return app.fail(count.error());
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

int runSupportersCommand(CliApplication& app)
{
    const QStringList& words = app.commandArguments();
    const QString sub = words.value(0);
    if (sub == QLatin1String("import"))
        return runSupportersImport(app);
    static const QStringList known
        = { QStringLiteral("list"),   QStringLiteral("show"),     QStringLiteral("status"), QStringLiteral("pause"),
            QStringLiteral("resume"), QStringLiteral("training"), QStringLiteral("debrief") };
    if (!known.contains(sub))
        return app.usage(Text::tr("supporters takes one of: import, %1.").arg(known.join(QStringLiteral(", "))));
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    SupporterService service(**session);
    if (sub == QLatin1String("list"))
        return list(app, service);
    if (sub == QLatin1String("show"))
        return show(app, service);
    if (sub == QLatin1String("status"))
        return setStatus(app, service);
    if (sub == QLatin1String("pause") || sub == QLatin1String("resume"))
        return pause(app, service, sub == QLatin1String("resume"));
    if (sub == QLatin1String("training"))
        return training(app, service);
    return debrief(app, service);
}

} // namespace peerdesk
