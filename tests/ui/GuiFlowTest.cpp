// Drives the real GUI on the offscreen platform: first run, recovery key, unlock, the main window, locking
// by hand and when idle. Every wait is on a condition (QTest::qWaitFor), never a sleep.

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/Translations.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RosterCache.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/vault/Backup.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"
#include "ui/AppController.h"
#include "ui/ClipboardGuard.h"
#include "ui/DesktopLockWatcher.h"
#include "ui/IdleLockMonitor.h"
#include "ui/MainWindow.h"
#include "ui/UiInit.h"
#include "ui/dialogs/CreateVaultDialog.h"
#include "ui/dialogs/RecoverPassphraseDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/Page.h"
#include "ui/widgets/StrengthMeter.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <chrono>
#include <functional>

using namespace peerdesk;
using namespace std::chrono_literals;

namespace {

constexpr int KdfTimeoutMs = 30000; // generous: the fast KDF takes milliseconds, but CI machines stall
const auto Strong = QStringLiteral("correct horse battery staple orbit lantern");

// Settings (last login, window geometry) go to a test location, never the developer's own.
void prepareApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = KdfTimeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    INFO("looking for " << name);
    REQUIRE(found != nullptr);
    return found;
}

void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void click(QWidget* parent, const char* name)
{
    auto* button = child<QAbstractButton>(parent, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool isShownMessage(QWidget* parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return !label->isHidden() && !label->text().isEmpty();
}

// What a screen reader announces for a control: its accessible name, a label whose buddy it is, or (for a
// tool button) the text of its action.
bool hasAccessibleName(QWidget* root, QWidget* widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return true;
    if (auto* tool = qobject_cast<QToolButton*>(widget);
        tool && tool->defaultAction() && !tool->defaultAction()->text().isEmpty())
        return true;
    const auto labels = root->findChildren<QLabel*>();
    return std::any_of(labels.cbegin(), labels.cend(), [widget](const QLabel* label) {
        return label->buddy() == widget && !label->text().trimmed().isEmpty();
    });
}

void requireAccessibleNames(QWidget* root)
{
    const auto widgets = root->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QListWidget*>(widget) || qobject_cast<QProgressBar*>(widget);
        // Qt's own helpers (the overflow buttons of menu and tool bars, a line edit's clear button, a table's
        // corner button) are named by Qt's accessibility layer.
        const QLatin1String className(widget->metaObject()->className());
        if (!control || widget->objectName().startsWith(QLatin1String("qt_"))
            || className == QLatin1String("QLineEditIconButton") || className == QLatin1String("QTableCornerButton"))
            continue;
        ++checked;
        INFO(root->objectName().toStdString()
             << ": " << widget->metaObject()->className() << " '" << widget->objectName().toStdString() << "'");
        CHECK(hasAccessibleName(root, widget));
    }
    CHECK(checked > 0);
}

QString createVaultThroughApi(const QString& directory, KdfParams kdf = KdfParams::fastForTests())
{
    NewVaultRequest request = test::TempVault::request(directory);
    request.kdf = kdf;
    auto created = vault::create(std::move(request), SystemClock());
    if (!created)
        FAIL("creating the vault failed: " << created.error().message.toStdString());
    return created->recoveryKey;
}

// Signs in on the unlock dialog as the test vault's administrator and waits for the main window.
void unlockAsAdministrator(AppController& controller)
{
    REQUIRE(waitFor([&] { return controller.unlockDialog() && controller.unlockDialog()->isVisible(); }));
    UnlockDialog* unlock = controller.unlockDialog();
    typeInto(unlock, "login", QStringLiteral("admin"));
    typeInto(unlock, "passphrase", QLatin1String(test::TempVault::Passphrase));
    click(unlock, "unlockButton");
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
}

// The vault made by createVaultThroughApi, opened through the API as its administrator.
std::unique_ptr<VaultSession> openAsAdministrator(const QString& directory)
{
    static const SystemClock clock;
    auto key = vault::unwrapWithPassphrase(directory, QStringLiteral("admin"),
                                           test::TempVault::secret(QLatin1String(test::TempVault::Passphrase)));
    REQUIRE(key);
    auto admin = vault::open(std::move(*key), clock);
    REQUIRE(admin);
    return std::move(*admin);
}

void setBackupFolder(const QString& directory, const QString& folder)
{
    REQUIRE(changeSetting(*openAsAdministrator(directory), QLatin1String(ProgramSettings::BackupFolder), folder));
}

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.pdbackup") }, QDir::Files);
}

} // namespace

