#include "services/Vault.h"

#include "security/KeyringFile.h"
#include "security/PassphrasePolicy.h"
#include "security/RecoveryKey.h"
#include "services/AuditLog.h"
#include "services/Permissions.h"
#include "services/ProgramSettings.h"
#include "services/RetentionService.h"
#include "services/RosterCache.h"
#include "services/VaultLock.h"
#include "services/VaultPaths.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace peerdesk {

namespace {

constexpr auto VaultIdKey = "vault_id";
constexpr auto CreatedAtKey = "created_at";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

QString orphanDatabaseMessage(const QString& directory)
{
    return Text::tr("%1 holds peerdesk.db without keyring.json, left by an interrupted setup or a lost keyring. "
                    "Without the keyring nothing can open it: restore keyring.json from a backup, or move "
                    "peerdesk.db away to create a new vault.")
        .arg(directory);
}

// The database copied under the next key during a rotation, beside peerdesk.db until it replaces it.
QString rotationCopyPath(const QString& directory)
{
    return vault_paths::databasePath(directory) + QStringLiteral(".rekey");
}

Error authenticationFailed()
{
    return makeError(ErrorCode::Authentication, Text::tr("Unknown user or wrong passphrase."));
}

} // namespace

Result<void> vault::checkPassphraseStrength(const SecureBuffer& passphrase, const QStringList& weakWords)
{
    QString text = passphrase_policy::toText(passphrase);
    const PassphraseStrength strength = passphrase_policy::evaluate(text, weakWords);
    wipe(text);
    if (!strength.acceptable)
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase is too weak: %1").arg(strength.feedback));
    return {};
}

namespace {

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

Result<void> populateNewDatabase(Database& database, const Keyring& keyring, const NewVaultRequest& request,
                                 const QString& slotId, const Clock& clock)
{
    return database.transaction([&]() -> Result<void> {
        SettingsRepository meta(database, SettingsRepository::Table::Meta);
        if (auto done = meta.set(QLatin1String(VaultIdKey), keyring.vaultId()); !done)
            return done;
        if (auto done = meta.set(QLatin1String(CreatedAtKey), clock.nowUtc().toString(Qt::ISODateWithMs)); !done)
            return done;
        UserRecord admin;
        admin.login = request.adminLogin;
        admin.displayName = request.adminDisplayName;
        admin.role = Role::Administrator;
        admin.slotId = slotId;
        admin.createdAt = clock.nowUtc();
        auto userId = UserRepository(database).insert(admin);
        if (!userId)
            return userId.error();
        AuditLog audit(database, clock);
        if (auto logged = audit.append(admin.login, QStringLiteral("vault.created"), QStringLiteral("vault")); !logged)
            return logged.error();
        if (auto logged = audit.append(admin.login, QStringLiteral("user.added"), QStringLiteral("user"), *userId);
            !logged)
            return logged.error();
        return {};
    });
}

} // namespace

namespace vault {

FolderState inspect(const QString& directory)
{
    const bool database = QFileInfo::exists(vault_paths::databasePath(directory));
    const bool keyring = QFileInfo::exists(vault_paths::keyringPath(directory));
    if (database && !keyring)
        return FolderState::DatabaseWithoutKeyring;
    return database || keyring ? FolderState::Vault : FolderState::Empty;
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
    return QFileInfo::exists(vault_paths::databasePath(directory))
        || QFileInfo::exists(vault_paths::keyringPath(directory));
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
    if (trimmed.isEmpty() || trimmed.size() > DisplayNameMaxLength || trimmed.contains(QLatin1Char('\n'))) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A display name is 1 to %1 characters on one line.").arg(DisplayNameMaxLength));
    }
    return {};
}

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

    SecureBuffer dataKey = SecureBuffer::random(Keyring::DataKeyBytes);
    Keyring keyring;
    auto adminSlot = keyring.addPassphraseSlot(request.adminLogin, *secret, dataKey, request.kdf);
    if (!adminSlot)
        return adminSlot.error();
    CreatedVault created{ recovery_key::generate() };
    auto recoverySecret = recovery_key::normalise(created.recoveryKey);
    if (!recoverySecret)
        return recoverySecret.error();
    if (auto slot = keyring.addRecoverySlot(*recoverySecret, dataKey, request.kdf); !slot)
        return slot.error();

    const QString databasePath = vault_paths::databasePath(buildIn);
    {
        auto database = Database::open(databasePath, copyOf(dataKey), Database::OpenMode::CreateIfMissing);
        if (!database)
            return fail(database.error());
        restrictToOwner(databasePath);
        auto populated = populateNewDatabase(**database, keyring, request, *adminSlot, clock);
        (*database)->close();
        if (!populated)
            return fail(populated.error());
    }
    if (auto saved = keyring_file::save(keyring, vault_paths::keyringPath(buildIn)); !saved)
        return fail(saved.error());
    if (staging) {
        if (::rename(QFile::encodeName(buildIn).constData(), QFile::encodeName(directory).constData()) != 0)
            return fail(makeError(ErrorCode::Io, Text::tr("Cannot move the new vault into %1.").arg(directory)));
        staging->setAutoRemove(false);
        keyring_file::syncDirectory(parent);
    }
    return created;
}

