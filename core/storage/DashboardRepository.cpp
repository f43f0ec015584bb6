#include "core/storage/DashboardRepository.h"

#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/SqlValues.h"

#include <QSqlRecord>

namespace peerdesk {

Result<DashboardRows> DashboardRepository::collect(const QString& countSql, const QString& rowsSql, QVariantList values,
                                                   int limit)
{
    DashboardRows result;
    auto counted = m_database.exec(countSql, values);
    if (!counted)
        return counted.error();
    if (counted->next())
        result.count = counted->value(0).toInt();
    counted->finish();
    values << limit;
    auto rows = m_database.exec(rowsSql, values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        DashboardRow row;
        row.id = rows->value(0).toLongLong();
        row.at = sql_values::momentFrom(rows->value(1));
        // A seventh column names the supporter whose name (an identity cell) is the row's text.
        if (rows->record().count() > 6) {
            auto name = identity_cells::open(m_database, "supporters", "name_ct", rows->value(6).toLongLong(),
                                             rows->value(2));
            if (!name)
                return name.error();
            row.text = std::move(*name);
        } else {
            row.text = rows->value(2).toString();
        }
        row.extra = rows->value(3).toString();
        row.date = sql_values::dayFrom(rows->value(4));
        row.flag = rows->value(5).toInt() != 0;
        result.rows.append(row);
    }
    return result;
}

Result<DashboardRows> DashboardRepository::conversationsBetween(const QDateTime& from, const QDateTime& until,
                                                                int limit)
{
    const QString where = QStringLiteral(" FROM conversations c JOIN matches m ON m.id = c.match_id"
                                         " JOIN supporters s ON s.id = m.supporter_id"
                                         " WHERE c.starts_at >= ? AND c.starts_at < ?");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT c.id, c.starts_at, s.name_ct, c.status, NULL, 0, s.id") + where
                       + QStringLiteral(" ORDER BY c.starts_at, c.id LIMIT ?"),
                   { sql_values::moment(from), sql_values::moment(until) }, limit);
}

Result<DashboardRows> DashboardRepository::groupSessionsBetween(const QDateTime& from, const QDateTime& until,
                                                                int limit)
{
    const QString where = QStringLiteral(" FROM group_occurrences o JOIN peer_groups g ON g.id = o.group_id"
                                         " WHERE o.starts_at >= ? AND o.starts_at < ?");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT o.id, o.starts_at, g.name, o.status, NULL, 0") + where
                       + QStringLiteral(" ORDER BY o.starts_at, o.id LIMIT ?"),
                   { sql_values::moment(from), sql_values::moment(until) }, limit);
}

Result<DashboardRows> DashboardRepository::trainingDueBy(const QDate& by, int limit)
{
    // Only the latest record of each course counts (a refresher is a new record of the same course); triggers
    // keep `latest`, and supporter_training_due holds the latest records that have a refresher date.
    const QString where = QStringLiteral(" FROM supporter_training t {index:supporter_training_due}"
                                         " JOIN supporters s ON s.id = t.supporter_id"
                                         " WHERE t.latest = 1 AND t.refresher_due IS NOT NULL AND t.refresher_due <= ?"
                                         " AND s.status <> 'retired'");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT s.id, NULL, s.name_ct, t.course, t.refresher_due, t.required, s.id") + where
                       + QStringLiteral(" ORDER BY t.refresher_due, s.id LIMIT ?"),
                   { sql_values::day(by) }, limit);
}

Result<DashboardRows> DashboardRepository::identitiesClosedBefore(const QDateTime& closedBefore, int limit)
{
    // Named for the reason given at RequestRepository::countIdentitiesToPurge.
    const QString where = QStringLiteral(" FROM requests {index:requests_purge}"
                                         " WHERE identity_purged_at IS NULL AND closed_at IS NOT NULL"
                                         " AND closed_at < ? AND legal_hold = 0");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT id, closed_at, close_outcome, NULL, NULL, 0") + where
                       + QStringLiteral(" ORDER BY closed_at, id LIMIT ?"),
                   { sql_values::moment(closedBefore) }, limit);
}

