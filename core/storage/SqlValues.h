#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How repositories store values: moments as UTC ISO 8601 with milliseconds (sortable as text), days as ISO
// dates, and empty or invalid values as NULL so that "unknown" and "purged" are never an empty string.
namespace peerdesk::sql_values {

inline QVariant moment(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime momentFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

inline QVariant day(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dayFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
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
