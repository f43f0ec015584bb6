#pragma once

#include "core/Result.h"
#include "core/security/Kdf.h"
#include "core/vault/VaultSession.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace peerdesk {

class Clock;
class MessageLabel;
class NewPassphraseFields;

// First run: the first administrator chooses a login, a display name and a passphrase, and the vault is
// created on a worker thread (Argon2id takes seconds by design). Every rule is the core's: the dialog
// only asks vault::validateLogin, vault::validateDisplayName and passphrase_policy::evaluate as the user
// types, and Create stays disabled until all of them agree.
//
// Accepted once the vault exists; takeRecoveryKey() then hands over the key to show, and takeAdminKey() the
// administrator's unwrapped keys, so the new vault opens without typing the passphrase again.
class CreateVaultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultDialog)

public:
    // kdf: the Argon2id cost of the new key slots; tests pass KdfParams::fastForTests().
    CreateVaultDialog(QString directory, const Clock& clock, KdfParams kdf = KdfParams::interactiveDefault(),
                      QWidget* parent = nullptr);
    ~CreateVaultDialog() override;

    bool isBusy() const { return m_busy; }
    bool canCreate() const;
    QString createdLogin() const { return m_createdLogin; }
    QString takeRecoveryKey(); // once, after accepted()
    std::optional<UnlockedKey> takeAdminKey(); // once, after accepted()

public Q_SLOTS:
    void reject() override; // ignored while the vault is being created: it cannot be half-made

Q_SIGNALS:
    void busyChanged(bool busy);
    // "Connect to a program server…": this person works on a program server, not in a vault of this computer.
    void serverConnectRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateValidation();
    void startCreate();
    void onCreateFinished();
    void setBusy(bool busy);
    QStringList userWords() const;

    const QString m_directory;
    const Clock& m_clock;
    const KdfParams m_kdf;

    QLineEdit* m_login;
    MessageLabel* m_loginMessage;
    QLineEdit* m_displayName;
    MessageLabel* m_displayNameMessage;
    NewPassphraseFields* m_passphraseFields;
    MessageLabel* m_error;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_createButton;
    QPushButton* m_cancelButton;
    QPushButton* m_serverButton;

    QFutureWatcher<Result<CreatedVault>> m_watcher;
    bool m_busy = false;
    bool m_loginTouched = false; // an incomplete login is not an error while it is being typed
    QString m_recoveryKey;
    std::optional<UnlockedKey> m_adminKey;
    QString m_createdLogin;
};

} // namespace peerdesk
