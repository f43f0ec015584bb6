// The CSV reader (core/io/CsvReader) on any bytes. Each input is read three ways, and what they read is checked
// against the reader's promises (docs/import-formats.md):
//  - from memory, with the default limits;
//  - from a device that hands the bytes over a few at a time, like a slow pipe: refills then fall inside a BOM,
//    a quoted field, a doubled quote or a CRLF. It must read exactly what the first reading read;
//  - from memory with tiny limits and declared columns, so that the limits and the header checks are reached.

#include "FuzzSupport.h"
#include "core/formats/CsvReader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

using namespace peerdesk;

class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step) : m_data(std::move(data)), m_step(step) { }

    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* into, qint64 capacity) override
    {
        const qint64 n = std::min({ capacity, m_step, m_data.size() - pos() });
        std::memcpy(into, m_data.constData() + pos(), static_cast<std::size_t>(n));
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
};

struct Reading
{
    bool headerRead = false;
    QStringList header;
    QList<QStringList> records;
    QList<int> lines;
    QList<int> errorLines;
    QStringList errors;
    QStringList warnings;
    bool stopped = false;

    bool operator==(const Reading&) const = default;
};

Reading read(CsvReader& reader, const QList<CsvColumn>& columns, const CsvLimits& limits)
{
    Reading reading;
    reading.headerRead = bool(reader.readHeader(columns));
    PEERDESK_FUZZ_CHECK(reading.headerRead == !reader.hasErrors());
    reading.header = reader.headerNames();
    while (const auto record = reader.next()) {
        PEERDESK_FUZZ_CHECK(reading.headerRead);
        PEERDESK_FUZZ_CHECK(record->fields().size() == reading.header.size());
        PEERDESK_FUZZ_CHECK(reading.lines.isEmpty() || record->line() > reading.lines.constLast());
        PEERDESK_FUZZ_CHECK(record->line() > 0);
        // A sound header names each column once, so every name finds its own field.
        for (qsizetype i = 0; i < reading.header.size(); ++i) {
            PEERDESK_FUZZ_CHECK(record->hasColumn(reading.header.at(i)));
            PEERDESK_FUZZ_CHECK(record->rawValue(reading.header.at(i)) == record->fields().at(i));
            PEERDESK_FUZZ_CHECK(record->value(reading.header.at(i)) == record->fields().at(i).trimmed());
            PEERDESK_FUZZ_CHECK(record->fields().at(i).size() <= limits.maxFieldBytes);
        }
        if (!reading.header.isEmpty()) {
            const QString& first = reading.header.constFirst();
            const auto parsed = csv::parseBoolean(record->value(first));
            const auto boolean = record->boolean(first);
            PEERDESK_FUZZ_CHECK(bool(boolean) == parsed.has_value());
            PEERDESK_FUZZ_CHECK(!parsed || *boolean == *parsed);
        }
        reading.records.append(record->fields());
        reading.lines.append(record->line());
    }
    // The end stays the end.
    PEERDESK_FUZZ_CHECK(!reader.next());
    for (const CsvIssue& issue : reader.errors()) {
        PEERDESK_FUZZ_CHECK(issue.line >= 0 && !issue.message.isEmpty());
        reading.errorLines.append(issue.line);
        reading.errors.append(issue.message);
    }
    for (const CsvIssue& issue : reader.warnings())
        reading.warnings.append(issue.message);
    // maxErrors, then one last message saying that reading stopped.
    PEERDESK_FUZZ_CHECK(reader.errors().size() <= limits.maxErrors + 1);
    PEERDESK_FUZZ_CHECK(bool(reader.status()) == !reader.hasErrors());
    PEERDESK_FUZZ_CHECK(reader.status() || reader.status().error().code == ErrorCode::InvalidInput);
    reading.stopped = reader.stopped();
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = peerdesk::fuzz::bytes(data, size);
    const CsvLimits limits;

    CsvReader fromMemory(input, limits);
    const Reading whole = read(fromMemory, {}, limits);

    TrickleDevice device(input, 1 + qint64(size % 5));
    PEERDESK_FUZZ_CHECK(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CsvReader fromDevice(&device, limits);
    const Reading trickled = read(fromDevice, {}, limits);
    PEERDESK_FUZZ_CHECK(trickled == whole);

    CsvLimits tiny;
    tiny.maxFieldBytes = 8;
    tiny.maxFieldsPerRecord = 4;
    tiny.maxErrors = 3;
    CsvReader limited(input, tiny);
    read(limited, { { QStringLiteral("name"), true }, { QStringLiteral("email") } }, tiny);
    return 0;
}
