#include "core/vault/VaultUpgrade.h"

#include "core/security/CellCipher.h"
#include "core/security/KeyringFile.h"
#include "core/services/AuditLog.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityMigration.h"
#include "core/storage/UserRepository.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/Membership.h"
#include "core/vault/VaultPaths.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace peerdesk::vault_upgrade {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

SecureBuffer copyOf(const SecureBuffer& buffer)
{
    return SecureBuffer::copyOf(buffer.data(), buffer.size());
}

} // namespace

Result<void> check(Database& database, const UnlockedKey& key)
{
    if (key.keyring.formatVersion() == Keyring::FormatVersion) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("peerdesk.db is older than keyring.json: it was replaced by an older copy. Restore "
                                  "the vault from a backup."));
    }
    auto users = UserRepository(database).list();
    if (!users)
        return users.error();
    const bool administrator = std::any_of(users->cbegin(), users->cend(), [&](const UserRecord& user) {
        return user.login == key.login && user.active && user.role == Role::Administrator && user.slotId == key.slotId;
    });
    if (key.recovered || !key.replacement || !administrator) {
        return makeError(ErrorCode::NotPermitted,
                         Text::tr("This vault was written by an earlier version of PeerDesk. An administrator must "
                                  "unlock it once with this version to upgrade it; until then nobody else can."));
    }
    return {};
}

Result<bool> run(Database& database, UnlockedKey& key, bool openedWithNextKey, const Clock& clock)
{
    if (auto allowed = check(database, key); !allowed)
        return allowed.error();
    auto users = UserRepository(database).list();
    if (!users)
        return users.error();
    const UserRecord* me = nullptr;
    for (const UserRecord& user : *users) {
        if (user.login == key.login)
            me = &user;
    }
    const QString vaultId = key.keyring.vaultId();
    VaultKeys keys;
    keys.data = copyOf(openedWithNextKey ? *key.keys.dataNext : key.keys.data);
    const bool rotateAfter = key.keys.dataNext.has_value() && !openedWithNextKey;
    keys.identity = SecureBuffer::random(CellCipher::KeyBytes);
    keys.authority = SigningKey::generate();
    Keyring upgraded(vaultId);
    upgraded.establish(*keys.authority, keys.data, *keys.identity);
    KeySlot admin = key.replacement->slot;
    const SlotSecrets& adminSecrets = key.replacement->secrets;
    Keyring::seal(admin, keys, Membership::grantsForRole(Role::Administrator));

    Membership membership;
    membership.vaultId = vaultId;
    membership.serial = 1;
    membership.slotCost = admin.kdf;
    QList<qint64> slotless; // active accounts without a slot: they could not unlock anyway
    for (const UserRecord& user : *users) {
        Member member{ user.id, user.login, user.role, memberStateOf(user), user.slotId, {} };
        const auto slot = key.keyring.slot(user.slotId);
        const bool ownSlot = slot && slot->kind == KeySlot::Kind::Passphrase && slot->user == user.login;
        if (user.id == me->id) {
            member.slots.append(SlotRoot{ admin.id, admin.publicKey, admin.signingKey, 0 });
        } else if (user.active && ownSlot) {
            KeySlot kept = *slot;
            Keyring::seal(kept, keys, Membership::grantsForRole(user.role));
            upgraded.insertSlot(kept);
            member.slots.append(SlotRoot{ kept.id, kept.publicKey, {}, 0 });
        } else {
            member.slots.append(SlotRoot{ user.slotId, {}, {}, 0 });
            if (user.active) {
                slotless.append(user.id);
                member.state = MemberState::Inactive;
            }
        }
        membership.users.append(std::move(member));
    }
    if (const auto recovery = key.keyring.recoverySlot()) {
        KeySlot kept = *recovery;
        Keyring::seal(kept, keys, Grants{ true, true });
        upgraded.insertSlot(kept);
        membership.recoverySlot = kept.id;
        membership.recoverySlots.append(SlotRoot{ kept.id, kept.publicKey, {}, 0 });
    }

    database.setIdentityCells(std::make_shared<CellCipher>(vaultId, *keys.identity));
    QByteArray keyringBytes;
    auto done = database.transaction([&]() -> Result<void> {
        const auto cost
            = admin.kdf == KdfParams::fastForTests() ? RepeatKeyHasher::Cost::fastForTests() : RepeatKeyHasher::Cost{};
        if (auto migrated = identity_migration::apply(database, cost); !migrated)
            return migrated;
        UserRepository accounts(database);
        for (const qint64 id : std::as_const(slotless)) {
            if (auto ended = accounts.deactivate(id, QDateTime()); !ended)
                return ended;
        }
        AuditLog audit(database, clock, vaultId, &adminSecrets.signing);
        auto upgradedRow = audit.append(me->login, QStringLiteral("vault.upgraded"), QStringLiteral("vault"));
        if (!upgradedRow)
            return upgradedRow.error();
        membership.auditSignedFrom = *upgradedRow;
        for (const qint64 id : std::as_const(slotless)) {
            if (auto logged = audit.append(me->login, QStringLiteral("user.deactivated"), QStringLiteral("user"), id);
                !logged)
                return logged.error();
        }
        if (auto saved = membership_store::save(database, membership, *keys.authority, 0); !saved)
            return saved;
        auto head = AuditRepository(database).last();
        if (!head)
            return head.error();
        upgraded.signWitness(admin, adminSecrets.signing, 0, 1, (*head)->id, (*head)->hash);
        upgraded.insertSlot(admin);
        keyringBytes = upgraded.toJson();
        return keyring_record::record(database, key.keyringBytes, keyringBytes);
    });
    if (!done) {
        database.setIdentityCells({});
        return done.error();
    }
    // The plaintext the upgrade freed is overwritten (secure_delete); its old pages leave the WAL now.
    (void)database.checkpoint();
    if (auto saved = keyring_file::saveBytes(keyringBytes, vault_paths::keyringPath(key.directory)); !saved)
        return saved.error();
    key.keyring = std::move(upgraded);
    key.keyringBytes = std::move(keyringBytes);
    key.keys = std::move(keys);
    key.secrets = key.replacement->secrets.copy();
    key.replacement.reset();
    return rotateAfter;
}

} // namespace peerdesk::vault_upgrade
