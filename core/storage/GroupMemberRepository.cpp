#include "core/storage/GroupMemberRepository.h"

#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace peerdesk {

namespace {

constexpr auto Table = "group_members";
constexpr auto Columns
    = "SELECT id, group_id, name_ct, contact_ct, province_ct, joined_at, verified_at, "
      "link_sent_at, left_at, left_reason, returning_member, legal_hold, purged_at FROM group_members";

Result<GroupMember> readMember(const Database& database, const QSqlQuery& query)
{
    GroupMember member;
    member.id = query.value(0).toLongLong();
    member.groupId = query.value(1).toLongLong();
    const std::pair<const char*, QString*> cells[]
        = { { "name_ct", &member.name }, { "contact_ct", &member.contact }, { "province_ct", &member.province } };
    int column = 2;
    for (const auto& [name, field] : cells) {
        auto text = identity_cells::open(database, Table, name, member.id, query.value(column++));
        if (!text)
            return text.error();
        *field = *text;
    }
    member.joinedAt = sql_values::momentFrom(query.value(5));
    member.verifiedAt = sql_values::momentFrom(query.value(6));
    member.linkSentAt = sql_values::momentFrom(query.value(7));
    member.leftAt = sql_values::momentFrom(query.value(8));
    member.leftReason = query.value(9).toString();
    member.returning = query.value(10).toLongLong() != 0;
    member.legalHold = query.value(11).toLongLong() != 0;
    member.purgedAt = sql_values::momentFrom(query.value(12));
    return member;
}

Result<QList<GroupMember>> readMembers(const Database& database, Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<GroupMember> rows;
    while (query->next()) {
        auto member = readMember(database, *query);
        if (!member)
            return member.error();
        rows.append(std::move(*member));
    }
    return rows;
}

Result<void> done(const Result<QSqlQuery>& query)
{
    if (!query)
        return query.error();
    return {};
}

Result<int> changed(const Result<QSqlQuery>& query)
{
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

} // namespace

Result<qint64> GroupMemberRepository::insert(const GroupMember& member, const QString& returningKey)
{
    qint64 id = 0;
    auto inserted = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.insert(
            QStringLiteral("INSERT INTO group_members (group_id, returning_key, returning_member, joined_at) "
                           "VALUES (?, ?, ?, ?)"),
            { member.groupId, sql_values::textOrNull(returningKey), member.returning ? 1 : 0,
              sql_values::moment(member.joinedAt) });
        if (!query)
            return query.error();
        id = *query;
        // The cells are bound to the row's id, which exists only now.
        auto sealed = identity_cells::sealRow(
            m_database, Table, id,
            { { "name_ct", &member.name }, { "contact_ct", &member.contact }, { "province_ct", &member.province } });
        if (!sealed)
            return sealed.error();
        QVariantList values = std::move(*sealed);
        values.append(id);
        return done(m_database.exec(
            QStringLiteral("UPDATE group_members SET name_ct = ?, contact_ct = ?, province_ct = ? WHERE id = ?"),
            values));
    });
    if (!inserted)
        return inserted.error();
    return id;
}

Result<std::optional<GroupMember>> GroupMemberRepository::find(qint64 id)
{
    auto found
        = readMembers(m_database, m_database.exec(QLatin1String(Columns) + QLatin1String(" WHERE id = ?"), { id }));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GroupMember>();
    return std::optional<GroupMember>(found->constFirst());
}

Result<QList<GroupMember>> GroupMemberRepository::members(qint64 groupId, bool includeLeft)
{
    return readMembers(m_database,
                       m_database.exec(QLatin1String(Columns)
                                           + (includeLeft ? QLatin1String(" WHERE group_id = ? ORDER BY id")
                                                          : QLatin1String(" WHERE group_id = ? AND left_at IS NULL "
                                                                          "ORDER BY id")),
                                       { groupId }));
}

Result<bool> GroupMemberRepository::keySeen(qint64 groupId, const QString& returningKey)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT 1 FROM group_members WHERE group_id = ? AND returning_key = ? LIMIT 1"),
        { groupId, returningKey });
    if (!query)
        return query.error();
    return query->next();
}

Result<void> GroupMemberRepository::setVerified(qint64 memberId, const QDateTime& at)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_members SET verified_at = ? WHERE id = ?"),
                                { sql_values::moment(at), memberId }));
}

Result<void> GroupMemberRepository::setLinkSent(qint64 memberId, const QDateTime& at)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_members SET link_sent_at = ? WHERE id = ?"),
                                { sql_values::moment(at), memberId }));
}

Result<void> GroupMemberRepository::setLeft(qint64 memberId, const QDateTime& at, const QString& reason)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_members SET left_at = ?, left_reason = ? WHERE id = ?"),
                                { sql_values::moment(at), reason, memberId }));
}

Result<void> GroupMemberRepository::setLegalHold(qint64 memberId, bool hold)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_members SET legal_hold = ? WHERE id = ?"),
                                { hold ? 1 : 0, memberId }));
}

Result<int> GroupMemberRepository::leaveWithGroup(qint64 groupId, const QDateTime& at)
{
    return changed(m_database.exec(QStringLiteral("UPDATE group_members SET left_at = ?, left_reason = 'group_ended' "
                                                  "WHERE group_id = ? AND left_at IS NULL"),
                                   { sql_values::moment(at), groupId }));
}

Result<int> GroupMemberRepository::rejoinWithGroup(qint64 groupId)
{
    // A group ends once before it reopens, so the members it took with it are the ones marked so.
    return changed(
        m_database.exec(QStringLiteral("UPDATE group_members SET left_at = NULL, left_reason = NULL WHERE group_id = ? "
                                       "AND left_reason = 'group_ended' AND purged_at IS NULL"),
                        { groupId }));
}

Result<GroupMemberRepository::PurgeCount> GroupMemberRepository::purge(const QDateTime& leftBefore,
                                                                       const QDateTime& now, bool dryRun)
{
    PurgeCount count;
    auto due = m_database.exec(
        QStringLiteral("SELECT legal_hold, count(*) FROM group_members {index:group_members_to_purge} "
                       "WHERE purged_at IS NULL AND left_at IS NOT NULL AND left_at < ? GROUP BY legal_hold"),
        { sql_values::moment(leftBefore) });
    if (!due)
        return due.error();
    while (due->next())
        (due->value(0).toLongLong() != 0 ? count.held : count.purged) = due->value(1).toInt();
    due->finish();
    if (dryRun || count.purged == 0)
        return count;
    auto purged = m_database.exec(
        QStringLiteral("UPDATE group_members {index:group_members_to_purge} SET name_ct = NULL, contact_ct = NULL, "
                       "province_ct = NULL, purged_at = ? WHERE purged_at IS NULL AND left_at IS NOT NULL AND "
                       "left_at < ? AND legal_hold = 0"),
        { sql_values::moment(now), sql_values::moment(leftBefore) });
    if (!purged)
        return purged.error();
    return count;
}

} // namespace peerdesk
