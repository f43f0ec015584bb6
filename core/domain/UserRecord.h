#pragma once

#include "core/domain/Role.h"

#include <QDateTime>
#include <QString>

namespace peerdesk {

// A staff account as the vault stores it: who, which role, which key slot. Never a passphrase.
struct UserRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Reporting;
    QString slotId;
    bool active = true;
    bool mustChangePassphrase = false;
    QDateTime createdAt;
    QDateTime removedAt; // invalid unless the account was removed
};

} // namespace peerdesk
