#include "core/security/CellCipher.h"
#include "core/security/KeyringFile.h"
#include "core/security/PassphrasePolicy.h"
#include "core/security/RecoveryKey.h"
#include "core/security/ScramVerifier.h"
#include "core/services/AuditLog.h"
#include "core/services/MatchCards.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RetentionService.h"
#include "core/services/RosterCache.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StaffKeyRepository.h"
#include "core/storage/StaffLoginRepository.h"
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

#include <algorithm>
#include <cstdio>
#include <optional>

// VaultSession's changes to the keyring and the membership: repair, accounts' slots, passphrases, the recovery key.
namespace peerdesk {

using namespace vault_detail;

namespace {

// Gives lupdate and QCoreApplication::translate one context for the vault's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

// The signed-in person's slot replaced by its successor (the same id), in the keyring being written.
Result<void> replaceSlotOf(Keyring& keyring, const KeySlot& slot, const QString& login)
{
    if (!keyring.replaceSlot(slot))
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json has no key slot for %1.").arg(login));
    return {};
}

} // namespace

Result<void> VaultSession::repairKeyring(const Keyring& onDisk)
{
    if (onServer())
        return makeError(ErrorCode::Usage, Text::tr("A program server has no keyring.json to repair."));
    const Member* me = nullptr;
    for (const Member& member : m_membership.users) {
        if (member.slotId == m_slotId && member.state == MemberState::Active)
            me = &member;
    }
    if (!me || me->role != Role::Administrator || !m_keys.authority || m_recovered) {
        return makeError(ErrorCode::NotPermitted,
                         Text::tr("Only an administrator, with their own passphrase, can repair keyring.json."));
    }
    if (onDisk.rotating())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A key rotation is under way: unlock once without repairing to finish it."));
    // Candidates: the slots of keyring.json and of the keyring the database recorded.
    QList<KeySlot> candidates = onDisk.slots();
    SettingsRepository meta(*m_database, SettingsRepository::Table::Meta);
    if (auto recorded = meta.get(QStringLiteral("keyring")); recorded && *recorded) {
        if (auto keyring = Keyring::fromJson((*recorded)->toUtf8()); keyring && keyring->vaultId() == vaultId())
            candidates += keyring->slots();
    }
    auto successions = StaffKeyRepository(*m_database).all();
    if (!successions)
        return successions.error();
    QStringList ignored;
    const KeyDirectory directory = KeyDirectory::build(vaultId(), m_membership, *successions, ignored);
    // A slot is kept when it is what the membership gives its account: its id, login and keys, its owner's witness.
    const auto valid = [&](const KeySlot& slot, const QString& slotId, const QString& login, KeySlot::Kind kind) {
        const auto keys = directory.current(slotId);
        return slot.id == slotId && slot.kind == kind && slot.user == login && keys && keys->boxKey == slot.publicKey
            && keys->signingKey == slot.signingKey && (slot.legacy() || onDisk.verifyWitness(slot));
    };
    const auto pick = [&](const QString& slotId, const QString& login, KeySlot::Kind kind) -> std::optional<KeySlot> {
        for (const KeySlot& slot : std::as_const(candidates)) {
            if (valid(slot, slotId, login, kind))
                return slot;
        }
        return std::nullopt;
    };
    Keyring repaired = onDisk.withoutSlots();
    QList<qint64> slotless;
    for (const Member& member : m_membership.users) {
        if (member.state != MemberState::Active)
            continue;
        auto slot = pick(member.slotId, member.login, KeySlot::Kind::Passphrase);
        if (!slot) {
            slotless.append(member.id);
            continue;
        }
        Keyring::seal(*slot, m_keys, Membership::grantsForRole(member.role));
        repaired.insertSlot(*slot);
    }
    bool recoveryLost = false;
    if (!m_membership.recoverySlot.isEmpty()) {
        if (auto slot = pick(m_membership.recoverySlot, QString(), KeySlot::Kind::Recovery)) {
            Keyring::seal(*slot, m_keys, Grants{ true, true });
            repaired.insertSlot(*slot);
        } else {
            recoveryLost = true;
        }
    }
    if (!repaired.slot(m_slotId))
        return makeError(ErrorCode::Damaged, Text::tr("Your own key slot does not match the vault's accounts."));
    QStringList report;
    for (const KeySlot& slot : onDisk.slots()) {
        const auto kept = repaired.slot(slot.id);
        if (!kept || kept->publicKey != slot.publicKey) {
            report.append(slot.kind == KeySlot::Kind::Recovery
                              ? Text::tr("Removed a recovery slot the vault's accounts do not give.")
                              : Text::tr("Removed a key slot labelled \"%1\" that the vault's accounts do not give.")
                                    .arg(slot.user));
        } else if (kept->user != slot.user) {
            report.append(Text::tr("The key slot of \"%1\" was labelled \"%2\" in keyring.json; its label is put back.")
                              .arg(kept->user, slot.user));
        }
    }

    const SigningKey& authority = *m_keys.authority;
    const int authorityAt = authorityIndex();
    QByteArray nextBytes;
    const QStringList found = report;
    auto changed = m_database->transaction([&]() -> Result<void> {
        report = found; // a retried transaction starts again from what was found before it (Database::transaction)
        Membership updated = m_membership;
        for (const qint64 id : std::as_const(slotless)) {
            if (auto ended = UserRepository(*m_database).deactivate(id, QDateTime()); !ended)
                return ended;
            auto row = m_audit->append(m_user.login, QStringLiteral("user.deactivated"), QStringLiteral("user"), id);
            if (!row)
                return row.error();
            Member* member = updated.memberById(id);
            member->state = MemberState::Inactive;
            for (SlotRoot& root : member->slots) {
                if (root.slotId == member->slotId && root.until == 0)
                    root.until = *row;
            }
            report.append(Text::tr("No valid key slot was left for \"%1\": the account is deactivated; reactivate it "
                                   "with a new initial passphrase.")
                              .arg(member->login));
        }
        if (recoveryLost) {
            updated.recoverySlot.clear();
            report.append(Text::tr("No valid recovery slot was left: make a new recovery key."));
        }
        // The accounts table goes back to what the signed membership records: roles, states and slots edited
        // outside PeerDesk are undone, and accounts it does not know are taken out.
        UserRepository accounts(*m_database);
        auto users = accounts.list();
        if (!users)
            return users.error();
        for (const UserRecord& user : *users) {
            const Member* member = updated.memberById(user.id);
            if (!member) {
                auto removed = accounts.removeUnreferenced(user.id);
                if (!removed)
                    return removed.error();
                if (!*removed) {
                    if (auto ended = accounts.deactivate(user.id, m_clock.nowUtc()); !ended)
                        return ended;
                    updated.users.append(Member{ user.id,
                                                 user.login,
                                                 user.role,
                                                 MemberState::Removed,
                                                 user.slotId,
                                                 { SlotRoot{ user.slotId, {}, {}, 0 } } });
                }
                report.append(
                    Text::tr("Took out the account \"%1\", which the vault's accounts do not have.").arg(user.login));
                continue;
            }
            if (member->login != user.login || member->role != user.role || member->state != memberStateOf(user)
                || member->slotId != user.slotId) {
                if (member->login != user.login)
                    return makeError(ErrorCode::Damaged,
                                     Text::tr("Account %1 was renamed outside PeerDesk: restore the vault from a "
                                              "backup.")
                                         .arg(member->login));
                if (auto restored
                    = accounts.restore(user.id, member->role, member->state == MemberState::Active,
                                       member->state == MemberState::Removed, member->slotId, m_clock.nowUtc());
                    !restored)
                    return restored;
                report.append(Text::tr("Put back the role and state of \"%1\" as the vault's accounts record them.")
                                  .arg(member->login));
            }
        }
        if (auto logged = recordAudit(QStringLiteral("vault.keyring_repaired"), QStringLiteral("vault")); !logged)
            return logged;
        if (!slotless.isEmpty() || recoveryLost || updated.users.size() != m_membership.users.size()) {
            updated.serial += 1;
            if (auto saved = membership_store::save(*m_database, updated, authority, authorityAt); !saved)
                return saved;
        }
        auto current = keyring_file::readBytes(vault_paths::keyringPath(m_directory));
        nextBytes = repaired.toJson();
        return keyring_record::record(*m_database, current ? *current : QByteArray(), nextBytes);
    });
    if (!changed)
        return changed;
    if (auto saved = keyring_file::saveBytes(nextBytes, vault_paths::keyringPath(m_directory)); !saved)
        return saved;
    m_keyring = std::move(repaired);
    if (auto membership = loadMembership(m_keyring))
        m_membership = std::move(*membership);
    m_repairReport = report.isEmpty()
        ? QStringList{ Text::tr("keyring.json was written again from the vault's record.") }
        : report;
    return {};
}

Result<void> VaultSession::renewLegacySlot(PreparedSlot prepared)
{
    KeySlot slot = std::move(prepared.slot);
    Keyring::seal(slot, m_keys, m_membership.grantsFor(slot));
    m_keyring.signWitness(slot, prepared.secrets.signing, authorityIndex(), m_membership.serial, 0, {});
    const SlotSecrets previous = m_secrets.copy();
    m_secrets = prepared.secrets.copy(); // the audit row of the change is signed by the new key
    auto renewed
        = updateKeyring([&](Keyring& keyring) { return replaceSlotOf(keyring, slot, m_user.login); },
                        [&]() -> Result<void> {
                            auto since = AuditRepository(*m_database).nextId();
                            if (!since)
                                return since.error();
                            StaffKeyRecord record;
                            record.slotId = slot.id;
                            record.seq = 1;
                            record.boxKey = slot.publicKey;
                            record.signingKey = slot.signingKey;
                            record.endorser = QStringLiteral("legacy");
                            record.endorsement = prepared.secrets.signing.sign(KeyDirectory::successionMessage(
                                vaultId(), slot.id, 1, slot.publicKey, slot.signingKey, *since));
                            record.sinceAuditId = *since;
                            record.createdAt = m_clock.nowUtc();
                            if (auto inserted = StaffKeyRepository(*m_database).insert(record); !inserted)
                                return inserted;
                            return recordAudit(QStringLiteral("user.keys_renewed"), QStringLiteral("user"), m_user.id);
                        });
    if (!renewed)
        m_secrets = previous.copy();
    return renewed;
}

Result<void> VaultSession::updateKeyring(const std::function<Result<void>(Keyring&)>& edit,
                                         const std::function<Result<void>()>& databaseWork)
{
    const QString path = vault_paths::keyringPath(m_directory);
    std::optional<Keyring> next;
    QByteArray nextBytes;
    // BEGIN IMMEDIATE serialises writers; the keyring is re-read under it, so what is on disk is what changes. The
    // new keyring is recorded in the database in the same transaction and written to keyring.json after COMMIT.
    auto changed = m_database->transaction([&]() -> Result<void> {
        // On a program server BEGIN takes no lock: another person's change of the keyring waits for this one here.
        if (auto held = advisory_lock::holdForTransaction(*m_database, AdvisoryLock::Keyring); !held)
            return held;
        auto current = currentKeyring();
        if (!current)
            return current.error();
        if (current->keyring.vaultId() != m_keyring.vaultId())
            return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));
        if (onServer() && keysChangedSince(current->keyring)) {
            // Another administrator changed the program's keys while this session ran: a slot made from this
            // session's keys, or a membership signed with its authority key, would be the old keys'. The new ones are
            // read now; the person makes the change again.
            if (auto adopted = adoptCurrentKeys(*m_database); !adopted)
                return adopted;
            return makeError(ErrorCode::Conflict,
                             Text::tr("Another administrator changed the program's keys a moment ago, so nothing was "
                                      "saved. The new keys are read now: try again."));
        }
        Keyring updated = std::move(current->keyring);
        if (auto edited = edit(updated); !edited)
            return edited;
        if (databaseWork) {
            if (auto done = databaseWork(); !done)
                return done;
        }
        nextBytes = updated.toJson();
        // On a server, those who hold no identity key may change their own slot alone, and the server checks it.
        const bool ownSlotOnly = m_database->isServer() && !coordinates(m_user.role);
        if (auto recorded = ownSlotOnly ? keyring_record::recordOwnSlot(*m_database, nextBytes)
                                        : keyring_record::record(*m_database, current->bytes, nextBytes);
            !recorded)
            return recorded;
        next = std::move(updated);
        return {};
    });
    if (!changed)
        return changed;
    m_keyring = std::move(*next);
    if (onServer())
        return {}; // the record is the keyring
    if (auto saved = keyring_file::saveBytes(nextBytes, path); !saved) {
        return makeError(ErrorCode::Io,
                         Text::tr("The change is saved in peerdesk.db, but keyring.json could not be written (%1); the "
                                  "next unlock writes it.")
                             .arg(saved.error().message));
    }
    return {};
}

