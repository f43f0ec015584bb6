// The supporters import (core/io/SupporterImporter::parse, the part that turns a file into checked rows) on any
// bytes, against the default affinity groups and a roster holding one email.

#include "ImportChecks.h"
#include "core/domain/SupporterRules.h"
#include "core/formats/SupporterImporter.h"

#include <QBuffer>

namespace {

using namespace peerdesk;

const QStringList Affinities = { QStringLiteral("bipoc"), QStringLiteral("2slgbtqi"),
                                 QStringLiteral("women_in_medicine"), QStringLiteral("img") };
const QString TakenEmail = QStringLiteral("taken@example.org");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = peerdesk::fuzz::bytes(data, size);
    QBuffer buffer;
    buffer.setData(input);
    PEERDESK_FUZZ_CHECK(buffer.open(QIODevice::ReadOnly));
    const auto parsed
        = SupporterImporter::parse(buffer, Affinities, { TakenEmail }, { QStringLiteral("Peer support basics") });

    PEERDESK_FUZZ_CHECK(parsed.report.rows == parsed.supporters.size());
    PEERDESK_FUZZ_CHECK(parsed.report.ids.isEmpty());
    PEERDESK_FUZZ_CHECK(parsed.report.succeeded() == parsed.report.errorText().isEmpty());
    if (parsed.report.succeeded()) {
        // What would be written passes the roster's own rules, and no email is there twice.
        QStringList emails{ TakenEmail.toCaseFolded() };
        for (const Supporter& supporter : parsed.supporters) {
            PEERDESK_FUZZ_CHECK(supporter_rules::validate(supporter, Affinities));
            if (!supporter.email.isEmpty()) {
                PEERDESK_FUZZ_CHECK(!emails.contains(supporter.email.toCaseFolded()));
                emails.append(supporter.email.toCaseFolded());
            }
        }
    }
    peerdesk::fuzz::checkNoValueInMessages(input, parsed.report);
    return 0;
}
