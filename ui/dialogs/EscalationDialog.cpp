#include "ui/dialogs/EscalationDialog.h"

#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/TriageDialog.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

EscalationDialog::EscalationDialog(VaultSession& session, qint64 requestId, QWidget* parent)
    : EscalationDialog(
        session, requestId, tr("Escalate request %1").arg(requestReference(requestId)),
        [&session, requestId](const QString& action) { return RequestService(session).escalate(requestId, action); },
        tr("The escalation is recorded and the request is flagged."), parent)
{
}

EscalationDialog::EscalationDialog(VaultSession& session, qint64 id, const QString& title, Recorder recorder,
                                   QString done, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(id), m_recorder(std::move(recorder)), m_done(std::move(done))
{
    setObjectName(QStringLiteral("escalationDialog"));
    setWindowTitle(title);
    auto crisis = session.settings().list(QLatin1String(ProgramSettings::CrisisResources));
    m_crisis = new QLabel(this);
    m_crisis->setObjectName(QStringLiteral("crisisResources"));
    m_crisis->setAccessibleName(tr("Crisis resources"));
    m_crisis->setWordWrap(true);
    m_crisis->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_crisis->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_crisis->setFont(big);
    m_crisis->setText(
        QStringLiteral("<p style='color:%1'><b>%2</b></p>%3")
            .arg(errorColour(palette()).name(),
                 tr("Someone may be at immediate risk: offer these crisis resources now.").toHtmlEscaped(),
                 resourceListHtml(crisis ? *crisis : QStringList())));

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("escalationAction"));
    m_action->setAccessibleName(tr("Action taken"));
    for (const Term& term : Vocabulary::terms(Vocab::EscalationAction))
        m_action->addItem(term.name, term.key);
    auto* form = new QFormLayout;
    form->addRow(tr("&Action taken:"), m_action);
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    if (!crisis)
        m_message->showError(crisis.error().message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = m_buttons->addButton(tr("&Record escalation"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_record->setAccessibleName(tr("Record escalation"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EscalationDialog::record);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_crisis);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void EscalationDialog::record()
{
    auto resources = m_recorder(m_action->currentData().toString());
    if (!resources) {
        m_message->showError(resources.error().message);
        return;
    }
    Q_EMIT escalated(m_id);
    // The resources stay on screen for the call in progress; only the buttons change.
    m_message->showMessage(m_done, MessageLabel::Kind::Success);
    m_action->setEnabled(false);
    m_buttons->clear();
    auto* done = m_buttons->addButton(QDialogButtonBox::Close);
    done->setObjectName(QStringLiteral("closeButton"));
    done->setAccessibleName(tr("Close"));
    done->setDefault(true);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace peerdesk