Result<void> VaultSession::changeMembership(const std::function<Result<void>(Keyring&, Membership&)>& change)
{
    const SigningKey* authority = m_keys.signingAuthority();
    if (!authority)
        return makeError(ErrorCode::NotPermitted,
                         Text::tr("Only an administrator's key can change the vault's accounts."));
    if (m_keyring.rotating())
        return makeError(ErrorCode::InvalidInput, Text::tr("A key rotation is under way; try again when it is done."));
    const int authorityAt = authorityIndex();
    auto changed = updateKeyring(
        [&](Keyring& keyring) -> Result<void> {
            auto current = loadMembership(keyring);
            if (!current)
                return current.error();
            Membership updated = *current;
            if (auto done = change(keyring, updated); !done)
                return done;
            if (auto logins = syncServerLogins(*current, updated); !logins)
                return logins;
            updated.serial = current->serial + 1;
            return membership_store::save(*m_database, updated, *authority, authorityAt);
        },
        {});
    // Whatever was committed is what the session goes on with.
    if (auto membership = loadMembership(m_keyring))
        m_membership = std::move(*membership);
    return changed;
}

Result<void> VaultSession::syncServerLogins(const Membership& before, const Membership& after)
{
    if (!onServer())
        return {};
    StaffLoginRepository logins(*m_database);
    for (const Member& member : after.users) {
        const Member* was = before.memberById(member.id);
        const bool wasActive = was && was->state == MemberState::Active;
        const bool isActive = member.state == MemberState::Active;
        if (isActive && (!wasActive || was->slotId != member.slotId)) {
            const QString verifier = m_loginVerifiers.value(member.slotId);
            if (verifier.isEmpty())
                return makeError(
                    ErrorCode::InvalidInput,
                    Text::tr("The key slot of %1 was not made for this program server.").arg(member.login));
            if (wasActive)
                continue; // a new slot of an active person: their own passphrase change sets their password
            if (auto added = logins.add(member.login, member.role, verifier); !added)
                return added;
        } else if (wasActive && !isActive) {
            if (auto removed = logins.remove(member.login); !removed)
                return removed;
        }
    }
    return {};
}

