#pragma once

#include "core/Result.h"
#include "core/domain/Role.h"

#include <initializer_list>
#include <source_location>

namespace peerdesk {

class VaultSession;

// Roles are checked here, in the services, whatever the UI shows. A refusal is NotPermitted naming the role,
// and is written to the audit log ("access.refused", with the service operation that refused as the entity
// type, e.g. "UserService::add"): who tried what, never with what data.
Result<void> requireRole(VaultSession& session, std::initializer_list<Role> allowed,
                         std::source_location where = std::source_location::current());

// Who may do what (docs/security.md): administrators keep the roster, the accounts and the settings and may
// also coordinate (many programs have one person in both roles); coordinators handle requests, matching and
// scheduling; reporting users see only anonymous statistics.
// The same rules as plain answers, for what a window shows (hiding is a convenience; the services refuse
// regardless): whether a role coordinates (requests, matching, scheduling, groups, and sees physicians' identity),
// and whether it administers (roster, accounts, settings, audit).
bool coordinates(Role role);
bool administers(Role role);

Result<void> requireCoordination(VaultSession& session, // administrator or coordinator
                                 std::source_location where = std::source_location::current());
Result<void> requireAdministration(VaultSession& session, // administrator
                                   std::source_location where = std::source_location::current());

} // namespace peerdesk
