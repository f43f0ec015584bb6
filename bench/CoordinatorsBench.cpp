// Several coordinators on one program server at the same time (docs/performance.md, "Several coordinators at once").
// Each simulated coordinator is a thread with its own session and connection, signed in as the program's
// administrator's staff login, doing what a coordinator's day is made of, back to back and without pauses: the
// Dashboard, the Requests page's first block, a request opened (its identity read, audited), the ranking of
// candidates for a triaged request, and an edit of a request (a write with its audit row, under the server's locks and
// row versions). A change feed on the main thread measures how long after an edit began its announcement arrived
// on another connection (live refresh: an upper bound of commit to announcement). Prints a Markdown table of the 50th and 95th percentiles per operation, in milliseconds.
//
//   peerdesk-bench-coordinators --vault DIR --passphrase-file FILE --server-env FILE [--coordinators 10]
//                               [--seconds 20] [--think-ms 0] [--group-role administrator|coordinator]
// --group-role coordinator: every login in the coordinators' group, held by row-level security to the vault
// administrator's sites (staff_sites), to measure what the policies cost.
// --think-ms: a pause after each operation, drawn between half and one and a half times it, as a person reads what
// they opened; 0 (the default) measures the server saturated by back-to-back operations.
#include "BenchArguments.h"
#include "BenchServer.h"
#include "BenchVault.h"
#include "core/CoreInit.h"
#include "core/services/DashboardService.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/storage/Database.h"
#include "core/storage/ProgramCopy.h"
#include "core/vault/ChangeFeed.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <thread>

using namespace peerdesk;
using namespace peerdesk::bench;
using Steady = std::chrono::steady_clock;

namespace {

const QString Admin = QStringLiteral("admin");

struct Shared
{
    QString vaultCopy; // unlocked once already: its retention purge is done
    QString passphraseFile;
    BenchServer* server = nullptr;
    QList<qint64> openRequests;
    QList<qint64> triagedRequests;
    std::mutex opening; // one sign-in at a time: the vault copy's lock is held until the session moves to the server
    std::atomic<bool> stop{ false };
    int thinkMs = 0;
    // The database group of every worker's login: "coordinator" measures the sessions row-level security holds to
    // their sites (server_schema step 7); "administrator", the default, those it passes everywhere.
    QString groupRole = QStringLiteral("administrator");

    std::mutex edited;
    std::map<qint64, Steady::time_point> committed; // request id -> when its edit began, until announced
};

struct Timings
{
    std::map<std::string, std::vector<double>> ms;
    int conflicts = 0;
    int errors = 0;
    std::string firstError;
};

double since(Steady::time_point start)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - start).count();
}

void coordinator(Shared& shared, int index, Timings& timings)
{
    SystemClock clock;
    std::unique_ptr<VaultSession> session;
    try {
        std::lock_guard<std::mutex> one(shared.opening);
        session = openBenchVault(shared.vaultCopy, shared.passphraseFile, clock);
        session->continueOnServer(shared.server->connectAs(Admin, shared.groupRole));
    } catch (const std::exception& error) {
        timings.errors++;
        timings.firstError = error.what();
        return;
    }
    std::mt19937 random(static_cast<unsigned>(1000 + index));
    std::discrete_distribution<int> pick({ 20, 30, 25, 10, 15 });
    std::uniform_int_distribution<int> think(shared.thinkMs / 2, shared.thinkMs + shared.thinkMs / 2);
    const auto any = [&random](const QList<qint64>& ids) {
        return ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(random));
    };
    const auto note = [&timings](const Error& error) {
        if (error.code == ErrorCode::Conflict) {
            timings.conflicts++;
            return;
        }
        if (timings.errors++ == 0)
            timings.firstError = error.message.toStdString();
    };
    while (!shared.stop.load()) {
        if (shared.thinkMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(think(random)));
        const auto start = Steady::now();
        switch (pick(random)) {
        case 0: {
            auto overview = DashboardService(*session).overview();
            if (!overview)
                note(overview.error());
            timings.ms["dashboard"].push_back(since(start));
            break;
        }
        case 1: {
            RequestListQuery query;
            query.limit = 200;
            RequestService requests(*session);
            auto count = requests.count(query);
            auto rows = count ? requests.page(query) : Result<QList<RequestListRow>>(count.error());
            if (!rows)
                note(rows.error());
            timings.ms["request_list_first_page"].push_back(since(start));
            break;
        }
        case 2: {
            auto viewed = RequestService(*session).view(any(shared.openRequests));
            if (!viewed)
                note(viewed.error());
            timings.ms["request_opened"].push_back(since(start));
            break;
        }
        case 3: {
            if (shared.triagedRequests.isEmpty())
                break;
            auto ranked = MatchingService(*session).suggest(any(shared.triagedRequests));
            if (!ranked)
                note(ranked.error());
            timings.ms["match_ranking"].push_back(since(start));
            break;
        }
        default: {
            const qint64 id = any(shared.openRequests);
            RequestService requests(*session);
            auto request = requests.get(id);
            if (!request) {
                note(request.error());
                break;
            }
            RequestEdit edit = RequestEdit::of(*request);
            edit.urgency = edit.urgency == QLatin1String("priority") ? QStringLiteral("routine")
                                                                      : QStringLiteral("priority");
            // The announcement may arrive before update() returns: live refresh is timed from the edit's start, an
            // upper bound of commit to announcement.
            const auto editing = Steady::now();
            bool waiting = false;
            {
                std::lock_guard<std::mutex> lock(shared.edited);
                waiting = shared.committed.emplace(id, editing).second;
            }
            auto updated = requests.update(id, edit);
            timings.ms["request_edited"].push_back(since(start));
            if (!updated) {
                note(updated.error());
                std::lock_guard<std::mutex> lock(shared.edited);
                if (const auto found = shared.committed.find(id);
                    waiting && found != shared.committed.end() && found->second == editing)
                    shared.committed.erase(found);
            }
            break;
        }
        }
    }
    session->close();
}

