#include "core/domain/Role.h"

#include "core/domain/EnumKeys.h"

#include <QCoreApplication>

#include <initializer_list>

namespace peerdesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Reporting:
        return QStringLiteral("reporting");
    case Role::Supporter:
        return QStringLiteral("supporter");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    return enumFromKey(
        std::initializer_list<Role>{ Role::Administrator, Role::Coordinator, Role::Reporting, Role::Supporter },
        roleKey, key);
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("peerdesk::Role", "Administrator");
    case Role::Coordinator:
        return QCoreApplication::translate("peerdesk::Role", "Coordinator");
    case Role::Reporting:
        return QCoreApplication::translate("peerdesk::Role", "Reporting");
    case Role::Supporter:
        return QCoreApplication::translate("peerdesk::Role", "Supporter");
    }
    return {};
}

} // namespace peerdesk
