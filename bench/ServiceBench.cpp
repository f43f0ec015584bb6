// peerdesk-bench: what users wait for, measured through the services the GUI and CLI call, on a copy of a
// benchmark vault (scripts/bench makes them with `demo` at the program, large and stress scales). Operations that
// change the vault (import, purge) each get a fresh copy, timed without the copying.
#include "BenchArguments.h"
#include "BenchServer.h"
#include "BenchVault.h"
#include "core/CoreInit.h"
#include "core/domain/Statistics.h"
#include "core/formats/RequestImporter.h"
#include "core/security/Kdf.h"
#include "core/services/DashboardService.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/RetentionService.h"
#include "core/services/RosterCache.h"
#include "core/services/SiteService.h"
#include "core/services/StatisticsPublisher.h"
#include "core/storage/Database.h"
#include "core/storage/ProgramCopy.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <iostream>

using namespace peerdesk;
using namespace peerdesk::bench;

namespace {

// The real time, moved on by `shift` days: retention counts from "now", so moving it makes closed requests due.
class ShiftableClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addDays(m_shiftDays); }
    void shift(qint64 days) { m_shiftDays = days; }

private:
    qint64 m_shiftDays = 0;
};

struct Fixture
{
    QString vault; // the benchmark vault as `demo` left it, never written to
    QString settled; // a copy unlocked once, so its retention purge at unlock is done
    QString passphraseFile;
    QTemporaryDir scratch; // copies live here
    int copies = 0;

    // A copy of a vault folder, so nothing the benchmarks do reaches the generated vault.
    QString copy(const QString& from)
    {
        return copyBenchVault(from, scratch.filePath(QStringLiteral("copy-%1").arg(++copies)));
    }
    QString copy() { return copy(settled); }
};

Fixture* fixture = nullptr;

void fail(benchmark::State& state, const Error& error)
{
    state.SkipWithError(error.message.toStdString().c_str());
}

// `count` well-formed request rows, as a program's intake export would give them; with `sharedPhone`, every row
// gives that number (a hospital switchboard), as in the red-team review's vault.
QByteArray requestCsv(int count, const QDateTime& now, const QByteArray& sharedPhone = {})
{
    static const char* const channels[] = { "phone", "email", "web_form" };
    static const char* const reasons[] = { "burnout", "adverse_event", "life_stressor", "conflict" };
    QByteArray csv = "received_at,channel,name,email,phone,languages,modalities,reasons,career_stage,region\n";
    for (int i = 0; i < count; ++i) {
        const QDateTime at = now.addSecs(-qint64(count - i) * 600);
        csv += at.toString(Qt::ISODate).toLatin1() + ',' + channels[i % 3] + ",Imported Person " + QByteArray::number(i)
            + ",imported" + QByteArray::number(i) + "@example.org," + sharedPhone + ",en,phone; video," + reasons[i % 4]
            + ",mid_career,North\n";
    }
    return csv;
}

struct Session
{
    ShiftableClock clock;
    std::unique_ptr<VaultSession> session;

    // Opened `shiftDays` from now: unlocking purges what retention says is due at that moment.
    explicit Session(const QString& directory, qint64 shiftDays = 0)
    {
        clock.shift(shiftDays);
        session = openBenchVault(directory, fixture->passphraseFile, clock);
    }
};

// --- Unlocking -----------------------------------------------------------------------------------------------

void unlockWithoutKdf(benchmark::State& state)
{
    const QString directory = fixture->copy();
    const UnlockedKey key = unwrapBenchVault(directory, fixture->passphraseFile);
    SystemClock clock;
    for (auto _ : state) {
        auto session = vault::open(copyOf(key), clock);
        if (!session)
            return fail(state, session.error());
        session->reset(); // closing (checkpoint, unlock) is part of a lock/unlock cycle
    }
}

