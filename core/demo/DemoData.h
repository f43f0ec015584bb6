#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/domain/RequestLifecycle.h"

#include <QDateTime>
#include <QMap>

namespace peerdesk {

class VaultSession;

// How much synthetic data to make. The same seed, sizes and starting time give the same vault content.
struct DemoOptions
{
    static constexpr quint32 DefaultSeed = 1;
    static constexpr int DefaultSupporters = 40;
    static constexpr int DefaultRequests = 300;
    static constexpr int MinSupporters = 1;
    // The simulation ranks the whole roster for each request, so its time grows with requests x supporters.
    // The upper limits are the benchmarks' stress scale (docs/performance.md), 100 times the largest program.
    static constexpr int MaxSupporters = 10000;
    static constexpr int MaxRequests = 100000;
    static constexpr int DefaultYears = 2;
    static constexpr int MaxYears = 10;
    static constexpr int MaxNameMarkerLength = 40;

    quint32 seed = DefaultSeed;
    int supporters = DefaultSupporters;
    int requests = DefaultRequests;
    int years = DefaultYears; // requests arrive over this many years up to now
    // About how many conversations to book in all. 0: as many as the requests' stories give (about 1.5 per
    // request); more makes every supported person's story longer.
    int conversations = 0;
    // A testing aid: when set, every generated person's first and last name end with it ("Amélie-Marker
    // Beaulieu-Marker"), so a scan of the files the program wrote can prove that no name, whole or in part,
    // reached them. ASCII letters only, so that it also survives (lower-cased) into the generated email addresses.
    QString nameMarker = {}; // "= {}": GCC then accepts DemoOptions{ seed, supporters, requests } without a warning
};

// What the generator made, counted from the vault afterwards.
struct DemoSummary
{
    int supporters = 0;
    QMap<QString, int> supportersByStatus; // Vocab::SupporterStatus key -> count
    int trainingRecords = 0;
    int expiredTraining = 0; // supporters whose required training has lapsed
    int debriefs = 0;
    int requests = 0;
    QMap<RequestStatus, int> requestsByStatus;
    QMap<CloseOutcome, int> requestsByOutcome;
    int matches = 0;
    int declinedMatches = 0;
    int conversations = 0;
    int heldConversations = 0;
    int groups = 0;
    int occurrences = 0;
    int heldOccurrences = 0;
};

// The clock a demo session is opened with. While the generator replays two years of history it reads the
// simulated moment, so that every service records what happened when it happened (matches, conversations,
// group occurrences and their audit entries); otherwise, and once the generator is done, it reads `real`.
class DemoClock final : public Clock
{
public:
    explicit DemoClock(const Clock& real) : m_real(real) { }

    QDateTime nowUtc() const override { return m_simulated.isValid() ? m_simulated : m_real.nowUtc(); }
    const Clock& real() const { return m_real; }
    void simulate(const QDateTime& at) { m_simulated = at.toUTC(); }
    void release() { m_simulated = QDateTime(); }

private:
    const Clock& m_real;
    QDateTime m_simulated;
};

// Realistic, fictional data for demonstrations, training and screenshots: a roster with training (some lapsed),
// availability and debriefs; requests over the last 24 months in every status and with every close outcome,
// matches (some declined by the supporter), conversations, and two groups with their occurrences. Names are
// built from short lists of first and last names and contact details use reserved example domains and the
// 555-01xx fictional phone numbers. Everything goes through the services, so every transition is one the
// program allows and is audited.
class DemoData final
{
public:
    DemoData() = delete;

    // InvalidInput when a size is out of range (docs/cli.md gives the limits).
    static Result<void> validate(const DemoOptions& options);

    // Administrators only. `session` must have been opened with `clock` (Usage error otherwise). Refuses a vault
    // that already holds supporters, requests or groups (InvalidInput): demo data must never mix with real data.
    // All or nothing: one transaction.
    static Result<DemoSummary> generate(VaultSession& session, DemoClock& clock, const DemoOptions& options);
};

} // namespace peerdesk
