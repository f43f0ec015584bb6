#include "TempVault.h"

#include "CatchCompat.h"
#include "services/VaultPaths.h"

#include <QDir>

namespace peerdesk::test {

SecureBuffer TempVault::secret(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return SecureBuffer::copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

NewVaultRequest TempVault::request(const QString& directory, const QString& displayName)
{
    NewVaultRequest request;
    request.directory = directory;
    request.adminLogin = QLatin1String(Login);
    request.adminDisplayName = displayName;
    request.adminPassphrase = secret(QLatin1String(Passphrase));
    request.kdf = KdfParams::fastForTests();
    return request;
}

TempVault::TempVault(QString displayName)
{
    REQUIRE(m_root.isValid());
    auto created = vault::create(request(directory(), displayName), m_clock);
    if (!created)
        FAIL("creating the test vault failed: " << created.error().message.toStdString());
    m_recoveryKey = created->recoveryKey;
}

QString TempVault::directory() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("vault"));
}
QString TempVault::databasePath() const
{
    return vault_paths::databasePath(directory());
}
QString TempVault::keyringPath() const
{
    return vault_paths::keyringPath(directory());
}

Result<std::unique_ptr<VaultSession>> TempVault::tryUnlock(const QString& login, const QString& passphrase)
{
    auto key = vault::unwrapWithPassphrase(directory(), login, secret(passphrase));
    if (!key)
        return key.error();
    return vault::open(std::move(*key), m_clock);
}

std::unique_ptr<VaultSession> TempVault::unlock(const QString& passphrase)
{
    auto session = tryUnlock(QLatin1String(Login), passphrase);
    if (!session)
        FAIL("unlocking the test vault failed: " << session.error().message.toStdString());
    return std::move(*session);
}

} // namespace peerdesk::test