void kdfAtDefaultCost(benchmark::State& state)
{
    const SecureBuffer secret = SecureBuffer::copyOf("violet harbour lantern 42 quietly", 33);
    const QByteArray salt(16, '\x5a');
    for (auto _ : state) {
        auto key = kdf::deriveKey(secret, salt, KdfParams::interactiveDefault());
        if (!key)
            return fail(state, key.error());
    }
}

// --- Reading ---------------------------------------------------------------------------------------------------

std::unique_ptr<Session> readSession;

void dashboard(benchmark::State& state)
{
    for (auto _ : state) {
        auto overview = DashboardService(*readSession->session).overview();
        if (!overview)
            return fail(state, overview.error());
    }
}

// The count for the scroll bar and the first block of rows, as the Requests page reads them.
void listRequests(benchmark::State& state, const RequestListQuery& query)
{
    for (auto _ : state) {
        RequestService requests(*readSession->session);
        auto count = requests.count(query);
        if (!count)
            return fail(state, count.error());
        auto rows = requests.page(query);
        if (!rows)
            return fail(state, rows.error());
        benchmark::DoNotOptimize(rows->size());
    }
}

// What the Requests page shows when it opens.
void requestListFirstPage(benchmark::State& state)
{
    RequestListQuery query;
    query.limit = 200;
    listRequests(state, query);
}

// A coordinator narrowing the list: closed e-mail requests of the last year, newest first.
void requestListFiltered(benchmark::State& state)
{
    RequestListQuery query;
    query.statuses = { RequestStatus::Closed };
    query.channel = QStringLiteral("email");
    query.receivedFrom = readSession->clock.nowUtc().addYears(-1);
    query.limit = 200;
    listRequests(state, query);
}

// Monthly statistics as published: every table for the last complete month, with disclosure control.
void monthlyStatistics(benchmark::State& state)
{
    const QDate lastMonth = readSession->clock.todayLocal().addMonths(-1);
    const StatPeriod period{ StatPeriod::Type::Month, lastMonth.year(), lastMonth.month() };
    for (auto _ : state) {
        auto release = StatisticsPublisher(*readSession->session).preview(period, 5);
        if (!release)
            return fail(state, release.error());
    }
}

// Two more sites for the statistics by site, in the bench's copies of the vault (before one is copied to a server,
// whose owner's connection cannot write the audit rows adding them). Requests, groups and supporters stay at the
// first site: that changes no query's work, and no other benchmark's.
Result<void> addBenchSites(VaultSession& session)
{
    SiteService sites(session);
    auto listed = sites.list();
    if (!listed)
        return listed.error();
    for (const char* code : { "north", "south" }) {
        const bool present = std::any_of(listed->cbegin(), listed->cend(),
                                         [code](const Site& site) { return site.code == QLatin1String(code); });
        if (present)
            continue;
        if (auto added = sites.add(QLatin1String(code), QLatin1String(code)); !added)
            return added.error();
    }
    return {};
}

// The same month by site (docs/statistics.md, "Statistics by site"), with three sites: every table read for the
// program and for each site in one transaction, and protected together.
void monthlyStatisticsBySite(benchmark::State& state)
{
    const QDate lastMonth = readSession->clock.todayLocal().addMonths(-1);
    const StatPeriod period{ StatPeriod::Type::Month, lastMonth.year(), lastMonth.month() };
    for (auto _ : state) {
        auto release = StatisticsPublisher(*readSession->session).preview(period, 5, true);
        if (!release)
            return fail(state, release.error());
    }
}

// --- Matching --------------------------------------------------------------------------------------------------

std::unique_ptr<Session> matchSession;
qint64 triagedRequest = 0;

