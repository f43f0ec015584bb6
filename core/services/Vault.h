#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Role.h"
#include "security/Kdf.h"
#include "security/Keyring.h"
#include "security/PassphrasePolicy.h"
#include "security/SecureBuffer.h"
#include "services/Membership.h"
#include "services/ProgramSettings.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace peerdesk {

class AuditLog;
class CellCipher;
class Database;
class RosterCache;
class VaultLock;

struct NewVaultRequest
{
    QString directory;
    QString adminLogin; // lower-case letters, digits, '.', '_' and '-'; 2 to 64 characters
    QString adminDisplayName; // shown in the title bar and audit views; 1 to 100 characters
    SecureBuffer adminPassphrase; // UTF-8; must satisfy passphrase_policy
    KdfParams kdf = KdfParams::interactiveDefault();
};

// A slot made for an account: the format-2 slot's successor made at its owner's unlock, or a new passphrase's.
struct PreparedSlot
{
    KeySlot slot;
    SlotSecrets secrets;
};

// The vault's keys, unwrapped from one slot and checked against the keyring's authority. Producing it is the slow
// half of unlocking (Argon2id) and may run on a worker thread; it touches no file but keyring.json, which it only
// reads.
struct UnlockedKey
{
    QString directory;
    QString login; // the person who unlocked (with the recovery key: the person being recovered)
    QString slotId; // the slot that was unwrapped (the recovery slot when the recovery key was used)
    bool recovered = false;
    Keyring keyring;
    QByteArray keyringBytes; // keyring.json as read
    SlotSecrets secrets;
    VaultKeys keys;
    // A format-2 slot is replaced at its owner's first unlock by one with a signing key, made here with the same
    // secret and cost (the slow part).
    std::optional<PreparedSlot> replacement;
};

// What vault::create hands back: the recovery key to show once, and the first administrator's keys already
// unwrapped, so the window opens the new vault without asking for the passphrase just chosen (issue 23).
struct CreatedVault
{
    QString recoveryKey; // formatted for reading out; shown once and never stored
    bool weakKeyDerivation = false; // the vault's slots cost less than the default (KdfParams::isWeak)
    std::optional<UnlockedKey> adminKey; // in locked memory; vault::open it, or let it go to wipe it
};

struct CurrentUser
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Reporting;
    bool mustChangePassphrase = false;
};

struct VerifyReport
{
    bool ok = true;
    QStringList problems; // translated, one line each; no physician data
    qint64 auditRows = 0;
};

class VaultSession;

// A copy of an open session's keys and user, to be handed to a worker thread. The keys live in locked memory and
// are wiped when the ticket (or the session opened from it) is destroyed.
struct WorkerTicket
{
    QString directory;
    VaultKeys keys;
    SlotSecrets secrets;
    QString slotId;
    bool recovered = false;
    Keyring keyring;
    Membership membership;
    CurrentUser user;
    const Clock* clock = nullptr;
};

namespace vault {

constexpr int LoginMaxLength = 64;
constexpr int DisplayNameMaxLength = 100;

// True when dir already holds a vault file (peerdesk.db or keyring.json).
bool existsAt(const QString& directory);

// What is in a folder: nothing of PeerDesk's, a vault, or peerdesk.db without its keyring (left by a setup
// that was interrupted in a folder that already existed) which nothing can ever open.
enum class FolderState
{
    Empty,
    Vault,
    DatabaseWithoutKeyring
};
FolderState inspect(const QString& directory);
// InvalidInput, saying what is there, unless the folder is free for a new vault.
Result<void> checkFolderIsFree(const QString& directory);
// What to say when slots are made at a cost below the default (KdfParams::isWeak): empty when the cost is sound.
QString weakCostWarning(const KdfParams& cost);

// What is stored and compared: trimmed and lower-cased, so "Sam " and "sam" are one person.
QString normaliseLogin(const QString& login);

// Words that make a person's passphrase easy to guess: their login and each word of their name. The same list
// is used to check a new passphrase everywhere (create, change, and the dialogs' strength meters).
QStringList personalWords(const QString& login, const QString& displayName);

// InvalidInput saying why when a passphrase (NFC-normalised, passphrase_policy::normalise) is too weak.
Result<void> checkPassphraseStrength(const SecureBuffer& secret, const QStringList& personalWords);

// InvalidInput when a login is not acceptable (and says why). Give it normaliseLogin()'s result.
Result<void> validateLogin(const QString& login);
Result<void> validateDisplayName(const QString& displayName);

// Creates peerdesk.db and keyring.json with the first administrator's slot and a recovery slot. All or
// nothing: on failure no vault file is left behind, and when the folder is new the vault is built in a
// sibling folder and renamed into place, so even a crash leaves either a whole vault or none. Refuses a
// folder that already holds a vault.
Result<CreatedVault> create(NewVaultRequest request, const Clock& clock);

// Authentication error (the same one) for an unknown user and for a wrong passphrase; Damaged naming the
// file when keyring.json is missing or damaged, or when the keys it gives were not issued by this vault's
// authority (a forged keyring or vault). Reads keyring.json only; writes nothing.
Result<UnlockedKey> unwrapWithPassphrase(const QString& directory, const QString& login,
                                         const SecureBuffer& passphrase);
Result<UnlockedKey> unwrapWithRecoveryKey(const QString& directory, const QString& login, const QString& recoveryKey);

struct OpenOptions
{
    // An administrator's unlock that puts keyring.json back in agreement with the signed membership instead of
    // refusing it (peerdesk-cli keyring repair; VaultSession::repairReport says what changed).
    bool repairKeyring = false;
};

// Opens the database with the unwrapped key on the calling thread (fast, but for an upgrade from format 2). Damaged
// naming the problem when peerdesk.db is missing, damaged, from another vault or from a newer PeerDesk, and when
// keyring.json, the accounts and the signed membership disagree (docs/security.md, "Membership").
Result<std::unique_ptr<VaultSession>> open(UnlockedKey key, const Clock& clock, OpenOptions options = {});

// A second connection, signed in as the ticket's user, on the calling thread (a connection belongs to the
// thread that opens it: destroy the result there too). Retention does not run again.
Result<std::unique_ptr<VaultSession>> openWorker(WorkerTicket ticket);

// The steps of a data-key rotation after which a crash leaves a distinct state on disk (docs/security.md,
// "Rotating the data key"). Tests stop the next rotation after one of them, as a kill would, and check that the
// next unlock finishes it.
enum class RotationStep
{
    None,
    Recorded, // the rotating keyring is in the database; keyring.json is not written yet
    KeyringWritten, // keyring.json holds the old keys and the new ones; the database is not copied yet
    Copied, // peerdesk.db.rekey is written under the new key; peerdesk.db is not replaced yet
    Swapped, // peerdesk.db is the new copy; the keyring still holds both keys
};
void stopNextRotationAfterForTests(RotationStep step);

} // namespace vault

