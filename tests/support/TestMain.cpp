// Shared main for every test suite: a headless Qt application, libsodium initialised, core registered.
#include "CatchRunner.h"
#include "core/CoreInit.h"

#if PEERDESK_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#elif PEERDESK_TEST_GUI
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    // Tests never need a display unless a developer asks for one explicitly.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    TestApplication app(argc, argv);
    if (!peerdesk::initialiseCore())
        return 1;
    return peerdesk::test::runCatchSession(argc, argv);
}
