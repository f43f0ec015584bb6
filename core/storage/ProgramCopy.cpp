#include "core/storage/ProgramCopy.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlRecord>

namespace peerdesk::program_copy {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

Result<QStringList> stringColumn(Database& database, const QString& sql, const QVariantList& values = {})
{
    auto query = database.exec(sql, values);
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

// Table and column names come from the schemas themselves and are checked to be plain identifiers before they are
// written into a statement (names cannot be bound).
bool plainIdentifier(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

Result<QStringList> tablesInOrder(Database& local)
{
    auto tables = stringColumn(local,
                               QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                              "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!tables)
        return tables;
    QHash<QString, QSet<QString>> parents;
    for (const QString& table : *tables) {
        auto referenced = stringColumn(
            local, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"), { table });
        if (!referenced)
            return referenced;
        for (const QString& parent : *referenced) {
            if (parent != table)
                parents[table].insert(parent);
        } // A vault's site columns name sites without a foreign key (SQLite adds none to an existing table, see the
        // local step 19); the server's have one, so sites go first.
        auto siteColumn = stringColumn(
            local, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE name = 'site_id'"), { table });
        if (!siteColumn)
            return siteColumn;
        if (!siteColumn->isEmpty() && table != QLatin1String("sites"))
            parents[table].insert(QStringLiteral("sites"));
    }
    // Kahn's order, alphabetical among equals so that the order is the same on every run.
    QStringList ordered;
    QStringList remaining = *tables;
    while (!remaining.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const QSet<QString>& needs = parents.value(remaining[i]);
            bool ready = true;
            for (const QString& parent : needs)
                ready = ready && ordered.contains(parent);
            if (ready) {
                ordered.append(remaining.takeAt(i));
                progressed = true;
                break;
            }
        }
        if (!progressed)
            return makeError(ErrorCode::Damaged, Text::tr("The vault's tables refer to each other in a circle."));
    }
    return ordered;
}

namespace {

// The columns of `table` the local vault has, each checked to exist on the server too.
Result<QStringList> sharedColumns(Database& local, Database& server, const QString& table)
{
    if (!plainIdentifier(table))
        return makeError(ErrorCode::Damaged, Text::tr("The vault has a table PeerDesk does not know."));
    auto serverColumns = stringColumn(server,
                                      QStringLiteral("SELECT column_name FROM information_schema.columns "
                                                     "WHERE table_schema = 'pd' AND table_name = ? "
                                                     "ORDER BY ordinal_position"),
                                      { table });
    if (!serverColumns)
        return serverColumns;
    if (serverColumns->isEmpty())
        return makeError(ErrorCode::Damaged,
                         Text::tr("The server's schema has no table %1: it does not match the vault's.").arg(table));
    auto localColumns = stringColumn(local, QStringLiteral("SELECT name FROM pragma_table_info(?)"), { table });
    if (!localColumns)
        return localColumns;
    for (const QString& column : *localColumns) {
        if (!plainIdentifier(column) || !serverColumns->contains(column))
            return makeError(
                ErrorCode::Damaged,
                Text::tr("The server's schema has no column %1.%2: it does not match the vault's.").arg(table, column));
    }
    return localColumns;
}

// Every row of `table` in `from` (but the server's own schema version) inserted into `to` as it is.
Result<void> copyRows(Database& from, Database& to, const QString& table, const QStringList& columns)
{
    const QString list = columns.join(QLatin1String(", "));
    const QString skip = table == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'schema_version'") : QString();
    auto rows = from.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(list, table, skip));
    if (!rows)
        return rows.error();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    auto insert = to.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, list, marks.join(QLatin1String(", "))));
    if (!insert)
        return insert.error();
    while (rows->next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert->bindValue(i, rows->value(i));
        if (auto done = to.run(*insert); !done)
            return done;
    }
    return {};
}

// An identity column goes on after the highest id copied: an explicit id does not advance its sequence.
Result<void> continueSequence(Database& server, const QString& table)
{
    auto sequence = server.exec(QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"),
                                { QVariant(QStringLiteral("pd.") + table) });
    if (!sequence)
        return sequence.error();
    const QString name = sequence->next() ? sequence->value(0).toString() : QString();
    sequence->finish();
    if (name.isEmpty())
        return {};
    auto moved = server.exec(
        QStringLiteral("SELECT setval(?::regclass, (SELECT coalesce(max(id), 0) + 1 FROM %1), false)").arg(table),
        { QVariant(name) });
    return moved ? Result<void>() : Result<void>(moved.error());
}

} // namespace

Result<void> copyAll(Database& local, Database& server, Target target)
{
    if (local.isServer() || !server.isServer())
        return makeError(ErrorCode::Usage, Text::tr("A program is copied from a local vault to a program server."));
    auto tables = tablesInOrder(local);
    if (!tables)
        return tables.error();
    return server.transaction([&]() -> Result<void> {
        auto used = server.exec(QStringLiteral("SELECT (SELECT count(*) FROM requests) + (SELECT count(*) FROM "
                                               "supporters) + (SELECT count(*) FROM users) + (SELECT count(*) FROM "
                                               "audit_log)"));
        if (!used)
            return used.error();
        if (!used->next() || (target == Target::EmptyOnly && used->value(0).toLongLong() != 0))
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("The server %1 already holds a program; a vault is copied only into an empty "
                                      "one.")
                                 .arg(server.path()));
        used->finish();
        QHash<QString, QStringList> columns;
        for (const QString& table : *tables) {
            auto shared = sharedColumns(local, server, table);
            if (!shared)
                return shared.error();
            columns.insert(table, *shared);
            if (auto off = server.execute(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)); !off)
                return off;
        }
        // Children first; the server's own rows (its schema version) stay, its set-up rows give way to the vault's.
        for (auto it = tables->crbegin(); it != tables->crend(); ++it) {
            const QString keep
                = *it == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'schema_version'") : QString();
            if (auto emptied = server.execute(QStringLiteral("DELETE FROM %1%2").arg(*it, keep)); !emptied)
                return emptied;
        }
        for (const QString& table : *tables) {
            if (auto copied = copyRows(local, server, table, columns.value(table)); !copied)
                return copied;
            if (auto on = server.execute(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)); !on)
                return on;
            if (columns.value(table).contains(QLatin1String("id"))) {
                if (auto continued = continueSequence(server, table); !continued)
                    return continued;
            }
        }
        return {};
    });
}

