#pragma once

#include "Clock.h"
#include "security/Kdf.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

namespace peerdesk {

class CreateVaultDialog;
class IdleLockMonitor;
class MainWindow;
class RecoveryKeyDialog;
class UnlockDialog;
class VaultSession;

// Runs the GUI: creating a vault on first run, showing its recovery key, unlocking, the main window, and
// locking again (Ctrl+L or after the vault's idle minutes). It owns the VaultSession; locking destroys the
// main window first (its widgets may hold data read from the vault, and models hold the connection) and
// then the session, which closes the database and wipes the key.
//
// The application quits only when quitRequested() is handled: windows come and go while locking, so the
// controller turns off quitting on the last window closed.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // kdf: the Argon2id cost for a vault created here; tests pass KdfParams::fastForTests().
    explicit AppController(QString vaultDirectory, KdfParams kdf = KdfParams::interactiveDefault(),
                           QObject* parent = nullptr);
    ~AppController() override;

    void start(); // shows the Create-vault dialog or the Unlock dialog

    // Overrides the vault's auto-lock minutes (tests use milliseconds); nullopt restores the vault's.
    // Takes effect at the next unlock.
    void setAutoLockTimeout(std::optional<std::chrono::milliseconds> timeout);

    const QString& vaultDirectory() const { return m_directory; }
    VaultSession* session() const { return m_session.get(); }
    // The windows of the current step; nullptr when not shown.
    MainWindow* mainWindow() const;
    CreateVaultDialog* createVaultDialog() const;
    RecoveryKeyDialog* recoveryKeyDialog() const;
    UnlockDialog* unlockDialog() const;
    IdleLockMonitor* idleMonitor() const { return m_idle.get(); }

    static QString lastLogin();

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();

private:
    void showCreateVault();
    void onVaultCreated();
    void showRecoveryKey(QString recoveryKey, const QString& login);
    void showUnlock();
    void onKeyReady();
    void showChoosePassphrase();
    void showRecovery(const QString& login);
    void showMainWindow();
    void closeSessionWindows();

    const QString m_directory;
    const KdfParams m_kdf;
    const SystemClock m_clock{};
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<IdleLockMonitor> m_idle;
    std::optional<std::chrono::milliseconds> m_autoLockOverride;

    QPointer<MainWindow> m_mainWindow;
    QPointer<CreateVaultDialog> m_createDialog;
    QPointer<RecoveryKeyDialog> m_recoveryDialog;
    QPointer<UnlockDialog> m_unlockDialog;
    QByteArray m_mainWindowGeometry; // restored when the window comes back after a lock
    int m_mainWindowPage = 0;
};

} // namespace peerdesk
