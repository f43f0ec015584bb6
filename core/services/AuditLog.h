#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/AuditEntry.h"

#include <QStringList>

#include <optional>

namespace peerdesk {

class Database;

// The tamper-evident record of who changed what. Each row's hash is SHA-256 over the previous row's hash and
// the row's own fields (docs/file-format.md), and the newest row is anchored in the meta table, so editing,
// inserting or deleting any row — including the last — is detected by verify().
class AuditLog final
{
public:
    AuditLog(Database& database, const Clock& clock) : m_database(database), m_clock(clock) { }

    // Appends inside the caller's transaction when there is one (so the change and its audit row commit
    // together). Fields are identifiers, never free text: InvalidInput for a line break or an empty field.
    Result<qint64> append(const QString& actor, const QString& action, const QString& entityType,
                          std::optional<qint64> entityId = std::nullopt);

    struct Verification
    {
        qint64 rows = 0;
        QStringList problems; // empty when the chain is intact
    };
    Result<Verification> verify();

    static QString genesisHash(); // 64 zeros: the "previous hash" of the first row
    static QString chainHash(const QString& previousHash, const AuditEntry& entry);

private:
    // Damaged when the newest row (or its absence) does not match the anchor kept in meta.
    Result<void> matchesAnchor(const std::optional<AuditEntry>& newest);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace peerdesk
