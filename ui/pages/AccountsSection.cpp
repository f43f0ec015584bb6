#include "ui/pages/AccountsSection.h"

#include "ui/BackgroundTask.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/models/UserTableModel.h"
#include "ui/pages/Page.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace peerdesk {

AccountsSection::AccountsSection(PageContext& context, QWidget* parent)
    : QGroupBox(tr("Accounts"), parent)
    , m_context(context)
    , m_model(new UserTableModel(this))
    , m_table(ui::createTableView(this, "accountsTable", tr("Accounts")))
    , m_add(ui::createButton(this, tr("&Add account…"), "addAccountButton", tr("Add an account")))
    , m_deactivate(ui::createButton(this, tr("&Deactivate"), "deactivateAccountButton", tr("Deactivate the account")))
    , m_reactivate(ui::createButton(this, tr("Reac&tivate…"), "reactivateAccountButton", tr("Reactivate the account")))
    , m_remove(ui::createButton(this, tr("Re&move…"), "removeAccountButton", tr("Remove the account")))
    , m_recovery(ui::createButton(this, tr("New re&covery key…"), "regenerateRecoveryButton",
                                  tr("Make a new recovery key; the old one stops working")))
    , m_rotate(ui::createButton(this, tr("New data &key…"), "rotateKeyButton",
                                tr("Give the vault a new data key; old copies of its key file stop opening it")))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("accountsSection"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(140);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_add, m_deactivate, m_reactivate, m_remove })
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_recovery);
    buttons->addWidget(m_rotate);
    // On a program server the key changes online, the window open and the others working (docs/server.md): it is the
    // identity key, the one a removed person's copy of their slot would still open.
    if (m_context.session.onServer()) {
        m_rotate->setText(tr("New identity &key…"));
        m_rotate->setToolTip(tr("Give the program a new key to names and contact details; copies of key slots made "
                                "before stop opening them"));
        m_rotate->setAccessibleName(m_rotate->toolTip());
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsSection::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsSection::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] { openAccountDialog({}); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { openAccountDialog(selectedLogin()); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        confirm(tr("Deactivate %1? Their key slot leaves the vault at once; an administrator can reactivate the "
                   "account later with a new initial passphrase.")
                    .arg(login),
                [this, login] { deactivate(login); });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        const bool onServer = m_context.session.onServer();
        const QString question = onServer
            ? tr("Remove %1 for good? Their key slot leaves the program, their login to the program server is "
                 "closed and their open sessions end at once.\n\nIf they may keep a copy of their key slot and of "
                 "the program's database, also give the program a new identity key: everyone goes on working while "
                 "PeerDesk re-encrypts every name under it.")
                  .arg(login)
            : tr("Remove %1 for good? Their key slot leaves the vault.\n\nIf they may keep a copy of the vault's "
                 "files (a backup, an old keyring.json), also give the vault a new data key: PeerDesk then closes "
                 "the window, changes the key, and asks everyone to unlock again.")
                  .arg(login);
        auto* box = new QMessageBox(QMessageBox::Question, tr("Accounts"), question, QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("removeAccountConfirmation"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton* removeOnly = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
        removeOnly->setObjectName(QStringLiteral("removeOnlyButton"));
        QPushButton* removeAndRotate = box->addButton(tr("Remove and change the &key"), QMessageBox::AcceptRole);
        removeAndRotate->setObjectName(QStringLiteral("removeAndRotateButton"));
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
        connect(box, &QMessageBox::buttonClicked, this,
                [this, login, removeOnly, removeAndRotate](QAbstractButton* clicked) {
                    if (clicked == removeOnly || (removeAndRotate && clicked == removeAndRotate))
                        remove(login, removeAndRotate && clicked == removeAndRotate);
                });
        box->open();
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (m_context.session.onServer()) {
            confirm(tr("Give the program a new identity key? Everyone goes on working while PeerDesk re-encrypts "
                       "every name and contact detail under it. Copies of key slots made before stop opening them; "
                       "the server's backups made before keep the old key."),
                    [this] { rotateKey(); });
            return;
        }
        confirm(tr("Give the vault a new data key? The window closes while the key is changed and PeerDesk asks "
                   "for your passphrase again. Copies of keyring.json made before, and the passphrases in them, "
                   "stop opening the vault; backups made before keep their old key."),
                [this] { rotateKey(); });
    });
    connect(m_recovery, &QPushButton::clicked, this, [this] {
        confirm(tr("Make a new recovery key? The current one stops opening the vault at once, wherever it is "
                   "kept."),
                [this] { regenerateRecoveryKey(); });
    });
    updateButtons();
}

void AccountsSection::regenerateRecoveryKey()
{
    QPointer<AccountsSection> self(this);
    ui::runInBackground<QString>(
        this, m_context.session, tr("Making a new recovery key…"),
        [](VaultSession& worker) { return worker.regenerateRecoveryKey(); },
        [self](Result<QString> key) {
            if (!self)
                return;
            if (!key) {
                self->m_message->showError(key.error().message);
                return;
            }
            (void)self->m_context.session.reloadAccount();
            self->m_message->showMessage(tr("A new recovery key was made; the old one no longer opens the vault."),
                                         MessageLabel::Kind::Success);
            auto* dialog = new RecoveryKeyDialog(std::move(*key), self);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (self->m_context.lockAction)
                dialog->addAction(self->m_context.lockAction);
            dialog->open();
            Q_EMIT self->changed();
        });
}

void AccountsSection::reload()
{
    auto users = UserService(m_context.session).list();
    if (!users) {
        m_message->showError(users.error().message);
        return;
    }
    m_model->setUsers(std::move(*users));
}

QString AccountsSection::selectedLogin() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const UserRecord* user = current.isValid() ? m_model->userAt(current.row()) : nullptr;
    return user ? user->login : QString();
}