TEST_CASE("The idle monitor fires after the timeout and input postpones it", "[ui][lock]")
{
    prepareApplication();
    QWidget window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    IdleLockMonitor monitor(500ms);
    QSignalSpy idle(&monitor, &IdleLockMonitor::idle);
    QElapsedTimer elapsed;
    elapsed.start();
    monitor.start();
    REQUIRE(monitor.isRunning());

    // Keep typing for twice the timeout: no lock while someone is working.
    while (elapsed.elapsed() < 1000) {
        QTest::keyClick(&window, Qt::Key_A);
        QTest::qWait(50);
    }
    CHECK(idle.count() == 0);

    // Then stop: it fires once, and stops watching.
    REQUIRE(idle.wait(5000));
    CHECK(idle.count() == 1);
    CHECK_FALSE(monitor.isRunning());

    // A zero timeout (the vault's "0 minutes") never locks.
    monitor.setTimeout(0ms);
    monitor.start();
    CHECK_FALSE(monitor.isRunning());
}

TEST_CASE("Idle time counts the hours a suspended laptop slept", "[ui][lock]")
{
    prepareApplication();
    // The real-time clock goes on during suspend; Qt's timers do not fire meanwhile. Here time jumps as it does for
    // a laptop that slept: no input, no timer, and then the resume.
    std::chrono::milliseconds now{ 1'000'000 };
    IdleLockMonitor monitor(std::chrono::minutes(5), [&] { return now; });
    QSignalSpy idle(&monitor, &IdleLockMonitor::idle);
    monitor.start();
    now += std::chrono::minutes(4);
    monitor.check();
    CHECK(idle.count() == 0);
    CHECK(monitor.isRunning());
    now += std::chrono::hours(8); // the lid was closed overnight
    monitor.check();
    CHECK(idle.count() == 1);
    CHECK_FALSE(monitor.isRunning());
}

TEST_CASE("Sleep and a locked screen lock the vault, told over D-Bus as the desktop tells them", "[ui][lock]")
{
    prepareApplication();
    // A private bus stands for the desktop's: this test owns logind's and the screen savers' names on it.
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    REQUIRE(bus.waitForStarted());
    REQUIRE(waitFor([&] { return bus.canReadLine() || bus.waitForReadyRead(50); }));
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();
    REQUIRE_FALSE(address.isEmpty());
    {
        QDBusConnection desktop = QDBusConnection::connectToBus(address, QStringLiteral("fake-desktop"));
        REQUIRE(desktop.isConnected());
        for (const char* name : { "org.freedesktop.login1", "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver" })
            REQUIRE(desktop.registerService(QLatin1String(name)));
        const QDBusConnection ours = QDBusConnection::connectToBus(address, QStringLiteral("peerdesk-side"));
        DesktopLockWatcher watcher(ours, ours);
        CHECK(watcher.listening() == 3);
        QSignalSpy lockRequested(&watcher, &DesktopLockWatcher::lockRequested);
        QSignalSpy resumed(&watcher, &DesktopLockWatcher::resumed);
        const auto emitSignal = [&](const char* path, const char* interface, const char* member, bool value) {
            QDBusMessage message
                = QDBusMessage::createSignal(QLatin1String(path), QLatin1String(interface), QLatin1String(member));
            message << value;
            REQUIRE(desktop.send(message));
        };
        emitSignal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", true);
        REQUIRE(waitFor([&] { return lockRequested.count() == 1; }));
        emitSignal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", false);
        REQUIRE(waitFor([&] { return resumed.count() == 1; }));
        emitSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", true);
        REQUIRE(waitFor([&] { return lockRequested.count() == 2; }));
        emitSignal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", false); // unlocked: nothing
        emitSignal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", true);
        REQUIRE(waitFor([&] { return lockRequested.count() == 3; }));
        // The same signal from someone else on the bus is not the screen saver's.
        QDBusConnection stranger = QDBusConnection::connectToBus(address, QStringLiteral("stranger"));
        QDBusMessage forged = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                         QStringLiteral("org.freedesktop.ScreenSaver"),
                                                         QStringLiteral("ActiveChanged"));
        forged << true;
        REQUIRE(stranger.send(forged));
        QTest::qWait(200);
        CHECK(lockRequested.count() == 3);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-desktop"));
    QDBusConnection::disconnectFromBus(QStringLiteral("peerdesk-side"));
    QDBusConnection::disconnectFromBus(QStringLiteral("stranger"));
    bus.terminate();
    bus.waitForFinished();

    // The window locks on the watcher's word.
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    createVaultThroughApi(directory);
    AppController controller(directory, KdfParams::fastForTests());
    controller.start();
    unlockAsAdministrator(controller);
    Q_EMIT controller.desktopLockWatcher()->lockRequested();
    REQUIRE(waitFor([&] { return controller.session() == nullptr && controller.mainWindow() == nullptr; }));
    CHECK(controller.unlockDialog() != nullptr);
}

