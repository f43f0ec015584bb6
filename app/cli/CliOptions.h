#pragma once

// What the command groups of peerdesk-cli share to read their options and print their answers: one parser per
// kind of value, the refusal of options that do not apply, and the unlock that comes after the arguments are
// checked. Messages are in the "peerdesk::Cli" translation context.
#include "app/cli/CliApplication.h"
#include "core/Result.h"
#include "core/domain/Conversation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk::cli_options {

Error usageError(const QString& message);
// Options of the command group that mean nothing to this subcommand are refused rather than ignored, so that
// nobody believes they were applied.
Result<void> onlyOptions(const CliApplication& app, const QString& subcommand, const QStringList& groupOptions,
                         const QStringList& allowed);
Result<std::optional<int>> intOption(const CliApplication& app, const QString& option);
Result<QString> requiredOption(const CliApplication& app, const QString& option);
Result<QDate> parseDate(const QString& option, const QString& value);
Result<bool> parseYesNo(const QString& option, const QString& value);
QString localText(const QDateTime& moment); // "2026-03-05 14:00", local time
QJsonValue momentJson(const QDateTime& moment); // UTC ISO 8601 with milliseconds, or null (sessions, groups)
QJsonValue momentOrNull(const QDateTime& at); // UTC ISO 8601 to the second, or null (requests, dashboard)
QJsonValue dayOrNull(const QDate& day); // YYYY-MM-DD, or null
QJsonValue orNull(const QString& text); // the text, or null when empty
// A booked conversation as `sessions add --json` and `my book --json` print it: its id, number, the cap,
// and whether (and with what resources and words) an onward referral is suggested.
QJsonObject scheduledJson(const ScheduledConversation& scheduled);

// Parses the options, then unlocks: a typing mistake costs no passphrase prompt.
template <typename Work> int withSession(CliApplication& app, const Work& work)
{
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    return work(**session);
}

// The same for a step on one service of the session.
template <typename Service> int withService(CliApplication& app, int (*step)(CliApplication&, Service&))
{
    return withSession(app, [&](VaultSession& session) {
        Service service(session);
        return step(app, service);
    });
}

} // namespace peerdesk::cli_options
