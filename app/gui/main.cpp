// The PeerDesk GUI: parses the command line, prepares the process and hands over to AppController.

#include "core/CoreInit.h"
#include "core/Translations.h"
#include "core/security/CoreDumpGuard.h"
#include "core/vault/ScratchSpace.h"
#include "core/vault/VaultPaths.h"
#include "ui/AppController.h"
#include "ui/ScreenshotTour.h"
#include "ui/UiInit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <string_view>
#include <sys/stat.h>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk"));
    // Without an organization Qt files preferences under "Unknown Organization"; this gives
    // ~/.config/peerdesk/peerdesk.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("peerdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("peerdesk.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEERDESK_VERSION));
}

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption vault{ QStringList{ QStringLiteral("vault") },
                              QCoreApplication::translate("main", "Open or create the vault in <folder>."),
                              QCoreApplication::translate("main", "folder"),
                              QDir::toNativeSeparators(peerdesk::vault_paths::defaultDirectory()) };
    QCommandLineOption profile{ QStringList{ QStringLiteral("profile") },
                                QCoreApplication::translate(
                                    "main",
                                    "Sign in to the program server of this connection profile, now and at "
                                    "the next start (docs/server.md)."),
                                QCoreApplication::translate("main", "file") };
    // Documentation screenshots (scripts/screenshots), from a throw-away demo vault; hidden from --help.
    QCommandLineOption screenshotDir{ QStringList{ QStringLiteral("screenshot-dir") },
                                      QStringLiteral("Write documentation screenshots into <dir> and exit."),
                                      QStringLiteral("dir") };

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Coordinating physician peer support, privately."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(vault);
        parser.addOption(profile);
        screenshotDir.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(screenshotDir);
    }
};

// --help and --version answer without a display, e.g. on a server or in a packaging check.
bool wantsInformationOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a key or a name in memory.
    peerdesk::disableCoreDumps();
    ::umask(077); // every file PeerDesk writes is its user's alone

    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        peerdesk::translations::installTranslators(app, peerdesk::translations::chooseLanguage());
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PeerDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.peerdesk.peerdesk"));
    peerdesk::translations::installTranslators(app, peerdesk::translations::chooseLanguage());
    QGuiApplication::setWindowIcon(QIcon(peerdesk::ui::applicationIconPath()));

    CommandLine commandLine;
    commandLine.parser.process(app);
    if (!peerdesk::initialiseCore())
        return 1;
    // What a `backup verify` or restore killed midway left in the private scratch folder goes now.
    peerdesk::ScratchFolder::removeAbandoned();

    if (commandLine.parser.isSet(commandLine.screenshotDir))
        return peerdesk::ui::runScreenshotTour(commandLine.parser.value(commandLine.screenshotDir));

    if (commandLine.parser.isSet(commandLine.profile))
        peerdesk::AppController::rememberServerProfile(commandLine.parser.value(commandLine.profile));
    peerdesk::AppController controller(
        QDir::cleanPath(QDir::fromNativeSeparators(commandLine.parser.value(commandLine.vault))));
    QObject::connect(&controller, &peerdesk::AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return QApplication::exec();
}
