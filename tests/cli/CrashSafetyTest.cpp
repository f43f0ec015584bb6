// Crash safety: the command-line writers (imports, request transitions, purge, passphrase change, rekey, backup)
// are killed with SIGKILL at random moments, and after every kill the vault must open and verify, each import
// must be wholly there or wholly absent, and nothing a writer acknowledged (exit 0) may be lost. The test keeps
// a model of what the vault must hold and compares it with what the CLI lists after each round.
//
// PEERDESK_CRASH_ROUNDS (default 20, the CI run; 500 is the documented long mode) and PEERDESK_CRASH_SEED (printed
// at the start; the same seed replays the same writers and delays) steer it: docs/testing.md, "Crash safety".

#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "TempVault.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <iostream>
#include <random>
#include <unistd.h>

using namespace peerdesk::test::cli_support;

namespace {

constexpr auto OtherPassphrase = "copper lantern orchard 88 gently";
constexpr int ImportRows = 150; // rows per import: long enough for kills to land inside the transaction
constexpr int TransitionsPerRound = 3;
constexpr int LongRetentionDays = 365; // nothing the test closes is purged until a purge round says so

enum class Writer
{
    SupportersImport,
    RequestsImport,
    Transitions,
    Purge,
    Passphrase,
    Rekey,
    Backup
};
constexpr Writer AllWriters[] = { Writer::SupportersImport, Writer::RequestsImport, Writer::Transitions, Writer::Purge,
                                  Writer::Passphrase,       Writer::Rekey,          Writer::Backup };

const char* writerName(Writer writer)
{
    switch (writer) {
    case Writer::SupportersImport:
        return "supporters import";
    case Writer::RequestsImport:
        return "requests import";
    case Writer::Transitions:
        return "request transitions";
    case Writer::Purge:
        return "purge";
    case Writer::Passphrase:
        return "passwd";
    case Writer::Rekey:
        return "rekey";
    case Writer::Backup:
        return "backup create";
    }
    return "?";
}

qint64 environmentNumber(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value >= 0 ? value : fallback;
}

// One batch an import adds. Unknown: its writer was killed, so it may or may not have committed; the next check
// finds out which and from then on it must stay that way.
enum class Presence
{
    Absent,
    Present,
    Unknown
};

struct Batch
{
    int rows = 0;
    Presence presence = Presence::Absent;
};

struct TrackedRequest
{
    QString status; // what the vault must show
    QString pending; // a transition that was killed: the vault may show this instead, once
    bool purged = false; // a purge covered it after it was closed
};

struct BackupFile
{
    QString path;
    QString passphraseFile; // the passphrase the backup's keyring holds
};

// What the vault must hold, from every acknowledged change and every observation since.
struct Model
{
    QMap<int, Batch> supporterBatches; // by batch number
    QMap<int, Batch> requestBatches;
    QMap<qint64, TrackedRequest> requests; // every request of a batch that is present
    int passphrase = 0; // index into the two passphrase files
    bool passphraseUnknown = false;
    QSet<QString> backupsSeen; // every *.pdbackup file already checked
    QList<BackupFile> acknowledgedBackups;
};

// Requests of batch n were received on 2018-01-01 + n days (UTC), before any demo data and never in the future,
// so a request's batch can be read back from its received_at even after its name is purged.
QDate batchDay(int batch)
{
    return QDate(2018, 1, 1).addDays(batch);
}

// One command of a round. Its model changes are applied when it exits 0 (acknowledged) or is killed (interrupted).
struct Step
{
    std::function<QStringList()> arguments; // built when the step starts (the passphrase may have changed)
    std::function<void(const QString& out)> acknowledged;
    std::function<void()> interrupted;
};

class CrashHarness
{
public:
    explicit CrashHarness(quint32 seed) : m_random(seed)
    {
        m_passphraseFiles[0] = m_vault.passphraseFile;
        m_passphraseFiles[1] = writeFile(m_vault.dir, QStringLiteral("other.txt"), QByteArray(OtherPassphrase) + '\n');
        m_backupFolder = m_vault.dir.filePath(QStringLiteral("backups"));
    }

    const CliVault& vault() const { return m_vault; }
    std::mt19937& random() { return m_random; }

