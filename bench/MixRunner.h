#pragma once

// Runs the query mix (QueryMix.h) through one backend, registered as Google Benchmark cases named
// "mix/<backend>/<query>". Header-only: the driver process compiles it against SQLCipher's sqlite3.h, the
// QSQLITE process against the system's, and neither links the other's library.

#include "QueryMix.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <benchmark/benchmark.h>
#include <memory>
#include <sqlite3.h>
#include <stdexcept>
#include <vector>

namespace peerdesk::bench {

// Through QSqlQuery, as the application reads: prepared once, then bound, executed and every value of every
// row read as a QVariant (what a model does).
class QtMixBackend
{
public:
    // `cachePragma` sizes the page cache: the application's (storage/PageCache.h) unless a comparison asks for
    // another on every backend it compares.
    explicit QtMixBackend(QSqlDatabase database, const char* cachePragma = page_cache::Pragma)
        : m_database(std::move(database))
    {
        if (QSqlQuery cache(m_database); !cache.exec(QString::fromLatin1(cachePragma)))
            throw std::runtime_error(cache.lastError().text().toStdString());
        // Both drivers hand out their sqlite3 handle under this type name (Qt's documented way to reach it).
        if (const QVariant handle = m_database.driver()->handle();
            handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3* const*>(handle.constData());
        for (const MixQuery& query : QueryMix) {
            QSqlQuery prepared(m_database);
            prepared.setForwardOnly(true);
            if (!prepared.prepare(QString::fromUtf8(query.sql)))
                throw std::runtime_error(prepared.lastError().text().toStdString());
            m_queries.push_back(prepared);
        }
        m_bounds.maxRequestId = scalar(MaxRequestIdSql).toLongLong();
        m_bounds.maxSupporterId = scalar(MaxSupporterIdSql).toLongLong();
        setMonth(m_bounds, scalar(NewestClosedSql).toString().toStdString());
    }

    std::int64_t run(std::size_t q, std::int64_t i)
    {
        QSqlQuery& query = m_queries[q];
        for (int k = 0; k < QueryMix[q].parameters; ++k) {
            const MixParameter value = parameter(q, k, i, m_bounds);
            if (const auto* number = std::get_if<std::int64_t>(&value))
                query.bindValue(k, QVariant::fromValue<qlonglong>(*number));
            else
                query.bindValue(k, QString::fromStdString(std::get<std::string>(value)));
        }
        if (!query.exec())
            throw std::runtime_error(query.lastError().text().toStdString());
        std::int64_t values = 0;
        const int columns = query.record().count();
        while (query.next()) {
            for (int c = 0; c < columns; ++c) {
                benchmark::DoNotOptimize(query.value(c));
                ++values;
            }
        }
        query.finish();
        return values;
    }

    sqlite3* handle() const { return m_handle; }

private:
    QVariant scalar(const char* sql)
    {
        QSqlQuery query(m_database);
        if (!query.exec(QString::fromUtf8(sql)) || !query.next())
            throw std::runtime_error(query.lastError().text().toStdString());
        return query.value(0);
    }

    QSqlDatabase m_database;
    sqlite3* m_handle = nullptr;
    std::vector<QSqlQuery> m_queries;
    MixBounds m_bounds;
};

// Straight through the sqlite3 C API: the floor every driver is measured against.
class RawMixBackend
{
public:
    explicit RawMixBackend(sqlite3* database) : m_database(database)
    {
        // The application's page cache (storage/PageCache.h), on every backend alike.
        if (sqlite3_exec(m_database, page_cache::Pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(m_database));
        for (const MixQuery& query : QueryMix) {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(m_database, query.sql, -1, &statement, nullptr) != SQLITE_OK)
                throw std::runtime_error(sqlite3_errmsg(m_database));
            m_statements.push_back(statement);
        }
        m_bounds.maxRequestId = std::stoll(scalar(MaxRequestIdSql));
        m_bounds.maxSupporterId = std::stoll(scalar(MaxSupporterIdSql));
        setMonth(m_bounds, scalar(NewestClosedSql));
    }
    // Owns the connection: LeakSanitizer (scripts/test --sanitize) reports one left open at exit.
    ~RawMixBackend()
    {
        for (sqlite3_stmt* statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_database);
    }
    RawMixBackend(const RawMixBackend&) = delete;
    RawMixBackend& operator=(const RawMixBackend&) = delete;

