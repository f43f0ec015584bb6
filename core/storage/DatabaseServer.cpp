// Database's server side: the connection to a program's PostgreSQL database and what its errors mean (docs/server.md).
#include "core/storage/Database.h"
#include "core/storage/ServerMigrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

// QPSQL passes its connect options to libpq after turning each ';' into a space, so a value may hold neither; a
// value with a space or a quote is quoted the way libpq's conninfo reads it.
std::optional<QString> conninfoValue(const QString& value)
{
    if (value.contains(QLatin1Char(';')) || value.contains(QChar(0)))
        return std::nullopt;
    QString quoted = value;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// What libpq said when a connection failed, for a person: which of the refusals it was, never the server's own text
// alone (it is English and names internals), and never a password.
Error connectionError(const ServerConnection& where, const QString& libpqText)
{
    const QString server = where.label();
    const auto says
        = [&](const char* fragment) { return libpqText.contains(QLatin1String(fragment), Qt::CaseInsensitive); };
    if (says("certificate verify failed") || says("self-signed certificate") || says("unable to get local issuer"))
        return makeError(ErrorCode::Authentication,
                         Text::tr("The server %1 presented a certificate that the program's CA did not sign. PeerDesk "
                                  "does not connect to a server it cannot verify: check the CA certificate in the "
                                  "connection profile with whoever runs the server.")
                             .arg(server));
    if (says("does not match host name") || says("server certificate for"))
        return makeError(ErrorCode::Authentication,
                         Text::tr("The server %1 presented a certificate made for another host name. PeerDesk does "
                                  "not connect to a server it cannot verify.")
                             .arg(server));
    if (says("does not support SSL") || says("SSL off") || says("no encryption"))
        return makeError(ErrorCode::Authentication,
                         Text::tr("The server %1 does not offer an encrypted connection. PeerDesk connects to a "
                                  "program server only over TLS.")
                             .arg(server));
    if (says("channel binding"))
        return makeError(ErrorCode::Authentication,
                         Text::tr("The server %1 did not prove that it holds its certificate's key (SCRAM channel "
                                  "binding). PeerDesk does not connect without it.")
                             .arg(server));
    if (says("password authentication failed") || says("pg_hba.conf") || says("no password supplied")
        || says("permission denied for database") || says("role") || says("not permitted to log in"))
        return makeError(ErrorCode::Authentication,
                         Text::tr("The server %1 refused the login: the login or passphrase is wrong, or the account "
                                  "may not connect.")
                             .arg(server));
    if (says("database") && says("does not exist"))
        return makeError(ErrorCode::Damaged, Text::tr("The server %1 has no such program database.").arg(server));
    if (says("root certificate file"))
        return makeError(ErrorCode::Io, Text::tr("The CA certificate for %1 cannot be read.").arg(server));
    return makeError(ErrorCode::Io, Text::tr("The server %1 cannot be reached.").arg(server));
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const ServerConnection& where, const SecureBuffer& password,
                                                       bool migrate)
{
    return connectServer(where, password, migrate ? SchemaUse::SetUpOrUpgrade : SchemaUse::Existing);
}

Result<std::unique_ptr<Database>> Database::openServerToUpgrade(const ServerConnection& where,
                                                                const SecureBuffer& password)
{
    return connectServer(where, password, SchemaUse::Upgrade);
}

Result<std::unique_ptr<Database>> Database::connectServer(const ServerConnection& where, const SecureBuffer& password,
                                                          SchemaUse use)
{
    if (where.host.isEmpty() || where.database.isEmpty() || where.login.isEmpty() || where.port <= 0
        || where.port > 65535)
        return makeError(ErrorCode::Usage,
                         Text::tr("The connection profile must name a host, a port, a database and "
                                  "a login."));
    if (where.caCertificate.isEmpty())
        return makeError(ErrorCode::Usage,
                         Text::tr("The connection profile names no CA certificate: PeerDesk connects to a program "
                                  "server only when it can verify the server's certificate."));
    if (!QFileInfo(where.caCertificate).isFile())
        return makeError(ErrorCode::Io, Text::tr("The CA certificate %1 does not exist.").arg(where.caCertificate));
    const auto caPath = conninfoValue(QFileInfo(where.caCertificate).absoluteFilePath());
    if (!caPath)
        return makeError(ErrorCode::Usage, Text::tr("The path of the CA certificate may not contain a semicolon."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::Io,
                         Text::tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."));

    std::unique_ptr<Database> database(
        new Database(where.label(), nextConnectionName(), SqlDialect(SqlDialect::Engine::PostgreSQL)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setDatabaseName(where.database);
        db.setUserName(where.login);
        // Every option that could let the connection fall back to less is set here, so that no PG* environment
        // variable or service file can weaken it: verify-full checks the CA and the host name, channel binding ties
        // the SCRAM exchange to this TLS session (a server that merely relays cannot complete it), GSS encryption
        // is never attempted instead of TLS.
        db.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=%1;channel_binding=require;"
                                            "gssencmode=disable;connect_timeout=10;"
                                            // A network that goes silent fails a statement within half a minute
                                            // instead of the kernel's quarter of an hour.
                                            "keepalives=1;keepalives_idle=10;keepalives_interval=5;"
                                            "keepalives_count=3;tcp_user_timeout=30000;"
                                            "application_name=%2")
                                 .arg(*caPath, where.application));
        const QString secret = QString::fromUtf8(reinterpret_cast<const char*>(password.data()),
                                                 static_cast<qsizetype>(password.size()));
        db.setPassword(secret);
        if (!db.open())
            return connectionError(where,
                                   db.lastError().databaseText() + QLatin1Char(' ') + db.lastError().driverText());
    }
    if (auto configured = database->configureServer(use); !configured)
        return configured.error();
    return database;
}

Result<void> Database::configureServer(SchemaUse use)
{
    // Belt and braces: libpq already refused anything but verified TLS; the server says so too.
    auto tls = exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    if (!tls)
        return tls.error();
    if (!tls->next() || !tls->value(0).toBool())
        return makeError(ErrorCode::Authentication,
                         Text::tr("The connection to %1 is not encrypted; PeerDesk closed it.").arg(m_path));
    tls->finish();
    // Moments are stored as ISO-8601 UTC text, so the session's time zone changes no value; UTC keeps the server's
    // own timestamps (the audit log's server_at) comparable with them. The program's tables are in its own schema,
    // and nothing of the public schema or a temporary one is ever searched first.
    for (const char* setting :
         { "SET TIME ZONE 'UTC'", "SET search_path = pd, pg_temp", "SET client_min_messages = warning" }) {
        if (auto done = execute(QLatin1String(setting)); !done)
            return done;
    }
    if (use == SchemaUse::SetUpOrUpgrade)
        return server_migrations::apply(*this);
    const int version = schemaVersion();
    if (version <= 0)
        return makeError(
            ErrorCode::Damaged,
            Text::tr("%1 holds no PeerDesk program: its owner has not set it up (docs/server.md).").arg(m_path));
    if (use == SchemaUse::Upgrade)
        return server_migrations::apply(*this);
    if (version > server_migrations::latestVersion())
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 was set up by a newer PeerDesk (server schema %2; this program knows up to %3). "
                                  "Install the newer PeerDesk to use it.")
                             .arg(m_path)
                             .arg(version)
                             .arg(server_migrations::latestVersion()));
    if (version < server_migrations::latestVersion())
        return makeError(
            ErrorCode::Damaged,
            Text::tr("%1 needs its schema brought up to date by its owner before it can be used: peerdesk-cli server "
                     "maintain --owner ROLE does it.")
                .arg(m_path));
    return {};
}