QList<qint64> ids(Database& database, const QString& sql)
{
    QList<qint64> found;
    auto rows = database.exec(sql);
    if (!rows)
        throw std::runtime_error(rows.error().message.toStdString());
    while (rows->next())
        found.append(rows->value(0).toLongLong());
    return found;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (!initialiseCore())
        return 1;
    try {
        const BenchArguments arguments(argc, argv,
                                       { QStringLiteral("vault"), QStringLiteral("passphrase-file"),
                                         QStringLiteral("server-env"), QStringLiteral("coordinators"),
                                         QStringLiteral("seconds"), QStringLiteral("think-ms"),
                                         QStringLiteral("group-role") });
        const int coordinators = arguments.value(QStringLiteral("coordinators"), QStringLiteral("10")).toInt();
        const int seconds = arguments.value(QStringLiteral("seconds"), QStringLiteral("20")).toInt();
        if (coordinators < 1 || seconds < 1)
            throw std::invalid_argument("--coordinators and --seconds take a number above 0");

        QTemporaryDir scratch;
        Shared shared;
        shared.thinkMs = arguments.value(QStringLiteral("think-ms"), QStringLiteral("0")).toInt();
        if (shared.thinkMs < 0)
            throw std::invalid_argument("--think-ms takes a number of milliseconds, 0 or more");
        shared.groupRole = arguments.value(QStringLiteral("group-role"), shared.groupRole);
        if (shared.groupRole != QLatin1String("administrator") && shared.groupRole != QLatin1String("coordinator"))
            throw std::invalid_argument("--group-role takes administrator or coordinator");
        shared.passphraseFile = arguments.required(QStringLiteral("passphrase-file"));
        shared.vaultCopy
            = copyBenchVault(arguments.required(QStringLiteral("vault")), scratch.filePath(QStringLiteral("copy")));
        BenchServer server(arguments.required(QStringLiteral("server-env")));
        shared.server = &server;
        {
            SystemClock clock;
            auto session = openBenchVault(shared.vaultCopy, shared.passphraseFile, clock);
            if (auto copied = program_copy::copyAll(session->database(), server.owner()); !copied)
                throw std::runtime_error(copied.error().message.toStdString());
            session->close();
        }
        shared.openRequests = ids(server.owner(), QStringLiteral("SELECT id FROM requests WHERE status <> 'closed' "
                                                                 "AND identity_purged_at IS NULL ORDER BY id"));
        shared.triagedRequests
            = ids(server.owner(), QStringLiteral("SELECT id FROM requests WHERE status = 'triaged' ORDER BY id"));
        if (shared.openRequests.isEmpty())
            throw std::runtime_error("the vault has no open request to work on");

        // Live refresh: from an edit's return to its announcement on another connection.
        const ServerConnection listener = server.staffConnection(Admin, QStringLiteral("administrator"));
        auto feed = ChangeFeed::open(listener, server.staffPassword(Admin));
        if (!feed)
            throw std::runtime_error(feed.error().message.toStdString());
        std::vector<double> refresh;
        QObject::connect(feed->get(), &ChangeFeed::changed, &app, [&](const QString& table, qint64 id) {
            if (table != QLatin1String("requests"))
                return;
            std::lock_guard<std::mutex> lock(shared.edited);
            const auto found = shared.committed.find(id);
            if (found == shared.committed.end())
                return;
            refresh.push_back(since(found->second));
            shared.committed.erase(found);
        });

        std::vector<Timings> timings(static_cast<std::size_t>(coordinators));
        std::vector<std::thread> threads;
        for (int i = 0; i < coordinators; ++i)
            threads.emplace_back(coordinator, std::ref(shared), i, std::ref(timings[std::size_t(i)]));
        QTimer::singleShot(std::chrono::seconds(seconds), &app, &QCoreApplication::quit);
        app.exec();
        shared.stop = true;
        for (std::thread& thread : threads)
            thread.join();
        // Announcements of the last edits still on their way.
        QTimer::singleShot(500, &app, &QCoreApplication::quit);
        app.exec();

        Timings all;
        for (const Timings& one : timings) {
            for (const auto& [name, values] : one.ms)
                all.ms[name].insert(all.ms[name].end(), values.begin(), values.end());
            all.conflicts += one.conflicts;
            all.errors += one.errors;
            if (all.firstError.empty())
                all.firstError = one.firstError;
        }
        all.ms["live_refresh"] = refresh;
        std::printf("%d coordinators for %d s on a program server (loopback TLS), %lld open requests, %d ms between "
                    "operations\n\n",
                    coordinators, seconds, static_cast<long long>(shared.openRequests.size()), shared.thinkMs);
        std::printf("| Operation | Count | p50 (ms) | p95 (ms) | max (ms) |\n|---|---:|---:|---:|---:|\n");
        for (const auto& [name, values] : all.ms) {
            std::printf("| %s | %zu | %.1f | %.1f | %.1f |\n", name.c_str(), values.size(), percentile(values, 0.5),
                        percentile(values, 0.95), percentile(values, 1.0));
        }
        std::printf("\nEdits refused as changed by someone else (exit 7): %d; other errors: %d%s%s\n", all.conflicts,
                    all.errors, all.errors ? " — first: " : "", all.firstError.c_str());
        return all.errors == 0 ? 0 : 1;
    } catch (const std::exception& error) {
        std::cerr << "peerdesk-bench-coordinators: " << error.what() << '\n';
        return 1;
    }
}
