// Changing a program server's identity key online (docs/server.md, "Changing the identity key"): a removed member's
// old slot copy opens no current cell; colleagues signed in before the change go on working; the server refuses a
// cell under an earlier key; and killed at any moment, the change leaves every cell readable. The attacks use the
// documented formats (DocumentedFormat.h: the slot unwrapped and the cells opened with libsodium as
// docs/file-format.md says) and SQL as the schema owner, who sees everything the server holds.
#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "DocumentedFormat.h"
#include "DomainFixtures.h"
#include "ServerSupport.h"
#include "core/demo/DemoData.h"
#include "core/security/CellCipher.h"
#include "core/services/RequestService.h"
#include "core/services/UserService.h"
#include "core/storage/IdentityKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

// Every identity cell the server holds, as its owner reads them: table, column, row and ciphertext.
struct StoredCell
{
    const char* table;
    const char* column;
    qint64 row;
    QByteArray cell;
};

QList<StoredCell> everyCell(Database& owner)
{
    std::vector<identity_keys::CellTable> tables = identity_keys::cellTables();
    tables.push_back(identity_keys::rosterTable());
    QList<StoredCell> cells;
    for (const identity_keys::CellTable& table : tables) {
        for (const char* column : table.cells) {
            auto rows
                = owner.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL")
                                 .arg(QLatin1String(table.key), QLatin1String(column), QLatin1String(table.table)));
            REQUIRE(rows);
            while (rows->next())
                cells.append({ table.table, column, rows->value(0).toLongLong(), rows->value(1).toByteArray() });
        }
    }
    return cells;
}

// How many of cells open with identityKey, the documented way.
int openedWith(const QByteArray& identityKey, const QString& vaultId, const QList<StoredCell>& cells)
{
    int opened = 0;
    for (const StoredCell& stored : cells) {
        if (!documented::openCell(identityKey, vaultId, stored.table, stored.column, stored.row, stored.cell).isNull())
            ++opened;
    }
    return opened;
}

QJsonObject recordedKeyring(Database& owner)
{
    auto row = owner.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'keyring'"));
    REQUIRE(row);
    REQUIRE(row->next());
    return QJsonDocument::fromJson(row->value(0).toString().toUtf8()).object();
}

QString metaValue(Database& owner, const QString& key)
{
    auto row = owner.exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    REQUIRE(row);
    return row->next() ? row->value(0).toString() : QString();
}

qint64 earlierKeysKept(Database& owner)
{
    auto rows = owner.exec(QStringLiteral("SELECT count(*) FROM identity_keys_earlier"));
    REQUIRE(rows);
    REQUIRE(rows->next());
    return rows->value(0).toLongLong();
}

// Demo data written by Alex: requests, supporters, groups with members and registrations.
void fillProgram(TwoCoordinators& program, int requests)
{
    DemoClock clock(program.clock);
    auto key
        = vault::deriveServerKey(program.profile, QStringLiteral("alex"), TempVault::secret(program.alexPassphrase));
    REQUIRE(key);
    auto alex = vault::openOnServer(program.profile, std::move(*key), clock);
    REQUIRE(alex);
    DemoOptions options;
    options.seed = 11;
    options.requests = requests;
    options.supporters = 15;
    options.years = 1;
    auto generated = DemoData::generate(**alex, clock, options);
    INFO((generated ? std::string() : generated.error().message.toStdString()));
    REQUIRE(generated);
    alex->reset();
    // A sign-in today runs the retention purge the simulated past did not reach: the cells counted from here on
    // stay.
    REQUIRE(program.signIn(QStringLiteral("alex"), program.alexPassphrase));
}

} // namespace