    Run run(const QStringList& arguments) const { return cli(credentials() + arguments); }

    QStringList credentials() const
    {
        return m_vault.as(QStringLiteral("admin"), m_passphraseFiles[m_model.passphrase]);
    }

    void setUp()
    {
        // A realistic vault, big enough that rekey and backup copy for a while.
        const Run demo = run({ QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("120"),
                               QStringLiteral("--supporters"), QStringLiteral("20") });
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        setRetention(LongRetentionDays);
    }

    QList<Step> stepsFor(Writer writer)
    {
        switch (writer) {
        case Writer::SupportersImport:
            return { supportersImport() };
        case Writer::RequestsImport:
            return { requestsImport() };
        case Writer::Transitions:
            return transitions();
        case Writer::Purge:
            return { purge() };
        case Writer::Passphrase:
            return { passphraseChange() };
        case Writer::Rekey:
            return { rekey() };
        case Writer::Backup:
            return { backup() };
        }
        return {};
    }

    // Opens the vault and changes nothing itself, but finishes at its unlock whatever a killed writer left.
    Step opener()
    {
        return Step{ [this] { return credentials() << QStringLiteral("verify"); }, [](const QString&) {}, [] {} };
    }

    // Runs the steps one after the other and kills whichever runs killAfterMs after the first started (never
    // when negative). Returns whether a process was killed.
    bool play(const QList<Step>& steps, qint64 killAfterMs, qint64* elapsedMs = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        bool killed = false;
        for (const Step& step : steps) {
            QProcess process;
            process.setChildProcessModifier([] { ::setsid(); });
            const QStringList arguments = step.arguments();
            process.start(QStringLiteral(PEERDESK_CLI_PATH), arguments);
            REQUIRE(process.waitForStarted());
            process.closeWriteChannel();
            const qint64 remaining = killAfterMs < 0 ? 120000 : std::max<qint64>(killAfterMs - timer.elapsed(), 0);
            if (!process.waitForFinished(int(remaining)) && killAfterMs >= 0) {
                ::kill(pid_t(process.processId()), SIGKILL);
                REQUIRE(process.waitForFinished(60000));
                // It may have finished between the wait and the kill: then it is acknowledged after all.
                if (process.exitStatus() == QProcess::CrashExit) {
                    step.interrupted();
                    killed = true;
                    break;
                }
            }
            REQUIRE(process.state() == QProcess::NotRunning);
            const QString err = QString::fromUtf8(process.readAllStandardError());
            INFO(arguments.mid(6).join(u' ').toStdString() << ": " << err.toStdString());
            REQUIRE(process.exitStatus() == QProcess::NormalExit);
            REQUIRE(process.exitCode() == 0);
            step.acknowledged(QString::fromUtf8(process.readAllStandardOutput()));
        }
        if (elapsedMs)
            *elapsedMs = timer.elapsed();
        return killed;
    }

    // Everything a round must leave true; resolves what the model does not know (killed writers) from what the
    // vault shows, and fails on anything that contradicts what was acknowledged.
    void check()
    {
        checkOpensAndVerifies();
        checkSupporters();
        checkRequests();
        checkBackups();
        checkVaultFolder();
    }

    void restoreRetentionAfterPurge() { setRetention(LongRetentionDays); }

    // Acknowledged rotations: the keyring from before each one, with the database of now, must open nothing.
    void checkRotationsHeld()
    {
        for (const auto& [keyring, passphraseFile] : std::as_const(m_keyringsBeforeRekey)) {
            QTemporaryDir old;
            REQUIRE(old.isValid());
            REQUIRE(QFile::copy(m_vault.vault + QStringLiteral("/peerdesk.db"),
                                old.filePath(QStringLiteral("peerdesk.db"))));
            writeFile(old, QStringLiteral("keyring.json"), keyring);
            QFile secret(passphraseFile);
            REQUIRE(secret.open(QIODevice::ReadOnly));
            auto key = peerdesk::vault::unwrapWithPassphrase(
                old.path(), QStringLiteral("admin"),
                peerdesk::test::TempVault::secret(QString::fromUtf8(secret.readAll().trimmed())));
            REQUIRE(key); // the old keyring still unwraps the old key ...
            auto opened
                = peerdesk::Database::open(old.filePath(QStringLiteral("peerdesk.db")), std::move(key->keys.data),
                                           peerdesk::Database::OpenMode::ExistingOnly);
            CHECK_FALSE(opened); // ... which no longer opens the database
        }
    }

private:
    void setRetention(int days)
    {
        const Run set = run({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("retention_days"),
                              QString::number(days) });
        INFO(set.err.toStdString());
        REQUIRE(set.exitCode == 0);
    }

