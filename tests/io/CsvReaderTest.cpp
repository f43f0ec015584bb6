#include "core/formats/CsvReader.h"

#include "CatchCompat.h"
#include "TimeLimits.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryFile>

#include <chrono>

using namespace peerdesk;

namespace {

struct Parsed
{
    bool headerOk = false;
    QList<CsvRecord> records;
    QList<CsvIssue> errors;
    QList<CsvIssue> warnings;
    bool stopped = false;
};

Parsed parse(CsvReader& reader, const QList<CsvColumn>& columns = {})
{
    Parsed parsed;
    parsed.headerOk = reader.readHeader(columns).hasValue();
    while (auto record = reader.next())
        parsed.records.append(*record);
    parsed.errors = reader.errors();
    parsed.warnings = reader.warnings();
    parsed.stopped = reader.stopped();
    return parsed;
}

Parsed parse(const QByteArray& data, const QList<CsvColumn>& columns = {}, CsvLimits limits = {})
{
    CsvReader reader(data, limits);
    return parse(reader, columns);
}

QList<int> linesOf(const QList<CsvIssue>& issues)
{
    QList<int> lines;
    for (const CsvIssue& issue : issues)
        lines.append(issue.line);
    return lines;
}

QList<int> linesOf(const QList<CsvRecord>& records)
{
    QList<int> lines;
    for (const CsvRecord& record : records)
        lines.append(record.line());
    return lines;
}

QString messages(const QList<CsvIssue>& issues)
{
    QStringList all;
    for (const CsvIssue& issue : issues)
        all.append(issue.message);
    return all.join(u'\n');
}

// A pipe-like device that hands out one byte per read: records, the BOM and CRLF all straddle reads.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) { }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size() || maxSize <= 0)
            return 0; // like a pipe at its end
        *data = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

// A device whose reads fail, as a disk or network share might.
class FailingDevice final : public QIODevice
{
protected:
    qint64 readData(char*, qint64) override
    {
        setErrorString(QStringLiteral("simulated failure"));
        return -1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
};

} // namespace

TEST_CASE("Quoted fields keep commas, doubled quotes and newlines", "[io][csv]")
{
    const Parsed parsed = parse(QByteArray("name,note\n"
                                           "\"Smith, Anne\",\"She said \"\"hi\"\"\"\n"
                                           "\"two\nlines\",\"crlf\r\ninside\"\n"
                                           "\"\",\"\"\"\"\n"
                                           "after,multi\n"));
    REQUIRE(parsed.headerOk);
    CHECK(parsed.errors.isEmpty());
    REQUIRE(parsed.records.size() == 4);
    CHECK(parsed.records[0].rawValue(u"name") == QStringLiteral("Smith, Anne"));
    CHECK(parsed.records[0].rawValue(u"note") == QStringLiteral("She said \"hi\""));
    CHECK(parsed.records[1].rawValue(u"name") == QStringLiteral("two\nlines"));
    CHECK(parsed.records[1].rawValue(u"note") == QStringLiteral("crlf\r\ninside")); // kept as written
    CHECK(parsed.records[2].rawValue(u"name").isEmpty());
    CHECK(parsed.records[2].rawValue(u"note") == QStringLiteral("\""));
    // A record's line is where it starts; the quoted newlines above push the next one down.
    CHECK(linesOf(parsed.records) == QList<int>{ 2, 3, 6, 7 });
}

TEST_CASE("CRLF and LF files read the same, with or without a final newline", "[io][csv]")
{
    const QByteArray lf("a,b\n1,2\n3,4\n");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray noFinal = crlf;
    noFinal.chop(2);
    for (const QByteArray& data : { lf, crlf, noFinal, QByteArray("a,b\n1,2\r\n3,4") }) {
        INFO(data.toStdString());
        const Parsed parsed = parse(data);
        REQUIRE(parsed.errors.isEmpty());
        REQUIRE(parsed.records.size() == 2);
        CHECK(parsed.records[0].fields() == QStringList{ QStringLiteral("1"), QStringLiteral("2") });
        CHECK(parsed.records[1].fields() == QStringList{ QStringLiteral("3"), QStringLiteral("4") });
        CHECK(linesOf(parsed.records) == QList<int>{ 2, 3 });
    }
    SECTION("a final quoted field without newline")
    {
        const Parsed parsed = parse(QByteArray("a\n\"x, y\""));
        REQUIRE(parsed.records.size() == 1);
        CHECK(parsed.records[0].rawValue(u"a") == QStringLiteral("x, y"));
    }
}

TEST_CASE("A UTF-8 BOM is stripped at the start only", "[io][csv]")
{
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray body("email,name\nx@example.org,Ana\n");
    for (const QByteArray& data : { body, QByteArray(bom + body) }) {
        const Parsed parsed = parse(data, { { QStringLiteral("email"), true }, { QStringLiteral("name") } });
        REQUIRE(parsed.headerOk);
        CHECK(parsed.warnings.isEmpty());
        CHECK(parsed.records.value(0).value(u"email") == QStringLiteral("x@example.org"));
        CHECK(parsed.records.value(0).line() == 2);
    }
    SECTION("elsewhere U+FEFF is text")
    {
        const Parsed parsed = parse(bom + "a\n" + bom + "x\n");
        REQUIRE(parsed.records.size() == 1);
        CHECK(parsed.records[0].rawValue(u"a") == QStringLiteral("\uFEFFx"));
    }
}

TEST_CASE("Accents and emoji survive", "[io][csv]")
{
    const QString name = QStringLiteral("Am\u00e9lie C\u00f4t\u00e9-Lef\u00e8bvre \U0001F469\u200D\u2695\uFE0F");
    const Parsed parsed = parse("nom,langues\n\"" + name.toUtf8()
                                + "\",fran\xC3\xA7"
                                  "ais; English\n");
    REQUIRE(parsed.records.size() == 1);
    CHECK(parsed.records[0].value(u"NOM") == name);
    CHECK(parsed.records[0].list(u"langues")
          == QStringList{ QStringLiteral("fran\u00e7ais"), QStringLiteral("English") });
}

TEST_CASE("Empty and whitespace-only lines are skipped but counted", "[io][csv]")
{
    const Parsed parsed = parse(QByteArray("\n  \n"
                                           "a,b\n"
                                           "1,2\n"
                                           "\n"
                                           " \t \r\n"
                                           "3,4\n"
                                           "\n"
                                           "bad\n"
                                           "\n"));
    REQUIRE(parsed.headerOk);
    CHECK(linesOf(parsed.records) == QList<int>{ 4, 7 });
    CHECK(linesOf(parsed.errors) == QList<int>{ 9 });
    CHECK(parsed.errors.value(0).message.startsWith(QStringLiteral("Line 9:")));
    CHECK_FALSE(parsed.stopped);
    SECTION("a quoted empty field is a value, not a blank line")
    {
        const Parsed one = parse(QByteArray("a\n\"\"\n"));
        REQUIRE(one.records.size() == 1);
        CHECK(one.records[0].rawValue(u"a").isEmpty());
    }
}

TEST_CASE("Columns are matched by name in any order, case and surrounding spaces", "[io][csv]")
{
    const QList<CsvColumn> columns{ { QStringLiteral("email"), true },
                                    { QStringLiteral("Display name"), true },
                                    { QStringLiteral("active") } };
    const Parsed parsed = parse(QByteArray(" ACTIVE ,  display NAME,Email\nyes,  Ana  ,a@x.org\n"), columns);
    REQUIRE(parsed.headerOk);
    CHECK(parsed.warnings.isEmpty());
    REQUIRE(parsed.records.size() == 1);
    const CsvRecord& record = parsed.records[0];
    CHECK(record.value(u"email") == QStringLiteral("a@x.org"));
    CHECK(record.value(u" display name ") == QStringLiteral("Ana"));
    CHECK(record.rawValue(u"Display Name") == QStringLiteral("  Ana  "));
    CHECK(record.hasColumn(u"active"));
    CHECK_FALSE(record.hasColumn(u"phone"));
    CHECK(record.value(u"phone").isEmpty());
}

TEST_CASE("Header problems: missing required, unknown, duplicate, unnamed, empty input", "[io][csv]")
{
    const QList<CsvColumn> columns{ { QStringLiteral("email"), true },
                                    { QStringLiteral("name"), true },
                                    { QStringLiteral("phone") } };
    SECTION("missing required columns are each an error and nothing is read")
    {
        const Parsed parsed = parse(QByteArray("phone\n555\n"), columns);
        CHECK_FALSE(parsed.headerOk);
        CHECK(parsed.records.isEmpty());
        CHECK(parsed.stopped);
        REQUIRE(parsed.errors.size() == 2);
        CHECK(parsed.errors[0].message.contains(QStringLiteral("\"email\"")));
        CHECK(parsed.errors[1].message.contains(QStringLiteral("\"name\"")));
        CHECK(linesOf(parsed.errors) == QList<int>{ 1, 1 });
    }
    SECTION("a missing optional column is fine and reads as empty")
    {
        const Parsed parsed = parse(QByteArray("name,email\nAna,a@x.org\n"), columns);
        REQUIRE(parsed.headerOk);
        CHECK(parsed.errors.isEmpty());
        CHECK(parsed.records.value(0).value(u"phone").isEmpty());
    }
    SECTION("unknown columns are warnings; the rows are still read")
    {
        const Parsed parsed = parse(QByteArray("\nname,email,Favourite colour\nAna,a@x.org,blue\n"), columns);
        REQUIRE(parsed.headerOk);
        CHECK(parsed.errors.isEmpty());
        REQUIRE(parsed.warnings.size() == 1);
        CHECK(parsed.warnings[0].line == 2);
        CHECK(parsed.warnings[0].message.contains(QStringLiteral("column 3")));
        CHECK(parsed.records.size() == 1);
    }
    SECTION("a file without a header row: its first row is refused, and never echoed")
    {
        const Parsed parsed = parse(
            QByteArray("Ottoline Quarrington,o.quarrington@example.org,604-555-0188\nAna,a@x.org,1\n"), columns);
        CHECK_FALSE(parsed.headerOk);
        REQUIRE_FALSE(parsed.errors.isEmpty());
        for (const auto& list : { parsed.errors, parsed.warnings }) {
            for (const auto& message : list) {
                CHECK_FALSE(message.message.contains(QStringLiteral("Quarrington")));
                CHECK_FALSE(message.message.contains(QStringLiteral("example.org")));
                CHECK_FALSE(message.message.contains(QStringLiteral("555")));
            }
        }
        CHECK(parsed.errors.constLast().message.contains(QStringLiteral("header")));
    }
    SECTION("without declared columns nothing is unknown")
    {
        const Parsed parsed = parse(QByteArray("x,y\n1,2\n"));
        CHECK(parsed.warnings.isEmpty());
        CHECK(parsed.records.size() == 1);
    }
    SECTION("duplicate names, compared like lookups")
    {
        const Parsed parsed = parse(QByteArray("name,email, Name \nAna,a@x.org,Bob\n"), columns);
        CHECK_FALSE(parsed.headerOk);
        CHECK(parsed.records.isEmpty());
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors[0].message.contains(QStringLiteral("column 3 of the header repeats the name of column 1")));
    }
    SECTION("an unnamed column")
    {
        const Parsed parsed = parse(QByteArray("name,,email\n"), columns);
        CHECK_FALSE(parsed.headerOk);
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors[0].message == QStringLiteral("Line 1: column 2 of the header has no name."));
    }
    SECTION("empty input, blank lines only, a BOM only")
    {
        for (const QByteArray& data : { QByteArray(), QByteArray("\n \n\r\n"), QByteArray("\xEF\xBB\xBF") }) {
            CsvReader reader(data);
            const auto header = reader.readHeader(columns);
            REQUIRE_FALSE(header);
            CHECK(header.error().code == ErrorCode::InvalidInput);
            CHECK(header.error().message.contains(QStringLiteral("empty")));
            CHECK_FALSE(reader.next());
        }
    }
    SECTION("header only")
    {
        const Parsed parsed = parse(QByteArray("name,email\n"), columns);
        CHECK(parsed.headerOk);
        CHECK(parsed.records.isEmpty());
        CHECK(parsed.errors.isEmpty());
        CHECK_FALSE(parsed.stopped);
    }
    SECTION("the header is read once")
    {
        CsvReader reader(QByteArray("name\n"));
        REQUIRE(reader.readHeader({}));
        const auto again = reader.readHeader({});
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::Usage);
    }
}

