// The whole-workflow leak scan: a vault filled by `demo --name-marker`, so that every generated person's first and
// last name (physicians, supporters, group participants) carries the marker, then every export PeerDesk offers,
// a key rotation, a purge, a backup with its verification and restore, and after each step a scan of every file
// under the test's HOME, TMPDIR and XDG folders (the vault, the backups and the restored vault lie inside them) for
// the marker in plaintext. docs/testing.md, "Leak scan".
//
// One marker serves physicians, supporters and participants alike: no file the program writes names any person,
// by design (docs/security.md: exports for outsiders are aggregate, calendar files carry reference codes, backups
// are the encrypted database), so there is no supporter-only exception to carve out.

#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "ExportScan.h"
#include "FileSnapshot.h"
#include "TempVault.h"
#include "core/io/ICalendarExport.h"
#include "core/services/SchedulingService.h"
#include "core/vault/VaultSession.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <iostream>

using namespace peerdesk::test::cli_support;
using peerdesk::test::markerFindings;

namespace {

// Letters only (the demo's rule), and a word no program, font or library would write by itself.
const QString Marker = QStringLiteral("Quillfeatherxz");

// HOME, TMPDIR and the XDG folders of this process, and so of every peerdesk-cli it starts, inside one folder for
// the length of the test; the earlier values come back afterwards.
class Sandbox final
{
public:
    Sandbox()
    {
        REQUIRE(m_root.isValid());
        const QDir root(m_root.path());
        for (const auto& [variable, folder] : Folders) {
            REQUIRE(root.mkpath(QLatin1String(folder)));
            m_saved.append({ variable, qEnvironmentVariableIsSet(variable), qgetenv(variable) });
            qputenv(variable, QFile::encodeName(root.filePath(QLatin1String(folder))));
        }
        // Qt refuses a runtime folder that others may read.
        QFile::setPermissions(root.filePath(QStringLiteral("run")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    ~Sandbox()
    {
        for (const Saved& saved : std::as_const(m_saved)) {
            if (saved.wasSet)
                qputenv(saved.variable, saved.value);
            else
                qunsetenv(saved.variable);
        }
    }
    Q_DISABLE_COPY_MOVE(Sandbox)

    QString root() const { return m_root.path(); }
    QString home(const QString& relative) const
    {
        return QDir(m_root.path() + QStringLiteral("/home")).filePath(relative);
    }

private:
    static constexpr std::pair<const char*, const char*> Folders[] = { { "HOME", "home" },
                                                                       { "TMPDIR", "tmp" },
                                                                       { "XDG_DATA_HOME", "home/.local/share" },
                                                                       { "XDG_CONFIG_HOME", "home/.config" },
                                                                       { "XDG_CACHE_HOME", "home/.cache" },
                                                                       { "XDG_STATE_HOME", "home/.local/state" },
                                                                       { "XDG_RUNTIME_DIR", "run" } };
    struct Saved
    {
        const char* variable;
        bool wasSet;
        QByteArray value;
    };
    QTemporaryDir m_root; // made before TMPDIR moves into it
    QList<Saved> m_saved;
};

QJsonArray listOf(const CliVault& vault, const char* group)
{
    const Run listed = vault.run({ QLatin1String(group), QStringLiteral("list"), QStringLiteral("--json") });
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    return listed.json().array();
}

void succeed(const Run& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace

TEST_CASE("No person's name reaches any file in plaintext through the whole workflow", "[cli][leak]")
{
    Sandbox sandbox;
    QStringList findings;
    const auto scan = [&](const char* step) {
        for (const QString& finding : markerFindings(sandbox.root(), Marker))
            findings.append(QStringLiteral("after %1: %2").arg(QLatin1String(step), finding));
    };

    CliVault vault; // in the sandbox's TMPDIR
    REQUIRE(vault.vault.startsWith(sandbox.root()));
    succeed(vault.run({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5"),
                        QStringLiteral("--requests"), QStringLiteral("150"), QStringLiteral("--supporters"),
                        QStringLiteral("20"), QStringLiteral("--name-marker"), Marker }));

    // The marker is really in the vault (null names: identities the unlock after the demo already purged), and
    // the scan really finds it where it is in plaintext: a test that could not fail would prove nothing.
    int named = 0;
    for (const char* group : { "supporters", "requests" }) {
        for (const QJsonValue& person : listOf(vault, group)) {
            const QString name = person.toObject().value(QStringLiteral("name")).toString();
            CHECK((name.isEmpty() || name.count(Marker) == 2));
            named += name.isEmpty() ? 0 : 1;
        }
    }
    REQUIRE(named > 10);
    {
        const QString probe = sandbox.home(QStringLiteral("probe.txt"));
        const QString lower = Marker.toLower();
        QFile file(probe);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(reinterpret_cast<const char*>(lower.utf16()), lower.size() * 2)); // UTF-16LE
        file.close();
        CHECK(markerFindings(sandbox.root(), Marker) == QStringList{ QStringLiteral("home/probe.txt (UTF-16LE)") });
        REQUIRE(file.remove());
    }
    scan("demo");

    // Every statistics format, for a month and for a year of the demo's history.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    const QStringList periods{ lastMonth.toString(QStringLiteral("yyyy-MM")),
                               QString::number(QDate::currentDate().year() - 1) };
    for (const QString& period : periods) {
        for (const char* format : { "csv", "json", "xlsx", "pdf" }) {
            const QString out = sandbox.home(QStringLiteral("exports/stats-%1.%2").arg(period, QLatin1String(format)));
            REQUIRE(QDir().mkpath(QFileInfo(out).path()));
            succeed(vault.run({ QStringLiteral("stats"), QStringLiteral("--period"), period, QStringLiteral("--format"),
                                QLatin1String(format), QStringLiteral("--out"), out }));
            REQUIRE(QFileInfo(out).size() > 0);
        }
    }
    scan("statistics exports");

    // Calendar files are exported from the window (Schedule > Export .ics): every conversation, as it does it.
    {
        auto key = peerdesk::vault::unwrapWithPassphrase(vault.vault, QStringLiteral("admin"),
                                                         peerdesk::test::TempVault::secret(QLatin1String(Passphrase)));
        REQUIRE(key);
        peerdesk::SystemClock clock;
        auto session = peerdesk::vault::open(std::move(*key), clock);
        REQUIRE(session);
        auto conversations = peerdesk::SchedulingService(**session).list();
        REQUIRE(conversations);
        REQUIRE(conversations->size() > 10);
        const QString folder = sandbox.home(QStringLiteral("calendar"));
        REQUIRE(QDir().mkpath(folder));
        for (const peerdesk::Conversation& conversation : std::as_const(*conversations)) {
            const QByteArray content
                = peerdesk::ICalendarExport::render(conversation, (*session)->vaultId(), clock.nowUtc());
            REQUIRE(peerdesk::ICalendarExport::write(
                QDir(folder).filePath(peerdesk::ICalendarExport::defaultFileName(conversation.id)), content));
        }
    }
    scan("calendar exports");

    succeed(vault.run({ QStringLiteral("rekey") }));
    scan("rekey");

    // Retention 0: every closed request's identity, every retired supporter's contact details and the past
    // sessions' registrations go now.
    for (const char* setting : { "retention_days", "supporter_retention_days" })
        succeed(vault.run(
            { QStringLiteral("settings"), QStringLiteral("set"), QLatin1String(setting), QStringLiteral("0") }));
    succeed(vault.run({ QStringLiteral("purge") }));
    scan("purge");

    const Run created
        = vault.run({ QStringLiteral("backup"), QStringLiteral("create"), sandbox.home(QStringLiteral("backups")) });
    succeed(created);
    const QString backup = created.out.trimmed().section(u'\n', -1);
    REQUIRE(QFileInfo::exists(backup));
    succeed(vault.run({ QStringLiteral("backup"), QStringLiteral("verify"), backup }));
    const QString restored = sandbox.home(QStringLiteral("restored"));
    succeed(
        vault.run({ QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), restored }));
    succeed(cli({ QStringLiteral("--vault"), restored, QStringLiteral("--user"), QStringLiteral("admin"),
                  QStringLiteral("--passphrase-file"), vault.passphraseFile, QStringLiteral("verify") }));
    scan("backup, verify and restore");

    // The scan saw what the workflow wrote: the vault, every export, the backup and the restored vault.
    const QStringList files = peerdesk::test::FileSnapshot::of(sandbox.root()).fileNames();
    std::cout << "leak scan: " << files.size() << " files under HOME, TMPDIR and XDG folders:\n  "
              << files.join(QStringLiteral("\n  ")).toStdString() << std::endl;
    const auto count = [&](const QString& pattern) {
        return files.filter(QRegularExpression(QRegularExpression::anchoredPattern(pattern))).size();
    };
    CHECK(count(QStringLiteral("home/exports/stats-.*")) == 8);
    CHECK(count(QStringLiteral("home/calendar/conversation-C-\\d+\\.ics")) > 10);
    CHECK(count(QStringLiteral("home/backups/peerdesk-backup-.*\\.pdbackup")) == 1);
    CHECK(count(QStringLiteral("home/restored/(peerdesk\\.db|keyring\\.json)")) == 2);
    CHECK(count(QStringLiteral("tmp/.*/vault/(peerdesk\\.db|keyring\\.json)")) == 2);

    INFO(findings.join(u'\n').toStdString());
    CHECK(findings.isEmpty());
}
