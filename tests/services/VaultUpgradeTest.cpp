// A vault written by PeerDesk 0.1 (keyring format 2, schema 9; tests/data/legacy-v2-vault) is upgraded by its
// administrator's first unlock with this version, and by nobody else's.
#include "CatchCompat.h"
#include "FileSnapshot.h"
#include "LegacyVault.h"
#include "TempVault.h"
#include "VaultPages.h"
#include "core/security/KeyringFile.h"
#include "core/services/GroupService.h"
#include "core/services/RequestService.h"
#include "core/services/StatisticsService.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/vault/VaultPaths.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace peerdesk;
using peerdesk::test::FileSnapshot;
using peerdesk::test::LegacyVault;

namespace {

qint64 scalar(VaultSession& session, const QString& sql)
{
    auto query = session.database().exec(sql);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

} // namespace

TEST_CASE("An older vault is upgraded by its administrator's first unlock, and by nobody else's",
          "[local-only][vault][upgrade]")
{
    LegacyVault vault;
    const FileSnapshot before = FileSnapshot::of(vault.directory());

    SECTION("a coordinator or a reporting user is refused and nothing is written")
    {
        for (const auto& [login, passphrase] : { std::pair{ "casey", LegacyVault::CoordinatorPassphrase },
                                                 std::pair{ "robin", LegacyVault::ReportingPassphrase } }) {
            auto refused = vault.tryUnlock(QLatin1String(login), QLatin1String(passphrase));
            REQUIRE_FALSE(refused);
            CHECK(refused.error().code == ErrorCode::NotPermitted);
            CHECK(refused.error().message.contains(QStringLiteral("administrator")));
        }
        CHECK(FileSnapshot::of(vault.directory()).files() == before.files());
    }
    SECTION("the administrator's unlock upgrades it: identity encrypted, every person's keys where their role needs")
    {
        {
            auto admin = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(LegacyVault::AdminPassphrase));
            INFO((admin ? QString() : admin.error().message).toStdString());
            REQUIRE(admin);
            CHECK((*admin)->database().schemaVersion() == migrations::latestVersion());
            auto requests = RequestService(**admin).list();
            REQUIRE(requests);
            REQUIRE(requests->size() == 30);
            const auto named = std::count_if(requests->cbegin(), requests->cend(), [](const SupportRequest& r) {
                return r.identity.name.contains(QLatin1String(LegacyVault::NameMarker));
            });
            CHECK(named > 0);
            auto supporters = SupporterService(**admin).list();
            REQUIRE(supporters);
            CHECK(supporters->size() == 12);
            CHECK(supporters->constFirst().name.contains(QLatin1String(LegacyVault::NameMarker)));
            auto report = (*admin)->verify();
            REQUIRE(report);
            INFO(report->problems.join(QLatin1Char('\n')).toStdString());
            CHECK(report->ok);
            CHECK(scalar(**admin, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'vault.upgraded'"))
                  == 1);
        }
        // Nothing of a physician is left in plaintext in any file or page, free pages included.
        const QByteArray haystack = test::vaultHaystack(vault.directory(), vault.dataKey());
        CHECK(haystack.contains("CREATE TABLE requests"));
        CHECK_FALSE(haystack.contains(LegacyVault::NameMarker));
        CHECK_FALSE(haystack.contains(QByteArray(LegacyVault::NameMarker).toLower()));

        auto keyring = keyring_file::load(vault_paths::keyringPath(vault.directory()));
        REQUIRE(keyring);
        CHECK(keyring->formatVersion() == Keyring::FormatVersion);
        CHECK_FALSE(keyring->passphraseSlotFor(QStringLiteral("admin"))->legacy());
        CHECK(keyring->passphraseSlotFor(QStringLiteral("casey"))->legacy());
        CHECK_FALSE(keyring->passphraseSlotFor(QStringLiteral("casey"))->sealed.identity.isEmpty());
        CHECK(keyring->passphraseSlotFor(QStringLiteral("casey"))->sealed.authority.isEmpty());
        CHECK(keyring->passphraseSlotFor(QStringLiteral("robin"))->sealed.identity.isEmpty());

        // The coordinator's first unlock gives her slot its signing key; she reads names.
        {
            auto casey = vault.tryUnlock(QStringLiteral("casey"), QLatin1String(LegacyVault::CoordinatorPassphrase));
            INFO((casey ? QString() : casey.error().message).toStdString());
            REQUIRE(casey);
            CHECK((*casey)->user().role == Role::Coordinator);
            auto requests = RequestService(**casey).list();
            REQUIRE(requests);
            CHECK(scalar(**casey, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.keys_renewed'"))
                  == 1);
        }
        auto renewed = keyring_file::load(vault_paths::keyringPath(vault.directory()));
        REQUIRE(renewed);
        CHECK_FALSE(renewed->passphraseSlotFor(QStringLiteral("casey"))->legacy());
        // The reporting user gets statistics and no key to anyone's identity.
        {
            auto robin = vault.tryUnlock(QStringLiteral("robin"), QLatin1String(LegacyVault::ReportingPassphrase));
            REQUIRE(robin);
            CHECK((*robin)->user().role == Role::Reporting);
            CHECK_FALSE((*robin)->holdsIdentityKey());
            CHECK(StatisticsService(**robin).tables(*StatPeriod::parse(QStringLiteral("2026-11"))));
        }
        // And the recovery key still opens it.
        auto recovered = vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"),
                                                      QLatin1String(LegacyVault::RecoveryKey));
        REQUIRE(recovered);
        auto session = vault::open(std::move(*recovered), vault.clock());
        INFO((session ? QString() : session.error().message).toStdString());
        REQUIRE(session);
        auto report = (*session)->verify();
        REQUIRE(report);
        INFO(report->problems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->ok);
    }
}

TEST_CASE("An older schema is carried through every step to the current one, its data intact",
          "[local-only][vault][upgrade]")
{
    LegacyVault vault;
    // Back to schema 6 as it was: a roster revision counter, moved by triggers; no change log or kept loads; before
    // schema 8, no indexes on every foreign key and no `latest` training flag; before 9, no roster-order indexes.
    QStringList downgrade;
    for (const char* trigger :
         { "matches_insert_load", "matches_update_load", "matches_move_load", "matches_delete_load",
           "supporter_training_insert_latest", "supporter_training_update_latest", "supporter_training_delete_latest" })
        downgrade << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));
    for (const char* index :
         { "supporter_availability_roster", "supporter_training_roster", "matches_request", "escalations_user",
           "group_facilitators_supporter", "supporter_training_course", "supporter_training_due" })
        downgrade << QStringLiteral("DROP INDEX %1").arg(QLatin1String(index));
    downgrade << QStringLiteral(
        "CREATE INDEX supporter_availability_supporter ON supporter_availability (supporter_id)")
              << QStringLiteral("ALTER TABLE supporter_training DROP COLUMN latest")
              << QStringLiteral("CREATE INDEX supporter_training_supporter ON supporter_training (supporter_id)")
              << QStringLiteral("DROP TABLE roster_changes") << QStringLiteral("DROP TABLE supporter_loads")
              << QStringLiteral("CREATE TABLE roster_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER "
                                "NOT NULL) STRICT")
              << QStringLiteral("INSERT INTO roster_revision (id, revision) VALUES (1, 0)");
    for (const char* table : { "supporters", "supporter_attributes", "supporter_availability", "supporter_training",
                               "supporter_debriefs" }) {
        for (const char* event : { "insert", "update", "delete" }) {
            downgrade
                << QStringLiteral("DROP TRIGGER IF EXISTS %1_%2_change").arg(QLatin1String(table), QLatin1String(event))
                << QStringLiteral("CREATE TRIGGER %1_%2_revision AFTER %3 ON %1 BEGIN UPDATE roster_revision SET "
                                  "revision = revision + 1; END")
                       .arg(QLatin1String(table), QLatin1String(event), QString::fromLatin1(event).toUpper());
        }
    }
    downgrade << QStringLiteral("PRAGMA user_version = 6");
    vault.exec(downgrade.join(QStringLiteral(";\n")));

    auto session = vault.tryUnlock(QStringLiteral("admin"), QLatin1String(LegacyVault::AdminPassphrase));
    INFO((session ? QString() : session.error().message).toStdString());
    REQUIRE(session);
    CHECK((*session)->database().schemaVersion() == migrations::latestVersion());
    auto loads = SupporterService(**session).loads();
    REQUIRE(loads);
    const qint64 busiest = scalar(**session,
                                  QStringLiteral("SELECT supporter_id FROM matches GROUP BY supporter_id "
                                                 "ORDER BY count(*) DESC LIMIT 1"));
    CHECK(loads->value(busiest).lastMatchedAt.isValid());
    TrainingRecord refresher;
    refresher.course = QStringLiteral("Peer support basics");
    refresher.completedOn = (*session)->clock().todayLocal();
    REQUIRE(SupporterService(**session).addTraining(busiest, refresher));
    CHECK(scalar(**session, QStringLiteral("SELECT count(*) FROM roster_changes WHERE supporter_id = %1").arg(busiest))
          >= 1);
    auto report = (*session)->verify();
    REQUIRE(report);
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok);
}
