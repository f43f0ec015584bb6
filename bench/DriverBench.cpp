// peerdesk-bench-driver: the query mix (QueryMix.h) through our SQLCipher driver on an encrypted and an
// unencrypted copy of the vault, and through the sqlite3 C API of the same library on the unencrypted one. The two
// copies are written the same way (sqlcipher_export from the vault, then write-ahead logging, as the application's
// connections run), so that the encryption is all that differs between them. The vault itself would differ in more:
// it is a working file, with b-tree pages less full than a fresh copy's. The unencrypted copy goes to --plain-out for
// the QSQLITE side (peerdesk-bench-qsqlite), which runs in its own process; scripts/bench deletes it afterwards. The
// encrypted copy lives in a temporary folder beside it and is deleted here. The vaults it benchmarks hold only
// synthetic data.
//
// The backends compared run alternately: every query is registered for every backend in turn, and scripts/bench
// asks Google Benchmark to interleave the repetitions at random, so that a slower moment of the machine falls on
// all backends alike rather than on the ones that happen to run last.
#include "BenchArguments.h"
#include "BenchVault.h"
#include "MixRunner.h"
#include "core/CoreInit.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <iostream>

using namespace peerdesk;
using namespace peerdesk::bench;

namespace {

// The second pair of backends runs without a page cache: SQLite lets go of every page a statement is done with, so
// each query reads, and on the encrypted copy authenticates and decrypts, every page it touches, as a query does when
// none of its pages is cached (the first screens after unlocking, a vault larger than the cache). With the
// application's cache (PageCache.h) the whole vault fits at the program scale: after the first run no page is read
// at all, and that pair measures the same work on both copies.
constexpr const char* NoPageCache = "PRAGMA cache_size = 0";

// The vault's database as the application keys it: a raw 32-byte key, read-only here.
QSqlDatabase openWithDriver(const QString& connectionName, const QString& path, const SecureBuffer* key)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), connectionName);
    auto* driver = qobject_cast<SqlCipherDriver*>(database.driver());
    if (!driver)
        throw std::runtime_error("QSQLCIPHER is not registered");
    driver->setKey(key ? SecureBuffer::copyOf(key->data(), key->size()) : SecureBuffer());
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("PEERDESK_OPEN_READONLY;PEERDESK_OPEN_NO_CREATE"));
    if (!database.open())
        throw std::runtime_error(database.lastError().text().toStdString());
    return database;
}

// A sqlite3 handle on the vault's database, keyed, or on an unencrypted file (no key).
sqlite3* openRaw(const QString& path, const SecureBuffer* key, int flags)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        throw std::runtime_error("cannot open " + path.toStdString());
    }
    // The lookaside every connection of the application gets (SqlCipherDriver): memory security is on for the whole
    // process once the driver has set it, and without a lookaside each small allocation is locked and wiped on its
    // own, which made the C API look several times slower than our driver on top of the same library.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_LOOKASIDE, nullptr, SqlCipherDriver::LookasideSlotSize,
                      SqlCipherDriver::LookasideSlots);
    if (key) {
        SecureBuffer spec = SqlCipherDriver::rawKeySpec(*key);
        if (sqlite3_key(handle, spec.data(), int(spec.size() - 1)) != SQLITE_OK) {
            sqlite3_close(handle);
            throw std::runtime_error("cannot key " + path.toStdString());
        }
    }
    return handle;
}

// Runs one statement, its rows read and dropped.
void run(sqlite3* handle, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : sqlite3_errmsg(handle);
        sqlite3_free(message);
        throw std::runtime_error(text);
    }
}

// sqlcipher_export of the vault into `target` (which must not exist): encrypted with the vault's key when `key` is
// given, unencrypted otherwise. Both copies go through the same steps, so they differ in the encryption alone
// (and in the 80 bytes per page it reserves for the IV and the HMAC, which are part of its cost).
void writeCopy(const QString& vaultPath, const SecureBuffer& vaultKey, const QString& target, const SecureBuffer* key)
{
    if (QFile::exists(target))
        throw std::runtime_error(target.toStdString() + " already exists");
    {
        // ATTACH opens with the main connection's flags, which never create a file; an empty file is an empty
        // database. The main connection must be read-write for the attached copy to be written.
        QFile empty(target);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw std::runtime_error("cannot create " + target.toStdString());
    }
    sqlite3* handle = openRaw(vaultPath, &vaultKey, SQLITE_OPEN_READWRITE);
    try {
        // The copy's key is bound, never formatted into the statement; an empty key attaches an unencrypted file.
        SecureBuffer spec = key ? SqlCipherDriver::rawKeySpec(*key) : SecureBuffer();
        const QByteArray file = QFile::encodeName(target);
        sqlite3_stmt* attach = nullptr;
        int rc = sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS copy KEY ?2", -1, &attach, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(attach, 1, file.constData(), int(file.size()), SQLITE_STATIC);
            sqlite3_bind_text(attach, 2, key ? reinterpret_cast<const char*>(spec.data()) : "",
                              key ? int(spec.size() - 1) : 0, SQLITE_STATIC);
            rc = sqlite3_step(attach);
        }
        sqlite3_finalize(attach);
        if (rc != SQLITE_DONE)
            throw std::runtime_error(std::string("cannot attach the copy: ") + sqlite3_errmsg(handle));
        run(handle, "SELECT sqlcipher_export('copy')");
        // The application's journal mode (Database::configure), on both copies. A file left in rollback mode takes
        // its locks, looks for a hot journal and reads the change counter at every statement: five more system
        // calls than in write-ahead logging, a fifth of a cached point lookup, which is what once made the vault
        // look faster than its unencrypted copy.
        run(handle, "PRAGMA copy.journal_mode = WAL");
        run(handle, "DETACH DATABASE copy");
    } catch (...) {
        sqlite3_close(handle);
        throw;
    }
    sqlite3_close(handle);
}