Result<PreparedSlot> VaultSession::makeSlotFor(QString slotId, const QString& login, const SecureBuffer& secret) const
{
    PreparedSlot prepared;
    if (!onServer()) {
        auto made = Keyring::makeSlot(vaultId(), std::move(slotId), KeySlot::Kind::Passphrase, login, secret,
                                      m_membership.slotCost, prepared.secrets);
        if (!made)
            return made.error();
        prepared.slot = std::move(*made);
        return prepared;
    }
    // The salt the person's profile derives before connecting (the same across their passphrase changes); the same
    // key gives their database password.
    const QByteArray salt = m_server->slotSalt(login);
    auto key = kdf::deriveKey(secret, salt, m_membership.slotCost);
    if (!key)
        return key.error();
    return makeServerSlot(std::move(slotId), login, *key, salt);
}

PreparedSlot VaultSession::makeServerSlot(QString slotId, const QString& login, const SecureBuffer& key,
                                          const QByteArray& salt) const
{
    PreparedSlot prepared;
    prepared.slot = Keyring::makeSlotWithKey(vaultId(), std::move(slotId), KeySlot::Kind::Passphrase, login, key,
                                             m_membership.slotCost, salt, prepared.secrets);
    prepared.serverPassword = scram::databasePassword(key);
    prepared.serverVerifier = scram::verifier(prepared.serverPassword);
    return prepared;
}

