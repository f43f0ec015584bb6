// peerdesk-cli server …: setting up a program server and enrolling its staff (docs/server.md, docs/cli.md).

#include "app/cli/CliApplication.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

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
    const QString profilePath = app.value(QStringLiteral("profile"));
    auto profile = server_profile::load(profilePath);
    if (!profile)
        return app.fail(profile.error());
    if (profile->initialised())
        return app.fail(makeError(ErrorCode::InvalidInput,
                                  Text::tr("This connection profile already belongs to a program; start from a profile "
                                           "without \"program_salt\".")));
    const QString owner = app.value(QStringLiteral("owner"));
    auto ownerPassword = app.readSecret(QStringLiteral("owner-password-file"),
                                        Text::tr("Password of the database role %1: ").arg(owner));
    if (!ownerPassword)
        return app.fail(ownerPassword.error());
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
    auto created = vault::createOnServer(*profile, owner, *ownerPassword, std::move(request), app.clock());
    if (!created)
        return app.fail(created.error());
    if (created->weakKeyDerivation)
        app.warn(vault::weakCostWarning(*kdf));
    // The program exists now; a profile that cannot be written is said with what to do, and the recovery key is
    // still shown (it is the only time).
    if (auto saved = server_profile::save(*profile, profilePath); !saved)
        app.warn(saved.error().message);
    app.out() << Text::tr("Program created on %1. The connection profile %2 is complete: give a copy to every staff "
                          "member; it holds no secret.")
                     .arg(profile->connection.label(), profilePath)
              << QLatin1Char('\n')
              << Text::tr("Store the recovery key below somewhere safe, away from this computer. It is shown only this "
                          "once.")
              << QLatin1Char('\n') << QStringLiteral("Recovery key: %1\n").arg(created->recoveryKey);
    app.out().flush();
    wipe(created->recoveryKey);
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
          cliNames({ "role", "initial-passphrase-file", "display-name" }),
          cliNames({ "role", "initial-passphrase-file" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "A staff member's account and database login, with a one-time "
                            "initial passphrase"),
          CliAccess::Administration, enrollOnServer },
    };
}

} // namespace peerdesk
