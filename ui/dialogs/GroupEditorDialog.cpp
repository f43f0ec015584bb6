#include "ui/dialogs/GroupEditorDialog.h"

#include "core/domain/Vocabulary.h"
#include "core/services/GroupService.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

template <typename T> T* named(T* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

GroupEditorDialog::GroupEditorDialog(const QList<Supporter>& activeSupporters, const QDate& today, QAction* lockAction,
                                     QWidget* parent)
    : QDialog(parent)
    , m_name(named(new QLineEdit(this), "groupNameEdit", tr("Group name")))
    , m_modality(named(new QComboBox(this), "groupModalityCombo", tr("Modality")))
    , m_frequency(named(new QComboBox(this), "groupFrequencyCombo", tr("Repeats")))
    , m_dayBoxes(new QWidget(this))
    , m_monthlyDay(new QWidget(this))
    , m_weekOfMonth(named(new QComboBox(m_monthlyDay), "groupWeekOfMonthCombo", tr("Which week of the month")))
    , m_weekday(named(new QComboBox(m_monthlyDay), "groupWeekdayCombo", tr("Day of the week")))
    , m_start(named(new QTimeEdit(QTime(19, 0), this), "groupStartEdit", tr("Start time")))
    , m_duration(named(new QSpinBox(this), "groupDurationSpin", tr("Duration in minutes")))
    , m_interval(named(new QSpinBox(this), "groupIntervalSpin", tr("Meets every how many weeks")))
    , m_hasSessions(named(new QCheckBox(tr("Ends after:"), this), "groupHasSessions",
                          tr("The series ends after a number of sessions")))
    , m_sessions(named(new QSpinBox(this), "groupSessionsSpin", tr("Number of sessions")))
    , m_skipHolidays(named(new QCheckBox(tr("Not on statutory &holidays"), this), "groupSkipHolidays",
                           tr("No session on statutory holidays")))
    , m_enrolment(named(new QComboBox(this), "groupEnrolmentCombo", tr("How participants join")))
    , m_resources(named(new QLineEdit(this), "groupResourcesEdit", tr("Resources for participants")))
    , m_firstDate(named(new QDateEdit(today, this), "groupFirstDateEdit", tr("First date")))
    , m_hasLastDate(named(new QCheckBox(tr("Ends on:"), this), "groupHasLastDate", tr("The group has an end date")))
    , m_lastDate(named(new QDateEdit(today.addMonths(6), this), "groupLastDateEdit", tr("Last date")))
    , m_capacity(named(new QSpinBox(this), "groupCapacitySpin", tr("Places per session")))
    , m_maxFacilitators(named(new QSpinBox(this), "groupMaxFacilitatorsSpin", tr("Most facilitators")))
    , m_facilitatorModel(new QStandardItemModel(this))
    , m_facilitators(named(new QListView(this), "groupFacilitatorsList", tr("Facilitators")))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("groupEditor"));
    setWindowTitle(tr("New group"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (lockAction)
        addAction(lockAction);

    m_name->setMaxLength(PeerGroup::MaxNameLength);
    m_name->setPlaceholderText(tr("Describes the group, such as \"Monday evening group\""));
    for (const Term& term : Vocabulary::terms(Vocab::Modality))
        m_modality->addItem(term.name, term.key);
    m_modality->setCurrentIndex(std::max(0, m_modality->findData(QStringLiteral("video"))));
    m_frequency->addItem(tr("Weekly, on the days ticked"), int(GroupRecurrence::Frequency::Weekly));
    m_frequency->addItem(tr("Every day"), int(GroupRecurrence::Frequency::Daily));
    m_frequency->addItem(tr("Monthly, on one weekday"), int(GroupRecurrence::Frequency::Monthly));
    auto* dayRow = new QHBoxLayout(m_dayBoxes);
    dayRow->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto* box = named(new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), m_dayBoxes),
                          QStringLiteral("groupDay%1").arg(day).toLatin1().constData(),
                          QLocale().dayName(day, QLocale::LongFormat));
        dayRow->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, &GroupEditorDialog::revalidate);
    }
    dayRow->addStretch(1);
    m_days.constFirst()->setChecked(true);
    m_dayBoxes->setFocusProxy(m_days.constFirst());
    m_weekOfMonth->addItem(tr("First"), 1);
    m_weekOfMonth->addItem(tr("Second"), 2);
    m_weekOfMonth->addItem(tr("Third"), 3);
    m_weekOfMonth->addItem(tr("Fourth"), 4);
    m_weekOfMonth->addItem(tr("Last"), -1);
    auto* monthlyRow = new QHBoxLayout(m_monthlyDay);
    monthlyRow->setContentsMargins(0, 0, 0, 0);
    monthlyRow->addWidget(m_weekOfMonth);
    monthlyRow->addWidget(m_weekday, 1);
    m_monthlyDay->setFocusProxy(m_weekOfMonth);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_sessions->setRange(1, GroupRecurrence::MaxSessions);
    m_sessions->setValue(12);
    m_sessions->setEnabled(false);
    const auto sessionsSuffix = [this](int count) { m_sessions->setSuffix(tr(" session(s)", nullptr, count)); };
    connect(m_sessions, &QSpinBox::valueChanged, this, sessionsSuffix);
    sessionsSuffix(m_sessions->value());
    m_start->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_duration->setRange(PeerGroup::MinMinutes, PeerGroup::MaxMinutes);
    m_duration->setSingleStep(15);
    m_duration->setValue(90);
    m_duration->setSuffix(tr(" min"));
    m_interval->setRange(1, PeerGroup::MaxIntervalWeeks);
    // " week" or " weeks", as the number says.
    const auto weeksSuffix = [this](int weeks) { m_interval->setSuffix(tr(" week(s)", nullptr, weeks)); };
    connect(m_interval, &QSpinBox::valueChanged, this, weeksSuffix);
    weeksSuffix(m_interval->value());
    m_firstDate->setCalendarPopup(true);
    m_lastDate->setCalendarPopup(true);
    m_lastDate->setEnabled(false);
    m_capacity->setRange(1, PeerGroup::MaxCapacity);
    m_capacity->setValue(8);
    m_maxFacilitators->setRange(1, PeerGroup::MaxFacilitatorsLimit);
    m_maxFacilitators->setValue(PeerGroup::DefaultMaxFacilitators);
    for (const Supporter& supporter : activeSupporters) {
        auto* item = new QStandardItem(supporter.name);
        item->setData(supporter.id, IdRole);
        item->setCheckable(true);
        item->setEditable(false);
        m_facilitatorModel->appendRow(item);
    }
    m_facilitators->setModel(m_facilitatorModel);
    m_facilitators->setMinimumHeight(120);
    m_message->setObjectName(QStringLiteral("groupEditorMessage"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("groupEditorOkButton"));
    ui::addSaveShortcuts(this, m_buttons->button(QDialogButtonBox::Ok));

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Modality:"), m_modality);
    form->addRow(tr("&Repeats:"), m_frequency);
    form->addRow(tr("Days:"), m_dayBoxes);
    form->addRow(tr("Meets &every:"), m_interval);
    form->addRow(tr("&Day:"), m_monthlyDay);
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&First date:"), m_firstDate);
    form->addRow(m_hasLastDate, m_lastDate);
    form->addRow(m_hasSessions, m_sessions);
    form->addRow(QString(), m_skipHolidays);
    form->addRow(tr("&Places per session:"), m_capacity);
    // A drop-in group registers and verifies people for each session; a daily or cohort group verifies its
    // members once and they keep the link.
    m_enrolment->addItem(tr("Registration for each session (drop-in)"),
                         PeerGroup::enrolmentKey(PeerGroup::Enrolment::PerSession));
    m_enrolment->addItem(tr("Standing members, verified once"), PeerGroup::enrolmentKey(PeerGroup::Enrolment::Members));
    form->addRow(tr("Par&ticipants:"), m_enrolment);
    m_resources->setPlaceholderText(tr("Separated by \";\", e.g. Physician health program; Crisis line 988"));
    m_resources->setToolTip(tr("Shown with the group's sessions, for pointing participants to help."));
    form->addRow(tr("Resources for part&icipants:"), m_resources);
    form->addRow(tr("Most f&acilitators:"), m_maxFacilitators);
    form->addRow(tr("Fa&cilitators (active supporters):"), m_facilitators);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_hasLastDate, &QCheckBox::toggled, m_lastDate, &QWidget::setEnabled);
    connect(m_hasSessions, &QCheckBox::toggled, m_sessions, &QWidget::setEnabled);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &GroupEditorDialog::showRhythmRows);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &GroupEditorDialog::revalidate);
    connect(m_weekOfMonth, &QComboBox::currentIndexChanged, this, &GroupEditorDialog::revalidate);
    connect(m_hasSessions, &QCheckBox::toggled, this, &GroupEditorDialog::revalidate);
    connect(m_sessions, &QSpinBox::valueChanged, this, &GroupEditorDialog::revalidate);
    showRhythmRows();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupEditorDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &GroupEditorDialog::revalidate);
    connect(m_resources, &QLineEdit::textChanged, this, &GroupEditorDialog::revalidate);
    connect(m_modality, &QComboBox::currentIndexChanged, this, &GroupEditorDialog::revalidate);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &GroupEditorDialog::revalidate);
    connect(m_start, &QTimeEdit::timeChanged, this, &GroupEditorDialog::revalidate);
    for (QSpinBox* spin : { m_duration, m_interval, m_capacity, m_maxFacilitators })
        connect(spin, &QSpinBox::valueChanged, this, &GroupEditorDialog::revalidate);
    connect(m_firstDate, &QDateEdit::dateChanged, this, &GroupEditorDialog::revalidate);
    connect(m_lastDate, &QDateEdit::dateChanged, this, &GroupEditorDialog::revalidate);
    connect(m_hasLastDate, &QCheckBox::toggled, this, &GroupEditorDialog::revalidate);
    connect(m_facilitatorModel, &QStandardItemModel::itemChanged, this, &GroupEditorDialog::revalidate);
    revalidate();
}

