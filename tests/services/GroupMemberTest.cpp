// Standing members of a group, verified once (issue 24, section 3): the national network's daily group and the
// cohort groups, whose members keep one link instead of registering for every session.
#include "CatchCompat.h"
#include "SchedulingFixture.h"
#include "TempVault.h"
#include "VaultPages.h"
#include "core/services/GroupMemberService.h"
#include "core/services/GroupService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RetentionService.h"
#include "core/storage/AuditRepository.h"

using namespace peerdesk;
using namespace peerdesk::test::scheduling;
using peerdesk::test::TempVault;

namespace {

constexpr auto MemberName = "Dr Ottoline Quarrier";
constexpr auto MemberContact = "ottoline.quarrier@example.org";

// A weekly group whose members are verified once: Mondays 19:15-20:30 by video.
PeerGroup memberGroup(const QString& name = QStringLiteral("Monday evening group"))
{
    PeerGroup group;
    group.name = name;
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(1);
    group.startMinute = 19 * 60 + 15;
    group.durationMinutes = 75;
    group.capacity = 8;
    group.firstDate = QDate(2026, 3, 2);
    group.enrolment = PeerGroup::Enrolment::Members;
    return group;
}

qint64 addedGroup(VaultSession& session, const PeerGroup& group)
{
    auto id = GroupService(session, toronto()).add(group);
    if (!id)
        FAIL("adding the group was refused: " << id.error().message.toStdString());
    return *id;
}

qint64 addedMember(VaultSession& session, qint64 groupId, const QString& name = QLatin1String(MemberName),
                   const QString& contact = QLatin1String(MemberContact))
{
    auto added = GroupMemberService(session).add(groupId, name, contact, QStringLiteral("ON"));
    if (!added)
        FAIL("adding the member was refused: " << added.error().message.toStdString());
    return added->id;
}

template <typename Call>
Error refused(VaultSession& session, const Call& call, ErrorCode code = ErrorCode::InvalidInput)
{
    const QStringList before = snapshot(session);
    auto result = call();
    REQUIRE_FALSE(result);
    CHECK(result.error().code == code);
    CHECK_FALSE(result.error().message.contains(QLatin1String(MemberName)));
    CHECK_FALSE(result.error().message.contains(QLatin1String(MemberContact)));
    CHECK(snapshot(session) == before);
    return result.error();
}

QList<AuditEntry> auditRows(VaultSession& session)
{
    QList<AuditEntry> rows;
    REQUIRE(AuditRepository(session.database()).forEach([&](const AuditEntry& entry) {
        rows.append(entry);
        return true;
    }));
    return rows;
}

// The stored cells of a member's identity (ciphertext): what purge must leave in no page.
QList<QByteArray> memberCells(VaultSession& session, qint64 memberId)
{
    auto query = session.database().exec(
        QStringLiteral("SELECT name_ct, contact_ct, province_ct FROM group_members WHERE id = ?"), { memberId });
    REQUIRE(query);
    REQUIRE(query->next());
    QList<QByteArray> cells;
    for (int i = 0; i < 3; ++i) {
        cells.append(query->value(i).toByteArray());
        REQUIRE(cells.constLast().size() > 16);
    }
    return cells;
}

} // namespace

