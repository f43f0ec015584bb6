#include "core/services/AuditLog.h"

#include "core/security/KeyPairs.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/vault/Membership.h"

#include <QCoreApplication>

#include <sodium.h>

namespace peerdesk {

namespace {

constexpr auto HeadIdKey = "audit_head_id";
constexpr auto HeadHashKey = "audit_head_hash";
constexpr auto VaultCreatedAction = "vault.created";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::AuditLog)
};

bool isIdentifierField(const QString& field)
{
    return !field.isEmpty() && field.size() <= 100 && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r'));
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QByteArray AuditLog::signatureMessage(const QString& vaultId, const QString& hash)
{
    return QStringLiteral("peerdesk-audit-signature-v1\n%1\n%2").arg(vaultId, hash).toUtf8();
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::chainHash(const QString& previousHash, const AuditEntry& entry)
{
    const QByteArray content = QStringList{ previousHash,
                                            QStringLiteral("peerdesk-audit-v1"),
                                            QString::number(entry.id),
                                            timestamp(entry.at),
                                            entry.actor,
                                            entry.action,
                                            entry.entityType,
                                            entry.entityId ? QString::number(*entry.entityId) : QString() }
                                   .join(QLatin1Char('\n'))
                                   .toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(content.constData()),
                       static_cast<unsigned long long>(content.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

Result<qint64> AuditLog::append(const QString& actor, const QString& action, const QString& entityType,
                                std::optional<qint64> entityId)
{
    if (!isIdentifierField(actor) || !isIdentifierField(action) || !isIdentifierField(entityType))
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("An audit entry needs an actor, an action and an entity type."));
    if (!m_signer || m_signer->isNull())
        return makeError(ErrorCode::Io, Text::tr("The audit log cannot be written: no signing key is open."));
    AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.entityType = entityType;
    entry.entityId = entityId;
    // Millisecond precision is what is stored, so hash exactly that.
    entry.at = QDateTime::fromString(timestamp(m_clock.nowUtc()), Qt::ISODateWithMs);

    auto appended = m_database.transaction([&]() -> Result<void> {
        // On a program server others append too: the newest row is read, and ours written, one appender at a time
        // (the server's guard checks the row under the same lock). The roster's lock first, always: a transaction
        // that changes a supporter after its audit row would otherwise wait for one that audits after changing one.
        if (auto locked = advisory_lock::holdForTransaction(m_database, AdvisoryLock::Roster); !locked)
            return locked;
        if (auto locked = advisory_lock::holdForTransaction(m_database, AdvisoryLock::AuditChain); !locked)
            return locked;
        AuditRepository rows(m_database);
        auto last = rows.head();
        if (!last)
            return last.error();
        // Chaining onto a log whose newest rows were removed would re-anchor it and hide the removal.
        if (auto anchored = matchesAnchor(*last); !anchored)
            return anchored;
        const QString previous = *last ? (*last)->hash : genesisHash();
        entry.id = *last ? (*last)->id + 1 : 1;
        entry.hash = chainHash(previous, entry);
        entry.signingKey = m_signer->publicKey();
        entry.signature = m_signer->sign(signatureMessage(m_vaultId, entry.hash));
        if (auto inserted = rows.insert(entry); !inserted)
            return inserted;
        // A program server moves the anchor itself, in the row's own insert, and lets no login write it (server
        // schema step 9): one wrong value there would have stopped everyone's audit rows.
        if (m_database.isServer())
            return {};
        SettingsRepository meta(m_database, SettingsRepository::Table::Meta);
        if (auto done = meta.set(QLatin1String(HeadIdKey), QString::number(entry.id)); !done)
            return done;
        return meta.set(QLatin1String(HeadHashKey), entry.hash);
    });
    if (!appended)
        return appended.error();
    return entry.id;
}

Result<void> AuditLog::matchesAnchor(const std::optional<AuditHead>& newest)
{
    SettingsRepository meta(m_database, SettingsRepository::Table::Meta);
    auto headId = meta.get(QLatin1String(HeadIdKey));
    if (!headId)
        return headId.error();
    auto headHash = meta.get(QLatin1String(HeadHashKey));
    if (!headHash)
        return headHash.error();
    const bool anchored = newest
        ? (*headId && *headHash && (*headId)->toLongLong() == newest->id && **headHash == newest->hash)
        : (!*headId && !*headHash);
    if (!anchored) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("The audit log in peerdesk.db was altered: its newest rows were "
                                  "deleted or its anchor changed. Run verify."));
    }
    return {};
}

Result<AuditLog::Verification> AuditLog::verify(const KeyDirectory* signers, qint64 signedFrom)
{
    Verification verification;
    QString previous = genesisHash();
    qint64 previousId = 0;
    bool firstIsCreation = false;
    std::optional<AuditEntry> newest;
    AuditRepository rows(m_database);
    auto visited = rows.forEach([&](const AuditEntry& entry) {
        if (entry.id != previousId + 1 && verification.problems.size() < 20)
            verification.problems.append(Text::tr("Audit rows are missing before row %1.").arg(entry.id));
        if (chainHash(previous, entry) != entry.hash && verification.problems.size() < 20)
            verification.problems.append(Text::tr("Audit row %1 was altered, inserted or reordered.").arg(entry.id));
        if (signers && entry.id >= signedFrom && verification.problems.size() < 20) {
            const SlotKey* key = signers->bySigningKey(entry.signingKey);
            const bool keyFits = key && entry.id >= key->since && (key->until == 0 || entry.id < key->until)
                && (signers->isRecovery(key->slotId) || signers->ownerOf(key->slotId) == entry.actor);
            if (!keyFits
                || !key_pairs::verify(entry.signingKey, signatureMessage(m_vaultId, entry.hash), entry.signature))
                verification.problems.append(
                    Text::tr("Audit row %1 is not signed by its actor's key: it was written or rewritten outside "
                             "PeerDesk.")
                        .arg(entry.id));
        }
        if (previousId == 0)
            firstIsCreation = entry.id == 1 && entry.action == QLatin1String(VaultCreatedAction);
        previous = entry.hash;
        previousId = entry.id;
        newest = entry;
        return true;
    });
    if (!visited)
        return visited.error();
    verification.rows = *visited;

    if (auto anchored = matchesAnchor(newest ? std::optional<AuditHead>(AuditHead{ newest->id, newest->hash })
                                             : std::optional<AuditHead>());
        !anchored) {
        if (anchored.error().code != ErrorCode::Damaged)
            return anchored.error();
        verification.problems.append(Text::tr("The newest audit rows were deleted or the audit anchor was altered."));
    }
    // Every vault's log starts when the vault was created; an empty log was emptied.
    if (verification.rows == 0 || !firstIsCreation)
        verification.problems.append(Text::tr("The start of the audit log is missing."));
    return verification;
}

} // namespace peerdesk
