// peerdesk-bench-driver: the query mix (QueryMix.h) through our SQLCipher driver on the encrypted vault and on
// an unencrypted copy, and through the sqlite3 C API of the same library on that copy. The copy is written
// with sqlcipher_export to --plain-out for the QSQLITE side (peerdesk-bench-qsqlite), which runs in its own
// process. scripts/bench deletes it afterwards; the vaults it benchmarks hold only synthetic data.
#include "BenchArguments.h"
#include "BenchVault.h"
#include "core/CoreInit.h"
#include "MixRunner.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <iostream>

using namespace peerdesk;
using namespace peerdesk::bench;

namespace {

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

// sqlcipher_export into an unencrypted database at `target` (which must not exist).
void writePlainCopy(const QString& encryptedPath, const SecureBuffer& key, const QString& target)
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
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(encryptedPath).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        throw std::runtime_error("cannot open the vault database");
    SecureBuffer spec = SqlCipherDriver::rawKeySpec(key);
    const auto run = [&](const char* sql) {
        char* message = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const std::string text = message ? message : "unknown error";
            sqlite3_free(message);
            sqlite3_close(handle);
            throw std::runtime_error(text);
        }
    };
    if (sqlite3_key(handle, spec.data(), int(spec.size() - 1)) != SQLITE_OK)
        throw std::runtime_error("cannot key the vault database");
    const QByteArray attach = "ATTACH DATABASE '" + QFile::encodeName(target).replace('\'', "''") + "' AS plain KEY ''";
    run(attach.constData());
    run("SELECT sqlcipher_export('plain')");
    run("DETACH DATABASE plain");
    sqlite3_close(handle);
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
        const QString encrypted = QDir(vaultDir).filePath(QStringLiteral("peerdesk.db"));
        const QString plain = arguments.required(QStringLiteral("plain-out"));
        const UnlockedKey key = unwrapBenchVault(vaultDir, arguments.required(QStringLiteral("passphrase-file")));
        writePlainCopy(encrypted, key.keys.data, plain);

        registerMix(
            "ours-encrypted",
            std::make_shared<QtMixBackend>(openWithDriver(QStringLiteral("encrypted"), encrypted, &key.keys.data)));
        registerMix("ours-plain",
                    std::make_shared<QtMixBackend>(openWithDriver(QStringLiteral("plain"), plain, nullptr)));
        sqlite3* raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(plain).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open the plain copy");
        registerMix("raw-sqlcipher-plain", std::make_shared<RawMixBackend>(raw));
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
    } catch (const std::exception& error) {
        std::cerr << "peerdesk-bench-driver: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
