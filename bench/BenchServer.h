#pragma once

#include "core/storage/Database.h"

#include <QHash>
#include <QString>

#include <memory>

namespace peerdesk::bench {

// A program database on a throwaway PostgreSQL cluster (tests/support/pg-throwaway.sh; scripts/bench starts one and
// names its settings file with --server-env), for measuring the services on a program server over loopback TLS. The
// database is made on construction, set up by its owner, and dropped on destruction. The sessions connect as the
// owner: the grants cost nothing measurable, and the benchmark measures round trips and plans.
class BenchServer final
{
public:
    explicit BenchServer(const QString& environmentFile); // throws std::runtime_error when the cluster is unusable
    ~BenchServer();
    BenchServer(const BenchServer&) = delete;
    BenchServer& operator=(const BenchServer&) = delete;

    Database& owner() { return *m_owner; }
    std::unique_ptr<Database> connect() const; // one more connection to the same database
    // A staff member's database login, as pd.add_staff names it (<database>_u_<login>), in the program's group role
    // ("administrator", "coordinator"), made on first use: the server's audit guard takes only a staff member's own
    // rows, so whatever writes connects this way. Its connection details and password, for a ChangeFeed.
    ServerConnection staffConnection(const QString& login, const QString& groupRole);
    SecureBuffer staffPassword(const QString& login) const;
    std::unique_ptr<Database> connectAs(const QString& login, const QString& groupRole);

private:
    ServerConnection m_connection;
    QString m_password;
    std::unique_ptr<Database> m_owner;
    QHash<QString, QString> m_staffPasswords;
};

} // namespace peerdesk::bench
