#include "app/cli/CliApplication.h"

#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/io/SecretInput.h"
#include "core/security/Kdf.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <unistd.h>

namespace peerdesk {

using cli_options::usageError;

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// A JSON value as a person would write it: lists joined by commas, objects as "key=value", nothing as "-".
QString plainText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const auto& item : value.toArray())
            items.append(plainText(item));
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList fields;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fields.append(it.key() + QLatin1Char('=') + plainText(it.value()));
        return QLatin1Char('(') + fields.join(QLatin1Char(' ')) + QLatin1Char(')');
    }
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

// The command the words name: the longest name of the group that the words start with ("groups member add"
// before "groups member"). A usage error lists the group's commands when none fits.
Result<const CliCommand*> findCommand(const QStringList& words)
{
    const CliCommand* found = nullptr;
    QStringList names;
    for (const CliCommand& command : allCliCommands()) {
        if (command.group != words.constFirst())
            continue;
        if (!command.name.isEmpty() && !names.contains(command.name.section(QLatin1Char(' '), 0, 0)))
            names.append(command.name.section(QLatin1Char(' '), 0, 0));
        const QStringList nameWords = command.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.mid(1, nameWords.size()) == nameWords
            && (!found || nameWords.size() > found->name.count(QLatin1Char(' ')) + (found->name.isEmpty() ? 0 : 1)))
            found = &command;
    }
    if (found)
        return found;
    if (names.isEmpty())
        return usageError(Text::tr("Unknown command \"%1\".").arg(words.constFirst()));
    const QString given = words.value(1);
    for (const CliCommand& command : allCliCommands()) {
        // "groups member frobnicate": the choices after "groups member".
        if (command.group == words.constFirst() && command.name.contains(QLatin1Char(' '))
            && command.name.section(QLatin1Char(' '), 0, 0) == given) {
            QStringList steps;
            for (const CliCommand& other : allCliCommands()) {
                if (other.group == command.group && other.name.startsWith(given + QLatin1Char(' ')))
                    steps.append(other.name.section(QLatin1Char(' '), 1));
            }
            return usageError(
                Text::tr("%1 %2 takes one of: %3.").arg(command.group, given, steps.join(QStringLiteral(", "))));
        }
    }
    return usageError(Text::tr("%1 takes one of: %2.").arg(words.constFirst(), names.join(QStringLiteral(", "))));
}

const CliOption* optionNamed(const QString& name)
{
    for (const CliOption& option : cliOptions()) {
        if (name == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

} // namespace

CliApplication::CliApplication(QStringList arguments, QTextStream& out, QTextStream& err, const Clock& clock)
    : m_arguments(std::move(arguments)), m_out(out), m_err(err), m_clock(clock)
{
    configureParser(m_parser);
}

void CliApplication::configureParser(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{ QStringLiteral("h"), QStringLiteral("help") }));
    parser.addOption(QCommandLineOption(QStringLiteral("version")));
    for (const CliOption& option : cliOptions()) {
        if (option.valueName)
            parser.addOption(
                QCommandLineOption(QLatin1String(option.name), QString(), QLatin1String(option.valueName)));
        else
            parser.addOption(QCommandLineOption(QLatin1String(option.name)));
    }
}

bool CliApplication::drawsDocuments(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureParser(parser);
    return parser.parse(arguments)
        && statsDrawsReport(parser.positionalArguments(), parser.value(QStringLiteral("format")));
}

