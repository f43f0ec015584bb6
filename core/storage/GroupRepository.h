#pragma once

#include "core/Result.h"
#include "core/domain/PeerGroup.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace peerdesk {

class Database;

// Peer groups, their facilitators, occurrences and registrations (peer_groups, group_facilitators,
// group_occurrences, group_registrations).
class GroupRepository final
{
public:
    explicit GroupRepository(Database& database) : m_database(database) { }

    // Inserts the group and its facilitators.
    Result<qint64> insertGroup(const PeerGroup& group);
    Result<std::optional<PeerGroup>> findGroup(qint64 id);
    Result<QList<PeerGroup>> listGroups(); // by name
    Result<bool> nameTaken(const QString& name, qint64 exceptGroupId = 0); // case-insensitive
    // Every value of the group but its id and creation, and its facilitators.
    Result<void> updateGroup(const PeerGroup& group);
    Result<void> setActive(qint64 groupId, bool active);
    // The sessions starting after `after` that nothing was recorded for (scheduled, or skipped for a closure,
    // holiday or the group's end), with how many registrations each holds: the ones a change of the group may
    // replace.
    Result<QList<GroupOccurrence>> openFutureOccurrences(qint64 groupId, const QDateTime& after);
    Result<void> deleteOccurrence(qint64 occurrenceId);
    Result<void> setOccurrenceTimes(qint64 occurrenceId, const QDateTime& startsAt, const QDateTime& endsAt);
    // A session not held: cancelled, saying why ('ended', 'closure', 'holiday'; '' for none), or back to
    // scheduled.
    Result<void> setOccurrenceSkipped(qint64 occurrenceId, const QString& skippedFor);
    Result<void> setOccurrenceScheduled(qint64 occurrenceId);

    // False when the group already has an occurrence starting then (materialising twice adds nothing).
    // skippedFor: '' for a session to hold, or why none is held that day ('closure', 'holiday').
    Result<bool> insertOccurrence(qint64 groupId, const QDateTime& startsAt, const QDateTime& endsAt,
                                  const QString& skippedFor = {});
    Result<std::optional<GroupOccurrence>> findOccurrence(qint64 id);
    Result<QList<GroupOccurrence>> occurrences(qint64 groupId); // by start
    Result<void> updateOccurrence(const GroupOccurrence& occurrence); // status, counts and debrief
    // Every occurrence that shares any minute with [from, until), with its group's name, by start time.
    Result<QList<CalendarOccurrence>> occurrencesBetween(const QDateTime& from, const QDateTime& until);
    // Scheduled and held occurrences of groups the supporter facilitates that share any minute with [start, end).
    Result<QList<GroupOccurrence>> facilitatedOverlapping(qint64 supporterId, const QDateTime& start,
                                                          const QDateTime& end);
    // The first scheduled conversation of one of these supporters that shares a minute with a scheduled session of the
    // group ending after `after` (the other direction of facilitatedOverlapping): who, and when it starts; nullopt
    // when none does. Past sessions never recorded do not count.
    struct BookedDuringSession
    {
        qint64 supporterId = 0;
        QDateTime conversationStart;
        QDateTime sessionStart;
    };
    Result<std::optional<BookedDuringSession>> bookedDuringSessions(qint64 groupId, const QList<qint64>& supporterIds,
                                                                    const QDateTime& after);

    // An escalation recorded on a session: when, by whom, the action category (Vocab::EscalationAction).
    Result<void> insertEscalation(qint64 occurrenceId, const QDateTime& at, qint64 userId, const QString& action);

    Result<qint64> insertRegistration(const GroupRegistration& registration);
    Result<std::optional<GroupRegistration>> findRegistration(qint64 id);
    Result<QList<GroupRegistration>> registrations(qint64 occurrenceId); // in registration order
    Result<int> countRegistrations(qint64 occurrenceId);
    Result<void> setVerified(qint64 registrationId, const QDateTime& at);
    Result<void> setLinkSent(qint64 registrationId, const QDateTime& at);

    // Retention: the registrations of occurrences that ended before endedBefore. Deletes them (name and
    // contact go with the row) and returns how many, or with dryRun only counts them. The caller runs it in
    // its transaction, audits the count and checkpoints the WAL.
    Result<int> purgeRegistrations(const QDateTime& endedBefore, bool dryRun);

private:
    Result<void> insertFacilitators(qint64 groupId, const QList<qint64>& supporterIds);

    Database& m_database;
};

} // namespace peerdesk
