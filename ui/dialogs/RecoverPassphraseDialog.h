#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QFutureWatcher>

class QLineEdit;
class QPushButton;

namespace peerdesk {

class Clock;
class MessageLabel;
class NewPassphraseFields;
class PassphraseEdit;

// "Forgot passphrase": the recovery key opens the vault for one person, who sets a new passphrase at once.
// Everything slow (two Argon2id runs) and the whole change happen on a worker thread with its own short
// session; the dialog only collects what is typed. Accepted once the new passphrase opens the vault; the
// Unlock dialog then asks for it as usual. Each use of the recovery key is audited.
class RecoverPassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverPassphraseDialog)

public:
    RecoverPassphraseDialog(QString directory, const QString& login, const Clock& clock, QWidget* parent = nullptr);
    ~RecoverPassphraseDialog() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    QString login() const;

public Q_SLOTS:
    void reject() override; // ignored while the change runs: it completes or changes nothing

private:
    void update();
    void start();
    void finished();

    const QString m_directory;
    const Clock& m_clock;
    QLineEdit* m_login;
    PassphraseEdit* m_recoveryKey;
    NewPassphraseFields* m_passphrase;
    MessageLabel* m_error;
    QPushButton* m_save;
    QFutureWatcher<Result<void>> m_watcher;
};

} // namespace peerdesk
