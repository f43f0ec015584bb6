#pragma once

#include "core/Result.h"
#include "core/security/CellCipher.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace peerdesk {

class Database;

// The generations of a program's identity key (docs/server.md, "Changing the identity key"). Every identity cell
// names in its header the generation (epoch) of the key that sealed it. On a program server an administrator
// replaces the key online: from then on every cell is written under the new generation (the server refuses an
// identity cell of another, SQLSTATE PDK01), and the cells written before are re-encrypted in batches. Until the last
// one is, the earlier keys are kept in identity_keys_earlier, each sealed as an identity cell under the newest key,
// so that only holders of the newest key can read the cells not re-encrypted yet; then they are deleted.
namespace identity_keys {

// The generation written now: meta 'identity_epoch', CellCipher::FirstEpoch when the program never changed its key.
Result<quint32> currentEpoch(Database& database);
// A new generation, and the public check of its key (meta 'identity_key_check'), which cipherFor compares.
Result<void> setCurrentKey(Database& database, quint32 epoch, const SecureBuffer& identityKey);

// The earlier keys kept for the cells not re-encrypted yet, opened with current (which holds the newest key); none on
// a local vault, which keeps no earlier key.
Result<std::vector<CellCipher::EarlierKey>> earlierKeys(Database& database, const CellCipher& current);
// Replaces them with keys, each sealed under sealer's newest key.
Result<void> replaceEarlierKeys(Database& database, const CellCipher& sealer,
                                const std::vector<CellCipher::EarlierKey>& keys);
// Whether a change of the key is under way: earlier keys are still kept.
Result<bool> changeUnfinished(Database& database);

// The cipher a session on this database uses with the identity key it opened: the current generation, and the
// earlier keys while a change is under way. Conflict when identityKey is not the current generation's key (the
// session opened its keys before a change of them).
Result<std::shared_ptr<const CellCipher>> cipherFor(Database& database, const QString& vaultId,
                                                    const SecureBuffer& identityKey);

// A table that holds identity cells, and how a row of it is named and claimed.
struct CellTable
{
    const char* table;
    const char* key; // the primary key
    bool versioned; // a row_version to claim; otherwise the cells themselves must be unchanged
    std::vector<const char*> cells;
};
// The tables the batches re-encrypt; the roster is apart (reencryptRoster).
const std::vector<CellTable>& cellTables();
const CellTable& rosterTable();

// One batch of re-encryption in table, from the row after afterKey: up to limit rows that hold a cell of an earlier
// generation, each re-sealed under the connection's cipher (Database::identityCells) only if no one changed it since
// it was read (its row version, or its cells). Call inside a transaction.
struct Batch
{
    qint64 lastKey = 0; // the last row looked at; the next batch starts after it
    int rewritten = 0;
    int skipped = 0; // changed by someone else meanwhile: a later pass takes them
    bool end = false; // no row after lastKey holds an earlier cell
};
Result<Batch> reencryptBatch(Database& database, const CellTable& table, qint64 afterKey, int limit);

// Every supporter's cells and blind indexes under the connection's cipher, at once: the blind indexes are compared
// with each other (one e-mail per supporter), so they change generation together. Call inside a transaction that
// holds AdvisoryLock::Roster.
Result<int> reencryptRoster(Database& database);

// How many rows still hold a cell of an earlier generation, in every table.
Result<qint64> rowsUnderEarlierKeys(Database& database);

} // namespace identity_keys

} // namespace peerdesk