TEST_CASE("The window says which vault files other users of the computer can read", "[ui][permissions]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    createVaultThroughApi(directory);
    const QString keyring = vault_paths::keyringPath(directory);
    REQUIRE(QFile::setPermissions(keyring, QFile::permissions(keyring) | QFileDevice::ReadOther));
    AppController controller(directory, KdfParams::fastForTests());
    controller.start();
    unlockAsAdministrator(controller);
    const auto shown = [&] {
        auto* box = controller.mainWindow()->findChild<QMessageBox*>(QStringLiteral("sessionWarnings"));
        return box && box->isVisible() ? box : nullptr;
    };
    REQUIRE(waitFor([&] { return shown() != nullptr; }));
    CHECK(shown()->informativeText().contains(QDir::toNativeSeparators(keyring)));
    CHECK(shown()->informativeText().contains(QStringLiteral("other users of this computer")));
}

TEST_CASE("The Create-vault dialog validates as the administrator types", "[ui][create]")
{
    prepareApplication();
    QTemporaryDir root;
    const SystemClock clock;
    CreateVaultDialog dialog(root.filePath(QStringLiteral("vault")), clock, KdfParams::fastForTests());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    requireAccessibleNames(&dialog);

    auto* create = child<QPushButton>(&dialog, "createButton");
    CHECK_FALSE(create->isEnabled());

    typeInto(&dialog, "login", QStringLiteral("Alex Admin"));
    CHECK(isShownMessage(&dialog, "loginMessage"));
    typeInto(&dialog, "login", QStringLiteral("alex"));
    CHECK_FALSE(isShownMessage(&dialog, "loginMessage"));
    typeInto(&dialog, "displayName", QStringLiteral("Alex Admin"));
    CHECK_FALSE(isShownMessage(&dialog, "displayNameMessage"));

    auto* meter = child<StrengthMeter>(&dialog, "strengthMeter");
    typeInto(&dialog, "passphrase", QStringLiteral("password1"));
    CHECK(meter->score() <= 1);
    CHECK_FALSE(meter->feedback().isEmpty());
    typeInto(&dialog, "confirmPassphrase", QStringLiteral("password1"));
    CHECK_FALSE(create->isEnabled()); // too weak, even when both match

    typeInto(&dialog, "passphrase", Strong);
    CHECK(meter->score() == 4);
    typeInto(&dialog, "confirmPassphrase", Strong + QStringLiteral("!"));
    CHECK(isShownMessage(&dialog, "confirmMessage"));
    CHECK_FALSE(create->isEnabled());

    typeInto(&dialog, "confirmPassphrase", Strong);
    CHECK(create->isEnabled());

    // The strength check knows who the passphrase belongs to.
    typeInto(&dialog, "passphrase", QStringLiteral("alexadmin"));
    CHECK_FALSE(create->isEnabled());
}

TEST_CASE("The Create-vault dialog refuses to close while the vault is being created", "[ui][create]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    const SystemClock clock;
    auto* dialog = new CreateVaultDialog(directory, clock, KdfParams::fastForTests());
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    typeInto(dialog, "login", QStringLiteral("admin"));
    typeInto(dialog, "displayName", QStringLiteral("Alex Admin"));
    typeInto(dialog, "passphrase", Strong);
    typeInto(dialog, "confirmPassphrase", Strong);
    click(dialog, "createButton");
    REQUIRE(dialog->isBusy());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK(dialog->close() == false);
    CHECK(dialog->isVisible());
    // Destroyed mid-way (the application quitting): the worker finishes first, and the vault is whole.
    delete dialog;
    CHECK(vault::existsAt(directory));
    CHECK(vault::unwrapWithPassphrase(directory, QStringLiteral("admin"), test::TempVault::secret(Strong)).hasValue());
}