Result<UnlockedKey> unwrapWithPassphrase(const QString& directory, const QString& login, const SecureBuffer& passphrase)
{
    auto keyring = keyring_file::load(vault_paths::keyringPath(directory));
    if (!keyring)
        return keyring.error();
    auto secret = passphrase_policy::normalise(passphrase);
    if (!secret)
        return authenticationFailed();
    const QString normalisedLogin = vault::normaliseLogin(login);
    const auto slot = keyring->passphraseSlotFor(normalisedLogin);
    if (!slot) {
        // Spend the same time as a real attempt, so the delay does not tell which logins exist.
        const KeySlot& any = keyring->slots().constFirst();
        (void)kdf::deriveKey(*secret, any.salt, any.kdf);
        return authenticationFailed();
    }
    auto keys = keyring->unwrapKeys(*slot, *secret);
    if (!keys)
        return keys.error();
    return UnlockedKey{ directory,
                        normalisedLogin,
                        slot->id,
                        std::move(keys->dataKey),
                        std::move(*keyring),
                        std::move(keys->nextDataKey) };
}

Result<UnlockedKey> unwrapWithRecoveryKey(const QString& directory, const QString& login, const QString& recoveryKey)
{
    auto keyring = keyring_file::load(vault_paths::keyringPath(directory));
    if (!keyring)
        return keyring.error();
    auto secret = recovery_key::normalise(recoveryKey);
    if (!secret)
        return secret.error();
    const auto slot = keyring->recoverySlot();
    if (!slot)
        return makeError(ErrorCode::Authentication, Text::tr("This vault has no recovery key."));
    auto keys = keyring->unwrapKeys(*slot, *secret);
    if (!keys) {
        if (keys.error().code != ErrorCode::Authentication)
            return keys.error();
        return makeError(ErrorCode::Authentication, Text::tr("Wrong recovery key."));
    }
    return UnlockedKey{ directory,           vault::normaliseLogin(login), QString(), std::move(keys->dataKey),
                        std::move(*keyring), std::move(keys->nextDataKey) };
}

