// peerdesk-bench-qsqlite: the query mix (QueryMix.h) through Qt's own QSQLITE driver and through the system's
// sqlite3 C API, on the unencrypted copy peerdesk-bench-driver wrote. A process of its own that never links
// SQLCipher: two SQLite libraries in one process corrupt each other's locks. Never part of the application.
#include "BenchArguments.h"
#include "MixRunner.h"

#include <QCoreApplication>
#include <QFile>

#include <iostream>

using namespace peerdesk::bench;

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    QCoreApplication app(argc, argv);
    try {
        const BenchArguments arguments(argc, argv, { QStringLiteral("database") });
        const QString path = arguments.required(QStringLiteral("database"));
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("qsqlite"));
        if (!database.isValid())
            throw std::runtime_error("Qt's QSQLITE plugin is not installed (Debian: libqt6sql6-sqlite)");
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open())
            throw std::runtime_error(database.lastError().text().toStdString());
        registerMix("qsqlite-plain", std::make_shared<QtMixBackend>(database));
        sqlite3* raw = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open the plain copy");
        registerMix("raw-system-plain", std::make_shared<RawMixBackend>(raw));
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
    } catch (const std::exception& error) {
        std::cerr << "peerdesk-bench-qsqlite: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
