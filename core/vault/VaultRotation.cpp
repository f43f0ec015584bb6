#include "core/security/CellCipher.h"
#include "core/security/KeyringFile.h"
#include "core/services/AuditLog.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RetentionService.h"
#include "core/services/RosterCache.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StaffKeyRepository.h"
#include "core/storage/UserRepository.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/VaultInternal.h"
#include "core/vault/VaultLock.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

// VaultSession's rotation of the data key, crash-safe step by step (docs/security.md, "Rotating the data key").
namespace peerdesk {

using namespace vault_detail;

namespace {

// Gives lupdate and QCoreApplication::translate one context for the vault's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

} // namespace

Result<void> VaultSession::rotateDataKey(const std::function<Result<void>(Keyring&)>& editKeyring)
{
    if (auto allowed = requireAdministration(*this); !allowed)
        return allowed;
    if (!m_keys.authority)
        return makeError(ErrorCode::NotPermitted, Text::tr("Only an administrator's key can change the data key."));
    if (onServer()) {
        // The server's database has no data key of PeerDesk's (the server encrypts its disks, or not): what a removed
        // person's copy of their slot still opens is the identity key, which changes online instead.
        auto changed = rotateIdentityKey(editKeyring);
        if (!changed)
            return changed.error();
        return {};
    }
    SecureBuffer nextKey = SecureBuffer::random(Keyring::DataKeyBytes);
    SigningKey nextAuthority = SigningKey::generate();
    // The new keys go only to slots the signed membership gives: a slot added or renamed in keyring.json is
    // refused, never sealed to.
    std::optional<Keyring> rotating;
    auto begun = m_database->transaction([&]() -> Result<void> {
        auto current = keyring_record::reconcile(*m_database, vault_paths::keyringPath(m_directory));
        if (!current)
            return current.error();
        auto membership = loadMembership(current->keyring);
        if (!membership)
            return membership.error();
        Keyring updated = current->keyring;
        if (auto ready = prepareKeyringForNewKeys(updated, *membership, editKeyring); !ready)
            return ready;
        if (auto sealed = updated.beginRotation(m_keys, nextKey, nextAuthority); !sealed)
            return sealed;
        // The audit row goes into the database about to be copied, so it is in the new one whatever happens next.
        if (auto recorded
            = recordNewKeys(QStringLiteral("vault.key_rotated"), *membership, nextAuthority, updated, current->bytes);
            !recorded)
            return recorded;
        rotating = std::move(updated);
        return {};
    });
    if (!begun) {
        Error error = begun.error();
        if (error.code == ErrorCode::Io)
            error.message = Text::tr("The data key was not changed (%1). The vault opens as before; make room on the "
                                     "disk and try again.")
                                .arg(error.message);
        return error;
    }
    // From here every step leaves a vault that opens: the keyring holds the old keys and the new ones.
    m_keyring = std::move(*rotating);
    m_keys.dataNext = std::move(nextKey);
    m_keys.authorityNext = std::move(nextAuthority);
    if (auto membership = loadMembership(m_keyring))
        m_membership = std::move(*membership);
    PEERDESK_STOP_ROTATION_AFTER(vault::RotationStep::Recorded)
    auto done = keyring_file::save(m_keyring, vault_paths::keyringPath(m_directory));
    if (done) {
        PEERDESK_STOP_ROTATION_AFTER(vault::RotationStep::KeyringWritten)
        done = completeRotation();
    }
    if (!done && done.error().code == ErrorCode::Io) {
        Error error = done.error();
        error.message = Text::tr("The new data key is not in place yet (%1). The vault still opens, and the change "
                                 "is finished at an administrator's next unlock once the disk has room.")
                            .arg(error.message);
        return error;
    }
    return done;
}

Result<void> VaultSession::prepareKeyringForNewKeys(Keyring& keyring, const Membership& membership,
                                                    const std::function<Result<void>(Keyring&)>& editKeyring)
{
    auto problems = membershipProblems(keyring, membership);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return keyringMismatch(*problems);
    return editKeyring ? editKeyring(keyring) : Result<void>();
}

Result<void> VaultSession::recordNewKeys(const QString& action, Membership membership, const SigningKey& nextAuthority,
                                         const Keyring& updated, const QByteArray& previousKeyring)
{
    if (auto logged = recordAudit(action, QStringLiteral("vault")); !logged)
        return logged;
    membership.serial += 1;
    if (auto saved = membership_store::save(*m_database, membership, nextAuthority,
                                            static_cast<int>(updated.authorityChain().size()) - 1);
        !saved)
        return saved;
    return keyring_record::record(*m_database, previousKeyring, updated.toJson());
}

Result<void> VaultSession::completeRotation()
{
    const QString databasePath = vault_paths::databasePath(m_directory);
    const QString copyPath = rotationCopyPath(m_directory);
    QFile::remove(copyPath);
    QFile::remove(copyPath + QStringLiteral("-journal"));
    if (auto checkpointed = m_database->checkpoint(); !checkpointed)
        return checkpointed;
    if (auto copied = m_database->exportCopy(copyPath, *m_keys.dataNext); !copied)
        return copied;
    restrictToOwner(copyPath);
    PEERDESK_STOP_ROTATION_AFTER(vault::RotationStep::Copied)
    // Closing folds the WAL away, so no log of the old file can be replayed into the new one.
    m_database->close();
    if (::rename(QFile::encodeName(copyPath).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        QFile::remove(copyPath);
        auto reopened = Database::open(databasePath, copyOf(m_keys.data), Database::OpenMode::ExistingOnly);
        if (reopened)
            attachDatabase(std::move(*reopened));
        return makeError(ErrorCode::Io, Text::tr("Cannot replace peerdesk.db in %1.").arg(m_directory));
    }
    keyring_file::syncDirectory(m_directory);
    auto reopened = Database::open(databasePath, copyOf(*m_keys.dataNext), Database::OpenMode::ExistingOnly);
    if (!reopened)
        return reopened.error();
    attachDatabase(std::move(*reopened));
    m_openedWithNext = true;
    PEERDESK_STOP_ROTATION_AFTER(vault::RotationStep::Swapped)
    return finishRotatedKeyring();
}

Result<void> VaultSession::finishRotatedKeyring()
{
    // The statement that names only the new data key was signed when the rotation began: nobody needs the
    // authority key to finish it.
    auto finished = updateKeyring(
        [](Keyring& keyring) -> Result<void> {
            keyring.finishRotation();
            return {};
        },
        {});
    if (!finished && finished.error().code != ErrorCode::Io)
        return finished;
    m_keys.data = std::move(*m_keys.dataNext);
    m_keys.dataNext.reset();
    if (m_keys.authorityNext) {
        m_keys.authority = std::move(m_keys.authorityNext);
        m_keys.authorityNext.reset();
    }
    m_openedWithNext = false;
    QFile::remove(rotationCopyPath(m_directory));
    return finished;
}

} // namespace peerdesk