Result<QString> VaultSession::adoptServerSlot(const ServerProfile& profile, const SecureBuffer& key)
{
    if (onServer())
        return makeError(ErrorCode::Usage, Text::tr("This program is already on a program server."));
    if (profile.slotCost != m_membership.slotCost)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The connection profile's key derivation cost is not the vault's."));
    const Member* member = m_membership.memberByLogin(m_user.login);
    const auto slot = member ? m_keyring.slot(member->slotId) : std::nullopt;
    if (!slot)
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json has no key slot for %1.").arg(m_user.login));
    PreparedSlot prepared = makeServerSlot(slot->id, m_user.login, key, profile.slotSalt(m_user.login));
    const QString verifier = prepared.serverVerifier;
    if (auto committed = commitPassphraseChange(std::move(prepared)); !committed)
        return committed.error();
    return verifier;
}

Result<KeySlot> VaultSession::makeAccountSlot(const QString& login, Role role, const SecureBuffer& secret)
{
    auto prepared = makeSlotFor({}, login, secret);
    if (!prepared)
        return prepared.error();
    KeySlot& slot = prepared->slot;
    if (onServer())
        m_loginVerifiers.insert(slot.id, prepared->serverVerifier);
    Keyring::seal(slot, m_keys, Membership::grantsForRole(role));
    // Its witness is signed with its own new key, which its owner replaces at their first unlock.
    m_keyring.signWitness(slot, prepared->secrets.signing, authorityIndex(), m_membership.serial, 0, {});
    return std::move(slot);
}

