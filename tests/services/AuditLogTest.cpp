#include "core/services/AuditLog.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

void addRows(VaultSession& session, int count)
{
    for (int i = 1; i <= count; ++i)
        REQUIRE(
            session.audit().append(QStringLiteral("admin"), QStringLiteral("test.action"), QStringLiteral("test"), i));
}

bool verifies(VaultSession& session)
{
    auto report = session.audit().verify();
    REQUIRE(report);
    return report->problems.isEmpty();
}

} // namespace

TEST_CASE("The audit log chains every row and detects edits, insertions and deletions", "[local-only][audit]")
{
    TempVault vault;
    auto session = vault.unlock();
    addRows(*session, 5);
    REQUIRE(verifies(*session));
    Database& db = session->database();

    SECTION("an edited action")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET action = 'user.removed' WHERE id = 4")));
        CHECK_FALSE(verifies(*session));
    }
    SECTION("an edited time")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 2")));
        CHECK_FALSE(verifies(*session));
    }
    SECTION("a deleted row in the middle")
    {
        REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        CHECK_FALSE(verifies(*session));
    }
    SECTION("the newest row deleted")
    {
        REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")));
        CHECK_FALSE(verifies(*session));
    }
    SECTION("a forged row appended with a self-consistent hash but no anchor update")
    {
        auto last = db.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        REQUIRE(last);
        REQUIRE(last->next());
        AuditEntry forged;
        forged.id = 8;
        forged.at = vault.clock().nowUtc();
        forged.actor = QStringLiteral("admin");
        forged.action = QStringLiteral("user.removed");
        forged.entityType = QStringLiteral("user");
        forged.entityId = 1;
        forged.hash = AuditLog::chainHash(last->value(0).toString(), forged);
        REQUIRE(db.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id, hash) "
                                       "VALUES (8, ?, 'admin', 'user.removed', 'user', 1, ?)"),
                        { forged.at.toString(Qt::ISODateWithMs), forged.hash }));
        CHECK_FALSE(verifies(*session));
    }
    SECTION("a full-report verify names the failure")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 1")));
        auto report = session->verify();
        REQUIRE(report);
        CHECK_FALSE(report->ok);
        CHECK(report->problems.join(QLatin1Char('\n')).contains(QStringLiteral("row 1")));
    }
}

TEST_CASE("Audit rows hold identifiers only: no free text, no line breaks", "[audit]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto refused = session->audit().append(QStringLiteral("admin"), QStringLiteral("note\nwith a story"),
                                           QStringLiteral("request"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    auto empty = session->audit().append(QStringLiteral("admin"), QString(), QStringLiteral("request"));
    CHECK_FALSE(empty);
    CHECK(verifies(*session));
}

TEST_CASE("An audit row commits or rolls back together with the change it records", "[audit]")
{
    TempVault vault;
    auto session = vault.unlock();
    Database& db = session->database();
    auto failed = db.transaction([&]() -> Result<void> {
        if (auto logged
            = session->audit().append(QStringLiteral("admin"), QStringLiteral("test.action"), QStringLiteral("test"));
            !logged)
            return logged.error();
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the change itself failed"));
    });
    REQUIRE_FALSE(failed);
    auto count = db.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(count);
    REQUIRE(count->next());
    CHECK(count->value(0).toInt() == 2);
    CHECK(verifies(*session));
}

TEST_CASE("After the newest audit rows are deleted, PeerDesk refuses to write more until it is looked into",
          "[local-only][audit]")
{
    TempVault vault;
    auto session = vault.unlock();
    addRows(*session, 3);
    REQUIRE(
        session->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")));
    // Appending would re-anchor the chain on the shortened log and hide the deletion.
    auto refused
        = session->audit().append(QStringLiteral("admin"), QStringLiteral("test.action"), QStringLiteral("test"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK_FALSE(verifies(*session));
}

TEST_CASE("An emptied audit log, anchor included, fails verification", "[local-only][audit]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM audit_log")));
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'audit_head%'")));
    CHECK_FALSE(verifies(*session));
}
