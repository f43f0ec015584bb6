#pragma once

// The page cache every vault connection gets (Database::configure). Header-only and free of Qt and SQLite, so that
// the driver comparison (bench/QueryMix.h) gives every backend the same cache, the QSQLITE process included.
namespace peerdesk::page_cache {

// 16 MiB instead of SQLite's 2 MiB. Every page read from disk is authenticated and decrypted, so a miss costs far
// more than in a plain database: with this cache the roster and the request lists' indexes stay decrypted in memory
// at the stress scale (the cache is freed at close, as SQLCipher's own smaller one was).
inline constexpr const char* Pragma = "PRAGMA cache_size = -16384";

} // namespace peerdesk::page_cache
