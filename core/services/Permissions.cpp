#include "core/services/Permissions.h"

#include "core/vault/VaultSession.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

// "peerdesk::Result<long long int> peerdesk::UserService::add(const peerdesk::NewUser&)" -> "UserService::add":
// the operation that refused, for the audit log, without argument types or namespaces.
QString operationName(const std::source_location& where)
{
    QString name = QString::fromLatin1(where.function_name());
    name = name.left(name.indexOf(QLatin1Char('(')));
    name = name.mid(name.lastIndexOf(QLatin1Char(' ')) + 1);
    name.remove(QStringLiteral("peerdesk::"));
    return name.isEmpty() ? QStringLiteral("unknown") : name.left(100);
}

} // namespace

Result<void> requireRole(VaultSession& session, std::initializer_list<Role> allowed, std::source_location where)
{
    for (Role role : allowed) {
        if (session.user().role == role)
            return {};
    }
    // The refusal is recorded even though nothing else happens; a failure to record it does not hide the
    // refusal itself.
    (void)session.recordAudit(QStringLiteral("access.refused"), operationName(where));
    return makeError(ErrorCode::NotPermitted,
                     QCoreApplication::translate("peerdesk::Permissions", "Your role (%1) does not allow this.")
                         .arg(roleDisplayName(session.user().role)));
}

bool coordinates(Role role)
{
    return role == Role::Administrator || role == Role::Coordinator;
}

bool administers(Role role)
{
    return role == Role::Administrator;
}

Result<void> requireCoordination(VaultSession& session, std::source_location where)
{
    return requireRole(session, { Role::Administrator, Role::Coordinator }, where);
}

Result<void> requireAdministration(VaultSession& session, std::source_location where)
{
    return requireRole(session, { Role::Administrator }, where);
}

} // namespace peerdesk
