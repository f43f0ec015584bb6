#include "ui/models/CalendarModels.h"

#include "core/domain/DateText.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"

#include <QFont>
#include <QLocale>

namespace peerdesk {

namespace {

constexpr int HoursPerDay = 24;
constexpr int DaysPerWeek = 7;
constexpr int MonthWeeks = 6;

QString localTime(const QDateTime& moment)
{
    return QLocale().toString(moment.toLocalTime().time(), QLocale::ShortFormat);
}

QString statusName(const CalendarItem& item)
{
    return Vocabulary::displayName(item.isGroup() ? Vocab::OccurrenceStatus : Vocab::ConversationStatus, item.status);
}

} // namespace

bool CalendarItem::isActive() const
{
    return status == QLatin1String("scheduled") || status == QLatin1String("held");
}

QString CalendarItem::code() const
{
    return isGroup() ? QStringLiteral("G-%1").arg(id) : QStringLiteral("C-%1").arg(id);
}

QString CalendarItem::title() const
{
    if (isGroup())
        return groupName.isEmpty() ? code() : groupName;
    if (supporterName.isEmpty())
        return CalendarGridModel::tr("%1 · %2").arg(code(), requestReference(requestId));
    return CalendarGridModel::tr("%1 · %2 · %3").arg(code(), requestReference(requestId), supporterName);
}

CalendarGridModel::CalendarGridModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_anchor = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
}

void CalendarGridModel::setSpan(Span span, const QDate& day)
{
    beginResetModel();
    m_span = span;
    m_anchor = span == Span::Week ? day.addDays(1 - day.dayOfWeek()) : QDate(day.year(), day.month(), 1);
    m_items.clear();
    endResetModel();
}

QDate CalendarGridModel::firstDay() const
{
    return m_anchor.addDays(1 - m_anchor.dayOfWeek());
}

QDate CalendarGridModel::lastDay() const
{
    return firstDay().addDays((m_span == Span::Week ? DaysPerWeek : DaysPerWeek * MonthWeeks) - 1);
}

QDateTime CalendarGridModel::rangeStart() const
{
    return QDateTime(firstDay(), QTime(0, 0)).toUTC();
}

QDateTime CalendarGridModel::rangeEnd() const
{
    return QDateTime(lastDay().addDays(1), QTime(0, 0)).toUTC();
}

void CalendarGridModel::setItems(QList<CalendarItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const CalendarItem& a, const CalendarItem& b) { return a.startsAt < b.startsAt; });
    endResetModel();
}

QDate CalendarGridModel::dayOf(const QModelIndex& index) const
{
    if (m_span == Span::Week)
        return firstDay().addDays(index.column());
    return firstDay().addDays(index.row() * DaysPerWeek + index.column());
}

QModelIndex CalendarGridModel::cellOf(const CalendarItem& item) const
{
    const QDateTime local = item.startsAt.toLocalTime();
    const qint64 offset = firstDay().daysTo(local.date());
    if (offset < 0 || local.date() > lastDay())
        return {};
    if (m_span == Span::Week)
        return index(local.time().hour(), int(offset));
    return index(int(offset / DaysPerWeek), int(offset % DaysPerWeek));
}

QList<int> CalendarGridModel::itemsAt(const QModelIndex& cell) const
{
    QList<int> found;
    if (!cell.isValid())
        return found;
    for (int position = 0; position < m_items.size(); ++position) {
        if (cellOf(m_items.at(position)) == cell)
            found.append(position);
    }
    return found;
}

QString CalendarGridModel::chipText(const CalendarItem& item) const
{
    // Cells are narrow: the week's rows already say the hour (the minutes are added when not on the hour), and
    // a month cell names the day; the agenda beside the grid gives exact times.
    const QString title = m_span == Span::Month && !item.isGroup()
        ? (item.supporterName.isEmpty() ? item.code() : tr("%1 · %2").arg(item.code(), item.supporterName))
        : item.title();
    const QTime start = item.startsAt.toLocalTime().time();
    if (m_span == Span::Week && start.minute() != 0)
        return tr("%1 %2").arg(localTime(item.startsAt), title);
    return title;
}

