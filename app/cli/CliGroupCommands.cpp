// `peerdesk-cli groups ...` (recurring peer groups, their sessions, registrations and members), as described in
// docs/cli.md. Times are read and printed in the program's local time; JSON carries UTC.
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/domain/Vocabulary.h"
#include "core/io/IdentityInput.h"
#include "core/services/GroupMemberService.h"
#include "core/services/GroupService.h"
#include "core/services/SiteService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <optional>
#include <unistd.h>

namespace peerdesk {

namespace {

using namespace cli_options;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// ------------------------------------------------------------------------------------------------ groups

QJsonObject groupJson(const PeerGroup& g)
{
    QJsonArray facilitators;
    for (const qint64 id : g.facilitatorIds)
        facilitators.append(id);
    return QJsonObject{
        { QStringLiteral("id"), g.id },
        { QStringLiteral("name"), g.name },
        { QStringLiteral("modality"), g.modality },
        { QStringLiteral("when"), g.when().toText() },
        { QStringLiteral("every_weeks"),
          g.recurrence.frequency == GroupRecurrence::Frequency::Weekly ? g.recurrence.intervalWeeks : 1 },
        { QStringLiteral("recurrence"), g.recurrence.toRule() },
        { QStringLiteral("sessions"), g.recurrence.sessions ? QJsonValue(*g.recurrence.sessions) : QJsonValue() },
        { QStringLiteral("skip_holidays"), g.skipHolidays },
        { QStringLiteral("enrolment"), PeerGroup::enrolmentKey(g.enrolment) },
        { QStringLiteral("members"), g.memberCount },
        { QStringLiteral("resources"), QJsonArray::fromStringList(g.resources) },
        { QStringLiteral("first_date"), g.firstDate.toString(Qt::ISODate) },
        { QStringLiteral("last_date"),
          g.lastDate.isValid() ? QJsonValue(g.lastDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("capacity"), g.capacity },
        { QStringLiteral("max_facilitators"), g.maxFacilitators },
        { QStringLiteral("facilitators"), facilitators },
        { QStringLiteral("active"), g.active },
    };
}

QJsonObject occurrenceJson(const GroupOccurrence& o)
{
    return QJsonObject{
        { QStringLiteral("id"), o.id },
        { QStringLiteral("group_id"), o.groupId },
        { QStringLiteral("starts_at"), momentJson(o.startsAt) },
        { QStringLiteral("ends_at"), momentJson(o.endsAt) },
        { QStringLiteral("status"), o.status },
        { QStringLiteral("skipped_for"),
          o.skippedFor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.skippedFor) },
        { QStringLiteral("attendance"), o.attendance ? QJsonValue(*o.attendance) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("feedback"),
          QJsonObject{ { QStringLiteral("positive"), o.feedbackPositive },
                       { QStringLiteral("neutral"), o.feedbackNeutral },
                       { QStringLiteral("negative"), o.feedbackNegative } } },
        { QStringLiteral("debrief_held"), o.debriefHeld },
        { QStringLiteral("registrations"), o.registrations },
        { QStringLiteral("escalations"), o.escalations },
    };
}

QJsonObject registrationJson(const GroupRegistration& r)
{
    return QJsonObject{
        { QStringLiteral("id"), r.id },
        { QStringLiteral("occurrence_id"), r.occurrenceId },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("contact"), r.contact },
        { QStringLiteral("province"), r.province },
        { QStringLiteral("verified_at"), momentJson(r.verifiedAt) },
        { QStringLiteral("link_sent_at"), momentJson(r.linkSentAt) },
    };
}

QJsonObject memberJson(const GroupMember& m)
{
    return QJsonObject{
        { QStringLiteral("id"), m.id },
        { QStringLiteral("group_id"), m.groupId },
        { QStringLiteral("name"), m.name },
        { QStringLiteral("contact"), m.contact },
        { QStringLiteral("province"), m.province },
        { QStringLiteral("joined_at"), momentJson(m.joinedAt) },
        { QStringLiteral("verified_at"), momentJson(m.verifiedAt) },
        { QStringLiteral("link_sent_at"), momentJson(m.linkSentAt) },
        { QStringLiteral("returning"), m.returning },
        { QStringLiteral("legal_hold"), m.legalHold },
    };
}

// Where a registration or a member stands: verified once, then sent the link.
QString verificationState(const QDateTime& verifiedAt, const QDateTime& linkSentAt)
{
    return linkSentAt.isValid() ? Text::tr("link sent")
        : verifiedAt.isValid()  ? Text::tr("verified")
                                : Text::tr("not verified");
}

Result<QList<qint64>> parseIds(const QString& option, const QString& value)
{
    QList<qint64> ids;
    for (const QString& part : value.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(Text::tr("--%1 takes supporter ids separated by ';', such as \"3;8\".").arg(option));
        ids.append(id);
    }
    return ids;
}

// The group options given on the command line, over `group`'s values: every one for groups add, the ones to
// change for groups edit. "none" takes an edit's end date or number of sessions away.
Result<void> applyGroupOptions(const CliApplication& app, PeerGroup& group)
{
    if (app.isSet(QStringLiteral("name")))
        group.name = app.value(QStringLiteral("name"));
    if (app.isSet(QStringLiteral("modality")))
        group.modality = app.value(QStringLiteral("modality")).trimmed();
    if (app.isSet(QStringLiteral("when"))) {
        const auto when = GroupWhen::parse(app.value(QStringLiteral("when")));
        if (!when) {
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("--when takes the days and times, such as \"mon 19:15-20:30\", \"daily 12:00-13:00\", "
                         "\"mon-fri 12:00-13:00\", \"mon,thu 19:15-20:30\" or \"2nd tue 18:00-18:45\"; "
                         "not \"%1\".")
                    .arg(app.value(QStringLiteral("when"))));
        }
        // The series' length stays with it unless --sessions says otherwise.
        const std::optional<int> sessions = group.recurrence.sessions;
        group.recurrence = when->recurrence;
        group.recurrence.sessions = sessions;
        group.startMinute = when->startMinute;
        group.durationMinutes = when->endMinute - when->startMinute;
    }
    int everyWeeks = 0;
    const std::pair<const char*, int*> numbers[] = { { "capacity", &group.capacity },
                                                     { "every-weeks", &everyWeeks },
                                                     { "max-facilitators", &group.maxFacilitators } };
    for (const auto& [option, target] : numbers) {
        auto value = intOption(app, QLatin1String(option));
        if (!value)
            return value.error();
        if (*value)
            *target = **value;
    }
    if (app.isSet(QStringLiteral("every-weeks"))) {
        if (group.recurrence.frequency != GroupRecurrence::Frequency::Weekly) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("--every-weeks goes with days of the week (\"mon,thu 19:15-20:30\"), not with a "
                                      "daily or monthly group."));
        }
        group.recurrence.intervalWeeks = everyWeeks;
    }
    const auto isNone = [&app](const char* option) {
        return app.value(QLatin1String(option)).trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    };
    if (app.isSet(QStringLiteral("sessions"))) {
        if (isNone("sessions")) {
            group.recurrence.sessions.reset();
        } else {
            auto sessions = intOption(app, QStringLiteral("sessions"));
            if (!sessions)
                return sessions.error();
            group.recurrence.sessions = sessions->value_or(0);
        }
    }
    if (app.isSet(QStringLiteral("skip-holidays"))) {
        auto skip = parseYesNo(QStringLiteral("skip-holidays"), app.value(QStringLiteral("skip-holidays")));
        if (!skip)
            return skip.error();
        group.skipHolidays = *skip;
    }
    if (app.isSet(QStringLiteral("resources")))
        group.resources = isNone("resources")
            ? QStringList()
            : app.value(QStringLiteral("resources")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (app.isSet(QStringLiteral("enrolment"))) {
        const auto enrolment = PeerGroup::enrolmentFromKey(app.value(QStringLiteral("enrolment")).trimmed().toLower());
        if (!enrolment) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("--enrolment takes \"session\" (registration for each session) or \"members\" "
                                      "(standing members verified once), not \"%1\".")
                                 .arg(app.value(QStringLiteral("enrolment"))));
        }
        group.enrolment = *enrolment;
    }
    if (app.isSet(QStringLiteral("facilitators"))) {
        auto ids = parseIds(QStringLiteral("facilitators"), app.value(QStringLiteral("facilitators")));
        if (!ids)
            return ids.error();
        group.facilitatorIds = *ids;
    }
    const std::pair<const char*, QDate*> dates[]
        = { { "first-date", &group.firstDate }, { "last-date", &group.lastDate } };
    for (const auto& [option, target] : dates) {
        if (!app.isSet(QLatin1String(option)))
            continue;
        if (QLatin1String(option) == QLatin1String("last-date") && isNone(option)) {
            *target = QDate();
            continue;
        }
        auto date = parseDate(QLatin1String(option), app.value(QLatin1String(option)));
        if (!date)
            return date.error();
        *target = *date;
    }
    return {};
}

