#pragma once

// The query mix the driver comparison runs (docs/performance.md, "Drivers side by side"): the reads behind the
// interactive screens, written once and run unchanged through every backend. Header-only and Qt Core only,
// because the QSQLITE side runs in a process of its own that never links SQLCipher (two SQLite libraries in
// one process corrupt each other's locks).

#include "core/storage/PageCache.h"

#include <array>
#include <cstdint>
#include <string>
#include <variant>

namespace peerdesk::bench {

struct MixQuery
{
    const char* name;
    const char* sql;
    // How many parameters the statement takes (parameter() below gives them).
    int parameters;
    // How many times one iteration runs the statement (point lookups are run in batches so that one iteration
    // lasts long enough to time reliably).
    int repeat;
};

inline constexpr std::array<MixQuery, 7> QueryMix{ {
    { "request_page",
      "SELECT id, received_at, status, channel, urgency, first_contact_at FROM requests "
      "ORDER BY received_at DESC, id DESC LIMIT 200",
      0, 1 },
    { "request_by_id", "SELECT * FROM requests WHERE id = ?", 1, 200 },
    { "open_without_contact",
      "SELECT id, received_at, channel, urgency, status FROM requests "
      "WHERE status <> 'closed' AND first_contact_at IS NULL ORDER BY received_at, id LIMIT 50",
      0, 1 },
    { "status_counts", "SELECT status, count(*) FROM requests GROUP BY status", 0, 1 },
    { "supporter_matches",
      "SELECT m.id, m.request_id, m.status, m.proposed_at FROM matches m "
      "WHERE m.supporter_id = ? ORDER BY m.proposed_at DESC",
      1, 50 },
    { "month_closed_by_outcome",
      "SELECT close_outcome, count(*) FROM requests WHERE closed_at >= ? AND closed_at < ? GROUP BY close_outcome", 2,
      1 },
    // Names and e-mails are identity cells (ciphertext): PeerDesk decrypts and sorts them itself.
    { "roster", "SELECT id, name_ct, email_ct, specialty, region, career_stage, status FROM supporters ORDER BY id", 0,
      1 },
} };

// Deterministic parameters spread over the ids present, so successive lookups land far apart (no cache
// locality). The month is the newest month with closed requests, as ISO text prefixes: moments are stored as
// ISO 8601 text, so a month is a range of text.
struct MixBounds
{
    std::int64_t maxRequestId = 1;
    std::int64_t maxSupporterId = 1;
    std::string monthFrom = "2000-01"; // inclusive
    std::string monthTo = "2000-02"; // exclusive
};

using MixParameter = std::variant<std::int64_t, std::string>;

inline std::int64_t spread(std::int64_t i, std::int64_t maxId)
{
    return maxId <= 1 ? 1 : 1 + (i * 7919) % maxId;
}

// The k-th parameter of query q in its i-th run.
inline MixParameter parameter(std::size_t q, int k, std::int64_t i, const MixBounds& bounds)
{
    const std::string name = QueryMix[q].name;
    if (name == "request_by_id")
        return spread(i, bounds.maxRequestId);
    if (name == "supporter_matches")
        return spread(i, bounds.maxSupporterId);
    return k == 0 ? bounds.monthFrom : bounds.monthTo; // month_closed_by_outcome
}

// The statements that find the bounds, run once before timing.
inline constexpr const char* MaxRequestIdSql = "SELECT coalesce(max(id), 1) FROM requests";
inline constexpr const char* MaxSupporterIdSql = "SELECT coalesce(max(id), 1) FROM supporters";
inline constexpr const char* NewestClosedSql = "SELECT coalesce(max(closed_at), '2000-01') FROM requests";

// "2026-03-14T13:30:00Z" -> { "2026-03", "2026-04" }.
inline void setMonth(MixBounds& bounds, const std::string& newestClosed)
{
    const int year = std::stoi(newestClosed.substr(0, 4));
    const int month = std::stoi(newestClosed.substr(5, 2));
    const auto text = [](int y, int m) {
        std::string out = std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
        return out;
    };
    bounds.monthFrom = text(year, month);
    bounds.monthTo = month == 12 ? text(year + 1, 1) : text(year, month + 1);
}

} // namespace peerdesk::bench
