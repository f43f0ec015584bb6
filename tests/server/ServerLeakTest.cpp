// The server never learns who asked for help (docs/server.md, "What the server's operator can see"): a program made on
// the server through the services, with a marker in every generated name and e-mail, leaves no trace of it in a
// pg_dump, in the server's log of every statement (log_statement = all: QPSQL writes bound values into EXECUTE) or in
// the write-ahead log. A plaintext column written the same way is found by the same scans, so they can see.
#include "CatchCompat.h"
#include "ServerSupport.h"
#include "core/services/ProgramSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

constexpr auto Marker = "Zebulonmarker";

qsizetype occurrencesIn(const QByteArray& bytes, const QByteArray& needle)
{
    qsizetype count = 0;
    for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1))
        ++count;
    return count;
}

QByteArray walBytes()
{
    QByteArray all;
    QDirIterator segments(TestServer::clusterDirectory() + QStringLiteral("/data/pg_wal"), QDir::Files);
    while (segments.hasNext()) {
        QFile segment(segments.next());
        if (segment.open(QIODevice::ReadOnly))
            all += segment.readAll();
    }
    return all;
}

QByteArray serverLog()
{
    QFile log(TestServer::clusterDirectory() + QStringLiteral("/server.log"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    return log.readAll();
}

} // namespace

TEST_CASE("No name or e-mail reaches the server's dump, statement log or WAL", "[server][leak]")
{
    TempVault vault;
    DemoClock clock(vault.clock());
    TestServer server;
    auto session = sessionOnServer(vault, clock, server);
    const QString marker = QLatin1String(Marker);
    // The WAL segment this test starts in must still be there when it is scanned: a recycled segment would make the
    // WAL half of the scan pass without looking (the run keeps 1 GB of WAL: pg-throwaway.sh).
    auto start = server.owner().exec(QStringLiteral("SELECT pg_walfile_name(pg_current_wal_lsn())"));
    REQUIRE(start);
    REQUIRE(start->next());
    const QString firstSegment = start->value(0).toString();
    start->finish();
    // Generated on the server: every name, e-mail and phone went through QPSQL as a bound value.
    REQUIRE(DemoData::generate(*session, clock, DemoOptions{ 5, 10, 40, 1, 0, marker }));
    // The positive control: a program setting is plaintext by design; the same scans must find it.
    const QString control = QStringLiteral("Controlmarker");
    REQUIRE(session->database().exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('scan_control', ?)"),
                                     { control }));
    REQUIRE(server.owner().execute(QStringLiteral("CHECKPOINT")));

    const QByteArray dump = server.runClient(QStringLiteral("pg_dump"), { QStringLiteral("--no-owner") });
    const QByteArray log = serverLog();
    REQUIRE(QFile::exists(TestServer::clusterDirectory() + QStringLiteral("/data/pg_wal/") + firstSegment));
    const QByteArray wal = walBytes();
    // The database's own files too (tables, indexes, TOAST), as the operator would read them.
    auto oid = server.owner().exec(QStringLiteral("SELECT oid FROM pg_database WHERE datname = current_database()"));
    REQUIRE(oid);
    REQUIRE(oid->next());
    QByteArray files;
    QDirIterator heap(TestServer::clusterDirectory() + QStringLiteral("/data/base/") + oid->value(0).toString(),
                      QDir::Files);
    while (heap.hasNext()) {
        QFile file(heap.next());
        if (file.open(QIODevice::ReadOnly))
            files += file.readAll();
    }
    oid->finish();
    REQUIRE(dump.contains("requests"));
    CHECK(dump.contains(control.toUtf8()));
    CHECK(log.contains(control.toUtf8()));
    CHECK(wal.contains(control.toUtf8()));
    CHECK(files.contains(control.toUtf8()));
    // The marker as text and as a bytea prints it (hex), in either case; the demo's phone numbers (+1 AAA 555 01NN)
    // and requesters' best times, which carry no marker.
    const QList<QByteArray> needles = { marker.toUtf8(),
                                        marker.toLower().toUtf8(),
                                        marker.toUpper().toUtf8(),
                                        marker.toUtf8().toHex(),
                                        marker.toLower().toUtf8().toHex(),
                                        QByteArray("555 01"),
                                        QByteArray("Weekday evenings"),
                                        QByteArray("Before 8 in the morning") };
    for (const QByteArray& needle : needles) {
        INFO(needle.toStdString());
        CHECK(occurrencesIn(dump, needle) == 0);
        CHECK(occurrencesIn(log, needle) == 0);
        CHECK(occurrencesIn(wal, needle) == 0);
        CHECK(occurrencesIn(files, needle) == 0);
    }
    // The requests are there, as ciphertext.
    auto cells = server.owner().exec(QStringLiteral("SELECT count(*) FROM requests WHERE name_ct IS NOT NULL"));
    REQUIRE(cells);
    REQUIRE(cells->next());
    CHECK(cells->value(0).toLongLong() > 0);
}
