#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

class QIODevice;

namespace peerdesk {

// A problem found in the input. `message` is translated, already names the line (and the column when there is
// one) and never holds a field's content, so it can be shown or logged as is.
struct CsvIssue
{
    int line = 0; // physical line (1-based) where the record starts; 0 when the input could not be read
    QString message;
};

// Hostile or mistaken input (a binary file, a runaway quote) is refused with a clear error instead of
// exhausting memory: one record holds at most maxFieldsPerRecord * maxFieldBytes bytes.
struct CsvLimits
{
    qsizetype maxFieldBytes = 64 * 1024;
    int maxFieldsPerRecord = 256;
    int maxErrors = 1000; // then reading stops: past that point more messages help nobody
};

// A column the importer understands. Missing required columns are errors; header columns that match no
// declared column are warnings.
struct CsvColumn
{
    QString name;
    bool required = false;
};

namespace csv {

// "a; b;;c " -> {"a", "b", "c"}: items trimmed, empty items dropped.
QStringList splitList(QStringView value);

// yes/no/true/false/1/0, case-insensitive, surrounding spaces ignored; nullopt for anything else.
std::optional<bool> parseBoolean(QStringView value);

// "Line 7, column \"email\": <problem>", translated: the one shape of every per-field message, importers'
// included. `problem` must not quote the field's content.
QString columnMessage(int line, const QString& column, const QString& problem);

} // namespace csv

// The header's columns, shared by every record of one file.
struct CsvHeader
{
    QStringList names; // as written, trimmed
    QHash<QString, int> indexByKey; // case-folded trimmed name -> field index
};

// One well-formed data record (its field count matches the header). Values are looked up by column name,
// case-insensitively; a column the header lacks reads as empty.
class CsvRecord final
{
public:
    CsvRecord() = default; // no columns, reads as empty
    CsvRecord(std::shared_ptr<const CsvHeader> header, QStringList fields, int line);

    int line() const { return m_line; }
    const QStringList& fields() const { return m_fields; }
    bool hasColumn(QStringView column) const;

    // Exactly as in the file (quoted newlines and spaces kept).
    QString rawValue(QStringView column) const;
    // Surrounding whitespace trimmed: what importers normally want.
    QString value(QStringView column) const;
    QStringList list(QStringView column) const;
    // An empty value yields `whenEmpty` when given, else an error; the error names the line and column only.
    Result<bool> boolean(QStringView column, std::optional<bool> whenEmpty = std::nullopt) const;

private:
    int indexOf(QStringView column) const;

    std::shared_ptr<const CsvHeader> m_header;
    QStringList m_fields;
    int m_line = 0;
};

// Strict RFC 4180 reader (docs/import-formats.md), streaming: memory use does not grow with the file.
// Usage:
//     CsvReader reader(&file);
//     if (!reader.readHeader({ { u"email"_qs, true }, { u"languages"_qs } })) ... reader.errors()
//     while (auto record = reader.next()) { ... record->value(u"email") ... }
//     if (reader.hasErrors()) ... report every reader.errors() entry, write nothing
// Rows with per-row problems (wrong field count, stray quote, invalid UTF-8, field too long) are reported in
// errors() and skipped, and reading goes on so that every bad row is reported. Problems that make the rest
// unreadable (unterminated quote, I/O error, too many errors) stop reading.
class CsvReader final
{
public:
    // The device must be open for reading; it is not owned and must outlive the reader.
    explicit CsvReader(QIODevice* device, CsvLimits limits = {});
    explicit CsvReader(QByteArray data, CsvLimits limits = {});
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Reads the header row (the first non-blank record) and matches it against `columns`. An empty list
    // accepts any columns without warnings. Fails (with every header problem in errors()) on an empty input,
    // duplicate or empty column names, or missing required columns. next() calls it with {} if needed.
    Result<void> readHeader(const QList<CsvColumn>& columns);

    // The next well-formed data record, or nullopt at the end of input or once reading has stopped.
    std::optional<CsvRecord> next();

    const QStringList& headerNames() const;
    const QList<CsvIssue>& errors() const;
    const QList<CsvIssue>& warnings() const;
    bool hasErrors() const { return !errors().isEmpty(); }
    // True when a fatal problem ended reading before the end of input.
    bool stopped() const;
    // Importers add their own per-row checks here so that one list, in line order, holds every problem.
    void addError(int line, const QString& message);

    // Success when there is no error; otherwise Io if the input could not be read, else InvalidInput, with
    // every error message, one per line.
    Result<void> status() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace peerdesk
