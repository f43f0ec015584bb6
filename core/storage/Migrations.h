#pragma once

#include "Result.h"

namespace peerdesk {
class Database;

namespace migrations {

// The schema version this program writes. A database with a higher PRAGMA user_version was written by a
// newer PeerDesk and is refused rather than misread.
int latestVersion();

// Applies every missing step, each in its own transaction together with its user_version bump, so a crash
// leaves the database at a whole step.
Result<void> apply(Database& database);

} // namespace migrations
} // namespace peerdesk
