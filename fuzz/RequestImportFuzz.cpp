// The requests import (core/io/RequestImporter::parse, the part that turns a file into checked rows) on any
// bytes, against the default affinity groups and a fixed "now".

#include "ImportChecks.h"
#include "core/domain/RequestRules.h"
#include "core/formats/RequestImporter.h"

#include <QBuffer>
#include <QTimeZone>

namespace {

using namespace peerdesk;

const QStringList Affinities = { QStringLiteral("bipoc"), QStringLiteral("2slgbtqi"),
                                 QStringLiteral("women_in_medicine"), QStringLiteral("img") };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
    const QByteArray input = peerdesk::fuzz::bytes(data, size);
    QBuffer buffer;
    buffer.setData(input);
    PEERDESK_FUZZ_CHECK(buffer.open(QIODevice::ReadOnly));
    const auto parsed = RequestImporter::parse(buffer, Affinities, now);

    PEERDESK_FUZZ_CHECK(parsed.report.rows == parsed.requests.size());
    PEERDESK_FUZZ_CHECK(parsed.report.ids.isEmpty());
    PEERDESK_FUZZ_CHECK(parsed.report.succeeded() == parsed.report.errorText().isEmpty());
    if (parsed.report.succeeded()) {
        // What would be taken in passes intake's own rules: received in the past, in UTC.
        for (const NewRequest& request : parsed.requests) {
            PEERDESK_FUZZ_CHECK(request_rules::validate(request, Affinities, now));
            PEERDESK_FUZZ_CHECK(request.receivedAt.isValid() && request.receivedAt <= now);
            PEERDESK_FUZZ_CHECK(request.receivedAt.timeSpec() == Qt::UTC);
        }
    }
    peerdesk::fuzz::checkNoValueInMessages(input, parsed.report);
    return 0;
}