    Step importStep(const char* group, const QString& file, QMap<int, Batch>& batches, int batch)
    {
        batches.insert(batch, Batch{ ImportRows, Presence::Absent });
        return Step{ [this, group, file] {
                        return credentials() << QLatin1String(group) << QStringLiteral("import") << file;
                    },
                     [&batches, batch](const QString&) { batches[batch].presence = Presence::Present; },
                     [&batches, batch] { batches[batch].presence = Presence::Unknown; } };
    }

    Step supportersImport()
    {
        const int batch = m_nextBatch++;
        QByteArray csv = "name,email,specialty,career_stage,languages,status\n";
        for (int row = 0; row < ImportRows; ++row)
            csv += QStringLiteral("Crash B%1 Supporter %2,crash.b%1.s%2@example.org,Surgery,mid_career,en,nominated\n")
                       .arg(batch)
                       .arg(row)
                       .toUtf8();
        const QString file = writeFile(m_vault.dir, QStringLiteral("supporters-%1.csv").arg(batch), csv);
        return importStep("supporters", file, m_model.supporterBatches, batch);
    }

    Step requestsImport()
    {
        const int batch = m_nextBatch++;
        QByteArray csv = "received_at,channel,name,email,career_stage,languages,modalities,reasons\n";
        const QDateTime day(batchDay(batch), QTime(8, 0), Qt::UTC);
        for (int row = 0; row < ImportRows; ++row)
            csv += QStringLiteral(
                       "%1,phone,Crash B%2 Requester %3,crash.b%2.r%3@example.com,mid_career,en,phone,burnout\n")
                       .arg(day.addSecs(60 * row).toString(Qt::ISODate))
                       .arg(batch)
                       .arg(row)
                       .toUtf8();
        const QString file = writeFile(m_vault.dir, QStringLiteral("requests-%1.csv").arg(batch), csv);
        return importStep("requests", file, m_model.requestBatches, batch);
    }

    // Moves a few requests one step on: new -> triaged -> closed.
    QList<Step> transitions()
    {
        QList<qint64> candidates;
        for (auto it = m_model.requests.cbegin(); it != m_model.requests.cend(); ++it) {
            if (it->status != QLatin1String("closed"))
                candidates.append(it.key());
        }
        std::shuffle(candidates.begin(), candidates.end(), m_random);
        QList<Step> steps;
        for (qint64 id : candidates.mid(0, TransitionsPerRound)) {
            const bool triage = m_model.requests.value(id).status == QLatin1String("new");
            const QString next = triage ? QStringLiteral("triaged") : QStringLiteral("closed");
            const QStringList command = triage
                ? QStringList{ QStringLiteral("requests"), QStringLiteral("triage"),
                               QString::number(id),        QStringLiteral("--immediate-risk"),
                               QStringLiteral("no"),       QStringLiteral("--reasons"),
                               QStringLiteral("burnout") }
                : QStringList{ QStringLiteral("requests"), QStringLiteral("close"), QString::number(id),
                               QStringLiteral("--outcome"), QStringLiteral("withdrawn") };
            steps.append(Step{ [this, command] { return credentials() + command; },
                               [this, id, next](const QString&) { m_model.requests[id].status = next; },
                               [this, id, next] { m_model.requests[id].pending = next; } });
        }
        return steps;
    }

    // Retention 0 makes every closed request due; the purge then happens in the killed process (at its unlock,
    // or on demand) or, if it died first, at the next unlock. Either way no closed request keeps its identity.
    Step purge()
    {
        setRetention(0);
        m_purgeRound = true;
        return Step{ [this] { return credentials() << QStringLiteral("purge"); }, [](const QString&) {}, [] {} };
    }

