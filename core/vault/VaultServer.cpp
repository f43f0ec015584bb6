// Signing in to a program server and setting one up (server mode, docs/server.md): what vault::open and vault::create
// are for a local vault, with the keyring recorded in the program's database and each person's own database login.

#include "core/security/KeyringFile.h"
#include "core/security/PassphrasePolicy.h"
#include "core/security/ScramVerifier.h"
#include "core/services/Permissions.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityKeys.h"
#include "core/storage/ProgramCopy.h"
#include "core/storage/ServerMaintenance.h"
#include "core/storage/ServerMigrations.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StaffLoginRepository.h"
#include "core/storage/UserRepository.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/ServerWitness.h"
#include "core/vault/VaultInternal.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
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

// The schema owner's connection to the program's database, its schema made or brought up to date, refused when it
// already holds a program (checked again, atomically, by the copy): before any slow work.
Result<std::unique_ptr<Database>> openEmptyServer(const ServerProfile& profile, const QString& ownerLogin,
                                                  const SecureBuffer& ownerPassword)
{
    ServerConnection connection = profile.connection;
    connection.login = ownerLogin;
    auto owner = Database::openServer(connection, ownerPassword, true);
    if (!owner)
        return owner.error();
    auto accounts = UserRepository(**owner).list();
    if (!accounts)
        return accounts.error();
    if (!accounts->isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The database %1 already holds a program.").arg(connection.database));
    return owner;
}

ServerProfile withNewProgramSalt(const ServerProfile& profile, const KdfParams& slotCost)
{
    ServerProfile completed = profile;
    completed.programSalt = QByteArray(ServerProfile::ProgramSaltBytes, Qt::Uninitialized);
    randombytes_buf(completed.programSalt.data(), static_cast<size_t>(completed.programSalt.size()));
    completed.slotCost = slotCost;
    return completed;
}

// One owner transaction: the program's rows copied in, and its first administrator's database login added.
Result<void> installProgram(Database& owner, Database& local, const QString& adminLogin, const QString& verifier)
{
    const QString administrators = server_migrations::roleName(owner, server_migrations::GroupRole::Administrator);
    return owner.transaction([&]() -> Result<void> {
        if (auto done = program_copy::copyAll(local, owner, program_copy::Target::EmptyOnly); !done)
            return done;
        // pd.add_staff is for the program's administrators: the owner is one only while it adds the first.
        if (auto done = owner.execute(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(administrators)); !done)
            return done;
        if (auto done = StaffLoginRepository(owner).add(adminLogin, Role::Administrator, verifier); !done)
            return done;
        return owner.execute(QStringLiteral("REVOKE %1 FROM CURRENT_USER").arg(administrators));
    });
}

// A consistent copy of the vault (its database copied inside one read transaction under its data key, and its
// keyring) into folder, read as its administrator while the vault is open, and so locked, here.
Result<void> copyVault(const QString& vaultDirectory, const QString& login, const SecureBuffer& passphrase,
                       const QString& folder, const Clock& clock)
{
    auto key = unwrapWithPassphrase(vaultDirectory, login, passphrase);
    if (!key)
        return key.error();
    auto source = open(std::move(*key), clock);
    if (!source)
        return source.error();
    if ((*source)->user().role != Role::Administrator)
        return makeError(ErrorCode::NotPermitted,
                         Text::tr("Only an administrator of the vault can move it to a program server."));
    if (auto copied
        = (*source)->database().exportCopy(vault_paths::databasePath(folder), (*source)->workerTicket().keys.data);
        !copied)
        return copied.error();
    auto keyring = keyring_file::readBytes(vault_paths::keyringPath(vaultDirectory));
    if (!keyring)
        return keyring.error();
    return keyring_file::saveBytes(*keyring, vault_paths::keyringPath(folder));
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
    // What this computer saw of the audit chain must still be there; if it is, the newest row now is what it saw.
    auto rewritten = server_witness::check(*session);
    if (!rewritten)
        return rewritten.error();
    if (*rewritten)
        session->m_warnings.append(**rewritten);
    else if (auto remembered = server_witness::record(*session); !remembered)
        session->m_warnings.append(remembered.error().message);
    if (session->user().role == Role::Administrator) {
        if (auto unfinished = identity_keys::changeUnfinished(session->database()); unfinished && *unfinished)
            session->m_warnings.append(
                Text::tr("A change of the program's identity key was not finished: the earlier key still opens some "
                         "records. Run peerdesk-cli rekey to finish it."));
    }
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
    auto owner = openEmptyServer(profile, ownerLogin, ownerPassword);
    if (!owner)
        return owner.error();

    ServerProfile completed = withNewProgramSalt(profile, request.kdf);
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
    auto copied = installProgram(**owner, **local, created->adminKey->login, verifier);
    (*local)->close();
    if (!copied)
        return copied.error();
    profile = std::move(completed);
    return CreatedServerProgram{ created->recoveryKey, created->weakKeyDerivation };
}

Result<ImportedServerProgram> importToServer(ServerProfile& profile, const QString& ownerLogin,
                                             const SecureBuffer& ownerPassword, const QString& vaultDirectory,
                                             const QString& adminLogin, const SecureBuffer& adminPassphrase,
                                             const Clock& clock)
{
    const QString login = normaliseLogin(adminLogin);
    if (StaffLoginRepository::serverLogin(profile.connection.database, login).isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The login %1 is too long for this program server.").arg(login));
    auto owner = openEmptyServer(profile, ownerLogin, ownerPassword);
    if (!owner)
        return owner.error();

    // Everything the move changes is changed in a private copy: the vault stays as it was, whatever happens.
    QTemporaryDir scratch;
    if (!scratch.isValid() || !QDir(scratch.path()).mkdir(QStringLiteral("program")))
        return makeError(ErrorCode::Io, Text::tr("Cannot create a temporary folder."));
    const QString folder = scratch.filePath(QStringLiteral("program"));
    if (auto copied = copyVault(vaultDirectory, login, adminPassphrase, folder, clock); !copied)
        return copied.error();
    auto key = unwrapWithPassphrase(folder, login, adminPassphrase);
    if (!key)
        return key.error();
    auto program = open(std::move(*key), clock);
    if (!program)
        return program.error();
    VaultSession& session = **program;

    const ServerProfile completed = withNewProgramSalt(profile, session.slotCost());
    auto serverKey = deriveServerKey(completed, login, adminPassphrase);
    if (!serverKey)
        return serverKey.error();
    // The others' slots were salted for this computer, and they have no database login: they are enrolled again.
    ImportedServerProgram imported;
    auto accounts = UserRepository(session.database()).list();
    if (!accounts)
        return accounts.error();
    for (const UserRecord& account : std::as_const(*accounts)) {
        if (!account.active || account.login == login)
            continue;
        if (auto ended = UserService(session).deactivate(account.login); !ended)
            return ended.error();
        imported.deactivated.append(account.login);
    }
    auto verifier = session.adoptServerSlot(completed, serverKey->passphraseKey);
    if (!verifier)
        return verifier.error();
    if (auto logged = session.recordAudit(QStringLiteral("vault.moved_to_server"), QStringLiteral("vault")); !logged)
        return logged.error();
    auto installed = installProgram(**owner, session.database(), login, *verifier);
    session.close();
    if (!installed)
        return installed.error();
    profile = completed;
    return imported;
}

Result<void> exportFromServer(VaultSession& session, const QString& directory)
{
    if (!session.onServer())
        return makeError(ErrorCode::Usage, Text::tr("Only a program on a server is exported to a vault."));
    if (auto allowed = requireAdministration(session); !allowed)
        return allowed.error();
    // A vault keeps one identity key: every cell must be under it before the program leaves the server.
    auto unfinished = identity_keys::changeUnfinished(session.database());
    if (!unfinished)
        return unfinished.error();
    if (*unfinished)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A change of the program's identity key is not finished: run peerdesk-cli rekey to "
                                  "finish it, then export."));
    // Every account of a vault opens the whole file: a supporter's, which a server holds to their own matches, would
    // read everything there, so a vault admits none (local schema step 20).
    auto accounts = UserRepository(session.database()).list();
    if (!accounts)
        return accounts.error();
    for (const UserRecord& account : std::as_const(*accounts)) {
        if (account.role == Role::Supporter)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("The program has supporters' accounts (%1), which a vault cannot hold: a vault "
                                      "gives every account the whole program. It stays on the server.")
                                 .arg(account.login));
    }
    const QString target = QDir::cleanPath(QDir(directory).absolutePath());
    const QFileInfo targetInfo(target);
    if (targetInfo.exists()
        && (!targetInfo.isDir() || targetInfo.isSymLink()
            || !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 is not an empty folder: the vault is written into a new one.").arg(target));
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, Text::tr("Cannot create the folder %1.").arg(parent));
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".peerdesk-new-vault-XXXXXX")));
    if (!staging.isValid())
        return makeError(ErrorCode::Io, Text::tr("Cannot create a folder in %1.").arg(parent));

    // Audited first, so that the vault's chain ends with its own origin.
    if (auto logged = session.recordAudit(QStringLiteral("vault.exported_from_server"), QStringLiteral("vault"));
        !logged)
        return logged.error();
    auto recorded = keyring_record::recorded(session.database());
    if (!recorded)
        return recorded.error();
    const WorkerTicket ticket = session.workerTicket();
    auto local
        = createDatabase(vault_paths::databasePath(staging.path()), ticket.keys, session.vaultId(), session.slotCost());
    if (!local)
        return local.error();
    auto copied = program_copy::copyBack(session.database(), **local);
    (*local)->close();
    if (!copied)
        return copied.error();
    // Every change of the keys rewrites the keyring: the same one now means the cells copied are all under the key it
    // gives.
    auto after = keyring_record::recorded(session.database());
    if (!after)
        return after.error();
    if (after->bytes != recorded->bytes)
        return makeError(ErrorCode::Conflict,
                         Text::tr("The program's keys or accounts changed while it was exported; nothing was written. "
                                  "Export again."));
    if (auto saved = keyring_file::saveBytes(recorded->bytes, vault_paths::keyringPath(staging.path())); !saved)
        return saved.error();
    // rename(2) replaces an empty folder in one step.
    if (::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(target).constData()) != 0)
        return makeError(ErrorCode::Io, Text::tr("Cannot move the new vault into %1.").arg(target));
    staging.setAutoRemove(false);
    keyring_file::syncDirectory(parent);
    return {};
}

Result<QList<ServerTableMaintained>> maintainServer(const ServerProfile& profile, const QString& ownerLogin,
                                                    const SecureBuffer& ownerPassword)
{
    ServerConnection connection = profile.connection;
    connection.login = ownerLogin;
    // A newer PeerDesk's schema steps first (each its own transaction, under the migration lock): the owner's
    // maintenance is where a program's database is brought up to date.
    auto owner = Database::openServerToUpgrade(connection, ownerPassword);
    if (!owner)
        return owner.error();
    auto maintained = server_maintenance::run(**owner);
    if (!maintained)
        return maintained.error();
    QList<ServerTableMaintained> report;
    for (const server_maintenance::TableReclaimed& table : std::as_const(*maintained))
        report.append({ table.table, table.bytesBefore, table.bytesAfter, table.rewritten });
    return report;
}

} // namespace vault
} // namespace peerdesk
