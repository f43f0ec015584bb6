#include "storage/Migrations.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <vector>

namespace peerdesk::migrations {

namespace {

using Step = std::vector<const char*>;

// Append new steps at the end; never edit a step that has shipped. docs/architecture.md describes the tables.
const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        // 1: the vault itself: metadata, staff accounts, settings and the tamper-evident audit log.
        {
            R"(CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE users (
                id                     INTEGER PRIMARY KEY,
                login                  TEXT NOT NULL UNIQUE,
                display_name           TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
                role                   TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'reporting')),
                slot_id                TEXT NOT NULL UNIQUE,
                active                 INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
                created_at             TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE audit_log (
                id          INTEGER PRIMARY KEY,
                at          TEXT NOT NULL,
                actor       TEXT NOT NULL,
                action      TEXT NOT NULL,
                entity_type TEXT NOT NULL,
                entity_id   INTEGER,
                hash        TEXT NOT NULL CHECK (length(hash) = 64)
            ) STRICT)",
            "CREATE INDEX audit_log_at ON audit_log (at)",
            "CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)",
        },
    };
    return all;
}

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

} // namespace

int latestVersion()
{
    return static_cast<int>(steps().size());
}

Result<void> apply(Database& database)
{
    const int current = database.schemaVersion();
    const QString fileName = QFileInfo(database.path()).fileName();
    if (current < 0)
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 is damaged: its schema version cannot be read.").arg(fileName));
    if (current > latestVersion()) {
        return makeError(
            ErrorCode::Damaged,
            Text::tr("%1 was written by a newer PeerDesk (schema %2; this program knows up to %3). Install "
                     "the newer PeerDesk to open it.")
                .arg(fileName)
                .arg(current)
                .arg(latestVersion()));
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        auto applied = database.transaction([&]() -> Result<void> {
            for (const char* statement : steps()[static_cast<std::size_t>(version - 1)]) {
                if (auto done = database.exec(QString::fromUtf8(statement)); !done)
                    return done.error();
            }
            // PRAGMA takes no bound parameters; version is our own integer.
            if (auto done = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !done)
                return done.error();
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace peerdesk::migrations
