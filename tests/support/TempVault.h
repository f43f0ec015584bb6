#pragma once

#include "FakeClock.h"
#include "core/domain/Role.h"
#include "core/security/SecureBuffer.h"
#include "core/vault/VaultSession.h"

#include <QTemporaryDir>

#include <memory>

namespace peerdesk::test {

// A fresh vault in its own temporary folder, created with the fast KDF (1 pass, 8 MiB), for one test.
class TempVault final
{
    Q_DISABLE_COPY_MOVE(TempVault)

public:
    static constexpr auto Login = "admin";
    static constexpr auto DisplayName = "Alex Administrator";
    static constexpr auto Passphrase = "violet harbour lantern 42 quietly";

    explicit TempVault(QString displayName = QLatin1String(DisplayName));

    QString directory() const; // the vault folder (inside the temporary root)
    QString root() const { return m_root.path(); }
    QString databasePath() const;
    QString keyringPath() const;
    const QString& recoveryKey() const { return m_recoveryKey; }
    FakeClock& clock() { return m_clock; }

    // Unlocks as the administrator (or with another passphrase); fails the test if it does not work.
    std::unique_ptr<VaultSession> unlock(const QString& passphrase = QLatin1String(Passphrase));
    Result<std::unique_ptr<VaultSession>> tryUnlock(const QString& login, const QString& passphrase);
    // Unlocks as a person of that role: the administrator, or an account the administrator added the way the
    // accounts service does (its owner having replaced the initial passphrase with loginFor()'s own).
    std::unique_ptr<VaultSession> unlockAs(Role role);
    // The login and passphrase of unlockAs()'s account for the role.
    static QString loginFor(Role role);
    static QString passphraseFor(Role role);

    static SecureBuffer secret(const QString& text);
    static NewVaultRequest request(const QString& directory, const QString& displayName = QLatin1String(DisplayName));

private:
    QTemporaryDir m_root;
    FakeClock m_clock;
    QString m_recoveryKey;
};

} // namespace peerdesk::test
