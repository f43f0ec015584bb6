#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "FileSnapshot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using peerdesk::test::FileSnapshot;

using namespace peerdesk::test::cli_support;

namespace {

constexpr auto NewPassphrase = "marble orchard compass 7 slowly";

} // namespace

TEST_CASE("peerdesk-cli prints its version and help with the exit codes", "[cli]")
{
    const Run version = cli({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("peerdesk-cli ")));
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* text : { "init", "verify", "passwd", "--passphrase-file", "--passphrase-stdin", "0  success",
                              "2  wrong passphrase", "3  invalid input", "4  damaged", "5  not permitted" }) {
        INFO(text);
        CHECK(help.out.contains(QLatin1String(text)));
    }
}

TEST_CASE("peerdesk-cli refuses usage errors with exit 1", "[cli]")
{
    CHECK(cli({}).exitCode == 1);
    CHECK(cli({ QStringLiteral("frobnicate") }).exitCode == 1);
    const Run passphraseArgument
        = cli({ QStringLiteral("--passphrase"), QStringLiteral("secret"), QStringLiteral("verify") });
    CHECK(passphraseArgument.exitCode == 1);
    CHECK_FALSE(passphraseArgument.err.contains(QStringLiteral("secret")));
    CHECK(cli({ QStringLiteral("verify"), QStringLiteral("--kdf-ops"), QStringLiteral("1") }).exitCode == 1);
}

TEST_CASE("peerdesk-cli init creates a vault and prints the recovery key once", "[cli]")
{
    CliVault v;
    CHECK(QDir(v.vault).entryList(QDir::Files)
          == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
    CHECK(v.recoveryKey.size() == 39);

    SECTION("a second init on the same folder is refused and changes nothing")
    {
        const FileSnapshot before = FileSnapshot::of(v.vault);
        const Run again = cli(v.admin() << QStringLiteral("init") << QStringLiteral("--kdf-ops") << QStringLiteral("1")
                                        << QStringLiteral("--kdf-mem-mib") << QStringLiteral("8"));
        CHECK(again.exitCode == 3);
        CHECK(FileSnapshot::of(v.vault) == before);
    }
}

TEST_CASE("peerdesk-cli init refuses a weak passphrase or a bad cost with exit 3 and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString vault = QDir(dir.path()).filePath(QStringLiteral("vault"));
    const QString weak = writeFile(dir, QStringLiteral("weak.txt"), "password1\n");
    const Run run
        = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("--passphrase-file"), weak, QStringLiteral("init"), QStringLiteral("--kdf-ops"),
                QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8") });
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("too weak")));
    CHECK_FALSE(QFile::exists(vault));

    const QString strong = writeFile(dir, QStringLiteral("strong.txt"), Passphrase);
    const Run cheap = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--passphrase-file"), strong, QStringLiteral("init"),
                            QStringLiteral("--kdf-mem-mib"), QStringLiteral("4") });
    CHECK(cheap.exitCode == 3);
    CHECK_FALSE(QFile::exists(vault));

    // A cost so large it would wrap around to a small number when converted to bytes is refused, not shrunk.
    const Run huge = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--passphrase-file"), strong, QStringLiteral("init"),
                           QStringLiteral("--kdf-mem-mib"), QStringLiteral("17592186044424") });
    CHECK(huge.exitCode == 3);
    CHECK_FALSE(QFile::exists(vault));
}

TEST_CASE("peerdesk-cli verify: 0 when intact, 2 for a wrong passphrase or unknown user, 4 when damaged", "[cli]")
{
    CliVault v;
    const Run ok = cli(v.admin() << QStringLiteral("verify"));
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("2 audit row")));

    const QString wrongFile = writeFile(v.dir, QStringLiteral("wrong.txt"), "violet harbour lantern 43 quietly\n");
    const FileSnapshot before = FileSnapshot::of(v.vault);
    const Run wrong = cli(v.as(QStringLiteral("admin"), wrongFile) << QStringLiteral("verify"));
    const Run unknown = cli(v.as(QStringLiteral("nobody"), v.passphraseFile) << QStringLiteral("verify"));
    CHECK(wrong.exitCode == 2);
    CHECK(unknown.exitCode == 2);
    CHECK(wrong.err == unknown.err);
    CHECK(FileSnapshot::of(v.vault) == before);

    SECTION("two trailing newlines: only one is dropped, so the passphrase is wrong")
    {
        const QString twoNewlines = writeFile(v.dir, QStringLiteral("two.txt"), QByteArray(Passphrase) + "\n\n");
        CHECK(cli(v.as(QStringLiteral("admin"), twoNewlines) << QStringLiteral("verify")).exitCode == 2);
    }
    SECTION("the passphrase on standard input")
    {
        const Run piped = cli({ QStringLiteral("--vault"), v.vault, QStringLiteral("--user"), QStringLiteral("admin"),
                                QStringLiteral("--passphrase-stdin"), QStringLiteral("verify") },
                              QByteArray(Passphrase) + '\n');
        CHECK(piped.exitCode == 0);
    }
    SECTION("no terminal and no passphrase source is a usage error")
    {
        const Run noSource = cli({ QStringLiteral("--vault"), v.vault, QStringLiteral("--user"),
                                   QStringLiteral("admin"), QStringLiteral("verify") });
        CHECK(noSource.exitCode == 1);
        CHECK(noSource.err.contains(QStringLiteral("--passphrase-file")));
    }
    SECTION("a damaged keyring")
    {
        QFile keyring(QDir(v.vault).filePath(QStringLiteral("keyring.json")));
        REQUIRE(keyring.resize(keyring.size() / 2));
        const Run damaged = cli(v.admin() << QStringLiteral("verify"));
        CHECK(damaged.exitCode == 4);
        CHECK(damaged.err.contains(QStringLiteral("keyring.json")));
    }
    SECTION("SQLCipher says nothing of its own on stderr for a wrong passphrase or a damaged file")
    {
        CHECK_FALSE(wrong.err.contains(QStringLiteral("sqlcipher")));
    }
    SECTION("a damaged database")
    {
        QFile database(QDir(v.vault).filePath(QStringLiteral("peerdesk.db")));
        REQUIRE(database.open(QIODevice::ReadWrite));
        database.seek(100);
        database.write(QByteArray(64, 'x'));
        database.close();
        const Run damaged = cli(v.admin() << QStringLiteral("verify"));
        CHECK(damaged.exitCode == 4);
        CHECK(damaged.err.contains(QStringLiteral("peerdesk.db")));
        CHECK_FALSE(damaged.err.contains(QStringLiteral("hmac")));
    }
    SECTION("no vault at all")
    {
        const Run missing = cli({ QStringLiteral("--vault"), v.dir.path() + QStringLiteral("/elsewhere"),
                                  QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("--passphrase-file"), v.passphraseFile, QStringLiteral("verify") });
        CHECK(missing.exitCode == 3);
    }
}

