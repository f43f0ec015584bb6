// The attacks of issue 21 (a red-team review), performed as written: by people who hold the vault's files and perhaps
// one passphrase, with the documented format, their own libsodium calls and SQL on the raw database
// (DocumentedFormat.h). Each must end refused or detected. docs/security.md, "Threats by role", lists them.
#include "CatchCompat.h"
#include "DocumentedFormat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "VaultPages.h"
#include "core/services/AuditLog.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/vault/Backup.h"
#include "core/vault/VaultPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sodium.h>

using namespace peerdesk;
using peerdesk::test::TempVault;
namespace documented = peerdesk::test::documented;

namespace {

// A program's three people: the administrator, a coordinator and a reporting user, each with their own passphrase,
// and a request with a name in it.
struct Team
{
    TempVault vault;
    qint64 request = 0;

    Team()
    {
        vault.unlockAs(Role::Coordinator);
        vault.unlockAs(Role::Reporting);
        auto admin = vault.unlock();
        auto id = RequestService(*admin).intake(test::sampleRequest(vault.clock().nowUtc(),
                                                                    QStringLiteral("Ottoline "
                                                                                   "Quarrington")));
        REQUIRE(id);
        request = *id;
    }

    QString login(Role role) const { return TempVault::loginFor(role); }
    QByteArray passphrase(Role role) const { return TempVault::passphraseFor(role).toUtf8(); }
    QJsonObject keyring() const { return documented::readJson(vault.keyringPath()); }
    // What a person's own passphrase opens, read from the documentation alone.
    documented::OpenedSlot open(Role role) const
    {
        const QJsonObject root = keyring();
        return documented::openSlot(root, documented::slotOf(root, login(role)), passphrase(role));
    }
    Result<std::unique_ptr<VaultSession>> unlock(Role role)
    {
        return vault.tryUnlock(login(role), TempVault::passphraseFor(role));
    }
    Result<std::unique_ptr<VaultSession>> repairAsAdministrator()
    {
        auto key = vault::unwrapWithPassphrase(vault.directory(), login(Role::Administrator),
                                               TempVault::secret(QLatin1String(TempVault::Passphrase)));
        if (!key)
            return key.error();
        return vault::open(std::move(*key), vault.clock(), vault::OpenOptions{ true });
    }
    // The keyring the database recorded, replaced as someone holding the data key can.
    void recordKeyring(const QByteArray& dataKey, const QJsonObject& root)
    {
        documented::RawDatabase db(vault.databasePath(), dataKey);
        REQUIRE(db.opened());
        db.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'keyring'"),
                { QString::fromUtf8(QJsonDocument(root).toJson()) });
    }
};

void addSlot(QJsonObject& root, const QJsonObject& slot)
{
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    slots.append(slot);
    root.insert(QStringLiteral("slots"), slots);
}

void renameSlot(QJsonObject& root, const QString& from, const QString& to)
{
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        QJsonObject slot = slots.at(i).toObject();
        if (slot.value(QStringLiteral("user")).toString() == from)
            slot.insert(QStringLiteral("user"), to);
        slots.replace(i, slot);
    }
    root.insert(QStringLiteral("slots"), slots);
}

