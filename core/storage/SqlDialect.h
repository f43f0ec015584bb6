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
        SQLite, // SQLCipher 4.6
    };

    explicit constexpr SqlDialect(Engine engine) : m_engine(engine) { }

    Engine engine() const { return m_engine; }

    // The SQL as this engine reads it. Placeholders: "{index:NAME}" after a table, SQLite's "INDEXED BY NAME" (a few
    // queries whose plan SQLite's planner gets wrong on small or skewed tables), nothing on an engine without
    // index hints.
    QString expand(const QString& sql) const;

private:
    Engine m_engine;
};

} // namespace peerdesk