TEST_CASE("A weekly member is verified once and keeps the link across twelve sessions", "[groups][members]")
{
    TempVault vault;
    vault.clock().set(torontoTime(2026, 3, 1, 10, 0));
    auto session = vault.unlock();
    const qint64 groupId = addedGroup(*session, memberGroup());
    GroupMemberService members(*session);
    const qint64 memberId = addedMember(*session, groupId);
    REQUIRE(members.markLinkSent(memberId).error().code == ErrorCode::InvalidInput); // not verified yet
    REQUIRE(members.verify(memberId));
    REQUIRE(members.markLinkSent(memberId));

    GroupService groups(*session, toronto());
    auto listed = members.members(groupId);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    const GroupMember member = listed->constFirst();
    CHECK(member.name == QLatin1String(MemberName));
    CHECK(member.contact == QLatin1String(MemberContact));
    CHECK(member.province == QLatin1String("ON"));
    CHECK(member.verifiedAt.isValid());
    CHECK(member.linkSentAt.isValid());
    CHECK(groups.get(groupId)->memberCount == 1);

    // Twelve Mondays go by, each session held; nobody verifies or registers the member again.
    auto sessions = groups.occurrences(groupId);
    REQUIRE(sessions);
    REQUIRE(sessions->size() >= 12);
    for (int week = 0; week < 12; ++week) {
        const GroupOccurrence& occurrence = sessions->at(week);
        vault.clock().set(occurrence.endsAt.addSecs(60));
        OccurrenceUpdate held;
        held.status = QStringLiteral("held");
        held.attendance = 5;
        REQUIRE(groups.record(occurrence.id, held));
        CHECK(occurrence.registrations == 0);
    }
    auto after = members.members(groupId);
    REQUIRE(after);
    REQUIRE(after->size() == 1);
    CHECK(after->constFirst().verifiedAt == member.verifiedAt);
    CHECK(refused(*session, [&] { return members.verify(memberId); }).message.contains(QStringLiteral("once")));
    // The link may be sent again (a member lost it).
    CHECK(members.markLinkSent(memberId));

    // A group of members takes no registration for one session.
    const qint64 next = sessions->at(12).id;
    refused(*session, [&] {
        return groups.registerParticipant(next, QLatin1String(MemberName), QLatin1String(MemberContact),
                                          QStringLiteral("ON"));
    });

    // The audit says what was done to which member row, never who the member is; each view of the list is on
    // record.
    int verified = 0;
    int viewed = 0;
    for (const AuditEntry& entry : auditRows(*session)) {
        verified += entry.action == QLatin1String("group_member.verified") ? 1 : 0;
        viewed += entry.action == QLatin1String("identity.viewed") && entry.entityType == QLatin1String("group_member")
            ? 1
            : 0;
        CHECK_FALSE(entry.action.contains(QStringLiteral("Quarrier")));
    }
    CHECK(verified == 1);
    CHECK(viewed == 1); // once per member and unlock
}

