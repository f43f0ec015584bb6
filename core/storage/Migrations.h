#pragma once

#include "core/Result.h"

namespace peerdesk {
class Database;

namespace migrations {

// The schema version this program writes. A database with a higher PRAGMA user_version was written by a
// newer PeerDesk and is refused rather than misread.
int latestVersion();

// Version 11 encrypts the identity columns into their cells and drops the plaintext ones: it needs the identity
// key, which only an administrator's unlock has when a vault is upgraded (VaultUpgrade), so it is not a step
// apply() can take. plainVersion() is the newest version apply() reaches alone.
constexpr int IdentityCellsVersion = 11;
int plainVersion();

// Applies every missing step up to plainVersion(), or, once the database is at IdentityCellsVersion, up to
// latestVersion(); each in its own transaction together with its user_version bump, so a crash leaves the
// database at a whole step. Whoever takes the identity step calls it again afterwards.
Result<void> apply(Database& database);

} // namespace migrations
} // namespace peerdesk
