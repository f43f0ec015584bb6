#include "core/domain/DisclosureControl.h"

#include "CatchCompat.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

using namespace peerdesk;

namespace {

const QString Margin = QString::fromLatin1(StatCell::Margin);
const QString ReasonTable = QStringLiteral("requests_by_reason");

StatCell countCell(QStringList key, double value)
{
    StatCell cell;
    cell.key = std::move(key);
    cell.value = value;
    return cell;
}

// A 1-D table of categories and their "*" total.
StatTable oneWay(const QString& id, const QList<std::pair<QString, int>>& counts)
{
    StatTable table;
    table.id = id;
    table.title = id;
    table.dimensions = QStringList{ QStringLiteral("reason") };
    int total = 0;
    for (const auto& [category, count] : counts) {
        table.cells << countCell(QStringList{ category }, count);
        total += count;
    }
    table.cells << countCell(QStringList{ Margin }, total);
    return table;
}

// A category × month table with row, column and grand margins.
StatTable twoWay(const QString& id, const QStringList& categories, const QStringList& months,
                 const QList<QList<int>>& counts)
{
    StatTable table;
    table.id = id;
    table.title = id;
    table.dimensions = QStringList{ QStringLiteral("category"), QStringLiteral("month") };
    QList<int> columnTotals(months.size(), 0);
    int grand = 0;
    for (int r = 0; r < categories.size(); ++r) {
        int rowTotal = 0;
        for (int m = 0; m < months.size(); ++m) {
            table.cells << countCell(QStringList{ categories[r], months[m] }, counts[r][m]);
            rowTotal += counts[r][m];
            columnTotals[m] += counts[r][m];
        }
        table.cells << countCell(QStringList{ categories[r], Margin }, rowTotal);
        grand += rowTotal;
    }
    for (int m = 0; m < months.size(); ++m)
        table.cells << countCell(QStringList{ Margin, months[m] }, columnTotals[m]);
    table.cells << countCell(QStringList{ Margin, Margin }, grand);
    return table;
}

StatRelease releaseFor(const QString& period, QList<StatTable> tables, const QString& generatedOn = QString())
{
    StatRelease release;
    release.program = QStringLiteral("Test program");
    release.period = *StatPeriod::parse(period);
    release.generatedAt = generatedOn.isEmpty()
        ? QDateTime(release.period.lastDay().addDays(2), QTime(12, 0), Qt::UTC)
        : QDateTime(QDate::fromString(generatedOn, Qt::ISODate), QTime(12, 0), Qt::UTC);
    release.tables = std::move(tables);
    return release;
}

void hideCell(StatTable& table, const QStringList& key)
{
    for (StatCell& cell : table.cells) {
        if (cell.key == key) {
            cell.suppressed = true;
            cell.value.reset();
        }
    }
}

bool isHidden(const StatTable& table, const QStringList& key)
{
    const StatCell* cell = table.cell(key);
    return cell && cell->suppressed && !cell->value;
}

void requireWideRanges(const DisclosureAuditResult& audit, int k)
{
    for (const SuppressedRange& range : audit.ranges) {
        INFO(range.tableId.toStdString() << " " << range.key.join(QLatin1Char('/')).toStdString() << " ["
                                         << range.minimum << ", " << range.maximum << "]");
        CHECK(range.maximum >= k);
        CHECK(range.maximum - range.minimum >= k - 1);
    }
}

void requireNoSmallPublished(const StatRelease& release)
{
    for (const StatTable& table : release.tables) {
        for (const StatCell& cell : table.cells) {
            if (cell.suppressed)
                CHECK_FALSE(cell.value);
            else if (cell.value)
                CHECK((*cell.value == 0 || *cell.value >= release.k));
        }
    }
}

} // namespace

