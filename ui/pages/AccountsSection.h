#pragma once

#include "core/services/UserService.h"

#include <QGroupBox>

class QPushButton;
class QTableView;

namespace peerdesk {

class MessageLabel;
class UserTableModel;
struct PageContext;

// The Settings page's staff accounts (administrators): the list, and add, deactivate, reactivate and remove.
// Every change goes through UserService on a worker connection, since a new slot costs an Argon2id run.
// Rotating the data key needs the vault to itself: the section triggers PageContext::rotateKeyAction, and the
// window closes while the key is changed (AppController), also right after a removal when asked to. On a program
// server the identity key changes instead, online, on a worker connection, with the window open.
class AccountsSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsSection)

public:
    explicit AccountsSection(PageContext& context, QWidget* parent = nullptr);

    void reload();
    UserTableModel* model() const { return m_model; }

    // The work behind the buttons, after their dialogs and confirmations (tests call these).
    void add(std::shared_ptr<NewUser> user);
    void deactivate(const QString& login);
    void reactivate(const QString& login, std::shared_ptr<NewUser> passphrase);
    // With rotateKey, the data key is rotated once the account is gone (for someone who may keep the files).
    void remove(const QString& login, bool rotateKey);
    // A new recovery key, made off the GUI thread and shown once (RecoveryKeyDialog); the old one stops working.
    void regenerateRecoveryKey();

Q_SIGNALS:
    void changed(); // the vault changed (audit rows were written)

private:
    QString selectedLogin() const;
    void updateButtons();
    void openAccountDialog(const QString& reactivatedLogin);
    void confirm(const QString& question, std::function<void()> action);
    void run(const QString& label, std::function<Result<void>(UserService&)> work, const QString& done,
             std::function<void()> then = {});
    void rotateKey();
    // On a program server: the identity key changed online, on a worker connection, the window open.
    void changeIdentityKey();

    PageContext& m_context;
    UserTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_deactivate;
    QPushButton* m_reactivate;
    QPushButton* m_remove;
    QPushButton* m_recovery;
    QPushButton* m_rotate;
    MessageLabel* m_message;
};

} // namespace peerdesk
