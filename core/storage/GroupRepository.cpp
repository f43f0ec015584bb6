#include "core/storage/GroupRepository.h"

#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/RowVersion.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace peerdesk {

namespace {

constexpr auto GroupColumns
    = "SELECT id, name, modality, weekday, start_minute, duration_minutes, interval_weeks, first_date, last_date, "
      "capacity, max_facilitators, active, created_at, recurrence, skip_holidays, enrolment, "
      "(SELECT count(*) FROM group_members m WHERE m.group_id = peer_groups.id AND m.left_at IS NULL), resources, "
      "row_version, site_id FROM peer_groups";

constexpr auto OccurrenceColumns
    = "SELECT o.id, o.group_id, o.starts_at, o.ends_at, o.status, o.attendance, o.feedback_positive, "
      "o.feedback_neutral, o.feedback_negative, o.debrief_held, "
      "(SELECT count(*) FROM group_registrations r WHERE r.occurrence_id = o.id), o.skipped_for, "
      "(SELECT count(*) FROM group_escalations e WHERE e.occurrence_id = o.id), o.row_version "
      "FROM group_occurrences o";

constexpr auto RegistrationColumns
    = "SELECT id, occurrence_id, name_ct, contact_ct, province_ct, verified_at, link_sent_at, created_at "
      "FROM group_registrations";
constexpr auto RegistrationTable = "group_registrations";

// The columns a group had before recurrences, still filled so that an older reader's view stays sensible: the
// series' first weekday and its week interval (1 for daily and monthly series).
int legacyWeekday(const PeerGroup& group)
{
    if (!group.recurrence.weekdays.isEmpty())
        return group.recurrence.weekdays.constFirst();
    return group.firstDate.isValid() ? group.firstDate.dayOfWeek() : 1;
}

int legacyInterval(const PeerGroup& group)
{
    return group.recurrence.frequency == GroupRecurrence::Frequency::Weekly ? group.recurrence.intervalWeeks : 1;
}

// The values a group is stored with, in the column order both insert and update name them.
QVariantList groupValues(const PeerGroup& group)
{
    return { group.name,
             group.modality,
             legacyWeekday(group),
             group.startMinute,
             group.durationMinutes,
             legacyInterval(group),
             sql_values::day(group.firstDate),
             sql_values::day(group.lastDate),
             group.capacity,
             group.maxFacilitators,
             group.recurrence.toRule(),
             group.skipHolidays ? 1 : 0,
             PeerGroup::enrolmentKey(group.enrolment),
             sql_values::text(group.resources.join(QStringLiteral("; "))) };
}

PeerGroup readGroup(const QSqlQuery& query)
{
    PeerGroup group;
    group.id = query.value(0).toLongLong();
    group.name = query.value(1).toString();
    group.modality = query.value(2).toString();
    group.startMinute = query.value(4).toInt();
    group.durationMinutes = query.value(5).toInt();
    // A group stored before recurrences (schema 16) meets weekly on its weekday, every interval_weeks.
    const auto rule = GroupRecurrence::fromRule(query.value(13).toString());
    group.recurrence = rule ? *rule : GroupRecurrence::weekly(query.value(3).toInt(), query.value(6).toInt());
    group.firstDate = sql_values::dayFrom(query.value(7));
    group.lastDate = sql_values::dayFrom(query.value(8));
    group.capacity = query.value(9).toInt();
    group.maxFacilitators = query.value(10).toInt();
    group.active = query.value(11).toLongLong() != 0;
    group.createdAt = sql_values::momentFrom(query.value(12));
    group.skipHolidays = query.value(14).toLongLong() != 0;
    group.enrolment
        = PeerGroup::enrolmentFromKey(query.value(15).toString()).value_or(PeerGroup::Enrolment::PerSession);
    group.memberCount = query.value(16).toInt();
    group.resources = query.value(17).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    group.version = query.value(18).toLongLong();
    group.siteId = query.value(19).toLongLong();
    for (QString& resource : group.resources)
        resource = resource.trimmed();
    return group;
}

GroupOccurrence readOccurrence(const QSqlQuery& query)
{
    GroupOccurrence occurrence;
    occurrence.id = query.value(0).toLongLong();
    occurrence.groupId = query.value(1).toLongLong();
    occurrence.startsAt = sql_values::momentFrom(query.value(2));
    occurrence.endsAt = sql_values::momentFrom(query.value(3));
    occurrence.status = query.value(4).toString();
    if (!query.value(5).isNull())
        occurrence.attendance = query.value(5).toInt();
    occurrence.feedbackPositive = query.value(6).toInt();
    occurrence.feedbackNeutral = query.value(7).toInt();
    occurrence.feedbackNegative = query.value(8).toInt();
    occurrence.debriefHeld = query.value(9).toLongLong() != 0;
    occurrence.registrations = query.value(10).toInt();
    occurrence.skippedFor = query.value(11).toString();
    occurrence.escalations = query.value(12).toInt();
    occurrence.version = query.value(13).toLongLong();
    return occurrence;
}

// A participant's name, contact and province are identity cells.
Result<GroupRegistration> readRegistration(const Database& database, const QSqlQuery& query)
{
    GroupRegistration registration;
    registration.id = query.value(0).toLongLong();
    registration.occurrenceId = query.value(1).toLongLong();
    const std::pair<const char*, QString*> cells[] = { { "name_ct", &registration.name },
                                                       { "contact_ct", &registration.contact },
                                                       { "province_ct", &registration.province } };
    int column = 2;
    for (const auto& [name, field] : cells) {
        auto text = identity_cells::open(database, RegistrationTable, name, registration.id, query.value(column++));
        if (!text)
            return text.error();
        *field = std::move(*text);
    }
    registration.verifiedAt = sql_values::momentFrom(query.value(5));
    registration.linkSentAt = sql_values::momentFrom(query.value(6));
    registration.createdAt = sql_values::momentFrom(query.value(7));
    return registration;
}

Result<QList<GroupRegistration>> readRegistrations(const Database& database, Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<GroupRegistration> rows;
    while (query->next()) {
        auto registration = readRegistration(database, *query);
        if (!registration)
            return registration.error();
        rows.append(std::move(*registration));
    }
    return rows;
}

template <typename T, typename Reader> Result<QList<T>> readAll(Result<QSqlQuery> query, Reader read)
{
    if (!query)
        return query.error();
    QList<T> rows;
    while (query->next())
        rows.append(read(*query));
    return rows;
}

template <typename T, typename Reader> Result<std::optional<T>> readOne(Result<QSqlQuery> query, Reader read)
{
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<T>();
    return std::optional<T>(read(*query));
}

Result<void> done(const Result<QSqlQuery>& query)
{
    if (!query)
        return query.error();
    return {};
}

QVariant nullableInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

Result<qint64> GroupRepository::insertGroup(const PeerGroup& group)
{
    QVariantList values = groupValues(group);
    values << (group.active ? 1 : 0) << sql_values::moment(group.createdAt) << group.siteId;
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO peer_groups (name, modality, weekday, start_minute, duration_minutes, "
                       "interval_weeks, first_date, last_date, capacity, max_facilitators, recurrence, "
                       "skip_holidays, enrolment, resources, active, created_at, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!query)
        return query.error();
    const qint64 id = *query;
    if (auto facilitators = insertFacilitators(id, group.facilitatorIds); !facilitators)
        return facilitators.error();
    return id;
}

Result<void> GroupRepository::insertFacilitators(qint64 groupId, const QList<qint64>& supporterIds)
{
    for (const qint64 supporterId : supporterIds) {
        auto added
            = m_database.exec(QStringLiteral("INSERT INTO group_facilitators (group_id, supporter_id) VALUES (?, ?)"),
                              { groupId, supporterId });
        if (!added)
            return added.error();
    }
    return {};
}

Result<std::optional<PeerGroup>> GroupRepository::findGroup(qint64 id)
{
    auto group = readOne<PeerGroup>(
        m_database.exec(QLatin1String(GroupColumns) + QLatin1String(" WHERE id = ?"), { id }), readGroup);
    if (!group || !group->has_value())
        return group;
    auto facilitators = readAll<qint64>(
        m_database.exec(
            QStringLiteral("SELECT supporter_id FROM group_facilitators WHERE group_id = ? ORDER BY supporter_id"),
            { id }),
        [](const QSqlQuery& query) { return query.value(0).toLongLong(); });
    if (!facilitators)
        return facilitators.error();
    (*group)->facilitatorIds = *facilitators;
    return group;
}

Result<QList<PeerGroup>> GroupRepository::listGroups()
{
    auto groups = readAll<PeerGroup>(
        m_database.exec(QLatin1String(GroupColumns) + QLatin1String(" ORDER BY lower(name), id")), readGroup);
    if (!groups)
        return groups;
    auto links = m_database.exec(
        QStringLiteral("SELECT group_id, supporter_id FROM group_facilitators ORDER BY group_id, supporter_id"));
    if (!links)
        return links.error();
    while (links->next()) {
        const qint64 groupId = links->value(0).toLongLong();
        for (PeerGroup& group : *groups) {
            if (group.id == groupId)
                group.facilitatorIds.append(links->value(1).toLongLong());
        }
    }
    return groups;
}

Result<bool> GroupRepository::nameTaken(const QString& name, qint64 exceptGroupId)
{
    auto query
        = m_database.exec(QStringLiteral("SELECT 1 FROM peer_groups WHERE lower(name) = lower(?) AND id <> ? LIMIT 1"),
                          { name, exceptGroupId });
    if (!query)
        return query.error();
    return query->next();
}

Result<void> GroupRepository::updateGroup(const PeerGroup& group)
{
    if (auto claimed = row_version::claim(m_database, row_version::Versioned::Group, group.id, group.version); !claimed)
        return claimed;
    QVariantList values = groupValues(group);
    values << group.id;
    auto updated = m_database.exec(
        QStringLiteral(
            "UPDATE peer_groups SET name = ?, modality = ?, weekday = ?, start_minute = ?, "
            "duration_minutes = ?, interval_weeks = ?, first_date = ?, last_date = ?, capacity = ?, "
            "max_facilitators = ?, recurrence = ?, skip_holidays = ?, enrolment = ?, resources = ? WHERE id = ?"),
        values);
    if (!updated)
        return updated.error();
    // Only who leaves is deleted and only who joins is inserted: a program server checks each facilitator inserted
    // against their bookings, and one who stays is not added again.
    auto current = readAll<qint64>(
        m_database.exec(QStringLiteral("SELECT supporter_id FROM group_facilitators WHERE group_id = ?"), { group.id }),
        [](const QSqlQuery& query) { return query.value(0).toLongLong(); });
    if (!current)
        return current.error();
    QList<qint64> joining;
    for (const qint64 supporterId : group.facilitatorIds) {
        if (!current->contains(supporterId))
            joining.append(supporterId);
    }
    for (const qint64 supporterId : *current) {
        if (group.facilitatorIds.contains(supporterId))
            continue;
        auto left
            = m_database.exec(QStringLiteral("DELETE FROM group_facilitators WHERE group_id = ? AND supporter_id = ?"),
                              { group.id, supporterId });
        if (!left)
            return left.error();
    }
    return insertFacilitators(group.id, joining);
}

Result<void> GroupRepository::setActive(qint64 groupId, bool active)
{
    return done(
        m_database.exec(QStringLiteral("UPDATE peer_groups SET active = ? WHERE id = ?"), { active ? 1 : 0, groupId }));
}

Result<QList<GroupOccurrence>> GroupRepository::openFutureOccurrences(qint64 groupId, const QDateTime& after)
{
    return readAll<GroupOccurrence>(
        m_database.exec(QLatin1String(OccurrenceColumns)
                            + QLatin1String(" WHERE o.group_id = ? AND o.starts_at > ? AND o.attendance IS NULL "
                                            "AND (o.status = 'scheduled' OR o.skipped_for IS NOT NULL) "
                                            "ORDER BY o.starts_at"),
                        { groupId, sql_values::moment(after) }),
        readOccurrence);
}

Result<void> GroupRepository::deleteOccurrence(qint64 occurrenceId)
{
    return done(m_database.exec(QStringLiteral("DELETE FROM group_occurrences WHERE id = ?"), { occurrenceId }));
}

Result<void> GroupRepository::setOccurrenceTimes(qint64 occurrenceId, const QDateTime& startsAt,
                                                 const QDateTime& endsAt)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_occurrences SET starts_at = ?, ends_at = ? WHERE id = ?"),
                                { sql_values::moment(startsAt), sql_values::moment(endsAt), occurrenceId }));
}