Result<PeerGroup> groupFromOptions(const CliApplication& app)
{
    for (const char* option : { "name", "when", "modality", "capacity" }) {
        if (auto given = requiredOption(app, QLatin1String(option)); !given)
            return given.error();
    }
    PeerGroup group;
    if (auto applied = applyGroupOptions(app, group); !applied)
        return applied.error();
    return group;
}

int groupsEdit(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group id"));
    if (!id)
        return app.fail(id.error());
    return withSession(app, [&](VaultSession& session) {
        GroupService service(session);
        auto group = service.get(*id);
        if (!group)
            return app.fail(group.error());
        if (auto applied = applyGroupOptions(app, *group); !applied)
            return app.fail(applied.error());
        auto change = service.edit(*group);
        if (!change)
            return app.fail(change.error());
        app.printLine(Text::tr("Group #%1 changed: %2, %3. Sessions ahead: %4 added, %5 removed, %6 cancelled "
                               "(someone had registered).")
                          .arg(*id)
                          .arg(group->when().toText(), group->recurrence.describe())
                          .arg(change->added)
                          .arg(change->removed)
                          .arg(change->cancelled));
        return 0;
    });
}

int groupsEndOrReopen(CliApplication& app, bool end)
{
    const QString command = end ? QStringLiteral("groups end") : QStringLiteral("groups reopen");
    auto id = app.idArgument(1, Text::tr("group id"));
    if (!id)
        return app.fail(id.error());
    return withSession(app, [&](VaultSession& session) {
        GroupService service(session);
        auto count = end ? service.end(*id) : service.reopen(*id);
        if (!count)
            return app.fail(count.error());
        app.printLine(end ? Text::tr("Group #%1 ended: %n session(s) ahead cancelled.", nullptr, *count).arg(*id)
                          : Text::tr("Group #%1 reopened: %n session(s) scheduled.", nullptr, *count).arg(*id));
        return 0;
    });
}

