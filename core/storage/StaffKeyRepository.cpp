#include "core/storage/StaffKeyRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

namespace peerdesk {

Result<QList<StaffKeyRecord>> StaffKeyRepository::all()
{
    auto query = m_database.exec(QStringLiteral("SELECT slot_id, seq, box_key, signing_key, endorser, endorser_key, "
                                                "endorsement, since_audit_id, created_at FROM staff_keys "
                                                "ORDER BY slot_id, seq"));
    if (!query)
        return query.error();
    QList<StaffKeyRecord> records;
    while (query->next()) {
        StaffKeyRecord record;
        record.slotId = query->value(0).toString();
        record.seq = query->value(1).toInt();
        record.boxKey = query->value(2).toByteArray();
        record.signingKey = query->value(3).toByteArray();
        record.endorser = query->value(4).toString();
        record.endorserKey = query->value(5).toByteArray();
        record.endorsement = query->value(6).toByteArray();
        record.sinceAuditId = query->value(7).toLongLong();
        record.createdAt = sql_values::momentFrom(query->value(8));
        records.append(std::move(record));
    }
    return records;
}

Result<void> StaffKeyRepository::insert(const StaffKeyRecord& record)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO staff_keys (slot_id, seq, box_key, signing_key, endorser, endorser_key, "
                       "endorsement, since_audit_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { record.slotId, record.seq, record.boxKey, record.signingKey, record.endorser,
          QVariant(record.endorserKey.isEmpty() ? QByteArray() : record.endorserKey), record.endorsement,
          record.sinceAuditId, sql_values::moment(record.createdAt) });
    if (!query)
        return query.error();
    return {};
}

} // namespace peerdesk
