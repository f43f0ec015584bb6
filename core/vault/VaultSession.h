#pragma once

#include "core/vault/KeyringRecord.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/Vault.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace peerdesk {

class ChangeFeed;

// An unlocked vault: the open database, who is signed in, and the keys their slot opened, in locked memory.
// Destroying it (or close()) records what they saw in their slot's witness, closes the database, checkpoints the
// WAL away and wipes the keys.
class VaultSession final
{
    Q_DISABLE_COPY_MOVE(VaultSession)

public:
    ~VaultSession();

    // The vault's folder; empty for a session on a program server.
    const QString& directory() const { return m_directory; }
    // Whether this session works on a program server (vault::openOnServer): the program's database is the server's,
    // its keyring is the one recorded there, and staff accounts come with their database logins.
    bool onServer() const { return m_server.has_value(); }
    const std::optional<ServerProfile>& serverProfile() const { return m_server; }
    // Other people's changes as they commit (ChangeFeed), on a connection of the calling thread's own, signed in as
    // this person. Usage error on a local vault, where no one else writes.
    Result<std::unique_ptr<ChangeFeed>> listenForChanges() const;
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
    // A roster a worker session read just after unlocking (MatchingService::readRoster), taken over by this
    // session's cache against its own connection (RosterCache::adopt).
    void adoptRoster(RosterSnapshot snapshot);
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
    // On a program server the slot's salt comes from the profile (ServerProfile::slotSalt) and the database login's
    // verifier is kept for changeMembership, which adds the login in the same transaction as the account.
    Result<KeySlot> makeAccountSlot(const QString& login, Role role, const SecureBuffer& secret);
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
    // `server import`, on the private copy of the vault being imported: the signed-in administrator's slot made again
    // with the program server's salt for them (profile.slotSalt) from key, the Argon2id output their passphrase gives
    // there, so that the same passphrase opens it and their database login. Returns that login's SCRAM verifier.
    // InvalidInput when the profile's slot cost is not the vault's.
    Result<QString> adoptServerSlot(const ServerProfile& profile, const SecureBuffer& key);

    // Replaces the data key (administrators; docs/security.md, "Rotating the data key"): a new random key, the
    // database copied under it and swapped in, every remaining slot given the new key — sealed to its public
    // key, so no one's passphrase is needed — and a new authority key, endorsed by the old one. editKeyring runs
    // first on the keyring (removing a person's slot), inside the same change. The keyring must match the
    // vault's accounts: a slot the membership does not give is refused, never sealed to. Crash-safe: killed at
    // any moment, the vault opens with the old key or the new one, and the next unlock finishes the rotation. No
    // worker connection may be open.
    Result<void> rotateDataKey(const std::function<Result<void>(Keyring&)>& editKeyring = {});
    // On a program server, rotateDataKey changes the identity key instead (docs/server.md, "Changing the identity
    // key"), online: one transaction makes a new identity key (and authority key) for every slot that held the old
    // one, keeps the old one sealed under the new for the cells not re-encrypted yet, and re-encrypts the roster;
    // then every other identity cell is re-encrypted in batches, each its own transaction, and the earlier keys are
    // deleted once no cell needs them. Killed at any moment, every cell still opens; the next change finishes the
    // work. What the re-encryption did, once it finished.
    struct IdentityKeyChange
    {
        quint32 epoch = 0; // the new key's generation
        qint64 rewritten = 0; // rows re-encrypted in batches (the roster's not counted)
        int roster = 0; // supporters re-encrypted with their blind indexes
    };
    Result<IdentityKeyChange> rotateIdentityKey(const std::function<Result<void>(Keyring&)>& editKeyring = {});
    const std::optional<IdentityKeyChange>& lastIdentityKeyChange() const { return m_lastIdentityKeyChange; }

    // A new recovery key (administrators): a new recovery slot replaces the old one, so the old key stops
    // opening the vault. Returns the key to show once, formatted for reading out; it is never stored.
    Result<QString> regenerateRecoveryKey();

    // Re-reads who is signed in, keyring.json and the membership, after a worker connection changed them.
    Result<void> reloadAccount();

    // The account that works for this supporter on a program server (docs/server.md, "Supporters") and the X25519
    // key its slot receives keys through now, as the program's current signed membership and key successions vouch
    // for them (not this session's copy, which may predate the account or its newest passphrase, and never the
    // unsigned users.supporter_id); nullopt when no active account works for the supporter.
    Result<std::optional<QByteArray>> currentBoxKeyOfSupporter(qint64 supporterId);
    // Opens what was sealed to the signed-in person's own slot key (a match card's key); nullopt when it was sealed
    // to another key or altered.
    std::optional<SecureBuffer> openSealedToOwnSlot(const QByteArray& sealed, std::size_t keyBytes) const;

    // cipher_integrity_check, integrity_check, foreign_key_check, the membership against keyring.json and the
    // accounts, every audit row's chain link and signature, and every person's witness.
    Result<VerifyReport> verify();

    // Minutes of inactivity after which the GUI locks (vault setting, default 5; 0 = never).
    int autoLockMinutes() const;

    // What a worker thread needs to open its own connection to this vault (vault::openWorker), for work that
    // must not block the GUI thread (import, purge, verify). Made here, on the session's thread, so the worker
    // never touches this session, which locking may destroy while the work runs.
    WorkerTicket workerTicket() const;

