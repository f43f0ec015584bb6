#pragma once

#include "core/Result.h"
#include "core/domain/Site.h"

#include <QList>

#include <optional>

namespace peerdesk {

class Database;

// The sites table and who works which site (staff_sites, by PeerDesk login). On a program server a coordinator's
// reach is also held by row-level security (server_schema step 7), which reads staff_sites through
// pd.session_sites(); coordinators cannot read staff_sites themselves there, so mine() asks that function.
class SiteRepository final
{
public:
    explicit SiteRepository(Database& database) : m_database(database) { }

    Result<QList<Site>> all(); // by number
    Result<std::optional<Site>> byCode(const QString& code);
    Result<qint64> insert(const QString& code, const QString& name);
    Result<void> rename(qint64 id, const QString& name);

    // The sites a login works, by number (administrators' connections only, on a server).
    Result<QList<qint64>> assignedTo(const QString& login);
    // Replaces them, inside the caller's transaction.
    Result<void> assign(const QString& login, const QList<qint64>& siteIds);
    // The sites of the person signed in: on a server what the database itself holds them to, in a vault their rows.
    Result<QList<qint64>> mine(const QString& login);

private:
    Result<QList<qint64>> ids(const QString& sql, const QVariantList& values);

    Database& m_database;
};

} // namespace peerdesk
