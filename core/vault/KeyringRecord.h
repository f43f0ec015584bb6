#pragma once

#include "core/Result.h"
#include "core/security/Keyring.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace peerdesk {

class Database;

// keyring.json and the database change together through a record in the database (`meta`): every change first
// records the keyring it writes, with the SHA-256 of the one it replaces, in the transaction that changes the
// database, and writes keyring.json after COMMIT (docs/security.md, "Changing the keyring"). So keyring.json is
// always either the recorded keyring or, after a crash between COMMIT and the write, the one before it, which
// the next unlock replaces with the record. Anything else was written by someone other than PeerDesk.
namespace keyring_record {

// Records next as the keyring now intended (inside the caller's transaction). previousBytes: keyring.json as it is.
Result<void> record(Database& database, const QByteArray& previousBytes, const QByteArray& nextBytes);
// The same for someone who may change only their own slot (a reporting user or a supporter on a program server):
// the server takes the record only when nothing but that slot changed.
Result<void> recordOwnSlot(Database& database, const QByteArray& nextBytes);

struct Reconciled
{
    Keyring keyring;
    QByteArray bytes;
    bool rewritten = false; // keyring.json was one change behind and has been written again
};

// keyring.json checked against the record: the same bytes, or the one before (written again from the record).
// Damaged for any other file, saying so; describe() adds what differs (e.g. the slots the accounts do not give).
Result<Reconciled> reconcile(Database& database, const QString& keyringPath,
                             const std::function<QStringList(const Keyring&)>& describe = {});

// On a program server the record is the keyring: there is no keyring.json (server mode, docs/server.md).
Result<Reconciled> recorded(Database& database);

} // namespace keyring_record

} // namespace peerdesk
