#pragma once

#include "app/cli/CliCommand.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/VaultSession.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace peerdesk {

// peerdesk-cli: parses the command line, asks for secrets the safe way, calls the core services and turns
// their results into output and exit codes (docs/cli.md). No rule of the program lives here.
class CliApplication final
{
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication(QStringList arguments, QTextStream& out, QTextStream& err, const Clock& clock);
    // Finds the command the words name (allCliCommands()), checks the command line against it and runs it.
    int run();

    // Whether the command line asks for a drawn document (a PDF report), which needs a QGuiApplication; every
    // other command runs on a QCoreApplication and never loads a platform plugin.
    static bool drawsDocuments(const QStringList& arguments);

    // For the command handlers (CliCommands*.cpp): each gets the words after the command name.
    const QStringList& commandArguments() const { return m_commandArguments; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QTextStream& out() { return m_out; }
    const Clock& clock() const { return m_clock; }
    Result<std::unique_ptr<VaultSession>> unlock() { return unlock(m_clock); }
    // The demo's session runs on a clock it moves through the past; `keyring repair` unlocks with options.
    Result<std::unique_ptr<VaultSession>> unlock(const Clock& clock, vault::OpenOptions options = {});
    int fail(const Error& error);
    int usage(const QString& message);
    void warn(const QString& message); // "peerdesk-cli: warning: ..." on stderr
    void inform(const QString& message); // "peerdesk-cli: ..." on stderr: said to the person, not output
    void printJson(const QJsonDocument& document);
    void printLine(const QString& line); // control characters escaped (printable())
    // One line of tab-separated columns, for scripts: each field escaped as printLine does, the tabs between kept.
    void printColumns(const QStringList& fields);
    // Control and formatting characters written as \uXXXX, so that text shown on a terminal cannot act on it.
    static QString printable(const QString& text);
    // "  key: value" for each field but the id, for `show` commands without --json.
    void printFields(const QJsonObject& fields);
    // Parses the N-th command argument (0-based) as a positive id; usage error naming what it is otherwise.
    Result<qint64> idArgument(int index, const QString& what) const;
    // An option's value as a moment ("2026-03-05T14:00" in local time, or with Z or an offset) or a day
    // ("2026-03-05"). nullopt when the option is not given; InvalidInput naming the option when malformed.
    Result<std::optional<QDateTime>> momentOption(const QString& option) const;
    Result<std::optional<QDate>> dateOption(const QString& option) const;
    // --user, or a usage error; and the passphrase from the usual options (file, stdin or the terminal).
    Result<QString> requireUser() const;
    Result<SecureBuffer> readPassphrase(const QString& prompt) const;
    // A new passphrase from the file named by fileOption, or typed twice on the terminal.
    Result<SecureBuffer> readNewPassphrase(const QString& fileOption) const;

    // --profile: the command works on a program server, not a local vault (docs/server.md).
    bool onServer() const { return m_parser.isSet(QStringLiteral("profile")); }
    // --kdf-ops and --kdf-mem-mib (init, server init): the slots' Argon2id cost, the default when neither is given.
    Result<KdfParams> kdfOptions() const;
    // The secret the command needs from a file option, or typed once on the terminal after prompt.
    Result<SecureBuffer> readSecret(const QString& fileOption, const QString& prompt) const;

    // The commands of the vault itself (docs/cli.md): init, verify, passwd.
    int runInit();
    int runVerify();
    int runPasswd();

private:
    static void configureParser(QCommandLineParser& parser);
    // Usage error unless the words after the command's name, the options and their values fit the command.
    Result<void> checkCommandLine(const CliCommand& command, const QStringList& positional) const;
    Result<void> checkValue(const CliOption& option) const;
    static QString accessText(CliAccess access);

    QString vaultDirectory() const;
    // unlock() with --profile: the profile read, the passphrase's key derived, the session opened on the server.
    Result<std::unique_ptr<VaultSession>> signInToServer(const Clock& clock, vault::OpenOptions options,
                                                         const QString& user);
    // Warnings said; refused while the person still has their initial passphrase (but for passwd).
    Result<std::unique_ptr<VaultSession>> settleSession(Result<std::unique_ptr<VaultSession>> session);
    // What works only on a local vault's files: refused with --profile before anything is asked.
    static QStringList localOnlyCommands();
    // Every command, or those the words name ("groups", "requests close"), with the global options.
    QString helpText(const QStringList& words) const;

    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_commandArguments;
};

// Whether the command words (after the options) and --format's value ask `stats` for a PDF report.
bool statsDrawsReport(const QStringList& commandWords, const QString& format);
// `supporters import` and `requests import` (CliImportCommands.cpp), listed with their command groups.
int runSupportersImport(CliApplication& app);
int runRequestsImport(CliApplication& app);
// `user add` (CliUserCommands.cpp), which `server enroll` is on a program server.
int runUserAdd(CliApplication& app);

} // namespace peerdesk
