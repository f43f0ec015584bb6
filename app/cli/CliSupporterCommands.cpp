// `peerdesk-cli my ...`: a supporter's own matches on a program server, and each step they record (docs/cli.md,
// docs/server.md "Supporters"). Times are read and printed in the program's local time; JSON carries UTC.
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/domain/Vocabulary.h"
#include "core/services/SupporterWorkService.h"

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

QJsonValue cardJson(const std::optional<MatchCard>& card)
{
    if (!card)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        { QStringLiteral("first_name"), card->firstName },
        { QStringLiteral("email"), card->email },
        { QStringLiteral("phone"), card->phone },
        { QStringLiteral("best_time"), card->bestTime },
        { QStringLiteral("contact_by"),
          card->contactBy.isValid() ? QJsonValue(card->contactBy.toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject matchJson(const SupporterMatch& match)
{
    QJsonArray conversations;
    for (const SupporterConversation& c : match.conversations)
        conversations.append(QJsonObject{ { QStringLiteral("id"), c.id },
                                          { QStringLiteral("starts_at"), momentJson(c.startsAt) },
                                          { QStringLiteral("minutes"), c.durationMinutes },
                                          { QStringLiteral("modality"), c.modality },
                                          { QStringLiteral("status"), c.status } });
    return QJsonObject{
        { QStringLiteral("match_id"), match.matchId },
        { QStringLiteral("request_id"), match.requestId },
        { QStringLiteral("status"), matchStatusKey(match.status) },
        { QStringLiteral("request_status"), requestStatusKey(match.requestStatus) },
        { QStringLiteral("proposed_at"), momentJson(match.proposedAt) },
        { QStringLiteral("answered_at"), momentJson(match.answeredAt) },
        { QStringLiteral("first_contact_at"), momentJson(match.firstContactAt) },
        { QStringLiteral("card"), cardJson(match.card) },
        { QStringLiteral("conversations"), conversations },
    };
}

int listMine(CliApplication& app, SupporterWorkService& work)
{
    auto matches = work.myMatches();
    if (!matches)
        return app.fail(matches.error());
    if (app.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SupporterMatch& match : std::as_const(*matches))
            array.append(matchJson(match));
        app.printJson(QJsonDocument(array));
        return 0;
    }
    for (const SupporterMatch& match : std::as_const(*matches)) {
        const QString name = match.card ? match.card->firstName : Text::tr("(no card: ask your coordinator)");
        const QString contactBy
            = match.card && match.card->contactBy.isValid() ? match.card->contactBy.toString(Qt::ISODate) : QString();
        app.printColumns({ QString::number(match.matchId), matchStatusKey(match.status),
                           requestStatusKey(match.requestStatus), name, match.card ? match.card->email : QString(),
                           match.card ? match.card->phone : QString(), match.card ? match.card->bestTime : QString(),
                           contactBy });
        for (const SupporterConversation& c : match.conversations)
            app.printColumns({ QString(), QStringLiteral("#%1").arg(c.id), localText(c.startsAt),
                               Text::tr("%n minute(s)", nullptr, c.durationMinutes), c.modality, c.status });
    }
    app.printLine(Text::tr("%n live match(es)", nullptr, static_cast<int>(matches->size())));
    return 0;
}

// The steps that name a match and need nothing else.
template <typename Step> int onMatch(CliApplication& app, const Step& step, const QString& done)
{
    auto matchId = app.idArgument(1, Text::tr("match id"));
    if (!matchId)
        return app.fail(matchId.error());
    return withSession(app, [&](VaultSession& session) {
        SupporterWorkService work(session);
        if (auto recorded = step(work, *matchId); !recorded)
            return app.fail(recorded.error());
        app.printLine(done.arg(*matchId));
        return 0;
    });
}

int acceptMatch(CliApplication& app)
{
    return onMatch(
        app, [](SupporterWorkService& work, qint64 id) { return work.accept(id); },
        Text::tr("Match #%1 accepted: contact the physician by the date on its card."));
}

int declineMatch(CliApplication& app)
{
    return onMatch(
        app, [](SupporterWorkService& work, qint64 id) { return work.decline(id); },
        Text::tr("Match #%1 declined: the coordinators will find someone else."));
}

int firstContact(CliApplication& app)
{
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    return onMatch(
        app, [&](SupporterWorkService& work, qint64 id) { return work.recordFirstContact(id, *at); },
        Text::tr("First contact recorded for match #%1."));
}

int stepAway(CliApplication& app)
{
    auto reason = requiredOption(app, QStringLiteral("reason"));
    if (!reason)
        return app.fail(reason.error());
    return onMatch(
        app, [&](SupporterWorkService& work, qint64 id) { return work.stepAway(id, *reason); },
        Text::tr("Match #%1 ended: the coordinators will find a new supporter."));
}

int bookConversation(CliApplication& app)
{
    auto matchId = app.idArgument(1, Text::tr("match id"));
    if (!matchId)
        return app.fail(matchId.error());
    auto startsAt = app.momentOption(QStringLiteral("at"));
    if (!startsAt)
        return app.fail(startsAt.error());
    auto minutes = intOption(app, QStringLiteral("minutes"));
    if (!minutes)
        return app.fail(minutes.error());
    auto modality = requiredOption(app, QStringLiteral("modality"));
    if (!modality)
        return app.fail(modality.error());
    return withSession(app, [&](VaultSession& session) {
        auto booked = SupporterWorkService(session).book(*matchId, startsAt->value_or(QDateTime()),
                                                         minutes->value_or(0), modality->trimmed());
        if (!booked)
            return app.fail(booked.error());
        if (app.isSet(QStringLiteral("json"))) {
            app.printJson(QJsonDocument(scheduledJson(*booked)));
            return 0;
        }
        app.printLine(Text::tr("Conversation #%1 booked for %2.").arg(booked->id).arg(localText(**startsAt)));
        if (booked->referralSuggested)
            app.printLine(booked->referralPrompt);
        return 0;
    });
}

int conversationHeld(CliApplication& app)
{
    auto conversationId = app.idArgument(1, Text::tr("conversation id"));
    if (!conversationId)
        return app.fail(conversationId.error());
    return withSession(app, [&](VaultSession& session) {
        if (auto held = SupporterWorkService(session).recordHeld(*conversationId); !held)
            return app.fail(held.error());
        app.printLine(Text::tr("Conversation #%1 recorded as held.").arg(*conversationId));
        return 0;
    });
}

} // namespace

QList<CliCommand> supporterWorkCommands()
{
    const QString my = QStringLiteral("my");
    return {
        { my,
          QStringLiteral("matches"),
          {},
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Your live matches: the physician's first name, how to reach them, the date to contact "
                            "them by, your conversations"),
          CliAccess::Supporter,
          [](CliApplication& app) { return withService(app, listMine); } },
        { my,
          QStringLiteral("accept"),
          QStringLiteral("MATCH_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Accept a match proposed to you"),
          CliAccess::Supporter,
          acceptMatch },
        { my,
          QStringLiteral("decline"),
          QStringLiteral("MATCH_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Decline a match proposed to you"),
          CliAccess::Supporter,
          declineMatch },
        { my,
          QStringLiteral("first-contact"),
          QStringLiteral("MATCH_ID"),
          cliNames({ "at" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Record that you reached the physician (now, or --at)"),
          CliAccess::Supporter,
          firstContact },
        { my, QStringLiteral("book"), QStringLiteral("MATCH_ID"), cliNames({ "at", "minutes", "modality", "json" }),
          cliNames({ "at", "minutes", "modality" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Book a conversation with the physician"), CliAccess::Supporter,
          bookConversation },
        { my,
          QStringLiteral("held"),
          QStringLiteral("SESSION_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Record that a booked conversation took place"),
          CliAccess::Supporter,
          conversationHeld },
        { my, QStringLiteral("step-away"), QStringLiteral("MATCH_ID"), cliNames({ "reason" }), cliNames({ "reason" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Ask for a new supporter to take over (--reason supporter_withdrew, requester_asked or "
                            "poor_fit)"),
          CliAccess::Supporter, stepAway },
    };
}

} // namespace peerdesk
