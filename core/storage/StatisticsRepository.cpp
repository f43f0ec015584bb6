#include "core/storage/StatisticsRepository.h"

#include "core/storage/Database.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>

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

// Counts each physician once, under the category of their first row (by `orderColumn`) in the range; for one
// site, the physicians whose first row is that site's (ranked over the whole program, so the sites add up).
QString firstPerPhysician(const QString& category, const QString& orderColumn, const QString& where, bool oneSite)
{
    const QString site = oneSite ? QStringLiteral(" AND site_id = ?") : QString();
    return QStringLiteral("WITH ranked AS (SELECT %1 AS category, r.site_id, row_number() OVER (PARTITION BY %2 "
                          "ORDER BY %3, r.id) AS n FROM requests r WHERE %4)"
                          " SELECT category, count(*) FROM ranked WHERE n = 1%5 GROUP BY category"
                          " UNION ALL SELECT '*', count(*) FROM ranked WHERE n = 1%5")
        .arg(category, QLatin1String(Physician), orderColumn, where, site);
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

QString StatisticsRepository::onSite(const QString& owner, QVariantList& values) const
{
    if (!m_site)
        return {};
    values << *m_site;
    // Correlated: a look-up by primary key for each row of the period, rather than a list of every id of the site.
    return QStringLiteral(" AND EXISTS (%1 AND site.site_id = ?)").arg(owner);
}

Error StatisticsRepository::wholeProgramOnly()
{
    return makeError(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("peerdesk::StatisticsRepository", "This statistic is not split by site."));
}

QString StatisticsRepository::onSiteColumn(const QString& column, QVariantList& values) const
{
    if (!m_site)
        return {};
    values << *m_site;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

QString StatisticsRepository::onSiteRequest(const QString& requestColumn, QVariantList& values) const
{
    return onSite(QStringLiteral("SELECT 1 FROM requests site WHERE site.id = %1").arg(requestColumn), values);
}

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

Result<StatCounts> StatisticsRepository::eventsBy(const QString& category, const QString& from, const QString& moment,
                                                  const QString& conditions, const QVariantList& values)
{
    return counts(QStringLiteral("WITH events AS (SELECT %1 AS category FROM %2 WHERE %3 >= ? AND %3 < ?%4)"
                                 " SELECT category, count(*) FROM events GROUP BY category"
                                 " UNION ALL SELECT '*', count(*) FROM events")
                      .arg(category, from, moment, conditions),
                  values);
}

Result<StatCounts> StatisticsRepository::requestsBy(RequestColumn column, const StatRange& range)
{
    QVariantList values = bounds(range);
    if (m_site)
        values << *m_site << *m_site;
    return counts(firstPerPhysician(columnName(column), QStringLiteral("r.received_at"),
                                    QStringLiteral("r.received_at >= ? AND r.received_at < ?"), m_site.has_value()),
                  values);
}

Result<StatCounts> StatisticsRepository::requestsByAttribute(const QString& kind, const StatRange& range)
{
    // CROSS JOIN keeps the requests in the range as the outer loop: SQLite would otherwise read every attribute of
    // the kind through request_attributes_kind, whatever the period.
    if (m_site)
        return wholeProgramOnly();
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
    QVariantList values = bounds(range);
    if (m_site)
        values << *m_site << *m_site;
    return counts(firstPerPhysician(category, QStringLiteral("r.triaged_at"),
                                    QStringLiteral("r.triaged_at >= ? AND r.triaged_at < ?"), m_site.has_value()),
                  values);
}

Result<StatCounts> StatisticsRepository::matchesAccepted(const StatRange& range)
{
    // An answered match that was not declined was accepted (it may have ended since). Each physician once, at the
    // site of their first such match in the range.
    QVariantList values = bounds(range);
    const QString site = onSiteColumn(QStringLiteral("site_id"), values);
    return counts(QStringLiteral("WITH ranked AS (SELECT r.site_id, row_number() OVER (PARTITION BY %1 ORDER BY "
                                 "m.answered_at, m.id) AS n FROM matches m JOIN requests r ON r.id = m.request_id"
                                 " WHERE m.answered_at >= ? AND m.answered_at < ? AND m.status <> 'declined')"
                                 " SELECT '*', count(*) FROM ranked WHERE n = 1%2")
                      .arg(QLatin1String(Physician), site),
                  values);
}

Result<StatCounts> StatisticsRepository::supporterDeclines(const StatRange& range)
{
    QVariantList values = bounds(range);
    const QString site = onSiteRequest(QStringLiteral("request_id"), values);
    return counts(QStringLiteral("SELECT '*', count(*) FROM matches"
                                 " WHERE answered_at >= ? AND answered_at < ? AND status = 'declined'%1")
                      .arg(site),
                  values);
}

Result<QList<FirstContactTiming>> StatisticsRepository::firstContacts(const StatRange& range)
{
    // Time to contact counts from when the clock started: receipt, or a colleague's referral's consent.
    QVariantList values = bounds(range);
    const QString site = onSiteColumn(QStringLiteral("site_id"), values);
    auto query = m_database.exec(QStringLiteral("SELECT %1, first_contact_at FROM requests"
                                                " WHERE first_contact_at >= ? AND first_contact_at < ?%2")
                                     .arg(QLatin1String(RequestRepository::ContactClockSql), site),
                                 values);
    if (!query)
        return query.error();
    QList<FirstContactTiming> result;
    while (query->next())
        result.append({ sql_values::momentFrom(query->value(0)), sql_values::momentFrom(query->value(1)) });
    return result;
}

Result<StatCounts> StatisticsRepository::conversationsHeld(const StatRange& range)
{
    QVariantList values = bounds(range);
    const QString site = onSite(QStringLiteral("SELECT 1 FROM matches sm JOIN requests site ON site.id = "
                                               "sm.request_id WHERE sm.id = conversations.match_id"),
                                values);
    return eventsBy(QStringLiteral("modality"), QStringLiteral("conversations"), QStringLiteral("starts_at"),
                    QStringLiteral(" AND status = 'held'") + site, values);
}

Result<StatCounts> StatisticsRepository::conversationsPerClosedMatch(const StatRange& range)
{
    QVariantList values = bounds(range);
    const QString site = onSiteRequest(QStringLiteral("m.request_id"), values);
    return counts(QStringLiteral("WITH closed AS MATERIALIZED (SELECT count(c.id) AS held FROM matches m"
                                 " LEFT JOIN conversations c ON c.match_id = m.id AND c.status = 'held'"
                                 " WHERE m.ended_at >= ? AND m.ended_at < ? AND m.status = 'ended'"
                                 " AND m.answered_at IS NOT NULL%1 GROUP BY m.id)"
                                 " SELECT CASE WHEN held >= 4 THEN '4_or_more' ELSE CAST(held AS TEXT) END, count(*)"
                                 " FROM closed GROUP BY 1 UNION ALL SELECT '*', count(*) FROM closed")
                      .arg(site),
                  values);
}

Result<StatCounts> StatisticsRepository::closureOutcomes(const StatRange& range)
{
    QVariantList values = bounds(range);
    if (m_site)
        values << *m_site << *m_site;
    return counts(firstPerPhysician(QStringLiteral("r.close_outcome"), QStringLiteral("r.closed_at"),
                                    QStringLiteral("r.closed_at >= ? AND r.closed_at < ?"), m_site.has_value()),
                  values);
}

Result<StatCounts> StatisticsRepository::escalations(const StatRange& range)
{
    QVariantList values = bounds(range);
    const QString site = onSiteRequest(QStringLiteral("request_id"), values);
    return eventsBy(QStringLiteral("action"), QStringLiteral("escalations"), QStringLiteral("at"), site, values);
}

Result<StatCounts> StatisticsRepository::matchesEndedEarly(const StatRange& range)
{
    QVariantList values = bounds(range);
    const QString site = onSiteRequest(QStringLiteral("request_id"), values);
    return eventsBy(QStringLiteral("end_reason"), QStringLiteral("matches {index:matches_ended_early}"),
                    QStringLiteral("ended_at"), QStringLiteral(" AND end_reason IS NOT NULL") + site, values);
}

Result<StatCounts> StatisticsRepository::referralsGiven(const StatRange& range)
{
    QVariantList values = bounds(range);
    const QString site = onSiteRequest(QStringLiteral("request_id"), values);
    return eventsBy(QStringLiteral("resource"), QStringLiteral("referrals_given"), QStringLiteral("given_at"), site,
                    values);
}

Result<StatCounts> StatisticsRepository::groupActivity(const StatRange& range)
{
    if (m_site)
        return wholeProgramOnly();
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
    if (m_site)
        return wholeProgramOnly();
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
    if (m_site)
        return wholeProgramOnly();
    return eventsBy(QStringLiteral("action"), QStringLiteral("group_escalations"), QStringLiteral("at"), {},
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
    if (m_site)
        return wholeProgramOnly();
    return counts(QStringLiteral("WITH moved AS (SELECT g.name FROM group_members m JOIN peer_groups g ON g.id = "
                                 "m.group_id WHERE m.%1 >= ? AND m.%1 < ?)"
                                 " SELECT name, count(*) FROM moved GROUP BY name"
                                 " UNION ALL SELECT '*', count(*) FROM moved")
                      .arg(moment),
                  bounds(range));
}

Result<StatCounts> StatisticsRepository::rosterByStatus(const QDateTime& until)
{
    QVariantList values{ sql_values::moment(until) };
    const QString site = onSiteColumn(QStringLiteral("site_id"), values);
    return counts(QStringLiteral("WITH roster AS (SELECT status FROM supporters WHERE created_at < ?%1)"
                                 " SELECT status, count(*) FROM roster GROUP BY status"
                                 " UNION ALL SELECT '*', count(*) FROM roster")
                      .arg(site),
                  values);
}

Result<StatCounts> StatisticsRepository::newlyTrained(const QDate& first, const QDate& last)
{
    QVariantList values;
    const QString site = onSite(
        QStringLiteral("SELECT 1 FROM supporters site WHERE site.id = supporter_training.supporter_id"), values);
    values << sql_values::day(first) << sql_values::day(last);
    return counts(QStringLiteral("SELECT '*', count(*) FROM (SELECT min(completed_on) AS first_completed"
                                 " FROM supporter_training WHERE true%1 GROUP BY supporter_id) AS firsts"
                                 " WHERE first_completed >= ? AND first_completed <= ?")
                      .arg(site),
                  values);
}

Result<StatCounts> StatisticsRepository::requestsByMonth(const QList<StatMonthRange>& months)
{
    if (m_site)
        return wholeProgramOnly();
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
