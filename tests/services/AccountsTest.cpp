// Staff accounts, role refusals, data-key rotation and the one-process lock (docs/security.md).

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/security/KeyringFile.h"
#include "core/services/Permissions.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultLock.h"
#include "core/vault/VaultPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sys/file.h>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

constexpr auto CoordinatorPassphrase = "amber meadow ferry 17 softly";

NewUser newUser(const char* login, Role role, const char* passphrase = CoordinatorPassphrase)
{
    return NewUser{ QLatin1String(login), QString(), role, TempVault::secret(QLatin1String(passphrase)) };
}

int auditCount(VaultSession& session, const QString& action, const QString& entityType)
{
    auto query = session.database().exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND entity_type = ?"), { action, entityType });
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toInt();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("An administrator adds an account whose initial passphrase must be replaced", "[accounts]")
{
    TempVault vault;
    {
        auto admin = vault.unlock();
        UserService users(*admin);
        REQUIRE(users.add(newUser("casey", Role::Coordinator)));
        // Refused, nothing written: a taken login, a bad login, a weak initial passphrase.
        const QByteArray keyring = readFile(vault.keyringPath());
        CHECK(users.add(newUser("Casey ", Role::Reporting)).error().code == ErrorCode::InvalidInput);
        CHECK(users.add(newUser("no spaces", Role::Reporting)).error().code == ErrorCode::InvalidInput);
        CHECK(users.add(newUser("robin", Role::Reporting, "password1")).error().code == ErrorCode::InvalidInput);
        CHECK(readFile(vault.keyringPath()) == keyring);
        auto list = users.list();
        REQUIRE(list);
        REQUIRE(list->size() == 2);
        CHECK(list->at(1).login == QLatin1String("casey"));
        CHECK(list->at(1).mustChangePassphrase);
        CHECK(auditCount(*admin, QStringLiteral("user.added"), QStringLiteral("user")) == 2);
    }
    auto casey = vault.tryUnlock(QStringLiteral("casey"), QLatin1String(CoordinatorPassphrase));
    REQUIRE(casey);
    CHECK((*casey)->user().role == Role::Coordinator);
    CHECK((*casey)->user().mustChangePassphrase);
    REQUIRE((*casey)->changePassphrase(TempVault::secret(QStringLiteral("copper lantern orchard 88 gently"))));
    CHECK_FALSE((*casey)->user().mustChangePassphrase);
    casey->reset();
    auto again = vault.tryUnlock(QStringLiteral("casey"), QStringLiteral("copper lantern orchard 88 gently"));
    REQUIRE(again);
    CHECK_FALSE((*again)->user().mustChangePassphrase);
}

TEST_CASE("Roles are refused in the services, and every refusal is audited", "[accounts]")
{
    TempVault vault;
    {
        auto admin = vault.unlock();
        REQUIRE(UserService(*admin).add(newUser("casey", Role::Coordinator)));
        REQUIRE(UserService(*admin).add(newUser("riley", Role::Reporting, "willow canyon marble 23 briskly")));
    }
    for (const auto& [login, passphrase] :
         { std::pair{ "casey", CoordinatorPassphrase }, std::pair{ "riley", "willow canyon marble 23 briskly" } }) {
        auto session = vault.tryUnlock(QLatin1String(login), QLatin1String(passphrase));
        REQUIRE(session);
        INFO(login);
        UserService users(**session);
        CHECK(users.list().error().code == ErrorCode::NotPermitted);
        CHECK(users.add(newUser("sam", Role::Administrator)).error().code == ErrorCode::NotPermitted);
        CHECK(users.deactivate(QStringLiteral("admin")).error().code == ErrorCode::NotPermitted);
        CHECK((*session)->rotateDataKey().error().code == ErrorCode::NotPermitted);
        // Coordinators read the roster; reporting users see statistics only.
        const bool readsRoster = bool(SupporterService(**session).list());
        CHECK(readsRoster == (QLatin1String(login) == QLatin1String("casey")));
        CHECK(auditCount(**session, QStringLiteral("access.refused"), QStringLiteral("UserService::list")) >= 1);
        CHECK(auditCount(**session, QStringLiteral("access.refused"), QStringLiteral("VaultSession::rotateDataKey"))
              >= 1);
    }
}

// The window hides what a role may not do by asking Permissions the same question the services ask: a session of
// each role, its answer from coordinates()/administers() against what requireCoordination/requireAdministration
// let through.
TEST_CASE("What the window shows a role is what the services let it do", "[accounts]")
{
    TempVault vault;
    for (Role role : { Role::Administrator, Role::Coordinator, Role::Reporting }) {
        auto session = vault.unlockAs(role);
        INFO(roleKey(role).toStdString());
        CHECK(coordinates(role) == bool(requireCoordination(*session)));
        CHECK(administers(role) == bool(requireAdministration(*session)));
    }
}

TEST_CASE("A vault refuses a supporter's account: every account of a vault opens the whole program",
          "[local-only][accounts][supporters]")
{
    TempVault vault;
    auto admin = vault.unlock();
    auto supporter = SupporterService(*admin).add(
        test::sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(supporter);
    NewUser user = newUser("jordan", Role::Supporter);
    user.supporterId = *supporter;
    auto added = UserService(*admin).add(user);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::InvalidInput);
    CHECK(added.error().message.contains(QStringLiteral("program server")));
    // Nothing was written, and the database would refuse the role anyway.
    auto count = admin->database().exec(QStringLiteral("SELECT count(*) FROM users WHERE login = 'jordan'"));
    REQUIRE(count);
    REQUIRE(count->next());
    CHECK(count->value(0).toInt() == 0);
    count->finish();
    CHECK_FALSE(admin->database().exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, slot_id, created_at, supporter_id) VALUES "
                       "('jordan', 'Jordan', 'supporter', 'x', '2026-01-01T00:00:00.000Z', ?)"),
        { *supporter }));
    // Staff name no supporter.
    NewUser staff = newUser("casey", Role::Coordinator);
    staff.supporterId = *supporter;
    CHECK_FALSE(UserService(*admin).add(staff));
}

