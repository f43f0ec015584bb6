#include "services/VaultPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace peerdesk::vault_paths {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vault");
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
