// Server mode's connection (docs/server.md, "Connecting"): only verified TLS with channel binding, a clear refusal of
// anything else, and a schema the program knows; and the database's own roles.
#include "CatchCompat.h"
#include "TestServer.h"
#include "core/security/ScramVerifier.h"
#include "core/storage/ServerMigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

// A raw QPSQL connection with the options given, bypassing Database::openServer: what another client could try.
bool rawConnects(const TestServer& server, const QString& options, QString* error = nullptr)
{
    const QString name = QStringLiteral("raw-%1").arg(options.size());
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(TestServer::host());
        db.setPort(TestServer::port());
        db.setDatabaseName(server.databaseName());
        db.setUserName(QStringLiteral("pd_owner"));
        db.setPassword(TestServer::ownerPassword());
        db.setConnectOptions(options);
        opened = db.open();
        if (error)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return opened;
}

} // namespace

TEST_CASE("A server connection is TLS verified against the pinned CA, with the session set up", "[server]")
{
    TestServer server;
    auto database = server.open();
    CHECK(database->isServer());
    CHECK(database->dialect().engine() == SqlDialect::Engine::PostgreSQL);
    CHECK(database->schemaVersion() == server_migrations::latestVersion());
    auto tls = database->exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    REQUIRE(tls);
    REQUIRE(tls->next());
    CHECK(tls->value(0).toBool());
    CHECK(tls->value(1).toString() == QLatin1String("TLSv1.3"));
    tls->finish();
    auto session = database->exec(QStringLiteral("SELECT current_setting('search_path'), current_setting('TimeZone')"));
    REQUIRE(session);
    REQUIRE(session->next());
    CHECK(session->value(0).toString() == QLatin1String("pd, pg_temp"));
    CHECK(session->value(1).toString() == QLatin1String("UTC"));
}

TEST_CASE("A server whose certificate the pinned CA did not sign is refused before any login", "[server]")
{
    TestServer server;
    ServerConnection elsewhere = server.connection();
    elsewhere.caCertificate = TestServer::otherCaCertificate();
    auto refused = server.tryOpen(elsewhere, TestServer::ownerPassword());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Authentication);
    CHECK(refused.error().message.contains(QLatin1String("certificate")));
    CHECK_FALSE(refused.error().message.contains(TestServer::ownerPassword()));
}

TEST_CASE("A connection profile without a CA certificate is refused: no unverified connection exists", "[server]")
{
    TestServer server;
    ServerConnection unpinned = server.connection();
    unpinned.caCertificate.clear();
    auto refused = server.tryOpen(unpinned, TestServer::ownerPassword());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Usage);
    unpinned.caCertificate = TestServer::clusterDirectory() + QStringLiteral("/missing-ca.crt");
    refused = server.tryOpen(unpinned, TestServer::ownerPassword());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Io);
}

TEST_CASE("Environment variables cannot weaken a server connection to plaintext or unverified TLS", "[server]")
{
    TestServer server;
    qputenv("PGSSLMODE", "disable");
    qputenv("PGCHANNELBINDING", "disable");
    qputenv("PGSSLROOTCERT", TestServer::otherCaCertificate().toUtf8());
    auto opened = server.tryOpen(server.connection(), TestServer::ownerPassword());
    qunsetenv("PGSSLMODE");
    qunsetenv("PGCHANNELBINDING");
    qunsetenv("PGSSLROOTCERT");
    REQUIRE(opened);
    auto tls = (*opened)->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    REQUIRE(tls);
    REQUIRE(tls->next());
    CHECK(tls->value(0).toBool());
}

TEST_CASE("The documented pg_hba.conf refuses a plaintext connection at the server", "[server]")
{
    TestServer server;
    QString error;
    CHECK_FALSE(rawConnects(server, QStringLiteral("sslmode=disable"), &error));
    CHECK(error.contains(QLatin1String("no encryption")));
    CHECK(rawConnects(server, QStringLiteral("sslmode=verify-full;sslrootcert=%1").arg(TestServer::caCertificate())));
}

