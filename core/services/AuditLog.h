#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/domain/AuditEntry.h"

#include <QStringList>

#include <optional>

namespace peerdesk {

class Database;
class KeyDirectory;
struct AuditHead;
class SigningKey;

// The tamper-evident record of who changed what. Each row's hash is SHA-256 over the previous row's hash and
// the row's own fields (docs/file-format.md), and the newest row is anchored in the meta table, so editing,
// inserting or deleting any row — including the last — is detected by verify(). Each row is also signed by its
// actor's own key (their slot's signing key), which nobody else holds: someone with the data key and a SQL shell
// can rewrite the chain, but not the signatures of the rows others wrote after the ones they removed.
class AuditLog final
{
public:
    // signer: the signing key of the signed-in person's slot; rows cannot be appended without one.
    AuditLog(Database& database, const Clock& clock, QString vaultId, const SigningKey* signer)
        : m_database(database), m_clock(clock), m_vaultId(std::move(vaultId)), m_signer(signer)
    {
    }
    void setSigner(const SigningKey* signer) { m_signer = signer; }

    // Appends inside the caller's transaction when there is one (so the change and its audit row commit
    // together). Fields are identifiers, never free text: InvalidInput for a line break or an empty field.
    Result<qint64> append(const QString& actor, const QString& action, const QString& entityType,
                          std::optional<qint64> entityId = std::nullopt);

    struct Verification
    {
        qint64 rows = 0;
        QStringList problems; // empty when the chain is intact
    };
    // The chain and its anchor; with signers, also each row's signature: by a key its actor's slot held when the
    // row was written (or the recovery key's), for every row from signedFrom on.
    Result<Verification> verify(const KeyDirectory* signers = nullptr, qint64 signedFrom = 1);

    static QString genesisHash(); // 64 zeros: the "previous hash" of the first row
    static QString chainHash(const QString& previousHash, const AuditEntry& entry);
    static QByteArray signatureMessage(const QString& vaultId, const QString& hash);

private:
    // Damaged when the newest row (or its absence) does not match the anchor kept in meta.
    Result<void> matchesAnchor(const std::optional<AuditHead>& newest);

    Database& m_database;
    const Clock& m_clock;
    QString m_vaultId;
    const SigningKey* m_signer;
};

} // namespace peerdesk
