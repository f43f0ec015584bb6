// `peerdesk-cli sessions ...` (1:1 conversations), as described in docs/cli.md. Times are read and printed in the
// program's local time; JSON carries UTC.
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/domain/Vocabulary.h"
#include "core/io/ICalendarExport.h"
#include "core/services/SchedulingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace peerdesk {

namespace {

using namespace cli_options;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// ---------------------------------------------------------------------------------------------- sessions

QJsonObject conversationJson(const Conversation& c)
{
    return QJsonObject{
        { QStringLiteral("id"), c.id },
        { QStringLiteral("request_id"), c.requestId },
        { QStringLiteral("match_id"), c.matchId },
        { QStringLiteral("supporter_id"), c.supporterId },
        { QStringLiteral("starts_at"), momentJson(c.startsAt) },
        { QStringLiteral("ends_at"), momentJson(c.endsAt()) },
        { QStringLiteral("minutes"), c.durationMinutes },
        { QStringLiteral("modality"), c.modality },
        { QStringLiteral("status"), c.status },
    };
}

int sessionsAdd(CliApplication& app)
{
    auto requestId = app.idArgument(1, Text::tr("request id"));
    if (!requestId)
        return app.fail(requestId.error());
    auto at = requiredOption(app, QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    auto minutes = requiredOption(app, QStringLiteral("minutes"));
    if (!minutes)
        return app.fail(minutes.error());
    auto modality = requiredOption(app, QStringLiteral("modality"));
    if (!modality)
        return app.fail(modality.error());
    auto startsAt = app.momentOption(QStringLiteral("at"));
    if (!startsAt)
        return app.fail(startsAt.error());
    auto duration = intOption(app, QStringLiteral("minutes"));
    if (!duration)
        return app.fail(duration.error());

    ConversationRequest request;
    request.requestId = *requestId;
    request.startsAt = **startsAt;
    request.durationMinutes = **duration;
    request.modality = modality->trimmed();
    request.outsideAvailability = app.isSet(QStringLiteral("outside-availability"));
    if (auto valid = SchedulingService::validate(request); !valid)
        return app.fail(valid.error());

    return withSession(app, [&](VaultSession& session) {
        auto scheduled = SchedulingService(session).schedule(request);
        if (!scheduled)
            return app.fail(scheduled.error());
        if (app.isSet(QStringLiteral("json"))) {
            app.printJson(QJsonDocument(scheduledJson(*scheduled)));
            return 0;
        }
        app.printLine(Text::tr("Conversation #%1 scheduled for %2 (%3 minutes, %4).")
                          .arg(scheduled->id)
                          .arg(localText(request.startsAt))
                          .arg(request.durationMinutes)
                          .arg(Vocabulary::displayName(Vocab::Modality, request.modality).toLower()));
        if (scheduled->referralSuggested)
            app.printLine(scheduled->referralPrompt);
        return 0;
    });
}

int sessionsList(CliApplication& app)
{
    std::optional<qint64> requestId;
    if (app.commandArguments().size() == 2) {
        auto id = app.idArgument(1, Text::tr("request id"));
        if (!id)
            return app.fail(id.error());
        requestId = *id;
    }
    return withSession(app, [&](VaultSession& session) {
        auto conversations = SchedulingService(session).list(requestId);
        if (!conversations)
            return app.fail(conversations.error());
        if (app.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Conversation& c : std::as_const(*conversations))
                array.append(conversationJson(c));
            app.printJson(QJsonDocument(array));
            return 0;
        }
        for (const Conversation& c : std::as_const(*conversations)) {
            app.printLine(QStringLiteral("#%1  %2  %3  %4  %5  %6")
                              .arg(c.id)
                              .arg(Text::tr("request #%1").arg(c.requestId), -14)
                              .arg(localText(c.startsAt))
                              .arg(Text::tr("%1 min").arg(c.durationMinutes), -7)
                              .arg(Vocabulary::displayName(Vocab::Modality, c.modality), -10)
                              .arg(Vocabulary::displayName(Vocab::ConversationStatus, c.status)));
        }
        app.printLine(Text::tr("%n conversation(s)", nullptr, static_cast<int>(conversations->size())));
        return 0;
    });
}

int sessionsSet(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("conversation id"));
    if (!id)
        return app.fail(id.error());
    auto status = requiredOption(app, QStringLiteral("status"));
    if (!status)
        return app.fail(status.error());
    return withSession(app, [&](VaultSession& session) {
        if (auto changed = SchedulingService(session).setStatus(*id, status->trimmed()); !changed)
            return app.fail(changed.error());
        app.printLine(Text::tr("Conversation #%1 is now %2.")
                          .arg(*id)
                          .arg(Vocabulary::displayName(Vocab::ConversationStatus, status->trimmed()).toLower()));
        return 0;
    });
}

// One conversation as an iCalendar file, as the Schedule page exports it: named by its reference code only.
int sessionsIcs(CliApplication& app)
{
    auto id = app.idArgument(1, Text::tr("conversation id"));
    if (!id)
        return app.fail(id.error());
    auto out = requiredOption(app, QStringLiteral("out"));
    if (!out)
        return app.fail(out.error());
    return withSession(app, [&](VaultSession& session) {
        auto conversation = SchedulingService(session).get(*id);
        if (!conversation)
            return app.fail(conversation.error());
        const QByteArray content = ICalendarExport::render(*conversation, session.vaultId(), session.clock().nowUtc());
        if (auto written = ICalendarExport::write(*out, content); !written)
            return app.fail(written.error());
        app.printLine(Text::tr("Conversation #%1 written to %2.").arg(*id).arg(*out));
        return 0;
    });
}

} // namespace

QList<CliCommand> sessionCommands()
{
    const QString group = QStringLiteral("sessions");
    return {
        { group, QStringLiteral("add"), QStringLiteral("REQUEST_ID"),
          cliNames({ "at", "minutes", "modality", "outside-availability", "json" }),
          cliNames({ "at", "minutes", "modality" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Book a conversation with the request's supporter"),
          CliAccess::Coordination, sessionsAdd },
        { group,
          QStringLiteral("list"),
          QStringLiteral("[REQUEST_ID]"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Conversations, of one request or all"),
          CliAccess::Coordination,
          sessionsList },
        { group, QStringLiteral("set"), QStringLiteral("SESSION_ID"), cliNames({ "status" }), cliNames({ "status" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Record a conversation as held, cancelled or no-show"),
          CliAccess::Coordination, sessionsSet },
        { group, QStringLiteral("ics"), QStringLiteral("SESSION_ID"), cliNames({ "out" }), cliNames({ "out" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Write a conversation as an iCalendar file, with no name in it"),
          CliAccess::Coordination, sessionsIcs },
    };
}

} // namespace peerdesk