TEST_CASE("Adding and changing members refuses bad input and changes nothing", "[groups][members]")
{
    TempVault vault;
    vault.clock().set(torontoTime(2026, 3, 1, 10, 0));
    auto session = vault.unlock();
    const qint64 groupId = addedGroup(*session, memberGroup());
    PeerGroup dropIn = memberGroup(QStringLiteral("Drop-in group"));
    dropIn.enrolment = PeerGroup::Enrolment::PerSession;
    const qint64 dropInId = addedGroup(*session, dropIn);
    GroupMemberService members(*session);
    // Through whichever service is current: the sessions change below.
    GroupMemberService* service = &members;
    const auto add = [&service](qint64 group, const QString& name, const QString& contact, const QString& province) {
        return [&service, group, name, contact, province] { return service->add(group, name, contact, province); };
    };
    const QString name = QLatin1String(MemberName);
    const QString contact = QLatin1String(MemberContact);

    CHECK(refused(*session, add(dropInId, name, contact, QStringLiteral("ON")))
              .message.contains(QStringLiteral("registrations for each session")));
    refused(*session, add(groupId, QStringLiteral("  "), contact, QStringLiteral("ON")));
    refused(*session, add(groupId, name, QString(), QStringLiteral("ON")));
    refused(*session, add(groupId, name, contact, QStringLiteral("XX")));
    refused(*session, add(groupId, name + QChar(0x07), contact, QStringLiteral("ON")));
    refused(*session, add(groupId, QString(201, QLatin1Char('a')), contact, QStringLiteral("ON")));
    refused(*session, add(9999, name, contact, QStringLiteral("ON")));
    refused(*session, [&] { return members.verify(9999); });
    refused(*session, [&] { return members.remove(9999); });
    refused(*session, [&] { return members.members(9999); });

    const qint64 memberId = addedMember(*session, groupId);
    CHECK(refused(*session, [&] { return members.markLinkSent(memberId); }).message.contains(QStringLiteral("Verify")));
    REQUIRE(members.remove(memberId));
    refused(*session, [&] { return members.remove(memberId); });
    refused(*session, [&] { return members.verify(memberId); });

    // A group with members cannot quietly become a drop-in group: its members would be forgotten.
    addedMember(*session, groupId, QStringLiteral("Dr Second Member"), QStringLiteral("second@example.org"));
    GroupService groups(*session, toronto());
    PeerGroup changed = *groups.get(groupId);
    changed.enrolment = PeerGroup::Enrolment::PerSession;
    refused(*session, [&] { return groups.edit(changed); });

    // An ended group takes no new member.
    REQUIRE(groups.end(groupId));
    refused(*session, add(groupId, name, contact, QStringLiteral("ON")));

    // A legal hold is an administrator's.
    session.reset();
    session = vault.unlockAs(Role::Coordinator);
    GroupMemberService coordinator(*session);
    refused(
        *session, [&] { return coordinator.setLegalHold(memberId, true); }, ErrorCode::NotPermitted);
    session.reset();
    session = vault.unlockAs(Role::Reporting);
    GroupMemberService reporting(*session);
    service = &reporting;
    refused(
        *session, [&] { return reporting.members(groupId); }, ErrorCode::NotPermitted);
    refused(*session, add(groupId, name, contact, QStringLiteral("ON")), ErrorCode::NotPermitted);
    refused(
        *session, [&] { return reporting.verify(memberId); }, ErrorCode::NotPermitted);
    refused(
        *session, [&] { return reporting.remove(memberId); }, ErrorCode::NotPermitted);
}

TEST_CASE("Ending a group takes its members with it, and reopening before the purge brings them back",
          "[groups][members]")
{
    TempVault vault;
    vault.clock().set(torontoTime(2026, 3, 1, 10, 0));
    auto session = vault.unlock();
    const qint64 groupId = addedGroup(*session, memberGroup());
    const qint64 staying = addedMember(*session, groupId);
    const qint64 removed
        = addedMember(*session, groupId, QStringLiteral("Dr Left Early"), QStringLiteral("left.early@example.org"));
    GroupMemberService members(*session);
    REQUIRE(members.verify(staying));
    REQUIRE(members.remove(removed));
    GroupService groups(*session, toronto());
    REQUIRE(groups.end(groupId));
    CHECK(members.members(groupId)->isEmpty());
    CHECK(groups.get(groupId)->memberCount == 0);

    vault.clock().advanceDays(5);
    REQUIRE(groups.reopen(groupId));
    auto back = members.members(groupId);
    REQUIRE(back);
    REQUIRE(back->size() == 1); // the one removed before the end stays removed
    CHECK(back->constFirst().id == staying);
    CHECK(back->constFirst().verifiedAt.isValid()); // still verified: verified once
}

