#pragma once

#include "core/Result.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/VaultSession.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace peerdesk {

class MessageLabel;
class PassphraseEdit;

// Asks who is signing in and their passphrase, and unwraps the vault's data key on a worker thread: the
// key derivation takes about a second by design, and the window keeps responding meanwhile. On success it
// emits keyReady(); whoever opens the vault (on the GUI thread) takes the key with takeUnlockedKey() and
// either closes the dialog or reports a problem with showError(). Failures are shown inline, in the
// dialog, not in a message box.
//
// With a program server's connection profile (setServer) it signs in to that server instead: the worker derives the
// person's key and checks that the server lets them in (vault::reachServer), and the key is taken with
// takeServerKey(). One button switches between the two ("Connect to a program server…" / "Use this computer's
// vault"); what it means is the controller's to decide (serverConnectRequested, localVaultRequested).
class UnlockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlockDialog)

public:
    UnlockDialog(QString directory, const QString& lastLogin, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    bool isBusy() const { return m_busy; }
    QString login() const;
    std::optional<UnlockedKey> takeUnlockedKey();

    // Signing in to the program server of this profile (read from profilePath), or again to the local vault.
    void setServer(const QString& profilePath, const ServerProfile& profile);
    void setLocal();
    bool onServer() const { return m_profile.has_value(); }
    const std::optional<ServerProfile>& serverProfile() const { return m_profile; }
    const QString& serverProfilePath() const { return m_profilePath; }
    std::optional<ServerKey> takeServerKey();
    void showError(const QString& message);
    void showMessage(const QString& message); // good news (a passphrase reset), in the same place
    QString errorText() const;

Q_SIGNALS:
    void keyReady();
    // "Forgot passphrase…": the login typed so far, for the recovery dialog.
    void recoveryRequested(const QString& login);
    void serverConnectRequested();
    void localVaultRequested();
    void busyChanged(bool busy);

private:
    void updateButtons();
    void startUnlock();
    void onUnlockFinished();
    void onServerKeyFinished();
    void setBusy(bool busy);
    void showTarget();

    const QString m_directory;
    std::optional<ServerProfile> m_profile;
    QString m_profilePath;
    QLabel* m_where;
    QLineEdit* m_login;
    PassphraseEdit* m_passphrase;
    MessageLabel* m_error;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_unlockButton;
    QPushButton* m_quitButton;
    QPushButton* m_forgotButton;
    QPushButton* m_switchButton;

    QFutureWatcher<Result<UnlockedKey>> m_watcher;
    std::optional<UnlockedKey> m_key;
    QFutureWatcher<Result<ServerKey>> m_serverWatcher;
    std::optional<ServerKey> m_serverKey;
    bool m_busy = false;
};

} // namespace peerdesk
