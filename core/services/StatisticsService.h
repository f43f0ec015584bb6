#pragma once

#include "core/Result.h"
#include "core/domain/Statistics.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

class StatisticsRepository;
class VaultSession;

// The program's statistics for a month, a quarter or a year (docs/statistics-tables.md), and the ledger of the releases
// published from them. Administrators, coordinators and reporting users may compute them: no table carries an
// identifier, a name, an institution or free text, and the queries never read an identity column.
//
// tables() returns the raw counts: disclosure control (suppression) is applied by the caller before anything
// is published.
class StatisticsService final
{
public:
    // Medians and shares are published only over at least this many units; below it a table carries bins only.
    static constexpr int MinimumForSummary = 10;
    static constexpr int TrendMonths = 12;

    explicit StatisticsService(VaultSession& session) : m_session(session) { }

    // Every table, in a fixed order with stable ids; 1-D category tables list every category of their vocabulary
    // (zeros included) and a "*" margin. InvalidInput for a period outside StatPeriod's forms.
    Result<QList<StatTable>> tables(const StatPeriod& period);
    // The same tables split by site, for a program of several (InvalidInput with one): each table with a last
    // dimension "site" (StatTable::SiteDimension), a cell per site's code and the program's figure as the margin
    // "*". The group tables and the tables that are not additive are left out (docs/statistics.md says why).
    // Counts add up over the sites: a table that counts each physician once counts them at the site of the request it
    // counts them under. Who may compute the program's tables may compute these.
    Result<QList<StatTable>> tablesBySite(const StatPeriod& period);

    // The ledger, by series (StatRelease::ledgerKey: a period, or a period by site). latest: the content of the
    // period's highest revision, nullopt if never released. record: adds the next revision (0 for the first) and
    // returns its number; the caller records only content that differs from latest(). all: the latest revision of every
    // period, by period (for the audit across releases).
    Result<std::optional<QByteArray>> latest(const QString& periodKey);
    Result<int> record(const QString& periodKey, int k, const QDateTime& generatedAt, const QByteArray& content);
    Result<QList<QByteArray>> all();

private:
    Result<void> checkRequest(const StatPeriod& period);
    Result<QList<StatTable>> build(const StatPeriod& period, StatisticsRepository& repository);

    VaultSession& m_session;
};

} // namespace peerdesk
