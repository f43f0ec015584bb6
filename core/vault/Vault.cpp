#include "core/security/CellCipher.h"
#include "core/security/KeyringFile.h"
#include "core/security/PassphrasePolicy.h"
#include "core/security/RecoveryKey.h"
#include "core/services/AuditLog.h"
#include "core/services/GroupService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RetentionService.h"
#include "core/services/RosterCache.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityMigration.h"
#include "core/storage/Migrations.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StaffKeyRepository.h"
#include "core/storage/StaffLoginRepository.h"
#include "core/storage/UserRepository.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/VaultInternal.h"
#include "core/vault/VaultLock.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"
#include "core/vault/VaultUpgrade.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <optional>
#include <sys/stat.h>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

std::atomic<vault::RotationStep> rotationStop{ vault::RotationStep::None };

} // namespace

namespace vault_detail {

QString orphanDatabaseMessage(const QString& directory)
{
    return Text::tr("%1 holds peerdesk.db without keyring.json, left by an interrupted setup or a lost keyring. "
                    "Without the keyring nothing can open it: restore keyring.json from a backup, or move "
                    "peerdesk.db away to create a new vault.")
        .arg(directory);
}

QString rotationCopyPath(const QString& directory)
{
    return vault_paths::databasePath(directory) + QStringLiteral(".rekey");
}

Error authenticationFailed()
{
    return makeError(ErrorCode::Authentication, Text::tr("Unknown user or wrong passphrase."));
}

bool stopsAfter(vault::RotationStep step)
{
    vault::RotationStep expected = step;
    return rotationStop.compare_exchange_strong(expected, vault::RotationStep::None);
}

Error stoppedForTests()
{
    return makeError(ErrorCode::Io, QStringLiteral("stopped for a test"));
}

SecureBuffer copyOf(const SecureBuffer& buffer)
{
    return SecureBuffer::copyOf(buffer.data(), buffer.size());
}

// Removes what a failed create() wrote, so a failure leaves no half-made vault behind.
void removeVaultFiles(const QString& directory)
{
    const QString database = vault_paths::databasePath(directory);
    for (const QString& path : QStringList{ database, database + QStringLiteral("-wal"),
                                            database + QStringLiteral("-shm"), vault_paths::keyringPath(directory) }) {
        QFile::remove(path);
    }
}

void restrictToOwner(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// PeerDesk keeps its files in the vault folder itself. Through a link, a rotation would rename its new database
// over the link and leave the old-key database at the link's target, and a keyring write would do the same.
Result<void> refuseLinks(const QString& directory)
{
    const QString database = vault_paths::databasePath(directory);
    for (const QString& path : QStringList{ database, database + QStringLiteral("-wal"),
                                            database + QStringLiteral("-shm"), vault_paths::keyringPath(directory) }) {
        if (QFileInfo(path).isSymLink()) {
            return makeError(ErrorCode::Damaged,
                             Text::tr("%1 is a symbolic link. PeerDesk keeps its files in the vault folder itself: "
                                      "replace the link with the file it points to (the whole vault folder may be a "
                                      "link).")
                                 .arg(QDir::toNativeSeparators(path)));
        }
    }
    return {};
}

// Files other people on this computer can read: said, not refused (the folder may be on a shared drive whose
// permissions the person cannot change), but never silently.
QStringList permissionWarnings(const QString& directory)
{
    QStringList warnings;
    for (const QString& path :
         QStringList{ directory, vault_paths::databasePath(directory), vault_paths::keyringPath(directory) }) {
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            warnings.append(Text::tr("%1 can be read or changed by other users of this computer; only you should "
                                     "(chmod go= on it).")
                                .arg(QDir::toNativeSeparators(path)));
        }
    }
    return warnings;
}

// Tests and benchmarks make vaults with the lowest key-derivation cost; their repeat keys are quick too.
Result<std::unique_ptr<Database>> createDatabase(const QString& path, const VaultKeys& keys, const QString& vaultId,
                                                 const KdfParams& kdf)
{
    auto database = Database::open(path, copyOf(keys.data), Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    restrictToOwner(path);
    (*database)->setIdentityCells(std::make_shared<CellCipher>(vaultId, *keys.identity));
    auto migrated = identity_migration::apply(**database, repeatCostFor(kdf));
    if (migrated)
        migrated = migrations::apply(**database);
    if (!migrated) {
        (*database)->close();
        return migrated.error();
    }
    return database;
}

RepeatKeyHasher::Cost repeatCostFor(const KdfParams& kdf)
{
    return kdf == KdfParams::fastForTests() ? RepeatKeyHasher::Cost::fastForTests() : RepeatKeyHasher::Cost{};
}

Error keyringMismatch(const QStringList& problems)
{
    return makeError(ErrorCode::Damaged,
                     Text::tr("keyring.json and the vault's accounts do not agree, so nothing was opened:\n%1\n"
                              "Restore the vault from a backup, or ask an administrator (peerdesk-cli verify lists "
                              "every problem).")
                         .arg(problems.mid(0, 5).join(QLatin1Char('\n'))));
}

} // namespace vault_detail

namespace {

using namespace vault_detail;

// keyring.json as an unwrap reads it: the bytes (the session compares them with the database's record) and the keyring
// they hold.
struct KeyringRead
{
    QByteArray bytes;
    Keyring keyring;
};

} // namespace

Result<VaultKeys> vault_detail::openCheckedKeys(const Keyring& keyring, const KeySlot& slot, const SlotSecrets& secrets)
{
    auto keys = keyring.openKeys(slot, secrets.box);
    if (!keys)
        return keys.error();
    if (keyring.formatVersion() == Keyring::FormatVersion) {
        // The authority key this slot's owner trusts: the one their witness names (a format-2 slot, whose owner
        // has not unlocked since the upgrade, trusts the chain from its start).
        int pinned = 0;
        if (!slot.legacy()) {
            if (auto witness = keyring.verifyWitness(slot); !witness)
                return witness.error();
            pinned = slot.witness.authority;
        }
        if (auto chain = keyring.verifyAuthorityFrom(pinned); !chain)
            return chain.error();
        if (auto statement = keyring.verifyStatement(*keys); !statement)
            return statement.error();
    }
    return keys;
}

namespace {

Result<KeyringRead> readKeyring(const QString& directory)
{
    auto bytes = keyring_file::readBytes(vault_paths::keyringPath(directory));
    if (!bytes)
        return bytes.error();
    auto keyring = Keyring::fromJson(*bytes);
    if (!keyring)
        return keyring.error();
    return KeyringRead{ std::move(*bytes), std::move(*keyring) };
}

Result<UnlockedKey> unwrapSlot(const QString& directory, Keyring keyring, QByteArray bytes, const KeySlot& slot,
                               const SecureBuffer& secret, QString login, bool recovered)
{
    auto secrets = keyring.unwrap(slot, secret);
    if (!secrets)
        return secrets.error();
    auto keys = vault_detail::openCheckedKeys(keyring, slot, *secrets);
    if (!keys)
        return keys.error();
    UnlockedKey key;
    key.directory = directory;
    key.login = std::move(login);
    key.slotId = slot.id;
    key.recovered = recovered;
    key.keyringBytes = std::move(bytes);
    key.secrets = std::move(*secrets);
    key.keys = std::move(*keys);
    if (slot.legacy()) {
        // Its successor, with a signing key, under the same secret and cost: made now, while Argon2id may run off
        // the GUI thread.
        PreparedSlot replacement;
        auto made = Keyring::makeSlot(keyring.vaultId(), slot.id, slot.kind, slot.user, secret, slot.kdf,
                                      replacement.secrets);
        if (!made)
            return made.error();
        replacement.slot = std::move(*made);
        key.replacement = std::move(replacement);
    }
    key.keyring = std::move(keyring);
    return key;
}

} // namespace

void vault::stopNextRotationAfterForTests(RotationStep step)
{
    rotationStop = step;
}

Result<void> vault::checkPassphraseStrength(const SecureBuffer& passphrase, const QStringList& weakWords)
{
    QString text = passphrase_policy::toText(passphrase);
    const PassphraseStrength strength = passphrase_policy::evaluate(text, weakWords);
    wipe(text);
    if (!strength.acceptable)
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase is too weak: %1").arg(strength.feedback));
    return {};
}

namespace vault {

FolderState inspect(const QString& directory)
{
    const QFileInfo database(vault_paths::databasePath(directory));
    const QFileInfo keyring(vault_paths::keyringPath(directory));
    const bool hasDatabase = database.exists() || database.isSymLink();
    const bool hasKeyring = keyring.exists() || keyring.isSymLink();
    if (hasDatabase && !hasKeyring)
        return FolderState::DatabaseWithoutKeyring;
    return hasDatabase || hasKeyring ? FolderState::Vault : FolderState::Empty;
}

QString normaliseLogin(const QString& login)
{
    return login.trimmed().toLower();
}

QStringList personalWords(const QString& login, const QString& displayName)
{
    QStringList words{ normaliseLogin(login) };
    words += displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}

QString weakCostWarning(const KdfParams& cost)
{
    if (!cost.isWeak())
        return {};
    const KdfParams sound = KdfParams::interactiveDefault();
    return Text::tr("This vault turns passphrases into keys at a low cost (%1 passes, %2 MiB; the default is "
                    "%3 passes, %4 MiB), fit for tests and benchmarks only. Every key slot made for it (new accounts, "
                    "new passphrases, a new recovery key) has that cost, and anyone with a copy of keyring.json can "
                    "try passphrases against it quickly. For real records, create a vault with the default cost.")
        .arg(cost.opsLimit)
        .arg(cost.memLimitBytes / (1024 * 1024))
        .arg(sound.opsLimit)
        .arg(sound.memLimitBytes / (1024 * 1024));
}

Result<void> checkFolderIsFree(const QString& directory)
{
    switch (inspect(directory)) {
    case FolderState::Vault:
        return makeError(ErrorCode::InvalidInput, Text::tr("A vault already exists in %1.").arg(directory));
    case FolderState::DatabaseWithoutKeyring:
        return makeError(ErrorCode::InvalidInput, orphanDatabaseMessage(directory));
    case FolderState::Empty:
        break;
    }
    return {};
}

bool existsAt(const QString& directory)
{
    return inspect(directory) != FolderState::Empty;
}

Result<void> validateLogin(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!pattern.match(login).hasMatch()) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A login is 2 to %1 characters: lower-case letters, digits, '.', '_' and '-', starting "
                     "with a letter or digit.")
                .arg(LoginMaxLength));
    }
    return {};
}

