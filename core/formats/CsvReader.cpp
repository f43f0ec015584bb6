#include "core/formats/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>
#include <QStringDecoder>

#include <vector>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Csv)
};

constexpr qint64 ChunkBytes = 64 * 1024;
constexpr int EndOfInput = -1;
// Header names come from the file: shown in messages, but bounded and on one line.
constexpr qsizetype DisplayNameMaxLength = 60;

// Strict: no overlong forms, no surrogates, nothing above U+10FFFF (what QString::fromUtf8 would silently
// replace with U+FFFD, losing data without a word).
bool isValidUtf8(const QByteArray& bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return false;
        }
        if (n - i < length)
            return false;
        for (qsizetype k = 1; k < length; ++k) {
            const unsigned b = s[i + k];
            if ((b & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        if (length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)))
            return false;
        if (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))
            return false;
        i += length;
    }
    return true;
}

QString keyFor(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QString displayName(const QString& name)
{
    QString shown = name.left(DisplayNameMaxLength);
    for (QChar& ch : shown) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Separator_Line
            || ch.category() == QChar::Separator_Paragraph)
            ch = u' ';
    }
    if (name.size() > DisplayNameMaxLength)
        shown += u'\u2026';
    return shown;
}

QString joined(const QList<CsvIssue>& issues)
{
    QStringList lines;
    lines.reserve(issues.size());
    for (const CsvIssue& issue : issues)
        lines.append(issue.message);
    return lines.join(u'\n');
}

} // namespace

