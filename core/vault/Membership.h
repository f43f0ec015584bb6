#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"
#include "core/security/Kdf.h"
#include "core/security/Keyring.h"
#include "core/storage/StaffKeyRepository.h"
#include "core/storage/UserRepository.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace peerdesk {

class Database;

enum class MemberState
{
    Active,
    Inactive, // deactivated: may come back with a new slot
    Removed, // ended for good
};

// A slot's first key pair as its account was given it, and the audit row from which it may no longer sign (the
// row that ended the slot; 0 while the slot is in use).
struct SlotRoot
{
    QString slotId;
    QByteArray boxKey;
    QByteArray signingKey; // empty for a slot carried over from format 2 (its owner's first unlock gives it one)
    qint64 until = 0;
};

struct Member
{
    qint64 id = 0;
    QString login;
    Role role = Role::Reporting;
    MemberState state = MemberState::Active;
    QString slotId; // the current (or, for an ended account, the last) slot
    QList<SlotRoot> slots; // every slot the account had, oldest first
    // A supporter's account on a program server: the roster entry whose matches it works. Signed with the rest, so
    // that whoever rewrites users.supporter_id (the server's operator) cannot have a card sealed to another account.
    qint64 supporterId = 0;
};

// Who belongs to the vault, with which role and slot: the document an administrator signs with the authority key
// (docs/file-format.md, "Membership"). It lives in the database (`meta`), so editing it needs the data key, and
// it is signed, so editing it needs the authority key too: a coordinator with a SQL shell cannot give herself a
// role, and nobody without the data key can add a slot that matches it.
struct Membership
{
    QString vaultId;
    qint64 serial = 0; // grows with every change: an older document put back is recognised
    int authority = 0; // the chain index of the key that signed
    qint64 auditSignedFrom = 1; // audit rows before this one were written before rows were signed (an upgrade)
    KdfParams slotCost; // what new slots cost (the vault creator's choice)
    QList<Member> users;
    QString recoverySlot;
    QList<SlotRoot> recoverySlots; // every recovery slot, oldest first

    QByteArray body() const; // compact JSON with sorted keys: exactly the bytes signed
    static Result<Membership> parse(const QByteArray& body);
    static QByteArray signatureMessage(const QByteArray& body);

    const Member* memberByLogin(const QString& login) const;
    const Member* memberById(qint64 id) const;
    Member* memberById(qint64 id);
    // The keys a slot receives besides the data key: by its account's role, or everything for the recovery slot.
    Grants grantsFor(const KeySlot& slot) const;
    static Grants grantsForRole(Role role);
};

namespace membership_store {

// The signed membership in the database, checked against the keyring's newest authority key. nullopt for a
// vault from before membership (format 2, before its upgrade); Damaged when the signature does not verify.
Result<std::optional<Membership>> load(Database& database, const Keyring& keyring);
// Signs membership with the authority key (the keyring's newest, at chain index `authority`) and stores it.
Result<void> save(Database& database, Membership membership, const SigningKey& authority, int authorityIndex);

} // namespace membership_store

// A key a slot held, and the audit rows it may sign: from `since` (the row recording it) to before `until` (the row
// that replaced or ended it; 0 while current).
struct SlotKey
{
    QString slotId;
    int seq = 0;
    QByteArray boxKey;
    QByteArray signingKey;
    qint64 since = 0;
    qint64 until = 0;
};

// Every key every slot ever held, from the membership's roots and the successions in staff_keys, each succession's
// signature checked (by the key before it, by a recovery key, or, for a format-2 slot's first key, by itself).
class KeyDirectory final
{
public:
    // problems receives one line per succession that does not verify; keys after it are left out.
    static KeyDirectory build(const QString& vaultId, const Membership& membership,
                              const QList<StaffKeyRecord>& successions, QStringList& problems);

    // The newest key of a slot; nullopt for a slot the membership does not know.
    std::optional<SlotKey> current(const QString& slotId) const;
    const SlotKey* bySigningKey(const QByteArray& signingKey) const;
    // The login whose slot it is; empty for a recovery slot.
    QString ownerOf(const QString& slotId) const { return m_owners.value(slotId); }
    bool isRecovery(const QString& slotId) const { return m_recovery.contains(slotId); }
    int nextSeq(const QString& slotId) const;

    // What a succession signature covers (docs/file-format.md).
    static QByteArray successionMessage(const QString& vaultId, const QString& slotId, int seq,
                                        const QByteArray& boxKey, const QByteArray& signingKey, qint64 since);

private:
    QHash<QString, QList<SlotKey>> m_bySlot;
    QHash<QByteArray, SlotKey> m_bySigningKey;
    QHash<QString, QString> m_owners;
    QSet<QString> m_recovery;
};

// Whether keyring.json, the users table and the signed membership agree (docs/security.md, "Membership"). Each
// problem is one translated line naming the account or slot, never a physician.
struct MembershipCheckInput
{
    const Keyring* keyring = nullptr;
    const Membership* membership = nullptr;
    const QList<UserRecord>* users = nullptr;
    const KeyDirectory* directory = nullptr;
    // Whether audit row id is there with this hash (a witness's row as its owner saw it).
    std::function<Result<bool>(qint64, const QString&)> auditRowAsSeen;
    // users.supporter_id by account id, when the person signing in may read it (administrators and coordinators):
    // compared with the signed links. nullopt for the others, whose sign-in leaves that check to them.
    std::optional<QHash<qint64, qint64>> supporterLinks;
};
Result<QStringList> membershipProblems(const MembershipCheckInput& input);

MemberState memberStateOf(const UserRecord& user);

} // namespace peerdesk
