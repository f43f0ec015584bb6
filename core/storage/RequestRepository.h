#pragma once

#include "Result.h"
#include "domain/Request.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace peerdesk {

class Database;

// Keyed hashes of a requester's normalised email and phone, kept after the identity is purged so that a
// repeat request is still recognised (RequestService computes them).
struct RepeatKeys
{
    QString email;
    QString phone;
};

class RequestRepository final
{
public:
    explicit RequestRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const SupportRequest& request, const RepeatKeys& keys, const QDateTime& now);
    // Status, outcome, timestamps, flags, urgency and reasons: everything a transition may change.
    Result<void> saveState(const SupportRequest& request, const QDateTime& now);
    Result<void> setLegalHold(qint64 id, bool hold, const QDateTime& now);
    Result<qint64> insertEscalation(const EscalationRecord& record);
    Result<QList<EscalationRecord>> escalations(qint64 requestId);

    Result<std::optional<SupportRequest>> find(qint64 id);
    // Newest first; earlierRequests is filled from the repeat keys in the same pass.
    Result<QList<SupportRequest>> list(const std::optional<RequestStatus>& status = std::nullopt);
    Result<qint64> count();

    // Closed before the cut-off, identity still present: how many will be purged and how many are held.
    struct PurgeCounts
    {
        int purgeable = 0;
        int held = 0;
    };
    Result<PurgeCounts> countIdentitiesToPurge(const QDateTime& closedBefore);
    Result<int> purgeIdentities(const QDateTime& closedBefore, const QDateTime& now);

private:
    Result<QList<SupportRequest>> load(const QString& where, const QVariantList& values);

    Database& m_database;
};

} // namespace peerdesk
