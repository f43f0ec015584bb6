#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace peerdesk {

// One thing on the schedule: a 1:1 conversation or a group session. Conversations show reference codes and the
// supporter's name (staff), never the physician's.
struct CalendarItem
{
    enum class Kind
    {
        Conversation,
        GroupOccurrence,
    };
    Kind kind = Kind::Conversation;
    qint64 id = 0;
    QDateTime startsAt; // UTC
    QDateTime endsAt; // UTC
    QString status; // Vocab::ConversationStatus or Vocab::OccurrenceStatus key
    QString modality;
    qint64 requestId = 0; // conversations
    qint64 supporterId = 0; // conversations
    QString supporterName; // conversations
    QString groupName; // group sessions

    bool isGroup() const { return kind == Kind::GroupOccurrence; }
    bool isActive() const; // scheduled or held: not cancelled, not a no-show
    QString code() const; // "C-12", or "G-3" for a group session
    QString title() const; // "C-12 · R-5 · Jordan Lee", or the group's name
};

// The week (7 days × 24 hours) or month (6 weeks × 7 days) grid of the schedule. Each cell holds the items that
// start in it, in local time. DisplayRole gives the cell's text (one line per item); the delegate paints the
// items as chips from LinesRole and FlagsRole.
class CalendarGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarGridModel)

public:
    enum class Span
    {
        Week,
        Month,
    };
    // QStringList, one short line per item as painted (with "+N more" in month cells).
    static constexpr int LinesRole = Qt::UserRole;
    static constexpr int FlagsRole = Qt::UserRole + 1; // QVariantList of ints: GroupFlag | InactiveFlag per line
    static constexpr int DayLabelRole = Qt::UserRole + 2; // month cells: the day of the month
    static constexpr int OutsideRole = Qt::UserRole + 3; // month cells: true for days of the next/previous month
    static constexpr int GroupFlag = 1;
    static constexpr int InactiveFlag = 2;
    static constexpr int MonthCellLines = 3;

    explicit CalendarGridModel(QObject* parent = nullptr);

    // Shows the week (Monday first) or month containing `day`. Clears the items.
    void setSpan(Span span, const QDate& day);
    Span shownSpan() const { return m_span; } // not span(): QAbstractItemModel::span(index) is virtual
    const QDate& anchor() const { return m_anchor; } // the Monday of the week, or the 1st of the month
    QDate firstDay() const; // first day shown (a Monday)
    QDate lastDay() const; // last day shown (a Sunday)
    // The shown range in UTC, for the queries.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    void setItems(QList<CalendarItem> items);
    const QList<CalendarItem>& items() const { return m_items; }
    // Positions in items(), in start order.
    QList<int> itemsAt(const QModelIndex& index) const;
    QModelIndex cellOf(const CalendarItem& item) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate dayOf(const QModelIndex& index) const;
    QString lineFor(const CalendarItem& item) const; // time and full title
    QString chipText(const CalendarItem& item) const; // what fits on a chip

    Span m_span = Span::Week;
    QDate m_anchor;
    QList<CalendarItem> m_items;
};

// The items of one cell or day, listed: time, what, supporter and status.
class AgendaModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Column
    {
        TimeColumn,
        WhatColumn,
        SupporterColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit AgendaModel(QObject* parent = nullptr);

    void setItems(QList<CalendarItem> items);
    const QList<CalendarItem>& items() const { return m_items; }
    int rowOf(CalendarItem::Kind kind, qint64 id) const; // -1 if not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CalendarItem> m_items;
};

} // namespace peerdesk
