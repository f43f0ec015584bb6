#pragma once

#include "Result.h"
#include "security/Kdf.h"
#include "security/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

// One wrapped copy of the data key (docs/file-format.md, "keyring.json").
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
    QByteArray ciphertext; // 32-byte key + 16-byte tag
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

    // Wraps dataKey under a KEK derived from secret; returns the new slot's id. Slow (Argon2id).
    Result<QString> addPassphraseSlot(const QString& login, const SecureBuffer& secret, const SecureBuffer& dataKey,
                                      const KdfParams& params);
    Result<QString> addRecoverySlot(const SecureBuffer& secret, const SecureBuffer& dataKey, const KdfParams& params);
    // Rewraps an existing slot under a new secret (new salt and nonce, same id and cost).
    Result<void> rewrapSlot(const QString& slotId, const SecureBuffer& secret, const SecureBuffer& dataKey);
    bool removeSlot(const QString& slotId);
    // Puts a slot rewrapped elsewhere (e.g. on a copy of this keyring) in place of the slot with its id.
    bool replaceSlot(const KeySlot& slot);

    // Authentication error for a wrong secret; never says more.
    Result<SecureBuffer> unwrap(const KeySlot& slot, const SecureBuffer& secret) const;

private:
    Result<KeySlot> wrap(QString slotId, KeySlot::Kind kind, QString user, const SecureBuffer& secret,
                         const SecureBuffer& dataKey, const KdfParams& params) const;

    QString m_vaultId;
    QList<KeySlot> m_slots;
};

} // namespace peerdesk