// Whether any key sealed anywhere in keyring.json opens with this X25519 secret key.
bool opensAnythingWith(const QJsonObject& root, const QByteArray& publicKey, const QByteArray& secretKey)
{
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject sealed = value.toObject().value(QStringLiteral("sealed")).toObject();
        for (auto it = sealed.constBegin(); it != sealed.constEnd(); ++it) {
            if (it.key() == QLatin1String("alg"))
                continue;
            const QByteArray box = documented::base64(it.value());
            QByteArray out(box.size() - 48, '\0');
            if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()),
                                     reinterpret_cast<const unsigned char*>(box.constData()),
                                     static_cast<unsigned long long>(box.size()),
                                     reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                     reinterpret_cast<const unsigned char*>(secretKey.constData()))
                == 0)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("A coordinator who renames her own slot keeps no way in after her removal with rotation",
          "[local-only][attack][keyring]")
{
    Team team;
    const documented::OpenedSlot hers = team.open(Role::Coordinator);
    QJsonObject tampered = team.keyring();
    renameSlot(tampered, team.login(Role::Coordinator), QStringLiteral("nobody"));
    documented::writeJson(team.vault.keyringPath(), tampered);
    const bool alsoRecorded = GENERATE(false, true);
    INFO((alsoRecorded ? "keyring.json and the database's record" : "keyring.json only"));
    if (alsoRecorded)
        team.recordKeyring(hers.dataKey, tampered);

    // Every unlock refuses the keyring, naming the slot; the administrator's too.
    auto refused = team.unlock(Role::Administrator);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("nobody")));
    CHECK_FALSE(team.unlock(Role::Reporting));

    // The administrator repairs it, then removes her with a rotation: her slot is found by her account, not by the
    // login written on it.
    {
        auto repaired = team.repairAsAdministrator();
        INFO((repaired ? QString() : repaired.error().message).toStdString());
        REQUIRE(repaired);
        CHECK((*repaired)->repairReport().join(QLatin1Char(' ')).contains(QStringLiteral("nobody")));
        auto removed = UserService(**repaired).remove(team.login(Role::Coordinator), true);
        INFO((removed ? QString() : removed.error().message).toStdString());
        REQUIRE(removed);
        CHECK((*repaired)->verify()->ok);
    }
    // The renamed slot she kept opens only the old data key, which opens nothing any more.
    const documented::OpenedSlot kept = documented::openSlot(
        tampered, documented::slotOf(tampered, QStringLiteral("nobody")), team.passphrase(Role::Coordinator));
    CHECK_FALSE(documented::RawDatabase(team.vault.databasePath(), kept.dataKey).opened());
    const QByteArray herPublicKey = documented::base64(
        documented::slotOf(tampered, QStringLiteral("nobody")).value(QStringLiteral("public_key")));
    CHECK_FALSE(opensAnythingWith(team.keyring(), herPublicKey, kept.boxSecret));
    CHECK(team.unlock(Role::Administrator));
}

TEST_CASE("A valid slot made up for a login nobody has is refused and never given the data key again",
          "[local-only][attack][keyring]")
{
    Team team;
    // The coordinator makes a slot that really opens the data key, for a made-up login, with a passphrase she knows.
    const documented::OpenedSlot hers = team.open(Role::Coordinator);
    QJsonObject tampered = team.keyring();
    const QByteArray ghostSecret("ghost passphrase nobody would guess 99");
    addSlot(tampered,
            documented::makeSlot(tampered, QStringLiteral("ghost"), ghostSecret, hers.dataKey, hers.identityKey));
    documented::writeJson(team.vault.keyringPath(), tampered);
    team.recordKeyring(hers.dataKey, tampered);

    // The slot opens, but the vault's accounts do not give it: nobody's unlock goes through, the ghost's included.
    auto ghost = team.vault.tryUnlock(QStringLiteral("ghost"), QString::fromUtf8(ghostSecret));
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().code == ErrorCode::Damaged);
    auto refused = team.unlock(Role::Administrator);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("ghost")));

    {
        auto repaired = team.repairAsAdministrator();
        REQUIRE(repaired);
        CHECK((*repaired)->repairReport().join(QLatin1Char(' ')).contains(QStringLiteral("ghost")));
        // A removal and two rotations later ...
        REQUIRE(UserService(**repaired).remove(team.login(Role::Reporting), true));
        REQUIRE((*repaired)->rotateDataKey());
    }
    // ... the ghost's slot opens only the data key of then.
    const documented::OpenedSlot ghostKeys
        = documented::openSlot(tampered, documented::slotOf(tampered, QStringLiteral("ghost")), ghostSecret);
    CHECK_FALSE(documented::RawDatabase(team.vault.databasePath(), ghostKeys.dataKey).opened());
    CHECK_FALSE(opensAnythingWith(
        team.keyring(),
        documented::base64(documented::slotOf(tampered, QStringLiteral("ghost")).value(QStringLiteral("public_key"))),
        ghostKeys.boxSecret));
    auto admin = team.unlock(Role::Administrator);
    REQUIRE(admin);
    CHECK((*admin)->verify()->ok);
}

