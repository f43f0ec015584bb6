#include "core/storage/AuditRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peerdesk {

namespace {

constexpr auto SelectColumns
    = "SELECT id, at, actor, action, entity_type, entity_id, hash, signing_key, signature FROM audit_log";

AuditEntry readEntry(const QSqlQuery& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entityType = query.value(4).toString();
    if (!query.isNull(5))
        entry.entityId = query.value(5).toLongLong();
    entry.hash = query.value(6).toString();
    entry.signingKey = query.value(7).toByteArray();
    entry.signature = query.value(8).toByteArray();
    return entry;
}

} // namespace

Result<std::optional<AuditEntry>> AuditRepository::last()
{
    auto query = m_database.exec(QLatin1String(SelectColumns) + QLatin1String(" ORDER BY id DESC LIMIT 1"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(readEntry(*query));
}

Result<std::optional<AuditEntry>> AuditRepository::find(qint64 id)
{
    auto query = m_database.exec(QLatin1String(SelectColumns) + QLatin1String(" WHERE id = ?"), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(readEntry(*query));
}

Result<std::optional<AuditHead>> AuditRepository::head()
{
    auto query = m_database.exec(m_database.isServer()
                                     ? QStringLiteral("SELECT id, hash FROM audit_head()")
                                     : QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).isNull())
        return std::optional<AuditHead>();
    return std::optional<AuditHead>(AuditHead{ query->value(0).toLongLong(), query->value(1).toString() });
}

Result<AuditRowState> AuditRepository::stateOf(qint64 id, const QString& hash)
{
    auto query = m_database.exec(
        m_database.isServer()
            ? QStringLiteral("SELECT audit_row_state(CAST(? AS bigint), CAST(? AS text))")
            : QStringLiteral("SELECT CASE WHEN hash = ? THEN 2 ELSE 1 END FROM audit_log WHERE id = ?"),
        m_database.isServer() ? QVariantList{ id, hash } : QVariantList{ hash, id });
    if (!query)
        return query.error();
    const int state = query->next() ? query->value(0).toInt() : 0;
    return state == 2 ? AuditRowState::AsSeen : state == 1 ? AuditRowState::Different : AuditRowState::Missing;
}

Result<bool> AuditRepository::anyAfter(qint64 id, const QStringList& exceptActions)
{
    // The excluded actions travel as one JSON array, so the statement stays prepared whatever their number.
    QJsonArray actions;
    for (const QString& action : exceptActions)
        actions.append(action);
    auto query = m_database.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE id > ? "
                                                "AND action NOT IN (SELECT value FROM {json_values}))"),
                                 { id, QString::fromUtf8(QJsonDocument(actions).toJson(QJsonDocument::Compact)) });
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toBool();
}

Result<qint64> AuditRepository::nextId()
{
    auto newest = head();
    if (!newest)
        return newest.error();
    return *newest ? (*newest)->id + 1 : 1;
}

Result<void> AuditRepository::insert(const AuditEntry& entry)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id, hash, signing_key, "
                       "signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { entry.id, entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.action, entry.entityType,
          entry.entityId ? QVariant(*entry.entityId) : QVariant(QMetaType::fromType<qint64>()), entry.hash,
          QVariant(entry.signingKey.isEmpty() ? QByteArray() : entry.signingKey),
          QVariant(entry.signature.isEmpty() ? QByteArray() : entry.signature) });
    if (!query)
        return query.error();
    return {};
}

Result<qint64> AuditRepository::forEach(const std::function<bool(const AuditEntry&)>& visit)
{
    auto query = m_database.prepare(QLatin1String(SelectColumns) + QLatin1String(" ORDER BY id"));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (auto ran = m_database.run(*query); !ran)
        return ran.error();
    qint64 count = 0;
    while (query->next()) {
        ++count;
        if (!visit(readEntry(*query)))
            break;
    }
    return count;
}

namespace {

// The WHERE clause of a filter and its bound values.
QString whereOf(const AuditFilter& filter, QVariantList& values)
{
    QStringList terms;
    if (!filter.actor.isEmpty()) {
        terms << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (!filter.actionPrefix.isEmpty()) {
        // substr() rather than LIKE: '_' and '%' in a typed prefix are not wildcards.
        terms << QStringLiteral("substr(action, 1, ?) = ?");
        values << int(filter.actionPrefix.size()) << filter.actionPrefix;
    }
    if (!filter.entityType.isEmpty()) {
        terms << QStringLiteral("entity_type = ?");
        values << filter.entityType;
    }
    if (filter.entityId) {
        terms << QStringLiteral("entity_id = ?");
        values << *filter.entityId;
    }
    if (filter.from.isValid()) {
        terms << QStringLiteral("at >= ?");
        values << sql_values::moment(filter.from);
    }
    if (filter.until.isValid()) {
        terms << QStringLiteral("at < ?");
        values << sql_values::moment(filter.until);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> AuditRepository::count(const AuditFilter& filter)
{
    QVariantList values;
    auto query = m_database.exec(QStringLiteral("SELECT count(*) FROM audit_log") + whereOf(filter, values), values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<AuditEntry>> AuditRepository::page(const AuditFilter& filter, qint64 offset, int limit)
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    values << limit << offset;
    auto query = m_database.exec(
        QLatin1String(SelectColumns) + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"), values);
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next())
        entries.append(readEntry(*query));
    return entries;
}

Result<QStringList> AuditRepository::distinctActors()
{
    auto query = m_database.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    if (!query)
        return query.error();
    QStringList actors;
    while (query->next())
        actors << query->value(0).toString();
    return actors;
}

Result<QStringList> AuditRepository::distinctEntityTypes()
{
    auto query = m_database.exec(QStringLiteral("SELECT DISTINCT entity_type FROM audit_log ORDER BY entity_type"));
    if (!query)
        return query.error();
    QStringList types;
    while (query->next())
        types << query->value(0).toString();
    return types;
}

} // namespace peerdesk
