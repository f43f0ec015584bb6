#include "core/security/Keyring.h"

#include "CatchCompat.h"
#include "core/security/KeyringFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace peerdesk;

namespace {

SecureBuffer text(const char* value)
{
    return SecureBuffer::copyOf(value, std::strlen(value));
}

// A keyring as a vault makes it: an authority, a key statement, dana's slot (an administrator's keys) and the
// recovery slot, each with its witness.
struct TestKeyring
{
    VaultKeys keys;
    Keyring keyring;
};

TestKeyring makeKeyring()
{
    TestKeyring made;
    made.keys.data = SecureBuffer::random(Keyring::DataKeyBytes);
    made.keys.identity = SecureBuffer::random(32);
    made.keys.authority = SigningKey::generate();
    made.keyring.establish(*made.keys.authority, made.keys.data, *made.keys.identity);
    const std::pair<KeySlot::Kind, const char*> slots[]
        = { { KeySlot::Kind::Passphrase, "first secret" }, { KeySlot::Kind::Recovery, "RECOVERY" } };
    for (const auto& [kind, secret] : slots) {
        SlotSecrets secrets;
        auto slot = Keyring::makeSlot(made.keyring.vaultId(), {}, kind,
                                      kind == KeySlot::Kind::Passphrase ? QStringLiteral("dana") : QString(),
                                      text(secret), KdfParams::fastForTests(), secrets);
        REQUIRE(slot);
        Keyring::seal(*slot, made.keys, Grants{ true, true });
        made.keyring.signWitness(*slot, secrets.signing, 0, 1, 0, {});
        REQUIRE(made.keyring.insertSlot(*slot));
    }
    return made;
}

QByteArray edited(const QByteArray& json, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

void editFirstSlot(QJsonObject& root, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slots.at(0).toObject();
    edit(slot);
    slots.replace(0, slot);
    root.insert(QStringLiteral("slots"), slots);
}

} // namespace

TEST_CASE("A keyring wraps each slot's keys under its secret and opens the vault's keys only with it", "[security]")
{
    TestKeyring made = makeKeyring();
    Keyring& keyring = made.keyring;

    SECTION("the right passphrase opens the same keys, after a round trip through JSON, and they are vouched for")
    {
        auto reloaded = Keyring::fromJson(keyring.toJson());
        REQUIRE(reloaded);
        CHECK(reloaded->vaultId() == keyring.vaultId());
        const auto slot = reloaded->passphraseSlotFor(QStringLiteral("dana"));
        REQUIRE(slot);
        auto secrets = reloaded->unwrap(*slot, text("first secret"));
        REQUIRE(secrets);
        CHECK(secrets->signing.publicKey() == slot->signingKey);
        auto keys = reloaded->openKeys(*slot, secrets->box);
        REQUIRE(keys);
        CHECK(keys->data.equals(made.keys.data));
        REQUIRE(keys->identity);
        CHECK(keys->identity->equals(*made.keys.identity));
        REQUIRE(keys->authority);
        CHECK(keys->authority->publicKey() == made.keys.authority->publicKey());
        CHECK(reloaded->verifyWitness(*slot));
        CHECK(reloaded->verifyAuthorityFrom(slot->witness.authority));
        CHECK(reloaded->verifyStatement(*keys));
    }
    SECTION("a wrong passphrase is an authentication error")
    {
        auto unwrapped = keyring.unwrap(*keyring.passphraseSlotFor(QStringLiteral("dana")), text("first secreT"));
        REQUIRE_FALSE(unwrapped);
        CHECK(unwrapped.error().code == ErrorCode::Authentication);
    }
    SECTION("a slot moved into another vault's keyring does not open")
    {
        QJsonObject root = QJsonDocument::fromJson(keyring.toJson()).object();
        Keyring other;
        root.insert(QStringLiteral("vault_id"), other.vaultId());
        auto moved = Keyring::fromJson(QJsonDocument(root).toJson());
        REQUIRE(moved);
        CHECK_FALSE(moved->unwrap(*moved->passphraseSlotFor(QStringLiteral("dana")), text("first secret")));
    }
    SECTION("public keys put beside someone else's wrapped keys are refused")
    {
        KeySlot slot = *keyring.passphraseSlotFor(QStringLiteral("dana"));
        slot.publicKey = BoxKeyPair::generate().publicKey();
        auto unwrapped = keyring.unwrap(slot, text("first secret"));
        REQUIRE_FALSE(unwrapped);
        CHECK(unwrapped.error().code == ErrorCode::Damaged);
    }
    SECTION("a witness covers the slot's login, keys and cost: editing any of them breaks it")
    {
        KeySlot slot = *keyring.passphraseSlotFor(QStringLiteral("dana"));
        KeySlot renamed = slot;
        renamed.user = QStringLiteral("mallory");
        CHECK_FALSE(keyring.verifyWitness(renamed));
        KeySlot cheaper = slot;
        cheaper.kdf.memLimitBytes += 1024;
        CHECK_FALSE(keyring.verifyWitness(cheaper));
        KeySlot rolledBack = slot;
        rolledBack.witness.membership = 0;
        CHECK_FALSE(keyring.verifyWitness(rolledBack));
    }
    SECTION("a key statement signed by anyone but the authority is refused")
    {
        SigningKey stranger = SigningKey::generate();
        Keyring forged(keyring.vaultId());
        forged.establish(stranger, made.keys.data, *made.keys.identity);
        // The stranger's chain starts with their own key, so a slot that pinned index 0 of the real chain sees
        // another key there; and the real chain with a statement for another data key does not verify.
        auto keys = keyring.openKeys(
            *keyring.passphraseSlotFor(QStringLiteral("dana")),
            keyring.unwrap(*keyring.passphraseSlotFor(QStringLiteral("dana")), text("first secret"))->box);
        REQUIRE(keys);
        keys->data = SecureBuffer::random(Keyring::DataKeyBytes);
        CHECK_FALSE(keyring.verifyStatement(*keys));
        CHECK(forged.authorityChain().at(0).publicKey != keyring.authorityChain().at(0).publicKey);
    }
    SECTION("the recovery slot names no user and opens every key")
    {
        const auto recovery = keyring.recoverySlot();
        REQUIRE(recovery);
        CHECK(recovery->user.isEmpty());
        auto secrets = keyring.unwrap(*recovery, text("RECOVERY"));
        REQUIRE(secrets);
        auto keys = keyring.openKeys(*recovery, secrets->box);
        REQUIRE(keys);
        CHECK(keys->identity);
        CHECK(keys->authority);
    }
}

TEST_CASE("A rotation gives every slot the next data key and authority key without anyone's secret", "[security]")
{
    TestKeyring made = makeKeyring();
    Keyring& keyring = made.keyring;
    const SecureBuffer nextKey = SecureBuffer::random(Keyring::DataKeyBytes);
    const SigningKey nextAuthority = SigningKey::generate();
    CHECK_FALSE(keyring.rotating());
    REQUIRE(keyring.beginRotation(made.keys, nextKey, nextAuthority));
    CHECK(keyring.rotating());
    CHECK(keyring.authorityChain().size() == 2);
    CHECK(keyring.verifyAuthorityFrom(0));

    // Begun, and through the file: each secret opens both data keys and both authority keys.
    auto reloaded = Keyring::fromJson(keyring.toJson());
    REQUIRE(reloaded);
    CHECK(reloaded->rotating());
    for (const auto& [slot, secret] :
         { std::pair{ *reloaded->passphraseSlotFor(QStringLiteral("dana")), "first secret" },
           std::pair{ *reloaded->recoverySlot(), "RECOVERY" } }) {
        auto secrets = reloaded->unwrap(slot, text(secret));
        REQUIRE(secrets);
        auto keys = reloaded->openKeys(slot, secrets->box);
        REQUIRE(keys);
        CHECK(keys->data.equals(made.keys.data));
        REQUIRE(keys->dataNext);
        CHECK(keys->dataNext->equals(nextKey));
        REQUIRE(keys->authorityNext);
        CHECK(keys->authorityNext->publicKey() == nextAuthority.publicKey());
        CHECK(reloaded->verifyStatement(*keys));
    }
    // No slot can be added halfway: it would miss one of the keys.
    CHECK_FALSE(reloaded->insertSlot(KeySlot{}));

    SECTION("finished by anyone, without the authority key: only the next keys, still vouched for")
    {
        reloaded->finishRotation();
        CHECK_FALSE(reloaded->rotating());
        const KeySlot slot = *reloaded->passphraseSlotFor(QStringLiteral("dana"));
        auto keys = reloaded->openKeys(slot, reloaded->unwrap(slot, text("first secret"))->box);
        REQUIRE(keys);
        CHECK(keys->data.equals(nextKey));
        CHECK_FALSE(keys->dataNext);
        CHECK(keys->authority->publicKey() == nextAuthority.publicKey());
        CHECK(reloaded->verifyStatement(*keys));
        // The old data key is vouched for no longer.
        VaultKeys old = keys->copy();
        old.data = SecureBuffer::copyOf(made.keys.data.data(), made.keys.data.size());
        CHECK_FALSE(reloaded->verifyStatement(old));
    }
    SECTION("an authority key appended without the current one's endorsement is refused")
    {
        QJsonObject root = QJsonDocument::fromJson(reloaded->toJson()).object();
        QJsonArray chain = root.value(QStringLiteral("authority")).toArray();
        QJsonObject last = chain.last().toObject();
        last.insert(QStringLiteral("public_key"), QString::fromLatin1(SigningKey::generate().publicKey().toBase64()));
        chain.replace(chain.size() - 1, last);
        root.insert(QStringLiteral("authority"), chain);
        auto forged = Keyring::fromJson(QJsonDocument(root).toJson());
        REQUIRE(forged);
        CHECK_FALSE(forged->verifyAuthorityFrom(0));
    }
}

TEST_CASE("A damaged or hostile keyring.json is refused with a clear error", "[security]")
{
    const QByteArray json = makeKeyring().keyring.toJson();

    auto refuses = [](const QByteArray& bytes) {
        auto parsed = Keyring::fromJson(bytes);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::Damaged);
        CHECK(parsed.error().message.contains(QStringLiteral("keyring.json")));
    };

