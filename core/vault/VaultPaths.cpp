#include "core/vault/VaultPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace peerdesk::vault_paths {

QString defaultDirectory()
{
    // Spelled out rather than AppDataLocation, which would add the organization's name to the path.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/peerdesk/vault");
}

QString databasePath(const QString& vaultDirectory)
{
    return QDir(vaultDirectory).filePath(QStringLiteral("peerdesk.db"));
}

QString keyringPath(const QString& vaultDirectory)
{
    return QDir(vaultDirectory).filePath(QStringLiteral("keyring.json"));
}

} // namespace peerdesk::vault_paths