bool VaultSession::weakSlotCost() const
{
    return m_membership.slotCost.isWeak();
}

const KdfParams& VaultSession::slotCost() const
{
    return m_membership.slotCost;
}

Result<PreparedSlot> VaultSession::preparePassphraseChange(const SecureBuffer& newPassphrase) const
{
    auto secret = passphrase_policy::normalise(newPassphrase);
    if (!secret)
        return secret.error();
    if (auto strong = vault::checkPassphraseStrength(*secret, vault::personalWords(m_user.login, m_user.displayName));
        !strong)
        return strong.error();
    const Member* member = m_membership.memberByLogin(m_user.login);
    const auto slot = member ? m_keyring.slot(member->slotId) : std::nullopt;
    if (!slot)
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json has no key slot for %1.").arg(m_user.login));
    // The initial passphrase is known to the administrator who gave it: it cannot become the person's own.
    if (m_user.mustChangePassphrase && !m_recovered && m_keyring.unwrap(*slot, *secret)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Choose a passphrase of your own: the initial one is known to the administrator who "
                                  "gave it."));
    }
    return makeSlotFor(slot->id, slot->user, *secret);
}

Result<void> VaultSession::commitPassphraseChange(PreparedSlot prepared)
{
    KeySlot slot = std::move(prepared.slot);
    Keyring::seal(slot, m_keys, m_membership.grantsFor(slot));
    m_keyring.signWitness(slot, prepared.secrets.signing, authorityIndex(), m_membership.serial, 0, {});
    const SlotSecrets previous = m_secrets.copy();
    // After a recovery the recovery key vouches for the new keys and goes on signing; otherwise the old key vouches
    // and the new one signs from the change on.
    const SigningKey endorser = m_secrets.signing.copy();
    if (!m_recovered)
        m_secrets = prepared.secrets.copy();
    auto changed = updateKeyring(
        [&](Keyring& keyring) { return replaceSlotOf(keyring, slot, m_user.login); },
        [&]() -> Result<void> {
            auto since = AuditRepository(*m_database).nextId();
            if (!since)
                return since.error();
            auto successions = StaffKeyRepository(*m_database).all();
            if (!successions)
                return successions.error();
            QStringList ignored;
            const KeyDirectory directory = KeyDirectory::build(vaultId(), m_membership, *successions, ignored);
            StaffKeyRecord record;
            record.slotId = slot.id;
            record.seq = directory.nextSeq(slot.id);
            record.boxKey = slot.publicKey;
            record.signingKey = slot.signingKey;
            record.endorser = m_recovered ? QStringLiteral("recovery") : QStringLiteral("previous");
            if (m_recovered)
                record.endorserKey = endorser.publicKey();
            record.endorsement = endorser.sign(KeyDirectory::successionMessage(
                vaultId(), slot.id, record.seq, slot.publicKey, slot.signingKey, *since));
            record.sinceAuditId = *since;
            record.createdAt = m_clock.nowUtc();
            if (auto inserted = StaffKeyRepository(*m_database).insert(record); !inserted)
                return inserted;
            // A supporter's match cards are sealed to their slot's key pair, which the change replaces.
            if (onServer() && m_user.role == Role::Supporter) {
                if (auto resealed = match_cards::resealOwn(*m_database, previous.box, slot.publicKey); !resealed)
                    return resealed;
            }
            if (onServer()) {
                // The database password changes with the slot, in the same transaction: never one without the other.
                if (auto password = StaffLoginRepository(*m_database).changeOwnPassword(prepared.serverVerifier);
                    !password)
                    return password;
            }
            if (auto logged = recordAudit(QStringLiteral("user.passphrase_changed"), QStringLiteral("user"), m_user.id);
                !logged)
                return logged;
            return UserRepository(*m_database).setMustChangePassphrase(m_user.id, false);
        });
    if (!changed && changed.error().code != ErrorCode::Io) {
        m_secrets = previous.copy();
        return changed;
    }
    m_user.mustChangePassphrase = false;
    if (onServer())
        m_serverPassword = std::move(prepared.serverPassword);
    return changed;
}

