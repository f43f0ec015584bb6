// keyring.json parsing (core/security/Keyring::fromJson, which keyring_file::load calls on the file's bytes).
// Whatever it accepts must write back (toJson) to a keyring that reads the same and writes the same bytes.
// Unwrapping is left out: it runs Argon2id, far too slow per input, and needs the secret anyway.

#include "FuzzSupport.h"
#include "core/security/Keyring.h"

namespace {

using namespace peerdesk;

bool sameSlot(const KeySlot& a, const KeySlot& b)
{
    return a.id == b.id && a.kind == b.kind && a.user == b.user && a.kdf == b.kdf && a.salt == b.salt
        && a.nonce == b.nonce && a.ciphertext == b.ciphertext && a.publicKey == b.publicKey
        && a.signingKey == b.signingKey && a.sealed.data == b.sealed.data && a.sealed.dataNext == b.sealed.dataNext
        && a.sealed.identity == b.sealed.identity && a.sealed.authority == b.sealed.authority
        && a.sealed.authorityNext == b.sealed.authorityNext && a.witness.authority == b.witness.authority
        && a.witness.membership == b.witness.membership && a.witness.auditId == b.witness.auditId
        && a.witness.auditHash == b.witness.auditHash && a.witness.signature == b.witness.signature;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto keyring = Keyring::fromJson(peerdesk::fuzz::bytes(data, size));
    if (!keyring) {
        PEERDESK_FUZZ_CHECK(keyring.error().code == ErrorCode::Damaged && !keyring.error().message.isEmpty());
        return 0;
    }
    PEERDESK_FUZZ_CHECK(!keyring->slots().isEmpty());
    for (const KeySlot& slot : keyring->slots()) {
        PEERDESK_FUZZ_CHECK(slot.kdf.validate());
        if (slot.kind == KeySlot::Kind::Passphrase) {
            const auto found = keyring->passphraseSlotFor(slot.user);
            PEERDESK_FUZZ_CHECK(found && found->id == slot.id);
        } else {
            const auto found = keyring->recoverySlot();
            PEERDESK_FUZZ_CHECK(found && found->id == slot.id);
        }
    }

    const QByteArray json = keyring->toJson();
    const auto again = Keyring::fromJson(json);
    PEERDESK_FUZZ_CHECK(again);
    PEERDESK_FUZZ_CHECK(again->vaultId() == keyring->vaultId());
    PEERDESK_FUZZ_CHECK(again->rotating() == keyring->rotating());
    PEERDESK_FUZZ_CHECK(again->slots().size() == keyring->slots().size());
    for (qsizetype i = 0; i < keyring->slots().size(); ++i)
        PEERDESK_FUZZ_CHECK(sameSlot(again->slots().at(i), keyring->slots().at(i)));
    PEERDESK_FUZZ_CHECK(again->authorityChain().size() == keyring->authorityChain().size());
    PEERDESK_FUZZ_CHECK(again->toJson() == json);
    return 0;
}