// An unlocked vault: the open database, who is signed in, and the keys their slot opened, in locked memory.
// Destroying it (or close()) records what they saw in their slot's witness, closes the database, checkpoints the
// WAL away and wipes the keys.
class VaultSession final
{
    Q_DISABLE_COPY_MOVE(VaultSession)

public:
    ~VaultSession();

    const QString& directory() const { return m_directory; }
    // The vault's random id (keyring.json): stable identifiers for exported items (iCalendar UIDs).
    const QString& vaultId() const { return m_keyring.vaultId(); }
    const CurrentUser& user() const { return m_user; }
    const Clock& clock() const { return m_clock; }
    Database& database() { return *m_database; }
    // The program's settings in this vault: how the window and the command line read them (never through
    // database(), which is for the services).
    ProgramSettings settings();
    AuditLog& audit() { return *m_audit; }
    // The roster as match ranking reads it, kept while nothing in it changes (services/RosterCache.h).
    RosterCache& roster() { return *m_roster; }
    // Whether this person's slot holds the identity key (administrators and coordinators do; reporting users not).
    bool holdsIdentityKey() const { return m_keys.identity.has_value(); }
    // Appends an audit row as the signed-in user, inside the caller's transaction when there is one.
    Result<void> recordAudit(const QString& action, const QString& entityType,
                             std::optional<qint64> entityId = std::nullopt);
    // Records that the signed-in person was shown these people's identities: an "identity.viewed" row per record
    // (entityType "request" or "group_registration") with its id and the viewer, never the name, at most once per
    // record and unlock (one transaction).
    Result<void> recordIdentityViews(const QString& entityType, const QList<qint64>& ids);

    const Keyring& keyring() const { return m_keyring; }
    const Membership& membership() const { return m_membership; }

    // Changes the vault's accounts (administrators): one transaction in which keyring.json is re-read (and must be
    // the one PeerDesk wrote), change edits the keyring and the membership and does its database work (audit rows
    // included), the membership is signed with the authority key under the next serial, and the new keyring is
    // recorded in the database; after COMMIT keyring.json is written. A crash between the two leaves keyring.json
    // one change behind the record, which the next unlock writes again.
    Result<void> changeMembership(const std::function<Result<void>(Keyring&, Membership&)>& change);
    // The same for a change of the keyring alone (a person's own slot).
    Result<void> updateKeyring(const std::function<Result<void>(Keyring&)>& edit,
                               const std::function<Result<void>()>& databaseWork);

    // A slot for a new account (or a reactivated one) opening the keys its role receives with secret (NFC
    // normalised), at the vault's slot cost (the membership's). Made apart from the keyring (Argon2id is slow);
    // changeMembership puts it in.
    Result<KeySlot> makeAccountSlot(const QString& login, Role role, const SecureBuffer& secret) const;
    // The vault's slot cost is below the default: its slots are quick to guess (made for tests and benchmarks).
    bool weakSlotCost() const;
    const KdfParams& slotCost() const;

    // A new passphrase for the signed-in user: a new slot with new key pairs, which the old signing key (or, after
    // a recovery, the recovery key) vouches for. The passphrase must satisfy passphrase_policy and, until the
    // person chose their own, differ from the initial one an administrator gave (InvalidInput otherwise, nothing
    // written). prepare is the slow part (Argon2id) and touches no file or connection, so it may run on a worker
    // session; commit writes, on the session that will go on using the new keys.
    Result<PreparedSlot> preparePassphraseChange(const SecureBuffer& newPassphrase) const;
    Result<void> commitPassphraseChange(PreparedSlot prepared);
    Result<void> changePassphrase(const SecureBuffer& newPassphrase);

