#include "TestServer.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace peerdesk::test {

namespace {

const char* const ThrowawayScript = PEERDESK_SOURCE_DIR "/tests/support/pg-throwaway.sh";

// The cluster this process uses: CTest's shared one, or one of its own.
struct Cluster
{
    QString directory;
    QString host;
    int port = 0;
    QString password;
    bool ownedByProcess = false;
};

QHash<QString, QString> readExports(const QByteArray& text)
{
    QHash<QString, QString> values;
    for (const QByteArray& line : text.split('\n')) {
        const QString trimmed = QString::fromUtf8(line).trimmed();
        if (!trimmed.startsWith(QLatin1String("export ")))
            continue;
        for (const QString& pair : trimmed.mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int equals = pair.indexOf(QLatin1Char('='));
            if (equals > 0)
                values.insert(pair.left(equals), pair.mid(equals + 1));
        }
    }
    return values;
}

void stopOwnCluster();

// QPSQL reads a forward-only result row by row (libpq's single-row mode): a statement run on the same connection
// while one is being read loses the rest of it, and the driver says so only as a warning. A repository that queries
// while iterating would silently read half a list on a server, so the server runs treat that warning as a crash.
QtMessageHandler previousHandler = nullptr;
void failOnLostResults(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("Query results lost"))
        || message.contains(QLatin1String("Unable to get result"))) {
        std::fprintf(stderr,
                     "QPSQL lost a result being read: a statement ran on the connection while another's rows "
                     "were read (%s)\n",
                     qPrintable(message));
        std::abort();
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

Cluster& cluster()
{
    static Cluster shared;
    static std::once_flag started;
    std::call_once(started, [] {
        previousHandler = qInstallMessageHandler(failOnLostResults);
        QByteArray exports;
        // test_server's runs name it PEERDESK_TEST_PG_ENV; the service suite's server runs PEERDESK_TEST_SERVER.
        QString envFile = qEnvironmentVariable("PEERDESK_TEST_PG_ENV");
        if (envFile.isEmpty())
            envFile = qEnvironmentVariable("PEERDESK_TEST_SERVER");
        if (!envFile.isEmpty()) {
            QFile file(envFile);
            if (!file.open(QIODevice::ReadOnly))
                FAIL("The shared test cluster's settings " << envFile.toStdString()
                                                           << " cannot be read: did the fixture server:cluster run?");
            exports = file.readAll();
        } else {
            QProcess start;
            start.start(QStringLiteral("sh"), { QString::fromUtf8(ThrowawayScript), QStringLiteral("start") });
            if (!start.waitForFinished(120000) || start.exitCode() != 0)
                FAIL("A throwaway PostgreSQL cluster did not start: "
                     << start.readAllStandardError().toStdString()
                     << " (install the Debian packages postgresql-15 and libqt6sql6-psql)");
            exports = start.readAllStandardOutput();
            shared.ownedByProcess = true;
            std::atexit(stopOwnCluster);
        }
        const auto values = readExports(exports);
        shared.directory = values.value(QStringLiteral("PD_PGDIR"));
        shared.host = values.value(QStringLiteral("PGHOST"));
        shared.port = values.value(QStringLiteral("PGPORT")).toInt();
        QFile pw(shared.directory + QStringLiteral("/pw"));
        if (shared.directory.isEmpty() || !pw.open(QIODevice::ReadOnly))
            FAIL("The throwaway cluster's folder is not readable: " << shared.directory.toStdString());
        shared.password = QString::fromUtf8(pw.readAll()).trimmed();
    });
    return shared;
}

void stopOwnCluster()
{
    const Cluster& own = cluster();
    if (own.ownedByProcess)
        QProcess::execute(QStringLiteral("sh"),
                          { QString::fromUtf8(ThrowawayScript), QStringLiteral("stop"), own.directory });
}

// An administrative connection (CREATE DATABASE, roles) to the cluster's maintenance database, over the same TLS.
class AdminConnection final
{
public:
    AdminConnection() : m_name(QStringLiteral("test-server-admin-%1").arg(QRandomGenerator::global()->generate64()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(cluster().host);
        db.setPort(cluster().port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("pd_owner"));
        db.setPassword(cluster().password);
        db.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=%1").arg(TestServer::caCertificate()));
        if (!db.open())
            FAIL("Cannot connect to the test cluster: " << db.lastError().text().toStdString());
    }
    ~AdminConnection() { QSqlDatabase::removeDatabase(m_name); }

    QStringList column(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            FAIL("Test cluster query failed: " << sql.toStdString() << ": " << query.lastError().text().toStdString());
        QStringList values;
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

    void run(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            FAIL("Test cluster statement failed: " << sql.toStdString() << ": "
                                                   << query.lastError().text().toStdString());
    }

private:
    QString m_name;
};

} // namespace

TestServer::TestServer()
    : m_database(QStringLiteral("t%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->bounded(1000000000)))
{
    {
        AdminConnection admin;
        // 'C' collation: text sorts and compares by code point, as SQLite's BINARY does.
        admin.run(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                 "LC_CTYPE 'C.UTF-8'")
                      .arg(m_database));
    }
    auto owner = Database::openServer(connection(), TempVault::secret(ownerPassword()), true);
    if (!owner)
        FAIL("The server schema could not be set up: " << owner.error().message.toStdString());
    m_owner = std::move(*owner);
}

TestServer::~TestServer()
{
    m_owner.reset();
    AdminConnection admin;
    admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    // Every staff login of the program: the fixture's own and those its administrators' clients added.
    for (const QString& login : admin.column(
             QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1_u_')").arg(m_database)))
        admin.run(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
    for (const char* group : { "administrator", "coordinator", "reporting", "staff" })
        admin.run(QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(m_database, QLatin1String(group)));
}

ServerConnection TestServer::connection(const QString& login) const
{
    return ServerConnection{ host(), port(), m_database, caCertificate(), login };
}

std::unique_ptr<Database> TestServer::open(const QString& login)
{
    const QString password = login == QLatin1String("pd_owner") ? ownerPassword() : passwordOf(login);
    auto opened = tryOpen(connection(login), password);
    if (!opened)
        FAIL("Cannot open the test server as " << login.toStdString() << ": " << opened.error().message.toStdString());
    return std::move(*opened);
}

Result<std::unique_ptr<Database>> TestServer::tryOpen(const ServerConnection& connection, const QString& password)
{
    return Database::openServer(connection, TempVault::secret(password));
}

QString TestServer::addLogin(const QString& name, const QString& groupRole)
{
    // As pd.add_staff names them (StaffLoginRepository::serverLogin), quoted: a login may hold '.' or '-'.
    const QString login = m_database + QStringLiteral("_u_") + name; // never a group role's name
    const QString password = QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    AdminConnection admin;
    admin.run(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE %3_%4")
                  .arg(login, password, m_database, groupRole));
    // As pd.add_staff marks the logins it makes.
    admin.run(QStringLiteral("COMMENT ON ROLE \"%1\" IS 'PeerDesk staff login of %2'").arg(login, m_database));
    // A coordinator made by hand works site 1, as every account does in a program with one site: row-level security
    // would otherwise hide every request from them (server_schema step 7).
    if (auto added = m_owner->exec(QStringLiteral("INSERT INTO staff_sites (login, site_id) VALUES (?, 1) ON "
                                                  "CONFLICT DO NOTHING"),
                                   { name });
        !added)
        FAIL("Cannot give " << name.toStdString() << " site 1: " << added.error().message.toStdString());
    m_passwords.insert(login, password);
    return login;
}

ServerProfile TestServer::createProgram(const QString& adminLogin, const QString& passphrase)
{
    ServerProfile profile;
    profile.connection = connection();
    profile.connection.login.clear();
    profile.caCertificateAsWritten = profile.connection.caCertificate;
    NewVaultRequest request;
    request.adminLogin = adminLogin;
    request.adminDisplayName = adminLogin;
    request.adminPassphrase = TempVault::secret(passphrase);
    request.kdf = KdfParams::fastForTests();
    const SystemClock clock;
    auto created = vault::createOnServer(profile, QStringLiteral("pd_owner"), TempVault::secret(ownerPassword()),
                                         std::move(request), clock);
    if (!created)
        FAIL("Cannot create a program on the test server: " << created.error().message.toStdString());
    return profile;
}

QString TestServer::passwordOf(const QString& login) const
{
    return m_passwords.value(login);
}

QString TestServer::clusterDirectory()
{
    return cluster().directory;
}

QString TestServer::caCertificate()
{
    return cluster().directory + QStringLiteral("/ca.crt");
}

QString TestServer::otherCaCertificate()
{
    return cluster().directory + QStringLiteral("/other-ca.crt");
}

QString TestServer::ownerPassword()
{
    return cluster().password;
}

QString TestServer::host()
{
    return cluster().host;
}

int TestServer::port()
{
    return cluster().port;
}

QByteArray TestServer::runClient(const QString& program, QStringList arguments) const
{
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGHOST"), host());
    environment.insert(QStringLiteral("PGPORT"), QString::number(port()));
    environment.insert(QStringLiteral("PGUSER"), QStringLiteral("pd_owner"));
    environment.insert(QStringLiteral("PGPASSWORD"), ownerPassword());
    environment.insert(QStringLiteral("PGSSLMODE"), QStringLiteral("verify-full"));
    environment.insert(QStringLiteral("PGSSLROOTCERT"), caCertificate());
    environment.insert(QStringLiteral("PGDATABASE"), m_database);
    client.setProcessEnvironment(environment);
    client.start(program, arguments);
    if (!client.waitForFinished(120000) || client.exitCode() != 0)
        FAIL(program.toStdString() << " failed: " << client.readAllStandardError().toStdString());
    return client.readAllStandardOutput();
}

} // namespace peerdesk::test