TEST_CASE("A slot appended by someone who knows no secret is refused by unlock, verify and rekey, and never sealed to",
          "[local-only][attack][keyring]")
{
    Team team;
    // Their own key pair; random bytes where they know nothing.
    QByteArray publicKey(32, '\0');
    QByteArray secretKey(32, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                       reinterpret_cast<unsigned char*>(secretKey.data()));
    QJsonObject tampered = team.keyring();
    QJsonObject slot = documented::slotOf(tampered, team.login(Role::Reporting));
    slot.insert(QStringLiteral("id"), QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001"));
    slot.insert(QStringLiteral("user"), QStringLiteral("intruder"));
    slot.insert(QStringLiteral("public_key"), documented::base64(publicKey));
    QJsonObject wrap = slot.value(QStringLiteral("wrap")).toObject();
    wrap.insert(QStringLiteral("ciphertext"), documented::base64(documented::randomBytes(80)));
    slot.insert(QStringLiteral("wrap"), wrap);
    QJsonObject sealed = slot.value(QStringLiteral("sealed")).toObject();
    sealed.insert(QStringLiteral("data"), documented::base64(documented::randomBytes(80)));
    slot.insert(QStringLiteral("sealed"), sealed);
    addSlot(tampered, slot);
    documented::writeJson(team.vault.keyringPath(), tampered);

    auto refused = team.unlock(Role::Administrator);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("keyring.json was changed outside PeerDesk")));
    CHECK(refused.error().message.contains(QStringLiteral("intruder")));
    {
        auto repaired = team.repairAsAdministrator();
        REQUIRE(repaired);
        REQUIRE((*repaired)->rotateDataKey());
    }
    CHECK_FALSE(opensAnythingWith(team.keyring(), publicKey, secretKey));
    for (const QJsonValue& value : team.keyring().value(QStringLiteral("slots")).toArray())
        CHECK(value.toObject().value(QStringLiteral("user")).toString() != QLatin1String("intruder"));
}

TEST_CASE("A reporting user's key opens the database but nobody's identity", "[local-only][attack][identity]")
{
    Team team;
    const documented::OpenedSlot reporting = team.open(Role::Reporting);
    REQUIRE(reporting.dataKey.size() == 32);
    CHECK(reporting.identityKey.isEmpty()); // no identity key is sealed to a reporting slot
    CHECK(reporting.authoritySeed.isEmpty());

    documented::RawDatabase db(team.vault.databasePath(), reporting.dataKey);
    REQUIRE(db.opened());
    // One SQL query over every identity column: ciphertext, which no key she holds opens.
    const QString vaultId = team.keyring().value(QStringLiteral("vault_id")).toString();
    const auto rows = db.query(QStringLiteral("SELECT id, name_ct, email_ct, phone_ct, institution_ct FROM requests"));
    REQUIRE_FALSE(rows.isEmpty());
    for (const QVariantList& row : rows) {
        const QByteArray name = row.at(1).toByteArray();
        REQUIRE(name.size() > 40);
        CHECK_FALSE(name.contains("Quarrington"));
        for (const QByteArray& guess : { reporting.dataKey, reporting.boxSecret, reporting.signingSeed })
            CHECK(documented::openCell(guess, vaultId, "requests", "name_ct", row.at(0).toLongLong(), name).isNull());
    }
    // The repeat-key secret is an identity cell too: she cannot test phone numbers against the repeat keys.
    const auto secret = db.query(QStringLiteral("SELECT value FROM meta WHERE key = 'repeat_key_secret'"));
    REQUIRE(secret.size() == 1);
    CHECK_FALSE(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(secret.at(0).at(0).toString()).hasMatch());
    // Nowhere in any page, free ones included.
    CHECK_FALSE(test::vaultHaystack(team.vault.directory(), SecureBuffer::copyOf(reporting.dataKey.constData(), 32))
                    .contains("Quarrington"));
    // The coordinator's key opens the same cell: the identity is there, for those whose role needs it.
    const documented::OpenedSlot coordinator = team.open(Role::Coordinator);
    CHECK(documented::openCell(coordinator.identityKey, vaultId, "requests", "name_ct", team.request,
                               db.query(QStringLiteral("SELECT name_ct FROM requests WHERE id = ?"), { team.request })
                                   .at(0)
                                   .at(0)
                                   .toByteArray())
          == QByteArray("Ottoline Quarrington"));
}

