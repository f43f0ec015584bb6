// peerdesk-cli server …: setting up a program server and enrolling its staff (docs/server.md, docs/cli.md).

#include "app/cli/CliApplication.h"
#include "app/cli/CliOptions.h"
#include "core/vault/ChangeFeed.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <chrono>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// What `server init` and `server import` start from: a profile that names no program yet (they complete it), and the
// schema owner's role with its password.
struct OwnerRequest
{
    QString profilePath;
    ServerProfile profile;
    QString owner;
    SecureBuffer ownerPassword;
};

Result<OwnerRequest> readOwnerRequest(CliApplication& app)
{
    OwnerRequest request;
    request.profilePath = app.value(QStringLiteral("profile"));
    auto profile = server_profile::load(request.profilePath);
    if (!profile)
        return profile.error();
    if (profile->initialised())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("This connection profile already belongs to a program; start from a profile without "
                                  "\"program_salt\"."));
    request.profile = std::move(*profile);
    request.owner = app.value(QStringLiteral("owner"));
    auto password = app.readSecret(QStringLiteral("owner-password-file"),
                                   Text::tr("Password of the database role %1: ").arg(request.owner));
    if (!password)
        return password.error();
    request.ownerPassword = std::move(*password);
    return request;
}

// The program is on the server now: a profile that cannot be written is said (it can be completed by hand), never
// taken for a failure of what was done.
void saveCompletedProfile(CliApplication& app, const ServerProfile& profile, const QString& path, const QString& done)
{
    if (auto saved = server_profile::save(profile, path); !saved)
        app.warn(saved.error().message);
    app.printLine(done + QLatin1Char(' ')
                  + Text::tr("The connection profile %1 is complete: give a copy to every staff member; it holds no "
                             "secret.")
                        .arg(path));
}

// server init: the schema, the roles and the program with its first administrator, made by the schema owner on a
// database the operator created; the profile completed in place with the program's salt and slot cost.
int initServer(CliApplication& app)
{
    auto user = app.requireUser();
    if (!user)
        return app.fail(user.error());
    auto kdf = app.kdfOptions();
    if (!kdf)
        return kdf.error().code == ErrorCode::Usage ? app.usage(kdf.error().message) : app.fail(kdf.error());
    auto target = readOwnerRequest(app);
    if (!target)
        return app.fail(target.error());
    Result<SecureBuffer> passphrase
        = (app.isSet(QStringLiteral("passphrase-file")) || app.isSet(QStringLiteral("passphrase-stdin")))
        ? app.readPassphrase(QString())
        : app.readNewPassphrase(QString());
    if (!passphrase)
        return app.fail(passphrase.error());

    NewVaultRequest request;
    request.adminLogin = *user;
    request.adminDisplayName
        = app.isSet(QStringLiteral("display-name")) ? app.value(QStringLiteral("display-name")) : *user;
    request.adminPassphrase = std::move(*passphrase);
    request.kdf = *kdf;
    auto created
        = vault::createOnServer(target->profile, target->owner, target->ownerPassword, std::move(request), app.clock());
    if (!created)
        return app.fail(created.error());
    if (created->weakKeyDerivation)
        app.warn(vault::weakCostWarning(*kdf));
    // The program exists now; a profile that cannot be written is said with what to do, and the recovery key is
    // still shown (it is the only time).
    saveCompletedProfile(app, target->profile, target->profilePath,
                         Text::tr("Program created on %1.").arg(target->profile.connection.label()));
    app.out() << Text::tr("Store the recovery key below somewhere safe, away from this computer. It is shown only this "
                          "once.")
              << QLatin1Char('\n') << QStringLiteral("Recovery key: %1\n").arg(created->recoveryKey);
    app.out().flush();
    wipe(created->recoveryKey);
    return 0;
}

