#include "ui/dialogs/ReferralDialog.h"

#include "core/domain/ReferenceCode.h"
#include "core/services/RequestService.h"
#include "core/vault/VaultSession.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

ReferralDialog::ReferralDialog(VaultSession& session, qint64 requestId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(requestId)
{
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("Record a referral for request %1").arg(requestReference(requestId)));

    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("referralResource"));
    m_resource->setAccessibleName(tr("Resource"));
    if (auto resources = RequestService(session).resourcesFor(requestId)) {
        for (const QString& resource : std::as_const(*resources))
            m_resource->addItem(resource, resource);
    }
    m_day = new QDateEdit(session.clock().todayLocal(), this);
    m_day->setObjectName(QStringLiteral("referralDay"));
    m_day->setAccessibleName(tr("Day the referral was given"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(session.clock().todayLocal());

    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    if (m_resource->count() == 0)
        m_error->showError(tr("No resources are configured: an administrator lists them on the Settings page."));

    auto* form = new QFormLayout;
    form->addRow(tr("Res&ource:"), m_resource);
    form->addRow(tr("&Given on:"), m_day);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* record = buttons->addButton(tr("&Record referral"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordReferralButton"));
    record->setAccessibleName(tr("Record referral"));
    record->setEnabled(m_resource->count() > 0);
    record->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void ReferralDialog::record()
{
    const QString resource = m_resource->currentData().toString();
    // Today means now; an earlier day, noon of that day (the time is not asked for).
    const QDate day = m_day->date();
    std::optional<QDateTime> at;
    if (day < m_session.clock().todayLocal())
        at = QDateTime(day, QTime(12, 0)).toUTC();
    if (auto done = RequestService(m_session).refer(m_id, resource, at); !done) {
        m_error->showError(done.error().message);
        return;
    }
    Q_EMIT recorded(m_id, resource);
    accept();
}

} // namespace peerdesk
