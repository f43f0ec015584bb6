// peerdesk-cli: the command-line face of PeerDesk. Wiring only; see CliApplication.
#include "app/cli/CliApplication.h"
#include "core/CoreInit.h"
#include "core/Translations.h"
#include "core/security/CoreDumpGuard.h"
#include "core/vault/ScratchSpace.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <sys/stat.h>

int main(int argc, char** argv)
{
    peerdesk::disableCoreDumps();
    ::umask(077); // every file PeerDesk writes is its user's alone
    // A PDF report is painted, and painting needs a QGuiApplication: on the offscreen platform, so the CLI
    // never opens a window or needs a display. Every other command stays a plain QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (peerdesk::CliApplication::drawsDocuments(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk"));
    // Without an organization Qt files preferences under "Unknown Organization"; this gives
    // ~/.config/peerdesk/peerdesk.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("peerdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("peerdesk.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERDESK_VERSION));
    peerdesk::translations::installTranslators(app, peerdesk::translations::chooseLanguage());
    if (!peerdesk::initialiseCore())
        return 6;
    // What a `backup verify` or restore killed midway left in the private scratch folder goes now.
    peerdesk::ScratchFolder::removeAbandoned();
    QTextStream out(stdout);
    QTextStream err(stderr);
    peerdesk::SystemClock clock;
    peerdesk::CliApplication cli(QCoreApplication::arguments(), out, err, clock);
    return cli.run();
}