// server maintain: the schema owner's VACUUM, after which a purged identity's old ciphertext is in no table file.
int maintainServer(CliApplication& app)
{
    if (!app.isSet(QStringLiteral("profile")))
        return app.usage(Text::tr("server maintain needs the program's connection profile: --profile FILE."));
    auto profile = server_profile::load(app.value(QStringLiteral("profile")));
    if (!profile)
        return app.fail(profile.error());
    const QString owner = app.value(QStringLiteral("owner"));
    auto password = app.readSecret(QStringLiteral("owner-password-file"),
                                   Text::tr("Password of the database role %1: ").arg(owner));
    if (!password)
        return app.fail(password.error());
    auto maintained = vault::maintainServer(*profile, owner, *password);
    if (!maintained)
        return app.fail(maintained.error());
    const QLocale locale;
    for (const vault::ServerTableMaintained& table : std::as_const(*maintained)) {
        if (!table.rewritten)
            continue;
        app.printLine(Text::tr("%1: rewritten, %2 → %3")
                          .arg(table.table, locale.formattedDataSize(table.bytesBefore),
                               locale.formattedDataSize(table.bytesAfter)));
    }
    app.printLine(Text::tr("Maintenance done on %1: %n table(s) vacuumed; what purges removed is in no table file now, "
                           "unless a transaction that began before the purge is still open (the WAL and backups keep "
                           "it until they age out: docs/server.md).",
                           nullptr, int(maintained->size()))
                      .arg(profile->connection.label()));
    return 0;
}

// server enroll: `user add` on the server, which also gives the person their database login.
int enrollOnServer(CliApplication& app)
{
    const int added = runUserAdd(app);
    if (added == 0)
        app.printLine(Text::tr("Give %1 the connection profile and the initial passphrase; they sign in with "
                               "\"peerdesk-cli --profile FILE --user %1 passwd\" or in the window with \"Connect to a "
                               "program server…\".")
                          .arg(vault::normaliseLogin(app.commandArguments().at(1))));
    return added;
}

// server import VAULT_DIR: a local vault moved into the empty program server of --profile by its schema owner, the
// vault itself left as it was.
int importVault(CliApplication& app)
{
    auto user = app.requireUser();
    if (!user)
        return app.fail(user.error());
    auto target = readOwnerRequest(app);
    if (!target)
        return app.fail(target.error());
    auto passphrase = app.readPassphrase(QString());
    if (!passphrase)
        return app.fail(passphrase.error());
    const QString vaultDirectory = QDir::cleanPath(QDir(app.commandArguments().at(1)).absolutePath());
    auto imported = vault::importToServer(target->profile, target->owner, target->ownerPassword, vaultDirectory, *user,
                                          *passphrase, app.clock());
    if (!imported)
        return app.fail(imported.error());
    saveCompletedProfile(app, target->profile, target->profilePath,
                         Text::tr("The vault %1 is now the program on %2; the vault itself is unchanged.")
                             .arg(QDir::toNativeSeparators(vaultDirectory), target->profile.connection.label()));
    if (!imported->deactivated.isEmpty())
        app.printLine(Text::tr("These accounts were deactivated and are enrolled again with a new initial passphrase "
                               "(\"peerdesk-cli --profile FILE --user %1 user reactivate LOGIN "
                               "--initial-passphrase-file FILE\"): %2")
                          .arg(vault::normaliseLogin(*user), imported->deactivated.join(QStringLiteral(", "))));
    return 0;
}

// server export --to DIR: the program as it is now, as a new local vault.
int exportProgram(CliApplication& app)
{
    const QString target = QDir::cleanPath(QDir(app.value(QStringLiteral("to"))).absolutePath());
    return cli_options::withSession(app, [&](VaultSession& session) {
        if (auto exported = vault::exportFromServer(session, target); !exported)
            return app.fail(exported.error());
        app.printLine(Text::tr("The program is exported into the vault %1. The same passphrases and recovery key open "
                               "it; the program on the server goes on unchanged.")
                          .arg(QDir::toNativeSeparators(target)));
        return 0;
    });
}

// A positive whole number of the option, 0 when it is not given.
Result<int> positiveOption(const CliApplication& app, const QString& option)
{
    auto value = cli_options::intOption(app, option);
    if (!value)
        return value.error();
    if (*value && **value <= 0)
        return makeError(ErrorCode::Usage, Text::tr("--%1 takes a whole number above 0.").arg(option));
    return value->value_or(0);
}