    Step passphraseChange()
    {
        return Step{ [this] {
                        return credentials() << QStringLiteral("passwd") << QStringLiteral("--new-passphrase-file")
                                             << m_passphraseFiles[1 - m_model.passphrase];
                    },
                     [this](const QString&) { m_model.passphrase = 1 - m_model.passphrase; },
                     [this] { m_model.passphraseUnknown = true; } };
    }

    Step rekey()
    {
        QFile keyring(m_vault.vault + QStringLiteral("/keyring.json"));
        REQUIRE(keyring.open(QIODevice::ReadOnly));
        const QByteArray before = keyring.readAll();
        return Step{ [this] { return credentials() << QStringLiteral("rekey"); },
                     [this, before](const QString&) {
                         m_keyringsBeforeRekey.append({ before, m_passphraseFiles[m_model.passphrase] });
                     },
                     [] {} };
    }

    Step backup()
    {
        return Step{ [this] {
                        return credentials() << QStringLiteral("backup") << QStringLiteral("create") << m_backupFolder;
                    },
                     [this](const QString& out) {
                         const QString path = out.trimmed().section(u'\n', -1);
                         m_model.acknowledgedBackups.append({ path, m_passphraseFiles[m_model.passphrase] });
                         m_backupFinished = true;
                     },
                     [] {} };
    }

    // What is in the backup folder besides backups: snapshot folders of killed backups.
    QStringList backupLeftovers() const
    {
        return QDir(m_backupFolder)
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
            .filter(QRegularExpression(QStringLiteral("^(?!.*\\.pdbackup$)")));
    }

    void checkOpensAndVerifies()
    {
        Run verified = run({ QStringLiteral("verify") });
        if (verified.exitCode == 2 && m_model.passphraseUnknown) {
            // The killed passwd committed: the new passphrase is the one now, and must stay so.
            m_model.passphrase = 1 - m_model.passphrase;
            verified = run({ QStringLiteral("verify") });
            ++m_killedPasswdCommitted;
        }
        m_model.passphraseUnknown = false;
        INFO("verify: " << verified.err.toStdString());
        REQUIRE(verified.exitCode == 0);
    }

    void settle(Batch& batch, int found, const char* what, int number)
    {
        INFO(what << " batch " << number << ": " << found << " of " << batch.rows << " rows in the vault");
        switch (batch.presence) {
        case Presence::Present:
            REQUIRE(found == batch.rows); // acknowledged (or seen) earlier: still whole
            break;
        case Presence::Absent:
            REQUIRE(found == 0);
            break;
        case Presence::Unknown:
            REQUIRE((found == 0 || found == batch.rows)); // all or nothing
            batch.presence = found == 0 ? Presence::Absent : Presence::Present;
            ++(found == 0 ? m_killedImportsAbsent : m_killedImportsPresent);
            break;
        }
    }

    QJsonArray list(const char* group) const
    {
        const Run listed = run({ QLatin1String(group), QStringLiteral("list"), QStringLiteral("--json") });
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        return listed.json().array();
    }

    void checkSupporters()
    {
        static const QRegularExpression tag(QStringLiteral("^crash\\.b(\\d+)\\.s\\d+@"));
        QMap<int, int> found;
        for (const QJsonValue& value : list("supporters")) {
            const auto match = tag.match(value.toObject().value(QStringLiteral("email")).toString());
            if (match.hasMatch())
                ++found[match.captured(1).toInt()];
        }
        for (auto it = m_model.supporterBatches.begin(); it != m_model.supporterBatches.end(); ++it)
            settle(*it, found.value(it.key()), "supporters", it.key());
    }

