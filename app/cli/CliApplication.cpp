#include "app/cli/CliApplication.h"

#include "core/io/SecretInput.h"
#include "core/security/Kdf.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <unistd.h>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// Options and the commands that accept them; any other combination is a usage error.
struct OptionSpec
{
    const char* name;
    const char* valueName; // nullptr for a flag
    QStringList commands; // empty: every command
};

QStringList only(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QLatin1String(name));
    return list;
}

const QList<OptionSpec>& optionSpecs()
{
    static const QList<OptionSpec> specs = {
        { "vault", "DIR", {} },
        { "user", "NAME", {} },
        { "passphrase-file", "FILE", {} },
        { "passphrase-stdin", nullptr, {} },
        { "kdf-ops", "N", only({ "init" }) },
        { "kdf-mem-mib", "N", only({ "init" }) },
        { "display-name", "NAME", only({ "init", "user" }) },
        { "role", "ROLE", only({ "user" }) },
        { "initial-passphrase-file", "FILE", only({ "user" }) },
        { "rotate-key", nullptr, only({ "user" }) },
        { "to", "DIR", only({ "backup" }) },
        { "force", nullptr, only({ "backup", "supporters" }) },
        { "allow-costly-keyring", nullptr, only({ "backup" }) },
        { "new-passphrase-file", "FILE", only({ "passwd" }) },
        { "recovery-key-file", "FILE", only({ "passwd" }) },
        { "json", nullptr,
          only({ "supporters", "requests", "match", "sessions", "groups", "settings", "purge", "user", "dashboard" }) },
        { "period", "PERIOD", only({ "stats" }) },
        { "k", "N", only({ "stats" }) },
        { "format", "FORMAT", only({ "stats" }) },
        { "out", "FILE", only({ "stats", "sessions" }) },
        { "include-reasons", nullptr, only({ "match" }) },
        { "dry-run", nullptr, only({ "supporters", "requests", "purge" }) },
        { "status", "STATUS", only({ "supporters", "requests", "sessions", "groups" }) },
        { "outcome", "OUTCOME", only({ "requests" }) },
        { "difficult", nullptr, only({ "requests" }) },
        { "resource", "TEXT", only({ "requests" }) },
        { "reason", "REASON", only({ "match" }) },
        { "immediate-risk", "yes|no", only({ "requests" }) },
        { "reasons", "LIST", only({ "requests" }) },
        { "urgency", "URGENCY", only({ "requests" }) },
        { "action", "ACTION", only({ "requests", "groups" }) },
        { "at", "DATETIME", only({ "requests", "sessions", "match", "groups" }) },
        { "minutes", "N", only({ "sessions" }) },
        { "modality", "MODALITY", only({ "sessions", "groups" }) },
        { "outside-availability", nullptr, only({ "sessions" }) },
        { "until", "DATE", only({ "supporters" }) },
        { "course", "NAME", only({ "supporters" }) },
        { "completed", "DATE", only({ "supporters" }) },
        { "refresher-due", "DATE", only({ "supporters" }) },
        { "optional", nullptr, only({ "supporters" }) },
        { "kind", "KIND", only({ "supporters" }) },
        { "on", "DATE", only({ "supporters" }) },
        { "name", "NAME", only({ "groups" }) },
        { "when", "WINDOW", only({ "groups" }) },
        { "every-weeks", "N", only({ "groups" }) },
        { "sessions", "N", only({ "groups" }) },
        { "skip-holidays", "yes|no", only({ "groups" }) },
        { "capacity", "N", only({ "groups" }) },
        { "facilitators", "IDS", only({ "groups" }) },
        { "max-facilitators", "N", only({ "groups" }) },
        { "first-date", "DATE", only({ "groups" }) },
        { "last-date", "DATE", only({ "groups" }) },
        { "weeks", "N", only({ "groups" }) },
        { "attendance", "N", only({ "groups" }) },
        { "positive", "N", only({ "groups" }) },
        { "neutral", "N", only({ "groups" }) },
        { "negative", "N", only({ "groups" }) },
        { "debrief", "yes|no", only({ "groups" }) },
        { "contact", "TEXT", only({ "groups" }) },
        { "participant-file", "FILE", only({ "groups" }) },
        { "participant-stdin", nullptr, only({ "groups" }) },
        { "identity-file", "FILE", only({ "groups" }) },
        { "identity-stdin", nullptr, only({ "groups" }) },
        { "enrolment", "session|members", only({ "groups" }) },
        { "resources", "LIST", only({ "groups" }) },
        { "from", "DATE", only({ "groups" }) },
        { "province", "CODE", only({ "groups" }) },
        { "seed", "N", only({ "demo" }) },
        { "requests", "N", only({ "demo" }) },
        { "supporters", "N", only({ "demo" }) },
        { "years", "N", only({ "demo" }) },
        { "conversations", "N", only({ "demo" }) },
        { "name-marker", "TEXT", only({ "demo" }) },
    };
    return specs;
}

