#include "ui/dialogs/AccountDialog.h"

#include "core/vault/VaultSession.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/NewPassphraseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

AccountDialog::AccountDialog(const QString& reactivatedLogin, QWidget* parent)
    : QDialog(parent)
    , m_reactivated(reactivatedLogin)
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_passphrase(new NewPassphraseFields(this))
    , m_message(new MessageLabel(this))
    , m_ok(new QPushButton(this))
{
    const bool adding = m_reactivated.isEmpty();
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(adding ? tr("Add an account") : tr("Reactivate %1").arg(m_reactivated));
    setMinimumWidth(500);
    auto* intro = ui::createParagraph(
        tr("Choose a one-time initial passphrase and give it to the person in a safe way. At their first unlock "
           "PeerDesk asks them to choose their own, and nothing else opens until they do."),
        this);

    m_login->setObjectName(QStringLiteral("accountLogin"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setMaxLength(vault::LoginMaxLength);
    m_displayName->setObjectName(QStringLiteral("accountName"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setMaxLength(vault::DisplayNameMaxLength);
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_role->setAccessibleName(tr("Role"));
    for (const Role role : { Role::Coordinator, Role::Reporting, Role::Administrator })
        m_role->addItem(roleDisplayName(role), static_cast<int>(role));
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_ok->setObjectName(QStringLiteral("accountOkButton"));
    m_ok->setText(adding ? tr("&Add account") : tr("&Reactivate"));
    m_ok->setAccessibleName(adding ? tr("Add the account") : tr("Reactivate the account"));
    m_ok->setDefault(true);

    auto* form = new QFormLayout;
    if (adding) {
        form->addRow(tr("&Login:"), m_login);
        form->addRow(tr("&Display name:"), m_displayName);
        form->addRow(tr("R&ole:"), m_role);
    } else {
        m_login->setText(m_reactivated);
        m_login->hide();
        m_displayName->hide();
        m_role->hide();
    }
    auto* buttons = ui::createDialogButtons(this, m_ok);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &AccountDialog::update);
    connect(m_displayName, &QLineEdit::textChanged, this, &AccountDialog::update);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &AccountDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void AccountDialog::update()
{
    const QString login = vault::normaliseLogin(m_login->text());
    const QString name = m_displayName->text().trimmed().isEmpty() ? login : m_displayName->text();
    m_passphrase->setPersonalWords(vault::personalWords(login, name));
    bool valid = m_passphrase->isAcceptable();
    if (m_reactivated.isEmpty() && !login.isEmpty()) {
        if (auto checked = vault::validateLogin(login); !checked) {
            m_message->showError(checked.error().message);
            valid = false;
        } else if (auto named = vault::validateDisplayName(name); !named) {
            m_message->showError(named.error().message);
            valid = false;
        } else {
            m_message->clearMessage();
        }
    }
    m_ok->setEnabled(valid && !login.isEmpty());
}

Result<NewUser> AccountDialog::takeAccount()
{
    auto secret = m_passphrase->takeSecret();
    if (!secret)
        return secret.error();
    return NewUser{ vault::normaliseLogin(m_login->text()), m_displayName->text().trimmed(),
                    static_cast<Role>(m_role->currentData().toInt()), std::move(*secret) };
}

} // namespace peerdesk
