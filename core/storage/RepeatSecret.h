#pragma once

#include "core/Result.h"
#include "core/security/RepeatKeyHasher.h"

#include <optional>

namespace peerdesk {

class Database;

// The secret (and cost) of the repeat keys, kept in `meta` as an identity cell, so that only those who hold the
// identity key can compute a repeat key and test a guess against the keys that survive purge.
namespace repeat_secret {

// nullopt when the vault has none yet; NotPermitted without the identity key; Damaged when it does not open.
Result<std::optional<RepeatKeyHasher>> load(Database& database);
Result<void> store(Database& database, const RepeatKeyHasher& hasher);
// The stored one, or a new random secret at the given cost, stored.
Result<RepeatKeyHasher> loadOrCreate(Database& database, RepeatKeyHasher::Cost cost);

} // namespace repeat_secret

} // namespace peerdesk