TEST_CASE("Former members' identity is purged after the retention period unless held, and is in no page",
          "[groups][members][retention]")
{
    TempVault vault;
    vault.clock().set(torontoTime(2026, 3, 1, 10, 0));
    auto session = vault.unlock();
    const qint64 groupId = addedGroup(*session, memberGroup());
    const qint64 removed = addedMember(*session, groupId, QStringLiteral("Dr Wilhelmina Gonebyretention"),
                                       QStringLiteral("wilhelmina.gone@example.org"));
    const qint64 held = addedMember(*session, groupId, QStringLiteral("Dr Heldfast Keepname"),
                                    QStringLiteral("heldfast@example.org"));
    const qint64 ended = addedMember(*session, groupId);
    GroupMemberService members(*session);
    REQUIRE(members.remove(removed));
    REQUIRE(members.setLegalHold(held, true));
    const QList<QByteArray> removedCells = memberCells(*session, removed);
    const QList<QByteArray> endedCells = memberCells(*session, ended);
    const QList<QByteArray> heldCells = memberCells(*session, held);
    vault.clock().advanceDays(10);
    REQUIRE(GroupService(*session, toronto()).end(groupId));

    // 30 days after the removal, but only 20 after the group ended: only the removed member is due.
    vault.clock().advanceDays(21);
    auto first = RetentionService(*session).purge();
    REQUIRE(first);
    CHECK(first->members == 1);
    CHECK(first->heldMembers == 0);

    // Past the group's end too: the last one goes; the held one stays while the hold lasts.
    vault.clock().advanceDays(10);
    auto dryRun = RetentionService(*session).purge(true);
    REQUIRE(dryRun);
    CHECK(dryRun->members == 1);
    CHECK(dryRun->heldMembers == 1);
    session.reset();
    session = vault.unlock(); // the purge at unlock
    CHECK(scalar(session->database(), QStringLiteral("SELECT count(*) FROM group_members")) == 3); // counts stay
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM group_members WHERE purged_at IS NOT NULL AND name_ct IS NULL"))
          == 2);
    CHECK(GroupMemberService(*session).setLegalHold(removed, true).error().code == ErrorCode::InvalidInput);
    session.reset();

    auto key = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                           TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    const QByteArray haystack = test::vaultHaystack(vault.directory(), key->keys.data);
    REQUIRE(haystack.contains("CREATE TABLE group_members"));
    for (const QByteArray& gone : removedCells + endedCells)
        CHECK_FALSE(haystack.contains(gone));
    for (const QByteArray& kept : heldCells)
        CHECK(haystack.contains(kept));
    for (const char* name : { "Gonebyretention", "Quarrier", "Keepname" }) {
        INFO(name);
        CHECK_FALSE(haystack.contains(name)); // never in plaintext, purged or not
    }

    // Lifting the hold lets the next purge take the last one.
    session = vault.unlock();
    REQUIRE(GroupMemberService(*session).setLegalHold(held, false));
    auto last = RetentionService(*session).purge();
    REQUIRE(last);
    CHECK(last->members == 1);
}

TEST_CASE("A returning member is recognised by the keyed hash of their contact, only where the program wants it",
          "[groups][members]")
{
    TempVault vault;
    vault.clock().set(torontoTime(2026, 3, 1, 10, 0));
    auto session = vault.unlock();
    const qint64 groupId = addedGroup(*session, memberGroup());
    GroupMemberService members(*session);

    // Off by default: nothing is kept to recognise anyone.
    const qint64 first = addedMember(*session, groupId);
    REQUIRE(members.remove(first));
    auto again = members.add(groupId, QLatin1String(MemberName), QLatin1String(MemberContact), QStringLiteral("ON"));
    REQUIRE(again);
    CHECK_FALSE(again->returning);
    CHECK(scalar(session->database(),
                 QStringLiteral("SELECT count(*) FROM group_members WHERE returning_key IS NOT "
                                "NULL"))
          == 0);
    REQUIRE(members.remove(again->id));

    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::GroupReturningMembers), QStringLiteral("yes")));
    const qint64 keyed = addedMember(*session, groupId, QStringLiteral("Dr Rosalind Comeback"),
                                     QStringLiteral("rosalind.comeback@example.org"));
    REQUIRE(members.remove(keyed));
    // Gone for longer than the retention period: the identity is purged, the keyed hash stays.
    vault.clock().advanceDays(40);
    REQUIRE(RetentionService(*session).purge());
    auto returning = members.add(groupId, QStringLiteral("Rosalind Comeback"),
                                 QStringLiteral("  Rosalind.Comeback@Example.org "), QStringLiteral("ON"));
    REQUIRE(returning);
    CHECK(returning->returning);
    auto newcomer
        = members.add(groupId, QStringLiteral("Dr Brand New"), QStringLiteral("613-555-0199"), QStringLiteral("ON"));
    REQUIRE(newcomer);
    CHECK_FALSE(newcomer->returning);
    auto listed = members.members(groupId);
    REQUIRE(listed);
    int flagged = 0;
    for (const GroupMember& member : std::as_const(*listed))
        flagged += member.returning ? 1 : 0;
    CHECK(flagged == 1);
}