    SECTION("truncated")
    {
        refuses(json.left(json.size() / 2));
    }
    SECTION("not JSON")
    {
        refuses(QByteArrayLiteral("\x00\x01garbage"));
    }
    SECTION("another format")
    {
        refuses(edited(json, [](QJsonObject& r) { r.insert(QStringLiteral("format"), QStringLiteral("x")); }));
    }
    SECTION("a newer version")
    {
        refuses(edited(json, [](QJsonObject& r) { r.insert(QStringLiteral("version"), 4); }));
    }
    SECTION("the first format, which wrapped the data key directly")
    {
        refuses(edited(json, [](QJsonObject& r) { r.insert(QStringLiteral("version"), 1); }));
    }
    SECTION("a version that is not a number, holding a placeholder, is shown as written")
    {
        auto parsed = Keyring::fromJson(
            edited(json, [](QJsonObject& r) { r.insert(QStringLiteral("version"), QStringLiteral("%1")); }));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message.contains(QStringLiteral("format version %1;")));
        CHECK(parsed.error().message.contains(QStringLiteral("reads version 3.")));
    }
    SECTION("a sealed key of the wrong size")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject sealed = s.value(QStringLiteral("sealed")).toObject();
                sealed.insert(QStringLiteral("data"), QStringLiteral("AAAA"));
                s.insert(QStringLiteral("sealed"), sealed);
            });
        }));
    }
    SECTION("a rotation recorded in one slot only")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject sealed = s.value(QStringLiteral("sealed")).toObject();
                sealed.insert(QStringLiteral("data_next"), sealed.value(QStringLiteral("data")));
                s.insert(QStringLiteral("sealed"), sealed);
            });
        }));
    }
    SECTION("a witness missing from a slot that has a signing key")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) { s.remove(QStringLiteral("witness")); });
        }));
    }
    SECTION("an authority chain whose later key has no endorsement")
    {
        refuses(edited(json, [](QJsonObject& r) {
            QJsonArray chain = r.value(QStringLiteral("authority")).toArray();
            chain.append(chain.at(0));
            r.insert(QStringLiteral("authority"), chain);
        }));
    }
    SECTION("no key statement")
    {
        refuses(edited(json, [](QJsonObject& r) { r.remove(QStringLiteral("keys")); }));
    }
    SECTION("no slots")
    {
        refuses(edited(json, [](QJsonObject& r) { r.insert(QStringLiteral("slots"), QJsonArray()); }));
    }
    SECTION("a salt of the wrong size")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
                kdf.insert(QStringLiteral("salt"), QStringLiteral("AAAA"));
                s.insert(QStringLiteral("kdf"), kdf);
            });
        }));
    }
    SECTION("a memory cost that would exhaust the machine")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject kdf = s.value(QStringLiteral("kdf")).toObject();
                kdf.insert(QStringLiteral("memlimit"), 1099511627776.0);
                s.insert(QStringLiteral("kdf"), kdf);
            });
        }));
    }
    SECTION("ciphertext that is not base64")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject wrap = s.value(QStringLiteral("wrap")).toObject();
                wrap.insert(QStringLiteral("ciphertext"), QStringLiteral("!!not base64!!"));
                s.insert(QStringLiteral("wrap"), wrap);
            });
        }));
    }
    SECTION("an unknown slot kind")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) { s.insert(QStringLiteral("kind"), QStringLiteral("fingerprint")); });
        }));
    }
    SECTION("a flipped bit in the wrapped key fails authentication, not parsing")
    {
        QJsonObject root = QJsonDocument::fromJson(json).object();
        editFirstSlot(root, [](QJsonObject& s) {
            QJsonObject wrap = s.value(QStringLiteral("wrap")).toObject();
            QByteArray ct = QByteArray::fromBase64(wrap.value(QStringLiteral("ciphertext")).toString().toLatin1());
            ct[3] = static_cast<char>(ct[3] ^ 0x01);
            wrap.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ct.toBase64()));
            s.insert(QStringLiteral("wrap"), wrap);
        });
        auto parsed = Keyring::fromJson(QJsonDocument(root).toJson());
        REQUIRE(parsed);
        auto unwrapped = parsed->unwrap(*parsed->passphraseSlotFor(QStringLiteral("dana")), text("first secret"));
        REQUIRE_FALSE(unwrapped);
        CHECK(unwrapped.error().code == ErrorCode::Authentication);
    }
}