void AccountsSection::updateButtons()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const UserRecord* user = current.isValid() ? m_model->userAt(current.row()) : nullptr;
    const bool other = user && user->id != m_context.session.user().id && !user->removedAt.isValid();
    m_deactivate->setEnabled(other && user->active);
    m_reactivate->setEnabled(other && !user->active);
    m_remove->setEnabled(other);
}

void AccountsSection::openAccountDialog(const QString& reactivatedLogin)
{
    auto* dialog = new AccountDialog(reactivatedLogin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.lockAction)
        dialog->addAction(m_context.lockAction);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reactivatedLogin] {
        auto account = dialog->takeAccount();
        if (!account) {
            m_message->showError(account.error().message);
            return;
        }
        auto shared = std::make_shared<NewUser>(std::move(*account));
        if (reactivatedLogin.isEmpty())
            add(shared);
        else
            reactivate(reactivatedLogin, shared);
    });
    dialog->open();
}

void AccountsSection::confirm(const QString& question, std::function<void()> action)
{
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Accounts"), question, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("accountConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [action = std::move(action)](int result) {
        if (result == QMessageBox::Yes)
            action();
    });
    box->open();
}

void AccountsSection::rotateKey()
{
    if (m_context.session.onServer()) {
        changeIdentityKey();
        return;
    }
    if (m_context.rotateKeyAction)
        m_context.rotateKeyAction->trigger();
}

void AccountsSection::changeIdentityKey()
{
    QPointer<AccountsSection> self(this);
    ui::runInBackground<VaultSession::IdentityKeyChange>(
        this, m_context.session, tr("Changing the identity key and re-encrypting every name…"),
        [](VaultSession& worker) { return worker.rotateIdentityKey(); },
        [self](Result<VaultSession::IdentityKeyChange> change) {
            if (!self)
                return;
            // The worker committed what it did; this window's session takes up the new keys either way.
            if (auto reloaded = self->m_context.session.reloadAccount(); !reloaded && change)
                change = reloaded.error();
            if (!change) {
                self->m_message->showError(change.error().message);
                return;
            }
            self->m_message->showMessage(tr("The program has a new identity key: %n records re-encrypted. Copies of "
                                            "key slots made before no longer open names.",
                                            nullptr, static_cast<int>(change->rewritten + change->roster)),
                                         MessageLabel::Kind::Success);
            self->reload();
            Q_EMIT self->changed();
        });
}

void AccountsSection::run(const QString& label, std::function<Result<void>(UserService&)> work, const QString& done,
                          std::function<void()> then)
{
    QPointer<AccountsSection> self(this);
    ui::runInBackground<bool>(
        this, m_context.session, label,
        [work = std::move(work)](VaultSession& worker) -> Result<bool> {
            UserService users(worker);
            if (auto changed = work(users); !changed)
                return changed.error();
            return true;
        },
        [self, done, then](Result<bool> changed) {
            if (!self)
                return;
            if (!changed) {
                // Refused because another administrator changed the program's keys: the window's session takes
                // them up as well, so that the next try is made with them.
                if (changed.error().code == ErrorCode::Conflict)
                    (void)self->m_context.session.reloadAccount();
                self->m_message->showError(changed.error().message);
                return;
            }
            self->m_message->showMessage(done, MessageLabel::Kind::Success);
            self->reload();
            Q_EMIT self->changed();
            if (then)
                then();
        });
}

void AccountsSection::add(std::shared_ptr<NewUser> user)
{
    const QString login = user->login;
    run(
        tr("Adding the account…"),
        [user](UserService& users) -> Result<void> {
            if (auto added = users.add(*user); !added)
                return added.error();
            return {};
        },
        tr("Account %1 added. Give them the initial passphrase in a safe way.").arg(login));
}

void AccountsSection::deactivate(const QString& login)
{
    run(
        tr("Deactivating the account…"), [login](UserService& users) { return users.deactivate(login); },
        tr("Account %1 deactivated.").arg(login));
}

void AccountsSection::reactivate(const QString& login, std::shared_ptr<NewUser> passphrase)
{
    run(
        tr("Reactivating the account…"),
        [login, passphrase](UserService& users) { return users.reactivate(login, passphrase->initialPassphrase); },
        tr("Account %1 reactivated with an initial passphrase.").arg(login));
}

void AccountsSection::remove(const QString& login, bool rotateKey)
{
    std::function<void()> then;
    if (rotateKey) {
        QPointer<AccountsSection> self(this);
        then = [self] {
            if (self)
                self->rotateKey();
        };
    }
    run(
        tr("Removing the account…"), [login](UserService& users) { return users.remove(login, false); },
        tr("Account %1 removed.").arg(login), std::move(then));
}

} // namespace peerdesk