TEST_CASE("Rows with the wrong number of fields are all reported and reading goes on", "[io][csv]")
{
    const Parsed parsed = parse(QByteArray("a,b,c\n"
                                           "1,2,3\n"
                                           "1,2\n"
                                           "\"multi\nline\",2,3\n"
                                           "1,2,3,4\n"
                                           "7,8,9\n"));
    REQUIRE(parsed.headerOk);
    CHECK(linesOf(parsed.records) == QList<int>{ 2, 4, 7 });
    REQUIRE(parsed.errors.size() == 2);
    CHECK(parsed.errors[0].message
          == QStringLiteral("Line 3: the number of fields (2) differs from the header's (3)."));
    CHECK(parsed.errors[1].message
          == QStringLiteral("Line 6: the number of fields (4) differs from the header's (3)."));
    CHECK_FALSE(parsed.stopped);

    CsvReader reader(QByteArray("a,b\n1\n"));
    while (reader.next()) { }
    const auto status = reader.status();
    REQUIRE_FALSE(status);
    CHECK(status.error().code == ErrorCode::InvalidInput);
    CHECK(status.error().message == QStringLiteral("Line 2: the number of fields (1) differs from the header's (2)."));
}

TEST_CASE("An unterminated quote stops reading, naming the line where the field started", "[io][csv]")
{
    const Parsed parsed = parse(QByteArray("a,b\n1,2\n3,\"open\nmore\n\nstill open,5\n"));
    CHECK(linesOf(parsed.records) == QList<int>{ 2 });
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].line == 3);
    CHECK(parsed.errors[0].message
          == QStringLiteral("Line 3: the quoted field that starts on this line has no closing quote."));
    CHECK(parsed.stopped);

    SECTION("also in the header")
    {
        const Parsed header = parse(QByteArray("\n\"a,b\n"));
        CHECK_FALSE(header.headerOk);
        CHECK(linesOf(header.errors) == QList<int>{ 2 });
    }
}

