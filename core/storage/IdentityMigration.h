#pragma once

#include "core/Result.h"
#include "core/security/RepeatKeyHasher.h"

namespace peerdesk {

class Database;

namespace identity_migration {

// Schema version 10 to 11, in one transaction (migrations::IdentityCellsVersion): every identity value moves into
// its cell under the connection's identity key (Database::identityCells, which must be set); supporters get the
// keyed hashes of their e-mail and phone; the repeat-key secret moves into an identity cell (a new one at cost
// when the vault had none) and the repeat keys are rewritten in the new, shorter form (a purged request keeps its
// old key cut to the same length, and a live request of the same person takes that one, so they stay linked);
// phone numbers given with several e-mail keys are marked shared; then the plaintext columns are dropped. With
// secure_delete on, SQLite overwrites the plaintext it frees; the caller checkpoints the WAL.
Result<void> apply(Database& database, RepeatKeyHasher::Cost cost);

} // namespace identity_migration

} // namespace peerdesk
