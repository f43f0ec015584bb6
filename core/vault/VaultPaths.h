#pragma once

#include <QString>

namespace peerdesk::vault_paths {

// QStandardPaths::AppDataLocation + "/vault", e.g. ~/.local/share/peerdesk/vault on Linux.
QString defaultDirectory();
QString databasePath(const QString& vaultDirectory); // <dir>/peerdesk.db
QString keyringPath(const QString& vaultDirectory); // <dir>/keyring.json

} // namespace peerdesk::vault_paths