Result<void> GroupRepository::setOccurrenceSkipped(qint64 occurrenceId, const QString& skippedFor)
{
    return done(m_database.exec(
        QStringLiteral("UPDATE group_occurrences SET status = 'cancelled', skipped_for = ? WHERE id = ?"),
        { sql_values::textOrNull(skippedFor), occurrenceId }));
}

Result<void> GroupRepository::setOccurrenceScheduled(qint64 occurrenceId)
{
    return done(m_database.exec(
        QStringLiteral("UPDATE group_occurrences SET status = 'scheduled', skipped_for = NULL WHERE id = ?"),
        { occurrenceId }));
}

Result<bool> GroupRepository::insertOccurrence(qint64 groupId, const QDateTime& startsAt, const QDateTime& endsAt,
                                               const QString& skippedFor)
{
    // A skipped date is kept as a cancelled session that says why, so it shows as "not held: closure" rather than
    // as a session gone missing.
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO group_occurrences (group_id, starts_at, ends_at, status, skipped_for) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (group_id, starts_at) DO NOTHING"),
        { groupId, sql_values::moment(startsAt), sql_values::moment(endsAt),
          skippedFor.isEmpty() ? QStringLiteral("scheduled") : QStringLiteral("cancelled"),
          sql_values::textOrNull(skippedFor) });
    if (!query)
        return query.error();
    return query->numRowsAffected() > 0;
}