TEST_CASE("After remove and change the key, a removed member's old slot copy opens no identity cell on the server",
          "[server][keys]")
{
    TwoCoordinators program;
    const QString erinPassphrase = QStringLiteral("erin keeps a copy 5512 meadow");
    program.enrol(QStringLiteral("erin"), Role::Coordinator, erinPassphrase);
    fillProgram(program, 40);
    Database& owner = program.server.owner();
    const QString vaultId = metaValue(owner, QStringLiteral("vault_id"));
    REQUIRE_FALSE(vaultId.isEmpty());

    // Erin keeps what she can: her slot as the keyring holds it today, opened with her passphrase.
    const QJsonObject keyringThen = recordedKeyring(owner);
    const documented::OpenedSlot erinThen = documented::openSlot(
        keyringThen, documented::slotOf(keyringThen, QStringLiteral("erin")), erinPassphrase.toUtf8());
    REQUIRE(erinThen.identityKey.size() == 32);
    const QList<StoredCell> before = everyCell(owner);
    REQUIRE(before.size() > 100);
    CHECK(openedWith(erinThen.identityKey, vaultId, before) == before.size()); // the copy works, today

    // Dana is signed in while it happens, with the keys of before, and so is the worker her window would start.
    auto dana = program.signIn(QStringLiteral("dana"), program.danaPassphrase);
    REQUIRE(dana);
    auto danaBefore = RequestService(**dana).list();
    REQUIRE(danaBefore);
    WorkerTicket danaTicket = (*dana)->workerTicket();

    auto alex = program.signIn(QStringLiteral("alex"), program.alexPassphrase);
    REQUIRE(alex);
    auto removed = UserService(**alex).remove(QStringLiteral("erin"), true);
    INFO((removed ? std::string() : removed.error().message.toStdString()));
    REQUIRE(removed);
    const auto& change = (*alex)->lastIdentityKeyChange();
    REQUIRE(change);
    CHECK(change->epoch == 2);
    CHECK(change->roster == 15);
    CHECK(change->rewritten > 0);

    // Every cell is under the new key, the earlier key is gone from the server, and Erin's copy opens nothing.
    const QList<StoredCell> after = everyCell(owner);
    REQUIRE(after.size() == before.size());
    for (const StoredCell& stored : after)
        CHECK(CellCipher::epochOf(stored.cell) == 2u);
    CHECK(earlierKeysKept(owner) == 0);
    CHECK(metaValue(owner, QStringLiteral("identity_epoch")) == QLatin1String("2"));
    CHECK(openedWith(erinThen.identityKey, vaultId, after) == 0);
    // Nor does the header's generation matter: written back to 1, a cell is still under the new key.
    QList<StoredCell> relabelled = after;
    for (StoredCell& stored : relabelled)
        stored.cell[4] = 1;
    CHECK(openedWith(erinThen.identityKey, vaultId, relabelled) == 0);
    // The control: Alex's slot, opened the documented way from the keyring as it is now, opens every cell.
    const QJsonObject keyringNow = recordedKeyring(owner);
    for (const QJsonValue& slot : keyringNow.value(QStringLiteral("slots")).toArray())
        CHECK(slot.toObject().value(QStringLiteral("user")).toString() != QLatin1String("erin"));
    const documented::OpenedSlot alexNow = documented::openSlot(
        keyringNow, documented::slotOf(keyringNow, QStringLiteral("alex")), program.alexPassphrase.toUtf8());
    CHECK(openedWith(alexNow.identityKey, vaultId, after) == after.size());
    CHECK(alexNow.identityKey != erinThen.identityKey);
    // Erin cannot sign in, with her slot gone and her login removed.
    CHECK_FALSE(program.signIn(QStringLiteral("erin"), erinPassphrase));

    // Dana, signed in before the change, reads the same people, and what she writes now is under the new key.
    auto danaAfter = RequestService(**dana).list();
    INFO((danaAfter ? std::string() : danaAfter.error().message.toStdString()));
    REQUIRE(danaAfter);
    REQUIRE(danaAfter->size() == danaBefore->size());
    for (qsizetype i = 0; i < danaAfter->size(); ++i)
        CHECK(danaAfter->at(i).identity.name == danaBefore->at(i).identity.name);
    auto added = RequestService(**dana).intake(sampleRequest(program.clock.nowUtc(), QStringLiteral("Noor Haddad")));
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added);
    auto cell = owner.exec(QStringLiteral("SELECT name_ct FROM requests WHERE id = ?"), { *added });
    REQUIRE(cell);
    REQUIRE(cell->next());
    CHECK(CellCipher::epochOf(cell->value(0).toByteArray()) == 2u);

    // A worker opened afterwards from what her window held before: it writes under the new key, never the old one
    // labelled with the new generation.
    auto worker = vault::openWorker(std::move(danaTicket));
    REQUIRE(worker);
    auto taken = RequestService(**worker).intake(sampleRequest(program.clock.nowUtc(), QStringLiteral("Ines Worker")));
    INFO((taken ? std::string() : taken.error().message.toStdString()));
    REQUIRE(taken);
    auto written = owner.exec(QStringLiteral("SELECT name_ct FROM requests WHERE id = ?"), { *taken });
    REQUIRE(written);
    REQUIRE(written->next());
    const QByteArray workerCell = written->value(0).toByteArray();
    CHECK(CellCipher::epochOf(workerCell) == 2u);
    CHECK(documented::openCell(alexNow.identityKey, vaultId, "requests", "name_ct", *taken, workerCell)
          == QByteArray("Ines Worker"));
    (*worker)->close();

    // The change is audited, and the program verifies for both.
    auto audited = owner.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                             "('vault.identity_key_changed', 'vault.identity_key_change_finished')"));
    REQUIRE(audited);
    REQUIRE(audited->next());
    CHECK(audited->value(0).toInt() == 2);
    for (VaultSession* session : { alex->get(), dana->get() }) {
        auto report = session->verify();
        REQUIRE(report);
        INFO(report->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->problems.isEmpty());
    }
}

