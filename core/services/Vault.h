#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Role.h"
#include "security/Kdf.h"
#include "security/Keyring.h"
#include "security/PassphrasePolicy.h"
#include "security/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace peerdesk {

class AuditLog;
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

struct CreatedVault
{
    QString recoveryKey; // formatted for reading out; shown once and never stored
};

// The data key of a vault, unwrapped from one slot. Producing it is the slow half of unlocking (Argon2id) and
// may run on a worker thread; it touches no file but keyring.json, which it only reads.
struct UnlockedKey
{
    QString directory;
    QString login; // the person who unlocked (with the recovery key: the person being recovered)
    QString slotId; // the passphrase slot that was unwrapped; empty when the recovery key was used
    SecureBuffer dataKey;
    Keyring keyring;
    // While a data-key rotation is under way (a crash interrupted it), the next key too: open() tries both and
    // finishes the rotation.
    std::optional<SecureBuffer> nextDataKey;
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

// A copy of an open session's key and user, to be handed to a worker thread. The key lives in locked memory
// and is wiped when the ticket (or the session opened from it) is destroyed.
struct WorkerTicket
{
    QString directory;
    SecureBuffer dataKey;
    Keyring keyring;
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
// file when keyring.json is missing or damaged. Reads keyring.json only; writes nothing.
Result<UnlockedKey> unwrapWithPassphrase(const QString& directory, const QString& login,
                                         const SecureBuffer& passphrase);
Result<UnlockedKey> unwrapWithRecoveryKey(const QString& directory, const QString& login, const QString& recoveryKey);

// Opens the database with the unwrapped key on the calling thread (fast). Damaged naming peerdesk.db when it
// is missing, damaged, from another vault or from a newer PeerDesk.
Result<std::unique_ptr<VaultSession>> open(UnlockedKey key, const Clock& clock);

// A second connection, signed in as the ticket's user, on the calling thread (a connection belongs to the
// thread that opens it: destroy the result there too). Retention does not run again.
Result<std::unique_ptr<VaultSession>> openWorker(WorkerTicket ticket);

} // namespace vault

// An unlocked vault: the open database, who is signed in, and the data key in locked memory. Destroying it
// (or lock()) closes the database, checkpoints the WAL away and wipes the key.
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
    AuditLog& audit() { return *m_audit; }
    // The roster as match ranking reads it, kept while nothing in it changes (services/RosterCache.h).
    RosterCache& roster() { return *m_roster; }
    // Appends an audit row as the signed-in user, inside the caller's transaction when there is one.
    Result<void> recordAudit(const QString& action, const QString& entityType,
                             std::optional<qint64> entityId = std::nullopt);

    // Changes keyring.json and the database together (a slot added or removed with its user and audit rows):
    // one transaction in which the keyring is re-read, edited and saved just before COMMIT; when the commit
    // fails the previous keyring is put back, so the two never disagree. Slow work (Argon2id) belongs before.
    Result<void> updateKeyring(const std::function<Result<void>(Keyring&)>& edit,
                               const std::function<Result<void>()>& databaseWork);
    const Keyring& keyring() const { return m_keyring; }
    // A new slot for login opening this vault's data key with secret (NFC-normalised), at the cost of the
    // signed-in person's own slot (so a vault made with a test's fast KDF stays fast, a real one strong).
    // Made apart from the keyring (Argon2id is slow); updateKeyring puts it in.
    Result<KeySlot> makePassphraseSlot(const QString& login, const SecureBuffer& secret) const;

    // Rewraps the signed-in user's slot under a new passphrase; the database is not re-encrypted. The
    // passphrase must satisfy passphrase_policy (InvalidInput otherwise, nothing written).
    Result<void> changePassphrase(const SecureBuffer& newPassphrase);

    // Replaces the data key (administrators; docs/security.md, "Rotating the data key"): a new random key, the
    // database copied under it and swapped in, every remaining slot given the new key — sealed to its public
    // key, so no one's passphrase is needed. editKeyring runs first on the keyring (removing a person's slot),
    // inside the same change. Crash-safe: killed at any moment, the vault opens with the old key or the new
    // one, and the next unlock finishes the rotation. No worker connection may be open.
    Result<void> rotateDataKey(const std::function<Result<void>(Keyring&)>& editKeyring = {});

    // A new recovery key (administrators): a new recovery slot replaces the old one, so the old key stops
    // opening the vault. Returns the key to show once, formatted for reading out; it is never stored.
    Result<QString> regenerateRecoveryKey();

    // Re-reads who is signed in and keyring.json, after a worker connection changed them (the first-unlock
    // passphrase change runs on one).
    Result<void> reloadAccount();

    // cipher_integrity_check, integrity_check, foreign_key_check and the audit chain.
    Result<VerifyReport> verify();

    // Minutes of inactivity after which the GUI locks (vault setting, default 5; 0 = never).
    int autoLockMinutes() const;

    // What a worker thread needs to open its own connection to this vault (vault::openWorker), for work that
    // must not block the GUI thread (import, purge, verify). Made here, on the session's thread, so the worker
    // never touches this session, which locking may destroy while the work runs.
    WorkerTicket workerTicket() const;

    void close(); // idempotent; also done by the destructor

private:
    friend Result<std::unique_ptr<VaultSession>> vault::open(UnlockedKey key, const Clock& clock);
    // Copies the database under nextKey, swaps the copy in and makes nextKey the keyring's only key; `keyring`
    // already holds nextKey sealed beside the current one, on disk.
    Result<void> completeRotation(Keyring keyring, SecureBuffer nextKey);
    // The rotation reached the new database file: only the keyring is left to finish.
    Result<void> finishRotatedKeyring(SecureBuffer nextKey);
    friend Result<std::unique_ptr<VaultSession>> vault::openWorker(WorkerTicket ticket);
    VaultSession(QString directory, SecureBuffer dataKey, Keyring keyring, const Clock& clock,
                 std::unique_ptr<Database> database);

    QString m_directory;
    std::shared_ptr<VaultLock> m_lock;
    SecureBuffer m_dataKey;
    Keyring m_keyring;
    const Clock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RosterCache> m_roster;
    CurrentUser m_user;
};

} // namespace peerdesk
