#pragma once

#include "core/Result.h"
#include "core/services/UserService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace peerdesk {

class MessageLabel;
class NewPassphraseFields;

// A new account (login, name, role and a one-time initial passphrase), or, for a deactivated account, only the
// new initial passphrase. Checked as typed with the core's rules; the account is made by the caller.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // An empty login asks for a new account; a login asks only for that account's new initial passphrase.
    explicit AccountDialog(const QString& reactivatedLogin, QWidget* parent = nullptr);

    // After accepted(): the account as typed, its passphrase in locked memory (the fields are wiped).
    Result<NewUser> takeAccount();

private:
    void update();

    QString m_reactivated;
    QLineEdit* m_login;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    NewPassphraseFields* m_passphrase;
    MessageLabel* m_message;
    QPushButton* m_ok;
};

} // namespace peerdesk
