// `peerdesk-cli backup ...`: encrypted backups of the vault, checked before anything is restored
// (docs/cli.md, docs/file-format.md).
#include "app/cli/CliApplication.h"
#include "core/vault/Backup.h"

#include <QCoreApplication>
#include <QDir>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

} // namespace

int runBackupCommand(CliApplication& app)
{
    const QStringList& words = app.commandArguments();
    const QString sub = words.value(0);
    const QString synopsis
        = QStringLiteral("backup create DIR | verify FILE [--allow-costly-keyring] | restore FILE --to DIR [--force] "
                         "[--allow-costly-keyring]");
    if (sub != QLatin1String("create") && sub != QLatin1String("verify") && sub != QLatin1String("restore"))
        return app.usage(Text::tr("backup takes one of: %1").arg(synopsis));
    if (auto count = app.expectArguments(2, synopsis); !count)
        return app.fail(count.error());
    if (sub == QLatin1String("create")) {
        auto session = app.unlock();
        if (!session)
            return app.fail(session.error());
        auto path = backup::create(**session, words.at(1));
        if (!path)
            return app.fail(path.error());
        app.printLine(Text::tr("Backup written: encrypted with the vault's key, with its keyring."));
        app.printLine(QDir::toNativeSeparators(*path)); // last, for scripts
        return 0;
    }
    if (sub == QLatin1String("restore") && !app.isSet(QStringLiteral("to")))
        return app.usage(Text::tr("backup restore needs --to DIR."));
    // The backup's own keyring opens it: the person's passphrase as it was when the backup was made.
    auto login = app.requireUser();
    if (!login)
        return app.fail(login.error());
    if (auto shape = backup::inspect(words.at(1)); !shape)
        return app.fail(shape.error());
    auto passphrase = app.readPassphrase(Text::tr("Passphrase for %1 in the backup: ").arg(*login));
    if (!passphrase)
        return app.fail(passphrase.error());
    if (sub == QLatin1String("verify")) {
        auto report = backup::verify(words.at(1), *login, *passphrase, app.clock(),
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
    }
    const QString target = app.value(QStringLiteral("to"));
    if (auto restored = backup::restore(words.at(1), target, app.isSet(QStringLiteral("force")), *login, *passphrase,
                                        app.clock(), { app.isSet(QStringLiteral("allow-costly-keyring")) });
        !restored)
        return app.fail(restored.error());
    app.printLine(Text::tr("Vault restored into %1.").arg(QDir::toNativeSeparators(QDir(target).absolutePath())));
    return 0;
}

} // namespace peerdesk