Result<std::unique_ptr<VaultSession>> open(UnlockedKey key, const Clock& clock)
{
    auto lock = VaultLock::acquire(key.directory);
    if (!lock)
        return lock.error();
    const QString databasePath = vault_paths::databasePath(key.directory);
    auto database = Database::open(databasePath, copyOf(key.dataKey), Database::OpenMode::ExistingOnly);
    // A rotation interrupted after the new database was swapped in: the next key opens it.
    bool openedWithNextKey = false;
    if (!database && database.error().code == ErrorCode::Damaged && key.nextDataKey) {
        auto withNext = Database::open(databasePath, copyOf(*key.nextDataKey), Database::OpenMode::ExistingOnly);
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
    auto user = UserRepository(**database).findByLogin(key.login);
    if (!user)
        return user.error();
    // The login in keyring.json is not authenticated by the wrap; the users table says which slot is whose,
    // so renaming slots in keyring.json cannot sign one person in as another.
    if (!*user || !(*user)->active || (!key.slotId.isEmpty() && (*user)->slotId != key.slotId))
        return authenticationFailed();

    const bool recovered = key.slotId.isEmpty();
    std::optional<SecureBuffer> nextKey = std::move(key.nextDataKey);
    SecureBuffer openingKey = openedWithNextKey ? copyOf(*nextKey) : std::move(key.dataKey);
    std::unique_ptr<VaultSession> session(
        new VaultSession(key.directory, std::move(openingKey), std::move(key.keyring), clock, std::move(*database)));
    session->m_lock = std::move(*lock);
    const UserRecord& record = **user;
    session->m_user
        = CurrentUser{ record.id, record.login, record.displayName, record.role, record.mustChangePassphrase };
    if (session->m_keyring.rotating() && nextKey) {
        // Whoever unlocks next finishes an interrupted rotation, so a removed person's old keyring stops
        // working as soon as possible.
        auto finished = openedWithNextKey ? session->finishRotatedKeyring(std::move(*nextKey))
                                          : session->completeRotation(session->m_keyring, std::move(*nextKey));
        if (!finished)
            return finished.error();
    } else {
        QFile::remove(rotationCopyPath(key.directory)); // left by a rotation that never began its keyring
    }
    // The recovery key is the one secret shared by no one in particular: each use is on record.
    if (recovered) {
        if (auto logged = session->recordAudit(QStringLiteral("vault.recovery_key_used"), QStringLiteral("user"),
                                               session->m_user.id);
            !logged)
            return logged.error();
    }
    // Identity past its retention period goes at every unlock, whoever unlocks, before anyone can see it.
    if (auto purged = RetentionService(*session).purgeAtUnlock(); !purged)
        return purged.error();
    return session;
}

Result<std::unique_ptr<VaultSession>> openWorker(WorkerTicket ticket)
{
    if (ticket.dataKey.size() == 0 || !ticket.clock)
        return makeError(ErrorCode::Io, Text::tr("The vault is locked."));
    auto lock = VaultLock::acquire(ticket.directory);
    if (!lock)
        return lock.error();
    auto database = Database::open(vault_paths::databasePath(ticket.directory), copyOf(ticket.dataKey),
                                   Database::OpenMode::ExistingOnly);
    if (!database)
        return database.error();
    std::unique_ptr<VaultSession> session(new VaultSession(
        ticket.directory, std::move(ticket.dataKey), std::move(ticket.keyring), *ticket.clock, std::move(*database)));
    session->m_user = std::move(ticket.user);
    session->m_lock = std::move(*lock);
    return session;
}

} // namespace vault

VaultSession::VaultSession(QString directory, SecureBuffer dataKey, Keyring keyring, const Clock& clock,
                           std::unique_ptr<Database> database)
    : m_directory(std::move(directory))
    , m_dataKey(std::move(dataKey))
    , m_keyring(std::move(keyring))
    , m_clock(clock)
    , m_database(std::move(database))
    , m_audit(std::make_unique<AuditLog>(*m_database, m_clock))
    , m_roster(std::make_unique<RosterCache>())
{
}

WorkerTicket VaultSession::workerTicket() const
{
    return WorkerTicket{ m_directory, copyOf(m_dataKey), m_keyring, m_user, &m_clock };
}

VaultSession::~VaultSession()
{
    close();
}

void VaultSession::close()
{
    if (m_database)
        m_database->close();
    m_roster->clear();
    m_dataKey.clear();
    m_lock.reset();
}

Result<void> VaultSession::changePassphrase(const SecureBuffer& newPassphrase)
{
    auto secret = passphrase_policy::normalise(newPassphrase);
    if (!secret)
        return secret.error();
    if (auto strong = vault::checkPassphraseStrength(*secret, vault::personalWords(m_user.login, m_user.displayName));
        !strong)
        return strong;
    // Argon2id runs on a copy, before any lock is taken.
    Keyring scratch = m_keyring;
    const auto slot = scratch.passphraseSlotFor(m_user.login);
    if (!slot)
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json has no key slot for %1.").arg(m_user.login));
    if (auto rewrapped = scratch.rewrapSlot(slot->id, *secret, m_dataKey); !rewrapped)
        return rewrapped;
    const KeySlot newSlot = *scratch.passphraseSlotFor(m_user.login);

    auto changed = updateKeyring(
        [&](Keyring& keyring) -> Result<void> {
            if (!keyring.replaceSlot(newSlot))
                return makeError(ErrorCode::Damaged,
                                 Text::tr("keyring.json has no key slot for %1.").arg(m_user.login));
            return {};
        },
        [&]() -> Result<void> {
            if (auto logged = m_audit->append(m_user.login, QStringLiteral("user.passphrase_changed"),
                                              QStringLiteral("user"), m_user.id);
                !logged)
                return logged.error();
            if (auto cleared = m_database->exec(
                    QStringLiteral("UPDATE users SET must_change_passphrase = 0 WHERE id = ?"), { m_user.id });
                !cleared)
                return cleared.error();
            return {};
        });
    if (!changed)
        return changed;
    m_user.mustChangePassphrase = false;
    return {};
}

