#include "core/storage/RequestRepository.h"

#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/RowVersion.h"
#include "core/storage/SqlValues.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace peerdesk {

using namespace sql_values;

namespace {

constexpr auto Table = "requests";
// How many different e-mail keys make a phone number shared (RequestRepository::SharedPhoneEmails).
constexpr int SharedPhoneEmails = RequestRepository::SharedPhoneEmails;

// Every column of a request but the repeat count, which earlierSql() adds: the identity as its cells.
constexpr auto RequestColumns
    = "SELECT r.id, r.received_at, r.channel, r.referral_type, r.status, r.close_outcome, r.urgency, r.career_stage, "
      "r.specialty, r.region, r.specialty_preference, r.affinity_preference, r.gender_preference, "
      "r.allow_same_institution, r.name_ct, r.email_ct, r.phone_ct, r.best_time_ct, r.institution_ct, "
      "r.consent_recorded_at, r.triaged_at, r.first_contact_at, r.closed_at, r.referred_resource, r.escalated, "
      "r.legal_hold, r.identity_purged_at, r.created_at, r.updated_at, r.row_version, r.site_id";

// A phone number several physicians gave (a switchboard, a department line) does not make them one person.
constexpr auto PersonalPhone = "(CASE WHEN %1.repeat_key_phone IN (SELECT repeat_key FROM shared_phone_keys) THEN NULL "
                               "ELSE %1.repeat_key_phone END)";

// How many requests received before r (in receipt order, then by id) are from the same person: the same e-mail
// key, or the same personal phone key. For one request, counted through the repeat-key indexes; for a list,
// by window functions in one pass over the requests, so that 40 000 requests sharing a key cost a sort, not
// 40 000 counts of 40 000.
QString earlierForOne()
{
    const QString phone = QString::fromLatin1(PersonalPhone).arg(QStringLiteral("r"));
    const QString before = QStringLiteral("(x.received_at < r.received_at OR (x.received_at = r.received_at AND "
                                          "x.id < r.id))");
    return QStringLiteral("(SELECT count(*) FROM requests x WHERE x.repeat_key_email = r.repeat_key_email AND %1) + "
                          "(SELECT count(*) FROM requests x WHERE x.repeat_key_phone = %2 AND %1) - "
                          "(SELECT count(*) FROM requests x WHERE x.repeat_key_email = r.repeat_key_email AND "
                          "x.repeat_key_phone = %2 AND %1)")
        .arg(before, phone);
}

constexpr auto EarlierForMany
    = "WITH keyed AS (SELECT id, received_at, repeat_key_email AS e, "
      "(CASE WHEN repeat_key_phone IN (SELECT repeat_key FROM shared_phone_keys) THEN NULL ELSE repeat_key_phone END) "
      "AS p FROM requests), "
      "earlier AS (SELECT id, "
      "(CASE WHEN e IS NULL THEN 0 ELSE count(*) OVER (PARTITION BY e ORDER BY received_at, id) - 1 END) + "
      "(CASE WHEN p IS NULL THEN 0 ELSE count(*) OVER (PARTITION BY p ORDER BY received_at, id) - 1 END) - "
      "(CASE WHEN e IS NULL OR p IS NULL THEN 0 ELSE count(*) OVER (PARTITION BY e, p ORDER BY received_at, id) - 1 "
      "END) AS n FROM keyed) ";

Result<SupportRequest> readRequest(const Database& database, const QSqlQuery& q)
{
    SupportRequest r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = momentFrom(q.value(1));
    r.channel = q.value(2).toString();
    r.referralType = q.value(3).toString();
    const auto status = requestStatusFromKey(q.value(4).toString());
    if (!status)
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("peerdesk::Database", "A request has an unknown status."));
    r.status = *status;
    if (!q.value(5).isNull())
        r.outcome = closeOutcomeFromKey(q.value(5).toString());
    r.urgency = q.value(6).toString();
    r.profile.careerStage = q.value(7).toString();
    r.profile.specialty = q.value(8).toString();
    r.profile.region = q.value(9).toString();
    r.profile.specialtyPreference = q.value(10).toString();
    r.profile.affinityPreference = q.value(11).toString();
    r.profile.genderPreference = q.value(12).toString();
    r.profile.allowSameInstitution = q.value(13).toInt() != 0;
    const std::pair<const char*, QString*> identity[] = { { "name_ct", &r.identity.name },
                                                          { "email_ct", &r.identity.email },
                                                          { "phone_ct", &r.identity.phone },
                                                          { "best_time_ct", &r.identity.bestTime },
                                                          { "institution_ct", &r.identity.institution } };
    int column = 14;
    for (const auto& [name, field] : identity) {
        auto text = identity_cells::open(database, Table, name, r.id, q.value(column++));
        if (!text)
            return text.error();
        *field = std::move(*text);
    }
    r.consentRecordedAt = momentFrom(q.value(19));
    r.triagedAt = momentFrom(q.value(20));
    r.firstContactAt = momentFrom(q.value(21));
    r.closedAt = momentFrom(q.value(22));
    r.referredResource = q.value(23).toString();
    r.escalated = q.value(24).toInt() != 0;
    r.legalHold = q.value(25).toInt() != 0;
    r.identityPurgedAt = momentFrom(q.value(26));
    r.createdAt = momentFrom(q.value(27));
    r.updatedAt = momentFrom(q.value(28));
    r.version = q.value(29).toLongLong();
    r.siteId = q.value(30).toLongLong();
    r.earlierRequests = q.value(31).toInt();
    return r;
}

