// `peerdesk-cli user ...` and `peerdesk-cli rekey`: staff accounts and data-key rotation, administrators only
// (docs/cli.md, docs/security.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/services/UserService.h"
#include "core/vault/VaultSession.h"

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

// After an account leaves without a new data key: what a copy of the old keyring.json still gives its holder.
QString keptCopyAdvice()
{
    return Text::tr("A copy of the old keyring.json still opens the vault with this account's passphrase until the "
                    "data key is rotated (peerdesk-cli rekey): rotate it if they may have kept one.");
}

// The same on a program server, where the slot lives in the database: its login is gone, but a slot they copied
// earlier, with a copy of the database, still opens names until the identity key changes.
QString keptServerCopyAdvice()
{
    return Text::tr("Their database login and sessions have ended. A copy of their key slot, with a copy of the "
                    "program's database, still opens names until the identity key is changed (peerdesk-cli rekey): "
                    "change it if they may have kept one.");
}

// What the online change of a program server's identity key did (VaultSession::rotateIdentityKey).
QString identityKeyChanged(const VaultSession& session)
{
    const auto& change = session.lastIdentityKeyChange();
    if (!change)
        return {};
    return Text::tr("The program's identity key was changed (generation %1): %2 records and %3 supporters were "
                    "re-encrypted under it, and the earlier key opens nothing on the server any more.")
        .arg(change->epoch)
        .arg(change->rewritten)
        .arg(change->roster);
}

QString statusKey(const UserRecord& user)
{
    if (user.removedAt.isValid())
        return QStringLiteral("removed");
    if (!user.active)
        return QStringLiteral("deactivated");
    return user.mustChangePassphrase ? QStringLiteral("initial_passphrase") : QStringLiteral("active");
}

int listUsers(CliApplication& app, UserService& users)
{
    auto list = users.list();
    if (!list)
        return app.fail(list.error());
    QJsonArray array;
    for (const UserRecord& user : *list) {
        const QJsonObject fields{ { QStringLiteral("login"), user.login },
                                  { QStringLiteral("display_name"), user.displayName },
                                  { QStringLiteral("role"), roleKey(user.role) },
                                  { QStringLiteral("status"), statusKey(user) } };
        if (app.isSet(QStringLiteral("json")))
            array.append(fields);
        else
            app.printColumns({ user.login, roleKey(user.role), statusKey(user), user.displayName });
    }
    if (app.isSet(QStringLiteral("json")))
        app.printJson(QJsonDocument(array));
    return 0;
}

// The initial passphrase of `user add` and `user reactivate`: never an argument, from a file the administrator then
// deletes (or typed twice), read before the unlock.
Result<SecureBuffer> initialPassphrase(CliApplication& app)
{
    return app.readNewPassphrase(QStringLiteral("initial-passphrase-file"));
}

} // namespace

int runUserAdd(CliApplication& app)
{
    const std::optional<Role> role = roleFromKey(app.value(QStringLiteral("role")));
    if (!role)
        return app.usage(Text::tr("user add needs --role administrator, coordinator, reporting or supporter."));
    auto supporter = intOption(app, QStringLiteral("supporter"));
    if (!supporter)
        return app.fail(supporter.error());
    if (*role == Role::Supporter && !*supporter)
        return app.usage(Text::tr("A supporter's account needs --supporter ID, the supporter it works for."));
    auto initial = initialPassphrase(app);
    if (!initial)
        return app.fail(initial.error());
    const QString login = app.commandArguments().at(1);
    return withSession(app, [&](VaultSession& session) {
        NewUser user{ login,          app.value(QStringLiteral("display-name")),
                      *role,          std::move(*initial),
                      siteCodes(app), supporter->value_or(0) };
        if (auto added = UserService(session).add(user); !added)
            return app.fail(added.error());
        app.printLine(Text::tr("Account %1 added. Until %1 chooses a passphrase with \"peerdesk-cli passwd\", the "
                               "initial one opens nothing else.")
                          .arg(vault::normaliseLogin(login)));
        return 0;
    });
}

