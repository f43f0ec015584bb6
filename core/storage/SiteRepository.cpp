#include "core/storage/SiteRepository.h"

#include "core/storage/Database.h"

namespace peerdesk {

Result<QList<Site>> SiteRepository::all()
{
    auto query = m_database.exec(QStringLiteral("SELECT id, code, name FROM sites ORDER BY id"));
    if (!query)
        return query.error();
    QList<Site> sites;
    while (query->next())
        sites.append(Site{ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString() });
    return sites;
}

Result<std::optional<Site>> SiteRepository::byCode(const QString& code)
{
    auto query = m_database.exec(QStringLiteral("SELECT id, code, name FROM sites WHERE code = ?"), { code });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Site>();
    return std::optional<Site>(
        Site{ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString() });
}

Result<qint64> SiteRepository::insert(const QString& code, const QString& name)
{
    return m_database.insert(QStringLiteral("INSERT INTO sites (code, name) VALUES (?, ?)"), { code, name });
}

Result<void> SiteRepository::rename(qint64 id, const QString& name)
{
    auto query = m_database.exec(QStringLiteral("UPDATE sites SET name = ? WHERE id = ?"), { name, id });
    return query ? Result<void>() : Result<void>(query.error());
}

Result<QList<qint64>> SiteRepository::ids(const QString& sql, const QVariantList& values)
{
    auto query = m_database.exec(sql, values);
    if (!query)
        return query.error();
    QList<qint64> found;
    while (query->next())
        found.append(query->value(0).toLongLong());
    return found;
}

Result<QList<qint64>> SiteRepository::assignedTo(const QString& login)
{
    return ids(QStringLiteral("SELECT site_id FROM staff_sites WHERE login = ? ORDER BY site_id"), { login });
}

Result<void> SiteRepository::assign(const QString& login, const QList<qint64>& siteIds)
{
    if (auto cleared = m_database.exec(QStringLiteral("DELETE FROM staff_sites WHERE login = ?"), { login }); !cleared)
        return cleared.error();
    for (qint64 site : siteIds) {
        auto added = m_database.exec(QStringLiteral("INSERT INTO staff_sites (login, site_id) VALUES (?, ?)"),
                                     { login, site });
        if (!added)
            return added.error();
    }
    return {};
}

Result<QList<qint64>> SiteRepository::mine(const QString& login)
{
    if (m_database.isServer())
        return ids(QStringLiteral("SELECT s FROM session_sites() AS s ORDER BY s"), {});
    return assignedTo(login);
}

} // namespace peerdesk