// Writes a request's identity cells and repeat keys; its row exists (the cells are bound to its id).
Result<void> writeIdentity(Database& database, const SupportRequest& r, const RepeatKeys& keys)
{
    auto sealed = identity_cells::sealRow(database, Table, r.id,
                                          { { "name_ct", &r.identity.name },
                                            { "email_ct", &r.identity.email },
                                            { "phone_ct", &r.identity.phone },
                                            { "best_time_ct", &r.identity.bestTime },
                                            { "institution_ct", &r.identity.institution } });
    if (!sealed)
        return sealed.error();
    QVariantList values = std::move(*sealed);
    values << textOrNull(keys.email) << textOrNull(keys.phone) << r.id;
    auto query = database.exec(QStringLiteral("UPDATE requests SET name_ct = ?, email_ct = ?, phone_ct = ?, "
                                              "best_time_ct = ?, institution_ct = ?, repeat_key_email = ?, "
                                              "repeat_key_phone = ? WHERE id = ?"),
                               values);
    if (!query)
        return query.error();
    // A phone number given with three different e-mail keys belongs to more than one person (a switchboard, a
    // department line); one person may well give two addresses. Three seeks on the (phone, e-mail) index find the
    // first three distinct e-mail keys, however many requests share the number.
    if (!keys.phone.isEmpty()) {
        auto next = database.prepare(QStringLiteral(
            "SELECT min(repeat_key_email) FROM requests {index:requests_repeat_pair} WHERE repeat_key_phone = ? "
            "AND repeat_key_email > ?"));
        if (!next)
            return next.error();
        int distinct = 0;
        QString after = QStringLiteral("");
        while (distinct < SharedPhoneEmails) {
            next->bindValue(0, keys.phone);
            next->bindValue(1, after);
            if (auto ran = database.run(*next); !ran)
                return ran;
            if (!next->next() || next->value(0).isNull())
                break;
            after = next->value(0).toString();
            ++distinct;
        }
        next->finish();
        if (distinct >= SharedPhoneEmails) {
            auto shared = database.exec(
                QStringLiteral("INSERT INTO shared_phone_keys (repeat_key) VALUES (?) ON CONFLICT DO NOTHING"),
                { keys.phone });
            if (!shared)
                return shared.error();
        }
    }
    return {};
}

QString childFilter(const QString& where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE request_id IN (SELECT r.id FROM requests r %1)").arg(where);
}

} // namespace