int groupsEnd(CliApplication& app)
{
    return groupsEndOrReopen(app, true);
}

int groupsReopen(CliApplication& app)
{
    return groupsEndOrReopen(app, false);
}

int groupsAdd(CliApplication& app)
{
    auto group = groupFromOptions(app);
    if (!group)
        return app.fail(group.error());
    if (auto valid = GroupService::validate(*group); !valid)
        return app.fail(valid.error());
    return withSession(app, [&](VaultSession& session) {
        if (app.isSet(QStringLiteral("site"))) {
            auto site = SiteService(session).byCode(app.value(QStringLiteral("site")));
            if (!site)
                return app.fail(site.error());
            group->siteId = site->id;
        }
        GroupService service(session);
        auto id = service.add(*group);
        if (!id)
            return app.fail(id.error());
        auto occurrences = service.occurrences(*id);
        if (!occurrences)
            return app.fail(occurrences.error());
        app.printLine(Text::tr("Group #%1 added: %2, %3; %n session(s) scheduled.", nullptr,
                               static_cast<int>(occurrences->size()))
                          .arg(*id)
                          .arg(group->when().toText(), group->recurrence.describe()));
        return 0;
    });
}

int groupsList(CliApplication& app)
{
    return withSession(app, [&](VaultSession& session) {
        auto groups = GroupService(session).list();
        if (!groups)
            return app.fail(groups.error());
        if (app.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const PeerGroup& g : std::as_const(*groups))
                array.append(groupJson(g));
            app.printJson(QJsonDocument(array));
            return 0;
        }
        for (const PeerGroup& g : std::as_const(*groups)) {
            app.printLine(QStringLiteral("#%1  %2  %3  %4  %5  %6")
                              .arg(g.id)
                              .arg(g.name, -30)
                              .arg(g.when().toText(), -22)
                              .arg(g.recurrence.describe(), -28)
                              .arg(Vocabulary::displayName(Vocab::Modality, g.modality), -10)
                              .arg(Text::tr("%n place(s)", nullptr, g.capacity)));
        }
        app.printLine(Text::tr("%n group(s)", nullptr, static_cast<int>(groups->size())));
        return 0;
    });
}