Result<std::optional<GroupOccurrence>> GroupRepository::findOccurrence(qint64 id)
{
    return readOne<GroupOccurrence>(
        m_database.exec(QLatin1String(OccurrenceColumns) + QLatin1String(" WHERE o.id = ?"), { id }), readOccurrence);
}

Result<QList<GroupOccurrence>> GroupRepository::occurrences(qint64 groupId)
{
    return readAll<GroupOccurrence>(
        m_database.exec(QLatin1String(OccurrenceColumns) + QLatin1String(" WHERE o.group_id = ? ORDER BY o.starts_at"),
                        { groupId }),
        readOccurrence);
}

Result<void> GroupRepository::updateOccurrence(const GroupOccurrence& occurrence)
{
    if (auto claimed
        = row_version::claim(m_database, row_version::Versioned::GroupOccurrence, occurrence.id, occurrence.version);
        !claimed)
        return claimed;
    return done(m_database.exec(
        QStringLiteral("UPDATE group_occurrences SET status = ?, attendance = ?, feedback_positive = ?, "
                       "feedback_neutral = ?, feedback_negative = ?, debrief_held = ?, skipped_for = ? WHERE id = ?"),
        { occurrence.status, nullableInt(occurrence.attendance), occurrence.feedbackPositive,
          occurrence.feedbackNeutral, occurrence.feedbackNegative, occurrence.debriefHeld ? 1 : 0,
          occurrence.status == QLatin1String("cancelled") ? sql_values::textOrNull(occurrence.skippedFor)
                                                          : QVariant(QMetaType(QMetaType::QString)),
          occurrence.id }));
}