void GroupEditorDialog::setGroup(const PeerGroup& group)
{
    m_editing = group;
    setWindowTitle(tr("Change group"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save changes"));
    m_name->setText(group.name);
    m_modality->setCurrentIndex(std::max(0, m_modality->findData(group.modality)));
    const GroupRecurrence& rule = group.recurrence;
    m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(int(rule.frequency))));
    for (qsizetype day = 0; day < m_days.size(); ++day)
        m_days.at(day)->setChecked(rule.frequency == GroupRecurrence::Frequency::Weekly
                                   && rule.weekdays.contains(static_cast<int>(day) + 1));
    m_interval->setValue(rule.intervalWeeks);
    if (rule.frequency == GroupRecurrence::Frequency::Monthly) {
        m_weekOfMonth->setCurrentIndex(std::max(0, m_weekOfMonth->findData(rule.weekOfMonth)));
        m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(rule.weekdays.value(0, 1))));
    }
    m_hasSessions->setChecked(rule.sessions.has_value());
    if (rule.sessions)
        m_sessions->setValue(*rule.sessions);
    m_start->setTime(QTime(group.startMinute / 60, group.startMinute % 60));
    m_duration->setValue(group.durationMinutes);
    m_firstDate->setDate(group.firstDate);
    m_hasLastDate->setChecked(group.lastDate.isValid());
    if (group.lastDate.isValid())
        m_lastDate->setDate(group.lastDate);
    m_skipHolidays->setChecked(group.skipHolidays);
    m_enrolment->setCurrentIndex(std::max(0, m_enrolment->findData(PeerGroup::enrolmentKey(group.enrolment))));
    m_resources->setText(group.resources.join(QStringLiteral("; ")));
    m_capacity->setValue(group.capacity);
    m_maxFacilitators->setValue(group.maxFacilitators);
    for (int row = 0; row < m_facilitatorModel->rowCount(); ++row) {
        QStandardItem* item = m_facilitatorModel->item(row);
        item->setCheckState(group.facilitatorIds.contains(item->data(IdRole).toLongLong()) ? Qt::Checked
                                                                                           : Qt::Unchecked);
    }
    showRhythmRows();
    revalidate();
}

