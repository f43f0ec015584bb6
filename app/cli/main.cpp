// peerdesk-cli: the command-line face of PeerDesk. Wiring only; see CliApplication.
#include "CliApplication.h"
#include "CoreInit.h"
#include "Translations.h"
#include "security/CoreDumpGuard.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char** argv)
{
    peerdesk::disableCoreDumps();
    ::umask(077); // every file PeerDesk writes is its user's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERDESK_VERSION));
    peerdesk::translations::installTranslators(app, peerdesk::translations::chooseLanguage());
    if (!peerdesk::initialiseCore())
        return 6;
    QTextStream out(stdout);
    QTextStream err(stderr);
    peerdesk::SystemClock clock;
    peerdesk::CliApplication cli(QCoreApplication::arguments(), out, err, clock);
    return cli.run();
}
