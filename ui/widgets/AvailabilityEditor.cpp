#include "ui/widgets/AvailabilityEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

namespace {

constexpr int MinutesPerDay = 24 * 60;

int minutesOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minutes)
{
    return QTime((minutes % MinutesPerDay) / 60, minutes % 60);
}

} // namespace

AvailabilityEditor::AvailabilityEditor(QWidget* parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout), m_addButton(new QPushButton(tr("Add &window"), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_addButton->setObjectName(QStringLiteral("addWindowButton"));
    m_addButton->setAccessibleName(tr("Add an availability window"));
    m_addButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addWindow();
        m_rows.constLast().day->setFocus();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void AvailabilityEditor::setWindows(const QList<WeeklyWindow>& windows)
{
    while (!m_rows.isEmpty())
        removeWindow(int(m_rows.size()) - 1);
    for (const WeeklyWindow& window : windows)
        addWindow(window);
    Q_EMIT changed();
}

QList<WeeklyWindow> AvailabilityEditor::windows() const
{
    QList<WeeklyWindow> windows;
    for (int row = 0; row < m_rows.size(); ++row)
        windows.append(windowAt(row));
    return windows;
}

WeeklyWindow AvailabilityEditor::windowAt(int row) const
{
    const Row& r = m_rows.at(row);
    const int end = minutesOf(r.end->time());
    return { r.day->currentData().toInt(), minutesOf(r.start->time()), end == 0 ? MinutesPerDay : end };
}

QString AvailabilityEditor::problem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!windowAt(row).isValid())
            return tr("Availability window %1 ends before it starts.").arg(row + 1);
    }
    return {};
}

void AvailabilityEditor::addWindow(const WeeklyWindow& window)
{
    Row row;
    row.widget = new QWidget(this);
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    row.day = new QComboBox(row.widget);
    for (int day = 1; day <= 7; ++day)
        row.day->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    row.day->setCurrentIndex(std::clamp(window.weekday, 1, 7) - 1);
    row.start = new QTimeEdit(timeOf(window.startMinute), row.widget);
    row.end = new QTimeEdit(timeOf(window.endMinute), row.widget);
    for (QTimeEdit* edit : { row.start, row.end })
        edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    row.end->setToolTip(tr("00:00 means midnight at the end of the day."));
    row.remove = new QPushButton(tr("Remove"), row.widget);
    auto* to = new QLabel(tr("to"), row.widget);
    layout->addWidget(row.day);
    layout->addWidget(row.start);
    layout->addWidget(to);
    layout->addWidget(row.end);
    layout->addWidget(row.remove);
    layout->addStretch(1);
    m_rowsLayout->addWidget(row.widget);

    connect(row.day, &QComboBox::currentIndexChanged, this, &AvailabilityEditor::changed);
    connect(row.start, &QTimeEdit::timeChanged, this, &AvailabilityEditor::changed);
    connect(row.end, &QTimeEdit::timeChanged, this, &AvailabilityEditor::changed);
    QWidget* rowWidget = row.widget;
    connect(row.remove, &QPushButton::clicked, this, [this, rowWidget] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == rowWidget) {
                removeWindow(i);
                (i < m_rows.size() ? static_cast<QWidget*>(m_rows.at(i).day) : m_addButton)->setFocus();
                return;
            }
        }
    });
    m_rows.append(row);
    renumber();
    Q_EMIT changed();
}

void AvailabilityEditor::removeWindow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row removed = m_rows.takeAt(row);
    // Out of the widget tree at once (tests and screen readers must not find it), deleted once its Remove
    // button's click has returned.
    removed.widget->hide();
    removed.widget->setParent(nullptr);
    removed.widget->deleteLater();
    renumber();
    Q_EMIT changed();
}

void AvailabilityEditor::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString number = QString::number(i + 1);
        row.widget->setObjectName(QStringLiteral("window") + number);
        row.day->setObjectName(QStringLiteral("windowDay") + number);
        row.start->setObjectName(QStringLiteral("windowStart") + number);
        row.end->setObjectName(QStringLiteral("windowEnd") + number);
        row.remove->setObjectName(QStringLiteral("windowRemove") + number);
        row.day->setAccessibleName(tr("Day of window %1").arg(number));
        row.start->setAccessibleName(tr("Start of window %1").arg(number));
        row.end->setAccessibleName(tr("End of window %1").arg(number));
        row.remove->setAccessibleName(tr("Remove window %1").arg(number));
    }
}

} // namespace peerdesk
