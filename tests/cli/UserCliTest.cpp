// `peerdesk-cli user ...`: accounts from the command line, the initial-passphrase gate, role refusals and the
// one-process lock. `rekey` killed at random moments is in CrashSafetyTest.cpp.

#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "TempVault.h"
#include "core/vault/VaultSession.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace peerdesk::test::cli_support;

TEST_CASE("user add, list, passwd gating, refusals and deactivation from the command line", "[cli][accounts]")
{
    CliVault vault;
    const QString initial = writeFile(vault.dir, QStringLiteral("initial"), "amber meadow ferry 17 softly\n");
    const QString chosen = writeFile(vault.dir, QStringLiteral("chosen"), "copper lantern orchard 88 gently\n");

    // A passphrase is never an argument, and a role is required.
    CHECK(vault.run(words({ "user", "add", "casey", "--role", "coordinator" })).exitCode == 1);
    CHECK(vault.run(words({ "user", "add", "casey", "--initial-passphrase-file" }) << initial).exitCode == 1);
    const Run added = vault.run(words({ "user", "add", "casey", "--role", "coordinator", "--display-name",
                                        "Casey Coordinator", "--initial-passphrase-file" })
                                << initial);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);

    const Run listed = vault.run(words({ "user", "list", "--json" }));
    REQUIRE(listed.exitCode == 0);
    const QJsonArray users = listed.json().array();
    REQUIRE(users.size() == 2);
    CHECK(users.at(1).toObject().value(QStringLiteral("status")).toString() == QLatin1String("initial_passphrase"));
    CHECK(users.at(1).toObject().value(QStringLiteral("role")).toString() == QLatin1String("coordinator"));

    // Until casey chooses a passphrase, nothing else: exit 2 with a message saying so.
    const Run gated = cli(vault.as(QStringLiteral("casey"), initial) << words({ "requests", "list" }));
    CHECK(gated.exitCode == 2);
    CHECK(gated.err.contains(QStringLiteral("passwd")));
    // The initial passphrase, known to the administrator who chose it, is refused as casey's own (exit 3).
    const Run same
        = cli(vault.as(QStringLiteral("casey"), initial) << words({ "passwd", "--new-passphrase-file" }) << initial);
    CHECK(same.exitCode == 3);
    CHECK(same.err.contains(QStringLiteral("initial one is known to the administrator")));
    REQUIRE(cli(vault.as(QStringLiteral("casey"), initial) << words({ "passwd", "--new-passphrase-file" }) << chosen)
                .exitCode
            == 0);
    CHECK(cli(vault.as(QStringLiteral("casey"), chosen) << words({ "requests", "list" })).exitCode == 0);

    // A coordinator manages no accounts: exit 5, and the refusal is in the audit log.
    const Run refused = cli(vault.as(QStringLiteral("casey"), chosen) << words({ "user", "list" }));
    CHECK(refused.exitCode == 5);
    CHECK(cli(vault.as(QStringLiteral("casey"), chosen) << words({ "rekey" })).exitCode == 5);

    REQUIRE(vault.run(words({ "user", "deactivate", "casey" })).exitCode == 0);
    CHECK(cli(vault.as(QStringLiteral("casey"), chosen) << words({ "requests", "list" })).exitCode == 2);
    CHECK(vault.run(words({ "user", "deactivate", "admin" })).exitCode == 3);
    REQUIRE(vault.run(words({ "user", "remove", "casey", "--rotate-key" })).exitCode == 0);
    CHECK(vault.run(words({ "verify" })).exitCode == 0);
}

TEST_CASE("A vault open in one process is refused to another with a clear message", "[cli][accounts]")
{
    CliVault vault;
    auto key = peerdesk::vault::unwrapWithPassphrase(vault.vault, QStringLiteral("admin"),
                                                     peerdesk::test::TempVault::secret(QLatin1String(Passphrase)));
    REQUIRE(key);
    peerdesk::SystemClock clock;
    auto session = peerdesk::vault::open(std::move(*key), clock);
    REQUIRE(session);
    const Run busy = vault.run(words({ "verify" }));
    CHECK(busy.exitCode == 6);
    CHECK(busy.err.contains(QStringLiteral("open in another PeerDesk")));
    session->reset();
    CHECK(vault.run(words({ "verify" })).exitCode == 0);
}

