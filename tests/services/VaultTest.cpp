#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "FileSnapshot.h"
#include "TempVault.h"
#include "core/security/KeyringFile.h"
#include "core/services/AuditLog.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/VaultPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace peerdesk;
using peerdesk::test::FileSnapshot;
using peerdesk::test::TempVault;

namespace {

void overwrite(const QString& path, const std::function<void(QByteArray&)>& edit)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    edit(bytes);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QStringList vaultFiles(const TempVault& vault)
{
    return QDir(vault.directory()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("Creating a vault writes exactly peerdesk.db and keyring.json, readable by the owner only", "[vault]")
{
    TempVault vault;
    CHECK(vaultFiles(vault) == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
    for (const QString& path : { vault.databasePath(), vault.keyringPath() }) {
        INFO(path.toStdString());
        CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    }

    QFile keyringFile(vault.keyringPath());
    REQUIRE(keyringFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(keyringFile.readAll()).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("peerdesk-keyring"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 3);
    CHECK(root.value(QStringLiteral("authority")).toArray().size() == 1);
    const QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    REQUIRE(slots.size() == 2);
    CHECK(slots.at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("passphrase"));
    CHECK(slots.at(0).toObject().value(QStringLiteral("user")).toString() == QStringLiteral("admin"));
    CHECK(slots.at(1).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("recovery"));
    const QJsonObject kdf = slots.at(0).toObject().value(QStringLiteral("kdf")).toObject();
    CHECK(kdf.value(QStringLiteral("alg")).toString() == QStringLiteral("argon2id13"));
    CHECK(kdf.value(QStringLiteral("opslimit")).toInt() == 1);
    CHECK(kdf.value(QStringLiteral("memlimit")).toDouble() == 8.0 * 1024 * 1024);

    QFile database(vault.databasePath());
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK_FALSE(database.read(16).startsWith("SQLite format 3")); // encrypted from the first byte
}

TEST_CASE("The first administrator can unlock, and the session knows who they are", "[local-only][vault]")
{
    TempVault vault;
    auto session = vault.unlock();
    CHECK(session->user().login == QStringLiteral("admin"));
    CHECK(session->user().displayName == QLatin1String(TempVault::DisplayName));
    CHECK(session->user().role == Role::Administrator);
    CHECK(session->autoLockMinutes() == 5);
    CHECK(session->database().schemaVersion() == migrations::latestVersion());
    session.reset();
    CHECK(vaultFiles(vault) == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
}

TEST_CASE("A new vault hands back its administrator's keys, which open it as an unlock would", "[vault]")
{
    QTemporaryDir root;
    const QString directory = QDir(root.path()).filePath(QStringLiteral("vault"));
    peerdesk::test::FakeClock clock;
    auto request = TempVault::request(directory);
    const QString login = vault::normaliseLogin(request.adminLogin);
    auto created = vault::create(std::move(request), clock);
    REQUIRE(created);
    REQUIRE(created->adminKey);
    CHECK(created->adminKey->login == login);
    CHECK_FALSE(created->adminKey->recovered);
    {
        auto session = vault::open(std::move(*created->adminKey), clock);
        REQUIRE(session);
        CHECK((*session)->user().login == login);
        CHECK((*session)->user().role == Role::Administrator);
        CHECK_FALSE((*session)->user().mustChangePassphrase);
        auto report = (*session)->verify();
        REQUIRE(report);
        CHECK(report->ok);
    }
    // The ordinary unlock works just the same afterwards.
    auto key = vault::unwrapWithPassphrase(directory, login, TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    CHECK(vault::open(std::move(*key), clock));
}

TEST_CASE("Creating a vault refuses bad input and leaves nothing behind", "[vault]")
{
    QTemporaryDir root;
    const QString directory = QDir(root.path()).filePath(QStringLiteral("vault"));
    peerdesk::test::FakeClock clock;

    SECTION("a weak passphrase")
    {
        auto request = TempVault::request(directory);
        request.adminPassphrase = TempVault::secret(QStringLiteral("password1"));
        auto created = vault::create(std::move(request), clock);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(vault::existsAt(directory));
    }
    SECTION("a login with spaces")
    {
        auto request = TempVault::request(directory);
        request.adminLogin = QStringLiteral("dr who");
        auto created = vault::create(std::move(request), clock);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(vault::existsAt(directory));
    }
    SECTION("a folder that already holds a vault")
    {
        REQUIRE(vault::create(TempVault::request(directory), clock));
        const FileSnapshot before = FileSnapshot::of(directory);
        auto again = vault::create(TempVault::request(directory), clock);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::InvalidInput);
        CHECK(FileSnapshot::of(directory) == before);
    }
}

TEST_CASE("A wrong passphrase or an unknown user gets the same error and changes no byte", "[vault]")
{
    TempVault vault;
    const FileSnapshot before = FileSnapshot::of(vault.root());

    auto wrong = vault.tryUnlock(QStringLiteral("admin"), QStringLiteral("violet harbour lantern 43 quietly"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::Authentication);

    auto unknown = vault.tryUnlock(QStringLiteral("nobody"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::Authentication);
    CHECK(unknown.error().message == wrong.error().message);

    CHECK(FileSnapshot::of(vault.root()) == before);
}

TEST_CASE("Logins are matched without regard to case or surrounding spaces", "[vault]")
{
    TempVault vault;
    CHECK(vault.tryUnlock(QStringLiteral(" Admin "), QLatin1String(TempVault::Passphrase)));
}

TEST_CASE("A damaged keyring.json is reported by name and never overwritten", "[vault]")
{
    TempVault vault;
    overwrite(vault.keyringPath(), [](QByteArray& bytes) { bytes.truncate(bytes.size() / 3); });
    const FileSnapshot before = FileSnapshot::of(vault.root());
    auto result = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Damaged);
    CHECK(result.error().message.contains(QStringLiteral("keyring.json")));
    CHECK(FileSnapshot::of(vault.root()) == before);
}

TEST_CASE("A damaged or truncated peerdesk.db is reported by name and never overwritten", "[vault]")
{
    TempVault vault;

    SECTION("truncated to nothing")
    {
        overwrite(vault.databasePath(), [](QByteArray& bytes) { bytes.clear(); });
        const FileSnapshot before = FileSnapshot::of(vault.root());
        auto result = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Damaged);
        CHECK(result.error().message.contains(QStringLiteral("peerdesk.db")));
        CHECK(FileSnapshot::of(vault.root()) == before);
    }
    SECTION("its first page overwritten")
    {
        overwrite(vault.databasePath(), [](QByteArray& bytes) {
            for (int i = 0; i < 64; ++i)
                bytes[i] = static_cast<char>(0x5a);
        });
        const FileSnapshot before = FileSnapshot::of(vault.root());
        auto result = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Damaged);
        CHECK(result.error().message.contains(QStringLiteral("peerdesk.db")));
        CHECK(FileSnapshot::of(vault.root()) == before);
    }
    SECTION("a byte flipped in a later page is caught by verify")
    {
        {
            auto session = vault.unlock();
            // Enough audit rows to spill past the first pages.
            for (int i = 0; i < 200; ++i)
                REQUIRE(session->audit().append(QStringLiteral("admin"), QStringLiteral("test.filler"),
                                                QStringLiteral("test"), i));
        }
        qint64 size = 0;
        overwrite(vault.databasePath(), [&](QByteArray& bytes) {
            size = bytes.size();
            const qsizetype offset = bytes.size() - 4096 + 100; // inside the last page's encrypted payload
            bytes[offset] = static_cast<char>(bytes[offset] ^ 0x40);
        });
        REQUIRE(size > 3 * 4096);
        auto session = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
        if (session) {
            auto report = (*session)->verify();
            const bool detected = !report || !report->ok;
            CHECK(detected);
        } else {
            CHECK(session.error().code == ErrorCode::Damaged);
        }
    }
    SECTION("missing")
    {
        QFile::remove(vault.databasePath());
        auto result = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Damaged);
        CHECK(result.error().message.contains(QStringLiteral("peerdesk.db")));
        CHECK_FALSE(QFile::exists(vault.databasePath()));
    }
}

TEST_CASE("A keyring from another vault does not open this database", "[vault]")
{
    TempVault first;
    TempVault second;
    QFile::remove(first.keyringPath());
    REQUIRE(QFile::copy(second.keyringPath(), first.keyringPath()));
    auto result = first.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Damaged);
}

TEST_CASE("A database written by a newer PeerDesk is refused with a clear message", "[local-only][vault]")
{
    TempVault vault;
    {
        auto session = vault.unlock();
        REQUIRE(
            session->database().exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::latestVersion() + 1)));
    }
    auto result = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Damaged);
    CHECK(result.error().message.contains(QStringLiteral("newer PeerDesk")));
}

