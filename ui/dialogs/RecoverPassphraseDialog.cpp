#include "ui/dialogs/RecoverPassphraseDialog.h"

#include "core/vault/VaultSession.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/NewPassphraseFields.h"
#include "ui/widgets/PassphraseEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace peerdesk {

RecoverPassphraseDialog::RecoverPassphraseDialog(QString directory, const QString& login, const Clock& clock,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_clock(clock)
    , m_login(new QLineEdit(login, this))
    , m_recoveryKey(new PassphraseEdit(this))
    , m_passphrase(new NewPassphraseFields(this))
    , m_error(new MessageLabel(this))
    , m_save(new QPushButton(tr("&Set the new passphrase"), this))
{
    setObjectName(QStringLiteral("recoverPassphraseDialog"));
    setWindowTitle(tr("Forgot passphrase"));
    setMinimumWidth(520);
    auto* intro = ui::createParagraph(
        tr("The recovery key printed when the vault was created opens it for you once: choose a new passphrase "
           "now. The use of the recovery key is recorded in the audit log."),
        this);
    m_login->setObjectName(QStringLiteral("recoveryLogin"));
    m_login->setAccessibleName(tr("Login"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_error->setObjectName(QStringLiteral("recoveryMessage"));
    m_save->setObjectName(QStringLiteral("recoverButton"));
    m_save->setAccessibleName(tr("Set the new passphrase"));
    m_save->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Recovery key:"), m_recoveryKey);
    auto* buttons = ui::createDialogButtons(this, m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &RecoverPassphraseDialog::update);
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &RecoverPassphraseDialog::update);
    connect(m_passphrase, &NewPassphraseFields::changed, this, &RecoverPassphraseDialog::update);
    connect(m_save, &QPushButton::clicked, this, &RecoverPassphraseDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecoverPassphraseDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RecoverPassphraseDialog::finished);
    (login.isEmpty() ? static_cast<QWidget*>(m_login) : m_recoveryKey)->setFocus();
    update();
}

RecoverPassphraseDialog::~RecoverPassphraseDialog()
{
    // The worker reads m_clock, which belongs to the caller: let it finish first.
    m_watcher.waitForFinished();
}

QString RecoverPassphraseDialog::login() const
{
    return vault::normaliseLogin(m_login->text());
}

void RecoverPassphraseDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void RecoverPassphraseDialog::update()
{
    m_passphrase->setPersonalWords(vault::personalWords(login(), QString()));
    m_save->setEnabled(!isBusy() && !login().isEmpty() && !m_recoveryKey->text().isEmpty()
                       && m_passphrase->isAcceptable());
}

void RecoverPassphraseDialog::start()
{
    if (!m_save->isEnabled())
        return;
    auto secret = m_passphrase->takeSecret();
    if (!secret) {
        m_error->showError(secret.error().message);
        return;
    }
    m_error->clearMessage();
    // Copied into the worker's callable: the passphrase in locked memory, the typed key wiped after use.
    auto passphrase = std::make_shared<SecureBuffer>(std::move(*secret));
    auto recoveryKey = std::make_shared<QString>(m_recoveryKey->takePassphrase());
    const QString directory = m_directory;
    const QString who = login();
    const Clock* clock = &m_clock;
    for (QWidget* input : { static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_recoveryKey),
                            static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_save) })
        input->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([directory, who, recoveryKey, passphrase, clock]() -> Result<void> {
        auto key = vault::unwrapWithRecoveryKey(directory, who, *recoveryKey);
        wipe(*recoveryKey);
        if (!key)
            return key.error();
        // A session of its own on this thread, closed before returning: the window then unlocks as usual.
        auto session = vault::open(std::move(*key), *clock);
        if (!session)
            return session.error();
        auto changed = (*session)->changePassphrase(*passphrase);
        (*session)->close();
        return changed;
    }));
}

void RecoverPassphraseDialog::finished()
{
    const Result<void> result = m_watcher.result();
    for (QWidget* input :
         { static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_recoveryKey), static_cast<QWidget*>(m_passphrase) })
        input->setEnabled(true);
    if (!result) {
        m_error->showError(result.error().message);
        update();
        return;
    }
    accept();
}

} // namespace peerdesk
