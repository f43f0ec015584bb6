#pragma once

#include "core/Result.h"
#include "core/security/Kdf.h"
#include "core/security/KeyPairs.h"
#include "core/security/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

// The vault's keys each slot receives, sealed to the slot's X25519 public key. Which ones a slot holds
// follows its owner's role: everyone the data key; administrators, coordinators and the recovery key the
// identity key; administrators and the recovery key the authority's signing key. During a data-key rotation
// the *Next fields hold the keys that are about to replace the current ones.
struct SealedKeys
{
    QByteArray data;
    QByteArray dataNext;
    QByteArray identity;
    QByteArray authority;
    QByteArray authorityNext;
};

// What a slot's owner last saw, signed with the slot's own signing key: the authority key they trust (an index
// into the keyring's authority chain), the newest membership serial and the newest audit row. Their next unlock,
// and every other person's unlock and verify, compare the vault with it, so a vault rolled back or rewritten
// behind their back is noticed. It also covers the slot's own fields (kind, login, public keys, key
// derivation), so only the slot's owner can change them.
struct Witness
{
    int authority = -1;
    qint64 membership = 0;
    qint64 auditId = 0; // 0: no audit row yet
    QString auditHash; // lower-case hex; empty when auditId is 0
    QByteArray signature;

    bool isNull() const { return signature.isEmpty(); }
};

// One person's (or the recovery key's) way into the vault (docs/file-format.md, "keyring.json"): an X25519 key
// pair for receiving keys and an Ed25519 key pair for signing, whose secret halves are wrapped together under a
// key derived from their passphrase.
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
    QByteArray ciphertext; // the wrapped secret keys + 16-byte tag
    QByteArray publicKey; // X25519, 32 bytes
    QByteArray signingKey; // Ed25519, 32 bytes; empty only for a slot carried over from format 2 (legacy)
    SealedKeys sealed;
    Witness witness;

    // A format-2 slot: its wrap holds only the X25519 key. Its owner's next unlock replaces it.
    bool legacy() const { return signingKey.isEmpty(); }
};

// A key of the authority chain: index 0 is made with the vault; each later one is endorsed (signed) by the one
// before it when a rotation replaces it.
struct AuthorityKey
{
    QByteArray publicKey;
    QByteArray endorsement; // empty for index 0
};

// The keys the authority vouches for, by their public fingerprints (key_pairs::keyCheck): a slot that opens a
// data or identity key not named here was given it by someone who is not this vault's administrator.
struct KeyStatement
{
    qint64 epoch = 0;
    QByteArray dataCheck;
    QByteArray identityCheck;
    qint64 nextEpoch = 0; // during a rotation: the data key about to replace the current one
    QByteArray nextDataCheck;
    int authority = -1; // the chain index of the key that signed
    QByteArray signature;

    bool rotating() const { return nextEpoch != 0; }
};

// A slot's secret halves, once unwrapped.
struct SlotSecrets
{
    BoxKeyPair box;
    SigningKey signing; // null for a legacy slot

    SlotSecrets copy() const { return { box.copy(), signing.copy() }; }
};

// The vault's keys as one slot opened them.
struct VaultKeys
{
    SecureBuffer data;
    std::optional<SecureBuffer> dataNext;
    std::optional<SecureBuffer> identity;
    std::optional<SigningKey> authority;
    std::optional<SigningKey> authorityNext;

    VaultKeys copy() const;
    // The authority key that signs now: the next one while a rotation is under way.
    const SigningKey* signingAuthority() const;
};

// Which of the vault's keys a slot receives besides the data key.
struct Grants
{
    bool identity = false;
    bool authority = false;
};

// The key slots of one vault, the authority chain and the key statement. Pure data plus the cryptography; reading
// and writing the file is KeyringFile's job, and checking slots against the vault's accounts is Membership's.
class Keyring final
{
public:
    static constexpr int DataKeyBytes = 32;
    static constexpr int FormatVersion = 3;

    explicit Keyring(QString vaultId = {});

    // Validates the structure (sizes, encodings, bounds, consistency); Damaged on any fault. A format-2 keyring
    // (before the authority) is read with every slot legacy and formatVersion() 2, for the upgrade.
    static Result<Keyring> fromJson(const QByteArray& json);
    QByteArray toJson() const; // always the current format

    int formatVersion() const { return m_formatVersion; }
    const QString& vaultId() const { return m_vaultId; }
    const QList<KeySlot>& slots() const { return m_slots; }
    std::optional<KeySlot> slot(const QString& id) const;
    std::optional<KeySlot> passphraseSlotFor(const QString& login) const;
    std::optional<KeySlot> recoverySlot() const;
    const QList<AuthorityKey>& authorityChain() const { return m_authority; }
    const KeyStatement& statement() const { return m_statement; }
    bool rotating() const { return m_statement.rotating(); }

