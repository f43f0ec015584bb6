#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace peerdesk {

const QList<CliOption>& cliOptions()
{
    static const QList<CliOption> options = {
        // Global: every command.
        { "vault", "DIR", CliValue::Text },
        { "profile", "FILE", CliValue::Text },
        { "user", "NAME", CliValue::Text },
        { "passphrase-file", "FILE", CliValue::Text },
        { "passphrase-stdin", nullptr, CliValue::None },
        // Vault and accounts.
        { "kdf-ops", "N", CliValue::Text },
        { "kdf-mem-mib", "N", CliValue::Text },
        { "display-name", "NAME", CliValue::Text },
        { "role", "ROLE", CliValue::Text },
        { "initial-passphrase-file", "FILE", CliValue::Text },
        { "rotate-key", nullptr, CliValue::None },
        { "new-passphrase-file", "FILE", CliValue::Text },
        { "recovery-key-file", "FILE", CliValue::Text },
        { "to", "DIR", CliValue::Text },
        { "force", nullptr, CliValue::None },
        { "allow-costly-keyring", nullptr, CliValue::None },
        { "sites", "LIST", CliValue::Text },
        { "site", "CODE", CliValue::Text },
        { "mine", nullptr, CliValue::None },
        { "supporter", "ID", CliValue::Number },
        // Program servers.
        { "owner", "ROLE", CliValue::Text },
        { "owner-password-file", "FILE", CliValue::Text },
        { "count", "N", CliValue::Text },
        { "seconds", "N", CliValue::Text },
        // Lists and output.
        { "json", nullptr, CliValue::None },
        { "dry-run", nullptr, CliValue::None },
        { "status", "STATUS", CliValue::Text },
        { "period", "PERIOD", CliValue::Text },
        { "k", "N", CliValue::Text }, // its own message and exit code: stats reads it
        { "format", "FORMAT", CliValue::Text },
        { "out", "FILE", CliValue::Text },
        { "by-site", nullptr, CliValue::None },
        // Requests and matching.
        { "immediate-risk", "yes|no", CliValue::Text }, // triage says why it is needed
        { "action", "ACTION", CliValue::Text },
        { "reasons", "LIST", CliValue::Text },
        { "urgency", "URGENCY", CliValue::Text },
        { "outcome", "OUTCOME", CliValue::Text },
        { "difficult", nullptr, CliValue::None },
        { "resource", "TEXT", CliValue::Text },
        { "reason", "REASON", CliValue::Text },
        { "include-reasons", nullptr, CliValue::None },
        { "at", "DATETIME", CliValue::Moment },
        // Roster.
        { "until", "DATE", CliValue::Date },
        { "course", "NAME", CliValue::Text },
        { "completed", "DATE", CliValue::Date },
        { "refresher-due", "DATE", CliValue::Date },
        { "optional", nullptr, CliValue::None },
        { "kind", "KIND", CliValue::Text },
        { "on", "DATE", CliValue::Date },
        // Conversations and groups.
        { "minutes", "N", CliValue::Number },
        { "modality", "MODALITY", CliValue::Text },
        { "outside-availability", nullptr, CliValue::None },
        { "name", "NAME", CliValue::Text },
        { "when", "WINDOW", CliValue::Text },
        { "every-weeks", "N", CliValue::Number },
        { "sessions", "N", CliValue::NumberOrNone },
        { "skip-holidays", "yes|no", CliValue::YesNo },
        { "capacity", "N", CliValue::Number },
        { "facilitators", "IDS", CliValue::Text },
        { "max-facilitators", "N", CliValue::Number },
        { "first-date", "DATE", CliValue::Date },
        { "last-date", "DATE", CliValue::DateOrNone },
        { "weeks", "N", CliValue::Number },
        { "attendance", "N", CliValue::Number },
        { "positive", "N", CliValue::Number },
        { "neutral", "N", CliValue::Number },
        { "negative", "N", CliValue::Number },
        { "debrief", "yes|no", CliValue::YesNo },
        { "contact", "TEXT", CliValue::Text },
        { "participant-file", "FILE", CliValue::Text },
        { "participant-stdin", nullptr, CliValue::None },
        { "identity-file", "FILE", CliValue::Text },
        { "identity-stdin", nullptr, CliValue::None },
        { "enrolment", "session|members", CliValue::Text },
        { "resources", "LIST", CliValue::Text },
        { "from", "DATE", CliValue::Date },
        { "province", "CODE", CliValue::Text },
        // Demo: its own ranges and messages.
        { "seed", "N", CliValue::Text },
        { "requests", "N", CliValue::Text },
        { "supporters", "N", CliValue::Text },
        { "years", "N", CliValue::Text },
        { "conversations", "N", CliValue::Text },
        { "name-marker", "TEXT", CliValue::Text },
    };
    return options;
}

QStringList cliNames(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QLatin1String(name));
    return list;
}

const QStringList& globalCliOptions()
{
    static const QStringList global = { QStringLiteral("vault"), QStringLiteral("profile"), QStringLiteral("user"),
                                        QStringLiteral("passphrase-file"), QStringLiteral("passphrase-stdin") };
    return global;
}

CliCommand::CliCommand(QString group_, QString name_, QString arguments_, QStringList options_, QStringList required_,
                       const char* summary_, CliAccess access_, int (*run_)(CliApplication&), QStringList refused_,
                       const char* refusal_)
    : group(std::move(group_))
    , name(std::move(name_))
    , arguments(std::move(arguments_))
    , options(std::move(options_))
    , required(std::move(required_))
    , summary(summary_)
    , access(access_)
    , run(run_)
    , refused(std::move(refused_))
    , refusal(refusal_)
{
}

QString CliCommand::words() const
{
    return name.isEmpty() ? group : group + QLatin1Char(' ') + name;
}

QStringList CliCommand::argumentNames() const
{
    QStringList names;
    for (QString word : arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('['));
        word.remove(QLatin1Char(']'));
        names.append(word);
    }
    return names;
}

int CliCommand::minimumArguments() const
{
    int count = 0;
    for (const QString& word : arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!word.startsWith(QLatin1Char('[')))
            ++count;
    }
    return count;
}

int CliCommand::maximumArguments() const
{
    return static_cast<int>(arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QString CliCommand::synopsis() const
{
    QStringList parts{ words() };
    if (!arguments.isEmpty())
        parts.append(arguments);
    for (const QString& option : options) {
        QString text = QStringLiteral("--") + option;
        for (const CliOption& known : cliOptions()) {
            if (option == QLatin1String(known.name) && known.valueName)
                text += QLatin1Char(' ') + QLatin1String(known.valueName);
        }
        parts.append(required.contains(option) ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString CliCommand::translatedSummary() const
{
    return QCoreApplication::translate("peerdesk::CliHelp", summary);
}

const QList<CliCommand>& allCliCommands()
{
    static const QList<CliCommand> commands = [] {
        QList<CliCommand> all;
        for (const auto& group :
             { vaultCommands(), userCommands(), siteCommands(), backupCommands(), supporterCommands(),
               requestCommands(), matchCommands(), dashboardCommands(), sessionCommands(), groupCommands(),
               settingsCommands(), statsCommands(), demoCommands(), serverCommands(), supporterWorkCommands() })
            all.append(group);
        return all;
    }();
    return commands;
}

} // namespace peerdesk
