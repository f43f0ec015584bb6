#include "core/domain/Statistics.h"

#include <QRegularExpression>

#include <algorithm>

namespace peerdesk {

QDate StatPeriod::firstDay() const
{
    switch (type) {
    case Type::Month:
        return QDate(year, number, 1);
    case Type::Quarter:
        return QDate(year, (number - 1) * 3 + 1, 1);
    case Type::Year:
        return QDate(year, 1, 1);
    }
    return {};
}

QDate StatPeriod::lastDay() const
{
    switch (type) {
    case Type::Month:
        return firstDay().addMonths(1).addDays(-1);
    case Type::Quarter:
        return firstDay().addMonths(3).addDays(-1);
    case Type::Year:
        return QDate(year, 12, 31);
    }
    return {};
}

QString StatPeriod::key() const
{
    switch (type) {
    case Type::Month:
        return QStringLiteral("%1-%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
    case Type::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg(number);
    case Type::Year:
        return QString::number(year);
    }
    return {};
}

QStringList StatPeriod::months() const
{
    QStringList keys;
    for (QDate month = firstDay(); month <= lastDay(); month = month.addMonths(1))
        keys << QStringLiteral("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
    return keys;
}

std::optional<StatPeriod> StatPeriod::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(2[0-9]{3})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    StatPeriod period;
    period.year = match.captured(1).toInt();
    if (!match.captured(2).isEmpty()) {
        period.type = Type::Month;
        period.number = match.captured(2).toInt();
    } else if (!match.captured(3).isEmpty()) {
        period.type = Type::Quarter;
        period.number = match.captured(3).toInt();
    } else {
        period.type = Type::Year;
        period.number = 1;
    }
    return period;
}

QString statKindKey(StatKind kind)
{
    switch (kind) {
    case StatKind::Count:
        return QStringLiteral("count");
    case StatKind::Median:
        return QStringLiteral("median");
    case StatKind::Share:
        return QStringLiteral("share");
    }
    return {};
}

namespace {
constexpr auto BySiteSuffix = "/sites";
}

QString StatRelease::ledgerKeyOf(const StatPeriod& period, bool bySite)
{
    return bySite ? period.key() + QLatin1String(BySiteSuffix) : period.key();
}

std::optional<StatPeriod> StatRelease::periodOfLedgerKey(const QString& key)
{
    const QLatin1String suffix(BySiteSuffix);
    return StatPeriod::parse(key.endsWith(suffix) ? key.chopped(suffix.size()) : key);
}

bool StatRelease::bySite() const
{
    return std::any_of(tables.cbegin(), tables.cend(), [](const StatTable& table) {
        return table.dimensions.contains(QLatin1String(StatTable::SiteDimension));
    });
}

const StatCell* StatTable::cell(const QStringList& key) const
{
    for (const StatCell& candidate : cells) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

} // namespace peerdesk
