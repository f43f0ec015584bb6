#include "storage/AuditRepository.h"

#include "storage/Database.h"

namespace peerdesk {

namespace {

constexpr auto SelectColumns = "SELECT id, at, actor, action, entity_type, entity_id, hash FROM audit_log";

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

Result<qint64> AuditRepository::nextId()
{
    auto query = m_database.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log"));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<void> AuditRepository::insert(const AuditEntry& entry)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { entry.id, entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actor, entry.action, entry.entityType,
          entry.entityId ? QVariant(*entry.entityId) : QVariant(QMetaType::fromType<qint64>()), entry.hash });
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

} // namespace peerdesk
