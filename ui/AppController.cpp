#include "ui/AppController.h"

#include "core/services/MatchingService.h"
#include "core/services/Permissions.h"
#include "core/vault/Backup.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/DesktopLockWatcher.h"
#include "ui/IdleLockMonitor.h"
#include "ui/MainWindow.h"
#include "ui/UiInit.h"
#include "ui/dialogs/ChoosePassphraseDialog.h"
#include "ui/dialogs/CreateVaultDialog.h"
#include "ui/dialogs/RecoverPassphraseDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/widgets/Controls.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QThreadPool>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace peerdesk {

namespace {

const auto LastLoginKey = QStringLiteral("lastLogin");
// The connection profile's absolute path: where the program is, which is no secret (docs/server.md).
const auto ServerProfileKey = QStringLiteral("server/profile");
const auto GeometryKey = QStringLiteral("mainWindow/geometry");

// Dialogs are deleted from the event loop: they may be the sender of the signal being handled.
template <typename Dialog> void dispose(QPointer<Dialog>& dialog)
{
    if (dialog) {
        dialog->hide();
        dialog->deleteLater();
    }
    dialog.clear();
}

} // namespace

AppController::AppController(QString vaultDirectory, KdfParams kdf, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(vaultDirectory))
    , m_profilePath(rememberedServerProfile())
    , m_kdf(kdf)
    , m_idle(std::make_unique<IdleLockMonitor>(std::chrono::minutes(5)))
{
    m_endPool.setMaxThreadCount(1);
    ui::initialiseResources();
    QApplication::setQuitOnLastWindowClosed(false);
    m_mainWindowGeometry = QSettings().value(GeometryKey).toByteArray();
    // Queued, like the lock action: lock() then always runs from the event loop, outside any handler of a
    // widget it destroys.
    connect(m_idle.get(), &IdleLockMonitor::idle, this, &AppController::lock, Qt::QueuedConnection);
    // Sleep and a locked screen lock the vault at once; after a resume the idle time is looked at again.
    m_desktopLock = new DesktopLockWatcher(this);
    connect(m_desktopLock, &DesktopLockWatcher::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(m_desktopLock, &DesktopLockWatcher::resumed, m_idle.get(), &IdleLockMonitor::check);
}

AppController::~AppController()
{
    m_idle->stop();
    // Background work (ui::runInBackground, and what follows a session) reads the clock this object owns: it
    // ends before the clock does.
    m_endPool.waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    // Direct deletes: no signal of theirs is being handled any more.
    delete m_createDialog.data();
    delete m_recoveryDialog.data();
    delete m_unlockDialog.data();
    if (m_mainWindow)
        QSettings().setValue(GeometryKey, m_mainWindow->saveGeometry());
    delete m_mainWindow.data();
    m_session.reset();
}

MainWindow* AppController::mainWindow() const
{
    return m_mainWindow;
}
CreateVaultDialog* AppController::createVaultDialog() const
{
    return m_createDialog;
}
RecoveryKeyDialog* AppController::recoveryKeyDialog() const
{
    return m_recoveryDialog;
}
UnlockDialog* AppController::unlockDialog() const
{
    return m_unlockDialog;
}

QString AppController::lastLogin()
{
    return QSettings().value(LastLoginKey).toString();
}

QString AppController::rememberedServerProfile()
{
    return QSettings().value(ServerProfileKey).toString();
}

void AppController::rememberServerProfile(const QString& profilePath)
{
    QSettings().setValue(ServerProfileKey, QFileInfo(profilePath).absoluteFilePath());
}

void AppController::setAutoLockTimeout(std::optional<std::chrono::milliseconds> timeout)
{
    m_autoLockOverride = timeout;
}

void AppController::start()
{
    if (!m_profilePath.isEmpty() || vault::existsAt(m_directory))
        showUnlock();
    else
        showCreateVault();
}

void AppController::showCreateVault()
{
    m_createDialog = new CreateVaultDialog(m_directory, m_clock, m_kdf);
    connect(m_createDialog, &QDialog::accepted, this, &AppController::onVaultCreated);
    connect(m_createDialog, &CreateVaultDialog::serverConnectRequested, this,
            [this] { chooseServerProfile(m_createDialog); });
    connect(m_createDialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_createDialog->show();
}

void AppController::onVaultCreated()
{
    QString recoveryKey = m_createDialog->takeRecoveryKey();
    const QString login = m_createDialog->createdLogin();
    auto adminKey = std::make_shared<std::optional<UnlockedKey>>(m_createDialog->takeAdminKey());
    dispose(m_createDialog);
    showRecoveryKey(std::move(recoveryKey), login, std::move(adminKey));
}

void AppController::showRecoveryKey(QString recoveryKey, const QString& login,
                                    std::shared_ptr<std::optional<UnlockedKey>> adminKey)
{
    // The dialog keeps the only copy of the key and wipes it when it closes.
    m_recoveryDialog = new RecoveryKeyDialog(std::move(recoveryKey));
    connect(m_recoveryDialog, &QDialog::accepted, this, [this, login, adminKey] {
        QSettings().setValue(LastLoginKey, login);
        dispose(m_recoveryDialog);
        openCreatedVault(std::exchange(*adminKey, std::nullopt));
    });
    m_recoveryDialog->show();
}

void AppController::openCreatedVault(std::optional<UnlockedKey> adminKey)
{
    // The passphrase was just chosen and typed twice: the new vault opens with the keys creating it unwrapped.
    // Should that fail, the ordinary unlock takes over and says why.
    if (adminKey) {
        if (auto session = vault::open(std::move(*adminKey), m_clock)) {
            m_session = std::move(*session);
            showMainWindow();
            Q_EMIT unlocked();
            return;
        }
    }
    showUnlock();
}

void AppController::showUnlock()
{
    if (m_unlockDialog)
        return;
    m_unlockDialog = new UnlockDialog(m_directory, lastLogin());
    connect(m_unlockDialog, &UnlockDialog::keyReady, this, &AppController::onKeyReady);
    connect(m_unlockDialog, &UnlockDialog::recoveryRequested, this, &AppController::showRecovery);
    connect(m_unlockDialog, &UnlockDialog::serverConnectRequested, this,
            [this] { chooseServerProfile(m_unlockDialog); });
    connect(m_unlockDialog, &UnlockDialog::localVaultRequested, this, &AppController::useLocalVault);
    connect(m_unlockDialog, &QDialog::rejected, this, &AppController::quit);
    if (!m_profilePath.isEmpty()) {
        // Read again at every sign-in: the administrator may have handed out a new one at the same place.
        if (auto profile = server_profile::load(m_profilePath))
            m_unlockDialog->setServer(m_profilePath, *profile);
        else
            m_unlockDialog->showError(
                tr("The program server's connection profile cannot be used: %1").arg(profile.error().message));
    }
    m_unlockDialog->show();
    m_unlockDialog->raise();
    m_unlockDialog->activateWindow();
}

// A Qt file dialog rather than the desktop's: the same on every desktop, and one the tests can drive.
void AppController::chooseServerProfile(QWidget* parent)
{
    auto* dialog = new QFileDialog(parent, tr("Connection profile of the program server"));
    dialog->setObjectName(QStringLiteral("serverProfileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({ tr("Connection profiles (*.json)"), tr("All files (*)") });
    if (!m_profilePath.isEmpty())
        dialog->setDirectory(QFileInfo(m_profilePath).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, &AppController::connectToServer);
    dialog->open();
}

void AppController::connectToServer(const QString& profilePath)
{
    if (m_session)
        return; // only from the sign-in dialogs
    const QString path = QFileInfo(profilePath).absoluteFilePath();
    auto profile = server_profile::load(path);
    if (!profile) {
        const QString message = tr("This connection profile cannot be used: %1").arg(profile.error().message);
        if (m_unlockDialog) {
            m_unlockDialog->showError(message);
        } else {
            auto* box
                = new QMessageBox(QMessageBox::Warning, tr("Program server"), message, QMessageBox::Ok, m_createDialog);
            box->setObjectName(QStringLiteral("serverProfileError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return;
    }
    m_profilePath = path;
    rememberServerProfile(path);
    dispose(m_createDialog);
    if (!m_unlockDialog)
        showUnlock();
    else
        m_unlockDialog->setServer(path, *profile);
}

void AppController::useLocalVault()
{
    if (m_session)
        return;
    m_profilePath.clear();
    QSettings().remove(ServerProfileKey);
    if (vault::existsAt(m_directory)) {
        if (m_unlockDialog)
            m_unlockDialog->setLocal();
        else
            showUnlock();
        return;
    }
    dispose(m_unlockDialog);
    showCreateVault();
}

void AppController::showRecovery(const QString& login)
{
    if (!m_unlockDialog || m_unlockDialog->onServer())
        return;
    auto* dialog = new RecoverPassphraseDialog(m_directory, login, m_clock, m_unlockDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings().setValue(LastLoginKey, dialog->login());
        if (m_unlockDialog)
            m_unlockDialog->showMessage(tr("Your new passphrase is set. Unlock with it."));
    });
    dialog->open();
}

void AppController::onKeyReady()
{
    // Opening is fast, and the database connection belongs to the thread that opens it: the GUI thread. On a server,
    // the worker has just signed in with the same key, so a server that does not answer was found there.
    const auto enterOrSay = [this](Result<std::unique_ptr<VaultSession>> session, const QString& login) {
        if (session)
            enterSession(std::move(*session), login);
        else
            m_unlockDialog->showError(session.error().message);
    };
    if (m_unlockDialog->onServer()) {
        if (std::optional<ServerKey> key = m_unlockDialog->takeServerKey()) {
            const QString login = key->login;
            enterOrSay(vault::openOnServer(*m_unlockDialog->serverProfile(), std::move(*key), m_clock), login);
        }
    } else if (std::optional<UnlockedKey> key = m_unlockDialog->takeUnlockedKey()) {
        const QString login = key->login;
        enterOrSay(vault::open(std::move(*key), m_clock), login);
    }
}

void AppController::enterSession(std::unique_ptr<VaultSession> session, const QString& login)
{
    m_session = std::move(session);
    QSettings().setValue(LastLoginKey, login);
    dispose(m_unlockDialog);
    // An initial passphrase opens nothing but the change to one's own.
    if (m_session->user().mustChangePassphrase) {
        showChoosePassphrase();
        return;
    }
    showMainWindow();
    Q_EMIT unlocked();
}

void AppController::showChoosePassphrase()
{
    auto* dialog = new ChoosePassphraseDialog(*m_session, nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_session)
            showMainWindow();
    });
    // Queued: locking rejects open dialogs, and this one must not lock a second time from inside it.
    connect(dialog, &QDialog::rejected, this, &AppController::lock, Qt::QueuedConnection);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::showMainWindow()
{
    m_mainWindow = new MainWindow(*m_session);
    connect(m_mainWindow, &MainWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &AppController::quit, Qt::QueuedConnection);
    connect(m_mainWindow, &MainWindow::keyRotationRequested, this, &AppController::rotateKeyAndLock,
            Qt::QueuedConnection);
    if (m_mainWindowGeometry.isEmpty() || !m_mainWindow->restoreGeometry(m_mainWindowGeometry))
        ui::fitToScreen(m_mainWindow, QSize(1100, 700));
    else
        ui::keepOnScreen(m_mainWindow); // a size saved on a larger screen

    m_mainWindow->setCurrentPage(m_mainWindowPage);
    m_mainWindow->show();
    m_mainWindow->offerDraft();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();

    const int minutes = m_session->autoLockMinutes();
    m_idle->setTimeout(m_autoLockOverride.value_or(std::chrono::minutes(minutes)));
    m_idle->start();
    if (coordinates(m_session->user().role))
        readMatchingRoster(); // others would be refused (and audited) for it
    showSessionWarnings();
}

// What the vault found at unlock and the person should act on (files other users can read, a rotation that could
// not finish, a key-derivation cost too low for real records): said once, beside the window, without blocking it.
void AppController::showSessionWarnings()
{
    const QStringList& warnings = m_session->warnings();
    if (warnings.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("PeerDesk"), tr("Look at this before you go on:"),
                                QMessageBox::Ok, m_mainWindow);
    box->setObjectName(QStringLiteral("sessionWarnings"));
    box->setInformativeText(warnings.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setAccessibleName(tr("Close the warnings"));
    // Not modal: the window stays usable (and lockable) while the warnings are read.
    box->setWindowModality(Qt::NonModal);
    box->show();
}

// The first ranking reads the whole roster (a wait users notice at 10 000 supporters), so a worker reads it as
// soon as the window is up and the session adopts it. Nothing is shown: if it fails, or the user is not one who
// matches, the first ranking reads the roster itself as before. When the vault is locked first, the window and
// this watcher go, and the result is dropped with the worker's connection and its copy of the key.
void AppController::readMatchingRoster()
{
    auto ticket = std::make_shared<WorkerTicket>(m_session->workerTicket());
    auto* watcher = new QFutureWatcher<Result<RosterSnapshot>>(m_mainWindow);
    connect(watcher, &QFutureWatcherBase::finished, m_mainWindow, [this, watcher] {
        Result<RosterSnapshot> snapshot = watcher->result();
        watcher->deleteLater();
        if (snapshot && m_session)
            m_session->adoptRoster(std::move(*snapshot));
    });
    watcher->setFuture(QtConcurrent::run([ticket]() -> Result<RosterSnapshot> {
        auto worker = vault::openWorker(std::move(*ticket));
        if (!worker)
            return worker.error();
        Result<RosterSnapshot> snapshot = MatchingService(**worker).readRoster();
        (*worker)->close();
        return snapshot;
    }));
}

void AppController::lock()
{
    if (!m_session)
        return;
    const bool backUp = backup::automaticBackupsOn(*m_session);
    std::unique_ptr<WorkerTicket> ticket = closeSession();
    showUnlock();
    Q_EMIT locked();
    // The unlock dialog is usable meanwhile: a backup only reads the vault (and adds its audit row).
    if (backUp)
        runAfterSession(std::move(ticket), SessionEnd::Lock);
}

void AppController::quit()
{
    if (m_session) {
        const bool backUp = backup::automaticBackupsOn(*m_session);
        std::unique_ptr<WorkerTicket> ticket = closeSession();
        if (backUp) {
            showEndProgress(tr("Backing up the vault before PeerDesk closes…"));
            runAfterSession(std::move(ticket), SessionEnd::Quit); // after any backup still running
        }
    }
    if (m_ending.isEmpty()) {
        Q_EMIT quitRequested();
        return;
    }
    // PeerDesk closes once every backup under way is written (onSessionEndFinished).
    m_quitAfterEnding = true;
    dispose(m_unlockDialog);
    if (!m_endProgress)
        showEndProgress(tr("Finishing the automatic backup…"));
}

void AppController::rotateKeyAndLock()
{
    if (!m_session)
        return;
    std::unique_ptr<WorkerTicket> ticket = closeSession();
    showEndProgress(tr("Giving the vault a new data key…"));
    runAfterSession(std::move(ticket), SessionEnd::RotateKey);
}

std::unique_ptr<WorkerTicket> AppController::closeSession()
{
    m_idle->stop();
    // A new request being typed survives the lock (encrypted in the vault), offered again after unlock.
    if (m_mainWindow)
        m_mainWindow->keepDrafts();
    closeSessionWindows();
    if (m_mainWindow) {
        m_mainWindowGeometry = m_mainWindow->saveGeometry();
        m_mainWindowPage = m_mainWindow->currentPage();
        QSettings().setValue(GeometryKey, m_mainWindowGeometry);
        m_mainWindow->hide();
        delete m_mainWindow;
    }
    auto ticket = std::make_unique<WorkerTicket>(m_session->workerTicket());
    m_session.reset(); // closes the database and wipes the data key
    return ticket;
}

void AppController::runAfterSession(std::unique_ptr<WorkerTicket> ticket, SessionEnd end)
{
    std::shared_ptr<WorkerTicket> shared(std::move(ticket)); // QtConcurrent copies its callable
    const bool rotate = end == SessionEnd::RotateKey;
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    m_ending.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, end] { onSessionEndFinished(watcher, end); });
    watcher->setFuture(QtConcurrent::run(&m_endPool, [shared, rotate]() -> Result<QString> {
        // Work started under the closed window (import, purge, ...) finishes first: rotation must have the
        // vault to itself, and a backup should include that work.
        QThreadPool::globalInstance()->waitForDone();
        auto worker = vault::openWorker(std::move(*shared));
        if (!worker)
            return worker.error();
        Result<QString> done = QString();
        if (rotate) {
            if (auto rotated = (*worker)->rotateDataKey(); !rotated)
                done = rotated.error();
        } else if (auto path = backup::createAutomatic(**worker); !path) {
            done = path.error();
        } else {
            done = path->value_or(QString());
        }
        (*worker)->close();
        return done;
    }));
}

void AppController::onSessionEndFinished(QFutureWatcher<Result<QString>>* watcher, SessionEnd end)
{
    const Result<QString> result = watcher->result();
    m_ending.removeOne(watcher);
    watcher->deleteLater();
    if (m_ending.isEmpty() && m_endProgress) {
        m_endProgress->deleteLater();
        m_endProgress.clear();
    }

    const bool ok = result.hasValue();
    QString message;
    switch (end) {
    case SessionEnd::Lock:
    case SessionEnd::Quit:
        if (!ok)
            message = tr("The automatic backup failed: %1").arg(result.error().message);
        else if (!result->isEmpty())
            message = tr("Backed up to %1.").arg(QDir::toNativeSeparators(*result));
        break;
    case SessionEnd::RotateKey:
        message = ok ? tr("The vault has a new data key. Unlock to go on.")
                     : tr("The data key was not changed: %1").arg(result.error().message);
        break;
    }
    if (end == SessionEnd::RotateKey && !m_quitAfterEnding) {
        showUnlock();
        Q_EMIT locked();
    }
    if (m_unlockDialog && !message.isEmpty()) {
        if (ok)
            m_unlockDialog->showMessage(message);
        else
            m_unlockDialog->showError(message);
    }
    if (!ok && m_quitAfterEnding)
        m_quitFailures << message;
    Q_EMIT sessionEndFinished(ok, message);

    if (!m_quitAfterEnding || !m_ending.isEmpty())
        return;
    m_quitAfterEnding = false;
    if (m_quitFailures.isEmpty()) {
        Q_EMIT quitRequested();
        return;
    }
    // Closing goes ahead (the vault itself is safe), but nobody should believe there is a fresh backup.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Automatic backup"), m_quitFailures.join(QLatin1Char('\n')),
                                QMessageBox::Ok);
    m_quitFailures.clear();
    box->setObjectName(QStringLiteral("backupFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, &AppController::quitRequested);
    box->open();
}

void AppController::showEndProgress(const QString& label)
{
    if (m_endProgress) {
        m_endProgress->setLabelText(label);
        return;
    }
    m_endProgress = ui::createBusyDialog(nullptr, label);
    // No window is left to be modal to: nothing else may be used until the vault work is done.
    m_endProgress->setWindowModality(Qt::ApplicationModal);
}

void AppController::closeSessionWindows()
{
    // Menus and other popups first; bounded in case one refuses to close.
    for (int guard = 0; guard < 16 && QApplication::activePopupWidget(); ++guard)
        QApplication::activePopupWidget()->close();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* dialog = qobject_cast<QDialog*>(window);
        if (dialog && dialog != m_unlockDialog && dialog->isVisible())
            dialog->reject();
    }
}

} // namespace peerdesk