void GroupEditorDialog::setSites(const QList<Site>& sites)
{
    if (sites.size() < 2 || m_site || m_editing.id != 0)
        return;
    m_site = ui::createSiteChooser(this, sites, "groupSiteCombo", true);
    m_form->insertRow(0, tr("Site:"), m_site);
}

PeerGroup GroupEditorDialog::group() const
{
    PeerGroup group;
    group.id = m_editing.id;
    group.siteId = m_site ? m_site->currentData().toLongLong() : m_editing.siteId;
    group.createdAt = m_editing.createdAt;
    group.active = m_editing.id == 0 || m_editing.active;
    group.name = m_name->text().trimmed();
    group.modality = m_modality->currentData().toString();
    group.recurrence = recurrence();
    group.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
    group.durationMinutes = m_duration->value();
    group.skipHolidays = m_skipHolidays->isChecked();
    group.enrolment
        = PeerGroup::enrolmentFromKey(m_enrolment->currentData().toString()).value_or(PeerGroup::Enrolment::PerSession);
    for (const QString& resource : m_resources->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!resource.trimmed().isEmpty())
            group.resources.append(resource.trimmed());
    }
    group.firstDate = m_firstDate->date();
    group.lastDate = m_hasLastDate->isChecked() ? m_lastDate->date() : QDate();
    group.capacity = m_capacity->value();
    group.maxFacilitators = m_maxFacilitators->value();
    for (int row = 0; row < m_facilitatorModel->rowCount(); ++row) {
        const QStandardItem* item = m_facilitatorModel->item(row);
        if (item->checkState() == Qt::Checked)
            group.facilitatorIds.append(item->data(IdRole).toLongLong());
    }
    return group;
}