Result<QList<CalendarOccurrence>> GroupRepository::occurrencesBetween(const QDateTime& from, const QDateTime& until)
{
    // The lower bound on starts_at (no occurrence is longer than PeerGroup::MaxMinutes) lets SQLite use the
    // index on starts_at; ends_at gives the exact overlap.
    const QDateTime earliest = from.addSecs(-qint64(PeerGroup::MaxMinutes) * 60);
    auto query = m_database.exec(
        QStringLiteral("SELECT o.id, o.group_id, o.starts_at, o.ends_at, o.status, o.attendance, o.feedback_positive, "
                       "o.feedback_neutral, o.feedback_negative, o.debrief_held, "
                       "(SELECT count(*) FROM group_registrations r WHERE r.occurrence_id = o.id), o.skipped_for, "
                       "(SELECT count(*) FROM group_escalations e WHERE e.occurrence_id = o.id), g.name, g.modality "
                       "FROM group_occurrences o JOIN peer_groups g ON g.id = o.group_id "
                       "WHERE o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ? ORDER BY o.starts_at, o.id"),
        { sql_values::moment(earliest), sql_values::moment(until), sql_values::moment(from) });
    if (!query)
        return query.error();
    QList<CalendarOccurrence> found;
    while (query->next())
        found.append({ readOccurrence(*query), query->value(13).toString(), query->value(14).toString() });
    return found;
}

