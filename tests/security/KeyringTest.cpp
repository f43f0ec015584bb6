#include "security/Keyring.h"

#include "CatchCompat.h"
#include "security/KeyringFile.h"

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

Keyring makeKeyring(const SecureBuffer& dataKey)
{
    Keyring keyring;
    REQUIRE(
        keyring.addPassphraseSlot(QStringLiteral("dana"), text("first secret"), dataKey, KdfParams::fastForTests()));
    REQUIRE(keyring.addRecoverySlot(text("RECOVERY"), dataKey, KdfParams::fastForTests()));
    return keyring;
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

TEST_CASE("A keyring wraps the data key once per person and unwraps it only with their secret", "[security]")
{
    const SecureBuffer dataKey = SecureBuffer::random(Keyring::DataKeyBytes);
    Keyring keyring = makeKeyring(dataKey);

    SECTION("the right passphrase unwraps the same data key, after a round trip through JSON")
    {
        auto reloaded = Keyring::fromJson(keyring.toJson());
        REQUIRE(reloaded);
        CHECK(reloaded->vaultId() == keyring.vaultId());
        const auto slot = reloaded->passphraseSlotFor(QStringLiteral("dana"));
        REQUIRE(slot);
        auto unwrapped = reloaded->unwrap(*slot, text("first secret"));
        REQUIRE(unwrapped);
        CHECK(unwrapped->equals(dataKey));
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
    SECTION("rewrapping changes salt and nonce, keeps the slot id, and retires the old passphrase")
    {
        const KeySlot before = *keyring.passphraseSlotFor(QStringLiteral("dana"));
        REQUIRE(keyring.rewrapSlot(before.id, text("second secret"), dataKey));
        const KeySlot after = *keyring.passphraseSlotFor(QStringLiteral("dana"));
        CHECK(after.id == before.id);
        CHECK(after.salt != before.salt);
        CHECK(after.nonce != before.nonce);
        CHECK_FALSE(keyring.unwrap(after, text("first secret")));
        auto unwrapped = keyring.unwrap(after, text("second secret"));
        REQUIRE(unwrapped);
        CHECK(unwrapped->equals(dataKey));
    }
    SECTION("the recovery slot names no user")
    {
        const auto recovery = keyring.recoverySlot();
        REQUIRE(recovery);
        CHECK(recovery->user.isEmpty());
        CHECK(keyring.unwrap(*recovery, text("RECOVERY")));
    }
}

TEST_CASE("A rotation gives every slot the next data key without anyone's secret", "[security]")
{
    const SecureBuffer dataKey = SecureBuffer::random(Keyring::DataKeyBytes);
    Keyring keyring = makeKeyring(dataKey);
    const SecureBuffer nextKey = SecureBuffer::random(Keyring::DataKeyBytes);
    CHECK_FALSE(keyring.rotating());
    REQUIRE(keyring.beginRotation(nextKey));
    CHECK(keyring.rotating());

    // Begun, and through the file: each secret opens both keys.
    auto reloaded = Keyring::fromJson(keyring.toJson());
    REQUIRE(reloaded);
    CHECK(reloaded->rotating());
    for (const auto& [slot, secret] :
         { std::pair{ *reloaded->passphraseSlotFor(QStringLiteral("dana")), "first secret" },
           std::pair{ *reloaded->recoverySlot(), "RECOVERY" } }) {
        auto keys = reloaded->unwrapKeys(slot, text(secret));
        REQUIRE(keys);
        CHECK(keys->dataKey.equals(dataKey));
        REQUIRE(keys->nextDataKey);
        CHECK(keys->nextDataKey->equals(nextKey));
    }
    // No slot can be added or rewrapped halfway: it would miss one of the keys.
    CHECK_FALSE(
        reloaded->addPassphraseSlot(QStringLiteral("eli"), text("another secret"), dataKey, KdfParams::fastForTests()));

    SECTION("finished: only the next key")
    {
        reloaded->finishRotation();
        CHECK_FALSE(reloaded->rotating());
        auto keys = reloaded->unwrapKeys(*reloaded->passphraseSlotFor(QStringLiteral("dana")), text("first secret"));
        REQUIRE(keys);
        CHECK(keys->dataKey.equals(nextKey));
        CHECK_FALSE(keys->nextDataKey);
    }
    SECTION("abandoned: only the old key")
    {
        reloaded->abandonRotation();
        auto keys = reloaded->unwrapKeys(*reloaded->recoverySlot(), text("RECOVERY"));
        REQUIRE(keys);
        CHECK(keys->dataKey.equals(dataKey));
        CHECK_FALSE(keys->nextDataKey);
    }
}

TEST_CASE("A damaged or hostile keyring.json is refused with a clear error", "[security]")
{
    const SecureBuffer dataKey = SecureBuffer::random(Keyring::DataKeyBytes);
    const QByteArray json = makeKeyring(dataKey).toJson();

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
        refuses(edited(json, [](QJsonObject& r) { r.insert(QStringLiteral("version"), 3); }));
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
        CHECK(parsed.error().message.contains(QStringLiteral("reads version 2.")));
    }
    SECTION("a sealed key of the wrong size")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject sealed = s.value(QStringLiteral("sealed")).toObject();
                sealed.insert(QStringLiteral("current"), QStringLiteral("AAAA"));
                s.insert(QStringLiteral("sealed"), sealed);
            });
        }));
    }
    SECTION("a rotation recorded in one slot only")
    {
        refuses(edited(json, [](QJsonObject& r) {
            editFirstSlot(r, [](QJsonObject& s) {
                QJsonObject sealed = s.value(QStringLiteral("sealed")).toObject();
                sealed.insert(QStringLiteral("next"), sealed.value(QStringLiteral("current")));
                s.insert(QStringLiteral("sealed"), sealed);
            });
        }));
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

TEST_CASE("Saving the keyring is atomic: a failing disk leaves the previous keyring intact", "[security]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("keyring.json"));
    const SecureBuffer dataKey = SecureBuffer::random(Keyring::DataKeyBytes);
    Keyring keyring = makeKeyring(dataKey);
    REQUIRE(keyring_file::save(keyring, path));
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray before = saved.readAll();
    saved.close();
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    // A real write failure, not a mock: the kernel refuses to let this process grow any file past 64 bytes
    // (EFBIG), exactly as a full disk would refuse, while QSaveFile writes its temporary file.
    REQUIRE(keyring.addPassphraseSlot(QStringLiteral("sam"), text("other secret"), dataKey, KdfParams::fastForTests()));
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
