// Signing in to a program server and setting one up (server mode, docs/server.md): what vault::open and vault::create
// are for a local vault, with the keyring recorded in the program's database and each person's own database login.

#include "core/security/PassphrasePolicy.h"
#include "core/security/ScramVerifier.h"
#include "core/storage/Database.h"
#include "core/storage/ProgramCopy.h"
#include "core/storage/ServerMigrations.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StaffLoginRepository.h"
#include "core/storage/UserRepository.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/VaultInternal.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <sodium.h>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

using namespace vault_detail;

Error profileNotInitialised()
{
    return makeError(ErrorCode::Usage,
                     Text::tr("This connection profile has no program yet: it is completed by \"peerdesk-cli server "
                              "init\". Ask the program's administrator for the profile they distribute."));
}

} // namespace

namespace vault {

Result<ServerKey> deriveServerKey(const ServerProfile& profile, const QString& login, const SecureBuffer& passphrase)
{
    if (!profile.initialised())
        return profileNotInitialised();
    auto secret = passphrase_policy::normalise(passphrase);
    if (!secret)
        return authenticationFailed();
    ServerKey key;
    key.login = normaliseLogin(login);
    auto derived = kdf::deriveKey(*secret, profile.slotSalt(key.login), profile.slotCost);
    if (!derived)
        return derived.error();
    key.passphraseKey = std::move(*derived);
    return key;
}

namespace {

// The person's own database login, with the password their key gives: an unknown login and a wrong passphrase
// answer the same.
Result<std::unique_ptr<Database>> connectAs(const ServerProfile& profile, const ServerKey& key,
                                            const SecureBuffer& password)
{
    if (!profile.initialised())
        return profileNotInitialised();
    ServerConnection connection = profile.connection;
    connection.login = StaffLoginRepository::serverLogin(connection.database, key.login);
    if (connection.login.isEmpty() || !validateLogin(key.login))
        return authenticationFailed();
    auto database = Database::openServer(connection, password);
    if (!database)
        return database.error().code == ErrorCode::Authentication ? authenticationFailed() : database.error();
    return database;
}

} // namespace

Result<void> reachServer(const ServerProfile& profile, const ServerKey& key)
{
    auto database = connectAs(profile, key, scram::databasePassword(key.passphraseKey));
    if (!database)
        return database.error();
    (*database)->close();
    return {};
}

Result<std::unique_ptr<VaultSession>> openOnServer(const ServerProfile& profile, ServerKey key, const Clock& clock)
{
    SecureBuffer password = scram::databasePassword(key.passphraseKey);
    auto database = connectAs(profile, key, password);
    if (!database)
        return database.error();

    // The keyring is the program's record of it; the person's slot must be the one their profile derives the key
    // for, or the key that opened the database would not open it.
    auto recorded = keyring_record::recorded(**database);
    if (!recorded)
        return recorded.error();
    const Keyring& keyring = recorded->keyring;
    const auto slot = keyring.passphraseSlotFor(key.login);
    if (!slot)
        return authenticationFailed();
    if (slot->salt != profile.slotSalt(key.login) || slot->kdf != profile.slotCost)
        return makeError(ErrorCode::Authentication,
                         Text::tr("Your key slot on the program server was not made for this connection profile: ask "
                                  "an administrator for the program's current profile."));
    auto secrets = keyring.unwrapWithKey(*slot, key.passphraseKey);
    if (!secrets)
        return secrets.error();
    auto keys = openCheckedKeys(keyring, *slot, *secrets);
    if (!keys)
        return keys.error();
    auto vaultId = SettingsRepository(**database, SettingsRepository::Table::Meta).get(QLatin1String(VaultIdKey));
    if (!vaultId)
        return vaultId.error();
    if (!*vaultId || **vaultId != keyring.vaultId())
        return makeError(ErrorCode::Damaged, Text::tr("The program server's keyring belongs to another program."));

    UnlockedKey unlocked;
    unlocked.login = key.login;
    unlocked.slotId = slot->id;
    unlocked.keyringBytes = recorded->bytes;
    std::unique_ptr<VaultSession> session(
        new VaultSession(QString(), std::move(*keys), std::move(*secrets), keyring, clock, std::move(*database)));
    session->m_server = profile;
    session->m_serverPassword = std::move(password);
    session->m_slotId = slot->id;
    if (auto signedIn = session->signIn(unlocked, false); !signedIn)
        return signedIn.error();
    if (auto settled = session->settleAfterSignIn(); !settled)
        return settled.error();
    return session;
}

Result<CreatedServerProgram> createOnServer(ServerProfile& profile, const QString& ownerLogin,
                                            const SecureBuffer& ownerPassword, NewVaultRequest request,
                                            const Clock& clock)
{
    request.adminLogin = normaliseLogin(request.adminLogin);
    if (auto valid = validateLogin(request.adminLogin); !valid)
        return valid.error();
    if (auto valid = request.kdf.validate(); !valid)
        return valid.error();
    if (StaffLoginRepository::serverLogin(profile.connection.database, request.adminLogin).isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The login %1 is too long for this program server.").arg(request.adminLogin));
    ServerConnection connection = profile.connection;
    connection.login = ownerLogin;
    auto owner = Database::openServer(connection, ownerPassword, true);
    if (!owner)
        return owner.error();
    // Before the slow part: a server that already holds a program is refused (and again, atomically, by the copy).
    auto accounts = UserRepository(**owner).list();
    if (!accounts)
        return accounts.error();
    if (!accounts->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The database %1 already holds a program.").arg(connection.database));

    ServerProfile completed = profile;
    completed.programSalt = QByteArray(ServerProfile::ProgramSaltBytes, Qt::Uninitialized);
    randombytes_buf(completed.programSalt.data(), static_cast<size_t>(completed.programSalt.size()));
    completed.slotCost = request.kdf;
    auto key = deriveServerKey(completed, request.adminLogin, request.adminPassphrase);
    if (!key)
        return key.error();
    const QString verifier = scram::verifier(scram::databasePassword(key->passphraseKey));
    request.adminSlotSalt = completed.slotSalt(request.adminLogin);
    request.adminSlotKey = std::move(key->passphraseKey);

    // The program is made as a vault is, in a private folder that is removed afterwards, then copied in: one way of
    // making a program, checked by the same tests, and nothing on the server until it is whole.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io, Text::tr("Cannot create a temporary folder."));
    request.directory = scratch.filePath(QStringLiteral("program"));
    auto created = create(std::move(request), clock);
    if (!created)
        return created.error();
    auto local = Database::open(vault_paths::databasePath(scratch.filePath(QStringLiteral("program"))),
                                copyOf(created->adminKey->keys.data), Database::OpenMode::ExistingOnly, false);
    if (!local)
        return local.error();
    const QString administrators = server_migrations::roleName(**owner, server_migrations::GroupRole::Administrator);
    auto copied = (*owner)->transaction([&]() -> Result<void> {
        if (auto done = program_copy::copyAll(**local, **owner, program_copy::Target::EmptyOnly); !done)
            return done;
        // pd.add_staff is for the program's administrators: the owner is one only while it adds the first.
        if (auto done = (*owner)->execute(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(administrators)); !done)
            return done;
        if (auto done = StaffLoginRepository(**owner).add(created->adminKey->login, Role::Administrator, verifier);
            !done)
            return done;
        return (*owner)->execute(QStringLiteral("REVOKE %1 FROM CURRENT_USER").arg(administrators));
    });
    (*local)->close();
    if (!copied)
        return copied.error();
    profile = std::move(completed);
    return CreatedServerProgram{ created->recoveryKey, created->weakKeyDerivation };
}

} // namespace vault
} // namespace peerdesk