Result<FirstSteps> DashboardRepository::firstSteps()
{
    auto query = m_database.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM settings), EXISTS (SELECT 1 FROM "
                                                "supporters), EXISTS (SELECT 1 FROM requests)"));
    if (!query)
        return query.error();
    FirstSteps steps;
    if (query->next()) {
        steps.settingsSaved = query->value(0).toInt() != 0;
        steps.supportersAdded = query->value(1).toInt() != 0;
        steps.requestsEntered = query->value(2).toInt() != 0;
    }
    return steps;
}

Result<DashboardRows> DashboardRepository::escalatedWithoutSupporter(int limit)
{
    const QString where = QStringLiteral(" FROM requests {index:requests_status}"
                                         " WHERE status IN ('new', 'awaiting_consent', 'triaged') AND escalated = 1");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT id, received_at, status, urgency, NULL, 1") + where
                       + QStringLiteral(" ORDER BY received_at, id LIMIT ?"),
                   {}, limit);
}

// The live matches are read through matches_live (proposed and accepted only): a handful per supporter, whatever
// the number of requests ever matched.
Result<DashboardRows> DashboardRepository::proposalsUnansweredSince(const QDateTime& proposedBefore, int limit)
{
    const QString where
        = QStringLiteral(" FROM matches m {index:matches_live} JOIN supporters s ON s.id = m.supporter_id"
                         " WHERE m.status IN ('proposed', 'accepted') AND m.status = 'proposed'"
                         " AND m.proposed_at < ?");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT m.request_id, m.proposed_at, s.name_ct, NULL, NULL, 0, s.id") + where
                       + QStringLiteral(" ORDER BY m.proposed_at, m.request_id LIMIT ?"),
                   { sql_values::moment(proposedBefore) }, limit);
}

Result<DashboardRows> DashboardRepository::matchesQuietSince(const QDateTime& quietSince, int limit)
{
    const QString quiet = QStringLiteral(
        "coalesce((SELECT max(c.starts_at) FROM conversations c WHERE c.match_id = m.id AND c.status = 'held'), "
        "m.answered_at, m.proposed_at)");
    const QString where
        = QStringLiteral(" FROM matches m {index:matches_live} JOIN supporters s ON s.id = m.supporter_id"
                         " WHERE m.status IN ('proposed', 'accepted') AND m.status = 'accepted' AND ")
        + quiet + QStringLiteral(" < ?");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT m.request_id, ") + quiet
                       + QStringLiteral(" AS quiet, s.name_ct, NULL, NULL, 0, s.id") + where
                       + QStringLiteral(" ORDER BY quiet, m.request_id LIMIT ?"),
                   { sql_values::moment(quietSince) }, limit);
}

Result<DashboardRows> DashboardRepository::matchesNeedingNewSupporter(const QDate& today, int limit)
{
    const QString where
        = QStringLiteral(" FROM matches m {index:matches_live} JOIN supporters s ON s.id = m.supporter_id"
                         " WHERE m.status IN ('proposed', 'accepted') AND (s.status <> 'active' OR"
                         " (s.paused_until IS NOT NULL AND s.paused_until >= ?))");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT m.request_id, m.proposed_at, s.name_ct, s.status, s.paused_until, 0, s.id")
                       + where + QStringLiteral(" ORDER BY m.request_id LIMIT ?"),
                   { sql_values::day(today) }, limit);
}

