#pragma once

#include "core/Result.h"
#include "core/domain/Conversation.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace peerdesk {

class Database;

// The `conversations` table, read together with each conversation's match (request and supporter ids).
class ConversationRepository final
{
public:
    explicit ConversationRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const Conversation& conversation);
    Result<std::optional<Conversation>> find(qint64 id);
    // Ordered by start time, then id. nullopt: every conversation.
    Result<QList<Conversation>> list(std::optional<qint64> requestId = std::nullopt);
    Result<void> setStatus(qint64 id, const QString& status);
    // The match's conversations still scheduled that start at `from` or later, by start time.
    Result<QList<qint64>> scheduledFrom(qint64 matchId, const QDateTime& from);
    Result<void> reschedule(qint64 id, const QDateTime& startsAt, int durationMinutes, const QString& modality);
    // Every conversation that shares any minute with [from, until), with its supporter's name, by start time.
    Result<QList<CalendarConversation>> between(const QDateTime& from, const QDateTime& until);
    // Requests whose live match is accepted, newest first: one query, whatever the number of requests.
    Result<QList<SchedulableRequest>> schedulableRequests();
    // Scheduled and held conversations of a match (the ones counted against the conversation cap) that start
    // before `start`: a conversation's number is its rank by date, whatever order they were booked in.
    Result<int> countOccupyingBefore(qint64 matchId, const QDateTime& start);
    // All of them, whatever their date.
    Result<int> countOccupying(qint64 matchId);
    // The supporter's scheduled and held conversations that share any minute with [start, end).
    // excludeId: a conversation being moved, which cannot overlap itself.
    Result<QList<Conversation>> overlapping(qint64 supporterId, const QDateTime& start, const QDateTime& end,
                                            qint64 excludeId = 0);

private:
    Database& m_database;
};

} // namespace peerdesk
