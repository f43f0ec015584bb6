// Setting up a program server and working it from several machines, through peerdesk-cli as an IT person and staff
// members would (docs/server.md, "Setting up a program server"): each command is its own process, and nobody has a
// local vault.
#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "DocumentedFormat.h"
#include "TestServer.h"
#include "TimeLimits.h"
#include "core/storage/Database.h"
#include "core/storage/ServerMigrations.h"
#include "core/vault/ChangeFeed.h"
#include "core/vault/ServerProfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <sodium.h>
#include <unistd.h>

using namespace peerdesk;
using namespace peerdesk::test;
using namespace peerdesk::test::cli_support;

namespace {

// A program server as `server init` leaves it: the profile an IT person wrote (host, port, database, CA), completed by
// init; the first administrator "alex"; and a passphrase file per person.
struct CliProgram
{
    TestServer server;
    QTemporaryDir dir;
    QString profile;
    QString recoveryKey;
    QHash<QString, QString> passphraseFiles;

    CliProgram()
    {
        REQUIRE(dir.isValid());
        QFile::copy(TestServer::caCertificate(), QDir(dir.path()).filePath(QStringLiteral("program-ca.crt")));
        profile = writeFile(dir, QStringLiteral("peerdesk-server.json"), profileText().toUtf8());
        const QString owner = writeFile(dir, QStringLiteral("owner.txt"), TestServer::ownerPassword().toUtf8());
        passphraseFiles.insert(QStringLiteral("alex"), writeFile(dir, QStringLiteral("alex.txt"), Passphrase));
        const Run init
            = cli(QStringList{ QStringLiteral("--profile"), profile, QStringLiteral("--user"), QStringLiteral("alex"),
                               QStringLiteral("--passphrase-file"), passphraseFiles.value(QStringLiteral("alex")) }
                  + words({ "server", "init", "--owner", "pd_owner", "--owner-password-file" }) + QStringList{ owner }
                  + words({ "--kdf-ops", "1", "--kdf-mem-mib", "8" }));
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const qsizetype at = init.out.indexOf(QStringLiteral("Recovery key: "));
        REQUIRE(at >= 0);
        recoveryKey = init.out.mid(at + 14).trimmed();
    }

    QString profileText() const
    {
        // The CA named relative to the profile, as an IT person hands both out together.
        return QStringLiteral("{\"format\": \"peerdesk-server\", \"version\": 1, \"host\": \"%1\", \"port\": %2, "
                              "\"database\": \"%3\", \"ca_certificate\": \"program-ca.crt\"}")
            .arg(TestServer::host())
            .arg(TestServer::port())
            .arg(server.databaseName());
    }

    QStringList as(const QString& user) const
    {
        return {
            QStringLiteral("--profile"), profile, QStringLiteral("--user"), user, QStringLiteral("--passphrase-file"),
            passphraseFiles.value(user)
        };
    }
    Run run(const QString& user, const QStringList& arguments) const { return cli(as(user) + arguments); }

    // An administrator enrols a person, who then chooses their own passphrase: two processes, two people.
    void enrol(const QString& login, const QString& role, const QStringList& more = {})
    {
        const QString initial = writeFile(dir, login + QStringLiteral("-initial.txt"),
                                          QByteArray("initial words for ") + login.toUtf8() + " 8812");
        const Run enrolled
            = run(QStringLiteral("alex"),
                  QStringList{ QStringLiteral("server"), QStringLiteral("enroll"), login, QStringLiteral("--role"),
                               role, QStringLiteral("--initial-passphrase-file"), initial }
                      + more);
        INFO(enrolled.err.toStdString());
        REQUIRE(enrolled.exitCode == 0);
        passphraseFiles.insert(login, initial);
        // The initial passphrase opens one door only.
        CHECK(run(login, words({ "requests", "list" })).exitCode == 2);
        const QString own = writeFile(dir, login + QStringLiteral(".txt"),
                                      QByteArray("my own passphrase as ") + login.toUtf8() + " 2719 lantern");
        const Run changed
            = run(login, QStringList{ QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), own });
        INFO(changed.err.toStdString());
        REQUIRE(changed.exitCode == 0);
        passphraseFiles.insert(login, own);
    }
};

// An intake file (docs/import-formats.md) with these rows under the full header.
QString requestsFile(const QTemporaryDir& dir, const QByteArray& rows)
{
    return writeFile(dir, QStringLiteral("requests.csv"),
                     "received_at,channel,referral_type,consent_confirmed,name,email,phone,career_stage,specialty,"
                     "region,institution,languages,modalities,reasons,specialty_preference,affinity_preference,"
                     "urgency\n"
                         + rows);
}

qint64 idOf(const QJsonArray& list, const QString& key, const QString& value)
{
    for (const auto& item : list) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject().value(QStringLiteral("id")).toInteger();
    }
    FAIL("nothing with " << key.toStdString() << " = " << value.toStdString());
    return 0;
}

} // namespace

