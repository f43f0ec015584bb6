#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/storage/ServerConnection.h"
#include "core/vault/ServerProfile.h"

#include <QString>

#include <memory>

namespace peerdesk::test {

// The server twin of TempVault: a fresh program database, set up by its schema owner, on a throwaway PostgreSQL 15
// cluster (tests/support/pg-throwaway.sh: loopback, a random port, TLS from a test CA, every statement logged).
// CTest starts one cluster for the whole run (the fixture `server:cluster`) and names its settings file in
// PEERDESK_TEST_PG_ENV (or PEERDESK_TEST_SERVER); a test executable run by hand starts its own and stops it when it
// exits. A missing PostgreSQL fails the test with the package to install, never skips it.
class TestServer final
{
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    TestServer(); // a new database, with the server schema applied by its owner
    ~TestServer(); // drops the database and the logins made for it

    // The connection as the schema owner (a superuser of the throwaway cluster) or as a login made by addLogin.
    ServerConnection connection(const QString& login = QStringLiteral("pd_owner")) const;
    std::unique_ptr<Database> open(const QString& login = QStringLiteral("pd_owner"));
    Result<std::unique_ptr<Database>> tryOpen(const ServerConnection& connection, const QString& password);
    // The owner's connection, migrated (the fixture's own).
    Database& owner() { return *m_owner; }

    // A login role of this program in the given group role ("administrator", "coordinator" or "reporting"), with a
    // password the fixture keeps; returns the login's name (prefixed with the database's).
    QString addLogin(const QString& name, const QString& groupRole);
    // A program made here as `server init` makes it (vault::createOnServer, at the fast test cost): its first
    // administrator adminLogin with passphrase, and the completed profile (not saved anywhere).
    ServerProfile createProgram(const QString& adminLogin, const QString& passphrase);
    QString passwordOf(const QString& login) const;

    const QString& databaseName() const { return m_database; }
    // The cluster's folder: server.log, data/pg_wal, ca.crt, other-ca.crt (a CA that signed nothing of this server).
    static QString clusterDirectory();
    static QString caCertificate();
    static QString otherCaCertificate();
    static QString ownerPassword();
    static QString host();
    static int port();
    // Runs a PostgreSQL client program (pg_dump, psql) against this database as the owner; its standard output.
    QByteArray runClient(const QString& program, QStringList arguments) const;

private:
    QString m_database;
    std::unique_ptr<Database> m_owner;
    QHash<QString, QString> m_passwords;
};

} // namespace peerdesk::test
