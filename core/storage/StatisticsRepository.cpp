#include "core/storage/StatisticsRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/SqlValues.h"

namespace peerdesk {

namespace {

// The physician behind a request: the keyed hash of their email, else of their phone (unless several people gave
// that number), else the request itself. Two requests from the same address count once; a request without either
// counts on its own.
constexpr auto Physician
    = "coalesce(r.repeat_key_email, (CASE WHEN r.repeat_key_phone IN (SELECT repeat_key FROM shared_phone_keys) "
      "THEN NULL ELSE r.repeat_key_phone END), 'request:' || r.id)";

QVariantList bounds(const StatRange& range)
{
    return { sql_values::moment(range.from), sql_values::moment(range.until) };
}

// Counts each physician once, under the category of their first row (by `orderColumn`) in the range.
QString firstPerPhysician(const QString& category, const QString& orderColumn, const QString& where)
{
    return QStringLiteral("WITH ranked AS (SELECT %1 AS category, row_number() OVER (PARTITION BY %2 ORDER BY %3, r.id)"
                          " AS n FROM requests r WHERE %4)"
                          " SELECT category, count(*) FROM ranked WHERE n = 1 GROUP BY category"
                          " UNION ALL SELECT '*', count(*) FROM ranked WHERE n = 1")
        .arg(category, QLatin1String(Physician), orderColumn, where);
}

QString columnName(StatisticsRepository::RequestColumn column)
{
    switch (column) {
    case StatisticsRepository::RequestColumn::CareerStage:
        return QStringLiteral("r.career_stage");
    case StatisticsRepository::RequestColumn::Channel:
        return QStringLiteral("r.channel");
    case StatisticsRepository::RequestColumn::ReferralType:
        return QStringLiteral("r.referral_type");
    }
    return QStringLiteral("NULL");
}

} // namespace

Result<StatCounts> StatisticsRepository::counts(const QString& sql, const QVariantList& values)
{
    auto query = m_database.exec(sql, values);
    if (!query)
        return query.error();
    StatCounts result;
    while (query->next())
        result.insert(query->value(0).toString(), query->value(1).toLongLong());
    return result;
}

Result<StatCounts> StatisticsRepository::requestsBy(RequestColumn column, const StatRange& range)
{
    return counts(firstPerPhysician(columnName(column), QStringLiteral("r.received_at"),
                                    QStringLiteral("r.received_at >= ? AND r.received_at < ?")),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::requestsByAttribute(const QString& kind, const StatRange& range)
{
    // CROSS JOIN keeps the requests in the range as the outer loop: SQLite would otherwise read every attribute of
    // the kind through request_attributes_kind, whatever the period.
    QVariantList values = bounds(range);
    values << kind;
    values << bounds(range);
    return counts(QStringLiteral("SELECT a.value, count(DISTINCT %1) FROM requests r"
                                 " CROSS JOIN request_attributes a"
                                 " WHERE a.request_id = r.id AND r.received_at >= ? AND r.received_at < ? AND"
                                 " a.kind = ? GROUP BY a.value"
                                 " UNION ALL SELECT '*', count(DISTINCT %1) FROM requests r"
                                 " WHERE r.received_at >= ? AND r.received_at < ?")
                      .arg(QLatin1String(Physician)),
                  values);
}

Result<StatCounts> StatisticsRepository::triageOutcomes(const StatRange& range)
{
    // Triage writes its escalation at the triage moment, and closes an out-of-scope request at that moment too;
    // an escalation or closure recorded later is not a triage outcome.
    const QString category = QStringLiteral(
        "CASE WHEN EXISTS (SELECT 1 FROM escalations e WHERE e.request_id = r.id AND e.at = r.triaged_at)"
        " THEN 'escalated' WHEN r.close_outcome = 'referred_elsewhere' AND r.closed_at = r.triaged_at"
        " THEN 'referred_elsewhere' ELSE 'in_scope' END");
    return counts(firstPerPhysician(category, QStringLiteral("r.triaged_at"),
                                    QStringLiteral("r.triaged_at >= ? AND r.triaged_at < ?")),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::matchesAccepted(const StatRange& range)
{
    // An answered match that was not declined was accepted (it may have ended since).
    return counts(QStringLiteral("SELECT '*', count(DISTINCT %1) FROM matches m JOIN requests r ON r.id = m.request_id"
                                 " WHERE m.answered_at >= ? AND m.answered_at < ? AND m.status <> 'declined'")
                      .arg(QLatin1String(Physician)),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::supporterDeclines(const StatRange& range)
{
    return counts(QStringLiteral("SELECT '*', count(*) FROM matches"
                                 " WHERE answered_at >= ? AND answered_at < ? AND status = 'declined'"),
                  bounds(range));
}

Result<QList<FirstContactTiming>> StatisticsRepository::firstContacts(const StatRange& range)
{
    // Time to contact counts from when the clock started: receipt, or a colleague's referral's consent.
    auto query = m_database.exec(QStringLiteral("SELECT %1, first_contact_at FROM requests"
                                                " WHERE first_contact_at >= ? AND first_contact_at < ?")
                                     .arg(QLatin1String(RequestRepository::ContactClockSql)),
                                 bounds(range));
    if (!query)
        return query.error();
    QList<FirstContactTiming> result;
    while (query->next())
        result.append({ sql_values::momentFrom(query->value(0)), sql_values::momentFrom(query->value(1)) });
    return result;
}

Result<StatCounts> StatisticsRepository::conversationsHeld(const StatRange& range)
{
    return counts(QStringLiteral("WITH held AS (SELECT modality FROM conversations"
                                 " WHERE starts_at >= ? AND starts_at < ? AND status = 'held')"
                                 " SELECT modality, count(*) FROM held GROUP BY modality"
                                 " UNION ALL SELECT '*', count(*) FROM held"),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::conversationsPerClosedMatch(const StatRange& range)
{
    return counts(QStringLiteral("WITH closed AS MATERIALIZED (SELECT count(c.id) AS held FROM matches m"
                                 " LEFT JOIN conversations c ON c.match_id = m.id AND c.status = 'held'"
                                 " WHERE m.ended_at >= ? AND m.ended_at < ? AND m.status = 'ended'"
                                 " AND m.answered_at IS NOT NULL GROUP BY m.id)"
                                 " SELECT CASE WHEN held >= 4 THEN '4_or_more' ELSE CAST(held AS TEXT) END, count(*)"
                                 " FROM closed GROUP BY 1 UNION ALL SELECT '*', count(*) FROM closed"),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::closureOutcomes(const StatRange& range)
{
    return counts(firstPerPhysician(QStringLiteral("r.close_outcome"), QStringLiteral("r.closed_at"),
                                    QStringLiteral("r.closed_at >= ? AND r.closed_at < ?")),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::escalations(const StatRange& range)
{
    return counts(QStringLiteral("WITH recorded AS (SELECT action FROM escalations WHERE at >= ? AND at < ?)"
                                 " SELECT action, count(*) FROM recorded GROUP BY action"
                                 " UNION ALL SELECT '*', count(*) FROM recorded"),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::matchesEndedEarly(const StatRange& range)
{
    return counts(QStringLiteral("WITH ended AS (SELECT end_reason FROM matches {index:matches_ended_early}"
                                 " WHERE ended_at >= ? AND ended_at < ? AND end_reason IS NOT NULL)"
                                 " SELECT end_reason, count(*) FROM ended GROUP BY end_reason"
                                 " UNION ALL SELECT '*', count(*) FROM ended"),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::referralsGiven(const StatRange& range)
{
    return counts(
        QStringLiteral("WITH given AS (SELECT resource FROM referrals_given WHERE given_at >= ? AND given_at < ?)"
                       " SELECT resource, count(*) FROM given GROUP BY resource"
                       " UNION ALL SELECT '*', count(*) FROM given"),
        bounds(range));
}

Result<StatCounts> StatisticsRepository::groupActivity(const StatRange& range)
{
    return counts(QStringLiteral("WITH sessions AS (SELECT status, attendance, debrief_held FROM group_occurrences"
                                 " WHERE starts_at >= ? AND starts_at < ?)"
                                 " SELECT status, count(*) FROM sessions GROUP BY status"
                                 " UNION ALL SELECT '*', count(*) FROM sessions"
                                 " UNION ALL SELECT 'attendance', coalesce(sum(attendance), 0) FROM sessions"
                                 " WHERE status = 'held'"
                                 " UNION ALL SELECT 'debriefs', count(*) FROM sessions"
                                 " WHERE status = 'held' AND debrief_held = 1"),
                  bounds(range));
}

Result<QStringList> StatisticsRepository::groupNames(const QDateTime& until)
{
    auto query
        = m_database.exec(QStringLiteral("SELECT name FROM peer_groups WHERE created_at < ? ORDER BY lower(name), id"),
                          { sql_values::moment(until) });
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<QList<GroupHeld>> StatisticsRepository::groupsHeld(const StatRange& range)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT g.name, count(*), coalesce(sum(o.attendance), 0), sum(o.feedback_positive), "
                       "sum(o.feedback_neutral), sum(o.feedback_negative) FROM group_occurrences o "
                       "JOIN peer_groups g ON g.id = o.group_id "
                       "WHERE o.starts_at >= ? AND o.starts_at < ? AND o.status = 'held' GROUP BY g.id"),
        bounds(range));
    if (!query)
        return query.error();
    QList<GroupHeld> held;
    while (query->next()) {
        held.append({ query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                      query->value(3).toLongLong(), query->value(4).toLongLong(), query->value(5).toLongLong() });
    }
    return held;
}

Result<StatCounts> StatisticsRepository::groupEscalations(const StatRange& range)
{
    return counts(QStringLiteral("WITH recorded AS (SELECT action FROM group_escalations WHERE at >= ? AND at < ?)"
                                 " SELECT action, count(*) FROM recorded GROUP BY action"
                                 " UNION ALL SELECT '*', count(*) FROM recorded"),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::groupMembersJoined(const StatRange& range)
{
    return groupMembersBy(QStringLiteral("joined_at"), range);
}

Result<StatCounts> StatisticsRepository::groupMembersLeft(const StatRange& range)
{
    return groupMembersBy(QStringLiteral("left_at"), range);
}

Result<StatCounts> StatisticsRepository::groupMembersBy(const QString& moment, const StatRange& range)
{
    // `moment` is one of our two column names, never input.
    return counts(QStringLiteral("WITH moved AS (SELECT g.name FROM group_members m JOIN peer_groups g ON g.id = "
                                 "m.group_id WHERE m.%1 >= ? AND m.%1 < ?)"
                                 " SELECT name, count(*) FROM moved GROUP BY name"
                                 " UNION ALL SELECT '*', count(*) FROM moved")
                      .arg(moment),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::rosterByStatus(const QDateTime& until)
{
    return counts(QStringLiteral("WITH roster AS (SELECT status FROM supporters WHERE created_at < ?)"
                                 " SELECT status, count(*) FROM roster GROUP BY status"
                                 " UNION ALL SELECT '*', count(*) FROM roster"),
                  { sql_values::moment(until) });
}

Result<StatCounts> StatisticsRepository::newlyTrained(const QDate& first, const QDate& last)
{
    return counts(QStringLiteral("SELECT '*', count(*) FROM (SELECT min(completed_on) AS first_completed"
                                 " FROM supporter_training GROUP BY supporter_id) AS firsts"
                                 " WHERE first_completed >= ? AND first_completed <= ?"),
                  { sql_values::day(first), sql_values::day(last) });
}

Result<StatCounts> StatisticsRepository::requestsByMonth(const QList<StatMonthRange>& months)
{
    if (months.isEmpty())
        return StatCounts{};
    QStringList rows;
    QVariantList values;
    for (const StatMonthRange& month : months) {
        rows << QStringLiteral("(?, ?, ?)");
        values << month.month << sql_values::moment(month.range.from) << sql_values::moment(month.range.until);
    }
    values << sql_values::moment(months.first().range.from) << sql_values::moment(months.last().range.until);
    return counts(QStringLiteral("WITH months (month, starts, ends) AS (VALUES %1)"
                                 " SELECT m.month, count(DISTINCT %2) FROM months m"
                                 " JOIN requests r ON r.received_at >= m.starts AND r.received_at < m.ends"
                                 " GROUP BY m.month"
                                 " UNION ALL SELECT '*', count(DISTINCT %2) FROM requests r"
                                 " WHERE r.received_at >= ? AND r.received_at < ?")
                      .arg(rows.join(QStringLiteral(", ")), QLatin1String(Physician)),
                  values);
}

} // namespace peerdesk