TEST_CASE("Two hidden cells pinned by the total leak, and complementary suppression widens them", "[disclosure]")
{
    const StatTable table = oneWay(ReasonTable,
                                   { { QStringLiteral("burnout"), 1 },
                                     { QStringLiteral("conflict"), 2 },
                                     { QStringLiteral("grief"), 20 },
                                     { QStringLiteral("health"), 8 } });

    // Naive: hide just the small counts. burnout + conflict = 31 - 20 - 8 = 3, so each is at most 3.
    StatRelease naive = releaseFor(QStringLiteral("2026-03"), { table });
    hideCell(naive.tables[0], { QStringLiteral("burnout") });
    hideCell(naive.tables[0], { QStringLiteral("conflict") });
    const DisclosureAuditResult naiveAudit = DisclosureControl::audit(naive, {});
    CHECK_FALSE(naiveAudit.passed);
    CHECK(naiveAudit.problems.size() == 2);
    CHECK(naiveAudit.method == QLatin1String("exact enumeration"));
    REQUIRE(naiveAudit.ranges.size() == 2);
    CHECK(naiveAudit.ranges[0].maximum == 3);

    StatRelease ours = releaseFor(QStringLiteral("2026-03"), { table });
    const DisclosureAuditResult audit = DisclosureControl::protect(ours, {});
    CHECK(audit.passed);
    CHECK(audit.problems.isEmpty());
    CHECK(ours.audit.passed);
    CHECK(ours.zerosMaySuppressed);
    CHECK_FALSE(ours.method.isEmpty());
    // The smallest partner (8) joins the two small counts; the large one and the total stay published.
    CHECK(isHidden(ours.tables[0], { QStringLiteral("health") }));
    CHECK_FALSE(isHidden(ours.tables[0], { QStringLiteral("grief") }));
    CHECK_FALSE(isHidden(ours.tables[0], { Margin }));
    CHECK(audit.ranges.size() == 3);
    requireWideRanges(audit, 5);
    requireNoSmallPublished(ours);
}

