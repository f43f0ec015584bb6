#include "core/services/StatisticsPublisher.h"

#include "core/domain/DisclosureControl.h"
#include "core/io/StatisticsExport.h"
#include "core/services/ProgramSettings.h"
#include "core/services/StatisticsService.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::StatisticsPublisher)
};

// True when every figure the release published is still what the vault's data gives. Suppressed cells are not
// compared: their true values were never published, so a change there changes nothing anyone has seen.
bool stillTrue(const StatRelease& published, const QList<StatTable>& current)
{
    for (const StatTable& table : published.tables) {
        const auto now = std::find_if(current.cbegin(), current.cend(),
                                      [&table](const StatTable& candidate) { return candidate.id == table.id; });
        if (now == current.cend())
            return false;
        for (const StatCell& cell : table.cells) {
            if (cell.suppressed)
                continue;
            const StatCell* fresh = now->cell(cell.key);
            if (!fresh || fresh->value.has_value() != cell.value.has_value())
                return false;
            if (cell.value
                && std::abs(StatisticsExport::publishedValue(table.kind, *fresh->value) - *cell.value) > 1e-9)
                return false;
        }
    }
    return true;
}

// True when every figure the program's release of the period published is still the program's figure in the
// release by site (its margins over the sites). A release by site published beside a program release it contradicts
// would have the audit leave one of the two out, and the hidden cells of the one left out would be unprotected.
// Tables the release by site leaves out are not compared: the audit does not link them.
bool programStillTrue(const StatRelease& program, const QList<StatTable>& bySite)
{
    for (const StatTable& table : program.tables) {
        const auto split = std::find_if(bySite.cbegin(), bySite.cend(),
                                        [&table](const StatTable& candidate) { return candidate.id == table.id; });
        if (split == bySite.cend())
            continue;
        for (const StatCell& cell : table.cells) {
            if (cell.suppressed || !cell.value)
                continue;
            const StatCell* now = split->cell(QStringList(cell.key) << QLatin1String(StatCell::Margin));
            if (!now || !now->value
                || std::abs(StatisticsExport::publishedValue(table.kind, *now->value) - *cell.value) > 1e-9)
                return false;
        }
    }
    return true;
}

} // namespace

Result<StatRelease> StatisticsPublisher::publish(const StatPeriod& period, int k, bool bySite)
{
    return prepare(period, k, bySite, true);
}

Result<StatRelease> StatisticsPublisher::preview(const StatPeriod& period, int k, bool bySite)
{
    return prepare(period, k, bySite, false);
}

Result<StatRelease> StatisticsPublisher::prepare(const StatPeriod& period, int k, bool bySite, bool record)
{
    if (k < DisclosureControl::MinThreshold || k > DisclosureControl::MaxThreshold) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The threshold k must be from %1 to %2, not %3.")
                             .arg(DisclosureControl::MinThreshold)
                             .arg(DisclosureControl::MaxThreshold)
                             .arg(k));
    }
    StatisticsService statistics(m_session);
    auto tables = bySite ? statistics.tablesBySite(period) : statistics.tables(period); // checks the role
    if (!tables)
        return tables.error();
    if (bySite) {
        auto program = statistics.latest(period.key());
        if (!program)
            return program.error();
        if (*program) {
            auto stored = StatisticsExport::fromJson(**program);
            if (!stored)
                return makeError(
                    ErrorCode::Damaged,
                    Text::tr("The statistics ledger holds an unreadable release for %1.").arg(period.key()));
            if (!programStillTrue(*stored, *tables))
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("Figures the program's release of %1 published have changed since: publish "
                                          "the program's statistics of %1 again first (its next revision), then "
                                          "these by site.")
                                     .arg(period.key()));
        }
    }

    const QString series = StatRelease::ledgerKeyOf(period, bySite);
    auto latest = statistics.latest(series);
    if (!latest)
        return latest.error();
    std::optional<StatRelease> previous;
    if (*latest) {
        auto stored = StatisticsExport::fromJson(**latest);
        if (!stored)
            return makeError(ErrorCode::Damaged,
                             Text::tr("The statistics ledger holds an unreadable release for %1.").arg(series));
        if (stored->k == k && stillTrue(*stored, *tables))
            return *stored; // frozen: the same figures, the same bytes
        previous = std::move(*stored);
    }

    auto ledger = statistics.all();
    if (!ledger)
        return ledger.error();
    QList<StatRelease> earlier;
    for (const QByteArray& content : *ledger) {
        auto release = StatisticsExport::fromJson(content);
        if (!release)
            return makeError(ErrorCode::Damaged, Text::tr("The statistics ledger holds an unreadable release."));
        earlier.append(std::move(*release));
    }

    auto program = m_session.settings().value(QLatin1String(ProgramSettings::ProgramName));
    if (!program)
        return program.error();
    StatRelease release;
    release.program = *program;
    release.period = period;
    // To the second, as the export writes it, so the recorded bytes read back to the same release.
    release.generatedAt = m_session.clock().nowUtc();
    release.generatedAt.setTime(QTime(release.generatedAt.time().hour(), release.generatedAt.time().minute(),
                                      release.generatedAt.time().second()));
    release.version = QStringLiteral(PEERDESK_VERSION);
    release.k = k;
    release.revision = previous ? previous->revision + 1 : 0;
    release.tables = std::move(*tables);
    DisclosureControl::protect(release, earlier);
    if (!release.audit.passed) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The disclosure audit refused this release: %1")
                             .arg(release.audit.problems.join(QStringLiteral("; "))));
    }
    if (!record)
        return release;
    auto recorded = statistics.record(series, k, release.generatedAt, StatisticsExport::toJson(release));
    if (!recorded)
        return recorded.error();
    release.revision = *recorded;
    return release;
}

} // namespace peerdesk
