#include "core/domain/ClockTime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ClockTime)
};

// Lower case, every kind of space made one ordinary space, "a.m."/"p.m." without dots, trimmed.
QString normalised(QStringView text)
{
    QString plain;
    plain.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0))
            plain += QLatin1Char(' ');
        else
            plain += c.toLower();
    }
    plain.replace(QStringLiteral("a.m."), QStringLiteral("am"));
    plain.replace(QStringLiteral("p.m."), QStringLiteral("pm"));
    plain.replace(QStringLiteral("a.m"), QStringLiteral("am"));
    plain.replace(QStringLiteral("p.m"), QStringLiteral("pm"));
    return plain.simplified();
}

} // namespace

std::optional<QTime> ClockTime::parse(QStringView text, QString* problem)
{
    auto fail = [problem](const QString& why) -> std::optional<QTime> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString plain = normalised(text);
    if (plain.isEmpty())
        return fail(Text::tr("Give a time, such as 18:00 or 6 PM."));
    // hour, then optionally a separator (":", "h" or ".") and minutes, then optionally AM or PM.
    static const QRegularExpression form(QStringLiteral("^(\\d{1,2})(?:\\s?(:|h|\\.)\\s?(\\d{2})?)?\\s?(am|pm|a|p)?$"));
    const QRegularExpressionMatch match = form.match(plain);
    if (!match.hasMatch())
        return fail(Text::tr("\"%1\" is not a time: write it like 18:00, 6:00 PM or 6pm.").arg(text.toString()));
    int hour = match.captured(1).toInt();
    const QString separator = match.captured(2);
    const bool hasMinutes = match.hasCaptured(3) && !match.captured(3).isEmpty();
    const int minute = hasMinutes ? match.captured(3).toInt() : 0;
    const QString half = match.captured(4);
    if ((separator == QLatin1String(":") || separator == QLatin1String(".")) && !hasMinutes)
        return fail(Text::tr("\"%1\" is not a time: write it like 18:00, 6:00 PM or 6pm.").arg(text.toString()));
    if (minute > 59)
        return fail(Text::tr("An hour has 60 minutes: \"%1\" is not a time.").arg(text.toString()));
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return fail(
                Text::tr("With AM or PM the hour goes from 1 to 12: \"%1\" is not a time.").arg(text.toString()));
        const bool afternoon = half.startsWith(QLatin1Char('p'));
        hour = (hour % 12) + (afternoon ? 12 : 0);
    } else {
        if (hour > 23)
            return fail(Text::tr("A day has 24 hours: \"%1\" is not a time.").arg(text.toString()));
        // "6" alone could be morning or evening; "18", "0" or "6 h" (the 24-hour clock's way) cannot.
        if (separator.isEmpty() && hour >= 1 && hour <= 12)
            return fail(Text::tr("Say which %1 o'clock: write %1 AM, %1 PM or %2:00.")
                            .arg(hour)
                            .arg(hour + 12 == 24 ? 12 : hour + 12));
    }
    return QTime(hour, minute);
}

} // namespace peerdesk
