// `peerdesk-cli backup ...`: encrypted backups of the vault, checked before anything is restored
// (docs/cli.md, docs/file-format.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/vault/Backup.h"

#include <QCoreApplication>
#include <QDir>

#include <functional>

namespace peerdesk {

namespace {

using namespace cli_options;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

int createBackup(CliApplication& app)
{
    return withSession(app, [&](VaultSession& session) {
        auto path = backup::create(session, app.commandArguments().at(1));
        if (!path)
            return app.fail(path.error());
        app.printLine(Text::tr("Backup written: encrypted with the vault's key, with its keyring."));
        app.printLine(QDir::toNativeSeparators(*path)); // last, for scripts
        return 0;
    });
}

// The backup's own keyring opens it: the person's passphrase as it was when the backup was made. The file's shape is
// checked before the passphrase is asked for.
int openBackup(CliApplication& app, const std::function<int(const QString& login, const SecureBuffer&)>& work)
{
    auto login = app.requireUser();
    if (!login)
        return app.fail(login.error());
    if (auto shape = backup::inspect(app.commandArguments().at(1)); !shape)
        return app.fail(shape.error());
    auto passphrase = app.readPassphrase(Text::tr("Passphrase for %1 in the backup: ").arg(*login));
    if (!passphrase)
        return app.fail(passphrase.error());
    return work(*login, *passphrase);
}

int verifyBackup(CliApplication& app)
{
    return openBackup(app, [&](const QString& login, const SecureBuffer& passphrase) {
        auto report = backup::verify(app.commandArguments().at(1), login, passphrase, app.clock(),
                                     { app.isSet(QStringLiteral("allow-costly-keyring")) });
        if (!report)
            return app.fail(report.error());
        if (!report->ok) {
            for (const QString& problem : report->problems)
                app.printLine(problem);
            return app.fail(makeError(ErrorCode::Damaged, Text::tr("The backup's database fails verification.")));
        }
        app.printLine(Text::tr("Backup verified: checksums, keyring, encryption, integrity and %n audit row(s).",
                               nullptr, int(report->auditRows)));
        return 0;
    });
}

int restoreBackup(CliApplication& app)
{
    return openBackup(app, [&](const QString& login, const SecureBuffer& passphrase) {
        const QString target = app.value(QStringLiteral("to"));
        if (auto restored
            = backup::restore(app.commandArguments().at(1), target, app.isSet(QStringLiteral("force")), login,
                              passphrase, app.clock(), { app.isSet(QStringLiteral("allow-costly-keyring")) });
            !restored)
            return app.fail(restored.error());
        app.printLine(Text::tr("Vault restored into %1.").arg(QDir::toNativeSeparators(QDir(target).absolutePath())));
        return 0;
    });
}

} // namespace

QList<CliCommand> backupCommands()
{
    const QString group = QStringLiteral("backup");
    return {
        { group,
          QStringLiteral("create"),
          QStringLiteral("DIR"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "An encrypted backup in DIR; its path is the last line"),
          CliAccess::Administration,
          createBackup },
        { group,
          QStringLiteral("verify"),
          QStringLiteral("FILE"),
          cliNames({ "allow-costly-keyring" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp",
                            "Check a backup's checksums, keys and database with your passphrase "
                            "as it was in the backup"),
          CliAccess::AnyAccount,
          verifyBackup },
        { group, QStringLiteral("restore"), QStringLiteral("FILE"), cliNames({ "to", "force", "allow-costly-keyring" }),
          cliNames({ "to" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Everything verify checks, then the vault restored into --to DIR"),
          CliAccess::Administration, restoreBackup },
    };
}

} // namespace peerdesk