TEST_CASE("Quotes out of place are errors for their row only", "[io][csv]")
{
    const Parsed parsed = parse(QByteArray("name,note\n"
                                           "An\"a,x\n"
                                           "\"Ana\"x,y\n"
                                           "\"Ana\" ,y\n"
                                           " \"Ana\",y\n"
                                           "ok,fine\n"));
    REQUIRE(parsed.headerOk);
    CHECK(linesOf(parsed.records) == QList<int>{ 6 });
    CHECK(linesOf(parsed.errors) == QList<int>{ 2, 3, 4, 5 });
    CHECK(parsed.errors[0].message.startsWith(QStringLiteral("Line 2, column \"name\": a quote appears")));
    CHECK(parsed.errors[1].message.startsWith(QStringLiteral("Line 3, column \"name\": text follows")));
    CHECK(parsed.errors[3].message.startsWith(QStringLiteral("Line 5, column \"name\": a quote appears")));
    SECTION("a bare carriage return outside quotes")
    {
        const Parsed cr = parse(QByteArray("a,b\r1,2\n"));
        CHECK_FALSE(cr.headerOk);
        CHECK(cr.errors.value(0).message.contains(QStringLiteral("carriage return")));
    }
}

TEST_CASE("Invalid UTF-8 is an error naming the line and the column", "[io][csv]")
{
    const QList<QByteArray> invalid{
        QByteArray("\xE9t\xE9"), // Latin-1, the usual culprit
        QByteArray("\xC0\xAF"), // overlong
        QByteArray("\xED\xA0\x80"), // surrogate
        QByteArray("\xF4\x90\x80\x80"), // above U+10FFFF
        QByteArray("ab\xE2\x82"), // truncated sequence
        QByteArray("\x80"), // lone continuation byte
    };
    for (const QByteArray& bad : invalid) {
        const Parsed parsed = parse("id,name\n1,ok\n2," + bad + "\n3,\"fine\"\n");
        CHECK(linesOf(parsed.records) == QList<int>{ 2, 4 });
        REQUIRE(parsed.errors.size() == 1);
        CHECK(
            parsed.errors[0].message
            == QStringLiteral("Line 3, column \"name\": the text is not valid UTF-8; save the file as \"CSV UTF-8\"."));
    }
    SECTION("in the header")
    {
        const Parsed parsed = parse(QByteArray("id,n\xE9\n1,2\n"));
        CHECK_FALSE(parsed.headerOk);
        CHECK(parsed.errors.value(0).message.startsWith(QStringLiteral("Line 1, field 2:")));
    }
}