Result<void> VaultSession::updateKeyring(const std::function<Result<void>(Keyring&)>& edit,
                                         const std::function<Result<void>()>& databaseWork)
{
    const QString keyringPath = vault_paths::keyringPath(m_directory);
    std::optional<Keyring> previous;
    std::optional<Keyring> next;
    // BEGIN IMMEDIATE serialises writers; the keyring is re-read under it, so what is on disk is what changes.
    // The new keyring is written last, just before COMMIT.
    auto changed = m_database->transaction([&]() -> Result<void> {
        auto current = keyring_file::load(keyringPath);
        if (!current)
            return current.error();
        if (current->vaultId() != m_keyring.vaultId())
            return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));
        Keyring updated = *current;
        if (auto edited = edit(updated); !edited)
            return edited;
        if (auto done = databaseWork(); !done)
            return done;
        if (auto saved = keyring_file::save(updated, keyringPath); !saved)
            return saved;
        previous = std::move(*current);
        next = std::move(updated);
        return {};
    });
    if (!changed) {
        // The new keyring is on disk but the database change did not commit: put the old keyring back, so
        // what the user is told matches what opens the vault.
        if (previous && !keyring_file::save(*previous, keyringPath)) {
            return makeError(ErrorCode::Io,
                             Text::tr("The key change is in effect, but it could not be recorded in the vault: %1")
                                 .arg(changed.error().message));
        }
        return changed;
    }
    m_keyring = std::move(*next);
    return {};
}

Result<QString> VaultSession::regenerateRecoveryKey()
{
    if (auto allowed = requireAdministration(*this); !allowed)
        return allowed.error();
    QString recoveryKey = recovery_key::generate();
    auto secret = recovery_key::normalise(recoveryKey);
    if (!secret)
        return secret.error();
    // Argon2id on a scratch keyring first, at the cost the old recovery slot had.
    const auto old = m_keyring.recoverySlot();
    const auto own = m_keyring.passphraseSlotFor(m_user.login);
    const KdfParams cost = old ? old->kdf : own ? own->kdf : KdfParams::interactiveDefault();
    Keyring scratch(m_keyring.vaultId());
    if (auto added = scratch.addRecoverySlot(*secret, m_dataKey, cost); !added)
        return added.error();
    const KeySlot slot = *scratch.recoverySlot();
    auto changed = updateKeyring(
        [&](Keyring& keyring) -> Result<void> {
            if (const auto previous = keyring.recoverySlot())
                keyring.removeSlot(previous->id);
            if (!keyring.insertSlot(slot))
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("A key rotation is under way; try again when it is done."));
            return {};
        },
        [&] { return recordAudit(QStringLiteral("vault.recovery_key_regenerated"), QStringLiteral("vault")); });
    if (!changed) {
        wipe(recoveryKey);
        return changed.error();
    }
    return recoveryKey;
}

Result<void> VaultSession::reloadAccount()
{
    auto keyring = keyring_file::load(vault_paths::keyringPath(m_directory));
    if (!keyring)
        return keyring.error();
    if (keyring->vaultId() != m_keyring.vaultId())
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));
    auto user = UserRepository(*m_database).findByLogin(m_user.login);
    if (!user)
        return user.error();
    if (!*user || !(*user)->active)
        return authenticationFailed();
    m_keyring = std::move(*keyring);
    m_user = CurrentUser{ (*user)->id, (*user)->login, (*user)->displayName, (*user)->role,
                          (*user)->mustChangePassphrase };
    return {};
}

Result<KeySlot> VaultSession::makePassphraseSlot(const QString& login, const SecureBuffer& secret) const
{
    const auto own = m_keyring.passphraseSlotFor(m_user.login);
    Keyring scratch(m_keyring.vaultId());
    auto id = scratch.addPassphraseSlot(login, secret, m_dataKey, own ? own->kdf : KdfParams::interactiveDefault());
    if (!id)
        return id.error();
    return *scratch.passphraseSlotFor(login);
}

Result<void> VaultSession::rotateDataKey(const std::function<Result<void>(Keyring&)>& editKeyring)
{
    if (auto allowed = requireAdministration(*this); !allowed)
        return allowed;
    const QString keyringPath = vault_paths::keyringPath(m_directory);
    auto current = keyring_file::load(keyringPath);
    if (!current)
        return current.error();
    if (current->vaultId() != m_keyring.vaultId())
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));
    Keyring updated = std::move(*current);
    if (editKeyring) {
        if (auto edited = editKeyring(updated); !edited)
            return edited;
    }
    SecureBuffer nextKey = SecureBuffer::random(Keyring::DataKeyBytes);
    if (auto sealed = updated.beginRotation(nextKey); !sealed)
        return sealed;
    // The audit row goes into the database about to be copied, so it is in the new one whatever happens next.
    if (auto logged = recordAudit(QStringLiteral("vault.key_rotated"), QStringLiteral("vault")); !logged)
        return logged;
    // From here every step leaves a vault that opens: this keyring holds the old key and the new one.
    if (auto saved = keyring_file::save(updated, keyringPath); !saved)
        return saved;
    return completeRotation(std::move(updated), std::move(nextKey));
}