    std::int64_t run(std::size_t q, std::int64_t i)
    {
        sqlite3_stmt* statement = m_statements[q];
        sqlite3_reset(statement);
        for (int k = 0; k < QueryMix[q].parameters; ++k) {
            const MixParameter value = parameter(q, k, i, m_bounds);
            if (const auto* number = std::get_if<std::int64_t>(&value)) {
                sqlite3_bind_int64(statement, k + 1, *number);
            } else {
                const std::string& text = std::get<std::string>(value);
                sqlite3_bind_text(statement, k + 1, text.c_str(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        std::int64_t values = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c) {
                // Read each value in its stored type, as a driver must.
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER:
                    benchmark::DoNotOptimize(sqlite3_column_int64(statement, c));
                    break;
                case SQLITE_FLOAT:
                    benchmark::DoNotOptimize(sqlite3_column_double(statement, c));
                    break;
                case SQLITE_NULL:
                    break;
                default:
                    benchmark::DoNotOptimize(sqlite3_column_text(statement, c));
                    benchmark::DoNotOptimize(sqlite3_column_bytes(statement, c));
                    break;
                }
                ++values;
            }
        }
        if (rc != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(m_database));
        return values;
    }

    sqlite3* handle() const { return m_database; }

private:
    std::string scalar(const char* sql)
    {
        sqlite3_stmt* statement = nullptr;
        std::string value;
        if (sqlite3_prepare_v2(m_database, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        if (value.empty())
            throw std::runtime_error(sqlite3_errmsg(m_database));
        return value;
    }

    sqlite3* m_database;
    std::vector<sqlite3_stmt*> m_statements;
    MixBounds m_bounds;
};

// Pages the connection has read from the file (and, encrypted, authenticated and decrypted) since the last call:
// the page cache's misses.
inline int pageReadsSinceLastCall(sqlite3* handle)
{
    int current = 0;
    int highest = 0;
    if (!handle || sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &current, &highest, 1) != SQLITE_OK)
        return 0;
    return current;
}

// The benchmark of query q through this backend. The backend is shared by its cases and lives until the cases are
// cleared (benchmark::ClearRegisteredBenchmarks) or the program ends. Besides the values read, each run counts the
// pages it read per iteration: none means every page came from the page cache, so no decryption was timed.
template <class Backend>
void registerMixQuery(const std::string& backendName, std::shared_ptr<Backend> backend, std::size_t q)
{
    benchmark::RegisterBenchmark(("mix/" + backendName + "/" + QueryMix[q].name).c_str(),
                                 [backend, q](benchmark::State& state) {
                                     std::int64_t i = 0;
                                     std::int64_t values = 0;
                                     pageReadsSinceLastCall(backend->handle());
                                     for (auto _ : state) {
                                         for (int r = 0; r < QueryMix[q].repeat; ++r)
                                             values += backend->run(q, i++);
                                     }
                                     const int pages = pageReadsSinceLastCall(backend->handle());
                                     state.counters["values"]
                                         = benchmark::Counter(double(values), benchmark::Counter::kAvgIterations);
                                     state.counters["page_reads"]
                                         = benchmark::Counter(double(pages), benchmark::Counter::kAvgIterations);
                                 })
        ->Unit(benchmark::kMicrosecond);
}

// One benchmark per query for this backend.
template <class Backend> void registerMix(const std::string& backendName, std::shared_ptr<Backend> backend)
{
    for (std::size_t q = 0; q < QueryMix.size(); ++q)
        registerMixQuery(backendName, backend, q);
}

} // namespace peerdesk::bench
