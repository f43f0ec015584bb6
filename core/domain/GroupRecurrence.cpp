#include "core/domain/GroupRecurrence.h"

#include "core/domain/WeeklyWindow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::GroupRecurrence)
};

const QStringList& ruleDays()
{
    static const QStringList days
        = { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"), QStringLiteral("TH"),
            QStringLiteral("FR"), QStringLiteral("SA"), QStringLiteral("SU") };
    return days;
}

// "mon", "Monday", "lundi" -> 1; 0 for anything else.
int dayFrom(const QString& word)
{
    return weekday_text::parse(word);
}

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QList<int> workingWeek()
{
    return { 1, 2, 3, 4, 5 };
}

} // namespace

GroupRecurrence GroupRecurrence::weekly(int weekday, int intervalWeeks)
{
    GroupRecurrence rule;
    rule.weekdays = { weekday };
    rule.intervalWeeks = intervalWeeks;
    return rule;
}

GroupRecurrence GroupRecurrence::daily()
{
    GroupRecurrence rule;
    rule.frequency = Frequency::Daily;
    rule.weekdays.clear();
    return rule;
}

GroupRecurrence GroupRecurrence::monthly(int weekOfMonth, int weekday)
{
    GroupRecurrence rule;
    rule.frequency = Frequency::Monthly;
    rule.weekdays = { weekday };
    rule.weekOfMonth = weekOfMonth;
    return rule;
}

QString GroupRecurrence::problem() const
{
    if (sessions && (*sessions < 1 || *sessions > MaxSessions))
        return Text::tr("A series has 1 to %1 sessions, not %2.").arg(MaxSessions).arg(*sessions);
    const bool daysValid = std::all_of(weekdays.cbegin(), weekdays.cend(), [](int d) { return d >= 1 && d <= 7; });
    switch (frequency) {
    case Frequency::Daily:
        return {};
    case Frequency::Weekly: {
        if (intervalWeeks < 1 || intervalWeeks > MaxIntervalWeeks) {
            return Text::tr("A group meets every %1 to %2 weeks, not every %3.")
                .arg(1)
                .arg(MaxIntervalWeeks)
                .arg(intervalWeeks);
        }
        QList<int> sorted = weekdays;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        if (weekdays.isEmpty() || !daysValid || sorted != weekdays)
            return Text::tr("Choose the days of the week the group meets.");
        return {};
    }
    case Frequency::Monthly:
        if (weekdays.size() != 1 || !daysValid)
            return Text::tr("A monthly group meets on one day of the week.");
        if (weekOfMonth != -1 && (weekOfMonth < 1 || weekOfMonth > 4))
            return Text::tr("A monthly group meets on the first to fourth, or the last, such day of the month.");
        return {};
    }
    return {};
}

bool GroupRecurrence::fallsOn(const QDate& date, const QDate& first) const
{
    switch (frequency) {
    case Frequency::Daily:
        return true;
    case Frequency::Weekly: {
        if (!weekdays.contains(date.dayOfWeek()))
            return false;
        const qint64 weeks = mondayOf(first).daysTo(mondayOf(date)) / 7;
        return weeks % intervalWeeks == 0;
    }
    case Frequency::Monthly:
        if (weekdays.isEmpty() || date.dayOfWeek() != weekdays.constFirst())
            return false;
        if (weekOfMonth == -1)
            return date.addDays(7).month() != date.month();
        return (date.day() - 1) / 7 + 1 == weekOfMonth;
    }
    return false;
}

QDate GroupRecurrence::firstOnOrAfter(const QDate& date) const
{
    if (!isValid() || !date.isValid())
        return {};
    // The series starts at its first meeting: the interval counts from there, so it plays no part here.
    for (int offset = 0; offset <= 366; ++offset) {
        const QDate candidate = date.addDays(offset);
        if (fallsOn(candidate, candidate))
            return candidate;
    }
    return {};
}

QList<QDate> GroupRecurrence::dates(const QDate& first, const QDate& last, const QDate& from, const QDate& until) const
{
    QList<QDate> found;
    if (!isValid() || !first.isValid() || !until.isValid())
        return found;
    const QDate end = last.isValid() ? std::min(last, until) : until;
    const QDate start = firstOnOrAfter(first);
    if (!start.isValid())
        return found;
    // Counted from the first meeting, so that "12 sessions" ends at the 12th whatever window is asked for. The
    // walk is a day at a time: a series is at most a few thousand days long.
    int counted = 0;
    for (QDate day = start; day <= end; day = day.addDays(1)) {
        if (!fallsOn(day, start))
            continue;
        ++counted;
        if (sessions && counted > *sessions)
            break;
        if (day >= from)
            found.append(day);
    }
    return found;
}