Result<void> validateDisplayName(const QString& displayName)
{
    const QString trimmed = displayName.trimmed();
    const bool control = std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (trimmed.isEmpty() || trimmed.size() > DisplayNameMaxLength || control) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A display name is 1 to %1 characters on one line.").arg(DisplayNameMaxLength));
    }
    return {};
}

namespace {

struct NewVault
{
    const NewVaultRequest& request;
    Keyring keyring;
    VaultKeys keys;
    KeySlot adminSlot;
    SlotSecrets adminSecrets;
    KeySlot recoverySlot;
    SlotSecrets recoverySecrets;
};

// The first rows of a new vault, in one transaction: its id, the administrator's account, the signed membership,
// the first audit rows (signed by the administrator's key), both slots' witnesses and the keyring's record.
Result<QByteArray> populateNewDatabase(Database& database, NewVault& vault, const Clock& clock)
{
    QByteArray keyringBytes;
    auto populated = database.transaction([&]() -> Result<void> {
        SettingsRepository meta(database, SettingsRepository::Table::Meta);
        if (auto set = meta.set(QLatin1String(VaultIdKey), vault.keyring.vaultId()); !set)
            return set;
        if (auto set = meta.set(QLatin1String(CreatedAtKey), clock.nowUtc().toString(Qt::ISODateWithMs)); !set)
            return set;
        UserRecord admin;
        admin.login = vault.request.adminLogin;
        admin.displayName = vault.request.adminDisplayName;
        admin.role = Role::Administrator;
        admin.slotId = vault.adminSlot.id;
        admin.createdAt = clock.nowUtc();
        auto userId = UserRepository(database).insert(admin);
        if (!userId)
            return userId.error();
        // The program starts with one site, which its first administrator works (SiteService).
        if (auto sited = SiteRepository(database).assign(admin.login, { Site::First }); !sited)
            return sited;
        AuditLog audit(database, clock, vault.keyring.vaultId(), &vault.adminSecrets.signing);
        if (auto logged = audit.append(admin.login, QStringLiteral("vault.created"), QStringLiteral("vault")); !logged)
            return logged.error();
        auto added = audit.append(admin.login, QStringLiteral("user.added"), QStringLiteral("user"), *userId);
        if (!added)
            return added.error();

        Membership membership;
        membership.vaultId = vault.keyring.vaultId();
        membership.serial = 1;
        membership.slotCost = vault.request.kdf;
        membership.users.append(
            Member{ *userId,
                    admin.login,
                    Role::Administrator,
                    MemberState::Active,
                    vault.adminSlot.id,
                    { SlotRoot{ vault.adminSlot.id, vault.adminSlot.publicKey, vault.adminSlot.signingKey, 0 } } });
        membership.recoverySlot = vault.recoverySlot.id;
        membership.recoverySlots.append(
            SlotRoot{ vault.recoverySlot.id, vault.recoverySlot.publicKey, vault.recoverySlot.signingKey, 0 });
        if (auto saved = membership_store::save(database, membership, *vault.keys.authority, 0); !saved)
            return saved;

        auto head = AuditRepository(database).last();
        if (!head)
            return head.error();
        vault.keyring.signWitness(vault.adminSlot, vault.adminSecrets.signing, 0, 1, (*head)->id, (*head)->hash);
        vault.keyring.signWitness(vault.recoverySlot, vault.recoverySecrets.signing, 0, 1, 0, {});
        vault.keyring.insertSlot(vault.adminSlot);
        vault.keyring.insertSlot(vault.recoverySlot);
        keyringBytes = vault.keyring.toJson();
        return keyring_record::record(database, {}, keyringBytes);
    });
    if (!populated)
        return populated.error();
    return keyringBytes;
}

} // namespace