Result<void> copyBack(Database& server, Database& local)
{
    if (local.isServer() || !server.isServer())
        return makeError(ErrorCode::Usage, Text::tr("A program is copied from a program server to a local vault."));
    auto tables = tablesInOrder(local);
    if (!tables)
        return tables.error();
    return local.transaction([&]() -> Result<void> {
        // SQLite cannot set a trigger aside: the vault's are dropped while the rows arrive and made again after, from
        // the text the schema keeps of them, inside the same transaction.
        auto triggers = local.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"));
        if (!triggers)
            return triggers.error();
        QList<std::pair<QString, QString>> saved;
        while (triggers->next())
            saved.append({ triggers->value(0).toString(), triggers->value(1).toString() });
        triggers->finish();
        for (const auto& [name, sql] : saved) {
            Q_UNUSED(sql)
            if (!plainIdentifier(name))
                return makeError(ErrorCode::Damaged, Text::tr("The vault has a trigger PeerDesk does not know."));
            if (auto dropped = local.execute(QStringLiteral("DROP TRIGGER %1").arg(name)); !dropped)
                return dropped;
        }
        for (auto it = tables->crbegin(); it != tables->crend(); ++it) {
            if (auto emptied = local.execute(QStringLiteral("DELETE FROM %1").arg(*it)); !emptied)
                return emptied;
        }
        for (const QString& table : *tables) {
            auto columns = sharedColumns(local, server, table);
            if (!columns)
                return columns.error();
            if (auto copied = copyRows(server, local, table, *columns); !copied)
                return copied;
        }
        for (const auto& [name, sql] : saved) {
            Q_UNUSED(name)
            if (auto made = local.execute(sql); !made)
                return made;
        }
        return {};
    });
}

} // namespace peerdesk::program_copy