TEST_CASE("Changing a passphrase rewraps only that slot and keeps the same database key", "[local-only][vault]")
{
    TempVault vault;
    const auto before = keyring_file::load(vault.keyringPath());
    REQUIRE(before);
    const QString newPassphrase = QStringLiteral("marble orchard compass 7 slowly");
    {
        auto session = vault.unlock();
        REQUIRE(session->changePassphrase(TempVault::secret(newPassphrase)));
    }
    const auto after = keyring_file::load(vault.keyringPath());
    REQUIRE(after);
    CHECK(after->vaultId() == before->vaultId());
    const KeySlot oldSlot = *before->passphraseSlotFor(QStringLiteral("admin"));
    const KeySlot newSlot = *after->passphraseSlotFor(QStringLiteral("admin"));
    CHECK(newSlot.id == oldSlot.id);
    CHECK(newSlot.ciphertext != oldSlot.ciphertext);
    CHECK(after->recoverySlot()->ciphertext == before->recoverySlot()->ciphertext);

    auto oldKey = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey());
    REQUIRE(oldKey);
    auto newKey
        = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"), TempVault::secret(newPassphrase));
    REQUIRE(newKey);
    CHECK(newKey->keys.data.equals(oldKey->keys.data));
    // New key pairs: the administrator who knew an initial passphrase cannot sign as the person afterwards.
    CHECK(newSlot.signingKey != oldSlot.signingKey);
    CHECK(newSlot.publicKey != oldSlot.publicKey);

    auto old = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::Authentication);
    auto session = vault.unlock(newPassphrase);
    auto report = session->verify();
    REQUIRE(report);
    CHECK(report->ok);
    CHECK(report->auditRows == 3); // created, admin added, passphrase changed
}