TEST_CASE("First run creates a vault then shows the key then unlocks then locks by hand and when idle", "[ui][flow]")
{
    prepareApplication();
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QString directory = root.filePath(QStringLiteral("vault"));

    AppController controller(directory, KdfParams::fastForTests());
    QSignalSpy quit(&controller, &AppController::quitRequested);
    QSignalSpy locked(&controller, &AppController::locked);
    controller.start();

    // Create.
    CreateVaultDialog* create = controller.createVaultDialog();
    REQUIRE(create != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(create));
    CHECK(controller.unlockDialog() == nullptr);
    typeInto(create, "login", QStringLiteral("admin"));
    typeInto(create, "displayName", QStringLiteral("Alex Admin"));
    typeInto(create, "passphrase", Strong);
    typeInto(create, "confirmPassphrase", Strong);
    click(create, "createButton");
    // The click returns at once: the KDF runs on a worker, the dialog shows it is busy and takes no input.
    CHECK(create->isBusy());
    CHECK(child<QProgressBar>(create, "progress")->isVisible());
    CHECK_FALSE(child<QLineEdit>(create, "login")->isEnabled());
    CHECK(child<QLineEdit>(create, "passphrase")->text().isEmpty());

    // The recovery key, shown once.
    REQUIRE(waitFor([&] { return controller.recoveryKeyDialog() && controller.recoveryKeyDialog()->isVisible(); }));
    CHECK(vault::existsAt(directory));
    RecoveryKeyDialog* recovery = controller.recoveryKeyDialog();
    requireAccessibleNames(recovery);
    const QString key = child<QLabel>(recovery, "recoveryKey")->text();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$")).match(key).hasMatch());
    auto* continueButton = child<QPushButton>(recovery, "continueButton");
    CHECK_FALSE(continueButton->isEnabled());
    QTest::keyClick(recovery, Qt::Key_Escape); // cannot be dismissed before confirming
    CHECK(recovery->isVisible());
    // Never selectable (the X11 primary selection would keep it); Copy marks it secret and empties it on time.
    CHECK(child<QLabel>(recovery, "recoveryKey")->textInteractionFlags() == Qt::NoTextInteraction);
    click(recovery, "copyButton");
    CHECK(QGuiApplication::clipboard()->text() == key);
    CHECK(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")) == "secret");
    auto* guard = recovery->findChild<ClipboardGuard*>();
    REQUIRE(guard);
    guard->setDelayOverrideForTests(50);
    click(recovery, "copyButton");
    REQUIRE(waitFor([&] { return QGuiApplication::clipboard()->text().isEmpty(); }));
    click(recovery, "copyButton");
    CHECK(QGuiApplication::clipboard()->text() == key);
    click(recovery, "storedCheck");
    CHECK(continueButton->isEnabled());
    click(recovery, "continueButton");
    CHECK(QGuiApplication::clipboard()->text() != key); // emptied on the way out

    // The new vault opens at once: the passphrase just chosen is not asked for a third time.
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
    REQUIRE(controller.session() != nullptr);
    CHECK(controller.session()->user().displayName == QStringLiteral("Alex Admin"));
    CHECK(controller.unlockDialog() == nullptr);
    // A worker reads the roster for matching meanwhile, so the first ranking finds it in memory.
    CHECK(waitFor([&] { return controller.session()->roster().holdsRoster(); }));

    // The title names the vault folder and the application, never a person; the status bar names who
    // is signed in.
    MainWindow* window = controller.mainWindow();
    requireAccessibleNames(window);
    CHECK(window->windowTitle().contains(QStringLiteral("PeerDesk")));
    CHECK(window->windowTitle().contains(QStringLiteral("vault")));
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("Alex")));
    const QString status = child<QLabel>(window, "statusUser")->text();
    CHECK(status.contains(QStringLiteral("Alex Admin")));
    CHECK(status.contains(roleDisplayName(Role::Administrator)));

    // Ctrl+L locks, closing the session's dialogs too.
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    REQUIRE(waitFor([&] { return window->findChild<QMessageBox*>(QStringLiteral("aboutBox")) != nullptr; }));
    {
        // The one version, PeerDesk's licence, and each library it is built on with its version and licence.
        auto* about = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        CHECK(about->text().contains(QStringLiteral(PEERDESK_VERSION)));
        const QString details = about->informativeText();
        CHECK(details.contains(QStringLiteral("GPL-3.0-or-later")));
        for (const char* expected :
             { "Qt 6.", "SQLCipher 4.", "OpenSSL 3.", "libsodium 1.", "zxcvbn-c", "libical 3.", "libxlsxwriter 1.",
               "LGPL-3.0-only", "BSD-3-Clause", "Apache-2.0", "ISC", "MIT", "MPL-2.0", "BSD-2-Clause" }) {
            INFO(expected);
            CHECK(details.contains(QLatin1String(expected)));
        }
    }
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return controller.session() == nullptr; }, 5000));
    CHECK(locked.count() == 1);
    CHECK(controller.mainWindow() == nullptr);
    REQUIRE(controller.unlockDialog() != nullptr);
    CHECK(controller.unlockDialog()->isVisible());
    const auto windows = QApplication::topLevelWidgets();
    CHECK(std::none_of(windows.cbegin(), windows.cend(),
                       [&](QWidget* w) { return w->isVisible() && w != controller.unlockDialog(); }));

    // Unlock: the login is remembered, a wrong passphrase is refused in place.
    UnlockDialog* unlock = controller.unlockDialog();
    requireAccessibleNames(unlock);
    CHECK(child<QLineEdit>(unlock, "login")->text() == QStringLiteral("admin"));
    typeInto(unlock, "passphrase", QStringLiteral("correct horse battery staple orbit lanterns"));
    click(unlock, "unlockButton");
    CHECK(unlock->isBusy());
    CHECK_FALSE(child<QLineEdit>(unlock, "passphrase")->isEnabled());
    REQUIRE(waitFor([&] { return !unlock->isBusy(); }));
    CHECK_FALSE(unlock->errorText().isEmpty());
    CHECK(isShownMessage(unlock, "errorMessage"));
    CHECK(unlock->isVisible());
    CHECK(controller.session() == nullptr);
    CHECK(child<QLineEdit>(unlock, "passphrase")->text().isEmpty());

    // Unlock again: the main window comes back.
    typeInto(unlock, "passphrase", Strong);
    click(unlock, "unlockButton");
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));

    // Idle: with a short timeout the vault locks by itself.
    controller.setAutoLockTimeout(200ms);
    controller.lock();
    REQUIRE(controller.session() == nullptr);
    unlock = controller.unlockDialog();
    typeInto(unlock, "passphrase", Strong);
    click(unlock, "unlockButton");
    REQUIRE(waitFor([&] { return controller.session() != nullptr; }));
    REQUIRE(waitFor([&] { return controller.session() == nullptr; }, 10000));
    CHECK(locked.count() == 3);
    REQUIRE(controller.unlockDialog() != nullptr);
    CHECK(controller.unlockDialog()->isVisible());
    CHECK(controller.mainWindow() == nullptr);

    // Quit from the Unlock dialog ends the application.
    CHECK(quit.count() == 0);
    click(controller.unlockDialog(), "quitButton");
    CHECK(quit.count() == 1);
}