TEST_CASE("Hostile sizes are refused without holding them", "[io][csv]")
{
    CsvLimits limits;
    limits.maxFieldBytes = 16;
    limits.maxFieldsPerRecord = 4;
    SECTION("a field over the size limit, quoted or not")
    {
        const Parsed parsed = parse(
            QByteArray("a,b\n1,0123456789abcdef\n2,0123456789abcdefX\n3,\"0123456789abcdefXYZ\"\n"), {}, limits);
        CHECK(linesOf(parsed.records) == QList<int>{ 2 });
        CHECK(linesOf(parsed.errors) == QList<int>{ 3, 4 });
        CHECK(parsed.errors.value(0).message
              == QStringLiteral("Line 3, column \"b\": the field is longer than the limit of 16 bytes."));
    }
    SECTION("the default limit is 64 KiB")
    {
        const QByteArray big(64 * 1024 + 1, 'x');
        const Parsed parsed = parse("a\n" + big + "\n" + big.left(64 * 1024) + "\n");
        CHECK(linesOf(parsed.errors) == QList<int>{ 2 });
        CHECK(linesOf(parsed.records) == QList<int>{ 3 });
    }
    SECTION("too many fields in a record")
    {
        const Parsed parsed = parse(QByteArray("a,b\n1,2,3,4,5,6,7,8\n1,2\n"), {}, limits);
        CHECK(linesOf(parsed.records) == QList<int>{ 3 });
        REQUIRE(parsed.errors.size() == 1);
        CHECK(parsed.errors[0].message == QStringLiteral("Line 2: this row has more fields than the limit of 4."));
    }
    SECTION("errors stop at the limit")
    {
        limits.maxErrors = 3;
        QByteArray data("a,b\n");
        for (int i = 0; i < 10; ++i)
            data += "only-one\n";
        const Parsed parsed = parse(data, {}, limits);
        CHECK(parsed.stopped);
        REQUIRE(parsed.errors.size() == 4);
        CHECK(parsed.errors[3].message == QStringLiteral("Too many errors: reading stopped at line 4."));
    }
}

