#include "ui/dialogs/ChoosePassphraseDialog.h"

#include "core/vault/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/UiInit.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/NewPassphraseFields.h"
#include "ui/widgets/PassphraseEdit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QIcon>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

ChoosePassphraseDialog::ChoosePassphraseDialog(VaultSession& session, QAction* lockAction, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_fields(new NewPassphraseFields(this))
    , m_error(new MessageLabel(this))
    , m_save(new QPushButton(tr("&Save and continue"), this))
{
    ui::initialiseResources();
    setObjectName(QStringLiteral("choosePassphraseDialog"));
    setWindowTitle(tr("Choose your passphrase"));
    setWindowIcon(QIcon(ui::applicationIconPath()));
    setMinimumWidth(520);
    auto* heading = ui::createHeading(tr("Welcome, %1").arg(session.user().displayName), this);
    auto* intro = ui::createParagraph(
        tr("An administrator gave you a one-time passphrase. Choose your own now: from here on only you know it. "
           "Nothing else opens until you do."),
        this);
    m_fields->setPersonalWords(vault::personalWords(session.user().login, session.user().displayName));
    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save the passphrase and continue"));
    m_save->setDefault(true);
    auto* cancel = new QPushButton(tr("&Lock"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Lock without choosing"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_fields);
    // The vault's cost is below the default: the new slot will be quick to guess, and the person is told so.
    if (const QString weak = vault::weakCostWarning(session.slotCost()); !weak.isEmpty()) {
        auto* warning = new MessageLabel(this);
        warning->setObjectName(QStringLiteral("weakCostWarning"));
        warning->showMessage(weak, MessageLabel::Kind::Error);
        layout->addWidget(warning);
    }
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    if (lockAction)
        addAction(lockAction);

    connect(m_fields, &NewPassphraseFields::changed, this, [this] { m_save->setEnabled(m_fields->isAcceptable()); });
    connect(m_save, &QPushButton::clicked, this, &ChoosePassphraseDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_save->setEnabled(false);
    m_fields->passphraseEdit()->setFocus();
}

void ChoosePassphraseDialog::save()
{
    if (!m_fields->isAcceptable())
        return;
    auto secret = m_fields->takeSecret();
    if (!secret) {
        m_error->showError(secret.error().message);
        return;
    }
    m_error->clearMessage();
    m_save->setEnabled(false);
    // Shared with the worker (the callable is copied); locked memory, wiped when the last copy goes.
    auto shared = std::make_shared<SecureBuffer>(std::move(*secret));
    QPointer<ChoosePassphraseDialog> self(this);
    // The slow part (Argon2id) on a worker; the new keys are committed here, on the session that goes on signing
    // with them.
    ui::runInBackground<std::shared_ptr<PreparedSlot>>(
        this, m_session, tr("Saving your passphrase…"),
        [shared](VaultSession& worker) -> Result<std::shared_ptr<PreparedSlot>> {
            auto prepared = worker.preparePassphraseChange(*shared);
            if (!prepared)
                return prepared.error();
            return std::make_shared<PreparedSlot>(std::move(*prepared));
        },
        [self](Result<std::shared_ptr<PreparedSlot>> prepared) {
            if (!self)
                return;
            Result<void> changed = prepared ? self->m_session.commitPassphraseChange(std::move(**prepared))
                                            : Result<void>(prepared.error());
            if (!changed) {
                self->m_error->showError(changed.error().message);
                self->m_save->setEnabled(self->m_fields->isAcceptable());
                return;
            }
            self->accept();
        });
}

} // namespace peerdesk
