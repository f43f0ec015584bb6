// Row versions (core/storage/RowVersion.h, docs/server.md "Several people at once"): every change moves a record's
// version, whoever makes it, and a change decided from an older reading is refused as "changed by someone else" with
// nothing written. The suite runs on a local vault and again on a program server (test_services@server), where the
// SQL below is what a colleague's psql would send.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/GroupService.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/services/VersionCheck.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

qint64 auditRows(VaultSession& session)
{
    auto rows = session.database().exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(rows);
    REQUIRE(rows->next());
    return rows->value(0).toLongLong();
}

qint64 versionOf(VaultSession& session, VersionedRecord record, qint64 id)
{
    auto version = currentVersion(session, record, id);
    REQUIRE(version);
    return *version;
}

} // namespace

TEST_CASE("Every change moves a record's version, whoever makes it", "[versions]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService requests(*session);
    auto id = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    auto read = requests.get(*id);
    REQUIRE(read);
    CHECK(read->version == versionOf(*session, VersionedRecord::Request, *id));

    const qint64 taken = read->version;
    REQUIRE(requests.triage(*id, TriageDecision{}));
    const qint64 triaged = versionOf(*session, VersionedRecord::Request, *id);
    CHECK(triaged > taken);

    // A statement that does not mention the version moves it all the same (the schema's trigger), one per statement.
    REQUIRE(session->database().exec(QStringLiteral("UPDATE requests SET urgency = 'priority' WHERE id = ?"), { *id }));
    CHECK(versionOf(*session, VersionedRecord::Request, *id) == triaged + 1);
    // Nor can a writer put it back to what a stale reading had.
    REQUIRE(
        session->database().exec(QStringLiteral("UPDATE requests SET row_version = ? WHERE id = ?"), { taken, *id }));
    CHECK(versionOf(*session, VersionedRecord::Request, *id) == triaged + 2);

    auto missing = currentVersion(*session, VersionedRecord::Request, *id + 1000);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("A form saved over a request someone else changed since is refused, writes nothing, then applies once read "
          "again",
          "[versions]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService requests(*session);
    auto id = requests.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    auto seen = requests.get(*id);
    REQUIRE(seen);

    // A colleague changes the urgency after the form was filled in.
    REQUIRE(session->database().exec(QStringLiteral("UPDATE requests SET urgency = 'priority' WHERE id = ?"), { *id }));
    const qint64 rows = auditRows(*session);

    RequestEdit edit = RequestEdit::of(*seen);
    edit.identity.phone = QStringLiteral("613-555-0142");
    Result<void> stale;
    {
        UnchangedSince unchanged(*session, VersionedRecord::Request, *id, seen->version);
        stale = requests.update(*id, edit, seen->status);
    }
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("changed by someone else")));
    CHECK_FALSE(stale.error().message.contains(QStringLiteral("Robin")));
    auto unchanged = requests.get(*id);
    REQUIRE(unchanged);
    CHECK(unchanged->identity.phone == seen->identity.phone);
    CHECK(unchanged->urgency == QStringLiteral("priority")); // the colleague's change stands
    CHECK(auditRows(*session) == rows);

    // Read again, the same edit applies over the colleague's change.
    {
        UnchangedSince unchangedNow(*session, VersionedRecord::Request, *id, unchanged->version);
        REQUIRE(requests.update(*id, RequestEdit::of(*unchanged), unchanged->status));
    }
    // Outside a form's expectation a service decides from what it reads itself, in its own transaction.
    RequestEdit phone = RequestEdit::of(*requests.get(*id));
    phone.identity.phone = QStringLiteral("613-555-0142");
    REQUIRE(requests.update(*id, phone, RequestStatus::New));
    CHECK(requests.get(*id)->identity.phone == QStringLiteral("613-555-0142"));
}

TEST_CASE("A supporter or a group edited from an older reading is refused as changed by someone else", "[versions]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto supporter
        = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(supporter);
    auto form = supporters.get(*supporter);
    REQUIRE(form);
    REQUIRE(
        session->database().exec(QStringLiteral("UPDATE supporters SET max_active = 4 WHERE id = ?"), { *supporter }));
    form->region = QStringLiteral("Kingston");
    const qint64 rows = auditRows(*session);
    // The form's own reading carries its version: no expectation needed.
    auto refused = supporters.update(*form);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(supporters.get(*supporter)->region != QStringLiteral("Kingston"));
    CHECK(supporters.get(*supporter)->maxActive == 4);
    CHECK(auditRows(*session) == rows);

    PeerGroup group;
    group.name = QStringLiteral("Thursday circle");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(4);
    group.startMinute = 19 * 60;
    group.durationMinutes = 60;
    group.firstDate = vault.clock().todayLocal().addDays(7);
    GroupService groups(*session);
    auto groupId = groups.add(group);
    REQUIRE(groupId);
    auto seenGroup = groups.get(*groupId);
    REQUIRE(seenGroup);
    REQUIRE(session->database().exec(QStringLiteral("UPDATE peer_groups SET capacity = 9 WHERE id = ?"), { *groupId }));
    seenGroup->name = QStringLiteral("Thursday evening circle");
    const qint64 groupRows = auditRows(*session);
    auto edited = groups.edit(*seenGroup);
    REQUIRE_FALSE(edited);
    CHECK(edited.error().code == ErrorCode::Conflict);
    CHECK(groups.get(*groupId)->name == QStringLiteral("Thursday circle"));
    CHECK(auditRows(*session) == groupRows);
}

TEST_CASE("A colleague's referral is triaged only after consent, whoever writes the row", "[versions][consent]")
{
    TempVault vault;
    auto session = vault.unlock();
    NewRequest referral = sampleRequest(vault.clock().nowUtc());
    referral.referralType = QStringLiteral("colleague");
    referral.consentConfirmed = false;
    auto id = RequestService(*session).intake(referral);
    REQUIRE(id);
    // What the service refuses, SQL cannot do either.
    auto triaged = session->database().exec(
        QStringLiteral("UPDATE requests SET status = 'triaged', triaged_at = updated_at WHERE id = ?"), { *id });
    REQUIRE_FALSE(triaged);
    CHECK(triaged.error().code == ErrorCode::InvalidInput);
    CHECK(RequestService(*session).get(*id)->status == RequestStatus::AwaitingConsent);
    // With consent recorded, triage goes ahead.
    REQUIRE(RequestService(*session).recordConsent(*id));
    REQUIRE(RequestService(*session).triage(*id, TriageDecision{}));
    CHECK(RequestService(*session).get(*id)->status == RequestStatus::Triaged);
}