QString CliApplication::helpText(const QStringList& words) const
{
    QString text;
    QTextStream help(&text);
    const bool all = words.isEmpty();
    if (all) {
        help << Text::tr("Usage: peerdesk-cli [options] COMMAND [arguments] [command options]\n"
                         "       peerdesk-cli COMMAND --help   the options of one command or group\n")
             << QLatin1Char('\n') << Text::tr("Commands:") << QLatin1Char('\n');
    }
    QString group;
    for (const CliCommand& command : allCliCommands()) {
        const QStringList commandWords = command.words().split(QLatin1Char(' '));
        if (!all && commandWords.mid(0, words.size()) != words.mid(0, commandWords.size()))
            continue;
        if (!group.isEmpty() && group != command.group)
            help << QLatin1Char('\n');
        group = command.group;
        help << QStringLiteral("  ") << command.synopsis() << QLatin1Char('\n') << QStringLiteral("      ")
             << command.translatedSummary();
        if (const QString who = accessText(command.access); !who.isEmpty())
            help << QStringLiteral(" (") << who << QLatin1Char(')');
        help << QLatin1Char('\n');
    }
    help << QLatin1Char('\n')
         << Text::tr("Options of every command:\n"
                     "  --vault DIR              Vault folder (default: %1)\n"
                     "  --profile FILE           Work on a program server: its connection profile\n"
                     "                           (peerdesk-server.json, docs/server.md) in place of a vault\n"
                     "  --user NAME              Your login\n"
                     "  --passphrase-file FILE   Read your passphrase from FILE (one trailing newline is ignored)\n"
                     "  --passphrase-stdin       Read your passphrase from standard input\n"
                     "                           Without either, PeerDesk asks on the terminal without echo.\n"
                     "                           A passphrase is never accepted as an argument.\n"
                     "  --version                Print the version\n"
                     "  -h, --help               Print this help\n")
                .arg(vault_paths::defaultDirectory());
    if (all) {
        help << QLatin1Char('\n')
             << Text::tr("Values: DATE 2026-03-05; DATETIME 2026-03-05T14:00 or \"2026-03-05 14:00\" (local time), "
                         "or with Z or an offset; LIST items separated by \";\". Details and JSON shapes: "
                         "docs/cli.md\n")
             << QLatin1Char('\n')
             << Text::tr("Exit codes:\n"
                         "  0  success\n"
                         "  1  usage error\n"
                         "  2  wrong passphrase or unknown user\n"
                         "  3  invalid input (nothing was written)\n"
                         "  4  damaged vault or failed verification\n"
                         "  5  not permitted for your role\n"
                         "  6  the system refused (file system, memory, vault in use)\n"
                         "  7  changed by someone else since it was read (program server): nothing was written\n");
    }
    help.flush();
    return text;
}

int CliApplication::run()
{
    if (!m_parser.parse(m_arguments))
        return usage(m_parser.errorText());
    const QStringList positional = m_parser.positionalArguments();
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << helpText(positional);
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("peerdesk-cli %1\n").arg(QLatin1String(PEERDESK_VERSION));
        return 0;
    }
    if (positional.isEmpty())
        return usage(Text::tr("No command given."));
    auto command = findCommand(positional);
    if (!command)
        return usage(command.error().message);
    m_command = positional.constFirst();
    m_commandArguments = positional.mid(1);
    // Everything the command line alone can tell is checked here, before any command runs: a usage error never
    // costs an Argon2 unlock.
    if (auto checked = checkCommandLine(**command, positional); !checked)
        return checked.error().code == ErrorCode::Usage ? usage(checked.error().message) : fail(checked.error());
    return (*command)->run(*this);
}