TEST_CASE("A draft kept at a lock is an identity cell a reporting user's key cannot open",
          "[local-only][attack][identity]")
{
    Team team;
    qint64 author = 0;
    {
        auto coordinator = team.unlock(Role::Coordinator);
        REQUIRE(coordinator);
        author = (*coordinator)->user().id;
        REQUIRE(RequestService(**coordinator)
                    .keepDraft(test::sampleRequest(team.vault.clock().nowUtc(), QStringLiteral("Philippa Draftwood"))));
    }
    const documented::OpenedSlot reporting = team.open(Role::Reporting);
    documented::RawDatabase db(team.vault.databasePath(), reporting.dataKey);
    REQUIRE(db.opened());
    const QString vaultId = team.keyring().value(QStringLiteral("vault_id")).toString();
    const auto rows = db.query(QStringLiteral("SELECT user_id, content_ct FROM request_drafts"));
    REQUIRE(rows.size() == 1);
    const QByteArray cell = rows.at(0).at(1).toByteArray();
    CHECK_FALSE(cell.contains("Draftwood"));
    for (const QByteArray& guess : { reporting.dataKey, reporting.boxSecret, reporting.signingSeed })
        CHECK(documented::openCell(guess, vaultId, "request_drafts", "content_ct", author, cell).isNull());
    CHECK_FALSE(test::vaultHaystack(team.vault.directory(), SecureBuffer::copyOf(reporting.dataKey.constData(), 32))
                    .contains("Draftwood"));
    // Bound to its row: the cell does not open as another person's draft, even with the identity key.
    const documented::OpenedSlot coordinator = team.open(Role::Coordinator);
    CHECK(documented::openCell(coordinator.identityKey, vaultId, "request_drafts", "content_ct", author, cell)
              .contains("Philippa Draftwood"));
    CHECK(documented::openCell(coordinator.identityKey, vaultId, "request_drafts", "content_ct", author + 1, cell)
              .isNull());
}

