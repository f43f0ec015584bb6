#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace peerdesk {

// One process at a time opens a vault: `peerdesk.lock` (QLockFile) in the vault's folder, held while any
// session of this process has the vault open (sessions and worker connections of one process share it). Two
// processes never write one vault, and a data-key rotation can replace peerdesk.db knowing no one else holds
// it open. A lock left by a crash is recognised by its process id and taken over.
class VaultLock final
{
public:
    static constexpr auto FileName = "peerdesk.lock";

    // Io naming who holds it (process id and program) when another process has the vault open.
    static Result<std::shared_ptr<VaultLock>> acquire(const QString& directory);

    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

private:
    struct Private;
    explicit VaultLock(std::unique_ptr<Private> state);
    std::unique_ptr<Private> d;
};

} // namespace peerdesk
