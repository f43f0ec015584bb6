#include "ui/dialogs/CloseRequestDialog.h"

#include "core/domain/ReferenceCode.h"
#include "core/services/RequestService.h"
#include "core/vault/VaultSession.h"
#include "ui/widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

CloseRequestDialog::CloseRequestDialog(VaultSession& session, const SupportRequest& request, bool hasSupporter,
                                       QWidget* parent)
    : QDialog(parent), m_session(session), m_id(request.id)
{
    setObjectName(QStringLiteral("closeRequestDialog"));
    setWindowTitle(tr("Close request %1").arg(requestReference(request.id)));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("closeOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    for (CloseOutcome outcome : RequestLifecycle::allowedOutcomes(request.status))
        m_outcome->addItem(closeOutcomeDisplayName(outcome), closeOutcomeKey(outcome));
    m_difficult = new QCheckBox(tr("It was &difficult for the supporter (gives them their cooldown)"), this);
    m_difficult->setObjectName(QStringLiteral("closeDifficult"));
    m_difficult->setAccessibleName(tr("Difficult for the supporter"));
    m_difficult->setEnabled(hasSupporter);
    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("closeResource"));
    m_resource->setAccessibleName(tr("Referral given"));
    m_resource->setToolTip(tr("A service the physician was connected to, whatever the outcome: it is counted in the "
                              "statistics of referrals given."));
    m_resource->addItem(tr("None"), QString());
    // Those meant for this request (its region, its career stage) first.
    if (auto resources = RequestService(session).resourcesFor(request.id)) {
        for (const QString& resource : std::as_const(*resources))
            m_resource->addItem(resource, resource);
    }
    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    // Said before the person confirms, so that nobody is surprised by conversations gone from the calendar.
    m_cancelled = new QLabel(this);
    m_cancelled->setObjectName(QStringLiteral("cancelledConversations"));
    m_cancelled->setWordWrap(true);
    if (auto booked = RequestService(session).conversationsCancelledByClosing(request.id); booked && *booked > 0)
        m_cancelled->setText(tr("Closing cancels %n conversation(s) booked from now on; the supporter's time is freed.",
                                nullptr, *booked));
    m_cancelled->setVisible(!m_cancelled->text().isEmpty());

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(QString(), m_difficult);
    form->addRow(tr("&Referral given:"), m_resource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* close = buttons->addButton(tr("C&lose request"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("closeRequestButton"));
    close->setAccessibleName(tr("Close request"));
    close->setEnabled(m_outcome->count() > 0);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseRequestDialog::closeRequest);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cancelled);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void CloseRequestDialog::closeRequest()
{
    const auto outcome = closeOutcomeFromKey(m_outcome->currentData().toString());
    if (!outcome)
        return;
    CloseOptions options;
    options.difficult = m_difficult->isEnabled() && m_difficult->isChecked();
    options.resource = m_resource->currentData().toString();
    if (auto closed = RequestService(m_session).close(m_id, *outcome, options); !closed) {
        m_error->showError(closed.error().message);
        return;
    }
    Q_EMIT closed(m_id);
    accept();
}

} // namespace peerdesk