Result<void> CliApplication::checkCommandLine(const CliCommand& command, const QStringList& positional) const
{
    const int wordCount = 1 + static_cast<int>(command.name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    const QStringList arguments = positional.mid(wordCount);
    const QString usageLine = Text::tr("Usage: peerdesk-cli %1").arg(command.synopsis());
    if (arguments.size() < command.minimumArguments() || arguments.size() > command.maximumArguments()) {
        if (arguments.size() > command.maximumArguments() && command.maximumArguments() == 0)
            return usageError(Text::tr("Unexpected argument \"%1\".").arg(arguments.constFirst()));
        return usageError(usageLine);
    }
    const QStringList names = command.argumentNames();
    for (int i = 0; i < arguments.size(); ++i) {
        if (!names.at(i).endsWith(QLatin1String("ID")))
            continue;
        bool ok = false;
        if (arguments.at(i).toLongLong(&ok) <= 0 || !ok) {
            const QString what = names.at(i).toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
            return usageError(Text::tr("\"%1\" is not a valid %2.").arg(arguments.at(i), what));
        }
    }
    for (const QString& name : command.refused) {
        if (m_parser.isSet(name))
            return usageError(QCoreApplication::translate("peerdesk::Cli", command.refusal));
    }
    for (const CliOption& option : cliOptions()) {
        const QString name = QLatin1String(option.name);
        if (m_parser.isSet(name) && !globalCliOptions().contains(name) && !command.options.contains(name))
            return usageError(Text::tr("--%1 does not apply to %2.").arg(name, command.words()));
    }
    if (m_parser.isSet(QStringLiteral("passphrase-file")) && m_parser.isSet(QStringLiteral("passphrase-stdin")))
        return usageError(Text::tr("Use either --passphrase-file or --passphrase-stdin, not both."));
    if (onServer() && m_parser.isSet(QStringLiteral("vault")))
        return usageError(Text::tr("Use either --vault or --profile, not both."));
    if (onServer() && localOnlyCommands().contains(command.words()))
        return usageError(Text::tr("%1 is for a local vault; a program server is set up with \"server init\" and kept "
                                   "by its operator (docs/server.md).")
                              .arg(command.words()));
    if (!onServer() && (command.group == QLatin1String("server") || command.group == QLatin1String("watch")))
        return usageError(
            Text::tr("%1 needs --profile FILE, the program server's connection profile.").arg(command.words()));
    if (m_parser.isSet(QStringLiteral("recovery-key-file"))
        && (m_parser.isSet(QStringLiteral("passphrase-file")) || m_parser.isSet(QStringLiteral("passphrase-stdin"))))
        return usageError(Text::tr("--recovery-key-file replaces the passphrase: give one or the other."));
    for (const QString& needed : command.required) {
        if (!m_parser.isSet(needed) || (optionNamed(needed)->valueName && m_parser.value(needed).trimmed().isEmpty()))
            return usageError(Text::tr("%1 needs --%2.").arg(command.words(), needed) + QLatin1Char('\n') + usageLine);
    }
    for (const QString& name : command.options) {
        if (!m_parser.isSet(name))
            continue;
        if (auto valid = checkValue(*optionNamed(name)); !valid)
            return valid;
    }
    return {};
}

// The one parser of each kind of value, for every command that takes one.
Result<void> CliApplication::checkValue(const CliOption& option) const
{
    const QString name = QLatin1String(option.name);
    const bool none = m_parser.value(name).trimmed() == QLatin1String("none");
    switch (option.kind) {
    case CliValue::Moment:
        if (auto moment = momentOption(name); !moment)
            return moment.error();
        return {};
    case CliValue::DateOrNone:
        if (none)
            return {};
        [[fallthrough]];
    case CliValue::Date:
        if (auto date = dateOption(name); !date)
            return date.error();
        return {};
    case CliValue::NumberOrNone:
        if (none)
            return {};
        [[fallthrough]];
    case CliValue::Number:
        if (auto number = cli_options::intOption(*this, name); !number)
            return number.error();
        return {};
    case CliValue::YesNo:
        if (auto yes = cli_options::parseYesNo(name, m_parser.value(name)); !yes)
            return yes.error();
        return {};
    case CliValue::None:
    case CliValue::Text:
        return {};
    }
    return {};
}

QString CliApplication::accessText(CliAccess access)
{
    switch (access) {
    case CliAccess::NoVault:
    case CliAccess::AnyAccount:
        return {};
    case CliAccess::Coordination:
        return Text::tr("administrators and coordinators");
    case CliAccess::Administration:
        return Text::tr("administrators");
    case CliAccess::Statistics:
        return Text::tr("administrators, coordinators and reporting users");
    case CliAccess::Supporter:
        return Text::tr("supporters, on a program server");
    }
    return {};
}

int CliApplication::fail(const Error& error)
{
    m_err << QStringLiteral("peerdesk-cli: %1\n").arg(error.message);
    m_err.flush();
    return exitCodeFor(error.code);
}

int CliApplication::usage(const QString& message)
{
    m_err << QStringLiteral("peerdesk-cli: %1\n").arg(message) << Text::tr("Run \"peerdesk-cli --help\" for usage.")
          << QLatin1Char('\n');
    m_err.flush();
    return exitCodeFor(ErrorCode::Usage);
}

void CliApplication::inform(const QString& message)
{
    m_err << QStringLiteral("peerdesk-cli: ") << message << QLatin1Char('\n');
    m_err.flush();
}

void CliApplication::warn(const QString& message)
{
    m_err << QStringLiteral("peerdesk-cli: ") << Text::tr("warning: %1").arg(message) << QLatin1Char('\n');
    m_err.flush();
}

void CliApplication::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QString CliApplication::printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void CliApplication::printLine(const QString& line)
{
    // Shown, never obeyed: a value stored before such characters were refused cannot move the cursor, change
    // colours, retitle the terminal or fake another line.
    m_out << printable(line) << QLatin1Char('\n');
    m_out.flush();
}

void CliApplication::printColumns(const QStringList& fields)
{
    QStringList shown;
    for (const QString& field : fields)
        shown.append(printable(field));
    m_out << shown.join(QLatin1Char('\t')) << QLatin1Char('\n');
    m_out.flush();
}

void CliApplication::printFields(const QJsonObject& fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() != QLatin1String("id"))
            printLine(QStringLiteral("  %1: %2").arg(it.key(), plainText(it.value())));
    }
}