TEST_CASE("The server refuses an identity cell sealed under an earlier key, and a coordinator cannot move the key's "
          "generation",
          "[server][keys]")
{
    TwoCoordinators program;
    fillProgram(program, 10);
    Database& owner = program.server.owner();
    const QString vaultId = metaValue(owner, QStringLiteral("vault_id"));
    const QJsonObject keyringThen = recordedKeyring(owner);
    const documented::OpenedSlot danaThen = documented::openSlot(
        keyringThen, documented::slotOf(keyringThen, QStringLiteral("dana")), program.danaPassphrase.toUtf8());

    auto alex = program.signIn(QStringLiteral("alex"), program.alexPassphrase);
    REQUIRE(alex);
    REQUIRE(UserService(**alex).remove(QStringLiteral("dana"), false)); // her login ends; the key does not change yet
    REQUIRE((*alex)->rotateDataKey());

    // A coordinator with the old key and a SQL shell writes a name sealed under it, as the documentation says.
    const QString login = program.server.addLogin(QStringLiteral("mallory"), QStringLiteral("coordinator"));
    auto mallory = program.server.open(login);
    auto row = owner.exec(QStringLiteral("SELECT min(id) FROM requests"));
    REQUIRE(row);
    REQUIRE(row->next());
    const qint64 id = row->value(0).toLongLong();
    const QByteArray stale
        = documented::sealCell(danaThen.identityKey, vaultId, "requests", "name_ct", id, "Someone Else");
    REQUIRE(CellCipher::epochOf(stale) == 1u);
    auto written = mallory->exec(QStringLiteral("UPDATE requests SET name_ct = ? WHERE id = ?"), { stale, id });
    REQUIRE_FALSE(written);
    CHECK(written.error().keyChanged);
    auto draft = mallory->exec(
        QStringLiteral("INSERT INTO request_drafts (user_id, content_ct, saved_at) VALUES "
                       "((SELECT min(id) FROM users), ?, '2026-01-01T00:00:00Z')"),
        { documented::sealCell(danaThen.identityKey, vaultId, "request_drafts", "content_ct", 1, "{}") });
    REQUIRE_FALSE(draft);
    CHECK(draft.error().keyChanged);
    // Nor can a coordinator move the generation back (every cell would be refused) or forward.
    auto moved = mallory->exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'identity_epoch'"));
    if (moved)
        CHECK(moved->numRowsAffected() == 0);
    auto deleted = mallory->exec(QStringLiteral("DELETE FROM meta WHERE key = 'identity_epoch'"));
    if (deleted)
        CHECK(deleted->numRowsAffected() == 0);
    auto renamed = mallory->exec(QStringLiteral("UPDATE meta SET key = 'parked' WHERE key = 'identity_epoch'"));
    if (renamed)
        CHECK(renamed->numRowsAffected() == 0);
    auto planted = mallory->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('identity_key_check', 'x')"));
    CHECK_FALSE(planted);
    CHECK(metaValue(owner, QStringLiteral("identity_epoch")) == QLatin1String("2"));
    // A status change of a row keeps its cells as they are, whatever their generation.
    CHECK(mallory->exec(QStringLiteral("UPDATE requests SET urgency = urgency WHERE id = ?"), { id }));
}

