// Backup files (core/services/BackupFormat): the container that backup inspect, verify and restore read
// before anything else, and whose header alone the automatic backups read for every file in the backup folder.
// The checksums keep mutated inputs from the keyring inside; keyring parsing has its own target.

#include "FuzzSupport.h"
#include "core/formats/BackupFormat.h"

#include <QBuffer>

namespace {

using namespace peerdesk;

const QString Name = QStringLiteral("fuzz.pdbackup");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = peerdesk::fuzz::bytes(data, size);

    QBuffer headerOnly;
    headerOnly.setData(input);
    PEERDESK_FUZZ_CHECK(headerOnly.open(QIODevice::ReadOnly));
    const auto header = backup::format::readHeader(headerOnly, Name);

    QBuffer whole;
    whole.setData(input);
    PEERDESK_FUZZ_CHECK(whole.open(QIODevice::ReadOnly));
    const auto info = backup::format::check(whole, Name);

    if (!info) {
        PEERDESK_FUZZ_CHECK(info.error().code == ErrorCode::Damaged);
        PEERDESK_FUZZ_CHECK(info.error().message.contains(Name));
        return 0;
    }
    // Whatever passes the whole check passes the header check, and its parts fill the file exactly.
    PEERDESK_FUZZ_CHECK(header);
    PEERDESK_FUZZ_CHECK(header->info.vaultId == info->vaultId);
    PEERDESK_FUZZ_CHECK(info->keyringBytes > 0 && info->databaseBytes > 0 && info->createdAt.isValid());
    PEERDESK_FUZZ_CHECK(header->offset + info->keyringBytes + info->databaseBytes == input.size());
    return 0;
}
