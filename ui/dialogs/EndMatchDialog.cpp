#include "ui/dialogs/EndMatchDialog.h"

#include "core/domain/ReferenceCode.h"
#include "core/domain/Request.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/vault/VaultSession.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

EndMatchDialog::EndMatchDialog(VaultSession& session, qint64 requestId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(requestId)
{
    setObjectName(QStringLiteral("endMatchDialog"));
    setWindowTitle(tr("End the match of request %1").arg(requestReference(requestId)));

    auto* explanation = new QLabel(tr("The request goes back to triaged so that you can find a new supporter. It "
                                      "keeps its history, and this supporter is not suggested for it again."),
                                   this);
    explanation->setObjectName(QStringLiteral("endMatchExplanation"));
    explanation->setWordWrap(true);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("endMatchReason"));
    m_reason->setAccessibleName(tr("Why the match ends"));
    if (auto reasons = session.settings().list(QLatin1String(ProgramSettings::MatchEndReasons))) {
        for (const QString& reason : std::as_const(*reasons))
            m_reason->addItem(matchEndReasonDisplayName(reason), reason);
    }
    // No default: the reason is counted in the statistics, so it is chosen, never taken by accident.
    m_reason->setCurrentIndex(-1);
    m_reason->setPlaceholderText(tr("Choose a reason"));

    auto* cancelled = new QLabel(this);
    cancelled->setObjectName(QStringLiteral("endMatchCancelledConversations"));
    cancelled->setWordWrap(true);
    if (auto booked = RequestService(session).conversationsCancelledByClosing(requestId); booked && *booked > 0)
        cancelled->setText(tr("Ending the match cancels %n conversation(s) booked from now on; the supporter's time "
                              "is freed.",
                              nullptr, *booked));
    cancelled->setVisible(!cancelled->text().isEmpty());

    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    if (m_reason->count() == 0)
        m_error->showError(tr("No reasons for ending a match are configured: an administrator sets them on the "
                              "Settings page."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* end = buttons->addButton(tr("&End the match"), QDialogButtonBox::AcceptRole);
    end->setObjectName(QStringLiteral("endMatchButton"));
    end->setAccessibleName(tr("End the match"));
    end->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            [this, end] { end->setEnabled(m_reason->currentIndex() >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &EndMatchDialog::endMatch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(cancelled);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void EndMatchDialog::endMatch()
{
    if (m_reason->currentIndex() < 0)
        return;
    auto cancelled = MatchingService(m_session).end(m_id, m_reason->currentData().toString());
    if (!cancelled) {
        m_error->showError(cancelled.error().message);
        return;
    }
    Q_EMIT ended(m_id, *cancelled);
    accept();
}

} // namespace peerdesk
