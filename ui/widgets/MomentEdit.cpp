#include "ui/widgets/MomentEdit.h"

#include "core/Clock.h"
#include "core/domain/ClockTime.h"
#include "core/domain/DateText.h"
#include "ui/widgets/MessageLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

// A date field that Tab leaves (QDateTimeEdit walks its sections with Tab) and whose arrow keys change the day
// wherever the cursor was: the year changes only when the person types it or picks it in the calendar.
class DayField final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    // QWidget's, not QDateTimeEdit's, on purpose: Tab leaves the field instead of walking its sections.
    bool focusNextPrevChild(bool next) override
    {
        return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call)
    }
    void focusInEvent(QFocusEvent* event) override
    {
        QDateEdit::focusInEvent(event);
        setCurrentSection(QDateTimeEdit::DaySection);
    }
    void stepBy(int steps) override
    {
        setCurrentSection(QDateTimeEdit::DaySection);
        setDate(date().addDays(steps));
    }
    StepEnabled stepEnabled() const override { return StepUpEnabled | StepDownEnabled; }
};

// The locale's short time without seconds (the C locale's short format has them): what the list shows and what
// ClockTime reads back.
QString timeText(const QTime& time)
{
    return date_text::time(time);
}

} // namespace

MomentEdit::MomentEdit(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_date(new DayField(this))
    , m_time(new QComboBox(this))
    , m_readBack(new QLabel(this))
{
    m_date->setCalendarPopup(true);
    // The month in words: 11/10/26 reads as three different days in Canada.
    m_date->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_date->setDate(clock.todayLocal());
    m_date->setAccessibleName(tr("Date"));
    m_time->setEditable(true);
    // No inline completion: typing "6" must not become "6:00 AM" when the person moves on.
    m_time->setCompleter(nullptr);
    m_time->setInsertPolicy(QComboBox::NoInsert);
    m_time->setMaxVisibleItems(12);
    m_time->setAccessibleName(tr("Time"));
    m_time->lineEdit()->setAccessibleName(tr("Time"));
    m_time->setToolTip(tr("Choose a time, or type it: 18:00, 6 PM or 6pm"));
    for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
        const QTime time(minutes / 60, minutes % 60);
        m_time->addItem(timeText(time), time);
    }
    m_time->setMinimumContentsLength(8);
    m_readBack->setWordWrap(true);
    m_readBack->setAccessibleName(tr("The date and time in words"));

    auto* fields = new QHBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addWidget(m_date, 3);
    fields->addWidget(m_time, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(fields);
    layout->addWidget(m_readBack);
    setFocusProxy(m_date);

    connect(m_date, &QDateEdit::dateChanged, this, &MomentEdit::update);
    connect(m_time, &QComboBox::editTextChanged, this, &MomentEdit::update);
    setDateTime(QDateTime(clock.todayLocal(), QTime(9, 0)));
}

void MomentEdit::nameParts()
{
    m_date->setObjectName(objectName() + QStringLiteral("Date"));
    m_time->setObjectName(objectName() + QStringLiteral("Time"));
    m_readBack->setObjectName(objectName() + QStringLiteral("ReadBack"));
}

QDateTime MomentEdit::dateTime() const
{
    if (!m_parsed.isValid())
        return {};
    return QDateTime(m_date->date(), m_parsed);
}

void MomentEdit::setDateTime(const QDateTime& local)
{
    const QDateTime moment = local.toLocalTime();
    m_date->setDate(moment.date());
    const QTime time(moment.time().hour(), moment.time().minute());
    const int index = m_time->findData(time);
    if (index >= 0)
        m_time->setCurrentIndex(index);
    m_time->setEditText(timeText(time));
    update();
}

void MomentEdit::setDurationMinutes(int minutes)
{
    m_durationMinutes = minutes;
    update();
}

void MomentEdit::update()
{
    QString problem;
    const auto parsed = ClockTime::parse(m_time->currentText(), &problem);
    m_parsed = parsed.value_or(QTime());
    m_problem = parsed ? QString() : problem;
    QPalette palette = m_readBack->palette();
    if (!parsed) {
        palette.setColor(QPalette::WindowText, errorColour(QPalette()));
        m_readBack->setPalette(palette);
        m_readBack->setText(m_problem);
        Q_EMIT changed();
        return;
    }
    const QLocale locale;
    const QDate day = m_date->date();
    const QDate today = m_clock.todayLocal();
    QString when = timeText(*parsed);
    if (m_durationMinutes > 0)
        when = tr("%1 – %2").arg(when, timeText(parsed->addSecs(qint64(m_durationMinutes) * 60)));
    const qint64 offset = today.daysTo(day);
    QString relative;
    if (offset == 0)
        relative = tr("today");
    else if (offset == 1)
        relative = tr("tomorrow");
    else if (offset == -1)
        relative = tr("yesterday");
    else if (offset > 1)
        relative = tr("in %n day(s)", nullptr, int(offset));
    else
        relative = tr("%n day(s) ago", nullptr, int(-offset));
    QString text = tr("%1, %2, %3").arg(locale.toString(day, QStringLiteral("dddd d MMMM yyyy")), when, relative);
    const bool oddYear = day.year() != today.year() && day.year() != today.year() + 1;
    if (oddYear)
        text += QLatin1Char(' ') + tr("Check the year: %1.").arg(day.year());
    palette.setColor(QPalette::WindowText, oddYear ? errorColour(QPalette()) : QPalette().color(QPalette::WindowText));
    m_readBack->setPalette(palette);
    m_readBack->setText(text);
    Q_EMIT changed();
}

} // namespace peerdesk