int groupsOccurrences(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group id"));
    if (!id)
        return app.fail(id.error());
    return withSession(app, [&](VaultSession& session) {
        GroupService groups(session);
        auto occurrences = groups.occurrences(*id);
        if (!occurrences)
            return app.fail(occurrences.error());
        auto group = groups.get(*id);
        if (!group)
            return app.fail(group.error());
        if (app.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const GroupOccurrence& o : std::as_const(*occurrences))
                array.append(occurrenceJson(o));
            app.printJson(QJsonDocument(array));
            return 0;
        }
        // The group's resources go with its sessions, for the facilitator pointing participants to them.
        if (!group->resources.isEmpty())
            app.printLine(Text::tr("Resources for participants: %1").arg(group->resources.join(QStringLiteral("; "))));
        for (const GroupOccurrence& o : std::as_const(*occurrences)) {
            app.printLine(
                QStringLiteral("#%1  %2-%3  %4  %5  %6")
                    .arg(o.id)
                    .arg(localText(o.startsAt), o.endsAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                    .arg(o.statusText(), -10)
                    .arg(o.attendance ? Text::tr("%n attended", nullptr, *o.attendance) : QStringLiteral("-"), -12)
                    .arg(Text::tr("%n registered", nullptr, o.registrations)));
        }
        app.printLine(Text::tr("%n session(s)", nullptr, static_cast<int>(occurrences->size())));
        return 0;
    });
}

int groupsSchedule(CliApplication& app)
{
    QDate from;
    if (app.isSet(QStringLiteral("from"))) {
        auto date = parseDate(QStringLiteral("from"), app.value(QStringLiteral("from")));
        if (!date)
            return app.fail(date.error());
        from = *date;
    }
    auto id = app.idArgument(1, Text::tr("group id"));
    if (!id)
        return app.fail(id.error());
    auto weeks = intOption(app, QStringLiteral("weeks"));
    if (!weeks)
        return app.fail(weeks.error());
    return withSession(app, [&](VaultSession& session) {
        auto added = GroupService(session).schedule(*id, weeks->value_or(GroupService::DefaultHorizonWeeks), from);
        if (!added)
            return app.fail(added.error());
        app.printLine(Text::tr("%n new session(s) scheduled for group #%1.", nullptr, *added).arg(*id));
        return 0;
    });
}

Result<OccurrenceUpdate> updateFromOptions(const CliApplication& app)
{
    OccurrenceUpdate update;
    if (app.isSet(QStringLiteral("status")))
        update.status = app.value(QStringLiteral("status")).trimmed();
    const std::pair<const char*, std::optional<int>*> counts[] = { { "attendance", &update.attendance },
                                                                   { "positive", &update.feedbackPositive },
                                                                   { "neutral", &update.feedbackNeutral },
                                                                   { "negative", &update.feedbackNegative } };
    for (const auto& [option, target] : counts) {
        auto value = intOption(app, QLatin1String(option));
        if (!value)
            return value.error();
        *target = *value;
    }
    if (app.isSet(QStringLiteral("debrief"))) {
        auto held = parseYesNo(QStringLiteral("debrief"), app.value(QStringLiteral("debrief")));
        if (!held)
            return held.error();
        update.debriefHeld = *held;
    }
    if (update.isEmpty())
        return usageError(Text::tr("Give at least one of --status, --attendance, --positive, --neutral, --negative "
                                   "and --debrief."));
    return update;
}

int groupsRecord(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group session id"));
    if (!id)
        return app.fail(id.error());
    auto update = updateFromOptions(app);
    if (!update)
        return app.fail(update.error());
    return withSession(app, [&](VaultSession& session) {
        auto recorded = GroupService(session).record(*id, *update);
        if (!recorded)
            return app.fail(recorded.error());
        app.printLine(Text::tr("Group session #%1 recorded: %2.")
                          .arg(*id)
                          .arg(Vocabulary::displayName(Vocab::OccurrenceStatus, recorded->status).toLower()));
        return 0;
    });
}