    // Goes on with a program server's database (server mode, docs/server.md) in place of the vault's file, which is
    // closed as it is: the server must already hold this program, with the same ids (program_copy::copyAll), since
    // its identity cells are bound to them. The tests run every service on PostgreSQL through it; connecting a
    // session to a server without a local vault is the next step of server mode.
    void continueOnServer(std::unique_ptr<Database> server);

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
    friend Result<std::unique_ptr<VaultSession>> vault::openOnServer(const ServerProfile& profile, ServerKey key,
                                                                     const Clock& clock);
    VaultSession(QString directory, VaultKeys keys, SlotSecrets secrets, Keyring keyring, const Clock& clock,
                 std::unique_ptr<Database> database);

    // The checks of an unlock after the database opened (vault::open): keyring.json against its record, the
    // membership against the keyring and the accounts, then who is signed in, the format-2 slot's successor, an
    // interrupted rotation, the recovery record and the purge.
    Result<void> signIn(UnlockedKey& key, bool repair);
    // What every sign-in does once the person is known and the schema is current: the retention purge, group
    // sessions kept scheduled ahead, the warning of a weak slot cost.
    Result<void> settleAfterSignIn();
    // The keyring rebuilt from the slots (of keyring.json and of the database's record) that the signed membership
    // gives, re-sealed as each role needs; any other slot dropped; an active account left without a slot
    // deactivated. Administrators, with their own slot intact.
    Result<void> repairKeyring(const Keyring& onDisk);
    // What disagrees between keyring, membership, accounts, key successions and witnesses (Membership.h).
    Result<QStringList> membershipProblems(const Keyring& keyring, const Membership& membership);
    Result<Membership> loadMembership(const Keyring& keyring);
    Result<void> renewLegacySlot(PreparedSlot prepared);
    // Before new keys are sealed to the keyring's slots: the keyring must agree with the signed membership (a slot it
    // does not give is never sealed to), then editKeyring runs on it (removing a person's slot).
    Result<void> prepareKeyringForNewKeys(Keyring& keyring, const Membership& membership,
                                          const std::function<Result<void>(Keyring&)>& editKeyring);
    // After they are: the change audited (action), the membership signed again by the next authority key under the
    // next serial, and the updated keyring recorded over previousKeyring.
    Result<void> recordNewKeys(const QString& action, Membership membership, const SigningKey& nextAuthority,
                               const Keyring& updated, const QByteArray& previousKeyring);
    // Copies the database under the next data key, swaps the copy in and makes the next keys the keyring's only
    // ones; the keyring already holds them sealed beside the current ones, on disk.
    Result<void> completeRotation();
    // The rotation reached the new database file: only the keyring is left to finish.
    Result<void> finishRotatedKeyring();
    void attachDatabase(std::unique_ptr<Database> database);
    // The re-encryption that follows a change of the identity key, in batches, and its end (the earlier keys
    // deleted); resumable: it takes whatever cell an earlier key still seals.
    Result<IdentityKeyChange> reencryptUnderNewestKey(IdentityKeyChange change);
    // Database::identityCells' refresh on a program server: the keyring and the identity keys read again on a
    // connection of its own, this person's slot opened and checked again with the secrets this session kept.
    bool reloadIdentityKeys();
    Result<void> adoptCurrentKeys(Database& database);
    // Whether current names other keys than the ones this session holds (another administrator changed them).
    bool keysChangedSince(const Keyring& current) const;
    // The keyring as it is now: keyring.json reconciled with its record, or on a server the record itself.
    Result<keyring_record::Reconciled> currentKeyring(const std::function<QStringList(const Keyring&)>& describe = {});
    // On a program server, the database logins follow the accounts (inside changeMembership's transaction): an
    // account that becomes active gets its login with the verifier its new slot came with, one that ends loses it.
    Result<void> syncServerLogins(const Membership& before, const Membership& after);
    // A passphrase slot for login at the program's slot cost, with fresh key pairs: a random salt locally; on a server
    // the profile's salt for the login, and the database password and verifier the same key gives.
    Result<PreparedSlot> makeSlotFor(QString slotId, const QString& login, const SecureBuffer& secret) const;
    PreparedSlot makeServerSlot(QString slotId, const QString& login, const SecureBuffer& key,
                                const QByteArray& salt) const;
    // Signs this session's witness with what it saw now (membership serial, newest audit row) when that changed.
    Result<void> updateWitness();
    // The key the database is open with: the next one while an unfinished rotation already swapped the file.
    const SecureBuffer& databaseKey() const;
    int authorityIndex() const { return static_cast<int>(m_keyring.authorityChain().size()) - 1; }

    QString m_directory;
    std::optional<ServerProfile> m_server;
    SecureBuffer m_serverPassword; // this person's database password, for worker connections
    QHash<QString, QString> m_loginVerifiers; // by slot id: account slots made on a server, waiting for their login
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
    // Ciphers replaced while this session ran (a change of the identity key): a caller may still hold one.
    std::vector<std::shared_ptr<const CellCipher>> m_retiredCells;
    QElapsedTimer m_lastKeyReload; // reloadIdentityKeys asks the server at most once in a short while
    std::optional<IdentityKeyChange> m_lastIdentityKeyChange;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RosterCache> m_roster;
    CurrentUser m_user;
    bool m_openedWithNext = false;
    QStringList m_warnings;
    QHash<QString, QSet<qint64>> m_identityViewed; // by entity type: the records whose view this unlock recorded
    QStringList m_repairReport;
};

} // namespace peerdesk