TEST_CASE("A coordinator who makes herself administrator in the database is caught by every unlock and by verify",
          "[local-only][attack][roles]")
{
    Team team;
    const documented::OpenedSlot hers = team.open(Role::Coordinator);
    const QString coordinator = team.login(Role::Coordinator);
    SECTION("her role changed in the users table")
    {
        documented::RawDatabase db(team.vault.databasePath(), hers.dataKey);
        db.exec(QStringLiteral("UPDATE users SET role = 'administrator' WHERE login = ?"), { coordinator });
    }
    SECTION("an administrator's account added to the users table, with a slot she made for it")
    {
        QJsonObject tampered = team.keyring();
        QJsonObject slot
            = documented::makeSlot(tampered, QStringLiteral("mallory"), QByteArray("mallory passphrase 12 chosen"),
                                   hers.dataKey, hers.identityKey);
        addSlot(tampered, slot);
        documented::writeJson(team.vault.keyringPath(), tampered);
        team.recordKeyring(hers.dataKey, tampered);
        documented::RawDatabase db(team.vault.databasePath(), hers.dataKey);
        db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, slot_id, created_at) VALUES ('mallory', "
                               "'Mallory', 'administrator', ?, '2026-03-01T00:00:00.000Z')"),
                { slot.value(QStringLiteral("id")).toString() });
    }
    for (const Role role : { Role::Administrator, Role::Coordinator, Role::Reporting }) {
        auto refused = team.unlock(role);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Damaged);
        CHECK(refused.error().message.contains(QStringLiteral("signed membership")));
    }
    // The administrator puts the accounts back as the signed membership has them.
    auto repaired = team.repairAsAdministrator();
    INFO((repaired ? QString() : repaired.error().message).toStdString());
    REQUIRE(repaired);
    CHECK((*repaired)->verify()->ok);
    repaired->reset();
    auto back = team.unlock(Role::Coordinator);
    REQUIRE(back);
    CHECK((*back)->user().role == Role::Coordinator);
    // With only her own key she cannot add an administrator through PeerDesk either.
    NewUser administrator;
    administrator.login = QStringLiteral("mallory");
    administrator.role = Role::Administrator;
    administrator.initialPassphrase = TempVault::secret(QStringLiteral("granite harbour violin 51 slowly"));
    auto added = UserService(**back).add(administrator);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("A reporting user who deletes her refused attempts and re-chains the audit log is caught by verify",
          "[local-only][attack][audit]")
{
    Team team;
    // Twenty refused attempts, each audited.
    {
        auto reporting = team.unlock(Role::Reporting);
        REQUIRE(reporting);
        for (int i = 0; i < 20; ++i)
            CHECK(UserService(**reporting).list().error().code == ErrorCode::NotPermitted);
    }
    const bool othersWroteAfter = GENERATE(false, true);
    INFO((othersWroteAfter ? "the administrator wrote after them" : "the administrator only looked after them"));
    {
        auto admin = team.unlock(Role::Administrator);
        REQUIRE(admin);
        if (othersWroteAfter)
            REQUIRE(changeSetting(**admin, QLatin1String(ProgramSettings::RetentionDays), QStringLiteral("20")));
    }
    // She deletes them with her data key, re-chains every row after them, and moves the anchor, as the documentation
    // explains the chain; she re-signs what she can (with her own key).
    const documented::OpenedSlot hers = team.open(Role::Reporting);
    {
        documented::RawDatabase db(team.vault.databasePath(), hers.dataKey);
        REQUIRE(db.opened());
        db.exec(QStringLiteral("DELETE FROM audit_log WHERE action = 'access.refused'"));
        const auto rows = db.query(
            QStringLiteral("SELECT id, at, actor, action, entity_type, entity_id FROM audit_log ORDER BY id"));
        const QString vaultId = team.keyring().value(QStringLiteral("vault_id")).toString();
        QString previous(64, QLatin1Char('0'));
        qint64 next = 1;
        db.exec(QStringLiteral("UPDATE audit_log SET id = -id"));
        for (const QVariantList& row : rows) {
            const QString hash = documented::auditHash(previous, next, row.at(1).toString(), row.at(2).toString(),
                                                       row.at(3).toString(), row.at(4).toString(), row.at(5));
            const QByteArray signature = documented::sign(
                hers.signingSeed, QStringLiteral("peerdesk-audit-signature-v1\n%1\n%2").arg(vaultId, hash).toUtf8());
            db.exec(QStringLiteral("UPDATE audit_log SET id = ?, hash = ?, signature = CASE actor WHEN ? THEN ? ELSE "
                                   "signature END, signing_key = CASE actor WHEN ? THEN ? ELSE signing_key END WHERE "
                                   "id = ?"),
                    { next, hash, team.login(Role::Reporting), signature, team.login(Role::Reporting),
                      documented::signingPublicKey(hers.signingSeed), -row.at(0).toLongLong() });
            previous = hash;
            ++next;
        }
        db.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head_id'"), { QString::number(next - 1) });
        db.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head_hash'"), { previous });
    }
    // The administrator's unlock sees that the log no longer holds what they saw; so does verify.
    auto refused = team.unlock(Role::Administrator);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(refused.error().message.contains(QStringLiteral("audit log")));
}