    void checkRequests()
    {
        QMap<int, QList<QJsonObject>> byBatch;
        QMap<qint64, QJsonObject> byId;
        const QDate first = batchDay(0);
        for (const QJsonValue& value : list("requests")) {
            const QJsonObject request = value.toObject();
            const QDate day
                = QDateTime::fromString(request.value(QStringLiteral("received_at")).toString(), Qt::ISODate)
                      .toUTC()
                      .date();
            if (day >= first && day < batchDay(m_nextBatch)) {
                byBatch[int(first.daysTo(day))].append(request);
                byId.insert(request.value(QStringLiteral("id")).toInteger(), request);
            }
        }
        for (auto it = m_model.requestBatches.begin(); it != m_model.requestBatches.end(); ++it) {
            settle(*it, int(byBatch.value(it.key()).size()), "requests", it.key());
            if (it->presence == Presence::Present && !m_tracked.contains(it.key())) {
                m_tracked.insert(it.key());
                for (const QJsonObject& request : byBatch.value(it.key()))
                    m_model.requests.insert(request.value(QStringLiteral("id")).toInteger(),
                                            TrackedRequest{ QStringLiteral("new"), {}, false });
            }
        }
        for (auto it = m_model.requests.begin(); it != m_model.requests.end(); ++it) {
            const QJsonObject request = byId.value(it.key());
            const QString status = request.value(QStringLiteral("status")).toString();
            INFO("request #" << it.key() << ": " << status.toStdString() << ", expected " << it->status.toStdString()
                             << " (or " << it->pending.toStdString() << ")");
            REQUIRE((status == it->status || (!it->pending.isEmpty() && status == it->pending)));
            it->status = status;
            it->pending.clear();
            if (m_purgeRound && status == QLatin1String("closed"))
                it->purged = true;
            CHECK(request.value(QStringLiteral("identity_purged")).toBool() == it->purged);
            CHECK(request.value(QStringLiteral("name")).isNull() == it->purged);
        }
        m_purgeRound = false;
    }

    void checkBackups()
    {
        for (const BackupFile& backup : std::as_const(m_model.acknowledgedBackups)) {
            INFO(backup.path.toStdString());
            REQUIRE(QFileInfo::exists(backup.path));
        }
        // A killed backup leaves its snapshot folder; the next backup removes it (and its own).
        const QStringList leftovers = backupLeftovers();
        INFO(leftovers.join(QStringLiteral(", ")).toStdString());
        CHECK(leftovers.size() <= 1);
        if (m_backupFinished)
            CHECK(leftovers.isEmpty());
        m_backupFinished = false;
        // A file under a backup's own name is complete, whether or not its writer lived to say so.
        const QFileInfoList files = QDir(m_backupFolder).entryInfoList({ QStringLiteral("*.pdbackup") }, QDir::Files);
        for (const QFileInfo& file : files) {
            if (m_model.backupsSeen.contains(file.fileName()))
                continue;
            m_model.backupsSeen.insert(file.fileName());
            const Run verified = cli(m_vault.as(QStringLiteral("admin"), m_passphraseFiles[m_model.passphrase])
                                     << QStringLiteral("backup") << QStringLiteral("verify") << file.filePath());
            INFO(file.fileName().toStdString() << ": " << verified.err.toStdString());
            REQUIRE(verified.exitCode == 0);
        }
    }

    // A closed vault is peerdesk.db and keyring.json: whatever a killed writer left beside them (a rotation's
    // copy, a keyring's temporary file, a lock) is cleaned up by the next one to open it.
    void checkVaultFolder()
    {
        const QStringList names = QDir(m_vault.vault).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        INFO(names.join(QStringLiteral(", ")).toStdString());
        CHECK(names == QStringList{ QStringLiteral("keyring.json"), QStringLiteral("peerdesk.db") });
    }

    CliVault m_vault;
    QString m_passphraseFiles[2];
    QString m_backupFolder;
    std::mt19937 m_random;
    Model m_model;
    int m_nextBatch = 0;
    QSet<int> m_tracked; // request batches whose ids are in the model
    bool m_purgeRound = false;
    bool m_backupFinished = false; // in this round
    QList<std::pair<QByteArray, QString>> m_keyringsBeforeRekey; // keyring.json, passphrase file

public:
    // How far the kills reached: a killed import found whole afterwards had committed before it died.
    int m_killedImportsPresent = 0;
    int m_killedImportsAbsent = 0;
    int m_killedPasswdCommitted = 0;
};

} // namespace