Result<qint64> RequestRepository::insert(const SupportRequest& r, const RepeatKeys& keys, const QDateTime& now)
{
    qint64 id = 0;
    auto done = m_database.transaction([&]() -> Result<void> {
        auto query = m_database.insert(
            QStringLiteral(
                "INSERT INTO requests (received_at, channel, referral_type, status, urgency, career_stage, specialty, "
                "region, specialty_preference, affinity_preference, gender_preference, allow_same_institution, "
                "consent_recorded_at, created_at, updated_at, site_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?, "
                "?)"),
            { moment(r.receivedAt), r.channel, r.referralType, requestStatusKey(r.status), r.urgency,
              text(r.profile.careerStage), text(r.profile.specialty), text(r.profile.region),
              r.profile.specialtyPreference, textOrNull(r.profile.affinityPreference),
              textOrNull(r.profile.genderPreference), r.profile.allowSameInstitution ? 1 : 0,
              moment(r.consentRecordedAt), moment(now), moment(now), r.siteId });
        if (!query)
            return query.error();
        id = *query;
        SupportRequest withId = r;
        withId.id = id;
        if (auto written = writeIdentity(m_database, withId, keys); !written)
            return written;
        auto attribute = m_database.prepare(QStringLiteral(
            "INSERT INTO request_attributes (request_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        if (!attribute)
            return attribute.error();
        const std::pair<const char*, const QStringList*> lists[]
            = { { "language", &r.profile.languages }, { "modality", &r.profile.modalities }, { "reason", &r.reasons } };
        for (const auto& [kind, values] : lists) {
            for (const QString& value : *values) {
                attribute->bindValue(0, id);
                attribute->bindValue(1, QLatin1String(kind));
                attribute->bindValue(2, value);
                if (auto inserted = m_database.run(*attribute); !inserted)
                    return inserted;
            }
        }
        auto window = m_database.prepare(QStringLiteral(
            "INSERT INTO request_availability (request_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)"));
        if (!window)
            return window.error();
        for (const WeeklyWindow& w : r.profile.availability) {
            window->bindValue(0, id);
            window->bindValue(1, w.weekday);
            window->bindValue(2, w.startMinute);
            window->bindValue(3, w.endMinute);
            if (auto inserted = m_database.run(*window); !inserted)
                return inserted;
        }
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> RequestRepository::saveState(const SupportRequest& r, const QDateTime& now)
{
    return m_database.transaction([&]() -> Result<void> {
        if (auto claimed = row_version::claim(m_database, row_version::Versioned::Request, r.id, r.version); !claimed)
            return claimed;
        auto query = m_database.exec(
            QStringLiteral("UPDATE requests SET status = ?, close_outcome = ?, urgency = ?, consent_recorded_at = ?, "
                           "triaged_at = ?, first_contact_at = ?, closed_at = ?, referred_resource = ?, escalated = ?, "
                           "updated_at = ? WHERE id = ?"),
            { requestStatusKey(r.status), r.outcome ? QVariant(closeOutcomeKey(*r.outcome)) : textOrNull(QString()),
              r.urgency, moment(r.consentRecordedAt), moment(r.triagedAt), moment(r.firstContactAt), moment(r.closedAt),
              textOrNull(r.referredResource), r.escalated ? 1 : 0, moment(now), r.id });
        if (!query)
            return query.error();
        if (auto cleared = m_database.exec(
                QStringLiteral("DELETE FROM request_attributes WHERE request_id = ? AND kind = 'reason'"), { r.id });
            !cleared)
            return cleared.error();
        auto reason = m_database.prepare(QStringLiteral(
            "INSERT INTO request_attributes (request_id, kind, value) VALUES (?, 'reason', ?) ON CONFLICT DO NOTHING"));
        if (!reason)
            return reason.error();
        for (const QString& value : r.reasons) {
            reason->bindValue(0, r.id);
            reason->bindValue(1, value);
            if (auto inserted = m_database.run(*reason); !inserted)
                return inserted;
        }
        return {};
    });
}

Result<void> RequestRepository::setLegalHold(qint64 id, qint64 version, bool hold, const QDateTime& now)
{
    if (auto claimed = row_version::claim(m_database, row_version::Versioned::Request, id, version); !claimed)
        return claimed;
    auto query = m_database.exec(QStringLiteral("UPDATE requests SET legal_hold = ?, updated_at = ? WHERE id = ?"),
                                 { hold ? 1 : 0, moment(now), id });
    if (!query)
        return query.error();
    return {};
}

Result<qint64> RequestRepository::insertEscalation(const EscalationRecord& e)
{
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO escalations (request_id, at, user_id, action) VALUES (?, ?, ?, ?)"),
        { e.requestId, moment(e.at), e.userId, e.action });
    if (!query)
        return query.error();
    return *query;
}

Result<QList<EscalationRecord>> RequestRepository::escalations(qint64 requestId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, request_id, at, user_id, action FROM escalations WHERE request_id = ? ORDER BY id"),
        { requestId });
    if (!query)
        return query.error();
    QList<EscalationRecord> records;
    while (query->next())
        records.append({ query->value(0).toLongLong(), query->value(1).toLongLong(), momentFrom(query->value(2)),
                         query->value(3).toLongLong(), query->value(4).toString() });
    return records;
}

Result<void> RequestRepository::storeDraft(qint64 userId, const QString& content, const QDateTime& savedAt)
{
    auto cell = identity_cells::seal(m_database, "request_drafts", "content_ct", userId, content);
    if (!cell)
        return cell.error();
    auto query = m_database.exec(QStringLiteral("INSERT INTO request_drafts (user_id, content_ct, saved_at) VALUES "
                                                "(?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET content_ct = "
                                                "excluded.content_ct, saved_at = excluded.saved_at"),
                                 { userId, *cell, moment(savedAt) });
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<std::pair<QString, QDateTime>>> RequestRepository::draft(qint64 userId)
{
    auto query = m_database.exec(QStringLiteral("SELECT content_ct, saved_at FROM request_drafts WHERE user_id = ?"),
                                 { userId });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<std::pair<QString, QDateTime>>();
    auto content = identity_cells::open(m_database, "request_drafts", "content_ct", userId, query->value(0));
    if (!content)
        return content.error();
    return std::optional<std::pair<QString, QDateTime>>(std::make_pair(*content, momentFrom(query->value(1))));
}

Result<void> RequestRepository::removeDraft(qint64 userId)
{
    auto query = m_database.exec(QStringLiteral("DELETE FROM request_drafts WHERE user_id = ?"), { userId });
    if (!query)
        return query.error();
    return {};
}

Result<int> RequestRepository::purgeDrafts(const QDateTime& before)
{
    auto query = m_database.exec(QStringLiteral("DELETE FROM request_drafts WHERE saved_at < ?"), { moment(before) });
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<qint64> RequestRepository::insertReferral(const ReferralGiven& r, const QDateTime& now)
{
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO referrals_given (request_id, resource, given_at, created_at) VALUES (?, ?, ?, ?)"),
        { r.requestId, r.resource, moment(r.givenAt), moment(now) });
    if (!query)
        return query.error();
    return *query;
}

Result<QList<ReferralGiven>> RequestRepository::referrals(qint64 requestId)
{
    auto query = m_database.exec(QStringLiteral("SELECT id, request_id, resource, given_at FROM referrals_given WHERE "
                                                "request_id = ? ORDER BY given_at, id"),
                                 { requestId });
    if (!query)
        return query.error();
    QList<ReferralGiven> referrals;
    while (query->next())
        referrals.append({ query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                           momentFrom(query->value(3)) });
    return referrals;
}

Result<std::optional<QDateTime>> RequestRepository::receivedAt(qint64 id)
{
    auto query = m_database.exec(QStringLiteral("SELECT received_at FROM requests WHERE id = ?"), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(sql_values::momentFrom(query->value(0)));
}

Result<std::optional<SupportRequest>> RequestRepository::find(qint64 id)
{
    auto found = load(QStringLiteral("WHERE r.id = ?"), { id }, Count::One);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SupportRequest>();
    return std::optional<SupportRequest>(found->constFirst());
}

Result<QList<SupportRequest>> RequestRepository::list(const std::optional<RequestStatus>& status)
{
    if (status)
        return load(QStringLiteral("WHERE r.status = ?"), { requestStatusKey(*status) }, Count::Many);
    return load(QString(), {}, Count::Many);
}

Result<QList<SupportRequest>> RequestRepository::load(const QString& where, const QVariantList& values, Count count)
{
    auto bindAll = [&](const QString& sql) { return m_database.exec(sql, values); };
    const QString select = count == Count::One
        ? QString(QLatin1String(RequestColumns) + QStringLiteral(", ") + earlierForOne()
                  + QStringLiteral(" FROM requests r "))
        : QString(QLatin1String(EarlierForMany) + QLatin1String(RequestColumns)
                  + QStringLiteral(", earlier.n FROM requests r JOIN earlier ON earlier.id = r.id "));
    auto rows = bindAll(select + where + QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC"));
    if (!rows)
        return rows.error();
    QList<SupportRequest> requests;
    QHash<qint64, qsizetype> indexById;
    while (rows->next()) {
        auto request = readRequest(m_database, *rows);
        if (!request)
            return request.error();
        requests.append(std::move(*request));
        indexById.insert(requests.constLast().id, requests.size() - 1);
    }
    const QString filter = childFilter(where);
    auto attributes = bindAll(QStringLiteral("SELECT request_id, kind, value FROM request_attributes") + filter
                              + QStringLiteral(" ORDER BY request_id, kind, value"));
    if (!attributes)
        return attributes.error();
    while (attributes->next()) {
        const auto index = indexById.value(attributes->value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        SupportRequest& r = requests[index];
        const QString kind = attributes->value(1).toString();
        const QString value = attributes->value(2).toString();
        if (kind == QLatin1String("language"))
            r.profile.languages.append(value);
        else if (kind == QLatin1String("modality"))
            r.profile.modalities.append(value);
        else if (kind == QLatin1String("reason"))
            r.reasons.append(value);
    }
    auto windows
        = bindAll(QStringLiteral("SELECT request_id, weekday, start_minute, end_minute FROM request_availability")
                  + filter + QStringLiteral(" ORDER BY request_id, weekday, start_minute"));
    if (!windows)
        return windows.error();
    while (windows->next()) {
        const auto index = indexById.value(windows->value(0).toLongLong(), -1);
        if (index >= 0)
            requests[index].profile.availability.append(
                { windows->value(1).toInt(), windows->value(2).toInt(), windows->value(3).toInt() });
    }
    return requests;
}

Result<QString> RequestRepository::existingKey(KeyKind kind, const QStringList& candidates)
{
    const QString sql = kind == KeyKind::Email
        ? QStringLiteral("SELECT 1 FROM requests WHERE repeat_key_email = ? LIMIT 1")
        : QStringLiteral("SELECT 1 FROM requests WHERE repeat_key_phone = ? LIMIT 1");
    for (const QString& candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        auto query = m_database.exec(sql, { candidate });
        if (!query)
            return query.error();
        if (query->next())
            return candidate;
    }
    return QString();
}

Result<qint64> RequestRepository::count()
{
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM requests"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

// The purge queries name their index: left to choose, SQLite took requests_status or requests_closed, which hold
// every closed request, and read all of them (100 000 at the stress scale) at every unlock to find the few due.
// requests_purge holds only the identities not yet purged.
Result<RequestRepository::PurgeCounts> RequestRepository::countIdentitiesToPurge(const QDateTime& closedBefore)
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT count(*) FILTER (WHERE legal_hold = 0), count(*) FILTER (WHERE legal_hold = 1) FROM requests "
            "{index:requests_purge} "
            "WHERE status = 'closed' AND closed_at <= ? AND identity_purged_at IS NULL"),
        { moment(closedBefore) });
    if (!query)
        return query.error();
    PurgeCounts counts;
    if (query->next()) {
        counts.purgeable = query->value(0).toInt();
        counts.held = query->value(1).toInt();
    }
    return counts;
}

Result<int> RequestRepository::purgeIdentities(const QDateTime& closedBefore, const QDateTime& now)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE requests {index:requests_purge} SET name_ct = NULL, email_ct = NULL, phone_ct = NULL, "
                       "best_time_ct = NULL, institution_ct = NULL, identity_purged_at = ?, updated_at = ? WHERE "
                       "status = 'closed' AND closed_at <= ? AND identity_purged_at IS NULL AND legal_hold = 0"),
        { moment(now), moment(now), moment(closedBefore) });
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<void> RequestRepository::saveDetails(const SupportRequest& r, const RepeatKeys& keys, const QDateTime& now)
{
    return m_database.transaction([&]() -> Result<void> {
        if (auto claimed = row_version::claim(m_database, row_version::Versioned::Request, r.id, r.version); !claimed)
            return claimed;
        auto query = m_database.exec(
            QStringLiteral("UPDATE requests SET channel = ?, urgency = ?, career_stage = ?, specialty = ?, region = ?, "
                           "specialty_preference = ?, affinity_preference = ?, gender_preference = ?, "
                           "allow_same_institution = ?, updated_at = ? WHERE id = ?"),
            { r.channel, r.urgency, text(r.profile.careerStage), text(r.profile.specialty), text(r.profile.region),
              r.profile.specialtyPreference, textOrNull(r.profile.affinityPreference),
              textOrNull(r.profile.genderPreference), r.profile.allowSameInstitution ? 1 : 0, moment(now), r.id });
        if (!query)
            return query.error();
        if (auto written = writeIdentity(m_database, r, keys); !written)
            return written;
        for (const char* table : { "DELETE FROM request_attributes WHERE request_id = ?",
                                   "DELETE FROM request_availability WHERE request_id = ?" }) {
            if (auto cleared = m_database.exec(QString::fromLatin1(table), { r.id }); !cleared)
                return cleared.error();
        }
        auto attribute = m_database.prepare(QStringLiteral(
            "INSERT INTO request_attributes (request_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        if (!attribute)
            return attribute.error();
        const std::pair<const char*, const QStringList*> lists[]
            = { { "language", &r.profile.languages }, { "modality", &r.profile.modalities }, { "reason", &r.reasons } };
        for (const auto& [kind, values] : lists) {
            for (const QString& value : *values) {
                attribute->bindValue(0, r.id);
                attribute->bindValue(1, QLatin1String(kind));
                attribute->bindValue(2, value);
                if (auto inserted = m_database.run(*attribute); !inserted)
                    return inserted;
            }
        }
        auto window = m_database.prepare(QStringLiteral(
            "INSERT INTO request_availability (request_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)"));
        if (!window)
            return window.error();
        for (const WeeklyWindow& w : r.profile.availability) {
            window->bindValue(0, r.id);
            window->bindValue(1, w.weekday);
            window->bindValue(2, w.startMinute);
            window->bindValue(3, w.endMinute);
            if (auto inserted = m_database.run(*window); !inserted)
                return inserted;
        }
        return {};
    });
}

namespace {

// The WHERE clause of a selection and its bound values, shared by count() and page().
struct SelectionSql
{
    QString from = QStringLiteral(" FROM requests r");
    QString where;
    QVariantList values;
};

SelectionSql selectionSql(const RequestSelection& s)
{
    QStringList terms;
    SelectionSql sql;
    if (s.id) {
        terms.append(QStringLiteral("r.id = ?"));
        sql.values.append(*s.id);
    }
    if (!s.statuses.isEmpty()) {
        QStringList marks;
        for (RequestStatus status : s.statuses) {
            marks.append(QStringLiteral("?"));
            sql.values.append(requestStatusKey(status));
        }
        terms.append(QStringLiteral("r.status IN (%1)").arg(marks.join(QStringLiteral(", "))));
    }
    if (s.siteId) {
        terms.append(QStringLiteral("r.site_id = ?"));
        sql.values.append(*s.siteId);
    }
    if (!s.channel.isEmpty()) {
        terms.append(QStringLiteral("r.channel = ?"));
        sql.values.append(s.channel);
    }
    if (!s.reason.isEmpty()) {
        // Read once through request_attributes_kind, then probed per row in memory.
        terms.append(QStringLiteral(
            "r.id IN (SELECT a.request_id FROM request_attributes a WHERE a.kind = 'reason' AND a.value = ?)"));
        sql.values.append(s.reason);
    }
    if (s.receivedFrom.isValid()) {
        terms.append(QStringLiteral("r.received_at >= ?"));
        sql.values.append(moment(s.receivedFrom));
    }
    if (s.receivedBefore.isValid()) {
        terms.append(QStringLiteral("r.received_at < ?"));
        sql.values.append(moment(s.receivedBefore));
    }
    // The requests with a due date are few (open, not contacted yet) and requests_list_due holds only them; left
    // to choose, SQLite may take requests_list_clock, which holds every request ever received.
    if (s.awaitingFirstContact)
        sql.from += QStringLiteral(" {index:requests_list_due}");
    if (s.awaitingFirstContact)
        terms.append(QStringLiteral("r.status <> 'closed' AND r.first_contact_at IS NULL AND r.status <> "
                                    "'awaiting_consent'"));
    if (s.clockFrom.isValid()) {
        terms.append(QLatin1String(RequestRepository::ContactClockSql) + QStringLiteral(" >= ?"));
        sql.values.append(moment(s.clockFrom));
    }
    if (s.clockBefore.isValid()) {
        terms.append(QLatin1String(RequestRepository::ContactClockSql) + QStringLiteral(" < ?"));
        sql.values.append(moment(s.clockBefore));
    }
    if (!terms.isEmpty())
        sql.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return sql;
}

QString orderSql(const RequestSelection& s)
{
    const QString direction = s.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Ties fall back to the receipt order, then the id, in the same direction: one index serves the whole order.
    const QString tail = QStringLiteral("received_at") + direction + QStringLiteral(", r.id") + direction;
    switch (s.sort) {
    case RequestSortColumn::Reference:
        return QStringLiteral(" ORDER BY r.id") + direction;
    case RequestSortColumn::Received:
        return QStringLiteral(" ORDER BY ") + tail;
    case RequestSortColumn::ContactClock:
        return QStringLiteral(" ORDER BY ") + QLatin1String(RequestRepository::ContactClockSql) + direction
            + QStringLiteral(", r.id") + direction;
    case RequestSortColumn::Status:
        return QStringLiteral(" ORDER BY ") + QLatin1String(RequestRepository::StatusOrderSql) + direction
            + QStringLiteral(", ") + tail;
    case RequestSortColumn::Channel:
        return QStringLiteral(" ORDER BY channel") + direction + QStringLiteral(", ") + tail;
    case RequestSortColumn::Urgency:
        return QStringLiteral(" ORDER BY urgency") + direction + QStringLiteral(", ") + tail;
    }
    return QStringLiteral(" ORDER BY ") + tail;
}

Result<RequestSummary> readSummary(const QSqlQuery& q)
{
    RequestSummary s;
    s.id = q.value(0).toLongLong();
    s.receivedAt = momentFrom(q.value(1));
    const auto status = requestStatusFromKey(q.value(2).toString());
    if (!status)
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("peerdesk::Database", "A request has an unknown status."));
    s.status = *status;
    if (!q.value(3).isNull())
        s.outcome = closeOutcomeFromKey(q.value(3).toString());
    s.channel = q.value(4).toString();
    s.referralType = q.value(5).toString();
    s.urgency = q.value(6).toString();
    s.escalated = q.value(7).toInt() != 0;
    s.firstContactAt = momentFrom(q.value(8));
    s.closedAt = momentFrom(q.value(9));
    s.contactClockAt = momentFrom(q.value(10));
    s.siteId = q.value(11).toLongLong();
    return s;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<qint64> RequestRepository::count(const RequestSelection& selection)
{
    const SelectionSql sql = selectionSql(selection);
    auto query = m_database.exec(QStringLiteral("SELECT count(*)") + sql.from + sql.where, sql.values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<RequestSummary>> RequestRepository::page(const RequestSelection& selection)
{
    // First the page's ids, from the index alone (skipping `offset` rows never reads a table row), then the
    // rows and their reasons by id.
    SelectionSql sql = selectionSql(selection);
    sql.values.append(std::max(0, selection.limit));
    sql.values.append(std::max(0, selection.offset));
    auto ids = m_database.exec(QStringLiteral("SELECT r.id") + sql.from + sql.where + orderSql(selection)
                                   + QStringLiteral(" LIMIT ? OFFSET ?"),
                               sql.values);
    if (!ids)
        return ids.error();
    QVariantList pageIds;
    QHash<qint64, qsizetype> indexById;
    while (ids->next()) {
        indexById.insert(ids->value(0).toLongLong(), pageIds.size());
        pageIds.append(ids->value(0));
    }
    QList<RequestSummary> summaries(pageIds.size());
    if (pageIds.isEmpty())
        return summaries;
    const QString marks = placeholders(pageIds.size());
    auto rows = m_database.exec(
        QStringLiteral("SELECT id, received_at, status, close_outcome, channel, referral_type, urgency, escalated, "
                       "first_contact_at, closed_at, %1, site_id FROM requests WHERE id IN (%2)")
            .arg(QLatin1String(ContactClockSql), marks),
        pageIds);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        auto summary = readSummary(*rows);
        if (!summary)
            return summary.error();
        summaries[indexById.value(summary->id)] = std::move(*summary);
    }
    auto reasons = m_database.exec(QStringLiteral("SELECT request_id, value FROM request_attributes WHERE kind = "
                                                  "'reason' AND request_id IN (%1) ORDER BY request_id, value")
                                       .arg(marks),
                                   pageIds);
    if (!reasons)
        return reasons.error();
    while (reasons->next()) {
        const auto index = indexById.value(reasons->value(0).toLongLong(), -1);
        if (index >= 0)
            summaries[index].reasons.append(reasons->value(1).toString());
    }
    return summaries;
}

} // namespace peerdesk