namespace {

int listUsersCommand(CliApplication& app)
{
    return withService(app, listUsers);
}

int reactivateUser(CliApplication& app)
{
    auto initial = initialPassphrase(app);
    if (!initial)
        return app.fail(initial.error());
    const QString login = app.commandArguments().at(1);
    return withSession(app, [&](VaultSession& session) {
        if (auto done = UserService(session).reactivate(login, *initial); !done)
            return app.fail(done.error());
        app.printLine(Text::tr("Account %1 reactivated with an initial passphrase.").arg(vault::normaliseLogin(login)));
        return 0;
    });
}

int deactivateUser(CliApplication& app)
{
    const QString login = app.commandArguments().at(1);
    return withSession(app, [&](VaultSession& session) {
        if (auto done = UserService(session).deactivate(login); !done)
            return app.fail(done.error());
        app.printLine(
            Text::tr("Account %1 deactivated: its key slot has left keyring.json.").arg(vault::normaliseLogin(login)));
        app.printLine(keptCopyAdvice());
        return 0;
    });
}

int removeUser(CliApplication& app)
{
    const QString login = app.commandArguments().at(1);
    const bool rotate = app.isSet(QStringLiteral("rotate-key"));
    return withSession(app, [&](VaultSession& session) {
        if (auto done = UserService(session).remove(login, rotate); !done)
            return app.fail(done.error());
        const QString removed = vault::normaliseLogin(login);
        if (session.onServer()) {
            app.printLine(Text::tr("Account %1 removed: its key slot has left the program's keyring.").arg(removed));
            app.printLine(rotate ? identityKeyChanged(session) : keptServerCopyAdvice());
            return 0;
        }
        app.printLine(rotate ? Text::tr("Account %1 removed and the data key rotated: old copies of keyring.json no "
                                        "longer open the vault.")
                                   .arg(removed)
                             : Text::tr("Account %1 removed: its key slot has left keyring.json.").arg(removed));
        if (!rotate)
            app.printLine(keptCopyAdvice());
        return 0;
    });
}

int rekey(CliApplication& app)
{
    return withSession(app, [&](VaultSession& session) {
        if (auto rotated = session.rotateDataKey(); !rotated)
            return app.fail(rotated.error());
        if (session.onServer()) {
            app.printLine(identityKeyChanged(session));
            return 0;
        }
        app.printLine(Text::tr("The data key was rotated: the database is encrypted under a new key, and every key "
                               "slot opens it."));
        return 0;
    });
}

int repairKeyring(CliApplication& app)
{
    auto session = app.unlock(app.clock(), vault::OpenOptions{ true });
    if (!session)
        return app.fail(session.error());
    const QStringList& report = (*session)->repairReport();
    if (report.isEmpty()) {
        app.printLine(Text::tr("keyring.json agrees with the vault's accounts; nothing was changed."));
        return 0;
    }
    for (const QString& line : report)
        app.printLine(line);
    app.printLine(Text::tr("keyring.json now holds only the key slots the vault's accounts give. Anyone who may have "
                           "a copy of a removed slot: change the data key (peerdesk-cli rekey)."));
    return 0;
}

int regenerateRecoveryKey(CliApplication& app)
{
    return withSession(app, [&](VaultSession& session) {
        auto key = session.regenerateRecoveryKey();
        if (!key)
            return app.fail(key.error());
        app.printLine(Text::tr("The old recovery key no longer opens the vault. Store the new one below somewhere "
                               "safe, away from this computer; it is shown only this once."));
        app.printLine(QStringLiteral("Recovery key: %1").arg(*key));
        wipe(*key);
        return 0;
    });
}

} // namespace

QList<CliCommand> userCommands()
{
    const QString user = QStringLiteral("user");
    return {
        { user, QStringLiteral("add"), QStringLiteral("NAME"),
          cliNames({ "role", "initial-passphrase-file", "display-name", "sites", "supporter" }),
          cliNames({ "role", "initial-passphrase-file" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A new account with a one-time initial passphrase"),
          CliAccess::Administration, runUserAdd },
        { user,
          QStringLiteral("list"),
          {},
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Every account: login, role, status, display name"),
          CliAccess::Administration,
          listUsersCommand },
        { user,
          QStringLiteral("deactivate"),
          QStringLiteral("NAME"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The account's key slot leaves keyring.json"),
          CliAccess::Administration,
          deactivateUser },
        { user, QStringLiteral("reactivate"), QStringLiteral("NAME"), cliNames({ "initial-passphrase-file" }),
          cliNames({ "initial-passphrase-file" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Bring an account back with a new initial passphrase"),
          CliAccess::Administration, reactivateUser },
        { user,
          QStringLiteral("remove"),
          QStringLiteral("NAME"),
          cliNames({ "rotate-key" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "End an account for good; --rotate-key changes the data key too"),
          CliAccess::Administration,
          removeUser },
        { QStringLiteral("rekey"),
          {},
          {},
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Rotate the data key: re-encrypt the database, give every key slot "
                            "the new key"),
          CliAccess::Administration,
          rekey },
        { QStringLiteral("recovery-key"),
          QStringLiteral("regenerate"),
          {},
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A new recovery key; the old one stops working"),
          CliAccess::Administration,
          regenerateRecoveryKey },
        { QStringLiteral("keyring"),
          QStringLiteral("repair"),
          {},
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Keep in keyring.json only the key slots the vault's accounts give"),
          CliAccess::Administration,
          repairKeyring },
    };
}

} // namespace peerdesk
