#pragma once

#include "core/domain/Statistics.h"

#include <QList>

namespace peerdesk {

// Small-cell protection for the anonymised statistics (docs/statistics.md, "Disclosure control").
//
// protect() hides counts from 1 to k-1 (primary suppression), then hides partners (complementary
// suppression) until audit() finds that no hidden cell can be narrowed down, given this release and the
// earlier releases of the ledger. Median and Share tables are published only where n >= 10, and a share or a
// median is hidden where a count of the table it summarises is hidden. Pure logic: no database, no clock.
class DisclosureControl final
{
public:
    static constexpr int DefaultThreshold = 5;
    static constexpr int MinThreshold = 3;
    static constexpr int MaxThreshold = 11;
    // Exact enumeration is used when at most this many unknowns remain and each is at most MaxEnumeratedValue.
    static constexpr int MaxEnumeratedUnknowns = 4;
    static constexpr int MaxEnumeratedValue = 60;

    // Suppresses cells of release (using release.k, clamped to 3..11) until the audit passes or nothing is
    // left to hide, then hides a share or a median wherever a count of the table it summarises is hidden (for the same
    // site);
    // fills release.audit, release.method and release.zerosMaySuppressed and returns the audit. Earlier releases are
    // frozen: they are read, never changed. An export must be refused unless release.audit.passed.
    static DisclosureAuditResult protect(StatRelease& release, const QList<StatRelease>& earlier);

    // For every suppressed count cell of release, the range of values it can take given everything published
    // in release and earlier (earlier releases of the same period are superseded by release and ignored).
    // Fails when a range's maximum is below k or its width below k - 1, or when a hidden cell of an earlier
    // release becomes that narrow because of what release publishes.
    static DisclosureAuditResult audit(const StatRelease& release, const QList<StatRelease>& earlier);
};

} // namespace peerdesk