TEST_CASE("The window keeps responding while the passphrase is checked", "[ui][unlock]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    // Costlier than the fast test KDF, so the derivation lasts long enough to watch the event loop.
    createVaultThroughApi(directory, KdfParams{ 2, 64ull * 1024 * 1024 });

    UnlockDialog dialog(directory, QStringLiteral("admin"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(&dialog, "passphrase", QString::fromLatin1(test::TempVault::Passphrase));

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start();

    QSignalSpy ready(&dialog, &UnlockDialog::keyReady);
    click(&dialog, "unlockButton");
    // Had the KDF run on the GUI thread, the click would only return once it was done.
    CHECK(dialog.isBusy());
    CHECK(ready.count() == 0);
    CHECK(child<QProgressBar>(&dialog, "progress")->isVisible());
    CHECK_FALSE(child<QLineEdit>(&dialog, "login")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "unlockButton")->isEnabled());
    const int ticksBefore = ticks;
    REQUIRE(ready.wait(KdfTimeoutMs));
    CHECK(ticks - ticksBefore >= 2); // the event loop kept running meanwhile
    CHECK_FALSE(dialog.isBusy());
    CHECK(dialog.takeUnlockedKey().has_value());
}

TEST_CASE("Every section of the main window is reachable from the keyboard", "[ui][navigation]")
{
    prepareApplication();
    test::TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.resize(1100, 700);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    requireAccessibleNames(&window);

    auto* navigation = child<QListWidget>(&window, "navigation");
    REQUIRE(window.pageCount() == 8);
    REQUIRE(navigation->count() == 8);

    const Qt::Key digits[] = { Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6, Qt::Key_7, Qt::Key_8 };
    for (int index = 7; index >= 0; --index) {
        QTest::keyClick(&window, digits[index], Qt::ControlModifier);
        CHECK(window.currentPage() == index);
        CHECK(navigation->currentRow() == index);
        Page* page = window.page(index);
        REQUIRE(page != nullptr);
        CHECK(page->title() == navigation->item(index)->text());
        CHECK_FALSE(page->accessibleName().isEmpty());
        CHECK(child<QLabel>(page, "pageHeading")->text() == page->title());
        CHECK_FALSE(child<QLabel>(page, "pageAudience")->text().isEmpty());
    }

    // And with the arrow keys in the list.
    navigation->setFocus();
    for (int index = 1; index < 8; ++index) {
        QTest::keyClick(navigation, Qt::Key_Down);
        CHECK(window.currentPage() == index);
    }
    QTest::keyClick(navigation, Qt::Key_Home);
    CHECK(window.currentPage() == 0);

    // The title never carries the signed-in person's name (TempVault's "Alex Administrator").
    CHECK_FALSE(window.windowTitle().contains(session->user().displayName));
    CHECK(window.statusBar()
              ->findChild<QLabel*>(QStringLiteral("statusUser"))
              ->text()
              .contains(session->user().displayName));
}

TEST_CASE("The File menu has Lock with Ctrl+L and an icon and Quit with the standard shortcut", "[ui][menu]")
{
    prepareApplication();
    test::TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);

    QAction* lock = window.lockAction();
    REQUIRE(lock != nullptr);
    CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK_FALSE(lock->icon().isNull());
    auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
    REQUIRE(quit != nullptr);
    CHECK(quit->shortcuts() == QKeySequence::keyBindings(QKeySequence::Quit));

    QSignalSpy lockRequested(&window, &MainWindow::lockRequested);
    QSignalSpy quitRequested(&window, &MainWindow::quitRequested);
    lock->trigger();
    quit->trigger();
    CHECK(lockRequested.count() == 1);
    CHECK(quitRequested.count() == 1);
}