Result<CreatedVault> create(NewVaultRequest request, const Clock& clock)
{
    request.adminLogin = vault::normaliseLogin(request.adminLogin);
    request.adminDisplayName = request.adminDisplayName.trimmed();
    if (auto valid = validateLogin(request.adminLogin); !valid)
        return valid.error();
    if (auto valid = validateDisplayName(request.adminDisplayName); !valid)
        return valid.error();
    if (auto valid = request.kdf.validate(); !valid)
        return valid.error();
    auto secret = passphrase_policy::normalise(request.adminPassphrase);
    if (!secret)
        return secret.error();
    if (auto strong
        = vault::checkPassphraseStrength(*secret, vault::personalWords(request.adminLogin, request.adminDisplayName));
        !strong)
        return strong.error();

    const QString directory = QDir::cleanPath(QDir(request.directory).absolutePath());
    if (auto free = checkFolderIsFree(directory); !free)
        return free.error();

    // A new folder is built beside its final place and renamed into it in one step, so a crash leaves either
    // a whole vault or nothing. An existing folder gets the database first and keyring.json last.
    std::optional<QTemporaryDir> staging;
    QString buildIn = directory;
    const QString parent = QFileInfo(directory).absolutePath();
    if (!QFileInfo::exists(directory)) {
        if (!QDir().mkpath(parent))
            return makeError(ErrorCode::Io, Text::tr("Cannot create the folder %1.").arg(parent));
        staging.emplace(QDir(parent).filePath(QStringLiteral(".peerdesk-new-vault-XXXXXX")));
        if (!staging->isValid())
            return makeError(ErrorCode::Io, Text::tr("Cannot create a folder in %1.").arg(parent));
        buildIn = staging->path();
    }
    auto fail = [&](const Error& error) -> Result<CreatedVault> {
        if (!staging)
            removeVaultFiles(directory); // the staging folder removes itself
        return error;
    };

    NewVault vault{ request, Keyring(), {}, {}, {}, {}, {} };
    vault.keys.data = SecureBuffer::random(Keyring::DataKeyBytes);
    vault.keys.identity = SecureBuffer::random(CellCipher::KeyBytes);
    vault.keys.authority = SigningKey::generate();
    vault.keyring.establish(*vault.keys.authority, vault.keys.data, *vault.keys.identity);
    if (request.adminSlotSalt.isEmpty()) {
        auto adminSlot = Keyring::makeSlot(vault.keyring.vaultId(), {}, KeySlot::Kind::Passphrase, request.adminLogin,
                                           *secret, request.kdf, vault.adminSecrets);
        if (!adminSlot)
            return adminSlot.error();
        vault.adminSlot = std::move(*adminSlot);
    } else {
        vault.adminSlot
            = Keyring::makeSlotWithKey(vault.keyring.vaultId(), {}, KeySlot::Kind::Passphrase, request.adminLogin,
                                       request.adminSlotKey, request.kdf, request.adminSlotSalt, vault.adminSecrets);
    }
    Keyring::seal(vault.adminSlot, vault.keys, Membership::grantsForRole(Role::Administrator));
    CreatedVault created{ recovery_key::generate(), request.kdf.isWeak(), std::nullopt };
    auto recoverySecret = recovery_key::normalise(created.recoveryKey);
    if (!recoverySecret)
        return recoverySecret.error();
    auto recoverySlot = Keyring::makeSlot(vault.keyring.vaultId(), {}, KeySlot::Kind::Recovery, {}, *recoverySecret,
                                          request.kdf, vault.recoverySecrets);
    if (!recoverySlot)
        return recoverySlot.error();
    vault.recoverySlot = std::move(*recoverySlot);
    Keyring::seal(vault.recoverySlot, vault.keys, Grants{ true, true });

    const QString databasePath = vault_paths::databasePath(buildIn);
    QByteArray keyringBytes;
    {
        auto database = createDatabase(databasePath, vault.keys, vault.keyring.vaultId(), request.kdf);
        if (!database)
            return fail(database.error());
        auto populated = populateNewDatabase(**database, vault, clock);
        (*database)->close();
        if (!populated)
            return fail(populated.error());
        keyringBytes = std::move(*populated);
    }
    if (auto saved = keyring_file::saveBytes(keyringBytes, vault_paths::keyringPath(buildIn)); !saved)
        return fail(saved.error());
    if (staging) {
        if (::rename(QFile::encodeName(buildIn).constData(), QFile::encodeName(directory).constData()) != 0)
            return fail(makeError(ErrorCode::Io, Text::tr("Cannot move the new vault into %1.").arg(directory)));
        staging->setAutoRemove(false);
        keyring_file::syncDirectory(parent);
    }
    // The administrator's keys, as an unlock with their passphrase would give them, from the keyring just saved
    // (were it somehow unreadable, the vault still exists and the ordinary unlock says what is wrong).
    auto savedKeyring = Keyring::fromJson(keyringBytes);
    if (!savedKeyring)
        return created;
    UnlockedKey adminKey;
    adminKey.directory = directory;
    adminKey.login = request.adminLogin;
    adminKey.slotId = vault.adminSlot.id;
    adminKey.keyring = std::move(*savedKeyring);
    adminKey.keyringBytes = std::move(keyringBytes);
    adminKey.secrets = std::move(vault.adminSecrets);
    adminKey.keys = std::move(vault.keys);
    created.adminKey = std::move(adminKey);
    return created;
}