TEST_CASE("An escalation during a group session records the action and the time, never who, and gives the crisis "
          "resources",
          "[groups][escalation]")
{
    TempVault vault;
    vault.clock().set(torontoTime(2026, 3, 1, 10, 0));
    auto session = vault.unlock();
    PeerGroup group = memberGroup();
    group.resources = { QStringLiteral(" Physician health program "), QStringLiteral("Crisis line 988"), QString() };
    GroupService groups(*session, toronto());
    const qint64 groupId = addedGroup(*session, group);
    CHECK(groups.get(groupId)->resources
          == QStringList{ QStringLiteral("Physician health program"), QStringLiteral("Crisis line 988") });
    const QList<GroupOccurrence> sessions = *groups.occurrences(groupId);
    const GroupOccurrence& first = sessions.at(0);

    // Not before the session has started.
    refused(*session, [&] { return groups.escalate(first.id, QStringLiteral("crisis_resources_given")); });
    vault.clock().set(first.startsAt.addSecs(20 * 60));
    refused(*session, [&] { return groups.escalate(first.id, QStringLiteral("told a story")); });
    refused(*session, [&] { return groups.escalate(9999, QStringLiteral("crisis_resources_given")); });
    refused(*session, [&] {
        return groups.escalate(first.id, QStringLiteral("crisis_resources_given"), first.startsAt.addSecs(-60));
    });
    auto crisis = groups.escalate(first.id, QStringLiteral("emergency_services_called"));
    REQUIRE(crisis);
    CHECK_FALSE(crisis->isEmpty());
    CHECK(crisis->join(QLatin1Char(' ')).contains(QStringLiteral("988")));
    // Recorded the next morning, at the time it happened.
    vault.clock().set(first.endsAt.addSecs(12 * 3600));
    REQUIRE(groups.escalate(first.id, QStringLiteral("crisis_resources_given"), first.startsAt.addSecs(30 * 60)));
    CHECK(groups.occurrence(first.id)->escalations == 2);
    // Two days later is too late to say "during the session"; a cancelled session had none.
    vault.clock().set(first.endsAt.addDays(2));
    refused(*session, [&] {
        return groups.escalate(first.id, QStringLiteral("crisis_resources_given"), first.endsAt.addDays(1).addSecs(60));
    });
    OccurrenceUpdate cancelled;
    cancelled.status = QStringLiteral("cancelled");
    REQUIRE(groups.record(sessions.at(1).id, cancelled));
    refused(*session, [&] { return groups.escalate(sessions.at(1).id, QStringLiteral("crisis_resources_given")); });

    CHECK(scalar(session->database(), QStringLiteral("SELECT count(*) FROM group_escalations")) == 2);
    int audited = 0;
    for (const AuditEntry& entry : auditRows(*session))
        audited += entry.action == QLatin1String("group_occurrence.escalated") && entry.entityId == first.id ? 1 : 0;
    CHECK(audited == 2);

    // Resources are plain text, a few, each short.
    PeerGroup tooMany = *groups.get(groupId);
    for (int i = 0; i < PeerGroup::MaxResources + 1; ++i)
        tooMany.resources.append(QStringLiteral("Resource %1").arg(i));
    refused(*session, [&] { return groups.edit(tooMany); });
    PeerGroup controlled = *groups.get(groupId);
    controlled.resources = { QStringLiteral("Line\x1b]0;x") };
    refused(*session, [&] { return groups.edit(controlled); });

    session.reset();
    session = vault.unlockAs(Role::Reporting);
    refused(
        *session, [&] { return GroupService(*session).escalate(first.id, QStringLiteral("crisis_resources_given")); },
        ErrorCode::NotPermitted);
}
