#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "FileSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using peerdesk::test::FileSnapshot;

using namespace peerdesk::test::cli_support;

namespace {

constexpr auto NewPassphrase = "marble orchard compass 7 slowly";

// `verify` run in a real pseudo-terminal, its controlling terminal, as when a person types at an interactive shell
// (which starts commands with Ctrl+C's signal not ignored; a test runner may ignore it). master: the other end.
pid_t verifyOnTerminal(const CliVault& v, int& master)
{
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::signal(SIGINT, SIG_DFL);
        const QByteArray vault = QFile::encodeName(v.vault);
        ::execl(PEERDESK_CLI_PATH, PEERDESK_CLI_PATH, "--vault", vault.constData(), "--user", "admin", "verify",
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

// Reads what the program writes to the terminal into screen until it holds wanted (or 20 s pass).
bool readScreenUntil(int master, QByteArray& screen, const QByteArray& wanted)
{
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
}

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

TEST_CASE("A rotation that runs out of disk space leaves the vault openable with the old or the new key",
          "[cli][rotation]")
{
    CliVault v;
    REQUIRE(v.run({ QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("150"),
                    QStringLiteral("--name-marker"), QStringLiteral("ZQXDISK") })
                .exitCode
            == 0);
    const auto markerCount = [&] {
        const Run listed = v.run({ QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--json") });
        REQUIRE(listed.exitCode == 0);
        return listed.out.count(QStringLiteral("ZQXDISK"));
    };
    const qsizetype before = markerCount();
    REQUIRE(before > 0);
    // A rotation copies the database under the new key: afterwards the file is as compact as the next copy will be.
    REQUIRE(cli(v.admin() << QStringLiteral("rekey")).exitCode == 0);
    const auto databaseSize = [&] { return QFileInfo(QDir(v.vault).filePath(QStringLiteral("peerdesk.db"))).size(); };
    // A full disk, as the process sees it: no file may grow past the limit (RLIMIT_FSIZE, with SIGXFSZ ignored so
    // that the write fails with EFBIG instead of killing the program). Just under the database's size, the
    // rotation gets past its first step (the new keys recorded, keyring.json written) and the copy under the new
    // key, or the checkpoint before it, runs out of room; at half, earlier writes run out of room too.
    const auto rekeyOnFullDisk = [&](qint64 limit) {
        QProcess rekey;
        rekey.setChildProcessModifier([limit] {
            ::setsid();
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit fileSize{ rlim_t(limit), rlim_t(limit) };
            ::setrlimit(RLIMIT_FSIZE, &fileSize);
        });
        rekey.start(QStringLiteral(PEERDESK_CLI_PATH), v.admin() << QStringLiteral("rekey"));
        REQUIRE(rekey.waitForFinished(120000));
        REQUIRE(rekey.exitStatus() == QProcess::NormalExit);
        return Run{ rekey.exitCode(), QString::fromUtf8(rekey.readAllStandardOutput()),
                    QString::fromUtf8(rekey.readAllStandardError()) };
    };
    for (const int sixteenths : { 16, 8 }) {
        const qint64 limit = databaseSize() * sixteenths / 16 - 4096;
        INFO("files may grow to " << limit << " bytes; the database has " << databaseSize());
        const Run full = rekeyOnFullDisk(limit);
        INFO(full.err.toStdString());
        CHECK(full.exitCode == 6);
        if (sixteenths == 16) // the rotation had begun: it says the vault still opens and will be finished
            CHECK(full.err.contains(QStringLiteral("The new data key is not in place yet")));

        // Space is back: the vault opens (with whichever key it now has), nothing is lost, and a rotation succeeds.
        const Run verified = cli(v.admin() << QStringLiteral("verify"));
        INFO(verified.err.toStdString());
        CHECK(verified.exitCode == 0);
        CHECK(markerCount() == before);
        const Run again = cli(v.admin() << QStringLiteral("rekey"));
        INFO(again.err.toStdString());
        CHECK(again.exitCode == 0);
        CHECK(cli(v.admin() << QStringLiteral("verify")).exitCode == 0);
        CHECK(markerCount() == before);
        const QStringList left = QDir(v.vault).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        CHECK(left == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
    }
}

TEST_CASE("A vault file that is a symbolic link is refused, and what it points to is left as it was",
          "[cli][rotation][attack]")
{
    CliVault v;
    const QString which = GENERATE(QStringLiteral("peerdesk.db"), QStringLiteral("keyring.json"));
    INFO(which.toStdString());
    // The real file moved elsewhere, a link in its place: a rekey through it would leave the old-key copy there.
    const QString elsewhere = QDir(v.dir.path()).filePath(QStringLiteral("elsewhere-") + which);
    const QString inVault = QDir(v.vault).filePath(which);
    REQUIRE(QFile::rename(inVault, elsewhere));
    REQUIRE(QFile::link(elsewhere, inVault));
    QFile original(elsewhere);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    for (const char* command : { "rekey", "verify" }) {
        const Run refused = cli(v.admin() << QLatin1String(command));
        INFO(command << ": " << refused.err.toStdString());
        CHECK(refused.exitCode == 4);
        CHECK(refused.err.contains(QStringLiteral("symbolic link")));
    }
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == before);
    CHECK(QFileInfo(inVault).isSymLink());
    CHECK(QDir(v.vault).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)
          == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
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

TEST_CASE("Files other users can read are warned about, and a passphrase file they can read is refused",
          "[cli][permissions]")
{
    CliVault v;
    const Run clean = cli(v.admin() << QStringLiteral("verify"));
    REQUIRE(clean.exitCode == 0);
    CHECK_FALSE(clean.err.contains(QStringLiteral("other users of this computer")));

    const QString which
        = GENERATE(QStringLiteral("folder"), QStringLiteral("peerdesk.db"), QStringLiteral("keyring.json"));
    INFO(which.toStdString());
    const QString path = which == QLatin1String("folder") ? v.vault : QDir(v.vault).filePath(which);
    const QFileDevice::Permissions before = QFile::permissions(path);
    REQUIRE(QFile::setPermissions(path, before | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    // Said on every open (the folder may be on a share whose permissions the person cannot change), not refused.
    const Run warned = cli(v.admin() << QStringLiteral("verify"));
    CHECK(warned.exitCode == 0);
    CHECK(warned.err.contains(QStringLiteral("can be read or changed by other users of this computer")));
    CHECK(warned.err.contains(QDir::toNativeSeparators(path)));
    REQUIRE(QFile::setPermissions(path, before));

    // A passphrase others can read is no longer a secret: refused before anything is opened (exit 3).
    const QString shared = writeFile(v.dir, QStringLiteral("shared-passphrase"), QByteArray(Passphrase) + '\n');
    REQUIRE(QFile::setPermissions(shared, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const Run refused = cli(v.as(QStringLiteral("admin"), shared) << QStringLiteral("verify"));
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("chmod 600")));
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
    int master = -1;
    const pid_t pid = verifyOnTerminal(v, master);
    QByteArray screen;
    auto readUntil = [&](const QByteArray& wanted) { return readScreenUntil(master, screen, wanted); };
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

TEST_CASE("Ctrl+C at the passphrase prompt gives the terminal its echo back", "[cli]")
{
    CliVault v;
    int master = -1;
    const pid_t pid = verifyOnTerminal(v, master);
    QByteArray screen;
    REQUIRE(readScreenUntil(master, screen, "Passphrase for admin"));
    struct termios prompting
    {
    };
    REQUIRE(tcgetattr(master, &prompting) == 0);
    CHECK((prompting.c_lflag & ECHO) == 0); // typing is hidden while the prompt waits
    // Half a passphrase, then Ctrl+C: the terminal's interrupt character, as a person would press it.
    REQUIRE(::write(master, "violet har\x03", 11) == 11);
    int status = 0;
    pid_t ended = 0;
    for (int i = 0; i < 100 && ended == 0; ++i) {
        ended = ::waitpid(pid, &status, WNOHANG);
        if (ended == 0)
            ::usleep(50000);
    }
    if (ended == 0) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
    }
    CHECK(ended == pid); // it ended on Ctrl+C
    struct termios after
    {
    };
    REQUIRE(tcgetattr(master, &after) == 0);
    ::close(master);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGINT);
    CHECK((after.c_lflag & ECHO) != 0);
}

namespace {

// One line of the generated help: "requests close ID --outcome OUTCOME [--difficult] [--at DATETIME]".
struct HelpCommand
{
    QStringList words; // "requests", "close"
    QStringList arguments; // "ID"; "[REQUEST_ID]" for an optional one
    QStringList required; // "--outcome OUTCOME"
    QStringList options; // every option's name, "--outcome"
};

QList<HelpCommand> commandsFromHelp()
{
    const Run help = cli({ QStringLiteral("--help") });
    REQUIRE(help.exitCode == 0);
    QList<HelpCommand> commands;
    bool inCommands = false;
    for (const QString& line : help.out.split(QLatin1Char('\n'))) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && !line.isEmpty() && !line.startsWith(QLatin1Char(' ')))
            break;
        if (!inCommands || !line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   ")))
            continue;
        HelpCommand command;
        const QStringList tokens = line.trimmed().split(QLatin1Char(' '));
        for (int i = 0; i < tokens.size(); ++i) {
            const QString& token = tokens.at(i);
            if (token.startsWith(QLatin1String("[--")))
                command.options.append(token.mid(1).remove(QLatin1Char(']')));
            else if (token.startsWith(QLatin1String("--"))) {
                command.options.append(token);
                command.required.append(token + QLatin1Char(' ') + tokens.value(i + 1));
            } else if (token.endsWith(QLatin1Char(']')) || !command.options.isEmpty()) {
                continue; // the value of an option ("NAME]")
            } else if (token.at(0).isUpper() || token.startsWith(QLatin1Char('['))) {
                command.arguments.append(token);
            } else {
                command.words.append(token);
            }
        }
        commands.append(command);
    }
    return commands;
}

// A value an option of that value name accepts.
QString valueFor(const QString& valueName, const QTemporaryDir& home)
{
    static const QHash<QString, QString> values{
        { QStringLiteral("OUTCOME"), QStringLiteral("declined") },
        { QStringLiteral("yes|no"), QStringLiteral("no") },
        { QStringLiteral("ROLE"), QStringLiteral("coordinator") },
        { QStringLiteral("N"), QStringLiteral("5") },
        { QStringLiteral("DATE"), QStringLiteral("2026-01-05") },
        { QStringLiteral("DATETIME"), QStringLiteral("2026-01-05T10:00") },
        { QStringLiteral("WINDOW"), QStringLiteral("mon 19:00-20:00") },
        { QStringLiteral("MODALITY"), QStringLiteral("video") },
        { QStringLiteral("CODE"), QStringLiteral("ON") },
        { QStringLiteral("PERIOD"), QStringLiteral("2026-01") },
        { QStringLiteral("FORMAT"), QStringLiteral("csv") },
    };
    if (valueName == QLatin1String("FILE") || valueName == QLatin1String("DIR"))
        return home.filePath(QStringLiteral("file"));
    return values.value(valueName, QStringLiteral("word"));
}

// Arguments that fit the command: 7 for an id, a word otherwise; optional ones left out.
QStringList fittingArguments(const HelpCommand& command)
{
    QStringList arguments;
    for (const QString& name : command.arguments) {
        if (!name.startsWith(QLatin1Char('[')))
            arguments.append(name.endsWith(QLatin1String("ID")) ? QStringLiteral("7") : QStringLiteral("word"));
    }
    return arguments;
}

} // namespace

TEST_CASE("Every command checks its arguments and options before it asks for a passphrase", "[cli]")
{
    // A command that got as far as unlocking would say there is no vault here (exit 3), or wait for a passphrase on
    // standard input, which is empty (exit 2); a usage error is exit 1 and touches nothing.
    QTemporaryDir home;
    const QString missingVault = home.filePath(QStringLiteral("no-vault-here"));
    const QStringList vaultCommon{ QStringLiteral("--vault"), missingVault, QStringLiteral("--user"),
                                   QStringLiteral("admin"), QStringLiteral("--passphrase-stdin") };
    // A program server's commands take its profile in place of a vault (a missing one: exit 3 once past the checks).
    const QStringList serverCommon{ QStringLiteral("--profile"), home.filePath(QStringLiteral("no-profile.json")),
                                    QStringLiteral("--user"), QStringLiteral("admin"),
                                    QStringLiteral("--passphrase-stdin") };
    const QList<HelpCommand> commands = commandsFromHelp();
    REQUIRE(commands.size() > 60);
    int checked = 0;
    for (const HelpCommand& command : commands) {
        INFO(command.words.join(QLatin1Char(' ')).toStdString());
        if (command.words == QStringList{ QStringLiteral("init") })
            continue; // makes a vault: it never unlocks one
        const bool serverOnly = command.words.constFirst() == QLatin1String("server")
            || command.words.constFirst() == QLatin1String("watch");
        const QStringList& common = serverOnly ? serverCommon : vaultCommon;
        QStringList required;
        for (const QString& option : command.required)
            required += QStringList{ option.section(QLatin1Char(' '), 0, 0),
                                     valueFor(option.section(QLatin1Char(' '), 1), home) };
        // An option of another command.
        const QString foreign = command.options.contains(QStringLiteral("--outcome")) ? QStringLiteral("--minutes")
                                                                                      : QStringLiteral("--outcome");
        CHECK(cli(common + command.words + fittingArguments(command) + required
                  + QStringList{ foreign, QStringLiteral("5") })
                  .exitCode
              == 1);
        // One argument too many.
        CHECK(
            cli(common + command.words + fittingArguments(command) + QStringList{ QStringLiteral("extra") } + required)
                .exitCode
            == 1);
        // A required option left out.
        if (!command.required.isEmpty())
            CHECK(cli(common + command.words + fittingArguments(command)).exitCode == 1);
        // An id that is not one.
        for (int i = 0; i < command.arguments.size(); ++i) {
            if (!command.arguments.at(i).endsWith(QLatin1String("ID")))
                continue;
            QStringList arguments = fittingArguments(command);
            arguments[i] = QStringLiteral("seven");
            CHECK(cli(common + command.words + arguments + required).exitCode == 1);
        }
        // The same command line without the mistake gets past the checks (to the vault, which is not there), with
        // what the few commands that need one of their optional options get.
        const QHash<QString, QStringList> needs{
            { QStringLiteral("passwd"),
              { QStringLiteral("--new-passphrase-file"), home.filePath(QStringLiteral("file")) } },
            { QStringLiteral("groups record"), { QStringLiteral("--status"), QStringLiteral("held") } },
            { QStringLiteral("groups register"),
              { QStringLiteral("--participant-file"), home.filePath(QStringLiteral("file")) } },
            { QStringLiteral("groups member add"),
              { QStringLiteral("--identity-file"), home.filePath(QStringLiteral("file")) } },
        };
        const Run fitting = cli(common + command.words + fittingArguments(command) + required
                                + needs.value(command.words.join(QLatin1Char(' '))));
        CHECK(fitting.exitCode != 1);
        ++checked;
    }
    CHECK(checked == commands.size() - 1);
}

TEST_CASE("Every command of the help is documented in docs/cli.md, and each has its own help", "[cli]")
{
    QFile doc(QStringLiteral(PEERDESK_SOURCE_DIR "/docs/cli.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const HelpCommand& command : commandsFromHelp()) {
        const QString words = command.words.join(QLatin1Char(' '));
        INFO(words.toStdString());
        CHECK(text.contains(QLatin1Char('`') + words));
        const Run help = cli(command.words + QStringList{ QStringLiteral("--help") });
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(QStringLiteral("  ") + words));
    }
}