Result<void> VaultSession::changePassphrase(const SecureBuffer& newPassphrase)
{
    auto prepared = preparePassphraseChange(newPassphrase);
    if (!prepared)
        return prepared.error();
    return commitPassphraseChange(std::move(*prepared));
}

Result<QString> VaultSession::regenerateRecoveryKey()
{
    if (auto allowed = requireAdministration(*this); !allowed)
        return allowed.error();
    QString recoveryKey = recovery_key::generate();
    auto secret = recovery_key::normalise(recoveryKey);
    if (!secret)
        return secret.error();
    // Argon2id first, at the vault's slot cost.
    SlotSecrets secrets;
    auto slot = Keyring::makeSlot(vaultId(), {}, KeySlot::Kind::Recovery, {}, *secret, m_membership.slotCost, secrets);
    if (!slot)
        return slot.error();
    Keyring::seal(*slot, m_keys, Grants{ true, true });
    auto changed = changeMembership([&](Keyring& keyring, Membership& membership) -> Result<void> {
        if (keyring.rotating())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("A key rotation is under way; try again when it is done."));
        auto row
            = m_audit->append(m_user.login, QStringLiteral("vault.recovery_key_regenerated"), QStringLiteral("vault"));
        if (!row)
            return row.error();
        if (const auto previous = keyring.recoverySlot())
            keyring.removeSlot(previous->id);
        for (SlotRoot& root : membership.recoverySlots) {
            if (root.slotId == membership.recoverySlot && root.until == 0)
                root.until = *row;
        }
        keyring.signWitness(*slot, secrets.signing, authorityIndex(), membership.serial + 1, 0, {});
        if (!keyring.insertSlot(*slot))
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("A key rotation is under way; try again when it is done."));
        membership.recoverySlot = slot->id;
        membership.recoverySlots.append(SlotRoot{ slot->id, slot->publicKey, slot->signingKey, 0 });
        return {};
    });
    if (!changed) {
        wipe(recoveryKey);
        return changed.error();
    }
    return recoveryKey;
}

