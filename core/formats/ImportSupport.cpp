#include "core/formats/ImportSupport.h"

#include "core/domain/FieldChecks.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Import)
};

// Case-insensitive lookup that returns the list's own spelling, so "Active" is stored as "active".
std::optional<QString> findIn(const QStringList& allowed, const QString& value)
{
    for (const QString& item : allowed) {
        if (item.compare(value, Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

} // namespace

QString ImportReport::errorText() const
{
    QStringList lines;
    for (const CsvIssue& issue : errors)
        lines.append(issue.message);
    return lines.join(u'\n');
}

namespace import_fields {

QString allowedList(const QStringList& keys)
{
    if (keys.isEmpty())
        return Text::tr("(none configured)");
    if (keys.size() == 1)
        return keys.constFirst();
    return Text::tr("%1 or %2").arg(keys.mid(0, keys.size() - 1).join(QStringLiteral(", ")), keys.constLast());
}

void CsvRowReader::rowError(const QString& problem)
{
    ++m_errors;
    m_reader.addError(line(), Text::tr("Line %1: %2").arg(QString::number(line()), problem));
}

void CsvRowReader::columnError(const QString& column, const QString& problem)
{
    ++m_errors;
    m_reader.addError(line(), csv::columnMessage(line(), column, problem));
}

QString CsvRowReader::text(const QString& column, bool required, int maxLength)
{
    const QString value = m_record.value(column);
    if (value.isEmpty() && required)
        columnError(column, Text::tr("a value is required."));
    else if (value.size() > maxLength)
        columnError(column, Text::tr("the value is longer than %n character(s).", nullptr, maxLength));
    return value;
}

QString CsvRowReader::key(const QString& column, Vocab vocab, const QString& whenEmpty, bool required)
{
    const QString value = m_record.value(column);
    const QStringList allowed = Vocabulary::keys(vocab);
    if (value.isEmpty()) {
        if (required)
            columnError(column, Text::tr("a value is required: %1.").arg(allowedList(allowed)));
        return whenEmpty;
    }
    if (const auto found = findIn(allowed, value))
        return *found;
    columnError(column, Text::tr("expected %1.").arg(allowedList(allowed)));
    return whenEmpty;
}

QStringList CsvRowReader::keys(const QString& column, Vocab vocab, bool required)
{
    const QStringList allowed = Vocabulary::keys(vocab);
    QStringList result;
    bool unknown = false;
    for (const QString& item : m_record.list(column)) {
        if (const auto found = findIn(allowed, item)) {
            if (!result.contains(*found))
                result.append(*found);
        } else {
            unknown = true;
        }
    }
    if (unknown)
        columnError(column, Text::tr("every item must be one of %1, separated by \";\".").arg(allowedList(allowed)));
    else if (result.isEmpty() && required)
        columnError(column, Text::tr("at least one is required: %1, separated by \";\".").arg(allowedList(allowed)));
    return result;
}

QStringList CsvRowReader::listed(const QString& column, const QStringList& allowed)
{
    QStringList result;
    bool unknown = false;
    for (const QString& item : m_record.list(column)) {
        if (const auto found = findIn(allowed, item)) {
            if (!result.contains(*found))
                result.append(*found);
        } else {
            unknown = true;
        }
    }
    if (unknown) {
        columnError(column,
                    Text::tr("every item must be one of the configured affinity groups (%1), separated by "
                             "\";\".")
                        .arg(allowedList(allowed)));
    }
    return result;
}

QString CsvRowReader::oneListed(const QString& column, const QStringList& allowed)
{
    const QString value = m_record.value(column);
    if (value.isEmpty())
        return {};
    if (const auto found = findIn(allowed, value))
        return *found;
    columnError(column, Text::tr("expected one of the configured affinity groups: %1.").arg(allowedList(allowed)));
    return {};
}

QStringList CsvRowReader::languages(const QString& column, bool required)
{
    QStringList result;
    bool unknown = false;
    for (const QString& item : m_record.list(column)) {
        const QString code = item.toLower();
        if (!language::isValidCode(code))
            unknown = true;
        else if (!result.contains(code))
            result.append(code);
    }
    if (unknown) {
        columnError(column,
                    Text::tr("every item must be a two-letter ISO 639-1 language code such as en or fr, separated by "
                             "\";\"."));
    } else if (result.isEmpty() && required) {
        columnError(column,
                    Text::tr("at least one language is required, as two-letter ISO 639-1 codes such as en or "
                             "fr, separated by \";\"."));
    }
    return result;
}

QStringList CsvRowReader::items(const QString& column, int maxLength)
{
    QStringList result;
    bool tooLong = false;
    for (const QString& item : m_record.list(column)) {
        if (item.size() > maxLength)
            tooLong = true;
        else if (!result.contains(item))
            result.append(item);
    }
    if (tooLong)
        columnError(column, Text::tr("an item is longer than %n character(s).", nullptr, maxLength));
    return result;
}

bool CsvRowReader::boolean(const QString& column, bool whenEmpty)
{
    auto parsed = m_record.boolean(column, whenEmpty);
    if (parsed)
        return *parsed;
    // The record's own message already has the shape "Line N, column "x": ...".
    ++m_errors;
    m_reader.addError(line(), parsed.error().message);
    return whenEmpty;
}

int CsvRowReader::integer(const QString& column, int minimum, int maximum, int whenEmpty)
{
    const QString value = m_record.value(column);
    if (value.isEmpty())
        return whenEmpty;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        columnError(
            column,
            Text::tr("expected a whole number from %1 to %2.").arg(QString::number(minimum), QString::number(maximum)));
        return whenEmpty;
    }
    return number;
}

QList<WeeklyWindow> CsvRowReader::availability(const QString& column)
{
    QList<WeeklyWindow> windows;
    bool bad = false;
    for (const QString& item : m_record.list(column)) {
        if (const auto window = WeeklyWindow::parse(item)) {
            if (!windows.contains(*window))
                windows.append(*window);
        } else {
            bad = true;
        }
    }
    if (bad) {
        columnError(column,
                    Text::tr("expected weekly time windows such as \"mon 18:00-20:00; wed 12:00-13:00\" "
                             "(day, start and end time, the end after the start)."));
    }
    return windows;
}

QString CsvRowReader::email(const QString& column)
{
    const QString value = text(column, false, 254);
    if (value.isEmpty())
        return value;
    // The shape the services accept (field_checks), reported the way a file's reader needs: line and column.
    if (!field_checks::email(value))
        columnError(column, Text::tr("expected an email address such as name@example.org."));
    return value;
}

QString CsvRowReader::phone(const QString& column)
{
    const QString value = text(column, false, 40);
    if (value.isEmpty())
        return value;
    if (!field_checks::phone(value))
        columnError(column, Text::tr("expected a phone number such as +1 514 555 0199 or 514-555-0199 ext 12."));
    return value;
}

} // namespace import_fields

} // namespace peerdesk