TEST_CASE("French follows the language setting and covers the core's messages", "[ui][i18n]")
{
    prepareApplication();
    QSettings settings;
    settings.setValue(QStringLiteral("language"), QStringLiteral("fr"));
    CHECK(translations::chooseLanguage() == QStringLiteral("fr_CA"));
    settings.setValue(QStringLiteral("language"), QStringLiteral("en"));
    CHECK(translations::chooseLanguage() == QStringLiteral("en"));
    settings.remove(QStringLiteral("language"));

    // The embedded catalogue, loaded the way installTranslators() loads it, then removed again so the
    // other tests keep reading English.
    ui::initialiseResources();
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/peerdesk_fr_CA.qm")));
    REQUIRE(QCoreApplication::installTranslator(&french));
    CHECK(QCoreApplication::translate("peerdesk::UnlockDialog", "Unlock") == QStringLiteral("Déverrouiller"));
    CHECK(QCoreApplication::translate("peerdesk::Vault", "Unknown user or wrong passphrase.")
          == QStringLiteral("Identifiant inconnu ou phrase de passe erronée."));
    CHECK(roleDisplayName(Role::Coordinator) == QStringLiteral("Coordination"));
    {
        UnlockDialog dialog(QStringLiteral("/nonexistent"), QString());
        CHECK(child<QPushButton>(&dialog, "unlockButton")->text() == QStringLiteral("&Déverrouiller"));
    }
    QCoreApplication::removeTranslator(&french);
    CHECK(QCoreApplication::translate("peerdesk::UnlockDialog", "Unlock") == QStringLiteral("Unlock"));
}

TEST_CASE("Every message has a finished Canadian French translation", "[ui][i18n]")
{
    // CMake compiles this file by its absolute path; the catalogues are two folders up.
    const QDir sourceDir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    for (const char* name : { "peerdesk_fr_CA.ts", "peerdesk_en.ts" }) {
        QFile file(sourceDir.filePath(QStringLiteral("../../resources/translations/") + QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                INFO(name << " " << context << ": " << source);
                CHECK(type.isEmpty());
                CHECK_FALSE(text.trimmed().isEmpty());
            }
        }
        INFO(name << ": " << xml.errorString());
        CHECK_FALSE(xml.hasError());
        CHECK(messages > 0);
    }
}

