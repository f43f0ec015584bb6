#include "core/domain/WeeklyWindow.h"

#include <QRegularExpression>

#include <algorithm>

namespace peerdesk {

namespace {

const QStringList& englishDays()
{
    static const QStringList days
        = { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
            QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };
    return days;
}

const QStringList& frenchDays()
{
    static const QStringList days
        = { QStringLiteral("lun"), QStringLiteral("mar"), QStringLiteral("mer"), QStringLiteral("jeu"),
            QStringLiteral("ven"), QStringLiteral("sam"), QStringLiteral("dim") };
    return days;
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool WeeklyWindow::isValid() const
{
    return weekday >= 1 && weekday <= 7 && startMinute >= 0 && startMinute < 1440 && endMinute > startMinute
        && endMinute <= 1440;
}

int WeeklyWindow::overlapMinutes(const WeeklyWindow& other) const
{
    if (weekday != other.weekday)
        return 0;
    return std::max(0, std::min(endMinute, other.endMinute) - std::max(startMinute, other.startMinute));
}

bool WeeklyWindow::contains(int day, int start, int end) const
{
    return day == weekday && start >= startMinute && end <= endMinute;
}

QString WeeklyWindow::toText() const
{
    return englishDays().value(weekday - 1) + QLatin1Char(' ') + clock(startMinute) + QLatin1Char('-')
        + clock(endMinute);
}

std::optional<WeeklyWindow> WeeklyWindow::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([A-Za-z]{3})[a-z.]*\s+(\d{1,2})[:h](\d{2})\s*-\s*(\d{1,2})[:h](\d{2})\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString day = match.captured(1).toLower();
    qsizetype index = englishDays().indexOf(day);
    if (index < 0)
        index = frenchDays().indexOf(day);
    if (index < 0)
        return std::nullopt;
    const int startHour = match.captured(2).toInt();
    const int startMinute = match.captured(3).toInt();
    const int endHour = match.captured(4).toInt();
    const int endMinute = match.captured(5).toInt();
    if (startMinute > 59 || endMinute > 59 || startHour > 23 || endHour > 24 || (endHour == 24 && endMinute != 0))
        return std::nullopt;
    WeeklyWindow window{ static_cast<int>(index) + 1, startHour * 60 + startMinute, endHour * 60 + endMinute };
    if (!window.isValid())
        return std::nullopt;
    return window;
}

QString weekday_text::abbreviation(int weekday)
{
    return englishDays().value(weekday - 1);
}

int weekday_text::parse(const QString& word)
{
    static const QRegularExpression letters(QStringLiteral("^[a-zé]{3}[a-zé.]*$"));
    const QString lower = word.trimmed().toLower();
    if (!letters.match(lower).hasMatch())
        return 0;
    const QString stem = lower.left(3);
    qsizetype index = englishDays().indexOf(stem);
    if (index < 0)
        index = frenchDays().indexOf(stem);
    return index < 0 ? 0 : static_cast<int>(index) + 1;
}

int overlapMinutes(const QList<WeeklyWindow>& a, const QList<WeeklyWindow>& b)
{
    int total = 0;
    for (const WeeklyWindow& x : a) {
        for (const WeeklyWindow& y : b)
            total += x.overlapMinutes(y);
    }
    return total;
}

int totalMinutes(const QList<WeeklyWindow>& windows)
{
    int total = 0;
    for (const WeeklyWindow& window : windows)
        total += window.endMinute - window.startMinute;
    return total;
}

} // namespace peerdesk
