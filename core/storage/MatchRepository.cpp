#include "core/storage/MatchRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RowVersion.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>

namespace peerdesk {

using namespace sql_values;

namespace {

constexpr auto MatchColumns = "SELECT id, request_id, supporter_id, status, score, proposed_at, answered_at, ended_at, "
                              "difficult, end_reason, row_version FROM matches";

Result<Match> readMatch(const QSqlQuery& q)
{
    Match m;
    m.id = q.value(0).toLongLong();
    m.requestId = q.value(1).toLongLong();
    m.supporterId = q.value(2).toLongLong();
    const auto status = matchStatusFromKey(q.value(3).toString());
    if (!status)
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("peerdesk::Database", "A match has an unknown status."));
    m.status = *status;
    m.score = q.value(4).toDouble();
    m.proposedAt = momentFrom(q.value(5));
    m.answeredAt = momentFrom(q.value(6));
    m.endedAt = momentFrom(q.value(7));
    m.difficult = q.value(8).toInt() != 0;
    m.endReason = q.value(9).toString();
    m.version = q.value(10).toLongLong();
    return m;
}

} // namespace

Result<qint64> MatchRepository::insert(const Match& m)
{
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO matches (request_id, supporter_id, status, score, proposed_at, answered_at, "
                       "ended_at, difficult, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { m.requestId, m.supporterId, matchStatusKey(m.status), m.score, moment(m.proposedAt), moment(m.answeredAt),
          moment(m.endedAt), m.difficult ? 1 : 0, textOrNull(m.endReason) });
    if (!query)
        return query.error();
    return *query;
}

Result<void> MatchRepository::update(const Match& m)
{
    if (auto claimed = row_version::claim(m_database, row_version::Versioned::Match, m.id, m.version); !claimed)
        return claimed;
    auto query = m_database.exec(
        QStringLiteral("UPDATE matches SET status = ?, answered_at = ?, ended_at = ?, difficult = ?, end_reason = ? "
                       "WHERE id = ?"),
        { matchStatusKey(m.status), moment(m.answeredAt), moment(m.endedAt), m.difficult ? 1 : 0,
          textOrNull(m.endReason), m.id });
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<Match>> MatchRepository::live(qint64 requestId)
{
    auto query = m_database.exec(QLatin1String(MatchColumns)
                                     + QStringLiteral(" WHERE request_id = ? AND status IN ('proposed', 'accepted')"),
                                 { requestId });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Match>();
    auto match = readMatch(*query);
    if (!match)
        return match.error();
    return std::optional<Match>(*match);
}

Result<QList<Match>> MatchRepository::forRequest(qint64 requestId)
{
    auto query = m_database.exec(QLatin1String(MatchColumns) + QStringLiteral(" WHERE request_id = ? ORDER BY id"),
                                 { requestId });
    if (!query)
        return query.error();
    QList<Match> matches;
    while (query->next()) {
        auto match = readMatch(*query);
        if (!match)
            return match.error();
        matches.append(*match);
    }
    return matches;
}

Result<MatchRepository::PastSupporters> MatchRepository::pastSupporters(qint64 requestId)
{
    auto query = m_database.exec(QStringLiteral("SELECT supporter_id, status FROM matches WHERE request_id = ? AND "
                                                "(status = 'declined' OR (status = 'ended' AND end_reason IS NOT "
                                                "NULL))"),
                                 { requestId });
    if (!query)
        return query.error();
    PastSupporters past;
    while (query->next()) {
        const qint64 supporter = query->value(0).toLongLong();
        if (query->value(1).toString() == QLatin1String("declined"))
            past.declined.insert(supporter);
        else
            past.endedEarly.insert(supporter);
    }
    return past;
}

Result<QList<qint64>> MatchRepository::liveRequestsOf(qint64 supporterId)
{
    auto query = m_database.exec(QStringLiteral("SELECT request_id FROM matches WHERE supporter_id = ? AND status IN "
                                                "('proposed', 'accepted') ORDER BY request_id"),
                                 { supporterId });
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<QHash<qint64, SupporterLoad>> MatchRepository::loads(std::optional<qint64> supporterId)
{
    // supporter_loads is kept by triggers on matches (migration 7): live proposals and acceptances, and the latest
    // proposal that was not declined.
    static const QString Select = QStringLiteral("SELECT supporter_id, live, last_matched_at FROM supporter_loads");
    auto query = supporterId ? m_database.exec(Select + QStringLiteral(" WHERE supporter_id = ?"), { *supporterId })
                             : m_database.exec(Select);
    if (!query)
        return query.error();
    QHash<qint64, SupporterLoad> loads;
    while (query->next())
        loads.insert(query->value(0).toLongLong(), { query->value(1).toInt(), momentFrom(query->value(2)) });
    return loads;
}

} // namespace peerdesk
