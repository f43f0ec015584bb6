#pragma once

#include "core/domain/WeeklyWindow.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTimeEdit;
class QVBoxLayout;

namespace peerdesk {

// Edits a supporter's weekly availability: one row per window (day, start, end) with Add and Remove. An end
// of 00:00 means midnight at the end of the day. problem() names the first row that is not a valid window.
class AvailabilityEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityEditor)

public:
    explicit AvailabilityEditor(QWidget* parent = nullptr);

    void setWindows(const QList<WeeklyWindow>& windows);
    QList<WeeklyWindow> windows() const;
    int rowCount() const { return int(m_rows.size()); }
    // Empty when every row is a valid window; otherwise a sentence naming the row.
    QString problem() const;

    void addWindow(const WeeklyWindow& window = { 1, 18 * 60, 20 * 60 });
    void removeWindow(int row);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QWidget* widget;
        QComboBox* day;
        QTimeEdit* start;
        QTimeEdit* end;
        QPushButton* remove;
    };
    WeeklyWindow windowAt(int row) const;
    void renumber();

    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addButton;
    QList<Row> m_rows;
};

} // namespace peerdesk
