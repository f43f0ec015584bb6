// `peerdesk-cli user ...` and `peerdesk-cli rekey`: staff accounts and data-key rotation, administrators only
// (docs/cli.md, docs/security.md).
#include "app/cli/CliApplication.h"
#include "core/services/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace peerdesk {

namespace {

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
            app.printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(user.login, roleKey(user.role), statusKey(user), user.displayName));
    }
    if (app.isSet(QStringLiteral("json")))
        app.printJson(QJsonDocument(array));
    return 0;
}

} // namespace

int runUserCommand(CliApplication& app)
{
    const QStringList& words = app.commandArguments();
    const QString sub = words.value(0);
    const QString synopsis
        = QStringLiteral("user add NAME --role ROLE --initial-passphrase-file FILE [--display-name NAME] | list "
                         "[--json] | deactivate NAME | reactivate NAME --initial-passphrase-file FILE | remove NAME "
                         "[--rotate-key]");
    const int expected = sub == QLatin1String("list") ? 1
        : sub == QLatin1String("add") || sub == QLatin1String("deactivate") || sub == QLatin1String("reactivate")
            || sub == QLatin1String("remove")
        ? 2
        : -1;
    if (expected < 0)
        return app.usage(Text::tr("user takes one of: %1").arg(synopsis));
    if (auto count = app.expectArguments(expected, synopsis); !count)
        return app.fail(count.error());
    const bool needsInitial = sub == QLatin1String("add") || sub == QLatin1String("reactivate");
    // A passphrase is never an argument; the initial one comes from a file the administrator then deletes.
    if (needsInitial && !app.isSet(QStringLiteral("initial-passphrase-file")))
        return app.usage(Text::tr("user %1 needs --initial-passphrase-file FILE.").arg(sub));
    std::optional<Role> role;
    if (sub == QLatin1String("add")) {
        role = roleFromKey(app.value(QStringLiteral("role")));
        if (!role)
            return app.usage(Text::tr("user add needs --role administrator, coordinator or reporting."));
    }
    SecureBuffer initial;
    if (needsInitial) {
        auto read = app.readNewPassphrase(QStringLiteral("initial-passphrase-file"));
        if (!read)
            return app.fail(read.error());
        initial = std::move(*read);
    }

    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    UserService users(**session);
    const QString login = words.value(1);
    if (sub == QLatin1String("list"))
        return listUsers(app, users);
    if (sub == QLatin1String("add")) {
        NewUser user{ login, app.value(QStringLiteral("display-name")), *role, std::move(initial) };
        if (auto added = users.add(user); !added)
            return app.fail(added.error());
        app.printLine(Text::tr("Account %1 added. Until %1 chooses a passphrase with \"peerdesk-cli passwd\", the "
                               "initial one opens nothing else.")
                          .arg(vault::normaliseLogin(login)));
        return 0;
    }
    if (sub == QLatin1String("reactivate")) {
        if (auto done = users.reactivate(login, initial); !done)
            return app.fail(done.error());
        app.printLine(Text::tr("Account %1 reactivated with an initial passphrase.").arg(vault::normaliseLogin(login)));
        return 0;
    }
    if (sub == QLatin1String("deactivate")) {
        if (auto done = users.deactivate(login); !done)
            return app.fail(done.error());
        app.printLine(
            Text::tr("Account %1 deactivated: its key slot has left keyring.json.").arg(vault::normaliseLogin(login)));
        app.printLine(keptCopyAdvice());
        return 0;
    }
    const bool rotate = app.isSet(QStringLiteral("rotate-key"));
    if (auto done = users.remove(login, rotate); !done)
        return app.fail(done.error());
    app.printLine(
        rotate ? Text::tr("Account %1 removed and the data key rotated: old copies of keyring.json no "
                          "longer open the vault.")
                     .arg(vault::normaliseLogin(login))
               : Text::tr("Account %1 removed: its key slot has left keyring.json.").arg(vault::normaliseLogin(login)));
    if (!rotate)
        app.printLine(keptCopyAdvice());
    return 0;
}

int runRekeyCommand(CliApplication& app)
{
    if (auto count = app.expectArguments(0, QStringLiteral("rekey")); !count)
        return app.fail(count.error());
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    if (auto rotated = (*session)->rotateDataKey(); !rotated)
        return app.fail(rotated.error());
    app.printLine(Text::tr("The data key was rotated: the database is encrypted under a new key, and every key "
                           "slot opens it."));
    return 0;
}

int runKeyringCommand(CliApplication& app)
{
    if (app.commandArguments().value(0) != QLatin1String("repair"))
        return app.usage(Text::tr("keyring takes: repair."));
    if (auto count = app.expectArguments(1, QStringLiteral("keyring repair")); !count)
        return app.fail(count.error());
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

int runRecoveryKeyCommand(CliApplication& app)
{
    if (app.commandArguments().value(0) != QLatin1String("regenerate"))
        return app.usage(Text::tr("recovery-key takes: regenerate."));
    if (auto count = app.expectArguments(1, QStringLiteral("recovery-key regenerate")); !count)
        return app.fail(count.error());
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    auto key = (*session)->regenerateRecoveryKey();
    if (!key)
        return app.fail(key.error());
    app.printLine(Text::tr("The old recovery key no longer opens the vault. Store the new one below somewhere safe, "
                           "away from this computer; it is shown only this once."));
    app.printLine(QStringLiteral("Recovery key: %1").arg(*key));
    wipe(*key);
    return 0;
}

} // namespace peerdesk