Result<UnlockedKey> unwrapWithPassphrase(const QString& directory, const QString& login, const SecureBuffer& passphrase)
{
    auto read = readKeyring(directory);
    if (!read)
        return read.error();
    auto& [bytes, keyring] = *read;
    auto secret = passphrase_policy::normalise(passphrase);
    if (!secret)
        return authenticationFailed();
    const QString normalisedLogin = vault::normaliseLogin(login);
    const auto slot = keyring.passphraseSlotFor(normalisedLogin);
    if (!slot) {
        // Spend the same time as a real attempt, so the delay does not tell which logins exist.
        // The same time, not more: a hostile keyring's first slot may ask for minutes of work.
        const KeySlot& any = keyring.slots().constFirst();
        const KdfParams usual = KdfParams::interactiveDefault();
        (void)kdf::deriveKey(*secret, any.salt,
                             KdfParams{ std::min(any.kdf.opsLimit, usual.opsLimit),
                                        std::min(any.kdf.memLimitBytes, usual.memLimitBytes) });
        return authenticationFailed();
    }
    return unwrapSlot(directory, std::move(keyring), std::move(bytes), *slot, *secret, normalisedLogin, false);
}

Result<UnlockedKey> unwrapWithRecoveryKey(const QString& directory, const QString& login, const QString& recoveryKey)
{
    auto read = readKeyring(directory);
    if (!read)
        return read.error();
    auto& [bytes, keyring] = *read;
    auto secret = recovery_key::normalise(recoveryKey);
    if (!secret)
        return secret.error();
    const auto slot = keyring.recoverySlot();
    if (!slot)
        return makeError(ErrorCode::Authentication, Text::tr("This vault has no recovery key."));
    auto key = unwrapSlot(directory, std::move(keyring), std::move(bytes), *slot, *secret, vault::normaliseLogin(login),
                          true);
    if (!key && key.error().code == ErrorCode::Authentication)
        return makeError(ErrorCode::Authentication, Text::tr("Wrong recovery key."));
    return key;
}