Result<qint64> CliApplication::idArgument(int index, const QString& what) const
{
    if (index >= m_commandArguments.size())
        return makeError(ErrorCode::Usage, Text::tr("Give the %1.").arg(what));
    bool ok = false;
    const qint64 id = m_commandArguments.at(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::Usage,
                         Text::tr("\"%1\" is not a valid %2.").arg(m_commandArguments.at(index), what));
    return id;
}

Result<std::optional<QDateTime>> CliApplication::momentOption(const QString& option) const
{
    if (!m_parser.isSet(option))
        return std::optional<QDateTime>();
    // One form for every --at: "2026-03-05T14:00" or "2026-03-05 14:00" (local time), or with an offset or Z.
    QString text = m_parser.value(option).trimmed();
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid() || text.size() < 16)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("--%1 takes a date and time such as 2026-03-05T14:00 (local time) or "
                                  "2026-03-05T19:00Z.")
                             .arg(option));
    return std::optional<QDateTime>(moment.toUTC());
}

Result<std::optional<QDate>> CliApplication::dateOption(const QString& option) const
{
    if (!m_parser.isSet(option))
        return std::optional<QDate>();
    const QString text = m_parser.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return makeError(ErrorCode::InvalidInput, Text::tr("--%1 takes a date such as 2026-03-05.").arg(option));
    return std::optional<QDate>(date);
}

QString CliApplication::vaultDirectory() const
{
    const QString value = m_parser.value(QStringLiteral("vault"));
    return value.isEmpty() ? vault_paths::defaultDirectory() : value;
}

Result<QString> CliApplication::requireUser() const
{
    const QString user = m_parser.value(QStringLiteral("user"));
    if (user.isEmpty())
        return makeError(ErrorCode::Usage, Text::tr("--user NAME is required."));
    return user;
}

Result<SecureBuffer> CliApplication::readPassphrase(const QString& prompt) const
{
    if (m_parser.isSet(QStringLiteral("passphrase-file")))
        return secret_input::readFile(m_parser.value(QStringLiteral("passphrase-file")));
    if (m_parser.isSet(QStringLiteral("passphrase-stdin")))
        return secret_input::readDescriptor(STDIN_FILENO);
    return secret_input::promptOnTerminal(prompt);
}

// A new passphrase from a file, or typed twice on the terminal.
Result<SecureBuffer> CliApplication::readNewPassphrase(const QString& fileOption) const
{
    if (!fileOption.isEmpty() && m_parser.isSet(fileOption))
        return secret_input::readFile(m_parser.value(fileOption));
    auto first = secret_input::promptOnTerminal(Text::tr("New passphrase: "));
    if (!first)
        return first;
    auto second = secret_input::promptOnTerminal(Text::tr("Repeat the new passphrase: "));
    if (!second)
        return second;
    if (!first->equals(*second))
        return makeError(ErrorCode::InvalidInput, Text::tr("The two passphrases differ."));
    return first;
}

Result<std::unique_ptr<VaultSession>> CliApplication::unlock(const Clock& clock, vault::OpenOptions options)
{
    auto user = requireUser();
    if (!user)
        return user.error();
    if (onServer())
        return signInToServer(clock, options, *user);
    const QString directory = vaultDirectory();
    if (!vault::existsAt(directory))
        return makeError(ErrorCode::InvalidInput, Text::tr("There is no vault in %1.").arg(directory));
    Result<UnlockedKey> key = makeError(ErrorCode::Authentication, QString());
    if (m_parser.isSet(QStringLiteral("recovery-key-file"))) {
        // The recovery key in place of a forgotten passphrase; only passwd accepts it (option check).
        auto recovery = secret_input::readFile(m_parser.value(QStringLiteral("recovery-key-file")));
        if (!recovery)
            return recovery.error();
        QString typed = QString::fromUtf8(reinterpret_cast<const char*>(recovery->data()), qsizetype(recovery->size()));
        key = vault::unwrapWithRecoveryKey(directory, *user, typed);
        wipe(typed);
    } else {
        auto passphrase = readPassphrase(Text::tr("Passphrase for %1: ").arg(*user));
        if (!passphrase)
            return passphrase.error();
        key = vault::unwrapWithPassphrase(directory, *user, *passphrase);
    }
    if (!key)
        return key.error();
    return settleSession(vault::open(std::move(*key), clock, options));
}