TEST_CASE("An account's first unlock asks for its own passphrase before anything else opens", "[ui][accounts]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    createVaultThroughApi(directory);
    const QString initial = QStringLiteral("amber meadow ferry 17 softly");
    {
        NewUser user{ QStringLiteral("casey"), QStringLiteral("Casey Coordinator"), Role::Coordinator,
                      test::TempVault::secret(initial) };
        REQUIRE(UserService(*openAsAdministrator(directory)).add(user));
    }

    AppController controller(directory, KdfParams::fastForTests());
    controller.start();
    REQUIRE(waitFor([&] { return controller.unlockDialog() && controller.unlockDialog()->isVisible(); }));
    UnlockDialog* unlock = controller.unlockDialog();
    typeInto(unlock, "login", QStringLiteral("casey"));
    typeInto(unlock, "passphrase", initial);
    click(unlock, "unlockButton");

    const auto chooser = [] {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* window : windows) {
            if (window->objectName() == QLatin1String("choosePassphraseDialog") && window->isVisible())
                return window;
        }
        return static_cast<QWidget*>(nullptr);
    };
    REQUIRE(waitFor([&] { return chooser() != nullptr; }));
    QWidget* dialog = chooser();
    requireAccessibleNames(dialog);
    CHECK(controller.mainWindow() == nullptr);
    auto* save = child<QPushButton>(dialog, "saveButton");
    // The administrator's one-time passphrase cannot become the person's own: the administrator knows it.
    typeInto(dialog, "newPassphrase", initial);
    typeInto(dialog, "confirmPassphrase", initial);
    REQUIRE(save->isEnabled());
    click(dialog, "saveButton");
    auto* error = child<QLabel>(dialog, "errorMessage");
    REQUIRE(waitFor([&] { return error->isVisible() && error->text().contains(QStringLiteral("initial one")); }));
    CHECK(controller.mainWindow() == nullptr);
    CHECK(vault::unwrapWithPassphrase(directory, QStringLiteral("casey"), test::TempVault::secret(initial)));
    typeInto(dialog, "newPassphrase", Strong);
    typeInto(dialog, "confirmPassphrase", Strong + QStringLiteral("x"));
    CHECK_FALSE(save->isEnabled());
    typeInto(dialog, "confirmPassphrase", Strong);
    REQUIRE(save->isEnabled());
    click(dialog, "saveButton");
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
    CHECK_FALSE(controller.session()->user().mustChangePassphrase);
    controller.lock();

    // The initial passphrase is spent; the chosen one opens the vault.
    CHECK_FALSE(vault::unwrapWithPassphrase(directory, QStringLiteral("casey"), test::TempVault::secret(initial)));
    CHECK(vault::unwrapWithPassphrase(directory, QStringLiteral("casey"), test::TempVault::secret(Strong)));
}

TEST_CASE("Forgot passphrase: the recovery key sets a new one off the GUI thread, then unlock asks for it",
          "[ui][recovery]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    const QString recoveryKey = createVaultThroughApi(directory);

    AppController controller(directory, KdfParams::fastForTests());
    controller.start();
    REQUIRE(waitFor([&] { return controller.unlockDialog() && controller.unlockDialog()->isVisible(); }));
    UnlockDialog* unlock = controller.unlockDialog();
    typeInto(unlock, "login", QStringLiteral("admin"));
    click(unlock, "forgotButton");
    REQUIRE(waitFor([&] { return unlock->findChild<RecoverPassphraseDialog*>() != nullptr; }));
    auto* dialog = unlock->findChild<RecoverPassphraseDialog*>();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    requireAccessibleNames(dialog);
    CHECK(child<QLineEdit>(dialog, "recoveryLogin")->text() == QLatin1String("admin"));
    auto* recover = child<QPushButton>(dialog, "recoverButton");

    // A wrong key is refused in place, and nothing changes.
    typeInto(dialog, "recoveryKey", QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"));
    typeInto(dialog, "newPassphrase", Strong);
    typeInto(dialog, "confirmPassphrase", Strong);
    REQUIRE(recover->isEnabled());
    click(dialog, "recoverButton");
    REQUIRE(waitFor([&] { return !dialog->isBusy() && isShownMessage(dialog, "recoveryMessage"); }));
    CHECK(dialog->isVisible());

    typeInto(dialog, "recoveryKey", recoveryKey);
    typeInto(dialog, "newPassphrase", Strong);
    typeInto(dialog, "confirmPassphrase", Strong);
    click(dialog, "recoverButton");
    REQUIRE(waitFor([&] { return unlock->findChild<RecoverPassphraseDialog*>() == nullptr; }));
    CHECK(isShownMessage(unlock, "errorMessage")); // the good news, where errors go
    CHECK_FALSE(vault::unwrapWithPassphrase(directory, QStringLiteral("admin"),
                                            test::TempVault::secret(QLatin1String(test::TempVault::Passphrase))));
    typeInto(unlock, "passphrase", Strong);
    click(unlock, "unlockButton");
    REQUIRE(waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }));
}