TEST_CASE("Deactivating takes the slot out of keyring.json, the last administrator and oneself stay", "[accounts]")
{
    TempVault vault;
    auto admin = vault.unlock();
    UserService users(*admin);
    REQUIRE(users.add(newUser("casey", Role::Coordinator)));
    CHECK(users.deactivate(QStringLiteral("admin")).error().code == ErrorCode::InvalidInput);
    REQUIRE(users.deactivate(QStringLiteral("casey")));
    auto keyring = keyring_file::load(vault.keyringPath());
    REQUIRE(keyring);
    CHECK_FALSE(keyring->passphraseSlotFor(QStringLiteral("casey")));
    CHECK(vault.tryUnlock(QStringLiteral("casey"), QLatin1String(CoordinatorPassphrase)).error().code
          == ErrorCode::Authentication);
    CHECK(users.add(newUser("casey", Role::Coordinator)).error().code == ErrorCode::InvalidInput);

    // Back with a new initial passphrase; then removed for good.
    REQUIRE(
        users.reactivate(QStringLiteral("casey"), TempVault::secret(QStringLiteral("silver birch rowing 64 calmly"))));
    {
        auto casey = vault.tryUnlock(QStringLiteral("casey"), QStringLiteral("silver birch rowing 64 calmly"));
        REQUIRE(casey);
        CHECK((*casey)->user().mustChangePassphrase);
    }
    REQUIRE(users.remove(QStringLiteral("casey"), false));
    CHECK(users.reactivate(QStringLiteral("casey"), TempVault::secret(QStringLiteral("silver birch rowing 64 calmly")))
              .error()
              .code
          == ErrorCode::InvalidInput);
    CHECK(auditCount(*admin, QStringLiteral("user.deactivated"), QStringLiteral("user")) == 1);
    CHECK(auditCount(*admin, QStringLiteral("user.removed"), QStringLiteral("user")) == 1);
    // A second administrator may end the first.
    REQUIRE(users.add(newUser("morgan", Role::Administrator, "granite harbour violin 51 slowly")));
    admin.reset();
    auto morgan = vault.tryUnlock(QStringLiteral("morgan"), QStringLiteral("granite harbour violin 51 slowly"));
    REQUIRE(morgan);
    REQUIRE((*morgan)->changePassphrase(TempVault::secret(QStringLiteral("quartz ribbon falcon 39 kindly"))));
    CHECK(UserService(**morgan).deactivate(QStringLiteral("admin")));
}

