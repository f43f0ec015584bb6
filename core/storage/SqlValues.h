#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

// How repositories store values: moments as UTC ISO 8601 with milliseconds (sortable as text), days as ISO
// dates, and empty or invalid values as NULL so that "unknown" and "purged" are never an empty string.
namespace peerdesk::sql_values {

inline QVariant moment(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

namespace detail {

// The number written in text[from, from + count), or -1 when any of it is not an ASCII digit.
inline int digitsAt(const QString& text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

inline bool separatorsAre(const QString& text, std::initializer_list<std::pair<qsizetype, char16_t>> expected)
{
    for (const auto& [at, c] : expected) {
        if (text.at(at).unicode() != c)
            return false;
    }
    return true;
}

} // namespace detail

// Reads what moment() writes (YYYY-MM-DDTHH:MM:SS.zzzZ) directly: QDateTime::fromString was a third of reading
// supporters' loads for a ranking at 10 000 supporters. Anything else goes through QDateTime::fromString.
inline QDateTime momentFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 24
        && detail::separatorsAre(
            text, { { 4, u'-' }, { 7, u'-' }, { 10, u'T' }, { 13, u':' }, { 16, u':' }, { 19, u'.' }, { 23, u'Z' } })) {
        const int year = detail::digitsAt(text, 0, 4), month = detail::digitsAt(text, 5, 2);
        const int dayOfMonth = detail::digitsAt(text, 8, 2), hour = detail::digitsAt(text, 11, 2);
        const int minute = detail::digitsAt(text, 14, 2), second = detail::digitsAt(text, 17, 2);
        const int millisecond = detail::digitsAt(text, 20, 3);
        // digitsAt() gives -1 for a stray character, and -1 is a valid year to QDate (1 BC).
        const QDate date = year < 0 ? QDate() : QDate(year, month, dayOfMonth);
        const QTime time(hour, minute, second, millisecond);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

inline QVariant day(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Reads what day() writes (YYYY-MM-DD) directly, as momentFrom() does for moments: a roster read parses two dates
// for each current training record. Anything else goes through QDate::fromString.
inline QDate dayFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 10 && detail::separatorsAre(text, { { 4, u'-' }, { 7, u'-' } })) {
        const int year = detail::digitsAt(text, 0, 4);
        const QDate date = year < 0 ? QDate() : QDate(year, detail::digitsAt(text, 5, 2), detail::digitsAt(text, 8, 2));
        if (date.isValid())
            return date;
    }
    return QDate::fromString(text, Qt::ISODate);
}

// An empty text that must be stored as '' (a NOT NULL column): a default-constructed QString binds as NULL.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace peerdesk::sql_values