TEST_CASE("A format-2 keyring is read with every slot legacy, for the upgrade", "[security]")
{
    QFile fixture(QStringLiteral(PEERDESK_TEST_DATA "/legacy-v2-vault/keyring.json"));
    REQUIRE(fixture.open(QIODevice::ReadOnly));
    auto keyring = Keyring::fromJson(fixture.readAll());
    REQUIRE(keyring);
    CHECK(keyring->formatVersion() == 2);
    CHECK(keyring->slots().size() == 4);
    for (const KeySlot& slot : keyring->slots())
        CHECK(slot.legacy());
    auto secrets = keyring->unwrap(*keyring->passphraseSlotFor(QStringLiteral("admin")),
                                   text("violet harbour lantern 42 quietly"));
    REQUIRE(secrets);
    CHECK(secrets->signing.isNull());
    auto keys = keyring->openKeys(*keyring->passphraseSlotFor(QStringLiteral("admin")), secrets->box);
    REQUIRE(keys);
    CHECK_FALSE(keys->identity);
    // Written again, it stays a format-2 keyring: only the upgrade makes a format-3 one.
    auto again = Keyring::fromJson(keyring->toJson());
    REQUIRE(again);
    CHECK(again->formatVersion() == 2);
    CHECK(again->toJson() == keyring->toJson());
}

