#pragma once

#include "Result.h"
#include "security/Kdf.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

// One person's (or the recovery key's) way to the data key (docs/file-format.md, "keyring.json"): an X25519
// key pair whose secret half is wrapped under a key derived from their passphrase, and the data key sealed to
// its public half. Sealing needs no secret, so an administrator can give every remaining slot a new data key
// (rotation) without anyone's passphrase.
struct KeySlot
{
    enum class Kind
    {
        Passphrase,
        Recovery
    };

    QString id; // UUID without braces
    Kind kind = Kind::Passphrase;
    QString user; // login; passphrase slots only
    KdfParams kdf;
    QByteArray salt; // 16 bytes
    QByteArray nonce; // 24 bytes
    QByteArray ciphertext; // the slot's 32-byte X25519 secret key + 16-byte tag
    QByteArray publicKey; // 32 bytes
    QByteArray sealedKey; // the data key sealed to publicKey (32 + 48 bytes)
    QByteArray sealedNextKey; // during a rotation only: the next data key, sealed the same way
};

// What a slot's secret opens: the data key, and the next one while a rotation is under way.
struct SlotKeys
{
    SecureBuffer dataKey;
    std::optional<SecureBuffer> nextDataKey;
};

// The set of key slots of one vault. Pure data plus the crypto to wrap and unwrap; reading and writing the
// file is KeyringFile's job.
class Keyring final
{
public:
    static constexpr int DataKeyBytes = 32;

    explicit Keyring(QString vaultId = {});

    static Result<Keyring> fromJson(const QByteArray& json); // validates everything; Damaged on any fault
    QByteArray toJson() const;

    const QString& vaultId() const { return m_vaultId; }
    const QList<KeySlot>& slots() const { return m_slots; }
    std::optional<KeySlot> passphraseSlotFor(const QString& login) const;
    std::optional<KeySlot> recoverySlot() const;

    // A new slot: a fresh key pair, its secret half wrapped under a KEK derived from secret, dataKey sealed to
    // it; returns the slot's id. Slow (Argon2id). Not during a rotation (InvalidInput).
    Result<QString> addPassphraseSlot(const QString& login, const SecureBuffer& secret, const SecureBuffer& dataKey,
                                      const KdfParams& params);
    Result<QString> addRecoverySlot(const SecureBuffer& secret, const SecureBuffer& dataKey, const KdfParams& params);
    // Rewraps an existing slot under a new secret (a new key pair, salt and nonce; same id and cost), with dataKey
    // sealed to it. Not during a rotation (InvalidInput).
    Result<void> rewrapSlot(const QString& slotId, const SecureBuffer& secret, const SecureBuffer& dataKey);
    bool removeSlot(const QString& slotId);
    // Adds a slot made elsewhere (VaultSession::makePassphraseSlot); false when its id or user is taken or a
    // rotation is under way (its sealed key would miss the next data key).
    bool insertSlot(const KeySlot& slot);
    // Puts a slot rewrapped elsewhere (e.g. on a copy of this keyring) in place of the slot with its id.
    bool replaceSlot(const KeySlot& slot);

    // Authentication error for a wrong secret; never says more.
    Result<SecureBuffer> unwrap(const KeySlot& slot, const SecureBuffer& secret) const;
    Result<SlotKeys> unwrapKeys(const KeySlot& slot, const SecureBuffer& secret) const;

    // Data-key rotation, in three steps that each leave a keyring which opens the vault (VaultSession::
    // rotateDataKey): beginRotation seals nextKey to every slot beside the current key; finishRotation makes it
    // the only key; abandonRotation drops it.
    bool rotating() const;
    Result<void> beginRotation(const SecureBuffer& nextKey);
    void finishRotation();
    void abandonRotation();

private:
    Result<KeySlot> wrap(QString slotId, KeySlot::Kind kind, QString user, const SecureBuffer& secret,
                         const SecureBuffer& dataKey, const KdfParams& params) const;

    QString m_vaultId;
    QList<KeySlot> m_slots;
};

} // namespace peerdesk
