#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"
#include "core/domain/UserRecord.h"
#include "core/security/SecureBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <source_location>

namespace peerdesk {

class VaultSession;

// A staff account to add: the administrator chooses a one-time initial passphrase, which the person replaces
// at their first unlock (until then PeerDesk lets them do nothing else).
struct NewUser
{
    QString login;
    QString displayName; // the login when empty
    Role role = Role::Coordinator;
    SecureBuffer initialPassphrase;
    // The codes of the sites they work (SiteService::sitesForNewAccount): none names the program's one site.
    QStringList sites = {};
    // Role::Supporter only, and only on a program server: the roster entry whose matches the account works.
    qint64 supporterId = 0;
};

// Staff accounts (administrators only; docs/security.md, "Accounts"). Each person has their own key slot in
// keyring.json; an account that ends loses its slot, and removing one can rotate the data key so that even
// an old copy of keyring.json stops opening the vault.
class UserService final
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::UserService)

public:
    explicit UserService(VaultSession& session) : m_session(session) { }

    Result<QList<UserRecord>> list();
    // InvalidInput (nothing written) for a bad login or name, a login already used (even by an account that
    // ended), or an initial passphrase the policy refuses. The slot costs what the administrator's own does.
    Result<qint64> add(const NewUser& user);
    // The account stops opening the vault: inactive, its slot out of keyring.json. Never your own account, and
    // never the last active administrator.
    Result<void> deactivate(const QString& login);
    // A deactivated account back, with a new initial passphrase to replace at first unlock.
    Result<void> reactivate(const QString& login, const SecureBuffer& initialPassphrase);
    // Ends the account for good (deactivated, and marked removed). With rotateKey the data key is rotated in
    // the same step (VaultSession::rotateDataKey), for someone who may keep a copy of the vault's files.
    Result<void> remove(const QString& login, bool rotateKey);
    // The account named, ended or not (administrators only; the refusal is audited as the calling operation).
    // InvalidInput when there is none.
    Result<UserRecord> existingAccount(const QString& login,
                                       std::source_location where = std::source_location::current());

private:
    // ... which may be ended by the signed-in administrator: not their own, not the last administrator.
    Result<UserRecord> accountToEnd(const QString& login, std::source_location where = std::source_location::current());
    Result<void> endAccount(const UserRecord& user, bool removed);
    // A supporter's account names an existing supporter who has none yet, on a program server; staff name none.
    Result<void> checkSupporterLink(Role role, qint64 supporterId);

    VaultSession& m_session;
};

} // namespace peerdesk
