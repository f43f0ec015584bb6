#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace peerdesk {
class Database;

// The singletons of a program server (docs/server.md, "Several people at once"): work only one connection may do at a
// time, serialised by PostgreSQL advisory locks with fixed keys ("PD" and a number). Advisory locks are the whole
// cluster's and any login may take one: they keep honest clients from racing, they are no access control. On a local
// vault each call does nothing: the vault's lock file already gives its one process the database to itself.
//
// Within a transaction they are taken in this order, never another (so two writers never wait for each other):
// Keyring, IdentityKey, Purge, Roster, AuditChain. (A supporter's write on a server takes Roster in its statement
// trigger before its cells take IdentityKey shared: should a change of the key begin or end at that moment, PostgreSQL
// reports the deadlock and Database::transaction runs the write again.) The roster's triggers take Roster;
// AuditLog::append takes Roster, then AuditChain; a change of the keyring (accounts, passphrases, witnesses) takes
// Keyring before it reads it.
enum class AdvisoryLock : qint64
{
    Migrate = 0x50440001, // schema changes (server_migrations::apply), held for the session
    AuditChain = 0x50440002, // appending to the audit log: the next id and the previous hash read, then the row
    // The supporters and what counts against them: the roster change log's writers (sequence order = commit order),
    // the server's checks of a supporter's places and bookings (server schema, its triggers), and match cards (each
    // written takes it; a supporter's passphrase change takes it before reading their cards: MatchCards::resealOwn).
    Roster = 0x50440003,
    Purge = 0x50440004, // the retention purge
    // The keyring's record (meta.keyring) read, changed and written back: two administrators adding people at the
    // same moment would otherwise each write their own keyring over the other's, and a slot would be lost.
    Keyring = 0x50440005,
    // A change of the identity key (storage/IdentityKeys.h): its first and last steps hold it alone; its batches, and
    // every write of an identity cell on a program server (schema step 6's trigger), hold it shared.
    IdentityKey = 0x50440006,
};

namespace advisory_lock {

// Waits for the lock and holds it until the current transaction ends. Call inside Database::transaction.
Result<void> holdForTransaction(Database& database, AdvisoryLock lock);
// The same, shared: any number of connections hold it together, and one that waits for it exclusively waits for all.
Result<void> holdSharedForTransaction(Database& database, AdvisoryLock lock);
// Takes the lock until the current transaction ends if no other connection holds it; false (and nothing held) when
// one does. Always true on a local vault.
Result<bool> tryForTransaction(Database& database, AdvisoryLock lock);

} // namespace advisory_lock
} // namespace peerdesk
