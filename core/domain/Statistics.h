#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

// The reporting period of a statistics release: a month ("2026-03"), a quarter ("2026-Q1") or a year
// ("2026"). Nothing finer than a month is ever published.
struct StatPeriod
{
    enum class Type
    {
        Month,
        Quarter,
        Year,
    };

    Type type = Type::Month;
    int year = 0;
    int number = 1; // the month (1-12) or the quarter (1-4); 1 for a year

    QDate firstDay() const;
    QDate lastDay() const;
    QString key() const; // "2026-03", "2026-Q1", "2026"
    // The months the period covers, in order ("2026-01", "2026-02", ...).
    QStringList months() const;

    // nullopt for anything but the three forms above (years 2000-2999).
    static std::optional<StatPeriod> parse(const QString& text);

    bool operator==(const StatPeriod& other) const = default;
};

// What a table's values are.
enum class StatKind
{
    Count, // distinct physicians (or events where the table says so)
    Median, // in the unit the table names; published only where n >= 10
    Share, // 0..1; published only where n >= 10
};

QString statKindKey(StatKind kind); // "count", "median", "share"

// One cell: its position on each of the table's dimensions (a category key, or "*" for the margin over that
// dimension, so totals are ordinary cells) and its value. A suppressed cell publishes no value; which
// suppressions were primary is never recorded here, so no export can reveal it.
struct StatCell
{
    static constexpr auto Margin = "*";

    QStringList key; // one component per dimension
    std::optional<double> value; // nullopt when suppressed (or not applicable)
    bool suppressed = false;
};

// One published table: an id stable across releases ("requests_by_reason"), a translated title, the kind of
// value, its dimensions ("reason", "month", ...) and the cells, in a stable order.
struct StatTable
{
    // The last dimension of every table of a release by site (StatisticsService::tablesBySite): a site's code, and
    // "*" for the whole program.
    static constexpr auto SiteDimension = "site";

    QString id;
    QString title;
    StatKind kind = StatKind::Count;
    QStringList dimensions;
    QList<StatCell> cells;
    QString note; // translated; e.g. "A request with several reasons counts under each."
    // Additivity: for count tables, each margin cell equals the sum of the cells it covers. False where a unit
    // can fall in several categories (reasons): then the margin is not a sum and must not be used as one.
    bool additive = true;

    const StatCell* cell(const QStringList& key) const;
};

// The disclosure audit's verdict for a release: for every suppressed cell, the range of values it can take
// given everything published (this release and the earlier releases in the ledger).
struct SuppressedRange
{
    QString tableId;
    QStringList key;
    double minimum = 0;
    double maximum = 0;
};

struct DisclosureAuditResult
{
    bool passed = false;
    QString method; // "exact enumeration" or "linear programming"
    QList<SuppressedRange> ranges;
    QStringList problems; // translated, one per range that is too narrow or too low; empty when passed
};

// A release: what one export publishes. Frozen once recorded in the vault's ledger.
struct StatRelease
{
    QString program; // the program's name from the settings; never a person or an institution
    StatPeriod period;
    QDateTime generatedAt;
    QString version; // PeerDesk's version
    int k = 5; // the threshold
    QString method; // one line naming the suppression method (translated)
    bool zerosMaySuppressed = true; // complementary suppression may hide true zeros
    int revision = 0; // 0: first publication; n: the n-th correction of this period
    DisclosureAuditResult audit;
    QList<StatTable> tables;

    // A release by site: its tables carry the site dimension (StatTable::SiteDimension).
    bool bySite() const;
    // The key of its series in the ledger: the period's ("2026-03"), or with "/sites" for releases by site, which
    // are revised apart from the program's.
    QString ledgerKey() const { return ledgerKeyOf(period, bySite()); }
    static QString ledgerKeyOf(const StatPeriod& period, bool bySite);
    // The period of a ledger key, nullopt for anything else.
    static std::optional<StatPeriod> periodOfLedgerKey(const QString& key);
};

} // namespace peerdesk
