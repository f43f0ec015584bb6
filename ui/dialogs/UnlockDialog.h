#pragma once

#include "core/Result.h"
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
    void showError(const QString& message);
    void showMessage(const QString& message); // good news (a passphrase reset), in the same place
    QString errorText() const;

Q_SIGNALS:
    void keyReady();
    // "Forgot passphrase…": the login typed so far, for the recovery dialog.
    void recoveryRequested(const QString& login);
    void busyChanged(bool busy);

private:
    void updateButtons();
    void startUnlock();
    void onUnlockFinished();
    void setBusy(bool busy);

    const QString m_directory;
    QLineEdit* m_login;
    PassphraseEdit* m_passphrase;
    MessageLabel* m_error;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_unlockButton;
    QPushButton* m_quitButton;

    QFutureWatcher<Result<UnlockedKey>> m_watcher;
    std::optional<UnlockedKey> m_key;
    bool m_busy = false;
};

} // namespace peerdesk
