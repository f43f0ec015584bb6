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
    // A supporter's account: the roster entry whose matches it works; 0 for staff. Written with the account; read
    // back only through UserRepository::supporterLinks and the signed membership.
    qint64 supporterId = 0;
};

} // namespace peerdesk