// watch: other people's changes to the program server, a line each as they commit (the table and the row's id, never
// a value), until --count lines were printed or --seconds passed, else until interrupted. For scripts and tests: the
// window refreshes by itself.
int watchChanges(CliApplication& app)
{
    auto count = positiveOption(app, QStringLiteral("count"));
    if (!count)
        return app.usage(count.error().message);
    auto seconds = positiveOption(app, QStringLiteral("seconds"));
    if (!seconds)
        return app.usage(seconds.error().message);
    const bool json = app.isSet(QStringLiteral("json"));
    return cli_options::withSession(app, [&](VaultSession& session) {
        auto feed = session.listenForChanges();
        if (!feed)
            return app.fail(feed.error());
        QEventLoop loop;
        int printed = 0;
        QObject::connect(feed->get(), &ChangeFeed::changed, &loop, [&](const QString& table, qint64 id) {
            if (*count > 0 && printed >= *count)
                return; // several may arrive at once
            if (json)
                app.out() << QJsonDocument(
                                 QJsonObject{ { QStringLiteral("table"), table }, { QStringLiteral("id"), id } })
                                 .toJson(QJsonDocument::Compact)
                          << QLatin1Char('\n');
            else
                app.out() << table << QLatin1Char(' ') << id << QLatin1Char('\n');
            app.out().flush();
            if (*count > 0 && ++printed >= *count)
                loop.quit();
        });
        // A dropped connection is said and tried again; changes made meanwhile are not printed.
        QObject::connect(feed->get(), &ChangeFeed::lost, &loop, [&](const QString& reason) { app.warn(reason); });
        QObject::connect(feed->get(), &ChangeFeed::listening, &loop, [&] {
            app.inform(Text::tr("Watching %1 again; changes made while the connection was lost are not listed.")
                           .arg(session.serverProfile()->connection.label()));
        });
        if (*seconds > 0)
            QTimer::singleShot(std::chrono::seconds(*seconds), &loop, &QEventLoop::quit);
        // Said once listening, so that a script knows from when a change is seen.
        app.inform(Text::tr("Watching %1 for changes.").arg(session.serverProfile()->connection.label()));
        loop.exec();
        return 0;
    });
}

} // namespace

QList<CliCommand> serverCommands()
{
    const QString server = QStringLiteral("server");
    return {
        { server,
          QStringLiteral("init"),
          {},
          cliNames({ "owner", "owner-password-file", "display-name", "kdf-ops", "kdf-mem-mib" }),
          cliNames({ "owner" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Set up a program on a PostgreSQL database with its first administrator (--user); "
                            "completes the --profile file and prints the recovery key once"),
          CliAccess::NoVault,
          initServer },
        { server, QStringLiteral("enroll"), QStringLiteral("NAME"),
          cliNames({ "role", "initial-passphrase-file", "display-name", "supporter" }),
          cliNames({ "role", "initial-passphrase-file" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "A staff member's account and database login, with a one-time "
                            "initial passphrase"),
          CliAccess::Administration, enrollOnServer },
        { server, QStringLiteral("import"), QStringLiteral("VAULT_DIR"), cliNames({ "owner", "owner-password-file" }),
          cliNames({ "owner" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Move a local vault, opened as its administrator (--user), into an empty program on a "
                            "PostgreSQL database; completes the --profile file"),
          CliAccess::NoVault, importVault },
        { server,
          QStringLiteral("maintain"),
          {},
          cliNames({ "owner", "owner-password-file" }),
          cliNames({ "owner" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "As the schema's owner: reclaim what purges left in the program's tables (VACUUM; the "
                            "tables with identities are rewritten, each locked meanwhile)"),
          CliAccess::NoVault,
          maintainServer },
        { server,
          QStringLiteral("export"),
          {},
          cliNames({ "to" }),
          cliNames({ "to" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Write the program as it is now into a new local vault in the folder DIR"),
          CliAccess::Administration,
          exportProgram },
        { QStringLiteral("watch"),
          {},
          {},
          cliNames({ "count", "seconds", "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "On a program server: print each change others commit (table and row number), until "
                            "--count changes or --seconds"),
          CliAccess::AnyAccount,
          watchChanges },
    };
}

} // namespace peerdesk