TEST_CASE("CLI writers killed at random moments leave a vault that opens, verifies and keeps every acknowledged "
          "change",
          "[cli][crash]")
{
    const qint64 rounds = environmentNumber("PEERDESK_CRASH_ROUNDS", 20);
    const quint32 seed = quint32(environmentNumber("PEERDESK_CRASH_SEED", QRandomGenerator::system()->generate()));
    std::cout << "crash safety: " << rounds << " rounds, seed " << seed << " (replay: PEERDESK_CRASH_SEED=" << seed
              << " PEERDESK_CRASH_ROUNDS=" << rounds << ")" << std::endl;
    INFO("PEERDESK_CRASH_SEED=" << seed);

    QElapsedTimer total;
    total.start();
    CrashHarness harness(seed);
    harness.setUp();

    // Each writer once to the end: its effects are acknowledged, and its time is what the kills are spread over.
    // Again every ten cycles, since the vault grows and rekey and backup slow down with it.
    QMap<Writer, qint64> duration;
    const auto calibrate = [&] {
        for (Writer writer : AllWriters) {
            qint64 elapsed = 0;
            REQUIRE_FALSE(harness.play(harness.stepsFor(writer), -1, &elapsed));
            duration.insert(writer, std::max<qint64>(elapsed, 10));
            harness.check();
            if (writer == Writer::Purge)
                harness.restoreRetentionAfterPurge();
        }
    };
    calibrate();

    // Every writer in turn, in an order of the seed's, so that 20 rounds kill each one about three times.
    std::vector<Writer> order(std::begin(AllWriters), std::end(AllWriters));
    QMap<Writer, std::pair<int, int>> tally; // killed, finished
    int thirds[3] = {}; // kills in the first, second and last third of the writer's time
    int secondKills = 0;
    for (qint64 round = 0; round < rounds; ++round) {
        if (round % qint64(order.size()) == 0) {
            if (round > 0 && round % (10 * qint64(order.size())) == 0)
                calibrate();
            std::shuffle(order.begin(), order.end(), harness.random());
        }
        const Writer writer = order[std::size_t(round % qint64(order.size()))];
        // Uniform over the writer's measured time and a quarter more, so that kills land early, in the middle and
        // late, and about one round in five runs to the end and is acknowledged.
        const qint64 window = duration.value(writer) * 5 / 4;
        const qint64 killAfter = qint64(harness.random()() % quint64(window));
        INFO("round " << round << ": " << writerName(writer) << " killed after " << killAfter << " of "
                      << duration.value(writer) << " ms (PEERDESK_CRASH_SEED=" << seed << ")");
        const bool killed = harness.play(harness.stepsFor(writer), killAfter);
        (killed ? tally[writer].first : tally[writer].second)++;
        if (killed)
            ++thirds[std::min<qint64>(3 * killAfter / duration.value(writer), 2)];
        // Half the time the next process to open the vault dies too: it may be in the middle of finishing what the
        // first left (a rotation is completed at the next unlock, a purge done at it). Not after a passwd, whose
        // passphrase the check still has to find out.
        if (killed && writer != Writer::Passphrase && harness.random()() % 2 == 0) {
            const qint64 again = qint64(harness.random()() % quint64(duration.value(writer)));
            INFO("the next opener (verify) killed after " << again << " ms");
            secondKills += harness.play({ harness.opener() }, again) ? 1 : 0;
        }
        harness.check();
        if (writer == Writer::Purge)
            harness.restoreRetentionAfterPurge();
    }
    harness.checkRotationsHeld();

    // The recovery key is still good: every rotation, finished or taken over, gave its slot the new key.
    auto key = peerdesk::vault::unwrapWithRecoveryKey(harness.vault().vault, QStringLiteral("admin"),
                                                      harness.vault().recoveryKey);
    REQUIRE(key);
    peerdesk::SystemClock clock;
    CHECK(peerdesk::vault::open(std::move(*key), clock));

    int killedTotal = 0;
    for (Writer writer : AllWriters) {
        std::cout << "  " << writerName(writer) << ": " << duration.value(writer) << " ms, killed "
                  << tally.value(writer).first << ", finished " << tally.value(writer).second << std::endl;
        killedTotal += tally.value(writer).first;
    }
    std::cout << "crash safety: " << killedTotal << " kills in " << rounds << " rounds (early " << thirds[0]
              << ", middle " << thirds[1] << ", late " << thirds[2] << ", next opener " << secondKills
              << "); killed imports found whole " << harness.m_killedImportsPresent << ", absent "
              << harness.m_killedImportsAbsent << "; killed passwd that had committed "
              << harness.m_killedPasswdCommitted << "; " << total.elapsed() << " ms" << std::endl;
    CHECK((rounds == 0 || killedTotal > 0));
}