// "3046 pages of 4096 bytes, 0 free, journal wal", recorded in the JSON output's context: the layouts compared.
std::string describe(const QString& path, const SecureBuffer* key)
{
    sqlite3* handle = openRaw(path, key, SQLITE_OPEN_READONLY);
    const auto number = [&](const char* sql) {
        sqlite3_stmt* statement = nullptr;
        std::string value = "?";
        if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return value;
    };
    const std::string text = number("PRAGMA page_count") + " pages of " + number("PRAGMA page_size") + " bytes, "
        + number("PRAGMA freelist_count") + " free, journal " + number("PRAGMA journal_mode");
    sqlite3_close(handle);
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv);
    try {
        const BenchArguments arguments(
            argc, argv, { QStringLiteral("vault"), QStringLiteral("passphrase-file"), QStringLiteral("plain-out") });
        if (!initialiseCore())
            return 1;
        const QString vaultDir = arguments.required(QStringLiteral("vault"));
        const QString vault = QDir(vaultDir).filePath(QStringLiteral("peerdesk.db"));
        const QString plain = arguments.required(QStringLiteral("plain-out"));
        const UnlockedKey key = unwrapBenchVault(vaultDir, arguments.required(QStringLiteral("passphrase-file")));
        const SecureBuffer& vaultKey = key.keys.data;
        // Beside the unencrypted copy (the same file system), removed with its folder when this scope ends.
        QTemporaryDir encryptedDir(QFileInfo(plain).absolutePath() + QStringLiteral("/encrypted-XXXXXX"));
        if (!encryptedDir.isValid())
            throw std::runtime_error("cannot create a folder beside " + plain.toStdString());
        const QString encrypted = encryptedDir.filePath(QStringLiteral("copy.db"));
        writeCopy(vault, vaultKey, encrypted, &vaultKey);
        writeCopy(vault, vaultKey, plain, nullptr);
        benchmark::AddCustomContext("vault", describe(vault, &vaultKey));
        benchmark::AddCustomContext("encrypted copy", describe(encrypted, &vaultKey));
        benchmark::AddCustomContext("unencrypted copy", describe(plain, nullptr));

        {
            const std::vector<std::pair<std::string, std::shared_ptr<QtMixBackend>>> ours{
                { "ours-encrypted",
                  std::make_shared<QtMixBackend>(openWithDriver(QStringLiteral("encrypted"), encrypted, &vaultKey)) },
                { "ours-plain",
                  std::make_shared<QtMixBackend>(openWithDriver(QStringLiteral("plain"), plain, nullptr)) },
                { "ours-encrypted-uncached",
                  std::make_shared<QtMixBackend>(
                      openWithDriver(QStringLiteral("encrypted-uncached"), encrypted, &vaultKey), NoPageCache) },
                { "ours-plain-uncached",
                  std::make_shared<QtMixBackend>(openWithDriver(QStringLiteral("plain-uncached"), plain, nullptr),
                                                 NoPageCache) },
            };
            const auto raw = std::make_shared<RawMixBackend>(openRaw(plain, nullptr, SQLITE_OPEN_READONLY));
            // Query by query, every backend in turn: without random interleaving (bench_smoke, a run by hand) the
            // backends compared still run next to each other.
            for (std::size_t q = 0; q < QueryMix.size(); ++q) {
                for (const auto& [name, backend] : ours)
                    registerMixQuery(name, backend, q);
                registerMixQuery("raw-sqlcipher-plain", raw, q);
            }
            benchmark::RunSpecifiedBenchmarks();
            // The registered cases hold the backends too: the connections close with this scope, before the
            // encrypted copy's folder is removed.
            benchmark::ClearRegisteredBenchmarks();
        }
        for (const QString& name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
        benchmark::Shutdown();
    } catch (const std::exception& error) {
        std::cerr << "peerdesk-bench-driver: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