TEST_CASE("Two coordinators enrolled on a program server triage and match requests from their own processes",
          "[server][cli]")
{
    CliProgram program;
    // The completed profile holds the program's salt and the slot cost, and nothing secret or personal.
    auto profile = server_profile::load(program.profile);
    REQUIRE(profile);
    CHECK(profile->initialised());
    QFile profileFile(program.profile);
    REQUIRE(profileFile.open(QIODevice::ReadOnly));
    const QByteArray profileBytes = profileFile.readAll();
    CHECK(profileBytes.contains("\"program-ca.crt\""));
    for (const QByteArray& secret : { QByteArray(Passphrase), TestServer::ownerPassword().toUtf8(), QByteArray("alex"),
                                      program.recoveryKey.toUtf8() })
        CHECK_FALSE(profileBytes.contains(secret));

    program.enrol(QStringLiteral("dana"), QStringLiteral("coordinator"));
    program.enrol(QStringLiteral("sam"), QStringLiteral("coordinator"));

    const QString supporters = writeFile(
        program.dir, QStringLiteral("supporters.csv"),
        "name,email,phone,specialty,career_stage,region,institution,languages,modalities,affinities,max_active,status\n"
        "Jordan Lee,jordan@example.org,613-555-0100,Family medicine,mid_career,Ottawa,Riverside Hospital,en;fr,"
        "phone;video,,2,active\n"
        "Camille Roy,camille@example.org,613-555-0101,Psychiatry,late_career,Ottawa,Civic "
        "Hospital,en,phone,,2,active\n");
    REQUIRE(program
                .run(QStringLiteral("alex"),
                     QStringList{ QStringLiteral("supporters"), QStringLiteral("import"), supporters })
                .exitCode
            == 0);
    const QString requests = requestsFile(
        program.dir,
        "2026-03-01T10:00:00Z,phone,self,no,Robin Tremblay,robin@example.org,613-555-0199,early_career,Emergency "
        "medicine,Ottawa,General Hospital,en,phone,burnout,any,,routine\n"
        "2026-03-01T11:00:00Z,email,self,no,Morgan Diaz,morgan@example.org,613-555-0198,mid_career,Surgery,"
        "Ottawa,General Hospital,en,phone,adverse_event,any,,priority\n");
    const Run intake = program.run(QStringLiteral("dana"),
                                   QStringList{ QStringLiteral("requests"), QStringLiteral("import"), requests });
    INFO(intake.err.toStdString());
    REQUIRE(intake.exitCode == 0);

    // Sam sees what Dana took in, and each works one request.
    const Run listed = program.run(QStringLiteral("sam"), words({ "requests", "list", "--json" }));
    REQUIRE(listed.exitCode == 0);
    const QJsonArray list = listed.json().array();
    REQUIRE(list.size() == 2);
    const QString robin = QString::number(idOf(list, QStringLiteral("name"), QStringLiteral("Robin Tremblay")));
    const QString morgan = QString::number(idOf(list, QStringLiteral("name"), QStringLiteral("Morgan Diaz")));
    const QJsonArray roster
        = program.run(QStringLiteral("dana"), words({ "supporters", "list", "--json" })).json().array();
    const QString jordan = QString::number(idOf(roster, QStringLiteral("name"), QStringLiteral("Jordan Lee")));
    const QString camille = QString::number(idOf(roster, QStringLiteral("name"), QStringLiteral("Camille Roy")));

    for (const auto& [person, request, supporter] : { std::tuple{ QStringLiteral("dana"), robin, jordan },
                                                      std::tuple{ QStringLiteral("sam"), morgan, camille } }) {
        const Run triaged = program.run(person,
                                        QStringList{ QStringLiteral("requests"), QStringLiteral("triage"), request,
                                                     QStringLiteral("--immediate-risk"), QStringLiteral("no") });
        INFO(triaged.err.toStdString());
        REQUIRE(triaged.exitCode == 0);
        const Run assigned
            = program.run(person, QStringList{ QStringLiteral("match"), QStringLiteral("assign"), request, supporter });
        INFO(assigned.err.toStdString());
        REQUIRE(assigned.exitCode == 0);
        REQUIRE(program.run(person, QStringList{ QStringLiteral("match"), QStringLiteral("accept"), request }).exitCode
                == 0);
    }
    // Each sees the other's work, and the program verifies: chain, signatures, membership, witnesses.
    const QJsonArray after
        = program.run(QStringLiteral("dana"), words({ "requests", "list", "--json" })).json().array();
    for (const auto& item : after)
        CHECK(item.toObject().value(QStringLiteral("status")).toString() == QLatin1String("accepted"));
    const Run verified = program.run(QStringLiteral("sam"), words({ "verify" }));
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    // The server holds each person's database password only as a SCRAM verifier.
    auto passwords = program.server.owner().exec(
        QStringLiteral("SELECT rolname, rolpassword FROM pg_authid WHERE starts_with(rolname, ?)"),
        { QVariant(program.server.databaseName() + QStringLiteral("_u_")) });
    REQUIRE(passwords);
    int logins = 0;
    while (passwords->next()) {
        ++logins;
        CHECK(passwords->value(1).toString().startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
    }
    CHECK(logins == 3);
}

TEST_CASE("A program server refuses what its profile, its roles and its people do not allow", "[server][cli]")
{
    CliProgram program;
    program.enrol(QStringLiteral("dana"), QStringLiteral("coordinator"));

    // The wrong passphrase, an unknown person: one answer.
    const QString wrong = writeFile(program.dir, QStringLiteral("wrong.txt"), "not the passphrase at all 1234");
    const Run refused = cli(QStringList{ QStringLiteral("--profile"), program.profile, QStringLiteral("--user"),
                                         QStringLiteral("dana"), QStringLiteral("--passphrase-file"), wrong }
                            + words({ "dashboard" }));
    CHECK(refused.exitCode == 2);
    const Run nobody = cli(QStringList{ QStringLiteral("--profile"), program.profile, QStringLiteral("--user"),
                                        QStringLiteral("nobody"), QStringLiteral("--passphrase-file"), wrong }
                           + words({ "dashboard" }));
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err == refused.err);

    // Local-vault commands and a second program on the same database are refused before anything changes.
    CHECK(program.run(QStringLiteral("alex"), words({ "backup", "create", "/tmp" })).exitCode == 1);
    CHECK(cli(program.as(QStringLiteral("alex")) + words({ "--vault", "/tmp", "dashboard" })).exitCode == 1);
    CHECK(cli(words({ "--user", "alex", "server", "enroll", "x", "--role", "coordinator", "--initial-passphrase-file",
                      "/dev/null" }))
              .exitCode
          == 1);
    const QString owner = writeFile(program.dir, QStringLiteral("owner2.txt"), TestServer::ownerPassword().toUtf8());
    const Run again = program.run(QStringLiteral("alex"),
                                  words({ "server", "init", "--owner", "pd_owner", "--owner-password-file" })
                                      + QStringList{ owner });
    CHECK(again.exitCode == 3); // the profile already belongs to a program
    const QString fresh = writeFile(program.dir, QStringLiteral("fresh.json"), program.profileText().toUtf8());
    const Run second
        = cli(QStringList{ QStringLiteral("--profile"), fresh, QStringLiteral("--user"), QStringLiteral("eve"),
                           QStringLiteral("--passphrase-file"), program.passphraseFiles.value(QStringLiteral("alex")) }
              + words({ "server", "init", "--owner", "pd_owner", "--owner-password-file" }) + QStringList{ owner }
              + words({ "--kdf-ops", "1", "--kdf-mem-mib", "8" }));
    CHECK(second.exitCode == 3);
    CHECK(second.err.contains(QStringLiteral("already holds a program")));

    // A profile init has not completed opens nothing; one with another program's salt neither.
    const Run incomplete
        = cli(QStringList{ QStringLiteral("--profile"), fresh, QStringLiteral("--user"), QStringLiteral("dana"),
                           QStringLiteral("--passphrase-file"), program.passphraseFiles.value(QStringLiteral("dana")) }
              + words({ "dashboard" }));
    CHECK(incomplete.exitCode == 1);

    // A coordinator enrols nobody; an administrator's deactivation ends the person's database login at once.
    CHECK(program
              .run(QStringLiteral("dana"),
                   words({ "server", "enroll", "eve", "--role", "administrator", "--initial-passphrase-file" })
                       + QStringList{ wrong })
              .exitCode
          == 5);
    REQUIRE(program.run(QStringLiteral("alex"), words({ "user", "deactivate", "dana" })).exitCode == 0);
    CHECK(program.run(QStringLiteral("dana"), words({ "dashboard" })).exitCode == 2);
    auto canLogin
        = program.server.owner().exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"),
                                      { QVariant(program.server.databaseName() + QStringLiteral("_u_dana")) });
    REQUIRE(canLogin);
    REQUIRE(canLogin->next());
    CHECK_FALSE(canLogin->value(0).toBool());
    // Reactivated with a new initial passphrase, she signs in again and chooses her own.
    const QString initial = writeFile(program.dir, QStringLiteral("again.txt"), "a second initial passphrase 5150");
    REQUIRE(program
                .run(QStringLiteral("alex"),
                     words({ "user", "reactivate", "dana", "--initial-passphrase-file" }) + QStringList{ initial })
                .exitCode
            == 0);
    const Run back = cli(QStringList{ QStringLiteral("--profile"), program.profile, QStringLiteral("--user"),
                                      QStringLiteral("dana"), QStringLiteral("--passphrase-file"), initial }
                         + words({ "passwd", "--new-passphrase-file" }) + QStringList{ wrong });
    INFO(back.err.toStdString());
    CHECK(back.exitCode == 0);
    CHECK(program.run(QStringLiteral("dana"), words({ "dashboard" })).exitCode == 2); // her old passphrase
    CHECK(cli(QStringList{ QStringLiteral("--profile"), program.profile, QStringLiteral("--user"),
                           QStringLiteral("dana"), QStringLiteral("--passphrase-file"), wrong }
              + words({ "dashboard" }))
              .exitCode
          == 0);
}