TEST_CASE("Saving the keyring is atomic: a failing disk leaves the previous keyring intact", "[security]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("keyring.json"));
    TestKeyring made = makeKeyring();
    Keyring& keyring = made.keyring;
    REQUIRE(keyring_file::save(keyring, path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray before = saved.readAll();
    saved.close();
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    // A real write failure, not a mock: the kernel refuses to let this process grow any file past 64 bytes
    // (EFBIG), exactly as a full disk would refuse, while QSaveFile writes its temporary file.
    SlotSecrets secrets;
    auto sam = Keyring::makeSlot(keyring.vaultId(), {}, KeySlot::Kind::Passphrase, QStringLiteral("sam"),
                                 text("other secret"), KdfParams::fastForTests(), secrets);
    REQUIRE(sam);
    Keyring::seal(*sam, made.keys, {});
    keyring.signWitness(*sam, secrets.signing, 0, 1, 0, {});
    REQUIRE(keyring.insertSlot(*sam));
    struct rlimit original;
    REQUIRE(getrlimit(RLIMIT_FSIZE, &original) == 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = { 64, original.rlim_max };
    REQUIRE(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    auto result = keyring_file::save(keyring, path);
    setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);

    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Io);
    CHECK(result.error().message.contains(QStringLiteral("unchanged")));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{ QStringLiteral("keyring.json") });
    auto reloaded = keyring_file::load(path);
    REQUIRE(reloaded);
    CHECK_FALSE(reloaded->passphraseSlotFor(QStringLiteral("sam")));
}

TEST_CASE("A missing keyring.json is named in the error", "[security]")
{
    QTemporaryDir dir;
    auto loaded = keyring_file::load(QDir(dir.path()).filePath(QStringLiteral("keyring.json")));
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == ErrorCode::Damaged);
    CHECK(loaded.error().message.contains(QStringLiteral("keyring.json")));
}