// A request waiting for a supporter: one the vault has, or a new one imported and triaged.
Result<qint64> findOrMakeTriaged(VaultSession& session)
{
    RequestListQuery query;
    query.statuses = { RequestStatus::Triaged };
    query.limit = 1;
    auto rows = RequestService(session).page(query);
    if (!rows)
        return rows.error();
    if (!rows->isEmpty())
        return rows->constFirst().summary.id;
    QByteArray csv = requestCsv(1, session.clock().nowUtc());
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    auto report = RequestImporter::run(session, buffer, false);
    if (!report)
        return report.error();
    if (report->ids.isEmpty())
        return makeError(ErrorCode::InvalidInput, report->errorText());
    TriageDecision decision;
    decision.reasons = { QStringLiteral("burnout") };
    if (auto triaged = RequestService(session).triage(report->ids.constFirst(), decision); !triaged)
        return triaged.error();
    return report->ids.constFirst();
}

// The ranking a coordinator sees when opening a request to match; `cold` reads the roster first (the first
// ranking after unlocking, or after the roster changed), warm reuses the session's roster. Cold also frees the
// roster it replaces, as a reload after a bulk change does; the first ranking after unlocking has none to free.
void matchRanking(benchmark::State& state, bool cold)
{
    for (auto _ : state) {
        if (cold)
            matchSession->session->roster().clear();
        auto ranked = MatchingService(*matchSession->session).suggest(triagedRequest);
        if (!ranked)
            return fail(state, ranked.error());
        benchmark::DoNotOptimize(ranked->candidates.size());
    }
}

// --- Writing (each on a fresh copy) ------------------------------------------------------------------------------

// The writing benchmarks' row counts are scaled by --write-percent (100 unless given): bench_smoke only checks
// that they run, and at full size they would take most of its minute.
int writePercent = 100;

int scaledRows(int rows)
{
    return std::max(1, rows * writePercent / 100);
}

void import10kRequests(benchmark::State& state)
{
    const int rows = scaledRows(10000);
    for (auto _ : state) {
        Session target(fixture->copy());
        QByteArray csv = requestCsv(rows, target.clock.nowUtc().addDays(-1));
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        auto report = RequestImporter::run(*target.session, buffer, false);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!report)
            return fail(state, report.error());
        if (report->ids.size() != rows)
            return fail(state, makeError(ErrorCode::InvalidInput, report->errorText()));
    }
}

// `requests list --json` as the CLI runs it: a new unlock, every request with its identity read and its
// earlier-request counts, and (new in this unlock) an identity.viewed row each. On a copy where 40 000 more
// requests share one phone number, which made the count a correlated subquery per row run for minutes.
void listAllSharedPhone(benchmark::State& state)
{
    const int sharing = scaledRows(40000);
    QString directory;
    {
        Session target(fixture->copy());
        QByteArray csv = requestCsv(sharing, target.clock.nowUtc().addDays(-1), "613-555-0142");
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        auto report = RequestImporter::run(*target.session, buffer, false);
        if (!report)
            return fail(state, report.error());
        directory = target.session->directory();
    }
    qsizetype listed = 0;
    for (auto _ : state) {
        Session reader(directory);
        QElapsedTimer timer;
        timer.start();
        auto requests = RequestService(*reader.session).viewAll();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!requests)
            return fail(state, requests.error());
        listed = requests->size();
    }
    state.counters["requests"] = double(listed);
}