TEST_CASE("A slot the server's operator swaps in the recorded keyring opens nothing", "[server][cli]")
{
    CliProgram program;
    program.enrol(QStringLiteral("dana"), QStringLiteral("coordinator"));
    // The operator owns the tables: they give Dana's slot another public key (their own, to receive the keys).
    auto record = program.server.owner().exec(QStringLiteral("SELECT value FROM meta WHERE key = 'keyring'"));
    REQUIRE(record);
    REQUIRE(record->next());
    QString keyring = record->value(0).toString();
    const qsizetype at = keyring.indexOf(QStringLiteral("\"public_key\""));
    REQUIRE(at > 0);
    const qsizetype quote = keyring.indexOf(QLatin1Char('"'), keyring.indexOf(QLatin1Char(':'), at) + 1);
    keyring[quote + 2] = keyring[quote + 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    REQUIRE(program.server.owner().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'keyring'"),
                                        { QVariant(keyring) }));
    for (const QString& person : { QStringLiteral("alex"), QStringLiteral("dana") }) {
        const Run refused = program.run(person, words({ "dashboard" }));
        INFO(person.toStdString() << ": " << refused.err.toStdString());
        CHECK((refused.exitCode == 2 || refused.exitCode == 4));
    }
}

TEST_CASE("A connection profile is read strictly: nothing but a host, a port, a database and a CA", "[server][cli]")
{
    QTemporaryDir dir;
    const auto load
        = [&](const QByteArray& text) { return server_profile::load(writeFile(dir, QStringLiteral("p.json"), text)); };
    const QByteArray good = "{\"format\":\"peerdesk-server\",\"version\":1,\"host\":\"db.example.org\",\"port\":5433,"
                            "\"database\":\"php_program\",\"ca_certificate\":\"ca.crt\"}";
    auto loaded = load(good);
    REQUIRE(loaded);
    CHECK(loaded->connection.caCertificate == QDir(dir.path()).filePath(QStringLiteral("ca.crt")));
    CHECK_FALSE(loaded->initialised());
    // Something that would reach libpq's connection string as an option, or is not what it says.
    for (const QByteArray& bad :
         { QByteArray(good).replace("db.example.org", "db sslmode=disable"), QByteArray(good).replace("5433", "70000"),
           QByteArray(good).replace("php_program", "Program;drop"), QByteArray(good).replace("php_program", "a_u_b"),
           QByteArray(good).replace("\"ca.crt\"", "\"\""), QByteArray(good).replace("peerdesk-server", "other"),
           QByteArray(good).replace("}", ",\"program_salt\":\"c2hvcnQ=\"}"), QByteArray("[1]"),
           QByteArray(good).replace("}",
                                    ",\"program_salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\",\"slot_cost\":{"
                                    "\"ops_limit\":1,\"mem_limit_bytes\":1e15}}") }) {
        auto refused = load(bad);
        INFO(bad.toStdString());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }
    // Two programs (or two people) never share a slot salt.
    ServerProfile a = *loaded;
    a.programSalt = QByteArray(16, 'a');
    ServerProfile b = *loaded;
    b.programSalt = QByteArray(16, 'b');
    CHECK(a.slotSalt(QStringLiteral("dana")) != b.slotSalt(QStringLiteral("dana")));
    CHECK(a.slotSalt(QStringLiteral("dana")) != a.slotSalt(QStringLiteral("sam")));
    CHECK(a.slotSalt(QStringLiteral("dana")).size() == 16);
}