Result<QList<GroupOccurrence>> GroupRepository::facilitatedOverlapping(qint64 supporterId, const QDateTime& start,
                                                                       const QDateTime& end)
{
    // Both bounds are stored, as UTC ISO text of one width, so the overlap test is exact in SQL.
    return readAll<GroupOccurrence>(
        m_database.exec(QLatin1String(OccurrenceColumns)
                            + QLatin1String(" JOIN group_facilitators f ON f.group_id = o.group_id "
                                            "WHERE f.supporter_id = ? AND o.status IN ('scheduled', 'held') "
                                            "AND o.starts_at < ? AND o.ends_at > ? ORDER BY o.starts_at"),
                        { supporterId, sql_values::moment(end), sql_values::moment(start) }),
        readOccurrence);
}

Result<std::optional<GroupRepository::BookedDuringSession>>
GroupRepository::bookedDuringSessions(qint64 groupId, const QList<qint64>& supporterIds, const QDateTime& after)
{
    if (supporterIds.isEmpty())
        return std::optional<BookedDuringSession>();
    QStringList numbers;
    for (const qint64 id : supporterIds)
        numbers.append(QString::number(id));
    const QVariantList values{ groupId, sql_values::moment(after), QString(u'[' + numbers.join(u',') + u']') };
    // On a server the caller sees only their sites' conversations: the owner's function looks at every site's and
    // answers with the first clash's times (server_schema step 7).
    auto query = m_database.isServer()
        ? m_database.exec(QStringLiteral("SELECT supporter_id, conversation_starts, session_starts FROM "
                                         "facilitator_booked_during(?, ?, ?)"),
                          values)
        // Stored moments are UTC ISO text of one width: compared as text, they compare as times.
        : m_database.exec(
            QStringLiteral("SELECT m.supporter_id, c.starts_at, o.starts_at FROM conversations c "
                           "JOIN matches m ON m.id = c.match_id "
                           "JOIN group_occurrences o ON o.group_id = ? AND o.status = 'scheduled' AND o.ends_at > ? "
                           "WHERE m.supporter_id IN (SELECT CAST(value AS BIGINT) FROM {json_values}) "
                           "AND c.status = 'scheduled' AND c.starts_at < o.ends_at "
                           "AND {moment_plus_minutes:c.starts_at:c.duration_minutes} > o.starts_at "
                           "ORDER BY c.starts_at LIMIT 1"),
            values);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<BookedDuringSession>();
    return std::optional<BookedDuringSession>(BookedDuringSession{ query->value(0).toLongLong(),
                                                                   sql_values::momentFrom(query->value(1)),
                                                                   sql_values::momentFrom(query->value(2)) });
}

