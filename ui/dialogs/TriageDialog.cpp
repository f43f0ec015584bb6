#include "ui/dialogs/TriageDialog.h"

#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/vault/VaultSession.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

QString resourceListHtml(const QStringList& resources)
{
    if (resources.isEmpty())
        return TriageDialog::tr("No resources are configured yet (Settings).").toHtmlEscaped();
    QStringList items;
    for (const QString& resource : resources)
        items.append(QStringLiteral("<li>%1</li>").arg(resource.toHtmlEscaped()));
    return QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

TriageDialog::TriageDialog(VaultSession& session, const SupportRequest& request, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(request.id)
{
    setObjectName(QStringLiteral("triageDialog"));
    setWindowTitle(tr("Triage request %1").arg(requestReference(request.id)));
    m_pages = new QStackedWidget(this);

    auto* question = new QWidget(m_pages);
    auto* form = new QVBoxLayout(question);
    auto* safety = new QGroupBox(tr("Is anyone at immediate risk to self or others?"), question);
    safety->setObjectName(QStringLiteral("safetyQuestion"));
    auto* safetyRow = new QHBoxLayout(safety);
    auto* yes = new QRadioButton(tr("&Yes"), safety);
    yes->setObjectName(QStringLiteral("riskYes"));
    yes->setAccessibleName(tr("Yes, someone is at immediate risk"));
    auto* no = new QRadioButton(tr("&No"), safety);
    no->setObjectName(QStringLiteral("riskNo"));
    no->setAccessibleName(tr("No, nobody is at immediate risk"));
    m_risk = new QButtonGroup(this);
    m_risk->addButton(yes, 1);
    m_risk->addButton(no, 0);
    safetyRow->addWidget(yes);
    safetyRow->addWidget(no);
    safetyRow->addStretch(1);
    form->addWidget(safety);

    // Shown as soon as "Yes" is chosen: the crisis resources to offer now, and what was done, asked before anything
    // is recorded (the escalation records that action, never a default).
    m_riskBox = new QGroupBox(tr("Immediate risk"), question);
    m_riskBox->setObjectName(QStringLiteral("immediateRiskBox"));
    auto* riskLayout = new QFormLayout(m_riskBox);
    auto* offer = new QLabel(m_riskBox);
    offer->setObjectName(QStringLiteral("crisisNow"));
    offer->setWordWrap(true);
    offer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QStringList crisis;
    if (auto configured = session.settings().list(QLatin1String(ProgramSettings::CrisisResources)))
        crisis = *configured;
    offer->setText(QStringLiteral("<p style='color:%1'><b>%2</b></p>%3")
                       .arg(errorColour(palette()).name(), tr("Offer these crisis resources now.").toHtmlEscaped(),
                            resourceListHtml(crisis)));
    m_action = new QComboBox(m_riskBox);
    m_action->setObjectName(QStringLiteral("riskAction"));
    m_action->setAccessibleName(tr("What was done about the risk"));
    for (const Term& term : Vocabulary::terms(Vocab::EscalationAction))
        m_action->addItem(term.name, term.key);
    m_action->setCurrentIndex(-1);
    m_action->setPlaceholderText(tr("Choose what was done"));
    connect(m_action, &QComboBox::currentIndexChanged, this, &TriageDialog::updateButtons);
    riskLayout->addRow(offer);
    riskLayout->addRow(tr("&What was done:"), m_action);
    m_riskBox->setVisible(false);
    form->addWidget(m_riskBox);

    auto* reasons = new QGroupBox(tr("Reasons (at least one)"), question);
    auto* grid = new QGridLayout(reasons);
    int index = 0;
    for (const Term& term : Vocabulary::terms(Vocab::Reason)) {
        auto* check = new QCheckBox(term.name, reasons);
        check->setObjectName(QStringLiteral("triageReason_") + term.key);
        check->setAccessibleName(tr("Reason: %1").arg(term.name));
        check->setChecked(request.reasons.contains(term.key));
        connect(check, &QCheckBox::toggled, this, &TriageDialog::updateButtons);
        m_reasons.insert(term.key, check);
        grid->addWidget(check, index / 2, index % 2);
        ++index;
    }
    form->addWidget(reasons);

    auto* urgencyRow = new QFormLayout;
    m_urgency = new QComboBox(question);
    m_urgency->setObjectName(QStringLiteral("triageUrgency"));
    m_urgency->setAccessibleName(tr("Urgency"));
    for (const Term& term : Vocabulary::terms(Vocab::Urgency))
        m_urgency->addItem(term.name, term.key);
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(request.urgency)));
    urgencyRow->addRow(tr("&Urgency:"), m_urgency);
    form->addLayout(urgencyRow);
    m_error = new MessageLabel(question);
    m_error->setObjectName(QStringLiteral("errorMessage"));
    form->addWidget(m_error);
    form->addStretch(1);
    m_pages->addWidget(question);

    auto* result = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(result);
    m_crisis = new QLabel(result);
    m_crisis->setObjectName(QStringLiteral("crisisResources"));
    m_crisis->setWordWrap(true);
    m_crisis->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_crisis->setAccessibleName(tr("Crisis resources"));
    QFont big = m_crisis->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_crisis->setFont(big);
    m_scope = new QLabel(result);
    m_scope->setObjectName(QStringLiteral("scopeResult"));
    m_scope->setWordWrap(true);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result = new QLabel(result);
    m_result->setObjectName(QStringLiteral("triageResult"));
    m_result->setWordWrap(true);
    resultLayout->addWidget(m_crisis);
    resultLayout->addWidget(m_scope);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch(1);
    m_pages->addWidget(result);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_triageButton = m_buttons->addButton(tr("&Triage"), QDialogButtonBox::AcceptRole);
    m_triageButton->setObjectName(QStringLiteral("triageButton"));
    ui::addSaveShortcuts(this, m_triageButton);
    m_triageButton->setAccessibleName(tr("Triage"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TriageDialog::triage);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_risk, &QButtonGroup::idToggled, this, &TriageDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    updateButtons();
}

void TriageDialog::updateButtons()
{
    if (!m_triageButton)
        return;
    const bool answered = m_risk->checkedId() >= 0;
    const bool atRisk = m_risk->checkedId() == 1;
    m_riskBox->setVisible(atRisk);
    const bool actionKnown = !atRisk || m_action->currentIndex() >= 0;
    const bool reason = std::any_of(m_reasons.cbegin(), m_reasons.cend(), [](QCheckBox* c) { return c->isChecked(); });
    m_triageButton->setEnabled(answered && actionKnown && reason);
    if (!answered)
        m_error->showMessage(tr("Answer the safety question first."), MessageLabel::Kind::Info);
    else if (!actionKnown)
        m_error->showMessage(tr("Say what was done about the risk: the crisis resources offered, or another "
                                "action."),
                             MessageLabel::Kind::Info);
    else if (!reason)
        m_error->showMessage(tr("Choose at least one reason."), MessageLabel::Kind::Info);
    else
        m_error->clearMessage();
}

void TriageDialog::triage()
{
    if (m_risk->checkedId() < 0)
        return;
    TriageDecision decision;
    decision.immediateRisk = m_risk->checkedId() == 1;
    if (decision.immediateRisk)
        decision.escalationAction = m_action->currentData().toString();
    for (const QString& key : Vocabulary::keys(Vocab::Reason)) {
        if (m_reasons.value(key)->isChecked())
            decision.reasons.append(key);
    }
    decision.urgency = m_urgency->currentData().toString();
    auto outcome = RequestService(m_session).triage(m_id, decision);
    if (!outcome) {
        m_error->showError(outcome.error().message);
        return;
    }
    Q_EMIT triaged(m_id);
    showOutcome(*outcome);
}

void TriageDialog::showOutcome(const TriageOutcome& outcome)
{
    const QString red = errorColour(palette()).name();
    m_crisis->setVisible(outcome.escalated);
    if (outcome.escalated)
        m_crisis->setText(QStringLiteral("<p style='color:%1'><b>%2</b></p>%3")
                              .arg(red, tr("Immediate risk: offer these crisis resources now.").toHtmlEscaped(),
                                   resourceListHtml(outcome.crisisResources)));
    m_scope->setVisible(!outcome.inScope);
    if (!outcome.inScope)
        m_scope->setText(
            QStringLiteral("<p><b>%1</b> %2</p><p>%3</p>%4")
                .arg(tr("Out of scope:").toHtmlEscaped(), outcome.scopeRule.toHtmlEscaped(),
                     tr("The request was closed as referred elsewhere. Offer these resources:").toHtmlEscaped(),
                     resourceListHtml(outcome.resources)));
    // After an immediate risk the next step is the person's safety, not the match.
    m_result->setText(
        !outcome.inScope ? QString()
            : outcome.escalated
            ? tr("Request %1 is triaged and flagged as escalated. Next: record any further action "
                 "taken with Escalate…; match it with a supporter once the person is safe.")
                  .arg(requestReference(m_id))
            : tr("Request %1 is triaged and ready to be matched with a supporter.").arg(requestReference(m_id)));
    m_result->setVisible(outcome.inScope);
    m_pages->setCurrentIndex(1);
    m_buttons->clear();
    m_triageButton = nullptr;
    auto* done = m_buttons->addButton(QDialogButtonBox::Close);
    done->setObjectName(QStringLiteral("closeButton"));
    done->setAccessibleName(tr("Close"));
    done->setDefault(true);
    done->setFocus();
    connect(done, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace peerdesk
