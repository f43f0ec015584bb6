#pragma once

#include "core/domain/Vocabulary.h"
#include "core/domain/WeeklyWindow.h"
#include "core/formats/CsvReader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

// What an import did, or would do. When `errors` is not empty nothing was written.
struct ImportReport
{
    int rows = 0; // well-formed data rows read (the ones a wrong field count made unreadable are in errors)
    QList<CsvIssue> errors; // every problem, file problems first then rows in line order
    QList<CsvIssue> warnings; // e.g. unknown columns, which are ignored
    QList<qint64> ids; // the records created, in file order; empty for a dry run or when there are errors
    bool dryRun = false;

    bool succeeded() const { return errors.isEmpty(); }
    // Every error message, one per line, for an Error or the terminal.
    QString errorText() const;
};

namespace import_fields {

// Reads one record's values the way every importer wants them, and reports each problem to the reader with
// the line and the column, never the value: an identity must not end up in a terminal scroll-back or a log.
// Every bad field of a row is reported, not only the first one.
class CsvRowReader final
{
public:
    CsvRowReader(CsvReader& reader, const CsvRecord& record) : m_reader(reader), m_record(record) { }

    int line() const { return m_record.line(); }
    bool hasErrors() const { return m_errors > 0; }
    // Reports a problem of this row that no single column owns (e.g. one from a cross-field rule).
    void rowError(const QString& problem);
    void columnError(const QString& column, const QString& problem);

    // Trimmed text; `required` refuses an empty value. Longer than maxLength characters is an error.
    QString text(const QString& column, bool required, int maxLength);
    // One key of a vocabulary, matched case-insensitively. An empty value gives `whenEmpty`, or an error
    // listing the allowed keys when `required`.
    QString key(const QString& column, Vocab vocab, const QString& whenEmpty = {}, bool required = false);
    // A ';' list of keys of a vocabulary, case-insensitive, duplicates dropped.
    QStringList keys(const QString& column, Vocab vocab, bool required);
    // A ';' list of items from a configured list (affinity groups), case-insensitive.
    QStringList listed(const QString& column, const QStringList& allowed);
    QString oneListed(const QString& column, const QStringList& allowed);
    // A ';' list of ISO 639-1 codes, lower-cased, duplicates dropped.
    QStringList languages(const QString& column, bool required);
    // A ';' list of free-text items (institutions), trimmed, duplicates dropped.
    QStringList items(const QString& column, int maxLength);
    bool boolean(const QString& column, bool whenEmpty);
    int integer(const QString& column, int minimum, int maximum, int whenEmpty);
    QList<WeeklyWindow> availability(const QString& column);
    // A plausible address (one '@', something on each side, a dot in the domain, no spaces), as written.
    QString email(const QString& column);
    // Digits with the usual punctuation (+ - . ( ) spaces) and an optional extension ("x 12", "ext. 12").
    QString phone(const QString& column);

private:
    CsvReader& m_reader;
    const CsvRecord& m_record;
    int m_errors = 0;
};

// "a, b or c": allowed values are fine to show (they are the program's keys, never the file's content).
QString allowedList(const QStringList& keys);

} // namespace import_fields

} // namespace peerdesk