Result<std::unique_ptr<VaultSession>> CliApplication::signInToServer(const Clock& clock, vault::OpenOptions options,
                                                                     const QString& user)
{
    if (options.repairKeyring)
        return makeError(ErrorCode::Usage, Text::tr("A program server has no keyring.json to repair."));
    if (m_parser.isSet(QStringLiteral("recovery-key-file")))
        return makeError(ErrorCode::Usage,
                         Text::tr("On a program server the recovery key opens no login: an administrator gives you a "
                                  "new initial passphrase (peerdesk-cli user reactivate)."));
    auto profile = server_profile::load(m_parser.value(QStringLiteral("profile")));
    if (!profile)
        return profile.error();
    auto passphrase = readPassphrase(Text::tr("Passphrase for %1: ").arg(user));
    if (!passphrase)
        return passphrase.error();
    auto key = vault::deriveServerKey(*profile, user, *passphrase);
    if (!key)
        return key.error();
    return settleSession(vault::openOnServer(*profile, std::move(*key), clock));
}

Result<std::unique_ptr<VaultSession>> CliApplication::settleSession(Result<std::unique_ptr<VaultSession>> session)
{
    if (session) {
        for (const QString& warning : (*session)->warnings())
            warn(warning);
    }
    // An initial passphrase opens one door: choosing one's own.
    if (session && (*session)->user().mustChangePassphrase && m_command != QLatin1String("passwd")) {
        const QString passwd = onServer()
            ? QStringLiteral("peerdesk-cli --profile %1 --user %2 passwd")
                  .arg(m_parser.value(QStringLiteral("profile")), (*session)->user().login)
            : QStringLiteral("peerdesk-cli --user %1 passwd").arg((*session)->user().login);
        return makeError(ErrorCode::Authentication,
                         Text::tr("%1 still has the initial passphrase an administrator chose. Choose your own "
                                  "first: %2")
                             .arg((*session)->user().login, passwd));
    }
    return session;
}

QStringList CliApplication::localOnlyCommands()
{
    // rekey works on both: a vault's data key, a program server's identity key (online).
    return { QStringLiteral("init"), QStringLiteral("keyring repair"), QStringLiteral("backup create"),
             QStringLiteral("backup verify"), QStringLiteral("backup restore") };
}

Result<KdfParams> CliApplication::kdfOptions() const
{
    KdfParams kdf = KdfParams::interactiveDefault();
    for (const auto& [option, target, scale] :
         { std::tuple{ QStringLiteral("kdf-ops"), &kdf.opsLimit, quint64(1) },
           std::tuple{ QStringLiteral("kdf-mem-mib"), &kdf.memLimitBytes, quint64(1024 * 1024) } }) {
        if (!m_parser.isSet(option))
            continue;
        bool ok = false;
        const quint64 value = m_parser.value(option).toULongLong(&ok);
        if (!ok)
            return makeError(ErrorCode::Usage, Text::tr("--%1 takes a whole number.").arg(option));
        // Out of range, not wrapped: a huge value must be refused, not become a small one.
        *target = value > KdfParams::MaxMemBytes / scale ? KdfParams::MaxMemBytes + 1 : value * scale;
    }
    if (auto valid = kdf.validate(); !valid)
        return valid.error();
    return kdf;
}

Result<SecureBuffer> CliApplication::readSecret(const QString& fileOption, const QString& prompt) const
{
    if (m_parser.isSet(fileOption))
        return secret_input::readFile(m_parser.value(fileOption));
    return secret_input::promptOnTerminal(prompt);
}