// A person's name and contact for `command` (with --province, required): never from the command line, where shell
// history and the process list keep them (--name/--contact: `refusal`, exit 1), but from --<source>-file, from
// standard input (--<source>-stdin) or at the terminal's prompts.
Result<QMap<QString, QString>> personInput(const CliApplication& app, const QString& source, const QString& namePrompt)
{
    const QString file = source + QStringLiteral("-file");
    const QString standardInput = source + QStringLiteral("-stdin");
    if (auto given = requiredOption(app, QStringLiteral("province")); !given)
        return given.error();
    const QStringList fields{ QStringLiteral("name"), QStringLiteral("contact") };
    if (app.isSet(file))
        return identity_input::fromFile(app.value(file), fields);
    if (app.isSet(standardInput))
        return identity_input::fromDescriptor(STDIN_FILENO, fields);
    return identity_input::fromTerminal(fields, { namePrompt, Text::tr("Email or phone: ") });
}

int groupsRegister(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group session id"));
    if (!id)
        return app.fail(id.error());
    auto participant = personInput(app, QStringLiteral("participant"), Text::tr("Participant's name: "));
    if (!participant)
        return app.fail(participant.error());
    return withSession(app, [&](VaultSession& session) {
        auto registration = GroupService(session).registerParticipant(*id, participant->value(QStringLiteral("name")),
                                                                      participant->value(QStringLiteral("contact")),
                                                                      app.value(QStringLiteral("province")));
        if (!registration)
            return app.fail(registration.error());
        app.printLine(Text::tr("Registration #%1 added to group session #%2. Verify the person's identity and "
                               "province before sending the link.")
                          .arg(*registration)
                          .arg(*id));
        return 0;
    });
}

int groupsRegistrations(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group session id"));
    if (!id)
        return app.fail(id.error());
    return withSession(app, [&](VaultSession& session) {
        auto registrations = GroupService(session).registrations(*id);
        if (!registrations)
            return app.fail(registrations.error());
        if (app.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const GroupRegistration& r : std::as_const(*registrations))
                array.append(registrationJson(r));
            app.printJson(QJsonDocument(array));
            return 0;
        }
        for (const GroupRegistration& r : std::as_const(*registrations)) {
            const QString state = verificationState(r.verifiedAt, r.linkSentAt);
            app.printLine(QStringLiteral("#%1  %2  %3  %4  %5")
                              .arg(r.id)
                              .arg(r.name, -30)
                              .arg(r.contact, -30)
                              .arg(r.province, -2)
                              .arg(state));
        }
        app.printLine(Text::tr("%n registration(s)", nullptr, static_cast<int>(registrations->size())));
        return 0;
    });
}

int groupsRegistrationStep(CliApplication& app, const QString& subcommand)
{
    auto id = app.idArgument(1, Text::tr("registration id"));
    if (!id)
        return app.fail(id.error());
    const bool verify = subcommand == QLatin1String("verify");
    return withSession(app, [&](VaultSession& session) {
        GroupService service(session);
        auto done = verify ? service.verify(*id) : service.markLinkSent(*id);
        if (!done)
            return app.fail(done.error());
        app.printLine(verify ? Text::tr("Registration #%1: identity and province verified.").arg(*id)
                             : Text::tr("Registration #%1: link sent.").arg(*id));
        return 0;
    });
}

int groupsEscalate(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group session id"));
    if (!id)
        return app.fail(id.error());
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    return withSession(app, [&](VaultSession& session) {
        auto crisis = GroupService(session).escalate(*id, app.value(QStringLiteral("action")).trimmed(), *at);
        if (!crisis)
            return app.fail(crisis.error());
        app.printLine(Text::tr("Escalation recorded on group session #%1. Crisis resources:").arg(*id));
        for (const QString& resource : std::as_const(*crisis))
            app.printLine(QStringLiteral("  - ") + resource);
        return 0;
    });
}

// ------------------------------------------------------------------------------------------ group members

int groupsMembers(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("group id"));
    if (!id)
        return app.fail(id.error());
    return withSession(app, [&](VaultSession& session) {
        auto members = GroupMemberService(session).members(*id);
        if (!members)
            return app.fail(members.error());
        if (app.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const GroupMember& m : std::as_const(*members))
                array.append(memberJson(m));
            app.printJson(QJsonDocument(array));
            return 0;
        }
        for (const GroupMember& m : std::as_const(*members)) {
            const QString state = verificationState(m.verifiedAt, m.linkSentAt);
            app.printLine(QStringLiteral("#%1  %2  %3  %4  %5%6")
                              .arg(m.id)
                              .arg(m.name, -30)
                              .arg(m.contact, -30)
                              .arg(m.province, -2)
                              .arg(state)
                              .arg(m.returning ? QStringLiteral("  ") + Text::tr("(returning)") : QString()));
        }
        app.printLine(Text::tr("%n member(s)", nullptr, static_cast<int>(members->size())));
        return 0;
    });
}

