#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace peerdesk {

// One row of the audit log: who did what to which kind of record, and when. Never a physician's name,
// never free text: actions and entity types are fixed identifiers, the entity is a number.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor; // login of the staff member, or "system"
    QString action; // e.g. "vault.created", "user.passphrase_changed"
    QString entityType; // e.g. "vault", "user"
    std::optional<qint64> entityId;
    QString hash; // hex SHA-256 chained over the previous row (docs/file-format.md)
    QByteArray signingKey; // the Ed25519 public key of the actor's slot that signed the row; empty before signing
    QByteArray signature; // over the row's hash (AuditLog::signatureMessage)
};

// Which rows the audit viewer shows; empty members match everything.
struct AuditFilter
{
    QString actor;
    QString actionPrefix; // "request." matches every request event
    QString entityType;
    std::optional<qint64> entityId; // with entityType: one record's rows (who viewed request 12)
    QDateTime from; // inclusive, UTC
    QDateTime until; // exclusive, UTC
};

} // namespace peerdesk
