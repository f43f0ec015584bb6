// `peerdesk-cli dashboard [--json]`: the Dashboard's lists of what needs attention, for a script checking a
// coordinator's day (docs/cli.md). The same DashboardService as the window's page; never a physician's name.
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/RequestLifecycle.h"
#include "core/domain/Vocabulary.h"
#include "core/services/DashboardService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace peerdesk {

namespace {

using namespace cli_options;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// What one list's rows mean: the JSON fields of an item and its line of text.
struct ListShape
{
    QString key; // JSON key, stable
    QString title; // translated
    const DashboardRows* rows = nullptr;
    std::function<QJsonObject(const DashboardRow&)> item;
    std::function<QString(const DashboardRow&)> line;
};

QJsonObject requestItem(const DashboardRow& row)
{
    return { { QStringLiteral("request_id"), row.id },
             { QStringLiteral("reference"), requestReference(row.id) },
             { QStringLiteral("received_at"), momentOrNull(row.at) },
             { QStringLiteral("status"), row.text },
             { QStringLiteral("urgency"), row.extra },
             { QStringLiteral("escalated"), row.flag },
             { QStringLiteral("contact_due"), dayOrNull(row.date) } };
}

QString requestLine(const DashboardRow& row, const QDate& today)
{
    const qint64 days = row.at.isValid() ? row.at.toLocalTime().date().daysTo(today) : 0;
    QString line
        = Text::tr("%1  received %2 (%n day(s) ago)", nullptr, int(days))
              .arg(requestReference(row.id), row.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (row.flag)
        line += Text::tr("  escalated");
    return line;
}

QJsonObject matchItem(const DashboardRow& row, const QString& atKey)
{
    return { { QStringLiteral("request_id"), row.id },
             { QStringLiteral("reference"), requestReference(row.id) },
             { atKey, momentOrNull(row.at) },
             { QStringLiteral("supporter"), row.text } };
}

QString localMoment(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : Text::tr("never");
}

QList<ListShape> shapes(const DashboardOverview& o)
{
    const QDate today = o.today;
    const auto requests = [today](const QString& key, const QString& title, const DashboardRows& rows) {
        return ListShape{ key, title, &rows, requestItem,
                          [today](const DashboardRow& row) { return requestLine(row, today); } };
    };
    QList<ListShape> all{
        requests(QStringLiteral("contact_overdue"), Text::tr("First contact overdue"), o.contactOverdue),
        requests(QStringLiteral("contact_due_today"), Text::tr("First contact due today"), o.contactDueToday),
        requests(QStringLiteral("new_requests"), Text::tr("New requests to triage"), o.newRequests),
        requests(QStringLiteral("awaiting_consent"), Text::tr("Awaiting consent"), o.awaitingConsent),
        requests(QStringLiteral("triaged_not_matched"), Text::tr("Triaged, no supporter yet"), o.triagedNotMatched),
        requests(QStringLiteral("escalated_without_supporter"), Text::tr("Escalated, no supporter yet"),
                 o.escalatedWithoutSupporter),
        requests(QStringLiteral("awaiting_acceptance"), Text::tr("Awaiting the supporter's answer"),
                 o.awaitingAcceptance),
    };
    all << ListShape{
        QStringLiteral("proposals_unanswered"),
        Text::tr("Proposals unanswered for more than %n day(s)", nullptr, o.proposalAnswerDays), &o.proposalsUnanswered,
        [](const DashboardRow& row) { return matchItem(row, QStringLiteral("proposed_at")); },
        [](const DashboardRow& row) {
            return Text::tr("%1  proposed %2 to %3").arg(requestReference(row.id), localMoment(row.at), row.text);
        }
    };
    all << ListShape{ QStringLiteral("quiet_matches"),
                      Text::tr("No conversation held for %n day(s)", nullptr, o.quietMatchDays), &o.quietMatches,
                      [](const DashboardRow& row) { return matchItem(row, QStringLiteral("last_activity_at")); },
                      [](const DashboardRow& row) {
                          return Text::tr("%1  %2  last held or accepted %3")
                              .arg(requestReference(row.id), row.text, localMoment(row.at));
                      } };
    all << ListShape{ QStringLiteral("needs_new_supporter"), Text::tr("Needs a new supporter"), &o.needsNewSupporter,
                      [](const DashboardRow& row) {
                          QJsonObject item = matchItem(row, QStringLiteral("proposed_at"));
                          item.insert(QStringLiteral("supporter_status"), row.extra);
                          item.insert(QStringLiteral("paused_until"), dayOrNull(row.date));
                          return item;
                      },
                      [](const DashboardRow& row) {
                          const QString status = row.date.isValid()
                              ? Text::tr("paused until %1").arg(row.date.toString(Qt::ISODate))
                              : Vocabulary::displayName(Vocab::SupporterStatus, row.extra).toLower();
                          return Text::tr("%1  %2 is %3").arg(requestReference(row.id), row.text, status);
                      } };
    all << ListShape{
        QStringLiteral("conversations_not_recorded"), Text::tr("Past conversations not recorded"),
        &o.conversationsNotRecorded,
        [](const DashboardRow& row) {
            return QJsonObject{ { QStringLiteral("conversation_id"), row.id },
                                { QStringLiteral("reference"), conversationReference(row.id) },
                                { QStringLiteral("starts_at"), momentOrNull(row.at) },
                                { QStringLiteral("supporter"), row.text } };
        },
        [](const DashboardRow& row) {
            return Text::tr("%1  %2 with %3").arg(conversationReference(row.id), localMoment(row.at), row.text);
        }
    };
    all << ListShape{ QStringLiteral("group_sessions_not_recorded"), Text::tr("Past group sessions not recorded"),
                      &o.groupSessionsNotRecorded,
                      [](const DashboardRow& row) {
                          return QJsonObject{ { QStringLiteral("occurrence_id"), row.id },
                                              { QStringLiteral("starts_at"), momentOrNull(row.at) },
                                              { QStringLiteral("group"), row.text } };
                      },
                      [](const DashboardRow& row) {
                          return Text::tr("#%1  %2  %3").arg(row.id).arg(localMoment(row.at), row.text);
                      } };
    all << ListShape{
        QStringLiteral("group_series_running_out"),
        Text::tr("Group series running out within %n day(s)", nullptr, DashboardService::GroupSeriesHorizonDays),
        &o.groupSeriesRunningOut,
        [](const DashboardRow& row) {
            return QJsonObject{ { QStringLiteral("group_id"), row.id },
                                { QStringLiteral("group"), row.text },
                                { QStringLiteral("last_scheduled_at"), momentOrNull(row.at) } };
        },
        [](const DashboardRow& row) {
            return Text::tr("#%1  %2  last session scheduled: %3").arg(row.id).arg(row.text, localMoment(row.at));
        }
    };
    all << ListShape{ QStringLiteral("groups_short_of_facilitators"),
                      Text::tr("Groups short of facilitators for their next session"), &o.groupsShortOfFacilitators,
                      [](const DashboardRow& row) {
                          const QStringList counts = row.extra.split(QLatin1Char('/'));
                          return QJsonObject{ { QStringLiteral("group_id"), row.id },
                                              { QStringLiteral("group"), row.text },
                                              { QStringLiteral("next_session_at"), momentOrNull(row.at) },
                                              { QStringLiteral("facilitators_able"), counts.value(0).toInt() },
                                              { QStringLiteral("facilitators_listed"), counts.value(1).toInt() } };
                      },
                      [](const DashboardRow& row) {
                          const QStringList counts = row.extra.split(QLatin1Char('/'));
                          return Text::tr("#%1  %2  next %3: %4 of %5 facilitator(s) can lead")
                              .arg(row.id)
                              .arg(row.text, localMoment(row.at), counts.value(0), counts.value(1));
                      } };
    return all;
}

} // namespace

namespace {

int dashboard(CliApplication& app)
{
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    auto overview = DashboardService(**session).overview();
    if (!overview)
        return app.fail(overview.error());
    const QList<ListShape> lists = shapes(*overview);
    if (app.isSet(QStringLiteral("json"))) {
        QJsonObject json{ { QStringLiteral("today"), overview->today.toString(Qt::ISODate) },
                          { QStringLiteral("proposal_answer_days"), overview->proposalAnswerDays },
                          { QStringLiteral("quiet_match_days"), overview->quietMatchDays } };
        for (const ListShape& list : lists) {
            QJsonArray items;
            for (const DashboardRow& row : list.rows->rows)
                items.append(list.item(row));
            json.insert(
                list.key,
                QJsonObject{ { QStringLiteral("count"), list.rows->count }, { QStringLiteral("items"), items } });
        }
        app.printJson(QJsonDocument(json));
        return 0;
    }
    app.printLine(Text::tr("Today is %1.").arg(overview->today.toString(Qt::ISODate)));
    for (const ListShape& list : lists) {
        if (list.rows->count == 0)
            continue;
        app.printLine(QString());
        app.printLine(QStringLiteral("%1 (%2)").arg(list.title).arg(list.rows->count));
        for (const DashboardRow& row : list.rows->rows)
            app.printLine(QStringLiteral("  ") + list.line(row));
        if (list.rows->count > list.rows->rows.size())
            app.printLine(Text::tr("  ... and %n more", nullptr, int(list.rows->count - list.rows->rows.size())));
    }
    return 0;
}

} // namespace

QList<CliCommand> dashboardCommands()
{
    return { { QStringLiteral("dashboard"),
               {},
               {},
               cliNames({ "json" }),
               {},
               QT_TRANSLATE_NOOP("peerdesk::CliHelp", "What needs attention today"),
               CliAccess::Coordination,
               dashboard } };
}

} // namespace peerdesk
