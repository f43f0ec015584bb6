#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace peerdesk {

class Database;

// One key a slot took after its first (a passphrase change, a recovery, a format-2 slot's first unlock), with the
// signature that vouches for it (services/Membership.h says whose).
struct StaffKeyRecord
{
    QString slotId;
    int seq = 0; // 1 for the slot's second key pair, 2 for its third, ...
    QByteArray boxKey;
    QByteArray signingKey;
    QString endorser; // "previous", "recovery" or "legacy"
    QByteArray endorserKey; // the recovery slot's signing key, for "recovery"
    QByteArray endorsement;
    qint64 sinceAuditId = 0; // the first audit row this key may sign: the row that records the change
    QDateTime createdAt;
};

class StaffKeyRepository final
{
public:
    explicit StaffKeyRepository(Database& database) : m_database(database) { }

    Result<QList<StaffKeyRecord>> all(); // by slot, then seq
    Result<void> insert(const StaffKeyRecord& record);

private:
    Database& m_database;
};

} // namespace peerdesk
