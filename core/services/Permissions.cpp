#include "services/Permissions.h"

#include "services/Vault.h"

#include <QCoreApplication>

namespace peerdesk {

Result<void> requireRole(const CurrentUser& user, std::initializer_list<Role> allowed)
{
    for (Role role : allowed) {
        if (user.role == role)
            return {};
    }
    return makeError(ErrorCode::NotPermitted,
                     QCoreApplication::translate("peerdesk::Permissions", "Your role (%1) does not allow this.")
                         .arg(roleDisplayName(user.role)));
}

Result<void> requireCoordination(const CurrentUser& user)
{
    return requireRole(user, { Role::Administrator, Role::Coordinator });
}

Result<void> requireAdministration(const CurrentUser& user)
{
    return requireRole(user, { Role::Administrator });
}

} // namespace peerdesk