Result<DashboardRows> DashboardRepository::conversationsNotRecorded(const QDateTime& before, int limit)
{
    const QString where
        = QStringLiteral(" FROM conversations c {index:conversations_unrecorded}"
                         " JOIN matches m ON m.id = c.match_id JOIN supporters s ON s.id = m.supporter_id"
                         " WHERE c.status = 'scheduled' AND c.starts_at < ? AND"
                         " {moment_plus_minutes:c.starts_at:c.duration_minutes} <= ?");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT c.id, c.starts_at, s.name_ct, c.status, NULL, 0, s.id") + where
                       + QStringLiteral(" ORDER BY c.starts_at, c.id LIMIT ?"),
                   { sql_values::moment(before), sql_values::moment(before) }, limit);
}

Result<DashboardRows> DashboardRepository::groupSessionsNotRecorded(const QDateTime& before, int limit)
{
    const QString where = QStringLiteral(" FROM group_occurrences o {index:group_occurrences_unrecorded}"
                                         " JOIN peer_groups g ON g.id = o.group_id"
                                         " WHERE o.status = 'scheduled' AND o.ends_at < ?");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT o.id, o.starts_at, g.name, o.status, NULL, 0") + where
                       + QStringLiteral(" ORDER BY o.starts_at, o.id LIMIT ?"),
                   { sql_values::moment(before) }, limit);
}

Result<DashboardRows> DashboardRepository::groupSeriesEndingBefore(const QDateTime& now, const QDateTime& horizon,
                                                                   const QDate& today, int limit)
{
    // The last session still ahead, per group, from the (group_id, starts_at) unique index. A group whose series
    // reaches its last date on purpose is not running out.
    const QString last = QStringLiteral("(SELECT max(o.starts_at) FROM group_occurrences o WHERE o.group_id = g.id"
                                        " AND o.status = 'scheduled' AND o.starts_at >= ?)");
    const QString where = QStringLiteral(" FROM (SELECT g.id, g.name, g.last_date, ") + last
        + QStringLiteral(" AS last_at FROM peer_groups g WHERE g.active = 1) AS ending"
                         " WHERE (last_at IS NULL OR last_at < ?) AND (last_date IS NULL OR (last_date >= ? AND"
                         " last_date > coalesce(substr(last_at, 1, 10), '')))");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT id, last_at, name, NULL, last_date, 0") + where
                       + QStringLiteral(" ORDER BY last_at IS NOT NULL, last_at, id LIMIT ?"),
                   { sql_values::moment(now), sql_values::moment(horizon), sql_values::day(today) }, limit);
}

Result<DashboardRows> DashboardRepository::groupsShortOfFacilitators(const QDateTime& now, int limit)
{
    // Per active group: its next session, how many facilitators it lists, and how many of them can lead it
    // (active, and not paused on that day; the day is the session's UTC date, close enough for a pause). A group
    // is short when one listed cannot lead, or none is listed. Training is the training list's concern.
    const QString groups = QStringLiteral(
        "(SELECT n.id, n.name, n.next_at,"
        " (SELECT count(*) FROM group_facilitators f WHERE f.group_id = n.id) AS listed,"
        " (SELECT count(*) FROM group_facilitators f JOIN supporters s ON s.id = f.supporter_id"
        "  WHERE f.group_id = n.id AND s.status = 'active'"
        "  AND (s.paused_until IS NULL OR s.paused_until < substr(n.next_at, 1, 10))) AS able"
        " FROM (SELECT g.id, g.name, (SELECT min(o.starts_at) FROM group_occurrences o WHERE o.group_id = g.id"
        "  AND o.status = 'scheduled' AND o.starts_at >= ?) AS next_at FROM peer_groups g WHERE g.active = 1) n"
        " WHERE n.next_at IS NOT NULL) AS short");
    const QString where = QStringLiteral(" FROM ") + groups + QStringLiteral(" WHERE able = 0 OR able < listed");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT id, next_at, name, able || '/' || listed, NULL, 0") + where
                       + QStringLiteral(" ORDER BY next_at, id LIMIT ?"),
                   { sql_values::moment(now) }, limit);
}

} // namespace peerdesk
