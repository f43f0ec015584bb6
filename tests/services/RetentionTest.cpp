#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "VaultPages.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/RetentionService.h"
#include "core/services/SupporterService.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFile>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

// Every byte of every file in the vault, database pages decrypted, as one haystack.
QByteArray everything(TempVault& vault)
{
    auto key = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                           TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    return test::vaultHaystack(vault.directory(), key->keys.data);
}

// The stored cells of a request's identity (ciphertext): what purge must leave in no page.
QList<QByteArray> identityCells(VaultSession& session, qint64 id)
{
    auto query = session.database().exec(
        QStringLiteral("SELECT name_ct, email_ct, phone_ct, best_time_ct, institution_ct FROM requests WHERE id = ?"),
        { id });
    REQUIRE(query);
    REQUIRE(query->next());
    QList<QByteArray> cells;
    for (int i = 0; i < 5; ++i) {
        cells.append(query->value(i).toByteArray());
        REQUIRE(cells.constLast().size() > 40);
    }
    return cells;
}

qint64 scalar(VaultSession& session, const QString& sql)
{
    auto query = session.database().exec(sql);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

qint64 closedRequest(TempVault& vault, VaultSession& session, const QString& name, const QString& email)
{
    RequestService service(session);
    NewRequest r = sampleRequest(vault.clock().nowUtc(), name, email);
    r.identity.phone = QStringLiteral("819-555-0142");
    r.identity.institution
        = QStringLiteral("Hôpital ") + name.section(QLatin1Char(' '), -1) + QStringLiteral("-Zéphyr");
    r.identity.bestTime = QStringLiteral("mornings before clinic");
    auto id = service.intake(r);
    REQUIRE(id);
    REQUIRE(service.triage(*id, {}));
    REQUIRE(service.close(*id, CloseOutcome::Withdrawn));
    return *id;
}

} // namespace

TEST_CASE("The decryption in this test reads the vault, so a missing name really is gone", "[local-only][retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    const QList<QByteArray> cells = identityCells(*session, id);
    session.reset(); // closing checkpoints the WAL into peerdesk.db
    const QByteArray haystack = everything(vault);
    CHECK(haystack.contains("CREATE TABLE requests"));
    for (const QByteArray& cell : cells)
        CHECK(haystack.contains(cell));
    // Identity is never in a page in plaintext: each value is its own encrypted cell.
    for (const char* value : { "Quentin Zyxwvutsrq", "quentin.zyx@example.org", "Zyxwvutsrq-Z", "819-555-0142" }) {
        INFO(value);
        CHECK_FALSE(haystack.contains(value));
    }
}