    // A slot with fresh key pairs wrapped under a key derived from secret (slow: Argon2id), unsealed and without
    // a witness; secrets receives the new key pairs.
    static Result<KeySlot> makeSlot(const QString& vaultId, QString slotId, KeySlot::Kind kind, QString user,
                                    const SecureBuffer& secret, const KdfParams& params, SlotSecrets& secrets);
    // The same wrapped under a key already derived (kdf::deriveKey(secret, salt, params)): a program server's slots
    // take their salt from the connection profile (ServerProfile::slotSalt), and the same key gives the database
    // password.
    static KeySlot makeSlotWithKey(const QString& vaultId, QString slotId, KeySlot::Kind kind, QString user,
                                   const SecureBuffer& wrappingKey, const KdfParams& params, const QByteArray& salt,
                                   SlotSecrets& secrets);

    // Authentication error for a wrong secret (never says more); Damaged when the wrapped keys do not match the
    // slot's public keys.
    Result<SlotSecrets> unwrap(const KeySlot& slot, const SecureBuffer& secret) const;
    // The same with the key derived from the secret with the slot's salt and cost.
    Result<SlotSecrets> unwrapWithKey(const KeySlot& slot, const SecureBuffer& wrappingKey) const;
    // Opens every key sealed to the slot. Damaged when one does not open with the slot's own key pair.
    Result<VaultKeys> openKeys(const KeySlot& slot, const BoxKeyPair& box) const;
    // Seals keys to the slot as granted (the data key always), replacing what it held.
    static void seal(KeySlot& slot, const VaultKeys& keys, Grants grants);

    // Walks the authority chain from the key a slot pinned to the newest, checking every endorsement; returns the
    // newest index. Damaged when the pinned key is not in the chain or a link is forged.
    Result<int> verifyAuthorityFrom(int pinnedIndex) const;
    // The key statement is signed by the newest authority key and names every key these are.
    Result<void> verifyStatement(const VaultKeys& keys) const;
    Result<void> verifyWitness(const KeySlot& slot) const;
    void signWitness(KeySlot& slot, const SigningKey& own, int authority, qint64 membership, qint64 auditId,
                     const QString& auditHash) const;

    // The first authority key and statement of a new (or upgraded) vault.
    void establish(const SigningKey& authority, const SecureBuffer& dataKey, const SecureBuffer& identityKey);
    // A keyring of the same vault with this one's authority chain and statements, and no slot (a repair puts back
    // the slots it keeps).
    Keyring withoutSlots() const;

    // Data-key rotation, in two steps that each leave a keyring which opens the vault (VaultSession::
    // rotateDataKey): beginRotation seals the next data key to every slot and the next authority key to the
    // slots that hold the current one, appends the next authority key to the chain (endorsed by the current
    // one) and has it sign two statements: one naming both data keys, for now, and one naming only the next, for
    // after; finishRotation makes the next keys the only ones, with the second statement, so whoever unlocks
    // can finish it without the authority key.
    Result<void> beginRotation(const VaultKeys& current, const SecureBuffer& nextData, const SigningKey& nextAuthority);
    void finishRotation();
    // A program server's change of the identity key (VaultSession::rotateIdentityKey), in one step: the next
    // authority key is appended to the chain (endorsed by the current one) and signs a statement naming the next
    // identity key; every slot that held the identity key receives the next one instead, and every slot that held
    // the authority key the next authority key. The data key stays (a server's database has no key of PeerDesk's).
    Result<void> replaceIdentityKey(const VaultKeys& current, const SecureBuffer& nextIdentity,
                                    const SigningKey& nextAuthority);

    bool removeSlot(const QString& slotId);
    // Adds a slot made elsewhere; false when its id or user is taken, for a second recovery slot, and during a
    // rotation (its sealed keys would miss the next data key).
    bool insertSlot(const KeySlot& slot);
    // Puts a slot in place of the one with its id, kind and user; false when there is none.
    bool replaceSlot(const KeySlot& slot);

    // What a witness signature covers, and what the authority and statement signatures cover
    // (docs/file-format.md gives each text).
    static QByteArray witnessMessage(const QString& vaultId, const KeySlot& slot, const QByteArray& authorityKey);
    static QByteArray endorsementMessage(const QString& vaultId, int index, const QByteArray& publicKey);
    static QByteArray statementMessage(const QString& vaultId, const KeyStatement& statement);

private:
    KeyStatement signedStatement(qint64 epoch, const QByteArray& dataCheck, qint64 nextEpoch,
                                 const QByteArray& nextDataCheck, const SigningKey& authority) const;

    int m_formatVersion = FormatVersion;
    QString m_vaultId;
    QList<AuthorityKey> m_authority;
    KeyStatement m_statement;
    KeyStatement m_statementAfterRotation; // only while rotating
    QList<KeySlot> m_slots;
};

} // namespace peerdesk