TEST_CASE("A staff member's slot and database password on a server come from the documented format alone",
          "[server][cli][interop]")
{
    // docs/file-format.md, "A program server's logins", with our own libsodium calls: from the profile the IT person
    // handed out, the login and the passphrase, to the slot's salt, the slot's keys, the database password and one
    // identity cell read with psql.
    CliProgram program;
    const QString requests
        = requestsFile(program.dir,
                       "2026-03-01T10:00:00Z,phone,self,no,Ottoline Marchbanks,ottoline@example.org,613-555-0177,"
                       "early_career,Emergency medicine,Ottawa,General Hospital,en,phone,burnout,any,,routine\n");
    const Run intake = program.run(QStringLiteral("alex"),
                                   QStringList{ QStringLiteral("requests"), QStringLiteral("import"), requests });
    INFO(intake.err.toStdString());
    REQUIRE(intake.exitCode == 0);

    const QJsonObject profile = documented::readJson(program.profile);
    const QByteArray programSalt = documented::base64(profile.value(QStringLiteral("program_salt")));
    REQUIRE(programSalt.size() == 16);
    const QByteArray message = QByteArrayLiteral("PeerDesk server slot") + '\0' + QByteArrayLiteral("alex");
    QByteArray salt(16, '\0');
    REQUIRE(crypto_generichash(reinterpret_cast<unsigned char*>(salt.data()), 16,
                               reinterpret_cast<const unsigned char*>(message.constData()),
                               static_cast<unsigned long long>(message.size()),
                               reinterpret_cast<const unsigned char*>(programSalt.constData()), 16)
            == 0);

    // The keyring as the program's database records it (meta.keyring), read as its owner would.
    const QByteArray recorded = program.server.runClient(
        QStringLiteral("psql"),
        { QStringLiteral("-Atc"), QStringLiteral("SELECT value FROM pd.meta WHERE key = 'keyring'") });
    const QJsonObject keyring = QJsonDocument::fromJson(recorded.trimmed()).object();
    REQUIRE_FALSE(keyring.isEmpty());
    const QJsonObject slot = documented::slotOf(keyring, QStringLiteral("alex"));
    const QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
    CHECK(documented::base64(kdf.value(QStringLiteral("salt"))) == salt);

    // One Argon2id: the slot's key-encryption key, and the database password's parent key.
    const QByteArray passphrase(Passphrase);
    QByteArray derived(32, '\0');
    REQUIRE(crypto_pwhash(reinterpret_cast<unsigned char*>(derived.data()), 32, passphrase.constData(),
                          static_cast<unsigned long long>(passphrase.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<unsigned long long>(kdf.value(QStringLiteral("opslimit")).toDouble()),
                          static_cast<std::size_t>(kdf.value(QStringLiteral("memlimit")).toDouble()),
                          crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    QByteArray subkey(32, '\0');
    REQUIRE(crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(subkey.data()), 32, 1, "PDauth__",
                                       reinterpret_cast<const unsigned char*>(derived.constData()))
            == 0);
    const QString password = QString::fromLatin1(subkey.toBase64());
    ServerConnection connection = program.server.connection();
    connection.login = program.server.databaseName() + QStringLiteral("_u_alex");
    auto signedIn = program.server.tryOpen(connection, password);
    INFO((signedIn ? std::string() : signedIn.error().message.toStdString()));
    CHECK(signedIn);
    // Anything else is refused: the derivation is the password.
    subkey[0] = char(subkey[0] ^ 1);
    CHECK_FALSE(program.server.tryOpen(connection, QString::fromLatin1(subkey.toBase64())));

    const documented::OpenedSlot opened = documented::openSlot(keyring, slot, passphrase);
    const QByteArray id = program.server
                              .runClient(QStringLiteral("psql"),
                                         { QStringLiteral("-Atc"), QStringLiteral("SELECT min(id) FROM pd.requests") })
                              .trimmed();
    const QByteArray cell = QByteArray::fromHex(
        program.server
            .runClient(QStringLiteral("psql"),
                       { QStringLiteral("-Atc"),
                         QStringLiteral("SELECT encode(name_ct, 'hex') FROM pd.requests WHERE id = %1")
                             .arg(QString::fromLatin1(id)) })
            .trimmed());
    CHECK(documented::openCell(opened.identityKey, keyring.value(QStringLiteral("vault_id")).toString(), "requests",
                               "name_ct", id.toLongLong(), cell)
          == "Ottoline Marchbanks");
}

TEST_CASE("A coordinator watching the program sees a colleague's change as it commits, and nothing that identifies",
          "[server][cli][live]")
{
    CliProgram program;
    program.enrol(QStringLiteral("dana"), QStringLiteral("coordinator"));

    // Dana watches from her own process; it says when it listens.
    QProcess watcher;
    watcher.start(QStringLiteral(PEERDESK_CLI_PATH),
                  program.as(QStringLiteral("dana")) + words({ "watch", "--json", "--count", "1", "--seconds", "60" }));
    REQUIRE(watcher.waitForStarted());
    QByteArray said;
    QElapsedTimer waiting;
    waiting.start();
    while (!said.contains("Watching") && waiting.elapsed() < timeLimitMs(30000)) {
        watcher.waitForReadyRead(200);
        said += watcher.readAllStandardError();
    }
    INFO(said.toStdString());
    REQUIRE(said.contains("Watching"));

    // Alex takes in a request from his own process; Dana's watcher prints it once it is committed.
    const Run intake
        = program.run(QStringLiteral("alex"),
                      QStringList{ QStringLiteral("requests"), QStringLiteral("import"),
                                   requestsFile(program.dir,
                                                "2026-03-01T10:00:00Z,phone,self,no,Ottoline Marchbanks,"
                                                "ottoline@example.org,613-555-0177,early_career,Emergency medicine,"
                                                "Ottawa,General Hospital,en,phone,burnout,any,,routine\n") });
    REQUIRE(intake.exitCode == 0);
    QElapsedTimer seen;
    seen.start();
    REQUIRE(watcher.waitForFinished(int(timeLimitMs(2000))));
    const qint64 latency = seen.elapsed();
    CHECK(watcher.exitCode() == 0);
    const QByteArray printed = watcher.readAllStandardOutput();
    INFO(printed.toStdString() << " after " << latency << " ms");
    const QJsonObject change = QJsonDocument::fromJson(printed.trimmed()).object();
    CHECK(change.value(QStringLiteral("table")).toString().startsWith(QLatin1String("request")));
    CHECK(change.value(QStringLiteral("id")).toInteger() > 0);
    CHECK_FALSE(printed.contains("Ottoline"));
    CHECK_FALSE(printed.contains("example.org"));

    // Watching is for a program server; a count or a time is a number above 0.
    CHECK(cli(words({ "--vault", "/nonexistent", "--user", "dana", "watch" })).exitCode == 1);
    CHECK(program.run(QStringLiteral("dana"), words({ "watch", "--count", "0" })).exitCode == 1);
}

TEST_CASE("An announcement is read only in its documented shape: a table's name and a row number", "[server][live]")
{
    const auto change = ChangeFeed::parse(QStringLiteral("requests:42"));
    REQUIRE(change);
    CHECK(change->table == QLatin1String("requests"));
    CHECK(change->id == 42);
    REQUIRE(ChangeFeed::parse(QStringLiteral("settings:")));
    CHECK(ChangeFeed::parse(QStringLiteral("settings:"))->id == 0);
    // Anyone may NOTIFY on the channel: whatever else arrives is dropped.
    for (const char* hostile : { "requests:42; DROP TABLE requests", "Requests:1", "requests:-1", "requests:1:2", "",
                                 ":1", "requests:99999999999999999999", "requests\n:1" })
        CHECK_FALSE(ChangeFeed::parse(QString::fromUtf8(hostile)));
}

namespace {

// peerdesk-cli started as one person, not waited for: for commands that must run at the same moment.
std::unique_ptr<QProcess> startAs(const CliProgram& program, const QString& user, const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setChildProcessModifier([] { ::setsid(); });
    process->start(QStringLiteral(PEERDESK_CLI_PATH), program.as(user) + arguments);
    REQUIRE(process->waitForStarted());
    process->closeWriteChannel();
    return process;
}

Run finish(QProcess& process)
{
    REQUIRE(process.waitForFinished(int(timeLimitMs(120000))));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

qint64 count(Database& database, const QString& sql)
{
    auto rows = database.exec(sql);
    REQUIRE(rows);
    REQUIRE(rows->next());
    return rows->value(0).toLongLong();
}

// Two supporters with room for every request of the test, and `requests` requests taken in by Dana; their ids.
struct RaceProgram
{
    CliProgram program;
    QString jordan;
    QString camille;
    QStringList requests;

    explicit RaceProgram(int requestCount)
    {
        program.enrol(QStringLiteral("dana"), QStringLiteral("coordinator"));
        program.enrol(QStringLiteral("sam"), QStringLiteral("coordinator"));
        const QString supporters = writeFile(
            program.dir, QStringLiteral("supporters.csv"),
            "name,email,phone,specialty,career_stage,region,institution,languages,modalities,affinities,max_active,"
            "status\n"
            "Jordan Lee,jordan@example.org,613-555-0100,Family medicine,mid_career,Ottawa,Riverside Hospital,en,"
            "phone,,20,active\n"
            "Camille Roy,camille@example.org,613-555-0101,Psychiatry,late_career,Ottawa,Civic Hospital,en,phone,,20,"
            "active\n");
        REQUIRE(program
                    .run(QStringLiteral("alex"),
                         QStringList{ QStringLiteral("supporters"), QStringLiteral("import"), supporters })
                    .exitCode
                == 0);
        QByteArray rows;
        for (int i = 0; i < requestCount; ++i)
            rows += QStringLiteral("2026-03-01T10:%1:00Z,phone,self,no,Person %1,person%1@example.org,613-555-%2,"
                                   "early_career,Emergency medicine,Ottawa,General Hospital,en,phone,burnout,any,,"
                                   "routine\n")
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(1000 + i)
                        .toUtf8();
        const Run intake = program.run(
            QStringLiteral("dana"),
            QStringList{ QStringLiteral("requests"), QStringLiteral("import"), requestsFile(program.dir, rows) });
        INFO(intake.err.toStdString());
        REQUIRE(intake.exitCode == 0);
        const QJsonArray list
            = program.run(QStringLiteral("dana"), words({ "requests", "list", "--json" })).json().array();
        for (int i = 0; i < requestCount; ++i)
            requests << QString::number(
                idOf(list, QStringLiteral("name"), QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0'))));
        const QJsonArray roster
            = program.run(QStringLiteral("dana"), words({ "supporters", "list", "--json" })).json().array();
        jordan = QString::number(idOf(roster, QStringLiteral("name"), QStringLiteral("Jordan Lee")));
        camille = QString::number(idOf(roster, QStringLiteral("name"), QStringLiteral("Camille Roy")));
    }

    Database& owner() { return program.server.owner(); }
    qint64 auditRows() { return count(owner(), QStringLiteral("SELECT count(*) FROM audit_log")); }
};

} // namespace

TEST_CASE("A command that finds its request changed by someone else while it waited is refused with exit code 7",
          "[server][cli][race]")
{
    RaceProgram race(1);
    const QString request = race.requests.constFirst();
    const qint64 rows = race.auditRows();

    // A colleague's transaction changes the request and has not committed yet (the owner's connection stands in for
    // any client: the lock and the version are the server's).
    QSqlDatabase colleague = race.owner().connection();
    REQUIRE(colleague.transaction());
    REQUIRE(race.owner().exec(QStringLiteral("UPDATE requests SET urgency = 'priority' WHERE id = ?"),
                              { request.toLongLong() }));
    // Dana triages it meanwhile: her command read the request as it was, and waits for the row.
    auto dana = startAs(race.program, QStringLiteral("dana"),
                        QStringList{ QStringLiteral("requests"), QStringLiteral("triage"), request,
                                     QStringLiteral("--immediate-risk"), QStringLiteral("no") });
    auto watcher = race.program.server.open();
    QElapsedTimer waiting;
    waiting.start();
    qint64 blocked = 0;
    while (blocked == 0 && waiting.elapsed() < timeLimitMs(30000)) {
        blocked = count(*watcher,
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                       "'Lock' AND datname = current_database()"));
        if (blocked == 0)
            QThread::msleep(20);
    }
    REQUIRE(blocked == 1);
    REQUIRE(colleague.commit());

    const Run refused = finish(*dana);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 7);
    CHECK(refused.err.contains(QStringLiteral("changed by someone else")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("Person")));
    // Nothing of hers was written: still new, the colleague's urgency kept, no audit row.
    CHECK(count(race.owner(),
                QStringLiteral("SELECT count(*) FROM requests WHERE status = 'new' AND urgency = "
                               "'priority' AND id = ")
                    + request)
          == 1);
    CHECK(race.auditRows() == rows);

    // Run again, it decides from what is there now.
    const Run again = race.program.run(QStringLiteral("dana"),
                                       QStringList{ QStringLiteral("requests"), QStringLiteral("triage"), request,
                                                    QStringLiteral("--immediate-risk"), QStringLiteral("no") });
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
}

TEST_CASE("Two coordinators racing to triage, match, book and close the same requests: each race ends in 0, 3 or 7, "
          "and nothing is lost or doubled",
          "[server][cli][race]")
{
    constexpr int Rounds = 5;
    RaceProgram race(Rounds + 1);
    const QString dana = QStringLiteral("dana");
    const QString sam = QStringLiteral("sam");
    auto triage = [](const QString& request) {
        return QStringList{ QStringLiteral("requests"), QStringLiteral("triage"), request,
                            QStringLiteral("--immediate-risk"), QStringLiteral("no") };
    };
    auto assign = [](const QString& request, const QString& supporter) {
        return QStringList{ QStringLiteral("match"), QStringLiteral("assign"), request, supporter };
    };
    auto accept = [](const QString& request) {
        return QStringList{ QStringLiteral("match"), QStringLiteral("accept"), request };
    };
    auto close = [](const QString& request) {
        return QStringList{ QStringLiteral("requests"), QStringLiteral("close"), request, QStringLiteral("--outcome"),
                            QStringLiteral("withdrawn") };
    };
    // A conversation already held (in the past, after the request came in), so that closing cancels none of them and
    // writes the same audit rows however the race went.
    auto book = [](const QString& request, const QString& at) {
        return QStringList{ QStringLiteral("sessions"),
                            QStringLiteral("add"),
                            request,
                            QStringLiteral("--at"),
                            at,
                            QStringLiteral("--minutes"),
                            QStringLiteral("30"),
                            QStringLiteral("--modality"),
                            QStringLiteral("phone") };
    };

    // What each command writes to the audit log when it succeeds, measured on a request of its own.
    QHash<QString, qint64> rowsOf;
    const QString calibration = race.requests.takeLast();
    for (const auto& [kind, arguments] :
         { std::pair{ QStringLiteral("triage"), triage(calibration) },
           std::pair{ QStringLiteral("assign"), assign(calibration, race.jordan) },
           std::pair{ QStringLiteral("accept"), accept(calibration) },
           std::pair{ QStringLiteral("book"), book(calibration, QStringLiteral("2026-03-20T14:00")) },
           std::pair{ QStringLiteral("close"), close(calibration) } }) {
        const qint64 before = race.auditRows();
        const Run alone = race.program.run(dana, arguments);
        INFO(alone.err.toStdString());
        REQUIRE(alone.exitCode == 0);
        rowsOf.insert(kind, race.auditRows() - before);
    }

    QHash<int, int> outcomes;
    for (int round = 0; round < Rounds; ++round) {
        const QString request = race.requests.at(round);
        const QString day = QStringLiteral("2026-03-%1").arg(2 + round, 2, 10, QLatin1Char('0'));
        qint64 expectedRows = race.auditRows();
        // Each step: two people at the same moment, on the same request.
        const struct
        {
            QString kind[2];
            QStringList arguments[2];
        } steps[] = {
            { { QStringLiteral("triage"), QStringLiteral("triage") }, { triage(request), triage(request) } },
            { { QStringLiteral("assign"), QStringLiteral("assign") },
              { assign(request, race.jordan), assign(request, race.camille) } },
            { { QStringLiteral("accept"), QStringLiteral("accept") }, { accept(request), accept(request) } },
            // The supporter's same half hour, twice: one booking.
            { { QStringLiteral("book"), QStringLiteral("book") },
              { book(request, day + QStringLiteral("T14:00")), book(request, day + QStringLiteral("T14:00")) } },
            { { QStringLiteral("close"), QStringLiteral("book") },
              { close(request), book(request, day + QStringLiteral("T16:00")) } },
        };
        for (const auto& step : steps) {
            auto first = startAs(race.program, dana, step.arguments[0]);
            auto second = startAs(race.program, sam, step.arguments[1]);
            const Run runs[] = { finish(*first), finish(*second) };
            int successes = 0;
            for (int who = 0; who < 2; ++who) {
                INFO(step.kind[who].toStdString() << ": " << runs[who].err.toStdString());
                const int code = runs[who].exitCode;
                CHECK((code == 0 || code == 3 || code == 7));
                ++outcomes[code];
                if (code == 0) {
                    ++successes;
                    expectedRows += rowsOf.value(step.kind[who]);
                }
            }
            // The same change twice is never made twice; two different ones may both go in, one after the other.
            if (step.kind[0] == step.kind[1])
                CHECK(successes == 1);
            else
                CHECK(successes >= 1);
        }
        // Audit rows are exactly the successes' rows: nothing doubled, nothing written by a refused command.
        CHECK(race.auditRows() == expectedRows);
    }
    INFO("exit 0: " << outcomes.value(0) << ", 3: " << outcomes.value(3) << ", 7: " << outcomes.value(7));
    CHECK(outcomes.value(0) >= Rounds * 5);

    // The invariants, read by the server's owner: at most one live match per request, every request in one state,
    // and the program verifies.
    CHECK(count(race.owner(),
                QStringLiteral("SELECT count(*) FROM (SELECT request_id FROM matches WHERE status IN "
                               "('proposed', 'accepted') GROUP BY request_id HAVING count(*) > 1) d"))
          == 0);
    CHECK(count(race.owner(),
                QStringLiteral("SELECT count(*) FROM requests r WHERE r.status = 'closed' AND EXISTS "
                               "(SELECT 1 FROM matches m WHERE m.request_id = r.id AND m.status IN "
                               "('proposed', 'accepted'))"))
          == 0);
    // No supporter booked twice at the same moment.
    CHECK(count(race.owner(),
                QStringLiteral("SELECT count(*) FROM conversations a JOIN matches ma ON ma.id = a.match_id "
                               "JOIN conversations b ON b.id > a.id JOIN matches mb ON mb.id = b.match_id "
                               "WHERE ma.supporter_id = mb.supporter_id AND a.status IN ('scheduled', "
                               "'held') AND b.status IN ('scheduled', 'held') AND a.starts_at = "
                               "b.starts_at"))
          == 0);
    const Run verified = race.program.run(sam, words({ "verify" }));
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
}

TEST_CASE("After a purge, the owner's maintenance leaves the purged identity's old ciphertext in no table file",
          "[server][cli][retention]")
{
    RaceProgram race(1);
    const qint64 id = race.requests.constFirst().toLongLong();
    Database& owner = race.owner();
    auto cell = owner.exec(QStringLiteral("SELECT name_ct FROM requests WHERE id = ?"), { id });
    REQUIRE(cell);
    REQUIRE(cell->next());
    const QByteArray ciphertext = cell->value(0).toByteArray();
    cell->finish();
    REQUIRE(ciphertext.size() >= 40);
    // The purge's own statement (RequestRepository::purgeIdentities), then the table's file as the disk has it.
    REQUIRE(owner.exec(QStringLiteral("UPDATE requests SET name_ct = NULL, email_ct = NULL, phone_ct = NULL, "
                                      "best_time_ct = NULL, institution_ct = NULL WHERE id = ?"),
                       { id }));
    const auto tableFile = [&owner] {
        REQUIRE(owner.execute(QStringLiteral("CHECKPOINT")));
        auto path = owner.exec(QStringLiteral("SELECT pg_relation_filepath('requests')"));
        REQUIRE(path);
        REQUIRE(path->next());
        QFile file(QDir(TestServer::clusterDirectory()).filePath(QStringLiteral("data/") + path->value(0).toString()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    // Without maintenance the old row version, ciphertext and all, is still in the file.
    CHECK(tableFile().contains(ciphertext));

    const QString ownerFile
        = writeFile(race.program.dir, QStringLiteral("owner-maintain.txt"), TestServer::ownerPassword().toUtf8());
    const QStringList maintain = QStringList{ QStringLiteral("--profile"), race.program.profile }
        + words({ "server", "maintain", "--owner", "pd_owner", "--owner-password-file" }) + QStringList{ ownerFile };
    const Run maintained = cli(maintain);
    INFO(maintained.err.toStdString());
    REQUIRE(maintained.exitCode == 0);
    CHECK(maintained.out.contains(QStringLiteral("requests: rewritten")));
    CHECK(maintained.out.contains(QStringLiteral("Maintenance done on")));
    CHECK_FALSE(tableFile().contains(ciphertext));

    // A wrong owner password is refused; without a profile it is a usage error.
    const QString wrong = writeFile(race.program.dir, QStringLiteral("wrong.txt"), "not the owner's password");
    CHECK(cli(QStringList{ QStringLiteral("--profile"), race.program.profile }
              + words({ "server", "maintain", "--owner", "pd_owner", "--owner-password-file" }) + QStringList{ wrong })
              .exitCode
          == 2);
    CHECK(cli(words({ "server", "maintain", "--owner", "pd_owner" })).exitCode == 1);

    // A program whose schema is steps behind this PeerDesk (the state before its last upgrades): staff are refused
    // and told what to run, and the owner's maintenance brings it up to date.
    // Steps 9 and 8 undone: the server's audit anchor and cards' lock; supporters' accounts, match cards, the
    // supporters' functions, and the row-level security the grants made with them.
    for (const char* undo :
         { "DROP TRIGGER audit_log_anchor ON audit_log",
           "DROP FUNCTION audit_log_anchor()",
           "DROP TRIGGER match_cards_roster_lock ON match_cards",
           "DROP FUNCTION match_cards_roster_lock()",
           "DROP POLICY matches_own_supporter ON matches",
           "DROP POLICY conversations_own_supporter ON conversations",
           "DROP POLICY requests_own_supporter ON requests",
           "DROP POLICY users_staff ON users",
           "DROP POLICY users_read ON users",
           "DROP POLICY users_own_update ON users",
           "ALTER TABLE users DISABLE ROW LEVEL SECURITY",
           "DROP POLICY staff_keys_staff ON staff_keys",
           "DROP POLICY staff_keys_read ON staff_keys",
           "DROP POLICY staff_keys_own_insert ON staff_keys",
           "ALTER TABLE staff_keys DISABLE ROW LEVEL SECURITY",
           "DROP TABLE match_cards",
           "DROP TRIGGER matches_cards_end ON matches",
           "DROP TRIGGER users_cards_end ON users",
           "DROP TRIGGER users_supporter_by_administrators ON users",
           "DROP FUNCTION supporter_step_away(bigint, text, text)",
           "DROP FUNCTION supporter_held(bigint, text)",
           "DROP FUNCTION supporter_book(bigint, text, bigint, text, text)",
           "DROP FUNCTION supporter_first_contact(bigint, text)",
           "DROP FUNCTION supporter_answer(bigint, boolean, text)",
           "DROP FUNCTION supporter_moment(text, text)",
           "DROP FUNCTION supporter_request_status(matches, text[])",
           "DROP FUNCTION supporter_match(bigint, text[])",
           "DROP FUNCTION supporter_step_noted(text, bigint)",
           "DROP FUNCTION record_own_keyring(text)",
           "DROP TABLE supporter_steps",
           "DROP FUNCTION supporter_step_audited()",
           "DROP FUNCTION match_cards_end_with_account()",
           "DROP FUNCTION match_cards_end_with_match()",
           "DROP FUNCTION match_cards_of_live_match()",
           "DROP FUNCTION audit_row_state(bigint, text)",
           "DROP FUNCTION audit_head()",
           "DROP FUNCTION session_slot()",
           "DROP FUNCTION session_login()",
           "DROP FUNCTION supporter_live_requests()",
           "DROP FUNCTION session_supporter()",
           "DROP FUNCTION users_supporter_by_administrators()",
           "DROP INDEX users_supporter",
           "ALTER TABLE users DROP CONSTRAINT users_supporter_link",
           "ALTER TABLE users DROP COLUMN supporter_id",
           "ALTER TABLE users DROP CONSTRAINT users_role_check",
           "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('administrator', 'coordinator', "
           "'reporting'))",
           "UPDATE meta SET value = '7' WHERE key = 'schema_version'" })
        REQUIRE(owner.execute(QLatin1String(undo)));
    const Run behind = race.program.run(QStringLiteral("alex"), words({ "dashboard" }));
    CHECK(behind.exitCode == 4);
    CHECK(behind.err.contains(QStringLiteral("server maintain")));
    const Run upgraded = cli(maintain);
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.exitCode == 0);
    CHECK(race.program.run(QStringLiteral("alex"), words({ "dashboard" })).exitCode == 0);
    auto version = owner.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    REQUIRE(version);
    REQUIRE(version->next());
    CHECK(version->value(0).toInt() == server_migrations::latestVersion());
}

TEST_CASE("A computer that saw the audit chain catches the server's operator cutting it back, keyring and all",
          "[server][cli][audit]")
{
    RaceProgram race(2);
    Database& owner = race.owner();
    QTemporaryDir danaComputer;
    REQUIRE(danaComputer.isValid());
    const auto asDana = [&](std::initializer_list<const char*> arguments) {
        return cli(race.program.as(QStringLiteral("dana")) + words(arguments), {}, danaComputer.path());
    };
    REQUIRE(asDana({ "requests", "list" }).exitCode == 0);

    // The operator keeps a copy of the program's state as it is now...
    const qint64 cut = count(owner, QStringLiteral("SELECT max(id) FROM audit_log"));
    QList<std::pair<QString, QString>> meta;
    {
        auto rows = owner.exec(QStringLiteral("SELECT key, value FROM meta"));
        REQUIRE(rows);
        while (rows->next())
            meta.append({ rows->value(0).toString(), rows->value(1).toString() });
    }
    // ...work goes on, and Dana's computer sees it...
    for (const QString& request : std::as_const(race.requests)) {
        REQUIRE(race.program
                    .run(QStringLiteral("alex"),
                         QStringList{ QStringLiteral("requests"), QStringLiteral("triage"), request,
                                      QStringLiteral("--immediate-risk"), QStringLiteral("no") })
                    .exitCode
                == 0);
    }
    REQUIRE(asDana({ "requests", "list" }).exitCode == 0);
    REQUIRE(count(owner, QStringLiteral("SELECT max(id) FROM audit_log")) > cut);

    // ...then the operator sets the server's checks aside, cuts the newest audit rows off and puts back the keyring
    // and the chain's anchor as they were: what is left is consistent, and signed.
    REQUIRE(owner.execute(QStringLiteral("SET session_replication_role = replica")));
    REQUIRE(owner.exec(QStringLiteral("DELETE FROM audit_log WHERE id > ?"), { cut }));
    for (const auto& [key, value] : std::as_const(meta))
        REQUIRE(owner.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"), { value, key }));
    REQUIRE(owner.execute(QStringLiteral("SET session_replication_role = origin")));

    // A computer that never saw the program cannot tell.
    QTemporaryDir elsewhere;
    const Run fresh = cli(race.program.as(QStringLiteral("sam")) + words({ "verify" }), {}, elsewhere.path());
    INFO(fresh.out.toStdString() << fresh.err.toStdString());
    CHECK(fresh.exitCode == 0);
    // Dana's computer can: verify fails and names what is missing; every sign-in says so.
    const Run verified = asDana({ "verify" });
    INFO(verified.out.toStdString() << verified.err.toStdString());
    CHECK(verified.exitCode == 4);
    CHECK(QString(verified.out + verified.err).contains(QStringLiteral("not what this computer saw")));
    const Run signedIn = asDana({ "requests", "list" });
    CHECK(signedIn.exitCode == 0);
    CHECK(signedIn.err.contains(QStringLiteral("not what this computer saw")));
    // The witness holds no name and is named by nothing readable.
    const QDir witnesses(danaComputer.path() + QStringLiteral("/data/peerdesk/server-witness"));
    const QStringList files = witnesses.entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK_FALSE(files.constFirst().contains(race.program.server.databaseName()));
    QFile witness(witnesses.filePath(files.constFirst()));
    REQUIRE(witness.open(QIODevice::ReadOnly));
    const QByteArray held = witness.readAll();
    CHECK_FALSE(held.contains("Person"));
    CHECK_FALSE(held.contains("dana"));
}

TEST_CASE("A supporter enrolled on a program server works their own match with peerdesk-cli my",
          "[server][cli][supporters]")
{
    CliProgram program;
    program.enrol(QStringLiteral("dana"), QStringLiteral("coordinator"));
    const QString supporters = writeFile(
        program.dir, QStringLiteral("supporters.csv"),
        "name,email,phone,specialty,career_stage,region,institution,languages,modalities,affinities,max_active,status\n"
        "Jordan Lee,jordan@example.org,613-555-0100,Family medicine,mid_career,Ottawa,Riverside Hospital,en;fr,"
        "phone;video,,2,active\n");
    REQUIRE(program
                .run(QStringLiteral("alex"),
                     QStringList{ QStringLiteral("supporters"), QStringLiteral("import"), supporters })
                .exitCode
            == 0);
    const QString requests
        = requestsFile(program.dir,
                       "2026-03-01T10:00:00Z,phone,self,no,Robin Tremblay,robin@example.org,613-555-0199,early_career,"
                       "Emergency medicine,Ottawa,General Hospital,en,phone,burnout,any,,routine\n");
    REQUIRE(
        program
            .run(QStringLiteral("dana"), QStringList{ QStringLiteral("requests"), QStringLiteral("import"), requests })
            .exitCode
        == 0);
    const QString robin = QString::number(
        idOf(program.run(QStringLiteral("dana"), words({ "requests", "list", "--json" })).json().array(),
             QStringLiteral("name"), QStringLiteral("Robin Tremblay")));
    const QString jordan = QString::number(
        idOf(program.run(QStringLiteral("dana"), words({ "supporters", "list", "--json" })).json().array(),
             QStringLiteral("name"), QStringLiteral("Jordan Lee")));
    REQUIRE(program
                .run(QStringLiteral("dana"),
                     QStringList{ QStringLiteral("requests"), QStringLiteral("triage"), robin,
                                  QStringLiteral("--immediate-risk"), QStringLiteral("no") })
                .exitCode
            == 0);
    REQUIRE(program
                .run(QStringLiteral("dana"),
                     QStringList{ QStringLiteral("match"), QStringLiteral("assign"), robin, jordan })
                .exitCode
            == 0);

    // A supporter's account needs the supporter it works for.
    const QString initial = writeFile(program.dir, QStringLiteral("x-initial.txt"), "initial words for x 8812");
    CHECK(program
              .run(QStringLiteral("alex"),
                   QStringList{ QStringLiteral("server"), QStringLiteral("enroll"), QStringLiteral("x"),
                                QStringLiteral("--role"), QStringLiteral("supporter"),
                                QStringLiteral("--initial-passphrase-file"), initial })
              .exitCode
          == 1);
    program.enrol(QStringLiteral("jordan"), QStringLiteral("supporter"),
                  QStringList{ QStringLiteral("--supporter"), jordan });

    const Run listed = program.run(QStringLiteral("jordan"), words({ "my", "matches", "--json" }));
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray mine = listed.json().array();
    REQUIRE(mine.size() == 1);
    const QJsonObject match = mine.at(0).toObject();
    CHECK(match.value(QStringLiteral("status")).toString() == QStringLiteral("proposed"));
    CHECK(match.value(QStringLiteral("request_status")).toString() == QStringLiteral("matched"));
    const QJsonObject card = match.value(QStringLiteral("card")).toObject();
    CHECK(card.value(QStringLiteral("first_name")).toString() == QStringLiteral("Robin"));
    CHECK(card.value(QStringLiteral("email")).toString() == QStringLiteral("robin@example.org"));
    CHECK(card.value(QStringLiteral("contact_by")).isString());
    CHECK_FALSE(card.contains(QStringLiteral("institution")));
    const QString matchId = QString::number(match.value(QStringLiteral("match_id")).toInteger());

    CHECK(program.run(QStringLiteral("jordan"), QStringList{ QStringLiteral("my"), QStringLiteral("accept"), matchId })
              .exitCode
          == 0);
    CHECK(program.run(QStringLiteral("jordan"), QStringList{ QStringLiteral("my"), QStringLiteral("accept"), matchId })
              .exitCode
          == 3);
    CHECK(program
              .run(QStringLiteral("jordan"),
                   QStringList{ QStringLiteral("my"), QStringLiteral("first-contact"), matchId })
              .exitCode
          == 0);
    const Run booked = program.run(
        QStringLiteral("jordan"),
        QStringList{ QStringLiteral("my"), QStringLiteral("book"), matchId, QStringLiteral("--at"),
                     QDateTime::currentDateTimeUtc().addDays(2).toString(QStringLiteral("yyyy-MM-ddT14:00")),
                     QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--modality"),
                     QStringLiteral("phone"), QStringLiteral("--json") });
    INFO(booked.err.toStdString());
    CHECK(booked.exitCode == 0);
    const QJsonObject first = booked.json().object();
    CHECK(first.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(first.value(QStringLiteral("number")).toInt() == 1);
    CHECK(first.value(QStringLiteral("cap")).toInt() == 3);
    CHECK_FALSE(first.value(QStringLiteral("referral_suggested")).toBool());
    CHECK(first.value(QStringLiteral("referral_prompt")).isNull());
    // The coordinators' commands are not a supporter's.
    CHECK(program.run(QStringLiteral("jordan"), words({ "requests", "list" })).exitCode == 5);
    const QJsonArray seen = program.run(QStringLiteral("dana"), words({ "requests", "list", "--json" })).json().array();
    CHECK(seen.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("first_contact_made"));

    CHECK(program
              .run(QStringLiteral("jordan"),
                   QStringList{ QStringLiteral("my"), QStringLiteral("step-away"), matchId, QStringLiteral("--reason"),
                                QStringLiteral("tired of this") })
              .exitCode
          == 3);
    CHECK(program
              .run(QStringLiteral("jordan"),
                   QStringList{ QStringLiteral("my"), QStringLiteral("step-away"), matchId, QStringLiteral("--reason"),
                                QStringLiteral("supporter_withdrew") })
              .exitCode
          == 0);
    CHECK(program.run(QStringLiteral("jordan"), words({ "my", "matches", "--json" })).json().array().isEmpty());
    const QJsonArray back = program.run(QStringLiteral("dana"), words({ "requests", "list", "--json" })).json().array();
    CHECK(back.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("triaged"));
    // The program still verifies, the supporter's rows included.
    const Run verified = program.run(QStringLiteral("alex"), words({ "verify" }));
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
}
