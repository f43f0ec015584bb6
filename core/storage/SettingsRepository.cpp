#include "storage/SettingsRepository.h"

#include "storage/Database.h"

namespace peerdesk {

// The table name is one of two constants, never input, so formatting it into the statement is safe.
QString SettingsRepository::tableName() const
{
    return m_table == Table::Meta ? QStringLiteral("meta") : QStringLiteral("settings");
}

Result<std::optional<QString>> SettingsRepository::get(const QString& key)
{
    auto query = m_database.exec(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(tableName()), { key });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Result<void> SettingsRepository::set(const QString& key, const QString& value)
{
    auto query = m_database.exec(
        QStringLiteral(
            "INSERT INTO %1 (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .arg(tableName()),
        { key, value });
    if (!query)
        return query.error();
    return {};
}

} // namespace peerdesk