Result<void> VaultSession::completeRotation(Keyring keyring, SecureBuffer nextKey)
{
    m_keyring = std::move(keyring);
    const QString databasePath = vault_paths::databasePath(m_directory);
    const QString copyPath = rotationCopyPath(m_directory);
    QFile::remove(copyPath);
    QFile::remove(copyPath + QStringLiteral("-journal"));
    if (auto checkpointed = m_database->checkpoint(); !checkpointed)
        return checkpointed;
    if (auto copied = m_database->exportCopy(copyPath, nextKey); !copied)
        return copied;
    restrictToOwner(copyPath);
    // Closing folds the WAL away, so no log of the old file can be replayed into the new one.
    m_database->close();
    if (::rename(QFile::encodeName(copyPath).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        QFile::remove(copyPath);
        auto reopened = Database::open(databasePath, copyOf(m_dataKey), Database::OpenMode::ExistingOnly);
        if (reopened) {
            m_database = std::move(*reopened);
            m_audit = std::make_unique<AuditLog>(*m_database, m_clock);
        }
        return makeError(ErrorCode::Io, Text::tr("Cannot replace peerdesk.db in %1.").arg(m_directory));
    }
    keyring_file::syncDirectory(m_directory);
    auto reopened = Database::open(databasePath, copyOf(nextKey), Database::OpenMode::ExistingOnly);
    if (!reopened)
        return reopened.error();
    m_database = std::move(*reopened);
    m_audit = std::make_unique<AuditLog>(*m_database, m_clock);
    m_dataKey = copyOf(nextKey);
    return finishRotatedKeyring(std::move(nextKey));
}

Result<void> VaultSession::finishRotatedKeyring(SecureBuffer nextKey)
{
    Keyring finished = m_keyring;
    finished.finishRotation();
    if (auto saved = keyring_file::save(finished, vault_paths::keyringPath(m_directory)); !saved)
        return saved;
    m_keyring = std::move(finished);
    m_dataKey = std::move(nextKey);
    QFile::remove(rotationCopyPath(m_directory));
    return {};
}

Result<VerifyReport> VaultSession::verify()
{
    VerifyReport report;
    auto collect = [&](const QString& pragma, const QString& okValue, const QString& label) -> Result<void> {
        auto query = m_database->exec(pragma);
        if (!query)
            return query.error();
        while (query->next()) {
            const QString row = query->value(0).toString();
            if (row != okValue)
                report.problems.append(label.arg(row));
        }
        return {};
    };
    if (auto done = collect(QStringLiteral("PRAGMA cipher_integrity_check"), QString(),
                            Text::tr("Encrypted page check failed: %1"));
        !done)
        return done.error();
    if (auto done
        = collect(QStringLiteral("PRAGMA integrity_check"), QStringLiteral("ok"), Text::tr("Database integrity: %1"));
        !done)
        return done.error();
    if (auto done = collect(QStringLiteral("PRAGMA foreign_key_check"), QString(),
                            Text::tr("A reference is broken in table %1."));
        !done)
        return done.error();
    auto audit = m_audit->verify();
    if (!audit)
        return audit.error();
    report.auditRows = audit->rows;
    report.problems += audit->problems;
    report.ok = report.problems.isEmpty();
    return report;
}

Result<void> VaultSession::recordAudit(const QString& action, const QString& entityType, std::optional<qint64> entityId)
{
    auto appended = m_audit->append(m_user.login, action, entityType, entityId);
    if (!appended)
        return appended.error();
    return {};
}

int VaultSession::autoLockMinutes() const
{
    // ProgramSettings reads a missing or out-of-range value as the default.
    auto minutes = ProgramSettings(*m_database).integer(QLatin1String(ProgramSettings::AutoLockMinutes));
    return minutes ? *minutes
                   : ProgramSettings::definition(QLatin1String(ProgramSettings::AutoLockMinutes))->defaultValue.toInt();
}

} // namespace peerdesk
