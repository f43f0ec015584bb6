#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/domain/Role.h"
#include "core/security/Kdf.h"
#include "core/security/Keyring.h"
#include "core/security/PassphrasePolicy.h"
#include "core/security/SecureBuffer.h"
#include "core/services/ProgramSettings.h"
#include "core/vault/Membership.h"
#include "core/vault/ServerProfile.h"

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
struct RosterSnapshot;
class VaultLock;

struct NewVaultRequest
{
    QString directory;
    QString adminLogin; // lower-case letters, digits, '.', '_' and '-'; 2 to 64 characters
    QString adminDisplayName; // shown in the title bar and audit views; 1 to 100 characters
    SecureBuffer adminPassphrase; // UTF-8; must satisfy passphrase_policy
    KdfParams kdf = KdfParams::interactiveDefault();
    // On a program server (vault::createOnServer) the administrator's slot salt comes from the profile
    // (ServerProfile::slotSalt) and the caller derives the slot's key, Argon2id(passphrase, salt, kdf), once for the
    // slot and the database password. Empty for a local vault: a random salt.
    QByteArray adminSlotSalt;
    SecureBuffer adminSlotKey;
};

// A slot made for an account: the format-2 slot's successor made at its owner's unlock, or a new passphrase's.
struct PreparedSlot
{
    KeySlot slot;
    SlotSecrets secrets;
    // On a program server: the new database password, and its SCRAM verifier for the server.
    SecureBuffer serverPassword;
    QString serverVerifier;
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
    std::optional<ServerProfile> server; // a session on a program server: connect there, with this password
    SecureBuffer serverPassword;
};

// What a staff member's passphrase gives before connecting to a program server (vault::deriveServerKey): the key
// that unwraps their slot, from which their database password derives too. In locked memory.
struct ServerKey
{
    QString login; // normalised
    SecureBuffer passphraseKey; // Argon2id(passphrase, profile.slotSalt(login), profile.slotCost)
};

// What vault::createOnServer hands back besides the profile it completes: the recovery key to show once.
struct CreatedServerProgram
{
    QString recoveryKey;
    bool weakKeyDerivation = false;
};

// What vault::importToServer hands back besides the profile it completes: the accounts that must be enrolled again
// (their slots were salted for this computer, not for the server, and they have no database login yet).
struct ImportedServerProgram
{
    QStringList deactivated; // logins, to reactivate with an initial passphrase (`user reactivate`)
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

// Server mode (docs/server.md). The slow half of signing in to a program server: Argon2id of the passphrase with the
// person's slot salt (ServerProfile::slotSalt) at the profile's cost. Touches nothing; any thread. Usage error for a
// profile `server init` has not completed.
Result<ServerKey> deriveServerKey(const ServerProfile& profile, const QString& login, const SecureBuffer& passphrase);
// Only connects and signs in to the database as the person, then disconnects: the window does this on a worker thread
// (a server that does not answer takes seconds to say so) before openOnServer on its own thread, which the session's
// connection belongs to. The errors are openOnServer's.
Result<void> reachServer(const ServerProfile& profile, const ServerKey& key);
// Connects as the person's own database login with the password the key gives, reads the keyring recorded in the
// program and unwraps their slot with the key, checking it as a local unlock does (authority chain, statement,
// witness, membership, accounts). Authentication error, the same one, for an unknown login and a wrong passphrase.
Result<std::unique_ptr<VaultSession>> openOnServer(const ServerProfile& profile, ServerKey key, const Clock& clock);
// `server init`: the program's schema and roles made by the schema owner (ownerLogin, ownerPassword), then a new
// program with its first administrator (request; its directory is ignored) put into it, and the administrator's
// database login added — all or nothing on the server. profile is completed with a new program salt and the slot
// cost; the caller saves it. InvalidInput when the server already holds a program.
Result<CreatedServerProgram> createOnServer(ServerProfile& profile, const QString& ownerLogin,
                                            const SecureBuffer& ownerPassword, NewVaultRequest request,
                                            const Clock& clock);
// `server import`: the local vault in vaultDirectory, opened as its administrator adminLogin, put into the empty
// program server of profile by the schema owner — all or nothing on the server, and the vault itself left as it was.
// The vault is copied into a private folder and changed there first: every other active account is deactivated
// (enrolled again afterwards), the administrator's slot is made again with the server's salt and the vault's own slot
// cost, and the move is audited ("vault.moved_to_server"), continuing the vault's chain. Identity cells travel as
// they are (program_copy). profile is completed with a new program salt and the vault's slot cost; the caller saves
// it. InvalidInput when the server already holds a program, NotPermitted for a login that is not an administrator.
Result<ImportedServerProgram> importToServer(ServerProfile& profile, const QString& ownerLogin,
                                             const SecureBuffer& ownerPassword, const QString& vaultDirectory,
                                             const QString& adminLogin, const SecureBuffer& adminPassphrase,
                                             const Clock& clock);
// `server export`: the program of this server session, as it is now, written as a new local vault in directory (which
// must not exist or be an empty folder), after an audit row "vault.exported_from_server" on the server. The vault has
// the program's keys and keyring: each staff member's passphrase and the recovery key open it as they open the
// program. Administrators. Built beside its place and renamed into it, so a failure leaves nothing.
Result<void> exportFromServer(VaultSession& session, const QString& directory);

// What `server maintain` did to one table of the program's schema (docs/server.md, "Purge on a server").
struct ServerTableMaintained
{
    QString table;
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    bool rewritten = false; // written anew (the tables that hold identity cells), its old files removed
};
// `server maintain`: the schema owner reclaims what purges and changes left behind (VACUUM), so that a purged
// identity's old ciphertext leaves the table's files; the tables that hold identity cells are rewritten, each locked
// while it is. Needs no program key and writes no audit row (the owner is no staff member).
Result<QList<ServerTableMaintained>> maintainServer(const ServerProfile& profile, const QString& ownerLogin,
                                                    const SecureBuffer& ownerPassword);

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

} // namespace peerdesk
