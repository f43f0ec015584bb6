#pragma once

#include "core/Result.h"
#include "core/domain/Statistics.h"

namespace peerdesk {

class VaultSession;

// A statistics release as it leaves the vault: the period's tables, protected by disclosure control against
// this release and every earlier one in the ledger, audited, and frozen in the ledger (docs/statistics.md).
//
// Releases are frozen: publishing a period again returns the recorded release — the same figures and the same
// bytes — as long as every figure it published is still true and k is the same. When a published figure is no
// longer true (a late entry, a correction), the period is protected again and recorded as the next revision,
// which the release's metadata flags.
class StatisticsPublisher final
{
public:
    explicit StatisticsPublisher(VaultSession& session) : m_session(session) { }

    // InvalidInput when k is outside 3..11, or when the audit refuses the release (the message names the
    // tables and cells, never a value). Administrators, coordinators and reporting users.
    // bySite: the tables split by site (StatisticsService::tablesBySite), a series of its own in the ledger, protected
    // together with every release of the program's (InvalidInput in a program of one site).
    Result<StatRelease> publish(const StatPeriod& period, int k, bool bySite = false);

    // What publish() would return, without recording anything: the recorded release while it is still true,
    // otherwise the protected and audited tables as they would be published now. For looking before exporting.
    Result<StatRelease> preview(const StatPeriod& period, int k, bool bySite = false);

private:
    Result<StatRelease> prepare(const StatPeriod& period, int k, bool bySite, bool record);

    VaultSession& m_session;
};

} // namespace peerdesk
