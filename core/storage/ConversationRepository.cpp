#include "core/storage/ConversationRepository.h"

#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace peerdesk {

namespace {

constexpr auto SelectColumns
    = "SELECT c.id, c.match_id, m.request_id, m.supporter_id, c.starts_at, c.duration_minutes, c.modality, c.status, "
      "c.created_at, c.row_version FROM conversations c JOIN matches m ON m.id = c.match_id";
constexpr auto Order = " ORDER BY c.starts_at, c.id";

Conversation readConversation(const QSqlQuery& query)
{
    Conversation conversation;
    conversation.id = query.value(0).toLongLong();
    conversation.matchId = query.value(1).toLongLong();
    conversation.requestId = query.value(2).toLongLong();
    conversation.supporterId = query.value(3).toLongLong();
    conversation.startsAt = sql_values::momentFrom(query.value(4));
    conversation.durationMinutes = query.value(5).toInt();
    conversation.modality = query.value(6).toString();
    conversation.status = query.value(7).toString();
    conversation.createdAt = sql_values::momentFrom(query.value(8));
    conversation.version = query.value(9).toLongLong();
    return conversation;
}

Result<QList<Conversation>> readAll(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<Conversation> conversations;
    while (query->next())
        conversations.append(readConversation(*query));
    return conversations;
}

} // namespace

Result<qint64> ConversationRepository::insert(const Conversation& conversation)
{
    auto query = m_database.insert(
        QStringLiteral(
            "INSERT INTO conversations (match_id, starts_at, duration_minutes, modality, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        { conversation.matchId, sql_values::moment(conversation.startsAt), conversation.durationMinutes,
          conversation.modality, conversation.status, sql_values::moment(conversation.createdAt) });
    if (!query)
        return query.error();
    return *query;
}

Result<std::optional<Conversation>> ConversationRepository::find(qint64 id)
{
    auto query = m_database.exec(QLatin1String(SelectColumns) + QLatin1String(" WHERE c.id = ?"), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Conversation>();
    return std::optional<Conversation>(readConversation(*query));
}

Result<QList<Conversation>> ConversationRepository::list(std::optional<qint64> requestId)
{
    if (requestId) {
        return readAll(m_database.exec(QLatin1String(SelectColumns) + QLatin1String(" WHERE m.request_id = ?")
                                           + QLatin1String(Order),
                                       { *requestId }));
    }
    return readAll(m_database.exec(QLatin1String(SelectColumns) + QLatin1String(Order)));
}

Result<void> ConversationRepository::setStatus(qint64 id, const QString& status)
{
    auto query = m_database.exec(QStringLiteral("UPDATE conversations SET status = ? WHERE id = ?"), { status, id });
    if (!query)
        return query.error();
    return {};
}

Result<QList<qint64>> ConversationRepository::scheduledFrom(qint64 matchId, const QDateTime& from)
{
    // Stored moments are UTC ISO text of one width, so text order is time order.
    auto query = m_database.exec(QStringLiteral("SELECT id FROM conversations WHERE match_id = ? AND status = "
                                                "'scheduled' AND starts_at >= ? ORDER BY starts_at, id"),
                                 { matchId, sql_values::moment(from) });
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<void> ConversationRepository::reschedule(qint64 id, const QDateTime& startsAt, int durationMinutes,
                                                const QString& modality)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE conversations SET starts_at = ?, duration_minutes = ?, modality = ? WHERE id = ?"),
        { sql_values::moment(startsAt), durationMinutes, modality, id });
    if (!query)
        return query.error();
    return {};
}

Result<QList<CalendarConversation>> ConversationRepository::between(const QDateTime& from, const QDateTime& until)
{
    // The start bound lets SQLite use the index on starts_at; the exact end is checked here (see overlapping()).
    const QDateTime earliest = from.addSecs(-qint64(Conversation::MaxMinutes) * 60);
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT c.id, c.match_id, m.request_id, m.supporter_id, c.starts_at, c.duration_minutes, c.modality, "
            "c.status, c.created_at, s.name_ct FROM conversations c JOIN matches m ON m.id = c.match_id "
            "JOIN supporters s ON s.id = m.supporter_id WHERE c.starts_at > ? AND c.starts_at < ?")
            + QLatin1String(Order),
        { sql_values::moment(earliest), sql_values::moment(until) });
    if (!query)
        return query.error();
    QList<CalendarConversation> found;
    while (query->next()) {
        auto name
            = identity_cells::open(m_database, "supporters", "name_ct", query->value(3).toLongLong(), query->value(9));
        if (!name)
            return name.error();
        CalendarConversation entry{ readConversation(*query), *name };
        if (entry.conversation.endsAt() > from)
            found.append(entry);
    }
    return found;
}

Result<QList<SchedulableRequest>> ConversationRepository::schedulableRequests()
{
    auto query = m_database.exec(QStringLiteral(
        "SELECT m.request_id, m.supporter_id, s.name_ct FROM matches m "
        "JOIN supporters s ON s.id = m.supporter_id WHERE m.status = 'accepted' ORDER BY m.request_id DESC"));
    if (!query)
        return query.error();
    QList<SchedulableRequest> found;
    while (query->next()) {
        const qint64 supporterId = query->value(1).toLongLong();
        auto name = identity_cells::open(m_database, "supporters", "name_ct", supporterId, query->value(2));
        if (!name)
            return name.error();
        found.append({ query->value(0).toLongLong(), supporterId, *name });
    }
    return found;
}

Result<int> ConversationRepository::countOccupying(qint64 matchId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT count(*) FROM conversations WHERE match_id = ? AND status IN ('scheduled', 'held')"),
        { matchId });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<int> ConversationRepository::countOccupyingBefore(qint64 matchId, const QDateTime& start)
{
    // Stored moments are UTC ISO text of one width, so text order is time order.
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM conversations WHERE match_id = ? AND status IN "
                                                "('scheduled', 'held') AND starts_at < ?"),
                                 { matchId, sql_values::moment(start) });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<Conversation>> ConversationRepository::overlapping(qint64 supporterId, const QDateTime& start,
                                                                const QDateTime& end, qint64 excludeId)
{
    // Stored moments are UTC ISO text of one width, so text order is time order. A conversation that starts
    // before `start` can reach into the range only if it started less than the longest duration earlier; the
    // exact end is checked here rather than with SQLite's floating-point date arithmetic.
    const QDateTime earliest = start.addSecs(-qint64(Conversation::MaxMinutes) * 60);
    auto candidates = readAll(m_database.exec(
        QLatin1String(SelectColumns)
            + QLatin1String(" WHERE m.supporter_id = ? AND c.status IN ('scheduled', 'held') AND c.starts_at > ? "
                            "AND c.starts_at < ?")
            + QLatin1String(Order),
        { supporterId, sql_values::moment(earliest), sql_values::moment(end) }));
    if (!candidates)
        return candidates;
    QList<Conversation> overlaps;
    for (const Conversation& conversation : std::as_const(*candidates)) {
        if (conversation.endsAt() > start && conversation.id != excludeId)
            overlaps.append(conversation);
    }
    return overlaps;
}

} // namespace peerdesk