using CommandHandler = int (*)(CliApplication&);

struct CommandSpec
{
    const char* name;
    CommandHandler handler; // nullptr: handled by CliApplication itself
};

const QList<CommandSpec>& commandSpecs()
{
    static const QList<CommandSpec> specs = {
        { "init", nullptr },
        { "verify", nullptr },
        { "passwd", nullptr },
        { "supporters", runSupportersCommand },
        { "requests", runRequestsCommand },
        { "match", runMatchCommand },
        { "dashboard", runDashboardCommand },
        { "sessions", runSessionsCommand },
        { "groups", runGroupsCommand },
        { "settings", runSettingsCommand },
        { "purge", runPurgeCommand },
        { "stats", runStatsCommand },
        { "user", runUserCommand },
        { "rekey", runRekeyCommand },
        { "recovery-key", runRecoveryKeyCommand },
        { "keyring", runKeyringCommand },
        { "backup", runBackupCommand },
        { "demo", runDemoCommand },
    };
    return specs;
}

std::optional<CommandSpec> findCommand(const QString& name)
{
    for (const CommandSpec& spec : commandSpecs()) {
        if (name == QLatin1String(spec.name))
            return spec;
    }
    return std::nullopt;
}

// A JSON value as a person would write it: lists joined by commas, objects as "key=value", nothing as "-".
QString plainText(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
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
    for (const OptionSpec& spec : optionSpecs()) {
        if (spec.valueName)
            parser.addOption(QCommandLineOption(QLatin1String(spec.name), QString(), QLatin1String(spec.valueName)));
        else
            parser.addOption(QCommandLineOption(QLatin1String(spec.name)));
    }
}

bool CliApplication::drawsDocuments(const QStringList& arguments)
{
    QCommandLineParser parser;
    configureParser(parser);
    return parser.parse(arguments)
        && statsDrawsReport(parser.positionalArguments(), parser.value(QStringLiteral("format")));
}

QString CliApplication::helpText() const
{
    return Text::tr(
               "Usage: peerdesk-cli [options] COMMAND [command options]\n"
               "\n"
               "Commands:\n"
               "  init      Create a vault with its first administrator and print the recovery key once\n"
               "            [--display-name NAME] [--kdf-ops N] [--kdf-mem-mib N]\n"
               "  verify    Check encryption, database integrity, references and the audit chain\n"
               "  passwd    Change your passphrase [--new-passphrase-file FILE]\n"
               "            [--recovery-key-file FILE] in place of a forgotten passphrase\n"
               "  supporters import FILE.csv [--dry-run] | list [--status S] [--json] | show ID [--json]\n"
               "            | status ID STATUS [--force] | pause ID --until DATE [--force] | resume ID\n"
               "            | training ID --course NAME --completed DATE [--refresher-due DATE] [--optional]\n"
               "            | debrief ID [--kind debrief|supervision] [--on DATE]\n"
               "  requests  import FILE.csv [--dry-run] | list [--status S] [--json] | show ID [--json]\n"
               "            | consent ID | triage ID --immediate-risk yes|no [--action A] [--reasons LIST]\n"
               "              [--urgency U]\n"
               "            | escalate ID --action A | contact ID [--at T]\n"
               "            | close ID --outcome O [--difficult] [--resource R] [--at T] | hold ID | release ID\n"
               "            | refer ID --resource R [--at T]\n"
               "  match     suggest ID [--json] | assign ID SUPPORTER_ID | accept ID | decline ID\n"
               "            | end ID --reason R [--at T] | handoff ID [--include-reasons]\n"
               "  dashboard What needs attention today [--json]\n"
               "  sessions  add REQUEST_ID --at T --minutes N --modality M [--outside-availability]\n"
               "            | list [REQUEST_ID] [--json] | set ID --status S\n"
               "  groups    add | edit | end | reopen | list | occurrences | schedule | record | register | verify |\n"
               "            link-sent\n"
               "  settings  list [--json] | get KEY | set KEY VALUE\n"
               "  purge     Purge identity past its retention period [--dry-run] [--json]\n"
               "  stats     --period YYYY-MM|YYYY-Qn|YYYY [--k N] --format csv|json|xlsx|pdf --out FILE\n"
               "            Anonymized statistics with small numbers suppressed (docs/statistics.md)\n"
               "  user      add NAME --role ROLE --initial-passphrase-file FILE [--display-name NAME]\n"
               "            | list [--json] | deactivate NAME | reactivate NAME --initial-passphrase-file FILE\n"
               "            | remove NAME [--rotate-key]\n"
               "  rekey     Rotate the data key: re-encrypt the database, give every key slot the new key\n"
               "  recovery-key regenerate  A new recovery key; the old one stops working\n"
               "  keyring repair  Keep in keyring.json only the key slots the vault's accounts give\n"
               "  backup    create DIR | verify FILE | restore FILE --to DIR [--force]\n"
               "            [--allow-costly-keyring] opens a backup whose keyring asks for more work\n"
               "            Encrypted backups; the backup file's path is the last line of create\n"
               "  demo      Fill an empty vault with fictional data [--seed N] [--requests N] [--supporters N]\n"
               "            [--years N] [--conversations N] [--name-marker TEXT]\n"
               "            Details and JSON shapes: docs/cli.md\n"
               "\n"
               "Options:\n"
               "  --vault DIR              Vault folder (default: %1)\n"
               "  --user NAME              Your login\n"
               "  --passphrase-file FILE   Read your passphrase from FILE (one trailing newline is ignored)\n"
               "  --passphrase-stdin       Read your passphrase from standard input\n"
               "                           Without either, PeerDesk asks on the terminal without echo.\n"
               "                           A passphrase is never accepted as an argument.\n"
               "  --version                Print the version\n"
               "  -h, --help               Print this help\n"
               "\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  usage error\n"
               "  2  wrong passphrase or unknown user\n"
               "  3  invalid input (nothing was written)\n"
               "  4  damaged vault or failed verification\n"
               "  5  not permitted for your role\n"
               "  6  the system refused (file system, memory, vault in use)\n")
        .arg(vault_paths::defaultDirectory());
}