int CliApplication::runInit()
{
    auto user = requireUser();
    if (!user)
        return fail(user.error());
    auto kdf = kdfOptions();
    if (!kdf)
        return kdf.error().code == ErrorCode::Usage ? usage(kdf.error().message) : fail(kdf.error());

    const QString directory = vaultDirectory();
    if (auto free = vault::checkFolderIsFree(directory); !free)
        return fail(free.error());
    Result<SecureBuffer> passphrase
        = (m_parser.isSet(QStringLiteral("passphrase-file")) || m_parser.isSet(QStringLiteral("passphrase-stdin")))
        ? readPassphrase(QString())
        : readNewPassphrase(QString());
    if (!passphrase)
        return fail(passphrase.error());

    NewVaultRequest request;
    request.directory = directory;
    request.adminLogin = *user;
    request.adminDisplayName
        = m_parser.isSet(QStringLiteral("display-name")) ? m_parser.value(QStringLiteral("display-name")) : *user;
    request.adminPassphrase = std::move(*passphrase);
    request.kdf = *kdf;
    auto created = vault::create(std::move(request), m_clock);
    if (!created)
        return fail(created.error());
    if (created->weakKeyDerivation)
        warn(vault::weakCostWarning(*kdf)); // loud, on standard error: a vault made so is for tests only
    m_out << Text::tr("Vault created in %1.").arg(directory) << QLatin1Char('\n')
          << Text::tr(
                 "Store the recovery key below somewhere safe, away from this computer. It opens the vault if every "
                 "passphrase is lost, and it is shown only this once.")
          << QLatin1Char('\n') << QStringLiteral("Recovery key: %1\n").arg(created->recoveryKey);
    m_out.flush();
    wipe(created->recoveryKey);
    return 0;
}

int CliApplication::runVerify()
{
    auto session = unlock();
    if (!session)
        return fail(session.error());
    auto report = (*session)->verify();
    if (!report)
        return fail(report.error());
    if (!report->ok) {
        for (const QString& problem : std::as_const(report->problems))
            m_err << QStringLiteral("peerdesk-cli: %1\n").arg(problem);
        m_err << Text::tr("Verification failed.") << QLatin1Char('\n');
        m_err.flush();
        return exitCodeFor(ErrorCode::Damaged);
    }
    m_out << Text::tr("Vault verified: encryption, integrity, references and %n audit row(s) are intact.", nullptr,
                      static_cast<int>(report->auditRows))
          << QLatin1Char('\n');
    m_out.flush();
    return 0;
}

int CliApplication::runPasswd()
{
    if (m_parser.isSet(QStringLiteral("passphrase-stdin")) && !m_parser.isSet(QStringLiteral("new-passphrase-file")))
        return usage(Text::tr("With --passphrase-stdin, give the new passphrase with --new-passphrase-file FILE."));
    auto session = unlock();
    if (!session)
        return fail(session.error());
    auto passphrase = readNewPassphrase(QStringLiteral("new-passphrase-file"));
    if (!passphrase)
        return fail(passphrase.error());
    if (auto changed = (*session)->changePassphrase(*passphrase); !changed)
        return fail(changed.error());
    m_out << Text::tr("Passphrase changed.") << QLatin1Char('\n');
    m_out.flush();
    // An administrator has been told at unlock; anyone else is told that their new slot has the vault's low cost.
    if (const QString weak = vault::weakCostWarning((*session)->slotCost());
        !weak.isEmpty() && (*session)->user().role != Role::Administrator)
        warn(weak);
    return 0;
}

QList<CliCommand> vaultCommands()
{
    return {
        { QStringLiteral("init"),
          {},
          {},
          { QStringLiteral("display-name"), QStringLiteral("kdf-ops"), QStringLiteral("kdf-mem-mib") },
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Create a vault with its first administrator; print the recovery "
                            "key once"),
          CliAccess::NoVault,
          [](CliApplication& app) { return app.runInit(); } },
        { QStringLiteral("verify"),
          {},
          {},
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Check encryption, database integrity, references, the audit chain and the keyring"),
          CliAccess::AnyAccount,
          [](CliApplication& app) { return app.runVerify(); } },
        { QStringLiteral("passwd"),
          {},
          {},
          { QStringLiteral("new-passphrase-file"), QStringLiteral("recovery-key-file") },
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Change your passphrase; --recovery-key-file in place of a "
                            "forgotten one"),
          CliAccess::AnyAccount,
          [](CliApplication& app) { return app.runPasswd(); } },
    };
}

} // namespace peerdesk