int groupsMemberAdd(CliApplication& app)
{
    auto id = app.idArgument(2, Text::tr("group id"));
    if (!id)
        return app.fail(id.error());
    auto identity = personInput(app, QStringLiteral("identity"), Text::tr("Member's name: "));
    if (!identity)
        return app.fail(identity.error());
    return withSession(app, [&](VaultSession& session) {
        auto added = GroupMemberService(session).add(*id, identity->value(QStringLiteral("name")),
                                                     identity->value(QStringLiteral("contact")),
                                                     app.value(QStringLiteral("province")));
        if (!added)
            return app.fail(added.error());
        app.printLine(Text::tr("Member #%1 added to group #%2. Verify the person's identity and province once, "
                               "then send the group's link.")
                          .arg(added->id)
                          .arg(*id));
        if (added->returning)
            app.printLine(Text::tr("This contact was a member of the group before (a keyed hash: occasionally "
                                   "wrong)."));
        return 0;
    });
}

int groupsMemberStep(CliApplication& app, const QString& step)
{
    auto id = app.idArgument(2, Text::tr("member id"));
    if (!id)
        return app.fail(id.error());
    return withSession(app, [&](VaultSession& session) {
        GroupMemberService service(session);
        Result<void> done;
        QString message;
        if (step == QLatin1String("verify")) {
            done = service.verify(*id);
            message = Text::tr("Member #%1: identity and province verified.").arg(*id);
        } else if (step == QLatin1String("link-sent")) {
            done = service.markLinkSent(*id);
            message = Text::tr("Member #%1: link sent.").arg(*id);
        } else if (step == QLatin1String("remove")) {
            done = service.remove(*id);
            message = Text::tr("Member #%1 is no longer a member; their identity is purged after the retention "
                               "period.")
                          .arg(*id);
        } else {
            const bool hold = step == QLatin1String("hold");
            done = service.setLegalHold(*id, hold);
            message = hold ? Text::tr("Member #%1 is under legal hold: their identity will not be purged.").arg(*id)
                           : Text::tr("The legal hold on member #%1 is lifted.").arg(*id);
        }
        if (!done)
            return app.fail(done.error());
        app.printLine(message);
        return 0;
    });
}

int memberVerify(CliApplication& app)
{
    return groupsMemberStep(app, QStringLiteral("verify"));
}

int memberLinkSent(CliApplication& app)
{
    return groupsMemberStep(app, QStringLiteral("link-sent"));
}

int memberRemove(CliApplication& app)
{
    return groupsMemberStep(app, QStringLiteral("remove"));
}

int memberHold(CliApplication& app)
{
    return groupsMemberStep(app, QStringLiteral("hold"));
}

int memberRelease(CliApplication& app)
{
    return groupsMemberStep(app, QStringLiteral("release"));
}

int registrationVerify(CliApplication& app)
{
    return groupsRegistrationStep(app, QStringLiteral("verify"));
}

int registrationLinkSent(CliApplication& app)
{
    return groupsRegistrationStep(app, QStringLiteral("link-sent"));
}

} // namespace