TEST_CASE("After removal with rotation an old keyring copy no longer opens the database", "[local-only][accounts]")
{
    TempVault vault;
    {
        auto admin = vault.unlock();
        REQUIRE(UserService(*admin).add(newUser("casey", Role::Coordinator)));
    }
    // Casey keeps a copy of the vault's keyring (and could copy peerdesk.db later).
    const QByteArray oldKeyring = readFile(vault.keyringPath());
    {
        auto admin = vault.unlock();
        auto removed = UserService(*admin).remove(QStringLiteral("casey"), true);
        INFO((removed ? QString() : removed.error().message).toStdString());
        REQUIRE(removed);
        CHECK(auditCount(*admin, QStringLiteral("vault.key_rotated"), QStringLiteral("vault")) == 1);
        // The session goes on with the new key.
        CHECK((*admin).verify()->ok);
    }
    const QStringList files = QDir(vault.directory()).entryList(QDir::Files);
    CHECK(QSet<QString>(files.cbegin(), files.cend())
          == QSet<QString>{ QStringLiteral("peerdesk.db"), QStringLiteral("keyring.json") });
    auto keyring = keyring_file::load(vault.keyringPath());
    REQUIRE(keyring);
    CHECK_FALSE(keyring->rotating());
    // Everyone left opens it: the administrator and the recovery key.
    CHECK(vault.unlock()->verify()->ok);
    auto recovered = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey());
    REQUIRE(recovered);
    REQUIRE(vault::open(std::move(*recovered), vault.clock()));

    // Casey's passphrase with the old keyring unwraps the old key, which opens nothing any more.
    QTemporaryDir stolen;
    QFile::copy(vault.databasePath(), stolen.filePath(QStringLiteral("peerdesk.db")));
    QFile copy(stolen.filePath(QStringLiteral("keyring.json")));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(oldKeyring);
    copy.close();
    auto key = vault::unwrapWithPassphrase(stolen.path(), QStringLiteral("casey"),
                                           TempVault::secret(QLatin1String(CoordinatorPassphrase)));
    REQUIRE(key); // the old keyring still unwraps its old key...
    auto opened = vault::open(std::move(*key), vault.clock());
    REQUIRE_FALSE(opened); // ...which no longer decrypts the database
    CHECK(opened.error().code == ErrorCode::Damaged);
}

TEST_CASE("A rotation interrupted at any step is finished by the next unlock", "[local-only][accounts]")
{
    TempVault vault;
    auto unwrapAdmin = [&] {
        auto key = vault::unwrapWithPassphrase(vault.directory(), QLatin1String(TempVault::Login),
                                               TempVault::secret(QLatin1String(TempVault::Passphrase)));
        REQUIRE(key);
        return SecureBuffer::copyOf(key->keys.data.data(), key->keys.data.size());
    };
    auto opens = [&](const SecureBuffer& key) {
        auto database = Database::open(vault.databasePath(), SecureBuffer::copyOf(key.data(), key.size()),
                                       Database::OpenMode::ExistingOnly);
        return database.hasValue();
    };
    const SecureBuffer oldKey = unwrapAdmin();
    const auto step = GENERATE(vault::RotationStep::Recorded, vault::RotationStep::KeyringWritten,
                               vault::RotationStep::Copied, vault::RotationStep::Swapped);
    INFO("stopped after step " << static_cast<int>(step));
    {
        auto admin = vault.unlock();
        vault::stopNextRotationAfterForTests(step);
        REQUIRE_FALSE(admin->rotateDataKey());
    }
    // Killed there: the next unlock opens the vault and finishes the rotation.
    {
        auto admin = vault.unlock();
        auto report = admin->verify();
        REQUIRE(report);
        INFO(report->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->ok);
        CHECK(auditCount(*admin, QStringLiteral("vault.key_rotated"), QStringLiteral("vault")) == 1);
    }
    auto keyring = keyring_file::load(vault.keyringPath());
    REQUIRE(keyring);
    CHECK_FALSE(keyring->rotating());
    CHECK(keyring->authorityChain().size() == 2);
    CHECK_FALSE(QFile::exists(vault.databasePath() + QStringLiteral(".rekey")));
    const SecureBuffer newKey = unwrapAdmin();
    CHECK_FALSE(newKey.equals(oldKey));
    CHECK(opens(newKey));
    CHECK_FALSE(opens(oldKey));
}

