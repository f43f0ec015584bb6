#include "storage/DashboardRepository.h"

#include "storage/Database.h"
#include "storage/IdentityCells.h"
#include "storage/SqlValues.h"

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
    const QString where = QStringLiteral(" FROM supporter_training t INDEXED BY supporter_training_due"
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
    const QString where = QStringLiteral(" FROM requests INDEXED BY requests_purge"
                                         " WHERE identity_purged_at IS NULL AND closed_at IS NOT NULL"
                                         " AND closed_at < ? AND legal_hold = 0");
    return collect(QStringLiteral("SELECT count(*)") + where,
                   QStringLiteral("SELECT id, closed_at, close_outcome, NULL, NULL, 0") + where
                       + QStringLiteral(" ORDER BY closed_at, id LIMIT ?"),
                   { sql_values::moment(closedBefore) }, limit);
}

} // namespace peerdesk
