#include "BenchServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace peerdesk::bench {

namespace {

SecureBuffer secretOf(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return SecureBuffer::copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

// CREATE and DROP DATABASE run outside any database of the program, on the cluster's maintenance database.
void onMaintenanceDatabase(const ServerConnection& where, const QString& password, const QString& sql)
{
    const QString name = QStringLiteral("bench-admin");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(where.login);
        db.setPassword(password);
        db.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=%1").arg(where.caCertificate));
        if (!db.open())
            throw std::runtime_error("cannot connect to the benchmark cluster: " + db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(sql))
            throw std::runtime_error(sql.toStdString() + ": " + query.lastError().text().toStdString());
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

BenchServer::BenchServer(const QString& environmentFile)
{
    QFile file(environmentFile);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + environmentFile.toStdString());
    QString directory;
    for (const QString& pair : QString::fromUtf8(file.readAll()).simplified().split(QLatin1Char(' '))) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (key == QLatin1String("PD_PGDIR"))
            directory = value;
        else if (key == QLatin1String("PGHOST"))
            m_connection.host = value;
        else if (key == QLatin1String("PGPORT"))
            m_connection.port = value.toInt();
    }
    QFile pw(directory + QStringLiteral("/pw"));
    if (directory.isEmpty() || !pw.open(QIODevice::ReadOnly))
        throw std::runtime_error("the benchmark cluster's folder is not readable");
    m_password = QString::fromUtf8(pw.readAll()).trimmed();
    m_connection.caCertificate = directory + QStringLiteral("/ca.crt");
    m_connection.login = QStringLiteral("pd_owner");
    m_connection.database = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    onMaintenanceDatabase(m_connection, m_password,
                          QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                         "LC_CTYPE 'C.UTF-8'")
                              .arg(m_connection.database));
    auto owner = Database::openServer(m_connection, secretOf(m_password), true);
    if (!owner)
        throw std::runtime_error("setting up the benchmark database: " + owner.error().message.toStdString());
    m_owner = std::move(*owner);
}

BenchServer::~BenchServer()
{
    m_owner.reset();
    try {
        onMaintenanceDatabase(m_connection, m_password,
                              QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_connection.database));
    } catch (const std::exception&) {
        // The cluster is thrown away after the run anyway.
    }
}

ServerConnection BenchServer::staffConnection(const QString& login, const QString& groupRole)
{
    ServerConnection connection = m_connection;
    connection.login = m_connection.database + QStringLiteral("_u_") + login;
    if (!m_staffPasswords.contains(login)) {
        const QString password = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
        // Names and the password come from this program, never from input; CREATE ROLE takes no parameters.
        auto made = m_owner->execute(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE %3_%4")
                                         .arg(connection.login, password, m_connection.database, groupRole));
        if (!made)
            throw std::runtime_error("making a staff login: " + made.error().message.toStdString());
        m_staffPasswords.insert(login, password);
    }
    return connection;
}

SecureBuffer BenchServer::staffPassword(const QString& login) const
{
    return secretOf(m_staffPasswords.value(login));
}

std::unique_ptr<Database> BenchServer::connectAs(const QString& login, const QString& groupRole)
{
    auto opened = Database::openServer(staffConnection(login, groupRole), staffPassword(login));
    if (!opened)
        throw std::runtime_error("connecting to the benchmark database: " + opened.error().message.toStdString());
    return std::move(*opened);
}

std::unique_ptr<Database> BenchServer::connect() const
{
    auto opened = Database::openServer(m_connection, secretOf(m_password));
    if (!opened)
        throw std::runtime_error("connecting to the benchmark database: " + opened.error().message.toStdString());
    return std::move(*opened);
}

} // namespace peerdesk::bench