TEST_CASE("passwd with the recovery key resets a forgotten passphrase, recovery-key regenerate retires the old key",
          "[cli][accounts]")
{
    CliVault vault;
    const QString keyFile = writeFile(vault.dir, QStringLiteral("recovery"), vault.recoveryKey.toUtf8() + "\n");
    const QString chosen = writeFile(vault.dir, QStringLiteral("chosen"), "copper lantern orchard 88 gently\n");
    const QStringList recover{ QStringLiteral("--vault"),
                               vault.vault,
                               QStringLiteral("--user"),
                               QStringLiteral("admin"),
                               QStringLiteral("--recovery-key-file"),
                               keyFile };
    // Only passwd takes the recovery key, and never together with a passphrase.
    CHECK(cli(QStringList(recover) << QStringLiteral("verify")).exitCode == 1);
    CHECK(cli(QStringList(recover) << QStringLiteral("--passphrase-file") << vault.passphraseFile
                                   << QStringLiteral("passwd"))
              .exitCode
          == 1);
    const Run reset
        = cli(QStringList(recover) << QStringLiteral("passwd") << QStringLiteral("--new-passphrase-file") << chosen);
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK(cli(vault.as(QStringLiteral("admin"), vault.passphraseFile) << QStringLiteral("verify")).exitCode == 2);
    CHECK(cli(vault.as(QStringLiteral("admin"), chosen) << QStringLiteral("verify")).exitCode == 0);

    const Run regenerated = cli(vault.as(QStringLiteral("admin"), chosen) << words({ "recovery-key", "regenerate" }));
    REQUIRE(regenerated.exitCode == 0);
    const QString fresh = regenerated.out.section(QStringLiteral("Recovery key: "), 1).trimmed();
    CHECK(fresh.size() == 39);
    // The old key no longer opens anything; the new one does.
    CHECK(cli(QStringList(recover) << QStringLiteral("passwd") << QStringLiteral("--new-passphrase-file") << chosen)
              .exitCode
          == 2);
    const QString freshFile = writeFile(vault.dir, QStringLiteral("fresh"), fresh.toUtf8() + "\n");
    CHECK(cli(QStringList{ QStringLiteral("--vault"), vault.vault, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--recovery-key-file"), freshFile, QStringLiteral("passwd"),
                           QStringLiteral("--new-passphrase-file"), vault.passphraseFile })
              .exitCode
          == 0);
}

TEST_CASE("backup create, verify and restore from the command line", "[cli][backup]")
{
    CliVault vault;
    const Run created = vault.run(QStringList{ QStringLiteral("backup"), QStringLiteral("create"),
                                               vault.dir.filePath(QStringLiteral("backups")) });
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString path = created.out.trimmed().section(QLatin1Char('\n'), -1);
    CHECK(QFileInfo::exists(path));
    CHECK(vault.run(QStringList{ QStringLiteral("backup"), QStringLiteral("verify"), path }).exitCode == 0);
    const QString target = vault.dir.filePath(QStringLiteral("restored"));
    CHECK(vault.run(QStringList{ QStringLiteral("backup"), QStringLiteral("restore"), path }).exitCode == 1);
    REQUIRE(vault
                .run(QStringList{ QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--to"),
                                  target })
                .exitCode
            == 0);
    CHECK(cli(QStringList{ QStringLiteral("--vault"), target, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--passphrase-file"), vault.passphraseFile, QStringLiteral("verify") })
              .exitCode
          == 0);
    // Damaged: exit 4, nothing written.
    QFile file(path);
    REQUIRE(file.resize(file.size() / 2));
    const QString second = vault.dir.filePath(QStringLiteral("second"));
    CHECK(vault
              .run(QStringList{ QStringLiteral("backup"), QStringLiteral("restore"), path, QStringLiteral("--to"),
                                second })
              .exitCode
          == 4);
    CHECK_FALSE(QFileInfo::exists(second));
}

TEST_CASE("A vault made at a low key-derivation cost says so loudly wherever a slot is made", "[cli][kdf]")
{
    // CliVault is made with --kdf-ops 1 --kdf-mem-mib 8, as tests and benchmarks are.
    QTemporaryDir dir;
    const QString vault = QDir(dir.path()).filePath(QStringLiteral("vault"));
    const QString strong = writeFile(dir, QStringLiteral("strong.txt"), Passphrase);
    const Run made
        = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--passphrase-file"), strong, QStringLiteral("init"), QStringLiteral("--kdf-ops"),
                QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8") });
    REQUIRE(made.exitCode == 0);
    const QString lowCost = QStringLiteral("low cost (1 passes, 8 MiB; the default is 3 passes, 256 MiB)");
    CHECK(made.err.contains(lowCost));
    const QStringList admin{
        QStringLiteral("--vault"),           vault, QStringLiteral("--user"), QStringLiteral("admin"),
        QStringLiteral("--passphrase-file"), strong
    };
    // Every administrator session (adding accounts, making a recovery key) repeats it.
    const QString initial = writeFile(dir, QStringLiteral("initial"), "amber meadow ferry 17 softly\n");
    const Run added = cli(QStringList(admin)
                          << words({ "user", "add", "casey", "--role", "coordinator", "--initial-passphrase-file" })
                          << initial);
    REQUIRE(added.exitCode == 0);
    CHECK(added.err.contains(lowCost));
    // Someone else choosing a passphrase is told that their new slot has that cost.
    const QString chosen = writeFile(dir, QStringLiteral("chosen"), "copper lantern orchard 88 gently\n");
    const Run changed = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("casey"),
                              QStringLiteral("--passphrase-file"), initial, QStringLiteral("passwd"),
                              QStringLiteral("--new-passphrase-file"), chosen });
    REQUIRE(changed.exitCode == 0);
    CHECK(changed.err.contains(lowCost));
    // Their everyday work is not interrupted by it.
    const Run listed
        = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("casey"),
                QStringLiteral("--passphrase-file"), chosen, QStringLiteral("requests"), QStringLiteral("list") });
    REQUIRE(listed.exitCode == 0);
    CHECK_FALSE(listed.err.contains(lowCost));
}