Result<void> GroupRepository::insertEscalation(qint64 occurrenceId, const QDateTime& at, qint64 userId,
                                               const QString& action)
{
    return done(m_database.exec(
        QStringLiteral("INSERT INTO group_escalations (occurrence_id, at, user_id, action) VALUES (?, ?, ?, ?)"),
        { occurrenceId, sql_values::moment(at), userId, action }));
}

Result<qint64> GroupRepository::insertRegistration(const GroupRegistration& registration)
{
    qint64 id = 0;
    auto inserted = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.insert(
            QStringLiteral("INSERT INTO group_registrations (occurrence_id, verified_at, link_sent_at, created_at) "
                           "VALUES (?, ?, ?, ?)"),
            { registration.occurrenceId, sql_values::moment(registration.verifiedAt),
              sql_values::moment(registration.linkSentAt), sql_values::moment(registration.createdAt) });
        if (!query)
            return query.error();
        id = *query;
        auto sealed = identity_cells::sealRow(m_database, RegistrationTable, id,
                                              { { "name_ct", &registration.name },
                                                { "contact_ct", &registration.contact },
                                                { "province_ct", &registration.province } });
        if (!sealed)
            return sealed.error();
        QVariantList values = std::move(*sealed);
        values.append(id);
        return done(m_database.exec(
            QStringLiteral("UPDATE group_registrations SET name_ct = ?, contact_ct = ?, province_ct = ? WHERE id = ?"),
            values));
    });
    if (!inserted)
        return inserted.error();
    return id;
}

Result<std::optional<GroupRegistration>> GroupRepository::findRegistration(qint64 id)
{
    auto found = readRegistrations(
        m_database, m_database.exec(QLatin1String(RegistrationColumns) + QLatin1String(" WHERE id = ?"), { id }));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<GroupRegistration>();
    return std::optional<GroupRegistration>(found->constFirst());
}

Result<QList<GroupRegistration>> GroupRepository::registrations(qint64 occurrenceId)
{
    return readRegistrations(
        m_database,
        m_database.exec(QLatin1String(RegistrationColumns) + QLatin1String(" WHERE occurrence_id = ? ORDER BY id"),
                        { occurrenceId }));
}

Result<int> GroupRepository::countRegistrations(qint64 occurrenceId)
{
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM group_registrations WHERE occurrence_id = ?"),
                                 { occurrenceId });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<void> GroupRepository::setVerified(qint64 registrationId, const QDateTime& at)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_registrations SET verified_at = ? WHERE id = ?"),
                                { sql_values::moment(at), registrationId }));
}

Result<void> GroupRepository::setLinkSent(qint64 registrationId, const QDateTime& at)
{
    return done(m_database.exec(QStringLiteral("UPDATE group_registrations SET link_sent_at = ? WHERE id = ?"),
                                { sql_values::moment(at), registrationId }));
}

Result<int> GroupRepository::purgeRegistrations(const QDateTime& endedBefore, bool dryRun)
{
    constexpr auto Ended
        = " FROM group_registrations WHERE occurrence_id IN (SELECT id FROM group_occurrences WHERE ends_at < ?)";
    const QVariant bound = sql_values::moment(endedBefore);
    auto count = m_database.exec(QLatin1String("SELECT count(*)") + QLatin1String(Ended), { bound });
    if (!count)
        return count.error();
    const int found = count->next() ? count->value(0).toInt() : 0;
    if (dryRun || found == 0)
        return found;
    count->finish();
    auto deleted = m_database.exec(QLatin1String("DELETE") + QLatin1String(Ended), { bound });
    if (!deleted)
        return deleted.error();
    return found;
}

} // namespace peerdesk