// A passwd killed between its COMMIT and the write of keyring.json leaves the file one change behind. The old
// passphrase still unwraps the old slot from it; that unlock brings the file up to date and is then refused. It
// must not, on its way out, sign the new slot's witness with the old key (that made the new passphrase fail too).
TEST_CASE("An unlock with the old passphrase after an interrupted change is refused and leaves the new one working",
          "[local-only][vault]")
{
    TempVault vault;
    const auto readKeyring = [&] {
        QFile file(vault.keyringPath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray beforeChange = readKeyring();
    const QString newPassphrase = QStringLiteral("marble orchard compass 7 slowly");
    REQUIRE(vault.unlock()->changePassphrase(TempVault::secret(newPassphrase)));
    const QByteArray afterChange = readKeyring();
    {
        // What the kill leaves: the new keyring recorded in the database as the successor of the old file, and the
        // old file still in place.
        auto key = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey());
        REQUIRE(key);
        auto database
            = Database::open(vault.databasePath(), std::move(key->keys.data), Database::OpenMode::ExistingOnly);
        REQUIRE(database);
        REQUIRE(
            (*database)->transaction([&] { return keyring_record::record(**database, beforeChange, afterChange); }));
    }
    overwrite(vault.keyringPath(), [&](QByteArray& bytes) { bytes = beforeChange; });

    auto old = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::Authentication);
    CHECK(old.error().message.contains(QStringLiteral("unlock again")));
    CHECK(vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase)).error().code
          == ErrorCode::Authentication);

    auto session = vault.unlock(newPassphrase);
    auto report = session->verify();
    REQUIRE(report);
    CHECK(report->ok);
}

// QSaveFile writes keyring.json through keyring.json.XXXXXX; a process killed mid-write leaves that behind. Only
// the holder of the vault's lock writes the keyring, so the next one to hold it removes what is left.
TEST_CASE("A keyring's temporary file left by a killed writer is removed by the next unlock", "[vault]")
{
    TempVault vault;
    const QString leftover = vault.keyringPath() + QStringLiteral(".Ab3xYz");
    QFile temporary(leftover);
    REQUIRE(temporary.open(QIODevice::WriteOnly));
    temporary.write("{\"half\": ");
    temporary.close();
    const QString unrelated = vault.directory() + QStringLiteral("/keyring.json.notes");
    QFile other(unrelated);
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();

    vault.unlock();
    CHECK_FALSE(QFile::exists(leftover));
    CHECK(QFile::exists(unrelated)); // not a QSaveFile name: not ours to remove
}

TEST_CASE("A weak new passphrase is refused and the keyring is untouched", "[vault]")
{
    TempVault vault;
    auto session = vault.unlock();
    const FileSnapshot before = FileSnapshot::of(vault.directory());
    auto changed = session->changePassphrase(TempVault::secret(QStringLiteral("letmein")));
    REQUIRE_FALSE(changed);
    CHECK(changed.error().code == ErrorCode::InvalidInput);
    CHECK(FileSnapshot::of(vault.directory()).files().value(QStringLiteral("keyring.json"))
          == before.files().value(QStringLiteral("keyring.json")));
}

