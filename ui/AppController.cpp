#include "AppController.h"

#include "IdleLockMonitor.h"
#include "MainWindow.h"
#include "UiInit.h"
#include "dialogs/ChoosePassphraseDialog.h"
#include "dialogs/CreateVaultDialog.h"
#include "dialogs/RecoverPassphraseDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/UnlockDialog.h"
#include "services/Vault.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QThreadPool>
#include <QWidget>

namespace peerdesk {

namespace {

const auto LastLoginKey = QStringLiteral("lastLogin");
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
    , m_kdf(kdf)
    , m_idle(std::make_unique<IdleLockMonitor>(std::chrono::minutes(5)))
{
    ui::initialiseResources();
    QApplication::setQuitOnLastWindowClosed(false);
    m_mainWindowGeometry = QSettings().value(GeometryKey).toByteArray();
    // Queued, like the lock action: lock() then always runs from the event loop, outside any handler of a
    // widget it destroys.
    connect(m_idle.get(), &IdleLockMonitor::idle, this, &AppController::lock, Qt::QueuedConnection);
}

AppController::~AppController()
{
    m_idle->stop();
    // Background work (ui::runInBackground) reads the clock this object owns: it ends before the clock does.
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

void AppController::setAutoLockTimeout(std::optional<std::chrono::milliseconds> timeout)
{
    m_autoLockOverride = timeout;
}

void AppController::start()
{
    if (vault::existsAt(m_directory))
        showUnlock();
    else
        showCreateVault();
}

void AppController::showCreateVault()
{
    m_createDialog = new CreateVaultDialog(m_directory, m_clock, m_kdf);
    connect(m_createDialog, &QDialog::accepted, this, &AppController::onVaultCreated);
    connect(m_createDialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_createDialog->show();
}

void AppController::onVaultCreated()
{
    QString recoveryKey = m_createDialog->takeRecoveryKey();
    const QString login = m_createDialog->createdLogin();
    dispose(m_createDialog);
    showRecoveryKey(std::move(recoveryKey), login);
}

void AppController::showRecoveryKey(QString recoveryKey, const QString& login)
{
    // The dialog keeps the only copy of the key and wipes it when it closes.
    m_recoveryDialog = new RecoveryKeyDialog(std::move(recoveryKey));
    connect(m_recoveryDialog, &QDialog::accepted, this, [this, login] {
        QSettings().setValue(LastLoginKey, login);
        dispose(m_recoveryDialog);
        showUnlock();
    });
    m_recoveryDialog->show();
}

void AppController::showUnlock()
{
    if (m_unlockDialog)
        return;
    m_unlockDialog = new UnlockDialog(m_directory, lastLogin());
    connect(m_unlockDialog, &UnlockDialog::keyReady, this, &AppController::onKeyReady);
    connect(m_unlockDialog, &UnlockDialog::recoveryRequested, this, &AppController::showRecovery);
    connect(m_unlockDialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_unlockDialog->show();
    m_unlockDialog->raise();
    m_unlockDialog->activateWindow();
}

void AppController::showRecovery(const QString& login)
{
    if (!m_unlockDialog)
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
    std::optional<UnlockedKey> key = m_unlockDialog->takeUnlockedKey();
    if (!key)
        return;
    const QString login = key->login;
    // Opening is fast, and the database connection belongs to the thread that opens it: the GUI thread.
    auto session = vault::open(std::move(*key), m_clock);
    if (!session) {
        m_unlockDialog->showError(session.error().message);
        return;
    }
    // An initial passphrase opens nothing but the change to one's own.
    if ((*session)->user().mustChangePassphrase) {
        m_session = std::move(*session);
        QSettings().setValue(LastLoginKey, login);
        dispose(m_unlockDialog);
        showChoosePassphrase();
        return;
    }
    m_session = std::move(*session);
    QSettings().setValue(LastLoginKey, login);
    dispose(m_unlockDialog);
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
    connect(m_mainWindow, &MainWindow::quitRequested, this, &AppController::quitRequested);
    if (m_mainWindowGeometry.isEmpty() || !m_mainWindow->restoreGeometry(m_mainWindowGeometry))
        m_mainWindow->resize(1100, 700);
    m_mainWindow->setCurrentPage(m_mainWindowPage);
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();

    const int minutes = m_session->autoLockMinutes();
    m_idle->setTimeout(m_autoLockOverride.value_or(std::chrono::minutes(minutes)));
    m_idle->start();
}

void AppController::lock()
{
    if (!m_session)
        return;
    m_idle->stop();
    closeSessionWindows();
    if (m_mainWindow) {
        m_mainWindowGeometry = m_mainWindow->saveGeometry();
        m_mainWindowPage = m_mainWindow->currentPage();
        QSettings().setValue(GeometryKey, m_mainWindowGeometry);
        m_mainWindow->hide();
        delete m_mainWindow;
    }
    m_session.reset(); // closes the database and wipes the data key
    showUnlock();
    Q_EMIT locked();
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
