#include "core/storage/SupporterRepository.h"

#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/RowReader.h"
#include "core/storage/RowVersion.h"
#include "core/storage/SqlValues.h"

#include <algorithm>
#include <iterator>

namespace peerdesk {

using namespace sql_values;

namespace {

// What ranking reads of a supporter first; the rest only for a whole record. At 10 000 supporters, reading the
// seven columns ranking never looks at (four of them times to parse) was a fifth of reading the roster. Ranking
// recognises a requester by the blind indexes of the contact details: it decrypts no e-mail or phone.
constexpr auto MatchingColumns
    = "id, name_ct, email_bidx, phone_bidx, gender, specialty, region, career_stage, max_active, "
      "status, paused_until, cooldown_until, site_id";
constexpr auto OtherColumns = ", email_ct, phone_ct, pronouns_ct, practice_setting, cooldown_days, retired_at, "
                              "contact_purged_at, created_at, updated_at, row_version";
constexpr auto Table = "supporters";

// Texts that many supporters share (a specialty, a region, a status) come from the pool. The contact details are
// identity cells.
Result<Supporter> readSupporter(const Database& database, const RowReader& row, TextPool& pool, bool whole)
{
    Supporter s;
    s.id = row.integer(0);
    auto name = identity_cells::open(database, Table, "name_ct", s.id, row.blob(1));
    if (!name)
        return name.error();
    s.name = std::move(*name);
    s.emailIndex = row.blob(2);
    s.phoneIndex = row.blob(3);
    s.gender = row.text(4, pool);
    s.specialty = row.text(5, pool);
    s.region = row.text(6, pool);
    s.careerStage = row.text(7, pool);
    s.maxActive = static_cast<int>(row.integer(8));
    s.status = row.text(9, pool);
    s.pausedUntil = row.day(10);
    s.cooldownUntil = row.day(11);
    s.siteId = row.integer(12);
    if (!whole)
        return s;
    const std::pair<int, std::pair<const char*, QString*>> cells[] = { { 13, { "email_ct", &s.email } },
                                                                       { 14, { "phone_ct", &s.phone } },
                                                                       { 15, { "pronouns_ct", &s.pronouns } } };
    for (const auto& [column, cell] : cells) {
        auto text = identity_cells::open(database, Table, cell.first, s.id, row.blob(column));
        if (!text)
            return text.error();
        *cell.second = std::move(*text);
    }
    s.practiceSetting = row.text(16, pool);
    s.cooldownDays = static_cast<int>(row.integer(17));
    s.retiredAt = row.moment(18);
    s.contactPurgedAt = row.moment(19);
    s.createdAt = row.moment(20);
    s.updatedAt = row.moment(21);
    s.version = row.integer(22);
    return s;
}

// Each attribute kind as stored, and the list of the supporter that holds it; its index here is its number when
// read (attributeKindSql), so that reading 50 000 attributes makes no string of each kind.
struct AttributeKind
{
    const char* stored;
    QStringList Supporter::*list;
};
constexpr AttributeKind AttributeKinds[] = { { "language", &Supporter::languages },
                                             { "modality", &Supporter::modalities },
                                             { "affinity", &Supporter::affinities },
                                             { "institution", &Supporter::institutions } };

// CASE kind WHEN 'language' THEN 0 ... ELSE -1 END. The schema allows only these kinds; -1 keeps a kind added by a
// later version out of every list (NULL would read as 0, a language).
QString attributeKindSql()
{
    QString sql = QStringLiteral("CASE kind");
    for (qsizetype i = 0; i < std::ssize(AttributeKinds); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(AttributeKinds[i].stored)).arg(i);
    return sql + QStringLiteral(" ELSE -1 END");
}

QStringList* attributeList(Supporter& s, qint64 kind)
{
    if (kind < 0 || kind >= std::ssize(AttributeKinds))
        return nullptr;
    return &(s.*AttributeKinds[kind].list);
}

// Child rows come ordered by supporter, several in a row for each: remembering the last one found saves most
// lookups.
class SupporterIndex
{
public:
    void add(qint64 id, qsizetype index) { m_indexById.insert(id, index); }
    qsizetype find(qint64 id)
    {
        if (id != m_lastId) {
            m_lastId = id;
            m_lastIndex = m_indexById.value(id, -1);
        }
        return m_lastIndex;
    }

private:
    QHash<qint64, qsizetype> m_indexById;
    qint64 m_lastId = 0; // ids start at 1
    qsizetype m_lastIndex = -1;
};

// The child tables are read with the same filter as the parent (as a sub-select), in one query each.
QString childFilter(const QString& where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE supporter_id IN (SELECT id FROM supporters %1)").arg(where);
}

} // namespace

Result<qint64> SupporterRepository::insert(const Supporter& s, const QDateTime& now)
{
    qint64 id = 0;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.insert(
            QStringLiteral("INSERT INTO supporters (gender, specialty, practice_setting, region, career_stage, "
                           "max_active, status, paused_until, cooldown_days, cooldown_until, retired_at, created_at, "
                           "updated_at, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { textOrNull(s.gender), text(s.specialty), text(s.practiceSetting), text(s.region), s.careerStage,
              s.maxActive, s.status, day(s.pausedUntil), s.cooldownDays, day(s.cooldownUntil), moment(s.retiredAt),
              moment(now), moment(now), s.siteId });
        if (!query)
            return query.error();
        id = *query;
        Supporter withId = s;
        withId.id = id;
        if (auto contact = writeContact(withId); !contact)
            return contact;
        if (auto details = writeDetails(withId); !details)
            return details;
        for (const TrainingRecord& record : s.training) {
            if (auto inserted = insertTraining(id, record); !inserted)
                return inserted.error();
        }
        for (const DebriefRecord& record : s.debriefs) {
            if (auto inserted = insertDebrief(id, record); !inserted)
                return inserted.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> SupporterRepository::update(const Supporter& s, const QDateTime& now)
{
    return m_database.transaction([&]() -> Result<void> {
        if (auto claimed = row_version::claim(m_database, row_version::Versioned::Supporter, s.id, s.version); !claimed)
            return claimed;
        auto query = m_database.exec(
            QStringLiteral(
                "UPDATE supporters SET gender = ?, specialty = ?, practice_setting = ?, region = ?, "
                "career_stage = ?, max_active = ?, cooldown_days = ?, site_id = ?, updated_at = ? WHERE id = ?"),
            { textOrNull(s.gender), text(s.specialty), text(s.practiceSetting), text(s.region), s.careerStage,
              s.maxActive, s.cooldownDays, s.siteId, moment(now), s.id });
        if (!query)
            return query.error();
        if (auto contact = writeContact(s); !contact)
            return contact;
        for (const char* table : { "supporter_attributes", "supporter_availability" }) {
            // The table name is one of two constants.
            if (auto cleared = m_database.exec(
                    QStringLiteral("DELETE FROM %1 WHERE supporter_id = ?").arg(QLatin1String(table)), { s.id });
                !cleared)
                return cleared.error();
        }
        return writeDetails(s);
    });
}

Result<void> SupporterRepository::writeContact(const Supporter& s)
{
    auto sealed = identity_cells::sealRow(
        m_database, Table, s.id,
        { { "name_ct", &s.name }, { "email_ct", &s.email }, { "phone_ct", &s.phone }, { "pronouns_ct", &s.pronouns } });
    if (!sealed)
        return sealed.error();
    QVariantList values = std::move(*sealed);
    values << emailIndex(s.email) << phoneIndex(s.phone) << s.id;
    auto query = m_database.exec(QStringLiteral("UPDATE supporters SET name_ct = ?, email_ct = ?, phone_ct = ?, "
                                                "pronouns_ct = ?, email_bidx = ?, phone_bidx = ? WHERE id = ?"),
                                 values);
    if (!query)
        return query.error();
    return {};
}

QVariant SupporterRepository::emailIndex(const QString& email) const
{
    return identity_cells::blindIndex(m_database, "supporter-email", contactEmailKey(email));
}

QVariant SupporterRepository::phoneIndex(const QString& phone) const
{
    return identity_cells::blindIndex(m_database, "supporter-phone", contactPhoneKey(phone));
}

Result<void> SupporterRepository::writeDetails(const Supporter& s)
{
    auto attribute = m_database.prepare(QStringLiteral(
        "INSERT INTO supporter_attributes (supporter_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    if (!attribute)
        return attribute.error();
    for (const AttributeKind& kind : AttributeKinds) {
        for (const QString& value : s.*kind.list) {
            attribute->bindValue(0, s.id);
            attribute->bindValue(1, QLatin1String(kind.stored));
            attribute->bindValue(2, value);
            if (auto done = m_database.run(*attribute); !done)
                return done;
        }
    }
    auto window = m_database.prepare(QStringLiteral(
        "INSERT INTO supporter_availability (supporter_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)"));
    if (!window)
        return window.error();
    for (const WeeklyWindow& w : s.availability) {
        window->bindValue(0, s.id);
        window->bindValue(1, w.weekday);
        window->bindValue(2, w.startMinute);
        window->bindValue(3, w.endMinute);
        if (auto done = m_database.run(*window); !done)
            return done;
    }
    return {};
}

Result<void> SupporterRepository::setStatus(qint64 id, const QString& status, const QDateTime& retiredAt,
                                            const QDateTime& now)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE supporters SET status = ?, retired_at = ?, updated_at = ? WHERE id = ?"),
        { status, moment(retiredAt), moment(now), id });
    if (!query)
        return query.error();
    return {};
}

Result<void> SupporterRepository::setPausedUntil(qint64 id, const QDate& until, const QDateTime& now)
{
    auto query = m_database.exec(QStringLiteral("UPDATE supporters SET paused_until = ?, updated_at = ? WHERE id = ?"),
                                 { day(until), moment(now), id });
    if (!query)
        return query.error();
    return {};
}

Result<void> SupporterRepository::setCooldownUntil(qint64 id, const QDate& until, const QDateTime& now)
{
    auto query
        = m_database.exec(QStringLiteral("UPDATE supporters SET cooldown_until = ?, updated_at = ? WHERE id = ?"),
                          { day(until), moment(now), id });
    if (!query)
        return query.error();
    return {};
}

Result<qint64> SupporterRepository::insertTraining(qint64 supporterId, const TrainingRecord& record)
{
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO supporter_training (supporter_id, course, required, "
                       "completed_on, refresher_due) VALUES (?, ?, ?, ?, ?)"),
        { supporterId, record.course, record.required ? 1 : 0, day(record.completedOn), day(record.refresherDue) });
    if (!query)
        return query.error();
    return *query;
}

Result<qint64> SupporterRepository::insertDebrief(qint64 supporterId, const DebriefRecord& record)
{
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO supporter_debriefs (supporter_id, kind, held_on) VALUES (?, ?, ?)"),
        { supporterId, record.kind, day(record.heldOn) });
    if (!query)
        return query.error();
    return *query;
}

Result<std::optional<Supporter>> SupporterRepository::find(qint64 id)
{
    auto found = load(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Supporter>();
    return std::optional<Supporter>(found->constFirst());
}

Result<QList<Supporter>> SupporterRepository::list(const std::optional<QString>& status)
{
    if (status)
        return load(QStringLiteral("WHERE status = ?"), { *status });
    return load(QString(), {});
}

Result<QList<Supporter>> SupporterRepository::load(const QString& where, const QVariantList& values, Parts parts)
{
    auto bindAll = [&](const QString& sql) { return m_database.exec(sql, values); };
    const bool whole = parts == Parts::Everything;
    auto rows = bindAll(QStringLiteral("SELECT ") + QLatin1String(MatchingColumns)
                        + (whole ? QLatin1String(OtherColumns) : QLatin1String()) + QStringLiteral(" FROM supporters ")
                        + where + QStringLiteral(" ORDER BY id"));
    if (!rows)
        return rows.error();
    QList<Supporter> supporters;
    TextPool pool;
    const RowReader supporterRow(*rows);
    while (rows->next()) {
        auto supporter = readSupporter(m_database, supporterRow, pool, whole);
        if (!supporter)
            return supporter.error();
        supporters.append(std::move(*supporter));
    }
    // Names are encrypted, so a whole list is put in name order here: named supporters first, by name whatever
    // the letter case, then by id.
    if (whole) {
        std::stable_sort(supporters.begin(), supporters.end(), [](const Supporter& a, const Supporter& b) {
            if (a.name.isEmpty() != b.name.isEmpty())
                return b.name.isEmpty();
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
    }
    SupporterIndex indexById;
    for (qsizetype i = 0; i < supporters.size(); ++i)
        indexById.add(supporters.at(i).id, i);
    const QString filter = childFilter(where);
    static const QString kindSql = attributeKindSql();
    auto attributes = bindAll(QStringLiteral("SELECT supporter_id, ") + kindSql
                              + QStringLiteral(", value FROM supporter_attributes") + filter
                              + QStringLiteral(" ORDER BY supporter_id, kind, value"));
    if (!attributes)
        return attributes.error();
    const RowReader attribute(*attributes);
    while (attributes->next()) {
        const auto index = indexById.find(attribute.integer(0));
        if (index < 0)
            continue;
        if (QStringList* list = attributeList(supporters[index], attribute.integer(1)))
            list->append(attribute.text(2, pool));
    }
    auto windows
        = bindAll(QStringLiteral("SELECT supporter_id, weekday, start_minute, end_minute FROM supporter_availability")
                  + filter + QStringLiteral(" ORDER BY supporter_id, weekday, start_minute"));
    if (!windows)
        return windows.error();
    const RowReader window(*windows);
    while (windows->next()) {
        const auto index = indexById.find(window.integer(0));
        if (index >= 0)
            supporters[index].availability.append({ static_cast<int>(window.integer(1)),
                                                    static_cast<int>(window.integer(2)),
                                                    static_cast<int>(window.integer(3)) });
    }
    // Matching checks only the latest record of each course (a refresher is a new record of the same course): at
    // the stress scale that is 14 000 records of 55 000, read from an index that holds just them.
    QString trainingFilter = filter;
    if (parts == Parts::ForMatching)
        trainingFilter += filter.isEmpty() ? QStringLiteral(" WHERE latest = 1") : QStringLiteral(" AND latest = 1");
    auto training = bindAll(
        QStringLiteral("SELECT supporter_id, id, course, required, completed_on, refresher_due FROM supporter_training")
        + trainingFilter + QStringLiteral(" ORDER BY supporter_id, completed_on, id"));
    if (!training)
        return training.error();
    const RowReader record(*training);
    while (training->next()) {
        const auto index = indexById.find(record.integer(0));
        if (index >= 0)
            supporters[index].training.append(
                { record.integer(1), record.text(2, pool), record.integer(3) != 0, record.day(4), record.day(5) });
    }
    if (parts == Parts::ForMatching)
        return supporters;
    auto debriefs = bindAll(QStringLiteral("SELECT supporter_id, id, kind, held_on FROM supporter_debriefs") + filter
                            + QStringLiteral(" ORDER BY supporter_id, held_on, id"));
    if (!debriefs)
        return debriefs.error();
    const RowReader debrief(*debriefs);
    while (debriefs->next()) {
        const auto index = indexById.find(debrief.integer(0));
        if (index >= 0)
            supporters[index].debriefs.append({ debrief.integer(1), debrief.text(2, pool), debrief.day(3) });
    }
    return supporters;
}

Result<qint64> SupporterRepository::count()
{
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM supporters"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<RosterChanges> SupporterRepository::changesAfter(qint64 after)
{
    RosterChanges changes;
    // Two subqueries, since SQLite reads min() or max() off the index only when it is the query's one aggregate;
    // together in one SELECT they scan the whole log, on every ranking.
    auto bounds = m_database.exec(
        QStringLiteral("SELECT (SELECT min(seq) FROM roster_changes), (SELECT max(seq) FROM roster_changes)"));
    if (!bounds)
        return bounds.error();
    const bool any = bounds->next() && !bounds->value(1).isNull();
    const qint64 oldest = any ? bounds->value(0).toLongLong() : 0;
    changes.latest = any ? bounds->value(1).toLongLong() : 0;
    if (changes.latest == after)
        return changes;
    // Numbers never go back (AUTOINCREMENT) and pruning keeps the newest, so a log behind `after`, or one whose
    // oldest entry is past the next number, has lost what happened in between.
    if (changes.latest < after || oldest > after + 1) {
        changes.complete = false;
        return changes;
    }
    auto ids
        = m_database.exec(QStringLiteral("SELECT DISTINCT supporter_id FROM roster_changes WHERE seq > ? AND seq <= ?"),
                          { after, changes.latest });
    if (!ids)
        return ids.error();
    while (ids->next())
        changes.supporterIds.append(ids->value(0).toLongLong());
    return changes;
}

Result<qint64> SupporterRepository::latestChange()
{
    auto query = m_database.exec(QStringLiteral("SELECT max(seq) FROM roster_changes"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<Supporter>> SupporterRepository::listForMatching()
{
    return load(QString(), {}, Parts::ForMatching);
}

Result<QList<Supporter>> SupporterRepository::listForMatching(const QList<qint64>& ids)
{
    // One JSON array keeps the statement the same, and prepared, whatever the number of ids.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return load(QStringLiteral("WHERE id IN (SELECT CAST(value AS BIGINT) FROM {json_values})"),
                { QString(u'[' + numbers.join(u',') + u']') }, Parts::ForMatching);
}

Result<bool> SupporterRepository::emailInUse(const QString& email, qint64 excludeId)
{
    const QVariant index = emailIndex(email);
    if (index.isNull())
        return false;
    auto query = m_database.exec(QStringLiteral("SELECT 1 FROM supporters WHERE email_bidx = ? AND id <> ? LIMIT 1"),
                                 { index, excludeId });
    if (!query)
        return query.error();
    return query->next();
}

Result<int> SupporterRepository::countContactsToPurge(const QDateTime& retiredBefore)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT count(*) FROM supporters WHERE status = 'retired' AND retired_at IS NOT NULL AND "
                       "retired_at <= ? AND contact_purged_at IS NULL"),
        { moment(retiredBefore) });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<int> SupporterRepository::purgeContacts(const QDateTime& retiredBefore, const QDateTime& now)
{
    // The institutions a supporter worked at say who they were as much as their name: they go with it. The rest
    // of the profile (languages, modalities, affinities) stays for the statistics.
    int purged = 0;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto institutions = m_database.exec(
            QStringLiteral("DELETE FROM supporter_attributes WHERE kind = 'institution' AND supporter_id IN (SELECT id "
                           "FROM supporters WHERE status = 'retired' AND retired_at IS NOT NULL AND retired_at <= ? "
                           "AND contact_purged_at IS NULL)"),
            { moment(retiredBefore) });
        if (!institutions)
            return institutions.error();
        auto query = m_database.exec(
            QStringLiteral("UPDATE supporters SET name_ct = NULL, email_ct = NULL, phone_ct = NULL, pronouns_ct = "
                           "NULL, email_bidx = NULL, phone_bidx = NULL, contact_purged_at = ?, updated_at = ? WHERE "
                           "status = 'retired' AND retired_at IS NOT NULL AND retired_at <= ? AND contact_purged_at "
                           "IS NULL"),
            { moment(now), moment(now), moment(retiredBefore) });
        if (!query)
            return query.error();
        purged = query->numRowsAffected();
        return {};
    });
    if (!done)
        return done.error();
    return purged;
}

} // namespace peerdesk
