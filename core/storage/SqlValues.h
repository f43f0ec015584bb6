#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
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

inline char16_t unitAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}
inline char16_t unitAt(QByteArrayView utf8, qsizetype i)
{
    return static_cast<unsigned char>(utf8[i]);
}

// The number written in text[from, from + count), or -1 when any of it is not an ASCII digit.
template <typename Text> int digitsAt(Text text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = unitAt(text, i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

template <typename Text> bool separatorsAre(Text text, std::initializer_list<std::pair<qsizetype, char16_t>> expected)
{
    for (const auto& [at, c] : expected) {
        if (unitAt(text, at) != c)
            return false;
    }
    return true;
}

// What moment() writes (YYYY-MM-DDTHH:MM:SS.zzzZ), read directly; invalid for anything else.
template <typename Text> QDateTime canonicalMoment(Text text)
{
    if (text.size() != 24
        || !separatorsAre(
            text, { { 4, u'-' }, { 7, u'-' }, { 10, u'T' }, { 13, u':' }, { 16, u':' }, { 19, u'.' }, { 23, u'Z' } }))
        return {};
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), dayOfMonth = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    const int millisecond = digitsAt(text, 20, 3);
    // digitsAt() gives -1 for a stray character, and -1 is a valid year to QDate (1 BC).
    const QDate date = year < 0 ? QDate() : QDate(year, month, dayOfMonth);
    const QTime time(hour, minute, second, millisecond);
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

// What day() writes (YYYY-MM-DD), read directly; invalid for anything else.
template <typename Text> QDate canonicalDay(Text text)
{
    if (text.size() != 10 || !separatorsAre(text, { { 4, u'-' }, { 7, u'-' } }))
        return {};
    const int year = digitsAt(text, 0, 4);
    return year < 0 ? QDate() : QDate(year, digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

inline QDateTime anyMoment(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

} // namespace detail

// Reads what moment() writes directly: QDateTime::fromString was a third of reading supporters' loads for a
// ranking at 10 000 supporters. Anything else goes through QDateTime::fromString.
inline QDateTime momentFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    const QDateTime at = detail::canonicalMoment(QStringView(text));
    return at.isValid() ? at : detail::anyMoment(text);
}

// The same, from the UTF-8 text SQLite holds (storage/RowReader.h).
inline QDateTime momentFromUtf8(QByteArrayView utf8)
{
    const QDateTime at = detail::canonicalMoment(utf8);
    return at.isValid() ? at : detail::anyMoment(QString::fromUtf8(utf8));
}

inline QVariant day(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Reads what day() writes directly, as momentFrom() does for moments: a roster read parses two dates for each
// current training record. Anything else goes through QDate::fromString.
inline QDate dayFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    const QDate date = detail::canonicalDay(QStringView(text));
    return date.isValid() ? date : QDate::fromString(text, Qt::ISODate);
}

// The same, from the UTF-8 text SQLite holds (storage/RowReader.h).
inline QDate dayFromUtf8(QByteArrayView utf8)
{
    const QDate date = detail::canonicalDay(utf8);
    return date.isValid() ? date : QDate::fromString(QString::fromUtf8(utf8), Qt::ISODate);
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