    // Replaces the data key (administrators; docs/security.md, "Rotating the data key"): a new random key, the
    // database copied under it and swapped in, every remaining slot given the new key — sealed to its public
    // key, so no one's passphrase is needed — and a new authority key, endorsed by the old one. editKeyring runs
    // first on the keyring (removing a person's slot), inside the same change. The keyring must match the
    // vault's accounts: a slot the membership does not give is refused, never sealed to. Crash-safe: killed at
    // any moment, the vault opens with the old key or the new one, and the next unlock finishes the rotation. No
    // worker connection may be open.
    Result<void> rotateDataKey(const std::function<Result<void>(Keyring&)>& editKeyring = {});

    // A new recovery key (administrators): a new recovery slot replaces the old one, so the old key stops
    // opening the vault. Returns the key to show once, formatted for reading out; it is never stored.
    Result<QString> regenerateRecoveryKey();

    // Re-reads who is signed in, keyring.json and the membership, after a worker connection changed them.
    Result<void> reloadAccount();

    // cipher_integrity_check, integrity_check, foreign_key_check, the membership against keyring.json and the
    // accounts, every audit row's chain link and signature, and every person's witness.
    Result<VerifyReport> verify();

    // Minutes of inactivity after which the GUI locks (vault setting, default 5; 0 = never).
    int autoLockMinutes() const;

    // What a worker thread needs to open its own connection to this vault (vault::openWorker), for work that
    // must not block the GUI thread (import, purge, verify). Made here, on the session's thread, so the worker
    // never touches this session, which locking may destroy while the work runs.
    WorkerTicket workerTicket() const;

    void close(); // idempotent; also done by the destructor

    // Something the person should know that did not stop the unlock (a rotation that could not finish, files
    // other people can read); empty when there is nothing. Translated.
    const QStringList& warnings() const { return m_warnings; }
    // What a repairing unlock (OpenOptions::repairKeyring) changed, one translated line each; empty when the keyring
    // needed nothing.
    const QStringList& repairReport() const { return m_repairReport; }

private:
    friend Result<std::unique_ptr<VaultSession>> vault::open(UnlockedKey key, const Clock& clock,
                                                             vault::OpenOptions options);
    friend Result<std::unique_ptr<VaultSession>> vault::openWorker(WorkerTicket ticket);
    VaultSession(QString directory, VaultKeys keys, SlotSecrets secrets, Keyring keyring, const Clock& clock,
                 std::unique_ptr<Database> database);

    // The checks of an unlock after the database opened (vault::open): keyring.json against its record, the
    // membership against the keyring and the accounts, then who is signed in, the format-2 slot's successor, an
    // interrupted rotation, the recovery record and the purge.
    Result<void> signIn(UnlockedKey& key, bool repair);
    // The keyring rebuilt from the slots (of keyring.json and of the database's record) that the signed membership
    // gives, re-sealed as each role needs; any other slot dropped; an active account left without a slot
    // deactivated. Administrators, with their own slot intact.
    Result<void> repairKeyring(const Keyring& onDisk);
    // What disagrees between keyring, membership, accounts, key successions and witnesses (Membership.h).
    Result<QStringList> membershipProblems(const Keyring& keyring, const Membership& membership);
    Result<Membership> loadMembership(const Keyring& keyring);
    Result<void> renewLegacySlot(PreparedSlot prepared);
    // Copies the database under the next data key, swaps the copy in and makes the next keys the keyring's only
    // ones; the keyring already holds them sealed beside the current ones, on disk.
    Result<void> completeRotation();
    // The rotation reached the new database file: only the keyring is left to finish.
    Result<void> finishRotatedKeyring();
    void attachDatabase(std::unique_ptr<Database> database);
    // Signs this session's witness with what it saw now (membership serial, newest audit row) when that changed.
    Result<void> updateWitness();
    // The key the database is open with: the next one while an unfinished rotation already swapped the file.
    const SecureBuffer& databaseKey() const;
    int authorityIndex() const { return static_cast<int>(m_keyring.authorityChain().size()) - 1; }

    QString m_directory;
    std::shared_ptr<VaultLock> m_lock;
    VaultKeys m_keys;
    SlotSecrets m_secrets;
    QString m_slotId;
    bool m_recovered = false;
    bool m_worker = false;
    bool m_abandoned = false; // a test stopped a rotation as a kill would
    bool m_signedIn = false; // signIn found whose slot was opened; until then nothing is written for them
    Keyring m_keyring;
    Membership m_membership;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<const CellCipher> m_cells;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RosterCache> m_roster;
    CurrentUser m_user;
    bool m_openedWithNext = false;
    QStringList m_warnings;
    QHash<QString, QSet<qint64>> m_identityViewed; // by entity type: the records whose view this unlock recorded
    QStringList m_repairReport;
};

} // namespace peerdesk