TEST_CASE("Booleans and lists for importers", "[io][csv]")
{
    for (const char* yes : { "yes", "YES", " True ", "1" })
        CHECK(csv::parseBoolean(QString::fromLatin1(yes)) == std::optional<bool>(true));
    for (const char* no : { "no", "No", "FALSE", " 0" })
        CHECK(csv::parseBoolean(QString::fromLatin1(no)) == std::optional<bool>(false));
    for (const char* other : { "", "y", "oui", "2", "yes please" })
        CHECK_FALSE(csv::parseBoolean(QString::fromLatin1(other)).has_value());

    CHECK(csv::splitList(u" a ;b;; ;c ")
          == QStringList{ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    CHECK(csv::splitList(u"").isEmpty());
    CHECK(csv::splitList(u" ; ").isEmpty());

    const Parsed parsed = parse(QByteArray("Name,Active\nSECRETMARKER,maybe\nAna,\nBob,Yes\n"));
    REQUIRE(parsed.records.size() == 3);
    const auto maybe = parsed.records[0].boolean(u"active");
    REQUIRE_FALSE(maybe);
    CHECK(maybe.error().code == ErrorCode::InvalidInput);
    CHECK(maybe.error().message == QStringLiteral("Line 2, column \"Active\": expected yes, no, true, false, 1 or 0."));
    CHECK_FALSE(maybe.error().message.contains(QStringLiteral("maybe")));
    const auto empty = parsed.records[1].boolean(u"active");
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("required")));
    CHECK(parsed.records[1].boolean(u"active", false).value() == false);
    CHECK(parsed.records[2].boolean(u"ACTIVE").value() == true);
}

TEST_CASE("Importers add their own errors to the same list", "[io][csv]")
{
    CsvReader reader(QByteArray("email\nnot-an-address\nok@x.org\n"));
    while (auto record = reader.next()) {
        if (!record->value(u"email").contains(u'@'))
            reader.addError(
                record->line(),
                csv::columnMessage(record->line(), QStringLiteral("email"), QStringLiteral("not an address.")));
    }
    REQUIRE(reader.errors().size() == 1);
    CHECK(reader.errors()[0].message == QStringLiteral("Line 2, column \"email\": not an address."));
    CHECK(reader.status().error().code == ErrorCode::InvalidInput);
}