TEST_CASE("peerdesk-cli passwd changes the passphrase and the old one stops working", "[cli]")
{
    CliVault v;
    const QString newFile = writeFile(v.dir, QStringLiteral("new.txt"), QByteArray(NewPassphrase) + '\n');
    const Run changed
        = cli(v.admin() << QStringLiteral("passwd") << QStringLiteral("--new-passphrase-file") << newFile);
    INFO(changed.err.toStdString());
    CHECK(changed.exitCode == 0);
    CHECK(cli(v.admin() << QStringLiteral("verify")).exitCode == 2);
    CHECK(cli(v.as(QStringLiteral("admin"), newFile) << QStringLiteral("verify")).exitCode == 0);

    SECTION("a weak new passphrase is refused with exit 3 and the keyring is unchanged")
    {
        const FileSnapshot before = FileSnapshot::of(v.vault);
        const QString weak = writeFile(v.dir, QStringLiteral("weak.txt"), "qwerty123\n");
        const Run refused = cli(v.as(QStringLiteral("admin"), newFile)
                                << QStringLiteral("passwd") << QStringLiteral("--new-passphrase-file") << weak);
        CHECK(refused.exitCode == 3);
        CHECK(FileSnapshot::of(v.vault).files().value(QStringLiteral("keyring.json"))
              == before.files().value(QStringLiteral("keyring.json")));
    }
}

TEST_CASE("Nothing the CLI writes or prints holds a staff member's display name", "[cli][leak]")
{
    const QString marker = QStringLiteral("Zebediah Quillfeather-Marker");
    CliVault v(marker);
    const Run verify = cli(v.admin() << QStringLiteral("verify"));
    CHECK(verify.exitCode == 0);
    CHECK_FALSE(verify.out.contains(QStringLiteral("Quillfeather")));
    CHECK_FALSE(verify.err.contains(QStringLiteral("Quillfeather")));
    CHECK(FileSnapshot::of(v.dir.path()).filesContaining(QByteArrayLiteral("Quillfeather")).isEmpty());
}

TEST_CASE("peerdesk-cli asks for the passphrase on the terminal without echoing it", "[cli]")
{
    CliVault v;
    // A real pseudo-terminal as the CLI's controlling terminal, as when a person types at a shell.
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const QByteArray vault = QFile::encodeName(v.vault);
        ::execl(PEERDESK_CLI_PATH, PEERDESK_CLI_PATH, "--vault", vault.constData(), "--user", "admin", "verify",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    QByteArray screen;
    auto readUntil = [&](const QByteArray& wanted) {
        char buffer[512];
        for (int i = 0; i < 200 && !screen.contains(wanted); ++i) {
            pollfd fd{ master, POLLIN, 0 };
            if (::poll(&fd, 1, 100) > 0) {
                const ssize_t got = ::read(master, buffer, sizeof buffer);
                if (got <= 0)
                    break;
                screen.append(buffer, got);
            }
        }
        return screen.contains(wanted);
    };
    REQUIRE(readUntil("Passphrase for admin"));
    const QByteArray typed = QByteArray(Passphrase) + '\n';
    REQUIRE(::write(master, typed.constData(), static_cast<std::size_t>(typed.size())) == typed.size());
    readUntil("audit row");
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    INFO(screen.toStdString());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(screen.contains("audit row"));
    CHECK_FALSE(screen.contains("lantern")); // the passphrase never appeared on the screen
}