Error Database::serverErrorFrom(const QSqlError& error) const
{
    // PostgreSQL reports an SQLSTATE: its class (two characters) says what kind of refusal it was.
    const QString state = error.nativeErrorCode();
    const QString kind = state.left(2);
    if (kind == QLatin1String("23")) {
        if (state == QLatin1String("23505"))
            return refused(Refusal::Duplicate);
        if (state == QLatin1String("23502"))
            return refused(Refusal::MissingValue);
        if (state == QLatin1String("23514"))
            return refused(Refusal::NotAccepted);
        if (state == QLatin1String("23503"))
            return refused(Refusal::BrokenReference);
        if (state == QLatin1String("23P01"))
            return refused(Refusal::Taken);
        return refused(Refusal::Other);
    }
    // Data exceptions: a value too long for its column (22001) or out of its type's range (22003), or of no use to it.
    if (state == QLatin1String("22001") || state == QLatin1String("22003"))
        return refused(Refusal::TooLarge);
    if (kind == QLatin1String("22"))
        return refused(Refusal::WrongType);
    if (state == QLatin1String("42501"))
        return makeError(ErrorCode::NotPermitted, Text::tr("The server %1 refused this to your account.").arg(m_path));
    if (kind == QLatin1String("28"))
        return makeError(ErrorCode::Authentication, Text::tr("The server %1 refused the login.").arg(m_path));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        // Database::transaction runs the work again before anyone sees this.
        Error retryable = makeError(ErrorCode::Io,
                                    Text::tr("Someone else was changing the same records on %1; nothing was "
                                             "saved. Try again.")
                                        .arg(m_path));
        retryable.transient = true;
        return retryable;
    }
    if (state == QLatin1String("PDK01")) {
        Error refusedCell = makeError(ErrorCode::Io,
                                      Text::tr("An administrator changed the program's key to names while this was "
                                               "being saved; nothing was saved. Try again."));
        refusedCell.keyChanged = true;
        return refusedCell;
    }
    if (state == QLatin1String("55P03"))
        return makeError(
            ErrorCode::Io,
            Text::tr("The server %1 is busy: what this needed stayed locked too long. Try again.").arg(m_path));
    if (kind == QLatin1String("08") || kind == QLatin1String("57") || state.isEmpty())
        return makeError(ErrorCode::Io, Text::tr("The connection to the server %1 was lost.").arg(m_path));
    if (kind == QLatin1String("53"))
        return makeError(ErrorCode::Io,
                         Text::tr("The server %1 is out of resources: %2").arg(m_path, error.databaseText()));
    // A missing table or column, a syntax error: the schema is not what this program expects.
    return makeError(ErrorCode::Damaged, Text::tr("%1 is damaged: %2").arg(m_path, error.databaseText()));
}

} // namespace peerdesk
