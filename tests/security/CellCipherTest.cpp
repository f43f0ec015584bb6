// Identity cells across generations of the identity key (docs/file-format.md, "Identity cells"; docs/server.md,
// "Changing the identity key"): what each generation's cipher writes, reads and refuses.
#include "core/security/CellCipher.h"

#include "CatchCompat.h"

using namespace peerdesk;

namespace {

const QString VaultId = QStringLiteral("5f0c7b8e-1d2a-4c3b-9e8f-a1b2c3d4e5f6");

} // namespace

TEST_CASE("A cipher of a later generation writes under it and still reads the earlier generations it holds",
          "[security][cells]")
{
    const SecureBuffer first = SecureBuffer::random(CellCipher::KeyBytes);
    const SecureBuffer second = SecureBuffer::random(CellCipher::KeyBytes);
    const CellCipher before(VaultId, first);
    CHECK(before.epoch() == CellCipher::FirstEpoch);
    const QByteArray old = before.encrypt("requests", "name_ct", 7, QStringLiteral("Robin Tremblay"));
    CHECK(CellCipher::epochOf(old) == 1u);

    std::vector<CellCipher::EarlierKey> earlier;
    earlier.push_back({ 1, SecureBuffer::copyOf(first.data(), first.size()) });
    const CellCipher after(VaultId, second, 2, earlier);
    const QByteArray fresh = after.encrypt("requests", "name_ct", 7, QStringLiteral("Robin Tremblay"));
    CHECK(CellCipher::epochOf(fresh) == 2u);
    CHECK(after.decrypt("requests", "name_ct", 7, old) == QStringLiteral("Robin Tremblay"));
    CHECK(after.decrypt("requests", "name_ct", 7, fresh) == QStringLiteral("Robin Tremblay"));
    CHECK(after.holdsEpoch(1));
    CHECK_FALSE(after.holdsEpoch(3));
    CHECK(after.copyEarlierKeys().size() == 1);

    // The earlier cipher cannot read the later generation, and a header relabelled to the earlier generation opens
    // under neither key: the generation is part of what the tag covers.
    CHECK_FALSE(before.decrypt("requests", "name_ct", 7, fresh));
    QByteArray relabelled = fresh;
    relabelled[4] = 1;
    CHECK_FALSE(before.decrypt("requests", "name_ct", 7, relabelled));
    CHECK_FALSE(after.decrypt("requests", "name_ct", 7, relabelled));
    // Without the earlier key, a cell of the earlier generation does not open.
    const CellCipher alone(VaultId, second, 2);
    CHECK_FALSE(alone.decrypt("requests", "name_ct", 7, old));
    // Blind indexes follow the newest key only.
    CHECK(after.blindIndex("supporter-email", QStringLiteral("a@example.org"))
          == alone.blindIndex("supporter-email", QStringLiteral("a@example.org")));
    CHECK(after.blindIndex("supporter-email", QStringLiteral("a@example.org"))
          != before.blindIndex("supporter-email", QStringLiteral("a@example.org")));
    CHECK_FALSE(CellCipher::epochOf(QByteArray()));
    CHECK_FALSE(CellCipher::epochOf(QByteArray("\x02\x00\x00\x00\x01", 5)));
}