TEST_CASE("Two processes never open one vault, a lock left by a crash is taken over", "[local-only][accounts]")
{
    TempVault vault;
    const QString lockPath = QDir(vault.directory()).filePath(QLatin1String(VaultLock::FileName));
    {
        auto session = vault.unlock();
        CHECK(QFile::exists(lockPath));
        // The same process may open it twice (worker connections do).
        auto second = vault.unlock();
        CHECK(second);
    }
    CHECK_FALSE(QFile::exists(lockPath));

    // A lock held by a process that no longer exists: written by hand, as a crashed PeerDesk leaves it.
    QFile stale(lockPath);
    REQUIRE(stale.open(QIODevice::WriteOnly));
    stale.write("999999\npeerdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    auto session = vault.unlock();
    CHECK(session);
}

TEST_CASE("Locks left by a process killed while taking or clearing one are taken over, unless someone holds them",
          "[local-only][accounts]")
{
    TempVault vault;
    const QString lockPath = QDir(vault.directory()).filePath(QLatin1String(VaultLock::FileName));
    // Killed between creating peerdesk.lock and writing its id into it (the crash-safety test found it): an empty
    // file that names no process. It is taken over once it has stayed empty for a moment.
    {
        QFile empty(lockPath);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    QElapsedTimer timer;
    timer.start();
    {
        auto session = vault.tryUnlock(QLatin1String(TempVault::Login), QLatin1String(TempVault::Passphrase));
        INFO((session ? std::string() : session.error().message.toStdString()));
        REQUIRE(session);
    }
    CHECK(timer.elapsed() >= 500); // a live owner would have written itself in by then
    CHECK_FALSE(QFile::exists(lockPath));

    // Killed while removing a stale lock: QLockFile's removal lock stays behind, owned by a process now gone. The
    // next to open the vault clears it.
    const QString removalLock = lockPath + QStringLiteral(".rmlock");
    {
        QFile leftover(removalLock);
        REQUIRE(leftover.open(QIODevice::WriteOnly));
        leftover.write("999999\npeerdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    REQUIRE(vault.tryUnlock(QLatin1String(TempVault::Login), QLatin1String(TempVault::Passphrase)));
    CHECK_FALSE(QFile::exists(removalLock));

    // A live owner that has created the file but not yet written its id holds the native lock already.
    QFile owner(lockPath);
    REQUIRE(owner.open(QIODevice::WriteOnly));
    REQUIRE(::flock(owner.handle(), LOCK_EX | LOCK_NB) == 0);
    auto refused = vault.tryUnlock(QLatin1String(TempVault::Login), QLatin1String(TempVault::Passphrase));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Io);
    CHECK(QFile::exists(lockPath));
}

TEST_CASE("The recovery key resets a passphrase, each use is audited, and a new one retires the old", "[accounts]")
{
    TempVault vault;
    // Forgotten passphrase: the recovery key opens the vault for the administrator, who sets a new one.
    {
        auto key = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey());
        REQUIRE(key);
        auto session = vault::open(std::move(*key), vault.clock());
        REQUIRE(session);
        REQUIRE((*session)->changePassphrase(TempVault::secret(QStringLiteral("copper lantern orchard 88 gently"))));
        CHECK(auditCount(**session, QStringLiteral("vault.recovery_key_used"), QStringLiteral("user")) == 1);
    }
    CHECK(vault.tryUnlock(QStringLiteral("admin"), QLatin1String(TempVault::Passphrase)).error().code
          == ErrorCode::Authentication);
    auto admin = vault.tryUnlock(QStringLiteral("admin"), QStringLiteral("copper lantern orchard 88 gently"));
    REQUIRE(admin);

    // A new recovery key: the old one stops working, the new one works.
    auto fresh = (*admin)->regenerateRecoveryKey();
    REQUIRE(fresh);
    CHECK(*fresh != vault.recoveryKey());
    CHECK(auditCount(**admin, QStringLiteral("vault.recovery_key_regenerated"), QStringLiteral("vault")) == 1);
    auto old = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey());
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::Authentication);
    CHECK(vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), *fresh));
    auto keyring = keyring_file::load(vault.keyringPath());
    REQUIRE(keyring);
    CHECK(keyring->slots().size() == 2);

    // Only administrators make one.
    REQUIRE(UserService(**admin).add(newUser("casey", Role::Coordinator)));
    admin->reset();
    auto casey = vault.tryUnlock(QStringLiteral("casey"), QLatin1String(CoordinatorPassphrase));
    REQUIRE(casey);
    CHECK((*casey)->regenerateRecoveryKey().error().code == ErrorCode::NotPermitted);
}