TEST_CASE("A wrong password or an unknown login is refused with one message that says neither", "[server]")
{
    TestServer server;
    const QString alice = server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator"));
    auto wrong = server.tryOpen(server.connection(alice), QStringLiteral("not her password"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Authentication);
    auto unknown = server.tryOpen(server.connection(QStringLiteral("nobody_here")), QStringLiteral("x"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::Authentication);
    CHECK(unknown.error().message == wrong.error().message);
    CHECK(server.tryOpen(server.connection(alice), server.passwordOf(alice)));
}

TEST_CASE("A server database set up by a newer PeerDesk, or not at all, is refused", "[server]")
{
    TestServer server;
    REQUIRE(server.owner().exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
    auto newer = server.tryOpen(server.connection(), TestServer::ownerPassword());
    REQUIRE_FALSE(newer);
    CHECK(newer.error().code == ErrorCode::Damaged);
    CHECK(newer.error().message.contains(QLatin1String("newer")));
    REQUIRE(server.owner().execute(QStringLiteral("DROP SCHEMA pd CASCADE")));
    auto empty = server.tryOpen(server.connection(), TestServer::ownerPassword());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::Damaged);
    CHECK(empty.error().message.contains(QLatin1String("not set it up")));
}

TEST_CASE("Applying the server schema twice changes nothing and keeps the grants", "[server]")
{
    TestServer server;
    REQUIRE(server_migrations::apply(server.owner()));
    CHECK(server.owner().schemaVersion() == server_migrations::latestVersion());
    const QString carol = server.addLogin(QStringLiteral("carol"), QStringLiteral("reporting"));
    auto reporting = server.open(carol);
    CHECK(reporting->exec(QStringLiteral("SELECT count(*) FROM requests")));
}

TEST_CASE("A reporting login is refused identity ciphertext by the database itself", "[server]")
{
    TestServer server;
    const QString carol = server.addLogin(QStringLiteral("carol"), QStringLiteral("reporting"));
    auto reporting = server.open(carol);
    auto counted = reporting->exec(QStringLiteral("SELECT count(*), min(received_at) FROM requests"));
    REQUIRE(counted);
    counted->finish();
    for (const char* sql : { "SELECT name_ct FROM requests", "SELECT email_ct, phone_ct FROM requests",
                             "SELECT * FROM requests", "SELECT name_ct FROM supporters",
                             "SELECT email_bidx FROM supporters", "SELECT contact_ct FROM group_registrations",
                             "SELECT name_ct FROM group_members", "SELECT content_ct FROM request_drafts" }) {
        INFO(sql);
        auto refused = reporting->exec(QString::fromUtf8(sql));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotPermitted);
    }
    // Nor can a reporting login write what coordinators write.
    auto written = reporting->exec(QStringLiteral("UPDATE requests SET status = 'closed'"));
    REQUIRE_FALSE(written);
    CHECK(written.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("A staff login cannot change the schema, grant itself a role or reach another program", "[server]")
{
    TestServer server;
    TestServer other;
    const QString alice = server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator"));
    auto coordinator = server.open(alice);
    for (const QString& sql : { QStringLiteral("DROP TABLE requests"), QStringLiteral("CREATE TABLE pd.mine (x int)"),
                                QStringLiteral("ALTER TABLE requests DISABLE TRIGGER ALL"),
                                QStringLiteral("GRANT %1_administrator TO %2").arg(server.databaseName(), alice) }) {
        INFO(sql.toStdString());
        auto refused = coordinator->exec(sql);
        REQUIRE_FALSE(refused);
    }
    ServerConnection otherProgram = other.connection(alice);
    auto crossed = other.tryOpen(otherProgram, server.passwordOf(alice));
    REQUIRE_FALSE(crossed);
    CHECK(crossed.error().code == ErrorCode::Authentication);
}

TEST_CASE("The audit log is append-only on the server, even for the schema owner", "[server]")
{
    TestServer server;
    const QString alice = server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator"));
    auto coordinator = server.open(alice);
    for (Database* database : { coordinator.get(), &server.owner() }) {
        for (const char* sql : { "UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log" }) {
            INFO(sql);
            // With no row to change the trigger would not fire: the refusal of a statement is the grant's, and the
            // owner's is the trigger's once a row exists (ServerRepositoryTest appends one).
            auto tried = database->exec(QString::fromUtf8(sql));
            if (database == coordinator.get()) {
                REQUIRE_FALSE(tried);
                CHECK(tried.error().code == ErrorCode::NotPermitted);
            }
        }
    }
}

TEST_CASE("The client computes the SCRAM verifier PostgreSQL would, and the server never sees the password", "[server]")
{
    TestServer server;
    const QString bob = server.addLogin(QStringLiteral("bob"), QStringLiteral("coordinator"));
    // PostgreSQL's own verifier of a known password, read back by the owner (a superuser of the test cluster).
    REQUIRE(server.owner().execute(QStringLiteral("ALTER ROLE %1 PASSWORD 'known-password-1'").arg(bob)));
    auto stored = server.owner().exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), { bob });
    REQUIRE(stored);
    REQUIRE(stored->next());
    const QString theirs = stored->value(0).toString();
    stored->finish();
    const QStringList parts = theirs.split(QLatin1Char('$'));
    REQUIRE(parts.size() == 3);
    const int iterations = parts[1].section(QLatin1Char(':'), 0, 0).toInt();
    const QByteArray salt = QByteArray::fromBase64(parts[1].section(QLatin1Char(':'), 1).toLatin1());
    const QByteArray known("known-password-1");
    CHECK(scram::verifier(SecureBuffer::copyOf(known.constData(), std::size_t(known.size())), salt, iterations)
          == theirs);

    // A password derived from a passphrase's key; only its verifier goes to the server, and it logs in.
    const SecureBuffer key = SecureBuffer::random(32);
    const SecureBuffer password = scram::databasePassword(key);
    REQUIRE(password.size() == 44);
    CHECK(scram::databasePassword(key).size() == 44);
    const QString verifier = scram::verifier(password);
    REQUIRE(verifier.startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
    REQUIRE(server.owner().execute(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(bob, verifier)));
    const QString text
        = QString::fromLatin1(reinterpret_cast<const char*>(password.data()), qsizetype(password.size()));
    CHECK(server.tryOpen(server.connection(bob), text));
    CHECK_FALSE(server.tryOpen(server.connection(bob), QStringLiteral("known-password-1")));
    CHECK_FALSE(verifier.contains(text));
    // Another key gives another password; a key of the wrong size gives none.
    CHECK(scram::databasePassword(SecureBuffer::random(32)).size() == 44);
    CHECK(QByteArray(reinterpret_cast<const char*>(scram::databasePassword(SecureBuffer::random(32)).data()), 44)
          != QByteArray(reinterpret_cast<const char*>(password.data()), 44));
    CHECK(scram::databasePassword(SecureBuffer::random(16)).size() == 0);
    CHECK(scram::verifier(SecureBuffer::copyOf("with space", 10), salt).isEmpty());
}

TEST_CASE("Only the owner writes the schema version, and a reporting login no row of meta", "[server]")
{
    TestServer server;
    auto coordinator = server.open(server.addLogin(QStringLiteral("alice"), QStringLiteral("coordinator")));
    auto reporting = server.open(server.addLogin(QStringLiteral("carol"), QStringLiteral("reporting")));
    const auto version = [&server] {
        auto read = server.owner().exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        REQUIRE(read);
        REQUIRE(read->next());
        return read->value(0).toString();
    };
    const QString before = version();
    // Row-level security hides the row from a coordinator's UPDATE and DELETE, and refuses it to her INSERT.
    REQUIRE(coordinator->exec(QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
    REQUIRE(coordinator->exec(QStringLiteral("DELETE FROM meta WHERE key = 'schema_version'")));
    auto inserted = coordinator->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '999') "
                                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    REQUIRE_FALSE(inserted);
    CHECK(version() == before);
    CHECK(server.tryOpen(server.connection(), TestServer::ownerPassword()));
    // A reporting login writes no row of meta (its slot in the keyring goes through record_own_keyring, the audit
    // anchor moves with the audit row itself).
    for (const char* key : { "audit_head_id", "anything" }) {
        auto other = reporting->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x') "
                                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                     { QLatin1String(key) });
        REQUIRE_FALSE(other);
        CHECK(other.error().code == ErrorCode::NotPermitted);
    }
    auto updated
        = reporting->exec(QStringLiteral("UPDATE meta SET value = 'x' WHERE key IN ('vault_id', 'membership')"));
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == ErrorCode::NotPermitted);
    auto untouched = server.owner().exec(QStringLiteral("SELECT count(*) FROM meta WHERE value = 'x'"));
    REQUIRE(untouched);
    REQUIRE(untouched->next());
    CHECK(untouched->value(0).toInt() == 0);
}

TEST_CASE("A program database whose name could collide with staff logins is not set up", "[server]")
{
    TestServer server; // the cluster, and an owner connection to make a database with
    REQUIRE(
        server.owner().execute(QStringLiteral("CREATE DATABASE %1_u_x TEMPLATE template0").arg(server.databaseName())));
    ServerConnection collide = server.connection();
    collide.database = server.databaseName() + QStringLiteral("_u_x");
    const QByteArray pw = TestServer::ownerPassword().toUtf8();
    auto refused = Database::openServer(collide, SecureBuffer::copyOf(pw.constData(), std::size_t(pw.size())), true);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Usage);
    REQUIRE(server.owner().execute(QStringLiteral("DROP DATABASE %1_u_x").arg(server.databaseName())));
}