QString GroupRecurrence::toRule() const
{
    QString rule;
    switch (frequency) {
    case Frequency::Daily:
        rule = QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly: {
        QStringList days;
        for (int day : weekdays)
            days << ruleDays().value(day - 1);
        rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;BYDAY=%2").arg(intervalWeeks).arg(days.join(QLatin1Char(',')));
        break;
    }
    case Frequency::Monthly:
        rule = QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2").arg(weekOfMonth).arg(ruleDays().value(weekdays.value(0) - 1));
        break;
    }
    if (sessions)
        rule += QStringLiteral(";COUNT=%1").arg(*sessions);
    return rule;
}

std::optional<GroupRecurrence> GroupRecurrence::fromRule(const QString& text)
{
    QHash<QString, QString> parts;
    for (const QString& part : text.trimmed().split(QLatin1Char(';'))) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        const QString key = part.left(equals).trimmed().toUpper();
        if (parts.contains(key))
            return std::nullopt;
        parts.insert(key, part.mid(equals + 1).trimmed().toUpper());
    }
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (!QStringList{ QStringLiteral("FREQ"), QStringLiteral("INTERVAL"), QStringLiteral("BYDAY"),
                          QStringLiteral("COUNT") }
                 .contains(it.key()))
            return std::nullopt;
    }
    GroupRecurrence rule;
    const QString frequency = parts.value(QStringLiteral("FREQ"));
    const auto number = [&parts](const QString& key, int fallback) -> std::optional<int> {
        if (!parts.contains(key))
            return fallback;
        bool ok = false;
        const int value = parts.value(key).toInt(&ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    if (parts.contains(QStringLiteral("COUNT"))) {
        rule.sessions = number(QStringLiteral("COUNT"), 0);
        if (!rule.sessions)
            return std::nullopt;
    }
    const QStringList byDay = parts.value(QStringLiteral("BYDAY")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (frequency == QLatin1String("DAILY")) {
        if (parts.contains(QStringLiteral("BYDAY")) || parts.contains(QStringLiteral("INTERVAL")))
            return std::nullopt;
        rule.frequency = Frequency::Daily;
        rule.weekdays.clear();
    } else if (frequency == QLatin1String("WEEKLY")) {
        const auto interval = number(QStringLiteral("INTERVAL"), 1);
        if (!interval)
            return std::nullopt;
        rule.intervalWeeks = *interval;
        rule.weekdays.clear();
        for (const QString& day : byDay) {
            const qsizetype index = ruleDays().indexOf(day);
            if (index < 0)
                return std::nullopt;
            rule.weekdays << static_cast<int>(index) + 1;
        }
    } else if (frequency == QLatin1String("MONTHLY")) {
        static const QRegularExpression nth(QStringLiteral("^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$"));
        const auto match = byDay.size() == 1 ? nth.match(byDay.constFirst()) : QRegularExpressionMatch();
        if (!match.hasMatch() || parts.contains(QStringLiteral("INTERVAL")))
            return std::nullopt;
        rule.frequency = Frequency::Monthly;
        rule.weekOfMonth = match.captured(1).toInt();
        rule.weekdays = { static_cast<int>(ruleDays().indexOf(match.captured(2))) + 1 };
    } else {
        return std::nullopt;
    }
    if (!rule.isValid())
        return std::nullopt;
    return rule;
}

QString GroupRecurrence::toDays() const
{
    switch (frequency) {
    case Frequency::Daily:
        return QStringLiteral("daily");
    case Frequency::Weekly: {
        if (weekdays == workingWeek())
            return QStringLiteral("mon-fri");
        QStringList days;
        for (int day : weekdays)
            days << weekday_text::abbreviation(day);
        return days.join(QLatin1Char(','));
    }
    case Frequency::Monthly: {
        static const QStringList ordinals
            = { QStringLiteral("1st"), QStringLiteral("2nd"), QStringLiteral("3rd"), QStringLiteral("4th") };
        const QString ordinal = weekOfMonth == -1 ? QStringLiteral("last") : ordinals.value(weekOfMonth - 1);
        return ordinal + QLatin1Char(' ') + weekday_text::abbreviation(weekdays.value(0));
    }
    }
    return {};
}

std::optional<GroupRecurrence> GroupRecurrence::parseDays(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("daily") || lower == QLatin1String("every day"))
        return daily();
    if (lower == QLatin1String("weekdays")) {
        GroupRecurrence rule;
        rule.weekdays = workingWeek();
        return rule;
    }
    // Monthly: "2nd tue", "last fri" (and "2e mar", "dernier ven").
    static const QRegularExpression monthlyPattern(
        QStringLiteral("^(1st|2nd|3rd|4th|first|second|third|fourth|last|1er|2e|3e|4e|dernier)\\s+(\\S+)$"));
    if (const auto match = monthlyPattern.match(lower); match.hasMatch()) {
        const int day = dayFrom(match.captured(2));
        if (day == 0)
            return std::nullopt;
        static const QHash<QString, int> weeks = {
            { QStringLiteral("1st"), 1 },   { QStringLiteral("first"), 1 },    { QStringLiteral("1er"), 1 },
            { QStringLiteral("2nd"), 2 },   { QStringLiteral("second"), 2 },   { QStringLiteral("2e"), 2 },
            { QStringLiteral("3rd"), 3 },   { QStringLiteral("third"), 3 },    { QStringLiteral("3e"), 3 },
            { QStringLiteral("4th"), 4 },   { QStringLiteral("fourth"), 4 },   { QStringLiteral("4e"), 4 },
            { QStringLiteral("last"), -1 }, { QStringLiteral("dernier"), -1 },
        };
        return monthly(weeks.value(match.captured(1)), day);
    }
    // Weekly: days and ranges separated by commas, "mon,thu", "mon-fri", "mon-wed,fri".
    GroupRecurrence rule;
    rule.weekdays.clear();
    for (const QString& item : lower.split(QLatin1Char(','))) {
        const QStringList ends = item.split(QLatin1Char('-'));
        if (ends.size() > 2)
            return std::nullopt;
        const int from = dayFrom(ends.constFirst());
        const int to = ends.size() == 2 ? dayFrom(ends.constLast()) : from;
        if (from == 0 || to == 0 || to < from)
            return std::nullopt;
        for (int day = from; day <= to; ++day) {
            if (!rule.weekdays.contains(day))
                rule.weekdays << day;
        }
    }
    std::sort(rule.weekdays.begin(), rule.weekdays.end());
    if (rule.weekdays.isEmpty())
        return std::nullopt;
    return rule;
}

QString GroupRecurrence::describe() const
{
    const QLocale locale;
    QString text;
    switch (frequency) {
    case Frequency::Daily:
        text = Text::tr("Every day");
        break;
    case Frequency::Weekly: {
        QStringList days;
        for (int day : weekdays)
            days << locale.dayName(day, QLocale::LongFormat);
        if (weekdays == workingWeek() && intervalWeeks == 1) {
            text = Text::tr("Every weekday, Monday to Friday");
            break;
        }
        const QString list
            = weekdays == workingWeek() ? Text::tr("Monday to Friday") : days.join(Text::tr(", ", "between day names"));
        text = intervalWeeks == 1 ? Text::tr("Weekly on %1").arg(list)
                                  : Text::tr("Every %n weeks on %1", nullptr, intervalWeeks).arg(list);
        break;
    }
    case Frequency::Monthly: {
        const QString day = locale.dayName(weekdays.value(0, 1), QLocale::LongFormat);
        switch (weekOfMonth) {
        case 1:
            text = Text::tr("The first %1 of each month").arg(day);
            break;
        case 2:
            text = Text::tr("The second %1 of each month").arg(day);
            break;
        case 3:
            text = Text::tr("The third %1 of each month").arg(day);
            break;
        case 4:
            text = Text::tr("The fourth %1 of each month").arg(day);
            break;
        default:
            text = Text::tr("The last %1 of each month").arg(day);
            break;
        }
        break;
    }
    }
    if (sessions)
        text = Text::tr("%1, %n session(s)", nullptr, *sessions).arg(text);
    return text;
}

QString GroupWhen::toText() const
{
    // The times as WeeklyWindow writes them.
    const QString window = WeeklyWindow{ 1, startMinute, endMinute }.toText();
    return recurrence.toDays() + window.mid(window.indexOf(QLatin1Char(' ')));
}

std::optional<GroupWhen> GroupWhen::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(.+?)\s+(\d{1,2}[:h]\d{2}\s*-\s*\d{1,2}[:h]\d{2})\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto recurrence = GroupRecurrence::parseDays(match.captured(1));
    // The times are read as a weekly window's, with their checks.
    const auto window = WeeklyWindow::parse(QStringLiteral("mon ") + match.captured(2));
    if (!recurrence || !window)
        return std::nullopt;
    return GroupWhen{ *recurrence, window->startMinute, window->endMinute };
}

} // namespace peerdesk
