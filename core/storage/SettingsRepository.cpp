#include "core/storage/SettingsRepository.h"

#include "core/storage/Database.h"

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
    // An emptied setting (a list with no items) is stored as an empty text, which says "nothing", unlike a
    // missing row, which says "the default". A null QString would be bound as NULL, which the column refuses.
    const QString stored = value.isNull() ? QStringLiteral("") : value;
    auto query = m_database.exec(
        QStringLiteral(
            "INSERT INTO %1 (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .arg(tableName()),
        { key, stored });
    if (!query)
        return query.error();
    return {};
}

Result<void> SettingsRepository::recordOwnKeyring(const QString& keyring)
{
    auto query = m_database.exec(QStringLiteral("SELECT record_own_keyring(CAST(? AS text))"), { keyring });
    if (!query)
        return query.error();
    return {};
}

} // namespace peerdesk
