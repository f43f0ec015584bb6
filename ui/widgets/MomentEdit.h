#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace peerdesk {

class Clock;

// A date and a time of day entered so that they cannot be misread: a date field with a calendar whose arrows
// change the day (never the year unnoticed) and that Tab leaves, a time list in 15-minute steps that also takes
// what people type ("6pm", "6 PM", "18:00", "18 h"; ClockTime), and under them the choice read back in words
// ("Monday 7 December, 6:00 – 6:30 PM, tomorrow"), with a warning for a year that is neither this one nor the
// next. The child widgets are named after this one: <name>Date, <name>Time, <name>ReadBack.
class MomentEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MomentEdit)

public:
    MomentEdit(const Clock& clock, QWidget* parent = nullptr);

    // Local time. Invalid while the typed time cannot be read (problem() says why).
    QDateTime dateTime() const;
    void setDateTime(const QDateTime& local);
    // The minutes the read-back shows the moment lasting (0: a moment only).
    void setDurationMinutes(int minutes);
    QString problem() const { return m_problem; }
    // Call after setObjectName(): names the children for tests and accessibility.
    void nameParts();

    QDateEdit* dateField() const { return m_date; }
    QComboBox* timeField() const { return m_time; }
    QLabel* readBack() const { return m_readBack; }

Q_SIGNALS:
    void changed();

private:
    void update();

    const Clock& m_clock;
    QDateEdit* m_date;
    QComboBox* m_time;
    QLabel* m_readBack;
    QTime m_parsed;
    QString m_problem;
    int m_durationMinutes = 0;
};

} // namespace peerdesk
