#pragma once

#include <QString>

namespace peerdesk {

// What differs between the database engines PeerDesk's SQL is written for. The repositories write everything else
// once, in SQL that SQLite 3.46 and PostgreSQL 15 both accept (ON CONFLICT DO NOTHING, count(*) FILTER (WHERE ...));
// a new row's id comes from Database::insert, which reads it as the engine gives it; what one engine alone understands
// is written as a placeholder that Database expands with its dialect before preparing, so a second engine adds a
// dialect and its own migrations and no service or repository changes. PRAGMAs, the checkpoint and sqlcipher_export
// stay inside Database, behind its own methods.
class SqlDialect final
{
public:
    enum class Engine
    {
        SQLite, // SQLCipher 4.6: the local vault
        PostgreSQL, // PostgreSQL 15 through Qt's QPSQL driver: a program server (docs/server.md)
    };

    explicit constexpr SqlDialect(Engine engine) : m_engine(engine) { }

    Engine engine() const { return m_engine; }

    // The SQL as this engine reads it. Placeholders: "{index:NAME}" after a table, SQLite's "INDEXED BY NAME" (a few
    // queries whose plan SQLite's planner gets wrong on small or skewed tables), nothing on PostgreSQL, which has no
    // index hints.
    // "{json_values}": the elements of a JSON array bound at this place, as a table with one text column `value` (a
    // list of ids or names bound as one value, so a statement is prepared once whatever the list's length).
    // "{moment_plus_minutes:MOMENT:MINUTES}": the ISO-8601 UTC text of a moment column plus a number of minutes, in
    // the form moments are stored in (2026-05-04T09:30:00.000Z), so that it compares with them as text.
    QString expand(const QString& sql) const;

private:
    Engine m_engine;
};

} // namespace peerdesk