TEST_CASE("A 2-D table solved through its column margins leaks, and ours does not", "[disclosure]")
{
    const QStringList categories{ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    const QStringList months{ QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03") };
    const StatTable table
        = twoWay(QStringLiteral("requests_by_category"), categories, months, { { 2, 9, 8 }, { 9, 3, 7 }, { 9, 9, 9 } });

    // Naive: a partner in each row only. Column 2026-01 then has one hidden cell, pinned by its margin.
    StatRelease naive = releaseFor(QStringLiteral("2026-Q1"), { table });
    hideCell(naive.tables[0], { QStringLiteral("a"), months[0] });
    hideCell(naive.tables[0], { QStringLiteral("a"), months[2] });
    hideCell(naive.tables[0], { QStringLiteral("b"), months[1] });
    hideCell(naive.tables[0], { QStringLiteral("b"), months[2] });
    const DisclosureAuditResult naiveAudit = DisclosureControl::audit(naive, {});
    CHECK_FALSE(naiveAudit.passed);
    CHECK(naiveAudit.problems.join(QLatin1Char('\n')).contains(QLatin1String("requests_by_category")));

    StatRelease ours = releaseFor(QStringLiteral("2026-Q1"), { table });
    const DisclosureAuditResult audit = DisclosureControl::protect(ours, {});
    CHECK(audit.passed);
    requireWideRanges(audit, 5);
    requireNoSmallPublished(ours);
    // Every hidden inner cell has a hidden partner in its row and in its column.
    for (const StatCell& cell : ours.tables[0].cells) {
        if (!cell.suppressed || cell.key.contains(Margin))
            continue;
        int inRow = 0;
        int inColumn = 0;
        for (const StatCell& other : ours.tables[0].cells) {
            if (!other.suppressed || other.key == cell.key || other.key.contains(Margin))
                continue;
            inRow += other.key[0] == cell.key[0] ? 1 : 0;
            inColumn += other.key[1] == cell.key[1] ? 1 : 0;
        }
        CHECK(inRow >= 1);
        CHECK(inColumn >= 1);
    }
}

TEST_CASE("A month recovered by differencing an earlier quarter or year-to-date release is caught", "[disclosure]")
{
    auto month = [](const QString& period, int burnout, int grief, int health) {
        return releaseFor(period,
                          { oneWay(ReasonTable,
                                   { { QStringLiteral("burnout"), burnout },
                                     { QStringLiteral("grief"), grief },
                                     { QStringLiteral("health"), health } }) });
    };
    const StatRelease january = month(QStringLiteral("2026-01"), 5, 10, 6);
    const StatRelease february = month(QStringLiteral("2026-02"), 4, 10, 7);
    const StatRelease quarter = month(QStringLiteral("2026-Q1"), 12, 30, 21);
    StatRelease yearToDate = month(QStringLiteral("2026"), 12, 30, 21);
    yearToDate.generatedAt = QDateTime(QDate(2026, 3, 31), QTime(18, 0), Qt::UTC); // January to March

    for (const StatRelease& cumulative : { quarter, yearToDate }) {
        INFO(cumulative.period.key().toStdString());
        StatRelease march = month(QStringLiteral("2026-03"), 3, 10, 8);
        // Within March alone, our suppression is enough...
        StatRelease alone = march;
        CHECK(DisclosureControl::protect(alone, {}).passed);
        CHECK(isHidden(alone.tables[0], { QStringLiteral("burnout") }));
        CHECK(isHidden(alone.tables[0], { QStringLiteral("health") }));
        // ...but burnout = 12 - 5 - 4 from the ledger: the audit refuses the export.
        const DisclosureAuditResult audit = DisclosureControl::protect(march, { january, february, cumulative });
        CHECK_FALSE(audit.passed);
        REQUIRE_FALSE(audit.problems.isEmpty());
        CHECK(audit.problems.join(QLatin1Char('\n')).contains(QLatin1String("burnout")));
        CHECK_FALSE(audit.problems.join(QLatin1Char('\n')).contains(QLatin1String("3")));
    }
}

TEST_CASE("A quarter release hides what would let a hidden month of the ledger be recovered", "[disclosure]")
{
    auto month = [](const QString& period, int burnout, int grief, int health) {
        return releaseFor(period,
                          { oneWay(ReasonTable,
                                   { { QStringLiteral("burnout"), burnout },
                                     { QStringLiteral("grief"), grief },
                                     { QStringLiteral("health"), health } }) });
    };
    QList<StatRelease> ledger{ month(QStringLiteral("2026-01"), 5, 10, 6), month(QStringLiteral("2026-02"), 4, 10, 7),
                               month(QStringLiteral("2026-03"), 3, 10, 8) };
    REQUIRE(DisclosureControl::protect(ledger[2], { ledger[0], ledger[1] }).passed);

    // Naive: the quarter has no small count, so it publishes everything; March's burnout = 12 - 5 - 4.
    const StatRelease naive = month(QStringLiteral("2026-Q1"), 12, 30, 21);
    const DisclosureAuditResult naiveAudit = DisclosureControl::audit(naive, ledger);
    CHECK_FALSE(naiveAudit.passed);
    CHECK(naiveAudit.problems.join(QLatin1Char('\n')).contains(QLatin1String("2026-03")));

    StatRelease ours = naive;
    const DisclosureAuditResult audit = DisclosureControl::protect(ours, ledger);
    CHECK(audit.passed);
    CHECK(isHidden(ours.tables[0], { QStringLiteral("burnout") }));
    requireWideRanges(audit, 5);

    // A correction of March supersedes the March release in the ledger rather than contradicting it.
    StatRelease correction = month(QStringLiteral("2026-03"), 3, 11, 8);
    correction.revision = 1;
    CHECK(DisclosureControl::protect(correction, ledger).passed);
}

TEST_CASE("Disclosure control shows zeros, leaves medians alone and bounds non-additive cells by the total",
          "[disclosure]")
{
    StatTable medians;
    medians.id = QStringLiteral("days_to_contact");
    medians.kind = StatKind::Median;
    medians.dimensions = QStringList{ QStringLiteral("reason") };
    medians.cells << countCell({ QStringLiteral("burnout") }, 2);

    StatTable reasons = oneWay(QStringLiteral("physicians_by_reason"),
                               { { QStringLiteral("burnout"), 2 },
                                 { QStringLiteral("grief"), 9 },
                                 { QStringLiteral("health"), 12 },
                                 { QStringLiteral("other"), 0 } });
    reasons.additive = false;
    reasons.cells.last().value = 15; // distinct physicians, not the sum

    StatRelease release = releaseFor(
        QStringLiteral("2026-04"),
        { oneWay(QStringLiteral("requests_by_channel"),
                 { { QStringLiteral("email"), 0 }, { QStringLiteral("phone"), 30 }, { QStringLiteral("web"), 25 } }),
          medians, reasons });
    release.k = 20; // clamped to 11
    const DisclosureAuditResult audit = DisclosureControl::protect(release, {});
    CHECK(release.k == 11);
    CHECK(audit.passed);
    CHECK(release.tables[1].cells[0].value == 2.0); // medians untouched
    CHECK(release.tables[0].cell({ QStringLiteral("email") })->value == 0.0); // a zero alone stays shown
    const StatTable& physicians = release.tables[2];
    CHECK(isHidden(physicians, { QStringLiteral("burnout") }));
    CHECK(isHidden(physicians, { QStringLiteral("grief") }));
    CHECK(physicians.cell({ Margin })->value == 15.0);
    for (const SuppressedRange& range : audit.ranges) {
        if (range.tableId == physicians.id) {
            CHECK(range.minimum == 0);
            CHECK(range.maximum == 15);
        }
    }
    requireWideRanges(audit, 11);
}

TEST_CASE("After our suppression the audit passes on random 1-D and 2-D tables", "[disclosure]")
{
    QRandomGenerator random(20260321);
    auto smallCount = [&random] {
        // Mostly small counts, some zeros, a few larger ones: the hard cases.
        const int kind = random.bounded(10);
        if (kind < 2)
            return 0;
        if (kind < 7)
            return random.bounded(1, 6);
        return random.bounded(5, 25);
    };
    const QStringList allMonths = StatPeriod::parse(QStringLiteral("2025"))->months();
    for (int round = 0; round < 200; ++round) {
        const int rows = random.bounded(2, 9);
        StatTable table;
        QString period = QStringLiteral("2025-06");
        if (round % 2 == 0) {
            QList<std::pair<QString, int>> counts;
            for (int r = 0; r < rows; ++r)
                counts << std::pair{ QStringLiteral("c%1").arg(r), smallCount() };
            table = oneWay(QStringLiteral("random_1d"), counts);
        } else {
            const int columns = random.bounded(1, 7);
            QStringList categories;
            QList<QList<int>> counts;
            for (int r = 0; r < rows; ++r) {
                categories << QStringLiteral("c%1").arg(r);
                QList<int> row;
                for (int m = 0; m < columns; ++m)
                    row << smallCount();
                counts << row;
            }
            table = twoWay(QStringLiteral("random_2d"), categories, allMonths.mid(0, columns), counts);
            period = QStringLiteral("2025");
        }
        StatRelease release = releaseFor(period, { table });
        const DisclosureAuditResult audit = DisclosureControl::protect(release, {});
        INFO("round " << round);
        REQUIRE(audit.passed);
        requireWideRanges(audit, release.k);
        requireNoSmallPublished(release);
        // The audit is reproducible from the published release alone, and the suppression is deterministic.
        CHECK(DisclosureControl::audit(release, {}).passed);
        StatRelease again = releaseFor(period, { table });
        DisclosureControl::protect(again, {});
        for (int c = 0; c < table.cells.size(); ++c)
            CHECK(again.tables[0].cells[c].suppressed == release.tables[0].cells[c].suppressed);
    }
}

TEST_CASE("A year of monthly and quarterly releases passes the audit release after release", "[disclosure]")
{
    QRandomGenerator random(2025);
    QList<StatRelease> ledger;
    QList<StatRelease> truth;
    auto randomTable = [&random](const QString& id) {
        QList<std::pair<QString, int>> counts;
        for (int c = 0; c < 6; ++c)
            counts << std::pair{ QStringLiteral("c%1").arg(c), random.bounded(0, 15) };
        return oneWay(id, counts);
    };
    for (int month = 1; month <= 12; ++month) {
        StatRelease release = releaseFor(
            QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0')),
            { randomTable(QStringLiteral("a")), randomTable(QStringLiteral("b")), randomTable(QStringLiteral("c")) });
        truth << release;
        INFO(release.period.key().toStdString());
        REQUIRE(DisclosureControl::protect(release, ledger).passed);
        ledger << release;
        if (month % 3 != 0)
            continue;
        // The quarter publishes the sums of its three months; naively it would give hidden months away.
        StatRelease quarter = truth[month - 1];
        quarter.period = *StatPeriod::parse(QStringLiteral("2025-Q%1").arg(month / 3));
        quarter.generatedAt = QDateTime(quarter.period.lastDay().addDays(3), QTime(12, 0), Qt::UTC);
        for (int t = 0; t < quarter.tables.size(); ++t) {
            for (int c = 0; c < quarter.tables[t].cells.size(); ++c) {
                quarter.tables[t].cells[c].value = *truth[month - 1].tables[t].cells[c].value
                    + *truth[month - 2].tables[t].cells[c].value + *truth[month - 3].tables[t].cells[c].value;
            }
        }
        const DisclosureAuditResult audit = DisclosureControl::protect(quarter, ledger);
        INFO(audit.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(audit.passed);
        requireWideRanges(audit, quarter.k);
        requireNoSmallPublished(quarter);
        ledger << quarter;
    }
}

TEST_CASE("Figures that disagree with the ledger leave the disagreeing release out of the audit", "[disclosure]")
{
    auto month = [](const QString& period, int burnout, int grief, int health) {
        return releaseFor(period,
                          { oneWay(ReasonTable,
                                   { { QStringLiteral("burnout"), burnout },
                                     { QStringLiteral("grief"), grief },
                                     { QStringLiteral("health"), health } }) });
    };
    QList<StatRelease> ledger{ month(QStringLiteral("2026-01"), 5, 10, 6), month(QStringLiteral("2026-02"), 4, 10, 7),
                               month(QStringLiteral("2026-03"), 3, 10, 8) };
    REQUIRE(DisclosureControl::protect(ledger[2], { ledger[0], ledger[1] }).passed);

    // A January request entered late: the quarter is no longer the sum of the published months.
    StatRelease quarter = month(QStringLiteral("2026-Q1"), 13, 30, 21);
    const DisclosureAuditResult audit = DisclosureControl::protect(quarter, ledger);
    CHECK(audit.passed);
    CHECK(audit.method.contains(QLatin1String("left out")));
    requireWideRanges(audit, 5);

    // This release's own figures that do not add up cannot be audited at all.
    StatRelease broken = month(QStringLiteral("2026-04"), 8, 10, 9);
    broken.tables[0].cells.last().value = 40;
    const DisclosureAuditResult brokenAudit = DisclosureControl::audit(broken, {});
    CHECK_FALSE(brokenAudit.passed);
    CHECK(brokenAudit.problems.size() == 1);
}

TEST_CASE("A category by month quarter table is linked to the monthly releases through its month cells", "[disclosure]")
{
    const QString id = QStringLiteral("requests_by_category");
    auto month = [&id](const QString& period, int a, int b, int c) {
        return releaseFor(
            period,
            { oneWay(id, { { QStringLiteral("a"), a }, { QStringLiteral("b"), b }, { QStringLiteral("c"), c } }) });
    };
    QList<StatRelease> ledger{ month(QStringLiteral("2026-01"), 5, 10, 6), month(QStringLiteral("2026-02"), 6, 10, 7),
                               month(QStringLiteral("2026-03"), 3, 10, 8) };
    REQUIRE(DisclosureControl::protect(ledger[2], { ledger[0], ledger[1] }).passed);

    const QStringList months{ QStringLiteral("2026-01"), QStringLiteral("2026-02"), QStringLiteral("2026-03") };
    StatTable table = twoWay(id, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, months,
                             { { 5, 6, 3 }, { 10, 10, 10 }, { 6, 7, 8 } });
    table.dimensions = QStringList{ QStringLiteral("reason"), QStringLiteral("month") };

    // Naive: March's a is hidden with partners in its row and column, (a, 2026-02), (b, 2026-03) and
    // (b, 2026-02): enough within the table, but all of them are published in the monthly releases.
    StatRelease naive = releaseFor(QStringLiteral("2026-Q1"), { table });
    for (const QStringList& key :
         { QStringList{ QStringLiteral("a"), months[2] }, QStringList{ QStringLiteral("a"), months[1] },
           QStringList{ QStringLiteral("b"), months[2] }, QStringList{ QStringLiteral("b"), months[1] } })
        hideCell(naive.tables[0], key);
    CHECK(DisclosureControl::audit(naive, {}).passed);
    CHECK_FALSE(DisclosureControl::audit(naive, ledger).passed);

    StatRelease ours = releaseFor(QStringLiteral("2026-Q1"), { table });
    const DisclosureAuditResult audit = DisclosureControl::protect(ours, ledger);
    CHECK(audit.passed);
    requireWideRanges(audit, 5);
    requireNoSmallPublished(ours);
    CHECK(isHidden(ours.tables[0], { QStringLiteral("a"), months[2] }));
    // Cells the monthly releases already published are not used as partners.
    CHECK_FALSE(isHidden(ours.tables[0], { QStringLiteral("b"), months[2] }));
    CHECK_FALSE(isHidden(ours.tables[0], { QStringLiteral("a"), months[0] }));
}

TEST_CASE("A site's hidden figure recovered from the program's release of the same period is caught",
          "[disclosure][sites]")
{
    // The program's March release published 7 requests; a release by site that hides north (2) and the program's
    // margin but publishes south (5) gives north away: 7 - 5.
    StatTable programTotal;
    programTotal.id = QStringLiteral("requests_total");
    programTotal.title = programTotal.id;
    programTotal.cells << countCell({}, 7);
    const StatRelease program = releaseFor(QStringLiteral("2026-03"), { programTotal });

    StatTable bySite;
    bySite.id = QStringLiteral("requests_total");
    bySite.title = bySite.id;
    bySite.dimensions = QStringList{ QStringLiteral("site") };
    bySite.cells << countCell({ QStringLiteral("north") }, 2) << countCell({ QStringLiteral("south") }, 5)
                 << countCell({ Margin }, 7);
    StatRelease sites = releaseFor(QStringLiteral("2026-03"), { bySite });
    REQUIRE(sites.bySite());
    CHECK(sites.ledgerKey() == QStringLiteral("2026-03/sites"));
    hideCell(sites.tables[0], { QStringLiteral("north") });
    hideCell(sites.tables[0], { Margin });

    // Alone, nothing pins north...
    CHECK(DisclosureControl::audit(sites, {}).passed);
    // ...but the program's release of the same month does: it is not superseded by a release by site, and the
    // site's margin is its figure.
    const DisclosureAuditResult audit = DisclosureControl::audit(sites, { program });
    CHECK_FALSE(audit.passed);
    CHECK(audit.problems.join(QLatin1Char('\n')).contains(QLatin1String("north")));
    // A table the program's release does not hold is not linked (the control: the link is what catches it).
    StatRelease unlinked = program;
    unlinked.tables[0].id = QStringLiteral("other_total");
    CHECK(DisclosureControl::audit(sites, { unlinked }).passed);

    // Our protection hides south too and leaves the margin the ledger already gives away published.
    StatRelease raw = releaseFor(QStringLiteral("2026-03"), { bySite });
    const DisclosureAuditResult protectedAudit = DisclosureControl::protect(raw, { program });
    CHECK(protectedAudit.passed);
    CHECK(isHidden(raw.tables[0], { QStringLiteral("north") }));
    CHECK(isHidden(raw.tables[0], { QStringLiteral("south") }));
    CHECK_FALSE(isHidden(raw.tables[0], { Margin }));
    requireWideRanges(protectedAudit, 5);
}

TEST_CASE("A program release after a release by site may not reveal a site's hidden figure", "[disclosure][sites]")
{
    // The release by site published north = 9 and hid the others; a category's program figure later published
    // beside south's would give it away, so the program's release must be audited against the release by site.
    StatTable bySite;
    bySite.id = QStringLiteral("requests_by_channel");
    bySite.title = bySite.id;
    bySite.dimensions = QStringList{ QStringLiteral("channel"), QStringLiteral("site") };
    bySite.cells << countCell({ QStringLiteral("phone"), QStringLiteral("north") }, 9)
                 << countCell({ QStringLiteral("phone"), QStringLiteral("south") }, 3)
                 << countCell({ QStringLiteral("phone"), Margin }, 12);
    StatRelease sites = releaseFor(QStringLiteral("2026-03"), { bySite });
    hideCell(sites.tables[0], { QStringLiteral("phone"), QStringLiteral("south") });
    hideCell(sites.tables[0], { QStringLiteral("phone"), Margin });
    REQUIRE(DisclosureControl::audit(sites, {}).passed);

    StatTable programTable;
    programTable.id = QStringLiteral("requests_by_channel");
    programTable.title = programTable.id;
    programTable.dimensions = QStringList{ QStringLiteral("channel") };
    programTable.cells << countCell({ QStringLiteral("phone") }, 12) << countCell({ Margin }, 12);
    const StatRelease program = releaseFor(QStringLiteral("2026-03"), { programTable });
    // Published as it is, 12 - 9 = 3 at south: refused.
    CHECK_FALSE(DisclosureControl::audit(program, { sites }).passed);
}

TEST_CASE("A total hidden in one table and published in another that counts the same is caught", "[disclosure]")
{
    // requests_total and the channel table's total count the same physicians: hiding 12 in one while the other
    // publishes it protects nothing.
    StatTable total;
    total.id = QStringLiteral("requests_total");
    total.title = total.id;
    total.cells << countCell({}, 12);
    StatTable channels = oneWay(QStringLiteral("requests_by_channel"), { { QStringLiteral("phone"), 12 } });
    StatRelease release = releaseFor(QStringLiteral("2026-03"), { total, channels });
    hideCell(release.tables[0], {});
    const DisclosureAuditResult audit = DisclosureControl::audit(release, {});
    CHECK_FALSE(audit.passed);
    CHECK(audit.problems.join(QLatin1Char('\n')).contains(QLatin1String("requests_total")));
    // A table that counts something else is not linked (the control).
    release.tables[1].id = QStringLiteral("conversations_held");
    CHECK(DisclosureControl::audit(release, {}).passed);
}

TEST_CASE("A share is hidden wherever a count of its table is hidden", "[disclosure][sites]")
{
    // 12 first contacts at north, 1 missed: the share 11/12 beside the total would give the hidden 11 and 1 away.
    StatTable counts;
    counts.id = QStringLiteral("first_contact_within_target");
    counts.title = counts.id;
    counts.dimensions = QStringList{ QStringLiteral("contact_target"), QStringLiteral("site") };
    const QList<std::tuple<QString, QString, int>> values{
        { QStringLiteral("met"), QStringLiteral("north"), 11 },
        { QStringLiteral("met"), QStringLiteral("south"), 20 },
        { QStringLiteral("met"), Margin, 31 },
        { QStringLiteral("missed"), QStringLiteral("north"), 1 },
        { QStringLiteral("missed"), QStringLiteral("south"), 9 },
        { QStringLiteral("missed"), Margin, 10 },
        { Margin, QStringLiteral("north"), 12 },
        { Margin, QStringLiteral("south"), 29 },
        { Margin, Margin, 41 },
    };
    for (const auto& [target, site, value] : values)
        counts.cells << countCell({ target, site }, value);
    StatTable share;
    share.id = QStringLiteral("first_contact_within_target_share");
    share.title = share.id;
    share.kind = StatKind::Share;
    share.dimensions = QStringList{ QStringLiteral("site") };
    share.cells << countCell({ QStringLiteral("north") }, 11.0 / 12)
                << countCell({ QStringLiteral("south") }, 20.0 / 29) << countCell({ Margin }, 31.0 / 41);
    StatRelease release = releaseFor(QStringLiteral("2026-03"), { counts, share });
    REQUIRE(DisclosureControl::protect(release, {}).passed);
    REQUIRE(isHidden(release.tables[0], { QStringLiteral("missed"), QStringLiteral("north") }));
    CHECK(isHidden(release.tables[1], { QStringLiteral("north") }));
    // South's partner, hidden to protect north's in their lines, hides south's share too; where no count of a
    // site is hidden, its share stays.
    for (const QString& site : { QStringLiteral("south"), Margin }) {
        const bool anyHidden = std::any_of(release.tables[0].cells.cbegin(), release.tables[0].cells.cend(),
                                           [&site](const StatCell& c) { return c.suppressed && c.key.last() == site; });
        CHECK(isHidden(release.tables[1], { site }) == anyHidden);
    }
}

TEST_CASE("A median or a share not published for want of ten is hidden too beside hidden counts", "[disclosure]")
{
    // Twelve first contacts: five within a day, then 1, 2 and 4; a median of 2.5 beside the five published would
    // say that one took two days.
    StatTable bins;
    bins.id = QStringLiteral("time_to_first_contact");
    bins.title = bins.id;
    bins.dimensions = QStringList{ QStringLiteral("business_days") };
    bins.cells << countCell({ QStringLiteral("up_to_1") }, 5) << countCell({ QStringLiteral("2") }, 1)
               << countCell({ QStringLiteral("3") }, 2) << countCell({ QStringLiteral("more_than_3") }, 4)
               << countCell({ Margin }, 12);
    StatTable median;
    median.id = QStringLiteral("time_to_first_contact_median");
    median.title = median.id;
    median.kind = StatKind::Median;
    median.cells << countCell({}, 2.5);
    // Four first contacts: their share is not published (fewer than ten), which must not read differently from a
    // hidden one beside hidden counts.
    StatTable targets;
    targets.id = QStringLiteral("first_contact_within_target");
    targets.title = targets.id;
    targets.dimensions = QStringList{ QStringLiteral("contact_target") };
    targets.cells << countCell({ QStringLiteral("met") }, 3) << countCell({ QStringLiteral("missed") }, 1)
                  << countCell({ Margin }, 4);
    StatTable share;
    share.id = QStringLiteral("first_contact_within_target_share");
    share.title = share.id;
    share.kind = StatKind::Share;
    share.cells << StatCell{ {}, std::nullopt, false };
    StatRelease release = releaseFor(QStringLiteral("2026-03"), { bins, median });
    REQUIRE(DisclosureControl::protect(release, {}).passed);
    REQUIRE(isHidden(release.tables[0], { QStringLiteral("2") }));
    CHECK(isHidden(release.tables[1], {}));
    // (Another month: the two first-contact tables count the same contacts, so their totals are one quantity.)
    StatRelease few = releaseFor(QStringLiteral("2026-02"), { targets, share });
    REQUIRE(DisclosureControl::protect(few, {}).passed);
    REQUIRE(isHidden(few.tables[0], { QStringLiteral("met") }));
    CHECK(few.tables[1].cells[0].suppressed);

    // Nothing hidden: both stay as they were.
    StatTable large = bins;
    for (StatCell& cell : large.cells)
        cell.value = *cell.value * 10;
    StatRelease open = releaseFor(QStringLiteral("2026-04"), { large, median });
    REQUIRE(DisclosureControl::protect(open, {}).passed);
    CHECK(open.tables[1].cells[0].value == 2.5);
    CHECK_FALSE(open.tables[1].cells[0].suppressed);
}
