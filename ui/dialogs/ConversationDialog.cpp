#include "ui/dialogs/ConversationDialog.h"

#include "core/domain/DateText.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"
#include "core/services/HandOff.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"
#include "ui/pages/Page.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/MomentEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

// The next whole hour from now, in local time: a sensible first guess that the user changes anyway.
QDateTime nextWholeHour(const QDateTime& nowUtc)
{
    QDateTime local = nowUtc.toLocalTime().addSecs(3600);
    local.setTime(QTime(local.time().hour(), 0));
    return local;
}

} // namespace

ConversationDialog::ConversationDialog(PageContext& context, Mode mode, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_request(new QComboBox(this))
    , m_start(new MomentEdit(context.session.clock(), this))
    , m_duration(new QSpinBox(this))
    , m_modality(new QComboBox(this))
    , m_outside(new QCheckBox(tr("The supporter agreed to a time &outside their availability"), this))
    , m_availability(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("conversationDialog"));
    setWindowTitle(mode == Mode::New ? tr("New conversation") : tr("Move conversation"));
    setMinimumWidth(480);
    if (context.lockAction)
        addAction(context.lockAction);

    m_request->setObjectName(QStringLiteral("requestCombo"));
    m_request->setAccessibleName(tr("Request"));
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->nameParts();
    m_start->setAccessibleName(tr("Start date and time"));
    m_start->setDateTime(nextWholeHour(context.session.clock().nowUtc()));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(Conversation::MinMinutes, Conversation::MaxMinutes);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    m_start->setDurationMinutes(30);
    connect(m_duration, &QSpinBox::valueChanged, m_start, &MomentEdit::setDurationMinutes);
    m_duration->setSuffix(tr(" min"));
    m_modality->setObjectName(QStringLiteral("modalityCombo"));
    m_modality->setAccessibleName(tr("Modality"));
    for (const Term& term : Vocabulary::terms(Vocab::Modality))
        m_modality->addItem(term.name, term.key);
    m_availability->setObjectName(QStringLiteral("supporterAvailability"));
    m_availability->setWordWrap(true);
    m_outside->setObjectName(QStringLiteral("outsideAvailabilityCheck"));
    m_outside->setAccessibleName(tr("The supporter agreed to a time outside their availability"));
    m_message->setObjectName(QStringLiteral("conversationMessage"));
    m_buttons->setObjectName(QStringLiteral("conversationButtons"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("saveButton"));
    ui::addSaveShortcuts(this, ok);
    ok->setText(mode == Mode::New ? tr("&Schedule") : tr("Mo&ve"));
    ok->setAccessibleName(mode == Mode::New ? tr("Schedule the conversation") : tr("Move the conversation"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Request:"), m_request);
    form->addRow(tr("S&tarts:"), m_start);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Modality:"), m_modality);
    form->addRow(tr("Supporter:"), m_availability);
    form->addRow(QString(), m_outside);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConversationDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_request, &QComboBox::currentIndexChanged, this, &ConversationDialog::preselectModality);
    connect(m_request, &QComboBox::currentIndexChanged, this, &ConversationDialog::checkReceipt);
    connect(m_start, &MomentEdit::changed, this, &ConversationDialog::checkReceipt);

    if (mode == Mode::New)
        loadRequests(id);
    else
        loadConversation(id);
    (mode == Mode::New && m_request->currentIndex() < 0 ? static_cast<QWidget*>(m_request)
                                                        : static_cast<QWidget*>(m_start))
        ->setFocus();
}

ConversationDialog::~ConversationDialog() = default;

qint64 ConversationDialog::requestId() const
{
    if (m_mode == Mode::Edit)
        return m_fixedRequestId;
    return m_request->currentData().toLongLong();
}

void ConversationDialog::loadRequests(qint64 preselect)
{
    m_request->clear();
    auto schedulable = SchedulingService(m_context.session).schedulableRequests();
    if (!schedulable) {
        m_message->showError(schedulable.error().message);
        return;
    }
    for (const SchedulableRequest& entry : std::as_const(*schedulable)) {
        m_supporterOf.insert(entry.requestId, entry.supporterId);
        const QString name
            = entry.supporterName.isEmpty() ? tr("supporter #%1").arg(entry.supporterId) : entry.supporterName;
        // The reference code, never the physician's name: the list may be on screen in a shared office.
        m_request->addItem(tr("%1 with %2").arg(HandOff::referenceCode(entry.requestId), name), entry.requestId);
    }
    const int index = m_request->findData(preselect);
    m_request->setCurrentIndex(preselect > 0 ? index : (m_request->count() > 0 ? 0 : -1));
    if (preselect > 0 && index < 0) {
        m_message->showError(tr("Request %1 has no accepted match yet: conversations are scheduled once a "
                                "supporter has accepted the request.")
                                 .arg(HandOff::referenceCode(preselect)));
    } else if (m_request->count() == 0) {
        m_message->showMessage(tr("No request has an accepted match yet."), MessageLabel::Kind::Info);
    }
    preselectModality();
}

void ConversationDialog::loadConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    auto conversation = SchedulingService(m_context.session).get(conversationId);
    if (!conversation) {
        m_message->showError(conversation.error().message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_fixedRequestId = conversation->requestId;
    m_request->addItem(tr("%1 (conversation %2)")
                           .arg(HandOff::referenceCode(conversation->requestId), conversationReference(conversationId)),
                       conversation->requestId);
    m_request->setEnabled(false);
    m_start->setDateTime(conversation->startsAt.toLocalTime());
    m_duration->setValue(conversation->durationMinutes);
    showSupporter(conversation->supporterId, false);
    m_modality->setCurrentIndex(std::max(0, m_modality->findData(conversation->modality)));
}

void ConversationDialog::showSupporter(qint64 supporterId, bool proposeTime)
{
    auto supporter = SupporterService(m_context.session).get(supporterId);
    if (!supporter) {
        m_availability->clear();
        return;
    }
    // Only what the supporter offers: a booking in another modality would be refused anyway.
    const QString previous = m_modality->currentData().toString();
    m_modality->clear();
    for (const Term& term : Vocabulary::terms(Vocab::Modality)) {
        if (supporter->modalities.contains(term.key))
            m_modality->addItem(term.name, term.key);
    }
    m_modality->setCurrentIndex(std::max(0, m_modality->findData(previous)));
    QStringList windows;
    const QLocale locale;
    for (const WeeklyWindow& window : std::as_const(supporter->availability)) {
        const auto at = [](int minute) { return date_text::time(QTime((minute / 60) % 24, minute % 60)); };
        windows << tr("%1 %2 – %3")
                       .arg(locale.dayName(window.weekday, QLocale::ShortFormat), at(window.startMinute),
                            at(window.endMinute));
    }
    QString text = windows.isEmpty() ? tr("No availability given: any time the supporter agrees to.")
                                     : tr("Available %1.").arg(windows.join(QStringLiteral(", ")));
    SchedulingService scheduling(m_context.session);
    auto next = scheduling.nextFreeSlot(supporterId, m_duration->value(), m_context.session.clock().nowUtc());
    if (next && *next) {
        text += QLatin1Char(' ') + tr("First free time: %1.").arg(date_text::moment(**next));
        if (proposeTime)
            m_start->setDateTime((*next)->toLocalTime());
    } else if (!windows.isEmpty()) {
        text += QLatin1Char(' ') + tr("Nothing free in the next four weeks.");
    }
    m_availability->setText(text);
}

void ConversationDialog::preselectModality()
{
    if (m_mode != Mode::New || m_request->currentIndex() < 0)
        return;
    showSupporter(m_supporterOf.value(requestId()), true);
    auto request = RequestService(m_context.session).get(requestId());
    if (request && !request->profile.modalities.isEmpty()) {
        const int index = m_modality->findData(request->profile.modalities.constFirst());
        if (index >= 0)
            m_modality->setCurrentIndex(index);
    }
}

void ConversationDialog::checkReceipt()
{
    const QDateTime start = m_start->dateTime();
    if (m_done || requestId() <= 0 || !start.isValid())
        return;
    auto after = SchedulingService(m_context.session).checkAfterReceipt(requestId(), start.toUTC());
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!after) {
        m_beforeReceipt = true;
        m_message->showError(after.error().message);
        ok->setEnabled(false);
        ok->setToolTip(after.error().message);
    } else if (m_beforeReceipt) {
        m_beforeReceipt = false;
        m_message->clearMessage();
        ok->setEnabled(true);
        ok->setToolTip(QString());
    }
}

void ConversationDialog::save()
{
    if (m_done) {
        accept();
        return;
    }
    if (!m_start->dateTime().isValid()) {
        m_message->showError(m_start->problem());
        m_start->timeField()->setFocus();
        return;
    }
    SchedulingService scheduling(m_context.session);
    const QDateTime start = m_start->dateTime().toUTC();
    const QString modality = m_modality->currentData().toString();
    if (m_mode == Mode::Edit) {
        auto moved
            = scheduling.reschedule(m_conversationId, start, m_duration->value(), modality, m_outside->isChecked());
        if (!moved) {
            m_message->showError(moved.error().message);
            return;
        }
        Q_EMIT saved(m_conversationId);
        accept();
        return;
    }
    ConversationRequest request;
    request.requestId = requestId();
    request.startsAt = start;
    request.durationMinutes = m_duration->value();
    request.modality = modality;
    request.outsideAvailability = m_outside->isChecked();
    auto outcome = scheduling.schedule(request);
    if (!outcome) {
        m_message->showError(outcome.error().message);
        return;
    }
    Q_EMIT saved(outcome->id);
    if (!outcome->referralSuggested) {
        accept();
        return;
    }
    // Past the cap: the conversation is booked, and the coordinator reads the suggestion before closing.
    m_done = true;
    m_message->showMessage(tr("Scheduled. %1").arg(outcome->referralPrompt), MessageLabel::Kind::Info);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close"));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    for (QWidget* field :
         { static_cast<QWidget*>(m_request), static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_duration),
           static_cast<QWidget*>(m_modality), static_cast<QWidget*>(m_outside) })
        field->setEnabled(false);
}

} // namespace peerdesk