TEST_CASE("No error message ever holds a field's content", "[io][csv]")
{
    const QByteArray marker("DrMarkerSurname");
    const QByteArray data = "name,email,active\n"
                            "ok,ok@x.org,yes\n"
        + marker + ",too,many,fields\n" // wrong count
        + "\"" + marker + "\"tail,x,yes\n" // text after quote
        + marker + "\"q,x,yes\n" // stray quote
        + marker + "\xE9,x,yes\n" // invalid UTF-8
        + marker + marker + marker + ",x,yes\n" // too long (limit below)
        + "x,x," + marker + "\n" // bad boolean, via the importer helper
        + "\"" + marker + "\n"; // unterminated
    CsvLimits limits;
    limits.maxFieldBytes = 40;
    CsvReader reader(data, limits);
    REQUIRE(reader.readHeader({ { QStringLiteral("name"), true } }));
    while (auto record = reader.next()) {
        if (auto active = record->boolean(u"active"); !active)
            reader.addError(record->line(), active.error().message);
    }
    CHECK(linesOf(reader.errors()) == QList<int>{ 3, 4, 5, 6, 7, 8, 9 });
    const QString all = messages(reader.errors()) + messages(reader.warnings()) + reader.status().error().message;
    CHECK_FALSE(all.contains(QString::fromLatin1(marker), Qt::CaseInsensitive));
    CHECK(all.contains(QStringLiteral("Line 7, column \"name\"")));
}

TEST_CASE("Devices are read in chunks: files, pipes, failures", "[io][csv]")
{
    const QByteArray data("\xEF\xBB\xBF"
                          "a,b\r\n\"x\r\ny\",2\r\n\r\n3,\"\"\"4\"\"\"\r\n");
    const auto check = [](const Parsed& parsed) {
        REQUIRE(parsed.headerOk);
        CHECK(parsed.errors.isEmpty());
        CHECK(parsed.records.value(0).rawValue(u"a") == QStringLiteral("x\r\ny"));
        CHECK(parsed.records.value(1).rawValue(u"b") == QStringLiteral("\"4\""));
        CHECK(linesOf(parsed.records) == QList<int>{ 2, 5 });
    };
    SECTION("a file")
    {
        QTemporaryFile file;
        REQUIRE(file.open());
        REQUIRE(file.write(data) == data.size());
        REQUIRE(file.seek(0));
        CsvReader reader(&file);
        check(parse(reader));
    }
    SECTION("a pipe-like device giving one byte at a time")
    {
        TrickleDevice device(data);
        REQUIRE(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        CsvReader reader(&device);
        check(parse(reader));
    }
    SECTION("a device that fails")
    {
        FailingDevice device;
        REQUIRE(device.open(QIODevice::ReadOnly));
        CsvReader reader(&device);
        const auto header = reader.readHeader({});
        REQUIRE_FALSE(header);
        CHECK(header.error().code == ErrorCode::Io);
        CHECK(reader.stopped());
    }
    SECTION("a device that is not open")
    {
        QBuffer closed;
        CsvReader reader(&closed);
        CHECK_FALSE(reader.next());
        CHECK(reader.status().error().code == ErrorCode::Io);
    }
}

TEST_CASE("100 000 rows stream through quickly", "[io][csv]")
{
    QByteArray data("id,name,email,active,languages\r\n");
    data.reserve(8 * 1024 * 1024);
    for (int i = 1; i <= 100000; ++i) {
        data += QByteArray::number(i) + ",\"Surname " + QByteArray::number(i) + ", Given\",user" + QByteArray::number(i)
            + "@example.org," + (i % 2 ? "yes" : "no") + ",fr;en\r\n";
    }
    QBuffer buffer(&data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));

    QElapsedTimer timer;
    timer.start();
    CsvReader reader(&buffer);
    REQUIRE(reader.readHeader({ { QStringLiteral("id"), true },
                                { QStringLiteral("name"), true },
                                { QStringLiteral("email") },
                                { QStringLiteral("active") },
                                { QStringLiteral("languages") } }));
    int rows = 0;
    int active = 0;
    int lastLine = 0;
    while (auto record = reader.next()) {
        ++rows;
        lastLine = record->line();
        if (record->boolean(u"active").value())
            ++active;
        if (rows == 99999)
            CHECK(record->value(u"name") == QStringLiteral("Surname 99999, Given"));
    }
    const auto elapsed = timer.elapsed();
    CHECK(reader.errors().isEmpty());
    CHECK(rows == 100000);
    CHECK(active == 50000);
    CHECK(lastLine == 100001);
    INFO("elapsed ms: " << elapsed);
    CHECK(elapsed < test::timeLimitMs(2000));
}
