#pragma once

#include "FakeClock.h"
#include "core/vault/VaultSession.h"

#include <QTemporaryDir>

#include <memory>

namespace peerdesk::test {

// A copy of tests/data/legacy-v2-vault: a vault written by PeerDesk 0.1 (keyring format 2, schema 9), before keys
// enforced roles, made with that release's CLI: `init` with the fast KDF, `demo --seed 7 --requests 30
// --supporters 12 --years 1 --conversations 20 --name-marker ZQXLEGACY`, then the accounts casey (coordinator) and
// robin (reporting), each having replaced the initial passphrase with their own.
class LegacyVault final
{
    Q_DISABLE_COPY_MOVE(LegacyVault)

public:
    static constexpr auto AdminPassphrase = "violet harbour lantern 42 quietly";
    static constexpr auto CoordinatorPassphrase = "amber glacier whistle 19 softly";
    static constexpr auto ReportingPassphrase = "indigo canyon pebble 31 brightly";
    static constexpr auto RecoveryKey = "83B3-41VZ-TRS9-85DG-ZHXS-JF41-A69Y-ZZB8";
    static constexpr auto NameMarker = "ZQXLEGACY"; // in every demo person's name and e-mail

    LegacyVault();

    QString directory() const;
    FakeClock& clock() { return m_clock; }
    Result<std::unique_ptr<VaultSession>> tryUnlock(const QString& login, const QString& passphrase);

    // The data key, from the administrator's format-2 slot.
    SecureBuffer dataKey() const;
    // Runs SQL on peerdesk.db directly (the SQLCipher C API: no migration), as an older PeerDesk would see it.
    void exec(const QString& sql) const;

private:
    QTemporaryDir m_root;
    FakeClock m_clock;
};

} // namespace peerdesk::test