Result<std::unique_ptr<VaultSession>> open(UnlockedKey key, const Clock& clock, OpenOptions options)
{
    auto lock = VaultLock::acquire(key.directory);
    if (!lock)
        return lock.error();
    if (auto links = refuseLinks(key.directory); !links)
        return links.error();
    keyring_file::removeLeftoverTemporaries(vault_paths::keyringPath(key.directory));
    const QString databasePath = vault_paths::databasePath(key.directory);
    // Not migrated yet: an older vault is upgraded only by an administrator (vault_upgrade), and nobody else's unlock
    // may change it.
    auto database = Database::open(databasePath, copyOf(key.keys.data), Database::OpenMode::ExistingOnly, false);
    // A rotation interrupted after the new database was swapped in: the next key opens it.
    bool openedWithNextKey = false;
    if (!database && database.error().code == ErrorCode::Damaged && key.keys.dataNext) {
        auto withNext
            = Database::open(databasePath, copyOf(*key.keys.dataNext), Database::OpenMode::ExistingOnly, false);
        if (withNext) {
            database = std::move(withNext);
            openedWithNextKey = true;
        }
    }
    if (!database)
        return database.error();
    auto vaultId = SettingsRepository(**database, SettingsRepository::Table::Meta).get(QLatin1String(VaultIdKey));
    if (!vaultId)
        return vaultId.error();
    if (!*vaultId || **vaultId != key.keyring.vaultId())
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));

    // A vault from before the authority (keyring format 2): its first administrator's unlock upgrades it.
    bool rotateAfterUpgrade = false;
    if ((*database)->schemaVersion() < migrations::IdentityCellsVersion) {
        if (auto allowed = vault_upgrade::check(**database, key); !allowed)
            return allowed.error();
        if (auto migrated = migrations::apply(**database); !migrated)
            return migrated.error();
        auto upgraded = vault_upgrade::run(**database, key, openedWithNextKey, clock);
        if (!upgraded)
            return upgraded.error();
        if (auto migrated = migrations::apply(**database); !migrated)
            return migrated.error();
        rotateAfterUpgrade = *upgraded;
        openedWithNextKey = false;
    }

    std::unique_ptr<VaultSession> session(new VaultSession(key.directory, std::move(key.keys), std::move(key.secrets),
                                                           key.keyring, clock, std::move(*database)));
    session->m_lock = std::move(*lock);
    session->m_slotId = key.slotId;
    session->m_recovered = key.recovered;
    session->m_openedWithNext = openedWithNextKey;
    session->m_warnings = permissionWarnings(key.directory);
    if (auto signedIn = session->signIn(key, options.repairKeyring); !signedIn)
        return signedIn.error();
    // The steps after the identity cells need no key of their own; they are taken once the person is known to be
    // a member of the vault, by whoever unlocks it first.
    if (session->database().schemaVersion() < migrations::latestVersion())
        if (auto migrated = migrations::apply(session->database()); !migrated)
            return migrated.error();
    // After the schema steps, since the purge reads what they add.
    if (auto settled = session->settleAfterSignIn(); !settled)
        return settled.error();
    if (rotateAfterUpgrade) {
        // The format-2 vault was left in the middle of a rotation that had not swapped its database: the removed
        // person's old keyring still opens it, so the data key is replaced now.
        if (auto rotated = session->rotateDataKey(); !rotated)
            return rotated.error();
    }
    return session;
}

