#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/security/Kdf.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <chrono>
#include <memory>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QProgressDialog)

namespace peerdesk {

class CreateVaultDialog;
class IdleLockMonitor;
class DesktopLockWatcher;
class MainWindow;
class RecoveryKeyDialog;
class UnlockDialog;
class VaultSession;
struct UnlockedKey;
struct WorkerTicket;

// Runs the GUI: creating a vault on first run, showing its recovery key, unlocking, the main window, and
// locking again (Ctrl+L or after the vault's idle minutes). It owns the VaultSession; locking destroys the
// main window first (its widgets may hold data read from the vault, and models hold the connection) and
// then the session, which closes the database and wipes the key.
//
// Whatever ends a session — locking, quitting, rotating the data key — then does its vault work on a worker
// connection of its own, from a copy of the key wiped when it is done: the automatic backup
// (backup::createAutomatic) after locking and before quitting, or the key rotation, which needs the vault to
// itself and so runs with no window open and unlocks again afterwards.
//
// A person who works on a program server (docs/server.md) connects with the profile their administrator gave them:
// "Connect to a program server…" on the Create-vault or Unlock dialog, or --profile. The profile's path is remembered
// (QSettings, like the last login; never a passphrase), and the next start signs in to that server until the person
// chooses this computer's vault again. A server session has no automatic backup and no key rotation: the server's
// operator backs the program up.
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

    // The connection profile remembered for this computer's user; empty when they use a local vault. `peerdesk
    // --profile FILE` remembers one before the controller starts.
    static QString rememberedServerProfile();
    static void rememberServerProfile(const QString& profilePath);

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
    DesktopLockWatcher* desktopLockWatcher() const { return m_desktopLock; }

    static QString lastLogin();

    // True while the work after a session ended (backup, rotation) runs.
    bool endingSession() const { return !m_ending.isEmpty(); }

public Q_SLOTS:
    void lock();
    // Backs up (when the vault says so) and then emits quitRequested.
    void quit();
    // Closes the window, gives the vault a new data key with progress shown, then asks to unlock again.
    void rotateKeyAndLock();
    // Signs in to the program server of this profile from now on (and at the next start); a profile that cannot be
    // read is reported in the dialog shown, and changes nothing.
    void connectToServer(const QString& profilePath);
    // Forgets the program server: the local vault is opened (or created) again.
    void useLocalVault();

Q_SIGNALS:
    void unlocked();
    void locked();
    void quitRequested();
    // The work after a session ended finished; message is what the user was told (empty when nothing).
    void sessionEndFinished(bool ok, const QString& message);

private:
    void showCreateVault();
    void onVaultCreated();
    void showRecoveryKey(QString recoveryKey, const QString& login,
                         std::shared_ptr<std::optional<UnlockedKey>> adminKey);
    void openCreatedVault(std::optional<UnlockedKey> adminKey);
    void showUnlock();
    void chooseServerProfile(QWidget* parent);
    void onKeyReady();
    void enterSession(std::unique_ptr<VaultSession> session, const QString& login);
    void showChoosePassphrase();
    void showRecovery(const QString& login);
    void showMainWindow();
    void showSessionWarnings();
    void readMatchingRoster();
    void closeSessionWindows();

    enum class SessionEnd
    {
        Lock,
        Quit,
        RotateKey,
    };
    // Closes the windows and the session; the ticket carries a copy of the key for the work that follows.
    std::unique_ptr<WorkerTicket> closeSession();
    void runAfterSession(std::unique_ptr<WorkerTicket> ticket, SessionEnd end);
    void onSessionEndFinished(QFutureWatcher<Result<QString>>* watcher, SessionEnd end);
    void showEndProgress(const QString& label);

    const QString m_directory;
    QString m_profilePath; // the program server's connection profile; empty for the local vault
    const KdfParams m_kdf;
    const SystemClock m_clock{};
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<IdleLockMonitor> m_idle;
    DesktopLockWatcher* m_desktopLock = nullptr; // a child
    std::optional<std::chrono::milliseconds> m_autoLockOverride;

    QPointer<MainWindow> m_mainWindow;
    QPointer<CreateVaultDialog> m_createDialog;
    QPointer<RecoveryKeyDialog> m_recoveryDialog;
    QPointer<UnlockDialog> m_unlockDialog;
    QByteArray m_mainWindowGeometry; // restored when the window comes back after a lock
    int m_mainWindowPage = 0;

    // One worker at a time for what follows a session: it first waits for the global pool's work (import,
    // purge, ...) so that a rotation really has the vault to itself.
    QThreadPool m_endPool;
    QList<QFutureWatcher<Result<QString>>*> m_ending;
    QPointer<QProgressDialog> m_endProgress;
    bool m_quitAfterEnding = false; // set by quit() while work is under way; it quits when the last ends
    QStringList m_quitFailures; // what failed meanwhile, shown before quitting
};

} // namespace peerdesk
