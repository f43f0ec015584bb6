#pragma once

#include "Result.h"
#include "domain/Role.h"

#include <initializer_list>

namespace peerdesk {

struct CurrentUser;

// Roles are checked here, in the services, whatever the UI shows. NotPermitted naming the role otherwise.
Result<void> requireRole(const CurrentUser& user, std::initializer_list<Role> allowed);

// Who may do what (docs/security.md): administrators keep the roster and settings and may also coordinate
// (many programs have one person in both roles); coordinators handle requests, matching and scheduling;
// reporting users see only anonymous statistics.
Result<void> requireCoordination(const CurrentUser& user); // administrator or coordinator
Result<void> requireAdministration(const CurrentUser& user); // administrator

} // namespace peerdesk