Result<std::unique_ptr<VaultSession>> openWorker(WorkerTicket ticket)
{
    if (ticket.keys.data.size() == 0 || !ticket.clock)
        return makeError(ErrorCode::Io, Text::tr("The vault is locked."));
    if (ticket.server) {
        // A second connection to the program server as the same person (their own login and password).
        ServerConnection connection = ticket.server->connection;
        connection.login = StaffLoginRepository::serverLogin(connection.database, ticket.user.login);
        auto database = Database::openServer(connection, ticket.serverPassword);
        if (!database)
            return database.error();
        std::unique_ptr<VaultSession> session(new VaultSession(QString(), std::move(ticket.keys),
                                                               std::move(ticket.secrets), std::move(ticket.keyring),
                                                               *ticket.clock, std::move(*database)));
        session->m_server = std::move(ticket.server);
        session->m_serverPassword = std::move(ticket.serverPassword);
        session->m_user = std::move(ticket.user);
        session->m_membership = std::move(ticket.membership);
        session->m_slotId = std::move(ticket.slotId);
        session->m_worker = true;
        return session;
    }
    auto lock = VaultLock::acquire(ticket.directory);
    if (!lock)
        return lock.error();
    auto database = Database::open(vault_paths::databasePath(ticket.directory), copyOf(ticket.keys.data),
                                   Database::OpenMode::ExistingOnly);
    if (!database)
        return database.error();
    std::unique_ptr<VaultSession> session(new VaultSession(ticket.directory, std::move(ticket.keys),
                                                           std::move(ticket.secrets), std::move(ticket.keyring),
                                                           *ticket.clock, std::move(*database)));
    session->m_user = std::move(ticket.user);
    session->m_membership = std::move(ticket.membership);
    session->m_slotId = std::move(ticket.slotId);
    session->m_recovered = ticket.recovered;
    session->m_worker = true;
    session->m_lock = std::move(*lock);
    return session;
}

} // namespace vault

} // namespace peerdesk