namespace csv {

QStringList splitList(QStringView value)
{
    QStringList items;
    for (QStringView item : value.split(u';')) {
        item = item.trimmed();
        if (!item.isEmpty())
            items.append(item.toString());
    }
    return items;
}

std::optional<bool> parseBoolean(QStringView value)
{
    const QStringView v = value.trimmed();
    for (QStringView yes : { u"yes", u"true", u"1" }) {
        if (v.compare(yes, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (QStringView no : { u"no", u"false", u"0" }) {
        if (v.compare(no, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QString columnMessage(int line, const QString& column, const QString& problem)
{
    // One multi-argument arg(): a column name holding "%2" must not be substituted into.
    return Text::tr("Line %1, column \"%2\": %3").arg(QString::number(line), displayName(column), problem);
}

} // namespace csv

// --- CsvRecord ---------------------------------------------------------------------------------------------

CsvRecord::CsvRecord(std::shared_ptr<const CsvHeader> header, QStringList fields, int line)
    : m_header(std::move(header)), m_fields(std::move(fields)), m_line(line)
{
}

int CsvRecord::indexOf(QStringView column) const
{
    if (!m_header)
        return -1;
    const int index = m_header->indexByKey.value(keyFor(column.toString()), -1);
    return index < m_fields.size() ? index : -1;
}

bool CsvRecord::hasColumn(QStringView column) const
{
    return indexOf(column) >= 0;
}

QString CsvRecord::rawValue(QStringView column) const
{
    const int index = indexOf(column);
    return index >= 0 ? m_fields.at(index) : QString();
}

QString CsvRecord::value(QStringView column) const
{
    return rawValue(column).trimmed();
}

QStringList CsvRecord::list(QStringView column) const
{
    return csv::splitList(rawValue(column));
}

Result<bool> CsvRecord::boolean(QStringView column, std::optional<bool> whenEmpty) const
{
    const QString text = value(column);
    if (text.isEmpty() && whenEmpty)
        return *whenEmpty;
    if (const auto parsed = csv::parseBoolean(text))
        return *parsed;
    const int index = indexOf(column);
    const QString name = index >= 0 ? m_header->names.at(index) : column.toString();
    return makeError(ErrorCode::InvalidInput,
                     csv::columnMessage(m_line, name,
                                        text.isEmpty() ? Text::tr("a value is required: yes or no.")
                                                       : Text::tr("expected yes, no, true, false, 1 or 0.")));
}

// --- CsvReader ---------------------------------------------------------------------------------------------

struct CsvReader::Private
{
    enum class Step
    {
        Record,
        End,
        Stop,
    };
    // Bit flags: a field collects each kind of problem once.
    enum FieldProblem : unsigned
    {
        TooLong = 1u << 0,
        StrayQuote = 1u << 1,
        TextAfterQuote = 1u << 2,
        StrayCarriageReturn = 1u << 3,
        InvalidUtf8 = 1u << 4,
    };
    struct FieldIssue
    {
        int column;
        FieldProblem problem;
    };

    Private(QIODevice* device, QByteArray data, CsvLimits limits)
        : m_device(device), m_limits(limits), m_chunk(std::move(data))
    {
    }

    // --- bytes in: one chunk at a time, so memory does not grow with the input ---

    // > 0 bytes read, 0 at the end, -1 on a read error (recorded).
    qint64 readSome(char* into, qint64 capacity)
    {
        if (!m_device || m_ioFailed)
            return 0;
        for (;;) {
            const qint64 got = m_device->read(into, capacity);
            if (got < 0) {
                m_ioFailed = true;
                fail(0, Text::tr("The input could not be read: %1").arg(m_device->errorString()));
                return -1;
            }
            if (got > 0)
                return got;
            // A pipe or socket may simply have nothing yet; a file at its end has nothing more.
            if (!m_device->isSequential() || !m_device->waitForReadyRead(-1))
                return 0;
        }
    }

    bool refill()
    {
        if (!m_device)
            return false;
        m_chunk.resize(ChunkBytes);
        const qint64 got = readSome(m_chunk.data(), ChunkBytes);
        m_chunk.resize(got > 0 ? got : 0);
        m_pos = 0;
        return got > 0;
    }

    int peek()
    {
        if (m_pos >= m_chunk.size() && !refill())
            return EndOfInput;
        return static_cast<unsigned char>(m_chunk.constData()[m_pos]);
    }

    int get()
    {
        const int c = peek();
        if (c != EndOfInput)
            ++m_pos;
        return c;
    }

    // The BOM is stripped at the very start only; anywhere else U+FEFF is text like any other.
    void start()
    {
        if (m_device) {
            m_chunk.resize(0);
            while (m_chunk.size() < 3) {
                char buffer[3];
                const qint64 got = readSome(buffer, 3 - m_chunk.size());
                if (got <= 0)
                    break;
                m_chunk.append(buffer, got);
            }
        }
        if (m_chunk.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    // --- records ---

    void append(int c)
    {
        if (m_field.size() < m_limits.maxFieldBytes)
            m_field.append(static_cast<char>(c));
        else
            m_fieldProblems |= TooLong;
    }

    void endField()
    {
        const int column = m_fieldCount++;
        if (column == 0)
            m_firstFieldQuoted = m_fieldQuoted;
        if (column < m_limits.maxFieldsPerRecord) {
            if (!(m_fieldProblems & TooLong) && !isValidUtf8(m_field))
                m_fieldProblems |= InvalidUtf8;
            m_fields.append(m_fieldProblems & (TooLong | InvalidUtf8) ? QString() : QString(m_decoder.decode(m_field)));
            for (FieldProblem problem : { TooLong, StrayQuote, TextAfterQuote, StrayCarriageReturn, InvalidUtf8 }) {
                if (m_fieldProblems & problem)
                    m_issues.push_back({ column, problem });
            }
        }
        m_field.resize(0); // keeps the capacity for the next field
        m_fieldProblems = 0;
        m_fieldQuoted = false;
    }

    // Reads one record into m_fields/m_issues. Stop only for problems after which the input cannot be
    // resynchronised (unterminated quote) or read at all.
    Step readRecord()
    {
        m_fields = QStringList();
        m_issues.clear();
        m_fieldCount = 0;
        m_firstFieldQuoted = false;
        m_recordLine = m_line;

        enum class State
        {
            FieldStart,
            Unquoted,
            Quoted,
            AfterQuote,
        };
        State state = State::FieldStart;
        bool started = false;
        int quoteLine = 0;
        for (;;) {
            const int c = get();
            if (c == EndOfInput) {
                if (m_ioFailed)
                    return Step::Stop;
                if (state == State::Quoted) {
                    fail(quoteLine,
                         Text::tr("Line %1: the quoted field that starts on this line has no closing quote.")
                             .arg(quoteLine));
                    return Step::Stop;
                }
                if (!started)
                    return Step::End;
                endField();
                return Step::Record;
            }
            started = true;

            if (state == State::Quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        ++m_pos;
                        append('"');
                    } else {
                        state = State::AfterQuote;
                    }
                } else {
                    // Newlines inside quotes are data, kept exactly as written (CRLF or LF).
                    if (c == '\n')
                        ++m_line;
                    append(c);
                }
                continue;
            }
            if (state == State::FieldStart && c == '"') {
                m_fieldQuoted = true;
                quoteLine = m_line;
                state = State::Quoted;
                continue;
            }
            if (c == ',') {
                endField();
                state = State::FieldStart;
                continue;
            }
            if (c == '\n') {
                ++m_line;
                endField();
                return Step::Record;
            }
            if (c == '\r' && peek() == '\n') {
                ++m_pos;
                ++m_line;
                endField();
                return Step::Record;
            }
            // Anything else is field text; after a closing quote or a stray quote the field is wrong, but its
            // end is still known (the next comma or newline), so the following rows can still be checked.
            if (state == State::AfterQuote)
                m_fieldProblems |= TextAfterQuote;
            else if (c == '"')
                m_fieldProblems |= StrayQuote;
            else if (c == '\r')
                m_fieldProblems |= StrayCarriageReturn;
            append(c);
            state = State::Unquoted;
        }
    }

    // An empty or whitespace-only line: skipped, though it still counts for line numbers.
    bool isBlank() const
    {
        if (m_fieldCount != 1 || m_fields.size() != 1 || m_firstFieldQuoted || !m_issues.empty())
            return false;
        for (QChar ch : m_fields.constFirst()) {
            if (ch != u' ' && ch != u'\t')
                return false;
        }
        return true;
    }

    QString fieldLabelMessage(int column, const QString& problem) const
    {
        if (m_header && column < m_header->names.size())
            return csv::columnMessage(m_recordLine, m_header->names.at(column), problem);
        return Text::tr("Line %1, field %2: %3")
            .arg(QString::number(m_recordLine), QString::number(column + 1), problem);
    }

    QString problemText(FieldProblem problem) const
    {
        switch (problem) {
        case TooLong:
            return Text::tr("the field is longer than the limit of %1 bytes.").arg(m_limits.maxFieldBytes);
        case StrayQuote:
            return Text::tr("a quote appears in a field that does not start with one; enclose the whole field "
                            "in quotes and double each quote inside it.");
        case TextAfterQuote:
            return Text::tr("text follows the closing quote of a quoted field; a quote inside a quoted field "
                            "must be doubled.");
        case StrayCarriageReturn:
            return Text::tr("a carriage return outside quotes is not followed by a line feed.");
        case InvalidUtf8:
            return Text::tr("the text is not valid UTF-8; save the file as \"CSV UTF-8\".");
        }
        return {};
    }

    // Reports the record's syntax problems; true when there were none.
    bool checkSyntax()
    {
        if (m_fieldCount > m_limits.maxFieldsPerRecord) {
            addError(m_recordLine,
                     Text::tr("Line %1: this row has more fields than the limit of %2.")
                         .arg(QString::number(m_recordLine), QString::number(m_limits.maxFieldsPerRecord)));
            return false;
        }
        for (const FieldIssue& issue : m_issues)
            addError(m_recordLine, fieldLabelMessage(issue.column, problemText(issue.problem)));
        return m_issues.empty();
    }

    void addError(int line, const QString& message)
    {
        if (m_tooManyErrors)
            return;
        m_errors.append({ line, message });
        if (m_errors.size() >= m_limits.maxErrors) {
            m_tooManyErrors = true;
            m_stopped = true;
            m_errors.append({ line, Text::tr("Too many errors: reading stopped at line %1.").arg(line) });
        }
    }

    void fail(int line, const QString& message)
    {
        addError(line, message);
        m_stopped = true;
    }

    Result<void> status() const
    {
        if (m_errors.isEmpty())
            return {};
        return makeError(m_ioFailed ? ErrorCode::Io : ErrorCode::InvalidInput, joined(m_errors));
    }

    Result<void> readHeader(const QList<CsvColumn>& columns)
    {
        if (m_headerRead)
            return makeError(ErrorCode::Usage, Text::tr("The header has already been read."));
        m_headerRead = true;
        start();
        Step step = readRecord();
        while (step == Step::Record && isBlank())
            step = readRecord();
        if (step == Step::End)
            fail(m_line, Text::tr("Line %1: the file is empty; its first line must name the columns.").arg(m_line));
        if (step != Step::Record)
            return status();

        const qsizetype errorsBefore = m_errors.size();
        if (checkSyntax()) {
            auto header = std::make_shared<CsvHeader>();
            for (int i = 0; i < m_fields.size(); ++i) {
                const QString name = m_fields.at(i).trimmed();
                const QString key = keyFor(name);
                if (name.isEmpty()) {
                    addError(m_recordLine,
                             Text::tr("Line %1: column %2 of the header has no name.")
                                 .arg(QString::number(m_recordLine), QString::number(i + 1)));
                } else if (header->indexByKey.contains(key)) {
                    // By position, never by name: a file without a header row has a person's details there.
                    addError(m_recordLine,
                             Text::tr("Line %1: column %2 of the header repeats the name of column %3.")
                                 .arg(QString::number(m_recordLine), QString::number(i + 1),
                                      QString::number(header->indexByKey.value(key) + 1)));
                } else {
                    header->indexByKey.insert(key, i);
                }
                header->names.append(name);
            }
            if (!columns.isEmpty()) {
                QSet<QString> declared;
                for (const CsvColumn& column : columns) {
                    declared.insert(keyFor(column.name));
                    if (column.required && !header->indexByKey.contains(keyFor(column.name))) {
                        addError(m_recordLine,
                                 Text::tr("Line %1: the required column \"%2\" is missing.")
                                     .arg(QString::number(m_recordLine), displayName(column.name)));
                    }
                }
                int known = 0;
                for (qsizetype i = 0; i < header->names.size(); ++i) {
                    const QString& name = header->names.at(i);
                    if (name.isEmpty())
                        continue;
                    if (declared.contains(keyFor(name))) {
                        ++known;
                        continue;
                    }
                    // By position, never by name: in a file without a header row, the "names" are a person's details.
                    m_warnings.append({ m_recordLine,
                                        Text::tr("Line %1: column %2 is not one PeerDesk reads and will be ignored.")
                                            .arg(QString::number(m_recordLine), QString::number(i + 1)) });
                }
                if (known == 0) {
                    addError(m_recordLine,
                             Text::tr("Line %1 names none of the columns PeerDesk reads: the first line must be the "
                                      "header (docs/import-formats.md).")
                                 .arg(QString::number(m_recordLine)));
                }
            }
            m_header = std::move(header);
        }
        // Without a sound header no row can be checked: stop here.
        if (m_errors.size() > errorsBefore) {
            m_stopped = true;
            return status();
        }
        return {};
    }

    std::optional<CsvRecord> next()
    {
        while (!m_stopped) {
            if (readRecord() != Step::Record)
                return std::nullopt;
            if (isBlank())
                continue;
            bool ok = checkSyntax();
            if (m_fieldCount <= m_limits.maxFieldsPerRecord && m_fieldCount != m_header->names.size()) {
                addError(m_recordLine,
                         Text::tr("Line %1: the number of fields (%2) differs from the header's (%3).")
                             .arg(QString::number(m_recordLine), QString::number(m_fieldCount),
                                  QString::number(m_header->names.size())));
                ok = false;
            }
            if (ok)
                return CsvRecord(m_header, std::move(m_fields), m_recordLine);
        }
        return std::nullopt;
    }

    QIODevice* m_device = nullptr;
    CsvLimits m_limits;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    int m_line = 1;

    // The record being read.
    int m_recordLine = 0;
    QStringList m_fields;
    int m_fieldCount = 0; // including fields beyond the limit, which are not kept
    bool m_firstFieldQuoted = false;
    std::vector<FieldIssue> m_issues;
    QByteArray m_field;
    // QString::fromUtf8 would drop a field's leading U+FEFF; only the file's first BOM is not text.
    QStringDecoder m_decoder{ QStringDecoder::Utf8,
                              QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom };
    unsigned m_fieldProblems = 0;
    bool m_fieldQuoted = false;

    std::shared_ptr<const CsvHeader> m_header;
    QList<CsvIssue> m_errors;
    QList<CsvIssue> m_warnings;
    bool m_headerRead = false;
    bool m_stopped = false;
    bool m_ioFailed = false;
    bool m_tooManyErrors = false;
};

CsvReader::CsvReader(QIODevice* device, CsvLimits limits) : d(std::make_unique<Private>(device, QByteArray(), limits))
{
    if (!device || !device->isReadable()) {
        d->m_ioFailed = true;
        d->fail(0, Text::tr("The input could not be read: it is not open."));
    }
}

CsvReader::CsvReader(QByteArray data, CsvLimits limits) : d(std::make_unique<Private>(nullptr, std::move(data), limits))
{
}

CsvReader::~CsvReader() = default;

Result<void> CsvReader::readHeader(const QList<CsvColumn>& columns)
{
    return d->readHeader(columns);
}

std::optional<CsvRecord> CsvReader::next()
{
    if (!d->m_headerRead && !d->readHeader({}))
        return std::nullopt;
    return d->next();
}

const QStringList& CsvReader::headerNames() const
{
    static const QStringList none;
    return d->m_header ? d->m_header->names : none;
}

const QList<CsvIssue>& CsvReader::errors() const
{
    return d->m_errors;
}

const QList<CsvIssue>& CsvReader::warnings() const
{
    return d->m_warnings;
}

bool CsvReader::stopped() const
{
    return d->m_stopped;
}

void CsvReader::addError(int line, const QString& message)
{
    d->addError(line, message);
}

Result<void> CsvReader::status() const
{
    return d->status();
}

} // namespace peerdesk