TEST_CASE("A change of the identity key killed at random moments leaves every cell readable, and the next run "
          "finishes it",
          "[server][keys][crash]")
{
    TwoCoordinators program;
    fillProgram(program, 400);
    Database& owner = program.server.owner();
    const int cellCount = static_cast<int>(everyCell(owner).size());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profilePath = dir.filePath(QStringLiteral("peerdesk-server.json"));
    REQUIRE(server_profile::save(program.profile, profilePath));
    const QString passphrase = cli_support::writeFile(dir, QStringLiteral("alex.txt"), program.alexPassphrase.toUtf8());
    const QStringList rekey{
        QStringLiteral("--profile"),         profilePath, QStringLiteral("--user"), QStringLiteral("alex"),
        QStringLiteral("--passphrase-file"), passphrase,  QStringLiteral("rekey")
    };

    // One run to the end measures how long a run takes, so that the kills land all over it.
    QElapsedTimer timer;
    timer.start();
    const cli_support::Run whole = cli_support::cli(rekey);
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const qint64 runMs = std::max<qint64>(timer.elapsed(), 200);

    int interrupted = 0; // rounds that left earlier keys behind: the kill landed inside the re-encryption
    for (int round = 0; round < 50; ++round) {
        QProcess process;
        process.start(QStringLiteral(PEERDESK_CLI_PATH), rekey);
        REQUIRE(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(runMs)));
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        process.waitForFinished();
        if (earlierKeysKept(owner) > 0)
            ++interrupted;

        // Whatever the moment, Alex signs in and every cell opens with the keys the program gives her now.
        auto alex = program.signIn(QStringLiteral("alex"), program.alexPassphrase);
        INFO("round " << round);
        REQUIRE(alex);
        const CellCipher* cells = (*alex)->database().identityCells();
        REQUIRE(cells);
        const QList<StoredCell> stored = everyCell(owner);
        REQUIRE(stored.size() == cellCount);
        int opened = 0;
        for (const StoredCell& cell : stored) {
            if (cells->decrypt(cell.table, cell.column, cell.row, cell.cell))
                ++opened;
        }
        CHECK(opened == cellCount);
    }
    // The kills did land inside the work, not only before or after it.
    INFO("rounds that left the re-encryption unfinished: " << interrupted);
    CHECK(interrupted > 0);

    const cli_support::Run finished = cli_support::cli(rekey);
    INFO(finished.err.toStdString());
    REQUIRE(finished.exitCode == 0);
    CHECK(earlierKeysKept(owner) == 0);
    auto alex = program.signIn(QStringLiteral("alex"), program.alexPassphrase);
    REQUIRE(alex);
    for (const QString& warning : (*alex)->warnings())
        CHECK_FALSE(warning.contains(QStringLiteral("identity key")));
    auto report = (*alex)->verify();
    REQUIRE(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->problems.isEmpty());
}