GroupRecurrence GroupEditorDialog::recurrence() const
{
    GroupRecurrence rule;
    switch (static_cast<GroupRecurrence::Frequency>(m_frequency->currentData().toInt())) {
    case GroupRecurrence::Frequency::Daily:
        rule = GroupRecurrence::daily();
        break;
    case GroupRecurrence::Frequency::Monthly:
        rule = GroupRecurrence::monthly(m_weekOfMonth->currentData().toInt(), m_weekday->currentData().toInt());
        break;
    case GroupRecurrence::Frequency::Weekly:
        rule.weekdays.clear();
        for (qsizetype day = 0; day < m_days.size(); ++day) {
            if (m_days.at(day)->isChecked())
                rule.weekdays.append(static_cast<int>(day) + 1);
        }
        rule.intervalWeeks = m_interval->value();
        break;
    }
    if (m_hasSessions->isChecked())
        rule.sessions = m_sessions->value();
    return rule;
}

void GroupEditorDialog::showRhythmRows()
{
    const auto frequency = static_cast<GroupRecurrence::Frequency>(m_frequency->currentData().toInt());
    m_form->setRowVisible(m_dayBoxes, frequency == GroupRecurrence::Frequency::Weekly);
    m_form->setRowVisible(m_interval, frequency == GroupRecurrence::Frequency::Weekly);
    m_form->setRowVisible(m_monthlyDay, frequency == GroupRecurrence::Frequency::Monthly);
}

QString GroupEditorDialog::problem() const
{
    if (auto valid = GroupService::validate(group()); !valid)
        return valid.error().message;
    return {};
}

void GroupEditorDialog::revalidate()
{
    const QString text = problem();
    if (text.isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void GroupEditorDialog::submit()
{
    if (!problem().isEmpty())
        return;
    if (m_submit) {
        if (auto done = m_submit(group()); !done) {
            m_message->showError(done.error().message);
            return;
        }
    }
    accept();
}

} // namespace peerdesk