QString CalendarGridModel::lineFor(const CalendarItem& item) const
{
    return tr("%1 %2").arg(localTime(item.startsAt), item.title());
}

int CalendarGridModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_span == Span::Week ? HoursPerDay : MonthWeeks;
}

int CalendarGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : DaysPerWeek;
}

QVariant CalendarGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate day = dayOf(index);
    const bool month = m_span == Span::Month;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case LinesRole:
    case FlagsRole: {
        const QList<int> positions = itemsAt(index);
        QStringList lines;
        QVariantList flags;
        const bool shorten = month && role == LinesRole && positions.size() > MonthCellLines;
        const int shown = shorten ? MonthCellLines - 1 : int(positions.size());
        for (int n = 0; n < shown; ++n) {
            const CalendarItem& item = m_items.at(positions.at(n));
            lines.append(role == LinesRole ? chipText(item) : lineFor(item));
            flags.append((item.isGroup() ? GroupFlag : 0) | (item.isActive() ? 0 : InactiveFlag));
        }
        if (shorten) {
            lines.append(tr("+%n more", nullptr, int(positions.size()) - shown));
            flags.append(0);
        }
        if (role == LinesRole)
            return lines;
        if (role == FlagsRole)
            return flags;
        if (role == Qt::ToolTipRole)
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        if (role == Qt::AccessibleTextRole) {
            const QString when = month
                ? QLocale().toString(day, QLocale::LongFormat)
                : tr("%1, %2").arg(QLocale().toString(day, QLocale::LongFormat),
                                   QLocale().toString(QTime(index.row(), 0), QLocale::ShortFormat));
            return lines.isEmpty() ? when : tr("%1: %2").arg(when, lines.join(QStringLiteral("; ")));
        }
        if (month)
            lines.prepend(QString::number(day.day()));
        return lines.join(QLatin1Char('\n'));
    }
    case DayLabelRole:
        return month ? QVariant(QString::number(day.day())) : QVariant();
    case OutsideRole:
        return month && day.month() != m_anchor.month();
    default:
        return {};
    }
}

QVariant CalendarGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QLocale locale;
    if (orientation == Qt::Horizontal && m_span == Span::Week && role == Qt::ToolTipRole && section >= 0
        && section < DaysPerWeek) {
        const QDate day = firstDay().addDays(section);
        return locale.toString(day, QLocale::LongFormat);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= DaysPerWeek)
            return {};
        if (m_span == Span::Month)
            return locale.dayName(section + 1, QLocale::LongFormat);
        // Day and month in words, no year (the week's range above says it): a column's width is enough for it.
        const QDate day = firstDay().addDays(section);
        return tr("%1\n%2").arg(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                locale.toString(day, QStringLiteral("d MMM")));
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (m_span == Span::Week)
        return locale.toString(QTime(section, 0), QLocale::ShortFormat);
    return tr("Week %1").arg(firstDay().addDays(section * DaysPerWeek).weekNumber());
}

AgendaModel::AgendaModel(QObject* parent) : QAbstractTableModel(parent) { }

void AgendaModel::setItems(QList<CalendarItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int AgendaModel::rowOf(CalendarItem::Kind kind, qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).kind == kind && m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarItem& item = m_items.at(index.row());
    if (role == Qt::FontRole && item.isGroup() && index.column() == WhatColumn) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        if (role == SortRole)
            return item.startsAt;
        return tr("%1 – %2").arg(date_text::moment(item.startsAt), localTime(item.endsAt));
    case WhatColumn:
        return item.isGroup() ? tr("Group session: %1").arg(item.title()) : item.title();
    case SupporterColumn:
        return item.isGroup() ? QString() : item.supporterName;
    case StatusColumn:
        return statusName(item);
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case SupporterColumn:
        return tr("Supporter");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace peerdesk
