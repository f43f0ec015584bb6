#include "app/cli/CliOptions.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peerdesk::cli_options {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

} // namespace

Error usageError(const QString& message)
{
    return makeError(ErrorCode::Usage, message);
}

Result<void> onlyOptions(const CliApplication& app, const QString& subcommand, const QStringList& groupOptions,
                         const QStringList& allowed)
{
    for (const QString& option : groupOptions) {
        if (app.isSet(option) && !allowed.contains(option))
            return usageError(Text::tr("--%1 does not apply to %2.").arg(option, subcommand));
    }
    return {};
}

Result<std::optional<int>> intOption(const CliApplication& app, const QString& option)
{
    if (!app.isSet(option))
        return std::optional<int>();
    bool ok = false;
    const int value = app.value(option).toInt(&ok);
    if (!ok)
        return usageError(Text::tr("--%1 takes a whole number.").arg(option));
    return std::optional<int>(value);
}

Result<QString> requiredOption(const CliApplication& app, const QString& option)
{
    if (!app.isSet(option) || app.value(option).trimmed().isEmpty())
        return usageError(Text::tr("--%1 is required.").arg(option));
    return app.value(option);
}

Result<QDate> parseDate(const QString& option, const QString& value)
{
    const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("--%1 takes a date such as 2026-03-05, not \"%2\".").arg(option, value));
    }
    return date;
}

Result<bool> parseYesNo(const QString& option, const QString& value)
{
    const QString text = value.trimmed().toLower();
    if (text == QLatin1String("yes") || text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("no") || text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return usageError(Text::tr("--%1 takes yes or no, not \"%2\".").arg(option, value));
}

QString localText(const QDateTime& moment)
{
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue momentJson(const QDateTime& moment)
{
    return moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue momentOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dayOrNull(const QDate& day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject scheduledJson(const ScheduledConversation& scheduled)
{
    return QJsonObject{
        { QStringLiteral("id"), scheduled.id },
        { QStringLiteral("number"), scheduled.number },
        { QStringLiteral("cap"), scheduled.cap },
        { QStringLiteral("referral_suggested"), scheduled.referralSuggested },
        { QStringLiteral("resources"), QJsonArray::fromStringList(scheduled.resources) },
        { QStringLiteral("referral_prompt"),
          scheduled.referralSuggested ? QJsonValue(scheduled.referralPrompt) : QJsonValue(QJsonValue::Null) },
    };
}

} // namespace peerdesk::cli_options
