#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace peerdesk {

class Database;

// Key-value pairs kept in the vault: program settings an administrator changes (settings table) and the
// vault's own bookkeeping (meta table: vault id, audit head). Harmless per-machine preferences go to
// QSettings instead; nothing secret or identifying goes to either.
class SettingsRepository final
{
public:
    enum class Table
    {
        Settings,
        Meta
    };

    SettingsRepository(Database& database, Table table) : m_database(database), m_table(table) { }

    Result<std::optional<QString>> get(const QString& key);
    Result<void> set(const QString& key, const QString& value);
    // On a program server, for a reporting user or a supporter: the keyring's record replaced by one that changes
    // only their own slot (the owner's function record_own_keyring checks it; NotPermitted otherwise), the hash of
    // the one before kept beside it as set() would.
    Result<void> recordOwnKeyring(const QString& keyring);

private:
    QString tableName() const;

    Database& m_database;
    Table m_table;
};

} // namespace peerdesk