TEST_CASE("A vault forged around a stolen keyring.json is refused, with the victim's real passphrase",
          "[local-only][attack][forgery]")
{
    Team team;
    // The forger has a copy of keyring.json and nothing else: a data key of their own, sealed to the victim's
    // public key, and a database under it.
    const QJsonObject original = team.keyring();
    const QByteArray forgedKey = documented::randomBytes(32);
    QTemporaryDir forgery;
    REQUIRE(forgery.isValid());
    const QString vaultDir = QDir(forgery.path()).filePath(QStringLiteral("vault"));
    REQUIRE(QDir().mkpath(vaultDir));
    {
        // The real schema, as a stranger could take it from any PeerDesk vault they made themselves.
        TempVault own;
        auto ownKey = vault::unwrapWithPassphrase(own.directory(), QStringLiteral("admin"),
                                                  TempVault::secret(QLatin1String(TempVault::Passphrase)));
        REQUIRE(ownKey);
        auto ownDb = Database::open(own.databasePath(), std::move(ownKey->keys.data), Database::OpenMode::ExistingOnly);
        REQUIRE(ownDb);
        REQUIRE(
            (*ownDb)->exportCopy(vault_paths::databasePath(vaultDir), SecureBuffer::copyOf(forgedKey.constData(), 32)));
        (*ownDb)->close();
        documented::RawDatabase db(vault_paths::databasePath(vaultDir), forgedKey);
        REQUIRE(db.opened());
        db.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'vault_id'"),
                { original.value(QStringLiteral("vault_id")).toString() });
    }
    const QString victim = team.login(Role::Coordinator);
    SECTION("the real authority and key statement kept: the forged data key is not the one they name")
    {
        QJsonObject forged = original;
        QJsonArray slots;
        QJsonObject slot = documented::slotOf(original, victim);
        QJsonObject sealed = slot.value(QStringLiteral("sealed")).toObject();
        const QByteArray publicKey = documented::base64(slot.value(QStringLiteral("public_key")));
        sealed.insert(QStringLiteral("data"), documented::base64(documented::seal(forgedKey, publicKey)));
        sealed.remove(QStringLiteral("identity"));
        slot.insert(QStringLiteral("sealed"), sealed);
        slots.append(slot);
        forged.insert(QStringLiteral("slots"), slots);
        documented::writeJson(vault_paths::keyringPath(vaultDir), forged);
    }
    SECTION("an authority and a key statement of the forger's own: the victim's slot trusts another key")
    {
        const QByteArray forgerSeed = documented::randomBytes(32);
        QJsonObject forged = original;
        forged.insert(QStringLiteral("authority"),
                      QJsonArray{ QJsonObject{ { QStringLiteral("public_key"),
                                                 documented::base64(documented::signingPublicKey(forgerSeed)) } } });
        const QByteArray dataCheck = documented::keyCheck(forgedKey);
        QJsonObject keys = original.value(QStringLiteral("keys")).toObject();
        keys.insert(QStringLiteral("data_check"), documented::base64(dataCheck));
        const QByteArray message = QStringList{ QStringLiteral("peerdesk-keys-v1"),
                                                original.value(QStringLiteral("vault_id")).toString(),
                                                QStringLiteral("1"),
                                                documented::base64(dataCheck),
                                                keys.value(QStringLiteral("identity_check")).toString(),
                                                QStringLiteral("0"),
                                                QString(),
                                                QStringLiteral("0") }
                                       .join(QLatin1Char('\n'))
                                       .toUtf8();
        keys.insert(QStringLiteral("signature"), documented::base64(documented::sign(forgerSeed, message)));
        forged.insert(QStringLiteral("keys"), keys);
        QJsonObject slot = documented::slotOf(original, victim);
        QJsonObject sealed = slot.value(QStringLiteral("sealed")).toObject();
        sealed.insert(QStringLiteral("data"),
                      documented::base64(
                          documented::seal(forgedKey, documented::base64(slot.value(QStringLiteral("public_key"))))));
        sealed.remove(QStringLiteral("identity"));
        slot.insert(QStringLiteral("sealed"), sealed);
        forged.insert(QStringLiteral("slots"), QJsonArray{ slot });
        documented::writeJson(vault_paths::keyringPath(vaultDir), forged);
    }
    // The victim's real passphrase opens the forged slot's wrap; the unlock refuses what it gives.
    auto key = vault::unwrapWithPassphrase(vaultDir, victim,
                                           TempVault::secret(QString::fromUtf8(team.passphrase(Role::Coordinator))));
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::Damaged);
    INFO(key.error().message.toStdString());
}
