#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace peerdesk {

class CliApplication;

// Who may run a command, as the services enforce it (the dispatcher cannot know a role before the unlock); the
// help says it.
enum class CliAccess
{
    NoVault, // runs without unlocking (init creates the vault)
    AnyAccount, // every signed-in account
    Coordination, // administrators and coordinators
    Administration, // administrators
    Statistics, // administrators, coordinators and reporting users
    Supporter, // supporters, on a program server
};

// One command of peerdesk-cli, "requests close" or "verify": everything the dispatcher checks before a passphrase
// is asked for (the command words, how many arguments, which options apply and which are needed), and what the
// help prints. Each command group's file lists its own (KeePassXC's cli/Command is the model).
struct CliCommand
{
    CliCommand(QString group_, QString name_, QString arguments_, QStringList options_, QStringList required_,
               const char* summary_, CliAccess access_, int (*run_)(CliApplication&), QStringList refused_ = {},
               const char* refusal_ = nullptr);

    QString group; // "requests"
    QString name; // "close"; empty for a command of one word
    // The positional arguments after the command words, as the synopsis shows them: "ID", "ID STATUS",
    // "[REQUEST_ID]". A bracketed one may be left out; one whose name ends in ID must be a positive whole number.
    QString arguments;
    QStringList options; // the options it accepts besides the global ones, in the order the synopsis shows them
    QStringList required; // those of them it cannot do without
    const char* summary = nullptr; // English; translated in the context "peerdesk::CliHelp"
    CliAccess access = CliAccess::AnyAccount;
    int (*run)(CliApplication&) = nullptr;
    // Options someone might reach for that this command refuses on purpose, and why (English, in the context
    // "peerdesk::Cli"): a participant's name is never taken on the command line.
    QStringList refused;
    const char* refusal = nullptr;

    QString words() const; // "requests close"
    QStringList argumentNames() const; // "[REQUEST_ID]" as "REQUEST_ID"
    int minimumArguments() const;
    int maximumArguments() const;
    QString synopsis() const; // "requests close ID --outcome OUTCOME [--difficult] [--resource TEXT] [--at DATETIME]"
    QString translatedSummary() const;
};

// What the value of an option must look like. The dispatcher checks each given option's value with the parser of its
// kind before anything else runs; the command reads it again with the same parser.
enum class CliValue
{
    None, // a flag
    Text,
    Number, // a whole number (--minutes 45)
    NumberOrNone, // a whole number, or "none" to clear it (--sessions)
    Date, // 2026-03-05
    DateOrNone,
    Moment, // 2026-03-05T14:00 or 2026-03-05 14:00, local time, or with Z or an offset (every --at)
    YesNo,
};

struct CliOption
{
    const char* name;
    const char* valueName; // as the synopsis shows it: "DATE", "FILE"; nullptr for a flag
    CliValue kind;
};

// Option names as a command lists them: cliNames({ "status", "json" }).
QStringList cliNames(std::initializer_list<const char*> names);

// Every option peerdesk-cli knows. The global ones (vault or profile, user, passphrase) apply to every command.
const QList<CliOption>& cliOptions();
const QStringList& globalCliOptions();

// The commands, by group (one function per file of commands); allCliCommands() in the order the help lists them.
QList<CliCommand> vaultCommands(); // init, verify, passwd: CliApplication.cpp
QList<CliCommand> userCommands(); // user, rekey, recovery-key, keyring: CliUserCommands.cpp
QList<CliCommand> siteCommands(); // site, user sites: CliSiteCommands.cpp
QList<CliCommand> supporterWorkCommands(); // my: CliSupporterCommands.cpp
QStringList siteCodes(const CliApplication& app); // --sites, split: CliSiteCommands.cpp
QList<CliCommand> backupCommands();
QList<CliCommand> supporterCommands();
QList<CliCommand> requestCommands();
QList<CliCommand> matchCommands();
QList<CliCommand> dashboardCommands();
QList<CliCommand> sessionCommands();
QList<CliCommand> groupCommands();
QList<CliCommand> settingsCommands(); // settings, purge: CliAdminCommands.cpp
QList<CliCommand> statsCommands();
QList<CliCommand> demoCommands();
QList<CliCommand> serverCommands(); // server init, enroll, import, export; watch: CliServerCommands.cpp
const QList<CliCommand>& allCliCommands();

} // namespace peerdesk
