#pragma once

#include "core/Result.h"
#include "core/domain/Supporter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace peerdesk {

class VaultSession;

// The roster. Administrators change it; coordinators read it (matching needs it). Every change is audited
// with the supporter's id only.
class SupporterService final
{
public:
    explicit SupporterService(VaultSession& session) : m_session(session) { }

    Result<qint64> add(const Supporter& supporter);
    // All or nothing, in one transaction: the CSV import.
    Result<QList<qint64>> addAll(const QList<Supporter>& supporters);
    // Replaces the profile fields, institutions, languages, modalities, affinities and availability.
    Result<void> update(const Supporter& supporter);
    // Taking a supporter away from their peers (any status but active, or a pause) while they have live matches
    // is refused unless liveMatchesConfirmed: the refusal lists those requests by reference, never by
    // name. Once done, the matches show on the Dashboard as needing a new supporter, and each is ended with
    // RequestService::endMatch.
    Result<void> setStatus(qint64 id, const QString& status, bool liveMatchesConfirmed = false);
    // Invalid date: resume now.
    Result<void> pauseUntil(qint64 id, const QDate& until, bool liveMatchesConfirmed = false);
    // Status and pause together, in one transaction (each change audited as above), changing only what differs:
    // undoing a status change restores both. A pause that has already ended is not restored (it counts as none).
    Result<void> setStatusAndPause(qint64 id, const QString& status, const QDate& pausedUntil,
                                   bool liveMatchesConfirmed = false);
    // The requests of the supporter's proposed or accepted matches, by id: what a status change would leave
    // without a supporter. Coordinators and administrators.
    Result<QList<qint64>> liveMatchRequests(qint64 id);
    Result<qint64> addTraining(qint64 id, const TrainingRecord& record);
    Result<qint64> addDebrief(qint64 id, const DebriefRecord& record);

    Result<Supporter> get(qint64 id);
    // Ordered by name (purged names last), with availability, training and debriefs.
    Result<QList<Supporter>> list(const std::optional<QString>& status = std::nullopt);
    // Every supporter's current load (proposed or accepted matches) and last match, in one query; supporters
    // never matched are absent. Coordinators and administrators.
    Result<QHash<qint64, SupporterLoad>> loads();

private:
    // Refuses, listing the requests by reference, when the supporter has live matches and it was not confirmed.
    Result<void> checkLiveMatches(qint64 id, bool confirmed);

    VaultSession& m_session;
};

} // namespace peerdesk
