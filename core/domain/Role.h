#pragma once

#include <QString>

#include <optional>

namespace peerdesk {

// What a signed-in person may do. Checked in the services; the UI only mirrors it.
enum class Role
{
    Administrator, // roster, users, settings, audit, backups
    Coordinator, // intake, triage, matching, scheduling
    Reporting, // anonymous statistics only; never sees a name
    Supporter, // program server only: a peer supporter recording their own matches' steps (docs/server.md)
};

QString roleKey(Role role); // stable identifier stored in the database
std::optional<Role> roleFromKey(const QString& key); // nullopt for anything unknown
QString roleDisplayName(Role role); // translated

} // namespace peerdesk