TEST_CASE("The recovery key opens the vault and a wrong one does not", "[vault]")
{
    TempVault vault;
    auto key = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey().toLower());
    REQUIRE(key);
    auto session = vault::open(std::move(*key), vault.clock());
    REQUIRE(session);
    CHECK((*session)->user().login == QStringLiteral("admin"));

    QString wrong = vault.recoveryKey();
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto refused = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Authentication);
}

TEST_CASE("Verify passes on a fresh vault and reports the audit rows", "[vault]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto report = session->verify();
    REQUIRE(report);
    CHECK(report->ok);
    CHECK(report->problems.isEmpty());
    CHECK(report->auditRows == 2);
}

TEST_CASE("Renaming slots in keyring.json does not sign one person in as another", "[vault]")
{
    TempVault vault;
    const QString coordinatorPassphrase = QStringLiteral("copper meadow whistle 9 gently");
    {
        auto session = vault.unlock();
        NewUser casey;
        casey.login = QStringLiteral("casey");
        casey.role = Role::Coordinator;
        casey.initialPassphrase = TempVault::secret(QStringLiteral("initial harbour violet 33 calmly"));
        REQUIRE(UserService(*session).add(casey));
    }
    {
        auto casey = vault.tryUnlock(QStringLiteral("casey"), QStringLiteral("initial harbour violet 33 calmly"));
        REQUIRE(casey);
        REQUIRE((*casey)->changePassphrase(TempVault::secret(coordinatorPassphrase)));
    }
    REQUIRE(vault.tryUnlock(QStringLiteral("casey"), coordinatorPassphrase));

    // Swap the two passphrase slots' user names: casey's passphrase now sits in the slot labelled "admin".
    QFile file(vault.keyringPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    for (int i = 0; i < slots.size(); ++i) {
        QJsonObject slot = slots.at(i).toObject();
        const QString user = slot.value(QStringLiteral("user")).toString();
        if (user == QStringLiteral("admin"))
            slot.insert(QStringLiteral("user"), QStringLiteral("casey"));
        else if (user == QStringLiteral("casey"))
            slot.insert(QStringLiteral("user"), QStringLiteral("admin"));
        slots.replace(i, slot);
    }
    root.insert(QStringLiteral("slots"), slots);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    // The file is no longer the keyring the vault wrote: nobody is signed in, as anyone.
    auto impersonation = vault.tryUnlock(QStringLiteral("admin"), coordinatorPassphrase);
    REQUIRE_FALSE(impersonation);
    CHECK(impersonation.error().code == ErrorCode::Damaged);
    // The slot's witness, signed by its owner's key, covers the login written on it.
    CHECK(impersonation.error().message.contains(QStringLiteral("witness")));
}

TEST_CASE("A new vault folder appears whole or not at all", "[vault]")
{
    QTemporaryDir root;
    peerdesk::test::FakeClock clock;
    const QString directory = QDir(root.path()).filePath(QStringLiteral("nested/vault"));
    REQUIRE(vault::create(TempVault::request(directory), clock));
    // Built beside its place and renamed into it: no staging folder remains.
    CHECK(QDir(QDir(root.path()).filePath(QStringLiteral("nested")))
              .entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList{ QStringLiteral("vault") });
    CHECK(QDir(directory).entryList(QDir::Files | QDir::Hidden)
          == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
    CHECK((QFile::permissions(directory) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther))
          == 0);

    SECTION("an existing empty folder is used in place")
    {
        const QString existing = QDir(root.path()).filePath(QStringLiteral("existing"));
        REQUIRE(QDir().mkpath(existing));
        REQUIRE(vault::create(TempVault::request(existing), clock));
        CHECK(vault::inspect(existing) == vault::FolderState::Vault);
    }
    SECTION("a database left without its keyring is explained, not overwritten")
    {
        REQUIRE(QFile::remove(vault_paths::keyringPath(directory)));
        const FileSnapshot before = FileSnapshot::of(directory);
        CHECK(vault::inspect(directory) == vault::FolderState::DatabaseWithoutKeyring);
        auto again = vault::create(TempVault::request(directory), clock);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::InvalidInput);
        CHECK(again.error().message.contains(QStringLiteral("keyring.json")));
        CHECK(FileSnapshot::of(directory) == before);
    }
}

TEST_CASE("A database whose tables were tampered with is reported as damaged", "[local-only][vault]")
{
    TempVault vault;
    {
        auto session = vault.unlock();
        REQUIRE(session->database().exec(QStringLiteral("ALTER TABLE users RENAME TO staff")));
    }
    auto result = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Damaged);
    CHECK(result.error().message.contains(QStringLiteral("peerdesk.db")));
}