TEST_CASE("Purge removes closed requests' identity from every file and free page and keeps the anonymous record",
          "[local-only][retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    const qint64 held = closedRequest(vault, *session, QStringLiteral("Heloise Keptname"),
                                      QStringLiteral("heloise.kept@example.org"));
    REQUIRE(RequestService(*session).setLegalHold(held, true));
    const QList<QByteArray> purgedCells = identityCells(*session, id);
    const QList<QByteArray> heldCells = identityCells(*session, held);

    SECTION("nothing is purged before the retention period")
    {
        auto report = RetentionService(*session).purge();
        REQUIRE(report);
        CHECK(report->requests == 0);
        CHECK_FALSE(RequestService(*session).get(id)->identity.name.isEmpty());
    }
    SECTION("after the retention period")
    {
        vault.clock().advanceDays(31);
        auto dryRun = RetentionService(*session).purge(true);
        REQUIRE(dryRun);
        CHECK(dryRun->requests == 1);
        CHECK(dryRun->heldRequests == 1);
        CHECK_FALSE(RequestService(*session).get(id)->identity.name.isEmpty());

        auto report = RetentionService(*session).purge();
        REQUIRE(report);
        CHECK(report->requests == 1);
        CHECK(report->heldRequests == 1);
        // The WAL was checkpointed and truncated while the vault is still open.
        const QFileInfo wal(QDir(vault.directory()).filePath(QStringLiteral("peerdesk.db-wal")));
        CHECK((!wal.exists() || wal.size() == 0));

        auto purged = RequestService(*session).get(id);
        REQUIRE(purged);
        CHECK(purged->identity.isEmpty());
        CHECK(purged->identityPurgedAt.isValid());
        CHECK(purged->reasons == QStringList{ QStringLiteral("burnout") });
        CHECK(purged->outcome == CloseOutcome::Withdrawn);
        CHECK(purged->receivedAt.isValid());
        CHECK(purged->closedAt.isValid());
        CHECK(RequestService(*session).get(held)->identity.name == QLatin1String("Heloise Keptname"));

        // Counts only in the audit log.
        bool audited = false;
        REQUIRE(AuditRepository(session->database()).forEach([&](const AuditEntry& entry) {
            if (entry.action == QLatin1String("retention.purge") && entry.entityType == QLatin1String("requests"))
                audited = entry.entityId == 1;
            return true;
        }));
        CHECK(audited);

        session.reset();
        const QByteArray haystack = everything(vault);
        for (const QByteArray& gone : purgedCells)
            CHECK_FALSE(haystack.contains(gone));
        for (const QByteArray& kept : heldCells)
            CHECK(haystack.contains(kept));
    }
}

TEST_CASE("Purge runs at unlock, and lifting a legal hold lets the next purge take the identity", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    const qint64 held = closedRequest(vault, *session, QStringLiteral("Heloise Keptname"),
                                      QStringLiteral("heloise.kept@example.org"));
    REQUIRE(RequestService(*session).setLegalHold(held, true));
    session.reset();
    vault.clock().advanceDays(40);
    session = vault.unlock();
    CHECK(RequestService(*session).get(id)->identity.isEmpty());
    CHECK_FALSE(RequestService(*session).get(held)->identity.isEmpty());
    REQUIRE(RequestService(*session).setLegalHold(held, false));
    auto report = RetentionService(*session).purge();
    REQUIRE(report);
    CHECK(report->requests == 1);
    CHECK(RequestService(*session).get(held)->identity.isEmpty());
}

TEST_CASE("The retention period is a setting from 0 to 365 days", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    auto refused = changeSetting(*session, QLatin1String(ProgramSettings::RetentionDays), QStringLiteral("400"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::RetentionDays), QStringLiteral("0")));
    auto report = RetentionService(*session).purge();
    REQUIRE(report);
    CHECK(report->requests == 1);
    CHECK(RequestService(*session).get(id)->identity.isEmpty());
}

TEST_CASE("Retired supporters' contact details are purged after their own period", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto id = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(id);
    REQUIRE(supporters.setStatus(*id, QStringLiteral("retired")));
    vault.clock().advanceDays(100);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::SupporterRetentionDays), QStringLiteral("90")));
    auto report = RetentionService(*session).purge();
    REQUIRE(report);
    CHECK(report->supporters == 1);
    auto retired = supporters.get(*id);
    REQUIRE(retired);
    CHECK(retired->name.isEmpty());
    CHECK(retired->email.isEmpty());
    CHECK(retired->phone.isEmpty());
    CHECK(retired->specialty == QLatin1String("Family medicine"));
    // The institutions they worked at say who they were as much as their name.
    CHECK(retired->institutions.isEmpty());
    CHECK(scalar(*session, QStringLiteral("SELECT count(*) FROM supporter_attributes WHERE kind = 'institution'"))
          == 0);
    CHECK_FALSE(retired->languages.isEmpty());
    CHECK(scalar(*session, QStringLiteral("SELECT count(*) FROM supporters WHERE contact_purged_at IS NOT NULL")) == 1);
}

TEST_CASE("Only administrators purge on demand", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    session.reset();
    session = vault.unlockAs(Role::Coordinator);
    auto refused = RetentionService(*session).purge();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
}
