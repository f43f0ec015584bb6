#include "core/domain/DateText.h"

#include <QLocale>

namespace peerdesk::date_text {

QString day(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString time(const QTime& time)
{
    // The C locale's short format has seconds; nobody books a conversation to the second.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return time.isValid() ? QLocale().toString(time, format) : QString();
}

QString moment(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return day(local.date()) + QStringLiteral(", ") + time(local.time());
}

} // namespace peerdesk::date_text
