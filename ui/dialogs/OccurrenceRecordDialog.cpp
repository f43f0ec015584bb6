#include "ui/dialogs/OccurrenceRecordDialog.h"

#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

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

#include <algorithm>

namespace peerdesk {

namespace {

constexpr int UnknownAttendance = -1;
constexpr int MaxCount = 999; // the service has the real limit (the places), and says so

QSpinBox* countSpin(QWidget* parent, const char* objectName, const QString& accessibleName, int value)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, MaxCount);
    spin->setValue(value);
    return spin;
}

} // namespace

OccurrenceRecordDialog::OccurrenceRecordDialog(const GroupOccurrence& occurrence, int capacity, QAction* lockAction,
                                               QWidget* parent)
    : QDialog(parent)
    , m_status(new QComboBox(this))
    , m_attendance(countSpin(this, "attendanceSpin", tr("Attendance"), 0))
    , m_positive(countSpin(this, "feedbackPositiveSpin", tr("Positive feedback"), occurrence.feedbackPositive))
    , m_neutral(countSpin(this, "feedbackNeutralSpin", tr("Neutral feedback"), occurrence.feedbackNeutral))
    , m_negative(countSpin(this, "feedbackNegativeSpin", tr("Negative feedback"), occurrence.feedbackNegative))
    , m_debrief(new QCheckBox(tr("The facilitators &debriefed afterwards"), this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("occurrenceRecordDialog"));
    setWindowTitle(tr("Record group session"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (lockAction)
        addAction(lockAction);

    m_status->setObjectName(QStringLiteral("occurrenceStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (const Term& term : Vocabulary::terms(Vocab::OccurrenceStatus))
        m_status->addItem(term.name, term.key);
    m_status->setCurrentIndex(std::max(0, m_status->findData(occurrence.status)));
    m_attendance->setRange(UnknownAttendance, MaxCount);
    m_attendance->setSpecialValueText(tr("Not counted"));
    m_attendance->setValue(occurrence.attendance.value_or(UnknownAttendance));
    m_debrief->setObjectName(QStringLiteral("debriefCheck"));
    m_debrief->setChecked(occurrence.debriefHeld);
    m_message->setObjectName(QStringLiteral("recordMessage"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordOkButton"));
    ui::addSaveShortcuts(this, m_buttons->button(QDialogButtonBox::Ok));

    auto* when = new QLabel(
        tr("Session of %1, %n place(s).", nullptr, capacity).arg(date_text::moment(occurrence.startsAt)), this);
    auto* form = new QFormLayout;
    form->addRow(when);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Attendance:"), m_attendance);
    form->addRow(tr("&Positive feedback:"), m_positive);
    form->addRow(tr("&Neutral feedback:"), m_neutral);
    form->addRow(tr("Ne&gative feedback:"), m_negative);
    form->addRow(QString(), m_debrief);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OccurrenceRecordDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OccurrenceRecordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void OccurrenceRecordDialog::updateEnabled()
{
    // Counts describe a session that took place (the service clears them otherwise).
    const bool held = m_status->currentData().toString() == QLatin1String("held");
    for (QWidget* widget :
         std::initializer_list<QWidget*>{ m_attendance, m_positive, m_neutral, m_negative, m_debrief })
        widget->setEnabled(held);
}

OccurrenceUpdate OccurrenceRecordDialog::update() const
{
    OccurrenceUpdate update;
    update.status = m_status->currentData().toString();
    if (*update.status != QLatin1String("held"))
        return update;
    if (m_attendance->value() != UnknownAttendance)
        update.attendance = m_attendance->value();
    update.feedbackPositive = m_positive->value();
    update.feedbackNeutral = m_neutral->value();
    update.feedbackNegative = m_negative->value();
    update.debriefHeld = m_debrief->isChecked();
    return update;
}

void OccurrenceRecordDialog::submit()
{
    if (m_submit) {
        if (auto done = m_submit(update()); !done) {
            m_message->showError(done.error().message);
            return;
        }
    }
    accept();
}

} // namespace peerdesk