QList<CliCommand> groupCommands()
{
    const QString group = QStringLiteral("groups");
    const QStringList values
        = cliNames({ "name", "when", "modality", "capacity", "every-weeks", "sessions", "skip-holidays",
                     "max-facilitators", "facilitators", "first-date", "last-date", "enrolment", "resources" });
    const QStringList identityOptions = cliNames({ "name", "contact" });
    return {
        { group,
          QStringLiteral("add"),
          {},
          values + cliNames({ "site" }),
          cliNames({ "name", "when", "modality", "capacity" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A recurring group and its first sessions"),
          CliAccess::Coordination,
          groupsAdd },
        { group,
          QStringLiteral("edit"),
          QStringLiteral("GROUP_ID"),
          values,
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Change a group; the sessions ahead follow"),
          CliAccess::Coordination,
          groupsEdit },
        { group,
          QStringLiteral("end"),
          QStringLiteral("GROUP_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "End a group: its sessions ahead are cancelled"),
          CliAccess::Coordination,
          groupsEnd },
        { group,
          QStringLiteral("reopen"),
          QStringLiteral("GROUP_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Reopen an ended group"),
          CliAccess::Coordination,
          groupsReopen },
        { group,
          QStringLiteral("list"),
          {},
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Every group"),
          CliAccess::Coordination,
          groupsList },
        { group,
          QStringLiteral("occurrences"),
          QStringLiteral("GROUP_ID"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A group's sessions, with its resources first"),
          CliAccess::Coordination,
          groupsOccurrences },
        { group,
          QStringLiteral("schedule"),
          QStringLiteral("GROUP_ID"),
          cliNames({ "weeks", "from" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Schedule the series' sessions ahead; --from enters past ones"),
          CliAccess::Coordination,
          groupsSchedule },
        { group,
          QStringLiteral("record"),
          QStringLiteral("OCCURRENCE_ID"),
          cliNames({ "status", "attendance", "positive", "neutral", "negative", "debrief" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Record a session: held or cancelled, attendance, feedback, debrief"),
          CliAccess::Coordination,
          groupsRecord },
        { group, QStringLiteral("escalate"), QStringLiteral("OCCURRENCE_ID"), cliNames({ "action", "at" }),
          cliNames({ "action" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Immediate risk during a session: the action taken, no narrative"),
          CliAccess::Coordination, groupsEscalate },
        { group, QStringLiteral("register"), QStringLiteral("OCCURRENCE_ID"),
          cliNames({ "province", "participant-file", "participant-stdin" }), cliNames({ "province" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Register a participant for a drop-in session"),
          CliAccess::Coordination, groupsRegister, identityOptions,
          QT_TRANSLATE_NOOP("peerdesk::Cli",
                            "A participant's name and contact are never taken on the command line, "
                            "where shell history and the process list keep them: give them in a file "
                            "(--participant-file), on standard input (--participant-stdin), or type "
                            "them when asked.") },
        { group,
          QStringLiteral("registrations"),
          QStringLiteral("OCCURRENCE_ID"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A session's registrations (a view of identities)"),
          CliAccess::Coordination,
          groupsRegistrations },
        { group,
          QStringLiteral("verify"),
          QStringLiteral("REGISTRATION_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A registration's identity and province verified"),
          CliAccess::Coordination,
          registrationVerify },
        { group,
          QStringLiteral("link-sent"),
          QStringLiteral("REGISTRATION_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The session's link sent to a verified registration"),
          CliAccess::Coordination,
          registrationLinkSent },
        { group,
          QStringLiteral("members"),
          QStringLiteral("GROUP_ID"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A members group's members (a view of identities)"),
          CliAccess::Coordination,
          groupsMembers },
        { group, QStringLiteral("member add"), QStringLiteral("GROUP_ID"),
          cliNames({ "province", "identity-file", "identity-stdin" }), cliNames({ "province" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A standing member, verified once"), CliAccess::Coordination,
          groupsMemberAdd, identityOptions,
          QT_TRANSLATE_NOOP("peerdesk::Cli",
                            "A member's name and contact are never taken on the command line, where "
                            "shell history and the process list keep them: give them in a file "
                            "(--identity-file), on standard input (--identity-stdin), or type them "
                            "when asked.") },
        { group,
          QStringLiteral("member verify"),
          QStringLiteral("MEMBER_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A member's identity and province verified, once"),
          CliAccess::Coordination,
          memberVerify },
        { group,
          QStringLiteral("member link-sent"),
          QStringLiteral("MEMBER_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The group's link sent to a verified member"),
          CliAccess::Coordination,
          memberLinkSent },
        { group,
          QStringLiteral("member remove"),
          QStringLiteral("MEMBER_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "A member leaves; their identity is purged after the retention period"),
          CliAccess::Coordination,
          memberRemove },
        { group,
          QStringLiteral("member hold"),
          QStringLiteral("MEMBER_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Legal hold on a member's identity"),
          CliAccess::Administration,
          memberHold },
        { group,
          QStringLiteral("member release"),
          QStringLiteral("MEMBER_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Lift a member's legal hold"),
          CliAccess::Administration,
          memberRelease },
    };
}

} // namespace peerdesk
