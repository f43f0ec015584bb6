#include "TempVault.h"

#include "CatchCompat.h"
#include "TestServer.h"
#include "core/services/UserService.h"
#include "core/storage/ProgramCopy.h"
#include "core/storage/UserRepository.h"
#include "core/vault/VaultPaths.h"

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
    return tryUnlock(login, passphrase, m_clock);
}

std::unique_ptr<VaultSession> TempVault::unlockWith(const Clock& clock)
{
    auto session = tryUnlock(QLatin1String(Login), QLatin1String(Passphrase), clock);
    if (!session)
        FAIL("unlocking the test vault failed: " << session.error().message.toStdString());
    return std::move(*session);
}

Result<std::unique_ptr<VaultSession>> TempVault::tryUnlock(const QString& login, const QString& passphrase,
                                                           const Clock& clock)
{
    auto key = vault::unwrapWithPassphrase(directory(), login, secret(passphrase));
    if (!key)
        return key.error();
    if (m_server) {
        // What the earlier sessions did on the server is what this sign-in must see (accounts, witnesses).
        auto local = Database::open(databasePath(), SecureBuffer::copyOf(m_dataKey->data(), m_dataKey->size()),
                                    Database::OpenMode::ExistingOnly);
        if (!local)
            return local.error();
        auto copied = program_copy::copyBack(m_server->owner(), **local);
        (*local)->close();
        if (!copied)
            return copied.error();
    }
    auto session = vault::open(std::move(*key), clock);
    if (!session || !onServer())
        return session;
    return moveToServer(std::move(*session));
}

TempVault::~TempVault() = default;

bool TempVault::onServer()
{
    return !qEnvironmentVariableIsEmpty("PEERDESK_TEST_SERVER");
}

Result<std::unique_ptr<VaultSession>> TempVault::moveToServer(std::unique_ptr<VaultSession> session)
{
    // The server holds the vault as its sign-in left it, so that the two stay alike for the next one.
    if (!m_server) {
        m_server = std::make_unique<TestServer>();
        m_dataKey = std::make_unique<SecureBuffer>(
            SecureBuffer::copyOf(session->workerTicket().keys.data.data(), session->workerTicket().keys.data.size()));
    }
    if (auto copied = program_copy::copyAll(session->database(), m_server->owner(), program_copy::Target::Replace);
        !copied)
        return copied.error();
    const QString login = session->user().login;
    if (!m_serverLogins.contains(login)) {
        const char* group = session->user().role == Role::Administrator ? "administrator"
            : session->user().role == Role::Coordinator                 ? "coordinator"
                                                                        : "reporting";
        // The person's own login, as the audit rows name them (the server's guard checks it).
        m_serverLogins.insert(login, m_server->addLogin(login, QLatin1String(group)));
    }
    session->continueOnServer(m_server->open(m_serverLogins.value(login)));
    return session;
}

std::unique_ptr<VaultSession> TempVault::unlock(const QString& passphrase)
{
    auto session = tryUnlock(QLatin1String(Login), passphrase);
    if (!session)
        FAIL("unlocking the test vault failed: " << session.error().message.toStdString());
    return std::move(*session);
}

QString TempVault::loginFor(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QLatin1String(Login);
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Reporting:
        return QStringLiteral("reporting");
    case Role::Supporter: // program servers only (tests/server/ServerSupporterTest.cpp)
        return QStringLiteral("supporter");
    }
    return QLatin1String(Login);
}

QString TempVault::passphraseFor(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QLatin1String(Passphrase);
    case Role::Coordinator:
        return QStringLiteral("saffron lighthouse kettle 64 warmly");
    case Role::Reporting:
        return QStringLiteral("pewter meadow lantern 85 quietly");
    case Role::Supporter:
        return QStringLiteral("juniper harbour whistle 39 gently");
    }
    return QLatin1String(Passphrase);
}

std::unique_ptr<VaultSession> TempVault::unlockAs(Role role)
{
    if (role == Role::Administrator)
        return unlock();
    const QString login = loginFor(role);
    const QString initial = QStringLiteral("initial orchard compass 17 slowly");
    {
        auto admin = unlock();
        auto existing = UserRepository(admin->database()).findByLogin(login);
        REQUIRE(existing);
        if (!*existing) {
            NewUser user;
            user.login = login;
            user.displayName = roleDisplayName(role);
            user.role = role;
            user.initialPassphrase = secret(initial);
            auto added = UserService(*admin).add(user);
            if (!added)
                FAIL("adding the test account failed: " << added.error().message.toStdString());
            auto first = tryUnlock(login, initial);
            if (!first)
                FAIL("the test account's first unlock failed: " << first.error().message.toStdString());
            admin.reset();
            auto changed = (*first)->changePassphrase(secret(passphraseFor(role)));
            if (!changed)
                FAIL("the test account's passphrase change failed: " << changed.error().message.toStdString());
        }
    }
    auto session = tryUnlock(login, passphraseFor(role));
    if (!session)
        FAIL("unlocking the test account failed: " << session.error().message.toStdString());
    return std::move(*session);
}

} // namespace peerdesk::test
