#pragma once

#include "FakeClock.h"
#include "core/domain/Role.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/VaultSession.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace peerdesk::test {

class TestServer;

// A fresh vault in its own temporary folder, created with the fast KDF (1 pass, 8 MiB), for one test.
//
// With PEERDESK_TEST_SERVER=<cluster settings file> in the environment (CTest's `server` runs of the service
// suite), every session it
// unlocks goes on with a program server instead (VaultSession::continueOnServer): at the first unlock the new vault's
// program is copied into a fresh database of the run's throwaway PostgreSQL cluster (program_copy::copyAll, as its
// owner), and each session connects as a login of its own role. The keyring and the sign-in stay the local vault's.
class TempVault final
{
    Q_DISABLE_COPY_MOVE(TempVault)

public:
    static constexpr auto Login = "admin";
    static constexpr auto DisplayName = "Alex Administrator";
    static constexpr auto Passphrase = "violet harbour lantern 42 quietly";

    explicit TempVault(QString displayName = QLatin1String(DisplayName));
    ~TempVault();
    // Whether this run puts the sessions on a program server (PEERDESK_TEST_SERVER).
    static bool onServer();
    TestServer* server() { return m_server.get(); }

    QString directory() const; // the vault folder (inside the temporary root)
    QString root() const { return m_root.path(); }
    QString databasePath() const;
    QString keyringPath() const;
    const QString& recoveryKey() const { return m_recoveryKey; }
    FakeClock& clock() { return m_clock; }

    // Unlocks as the administrator (or with another passphrase); fails the test if it does not work.
    std::unique_ptr<VaultSession> unlock(const QString& passphrase = QLatin1String(Passphrase));
    Result<std::unique_ptr<VaultSession>> tryUnlock(const QString& login, const QString& passphrase);
    // The administrator's session on another clock (a DemoClock running on this vault's fake one), on the server in
    // the server runs like every other.
    std::unique_ptr<VaultSession> unlockWith(const Clock& clock);
    // Unlocks as a person of that role: the administrator, or an account the administrator added the way the
    // accounts service does (its owner having replaced the initial passphrase with loginFor()'s own).
    std::unique_ptr<VaultSession> unlockAs(Role role);
    // The login and passphrase of unlockAs()'s account for the role.
    static QString loginFor(Role role);
    static QString passphraseFor(Role role);

    static SecureBuffer secret(const QString& text);
    static NewVaultRequest request(const QString& directory, const QString& displayName = QLatin1String(DisplayName));

private:
    Result<std::unique_ptr<VaultSession>> tryUnlock(const QString& login, const QString& passphrase,
                                                    const Clock& clock);
    Result<std::unique_ptr<VaultSession>> moveToServer(std::unique_ptr<VaultSession> session);

    QTemporaryDir m_root;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SecureBuffer> m_dataKey; // to bring the vault's file up to the server's program (server runs)
    QHash<QString, QString> m_serverLogins; // by vault login
    FakeClock m_clock;
    QString m_recoveryKey;
};

} // namespace peerdesk::test