TEST_CASE("Locking and quitting take the automatic backup off the GUI thread, a failed one is reported", "[ui][backup]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    const QString folder = root.filePath(QStringLiteral("backups"));
    createVaultThroughApi(directory);
    REQUIRE(QDir().mkpath(folder));
    setBackupFolder(directory, folder);

    AppController controller(directory, KdfParams::fastForTests());
    QSignalSpy ended(&controller, &AppController::sessionEndFinished);
    QSignalSpy quit(&controller, &AppController::quitRequested);
    controller.start();
    unlockAsAdministrator(controller);
    controller.lock();
    // The unlock dialog is there at once; the backup follows, and the dialog says where it went.
    CHECK(controller.unlockDialog() != nullptr);
    CHECK(controller.mainWindow() == nullptr);
    REQUIRE(waitFor([&] { return ended.size() == 1; }));
    CHECK(ended.at(0).at(0).toBool());
    CHECK(backupsIn(folder).size() == 1);
    CHECK(isShownMessage(controller.unlockDialog(), "errorMessage"));

    // Quitting after a change backs up first, then asks to quit.
    unlockAsAdministrator(controller);
    REQUIRE(changeSetting(*controller.session(), QLatin1String(ProgramSettings::ConversationCap), QStringLiteral("4")));
    controller.quit();
    CHECK(controller.mainWindow() == nullptr);
    REQUIRE(waitFor([&] { return quit.size() == 1; }));
    CHECK(ended.size() == 2);
    CHECK(backupsIn(folder).size() == 2);
    CHECK_FALSE(controller.endingSession());

    // The folder's drive is gone: locking says so, and quitting warns before it closes.
    REQUIRE(QDir(folder).removeRecursively());
    AppController again(directory, KdfParams::fastForTests());
    QSignalSpy againEnded(&again, &AppController::sessionEndFinished);
    QSignalSpy againQuit(&again, &AppController::quitRequested);
    again.start();
    unlockAsAdministrator(again);
    again.lock();
    REQUIRE(waitFor([&] { return againEnded.size() == 1; }));
    CHECK_FALSE(againEnded.at(0).at(0).toBool());
    CHECK(isShownMessage(again.unlockDialog(), "errorMessage"));
    unlockAsAdministrator(again);
    again.quit();
    QMessageBox* warning = nullptr;
    REQUIRE(waitFor([&] {
        warning = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        return warning && warning->objectName() == QLatin1String("backupFailedMessage");
    }));
    CHECK(againQuit.isEmpty());
    warning->accept();
    REQUIRE(waitFor([&] { return againQuit.size() == 1; }));
    CHECK_FALSE(QFileInfo::exists(folder)); // never created behind the user's back
}

TEST_CASE("The data key is rotated from the window, which closes meanwhile and unlocks again", "[ui][rotation]")
{
    prepareApplication();
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("vault"));
    createVaultThroughApi(directory);
    const auto keyOf = [&] {
        auto key = vault::unwrapWithPassphrase(directory, QStringLiteral("admin"),
                                               test::TempVault::secret(QLatin1String(test::TempVault::Passphrase)));
        REQUIRE(key);
        return QByteArray(reinterpret_cast<const char*>(key->keys.data.data()), qsizetype(key->keys.data.size()));
    };
    const QByteArray before = keyOf();

    AppController controller(directory, KdfParams::fastForTests());
    QSignalSpy ended(&controller, &AppController::sessionEndFinished);
    controller.start();
    unlockAsAdministrator(controller);
    auto* rotate = controller.mainWindow()->findChild<QAction*>(QStringLiteral("rotateKeyAction"));
    REQUIRE(rotate);
    rotate->trigger();
    REQUIRE(waitFor([&] { return ended.size() == 1; }));
    CHECK(ended.at(0).at(0).toBool());
    CHECK(controller.mainWindow() == nullptr);
    REQUIRE(controller.unlockDialog());
    CHECK(isShownMessage(controller.unlockDialog(), "errorMessage"));
    CHECK(keyOf() != before);
    unlockAsAdministrator(controller);
    auto rotated = controller.session()->database().exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'vault.key_rotated'"));
    REQUIRE(rotated);
    REQUIRE(rotated->next());
    CHECK(rotated->value(0).toInt() == 1);
}