// On the vault as `demo` left it, opened as if eleven years ago so that unlocking purges nothing, then moves the
// clock until about `Wanted` closed requests are due (all of them when the vault has fewer) and purges them; the
// counter says how many.
void purgeClosed(benchmark::State& state)
{
    constexpr int Wanted = 10000;
    constexpr qint64 Earliest = -11 * 366;
    int purged = 0;
    for (auto _ : state) {
        Session target(fixture->copy(fixture->vault), Earliest);
        RetentionService retention(*target.session);
        qint64 low = Earliest;
        qint64 high = 400;
        while (low < high) { // the smallest shift that makes Wanted due, or the whole range
            // Not (low + high) / 2: the shifts are negative, and division rounding towards zero would give `high`
            // again once the two are one day apart, for ever.
            const qint64 middle = low + (high - low) / 2;
            target.clock.shift(middle);
            auto due = retention.purge(true);
            if (!due)
                return fail(state, due.error());
            if (due->requests >= Wanted)
                high = middle;
            else
                low = middle + 1;
        }
        target.clock.shift(low);
        QElapsedTimer timer;
        timer.start();
        auto report = retention.purge(false);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!report)
            return fail(state, report.error());
        purged = report->requests;
    }
    state.counters["requests"] = purged;
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv);
    if (!initialiseCore())
        return 1;
    try {
        const BenchArguments arguments(argc, argv,
                                       { QStringLiteral("vault"), QStringLiteral("passphrase-file"),
                                         QStringLiteral("server-env"), QStringLiteral("write-percent") });
        Fixture shared;
        shared.vault = arguments.required(QStringLiteral("vault"));
        shared.passphraseFile = arguments.required(QStringLiteral("passphrase-file"));
        fixture = &shared;
        writePercent = arguments.value(QStringLiteral("write-percent"), QStringLiteral("100")).toInt();
        if (writePercent < 1 || writePercent > 100)
            throw std::invalid_argument("--write-percent takes 1 to 100");
        shared.settled = shared.copy(shared.vault);
        Session(shared.settled).session->close();
        readSession = std::make_unique<Session>(shared.copy());
        matchSession = std::make_unique<Session>(shared.copy());
        for (Session* session : { readSession.get(), matchSession.get() }) {
            if (auto added = addBenchSites(*session->session); !added)
                throw std::runtime_error(added.error().message.toStdString());
        }
        auto triaged = findOrMakeTriaged(*matchSession->session);
        if (!triaged)
            throw std::runtime_error(triaged.error().message.toStdString());
        triagedRequest = *triaged;

        // --server-env: the reading operations again with both sessions on a program server over loopback TLS (the
        // vault's program copied in, the same ids), for the ratio to the local vault (docs/performance.md).
        const QString serverEnvironment = arguments.value(QStringLiteral("server-env"));
        std::unique_ptr<BenchServer> server;
        if (!serverEnvironment.isEmpty()) {
            server = std::make_unique<BenchServer>(serverEnvironment);
            if (auto copied = program_copy::copyAll(matchSession->session->database(), server->owner()); !copied)
                throw std::runtime_error(copied.error().message.toStdString());
            readSession->session->continueOnServer(server->connect());
            matchSession->session->continueOnServer(server->connect());
        }

        if (!server) {
            benchmark::RegisterBenchmark("unlock_without_kdf", unlockWithoutKdf)->Unit(benchmark::kMillisecond);
            benchmark::RegisterBenchmark("kdf_default_cost", kdfAtDefaultCost)
                ->Unit(benchmark::kMillisecond)
                ->Iterations(3);
        }
        benchmark::RegisterBenchmark("dashboard", dashboard)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("request_list_first_page", requestListFirstPage)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("request_list_filtered", requestListFiltered)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("match_ranking_cold", matchRanking, true)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("match_ranking_warm", matchRanking, false)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("monthly_statistics", monthlyStatistics)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("monthly_statistics_by_site", monthlyStatisticsBySite)
            ->Unit(benchmark::kMillisecond);
        if (server) {
            benchmark::RunSpecifiedBenchmarks();
            benchmark::Shutdown();
            readSession.reset();
            matchSession.reset();
            return 0;
        }
        benchmark::RegisterBenchmark("import_10k_requests", import10kRequests)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(1);
        benchmark::RegisterBenchmark("request_list_all_shared_phone", listAllSharedPhone)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(2);
        benchmark::RegisterBenchmark("purge_closed_requests", purgeClosed)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(1);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        readSession.reset();
        matchSession.reset();
    } catch (const std::exception& error) {
        std::cerr << "peerdesk-bench: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