bool VaultSession::keysChangedSince(const Keyring& current) const
{
    return current.statement().identityCheck != m_keyring.statement().identityCheck
        || current.authorityChain().size() != m_keyring.authorityChain().size();
}

Result<void> VaultSession::reloadAccount()
{
    auto current = currentKeyring();
    if (!current)
        return current.error();
    // A worker's change of the program's keys: this session takes them up too.
    if (onServer() && keysChangedSince(current->keyring)) {
        if (auto adopted = adoptCurrentKeys(*m_database); !adopted)
            return adopted;
    }
    if (current->keyring.vaultId() != m_keyring.vaultId())
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));
    auto membership = loadMembership(current->keyring);
    if (!membership)
        return membership.error();
    const Member* member = membership->memberByLogin(m_user.login);
    auto user = UserRepository(*m_database).findByLogin(m_user.login);
    if (!user)
        return user.error();
    if (!member || member->state != MemberState::Active || !*user)
        return authenticationFailed();
    m_keyring = std::move(current->keyring);
    m_membership = std::move(*membership);
    m_user
        = CurrentUser{ (*user)->id, member->login, (*user)->displayName, member->role, (*user)->mustChangePassphrase };
    return {};
}

Result<std::optional<QByteArray>> VaultSession::currentBoxKeyOfSupporter(qint64 supporterId)
{
    auto current = currentKeyring();
    if (!current)
        return current.error();
    if (current->keyring.vaultId() != m_keyring.vaultId())
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json and peerdesk.db belong to different vaults."));
    // Anyone who signs in writes the keyring's record (their witness, their passphrase): the membership that names
    // the key is trusted only when its authority descends from the one this session checked at sign-in, so nobody can
    // have a card sealed to a key of theirs by recording a keyring of their own making.
    const QList<AuthorityKey>& trusted = m_keyring.authorityChain();
    const QList<AuthorityKey>& chain = current->keyring.authorityChain();
    bool descends = !trusted.isEmpty() && chain.size() >= trusted.size();
    for (qsizetype i = 0; descends && i < trusted.size(); ++i)
        descends = chain[i].publicKey == trusted[i].publicKey;
    if (!descends || !current->keyring.verifyAuthorityFrom(int(trusted.size()) - 1))
        return makeError(ErrorCode::Damaged,
                         Text::tr("The program's keyring was replaced by one its administrators did "
                                  "not sign: nothing was sealed to it. Tell your administrator."));
    auto membership = loadMembership(current->keyring);
    if (!membership)
        return membership.error();
    const auto member = std::find_if(membership->users.cbegin(), membership->users.cend(), [&](const Member& m) {
        return m.role == Role::Supporter && m.state == MemberState::Active && m.supporterId == supporterId;
    });
    if (member == membership->users.cend())
        return std::optional<QByteArray>();
    auto successions = StaffKeyRepository(*m_database).all();
    if (!successions)
        return successions.error();
    QStringList ignored; // a succession that does not verify is left out: the key before it is the newest vouched for
    const KeyDirectory directory = KeyDirectory::build(vaultId(), *membership, *successions, ignored);
    const auto key = directory.current(member->slotId);
    if (!key)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(key->boxKey);
}

std::optional<SecureBuffer> VaultSession::openSealedToOwnSlot(const QByteArray& sealed, std::size_t keyBytes) const
{
    return m_secrets.box.open(sealed, keyBytes);
}

} // namespace peerdesk