int CliApplication::run()
{
    if (!m_parser.parse(m_arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << helpText();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("peerdesk-cli %1\n").arg(QLatin1String(PEERDESK_VERSION));
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Text::tr("No command given."));
    m_command = positional.constFirst();
    const auto command = findCommand(m_command);
    if (!command)
        return usage(Text::tr("Unknown command \"%1\".").arg(m_command));
    m_commandArguments = positional.mid(1);
    if (!command->handler && !m_commandArguments.isEmpty())
        return usage(Text::tr("Unexpected argument \"%1\".").arg(m_commandArguments.constFirst()));
    for (const OptionSpec& spec : optionSpecs()) {
        if (m_parser.isSet(QLatin1String(spec.name)) && !spec.commands.isEmpty() && !spec.commands.contains(m_command))
            return usage(Text::tr("--%1 does not apply to %2.").arg(QLatin1String(spec.name), m_command));
    }
    if (m_parser.isSet(QStringLiteral("passphrase-file")) && m_parser.isSet(QStringLiteral("passphrase-stdin")))
        return usage(Text::tr("Use either --passphrase-file or --passphrase-stdin, not both."));
    if (m_parser.isSet(QStringLiteral("recovery-key-file"))
        && (m_parser.isSet(QStringLiteral("passphrase-file")) || m_parser.isSet(QStringLiteral("passphrase-stdin"))))
        return usage(Text::tr("--recovery-key-file replaces the passphrase: give one or the other."));

    if (command->handler)
        return command->handler(*this);
    if (m_command == QLatin1String("init"))
        return runInit();
    if (m_command == QLatin1String("verify"))
        return runVerify();
    return runPasswd();
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

Result<void> CliApplication::expectArguments(int count, const QString& synopsis) const
{
    if (m_commandArguments.size() != count)
        return makeError(ErrorCode::Usage, Text::tr("Usage: peerdesk-cli %1").arg(synopsis));
    return {};
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
    auto session = vault::open(std::move(*key), clock, options);
    if (session) {
        for (const QString& warning : (*session)->warnings())
            warn(warning);
    }
    // An initial passphrase opens one door: choosing one's own.
    if (session && (*session)->user().mustChangePassphrase && m_command != QLatin1String("passwd")) {
        return makeError(ErrorCode::Authentication,
                         Text::tr("%1 still has the initial passphrase an administrator chose. Choose your own "
                                  "first: peerdesk-cli --user %1 passwd")
                             .arg((*session)->user().login));
    }
    return session;
}

int CliApplication::runInit()
{
    auto user = requireUser();
    if (!user)
        return fail(user.error());
    KdfParams kdf = KdfParams::interactiveDefault();
    for (const auto& [option, target, scale] :
         { std::tuple{ QStringLiteral("kdf-ops"), &kdf.opsLimit, quint64(1) },
           std::tuple{ QStringLiteral("kdf-mem-mib"), &kdf.memLimitBytes, quint64(1024 * 1024) } }) {
        if (!m_parser.isSet(option))
            continue;
        bool ok = false;
        const quint64 value = m_parser.value(option).toULongLong(&ok);
        if (!ok)
            return usage(Text::tr("--%1 takes a whole number.").arg(option));
        // Out of range, not wrapped: a huge value must be refused, not become a small one.
        *target = value > KdfParams::MaxMemBytes / scale ? KdfParams::MaxMemBytes + 1 : value * scale;
    }
    if (auto valid = kdf.validate(); !valid)
        return fail(valid.error());

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
    request.kdf = kdf;
    auto created = vault::create(std::move(request), m_clock);
    if (!created)
        return fail(created.error());
    if (created->weakKeyDerivation)
        warn(vault::weakCostWarning(kdf)); // loud, on standard error: a vault made so is for tests only
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

} // namespace peerdesk
