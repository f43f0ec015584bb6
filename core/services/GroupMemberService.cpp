#include "core/services/GroupMemberService.h"

#include "core/domain/Vocabulary.h"
#include "core/services/GroupService.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/storage/Database.h"
#include "core/storage/GroupMemberRepository.h"
#include "core/storage/GroupRepository.h"
#include "core/storage/RepeatSecret.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::GroupMemberService)
};

constexpr auto MemberEntity = "group_member";

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<QList<GroupMember>> GroupMemberService::members(qint64 groupId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto group = GroupRepository(m_session.database()).findGroup(groupId);
    if (!group)
        return group.error();
    if (!group->has_value())
        return invalid(Text::tr("There is no group #%1.").arg(groupId));
    auto members = GroupMemberRepository(m_session.database()).members(groupId);
    if (!members)
        return members;
    // Each member's name and contact are shown to the person asking: who looked at whom is recorded.
    QList<qint64> shown;
    for (const GroupMember& member : std::as_const(*members))
        shown.append(member.id);
    if (auto recorded = m_session.recordIdentityViews(QLatin1String(MemberEntity), shown); !recorded)
        return recorded.error();
    return members;
}

Result<QString> GroupMemberService::returningKey(const QString& contact)
{
    auto wanted = m_session.settings().value(QLatin1String(ProgramSettings::GroupReturningMembers));
    if (!wanted)
        return wanted.error();
    if (*wanted != QLatin1String("yes"))
        return QString();
    auto hasher = repeat_secret::loadOrCreate(m_session.database(), RepeatKeyHasher::Cost{});
    if (!hasher)
        return hasher.error();
    // The same short keys as repeat requests (docs/security.md): a contact with '@' is an e-mail address.
    return contact.contains(QLatin1Char('@')) ? hasher->emailKey(contact) : hasher->phoneKey(contact);
}

Result<MemberAdded> GroupMemberService::add(qint64 groupId, const QString& name, const QString& contact,
                                            const QString& province)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    GroupMember member;
    member.name = name;
    member.contact = contact;
    member.province = province;
    if (auto checked = GroupService::checkPerson(member.name, member.contact, member.province); !checked)
        return checked.error();
    member.groupId = groupId;
    member.joinedAt = m_session.clock().nowUtc();
    MemberAdded added;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        member.returning = false; // a retried transaction starts again from nothing (Database::transaction)
        auto group = GroupRepository(m_session.database()).findGroup(groupId);
        if (!group)
            return group.error();
        if (!group->has_value())
            return invalid(Text::tr("There is no group #%1.").arg(groupId));
        if (!(*group)->active)
            return invalid(Text::tr("Group #%1 has ended: reopen it to add members.").arg(groupId));
        if (!(*group)->hasMembers()) {
            return invalid(Text::tr("Group #%1 takes registrations for each session, not standing members: register "
                                    "the person for a session, or change the group to enrol members.")
                               .arg(groupId));
        }
        auto key = returningKey(member.contact);
        if (!key)
            return key.error();
        GroupMemberRepository repository(m_session.database());
        if (!key->isEmpty()) {
            auto seen = repository.keySeen(groupId, *key);
            if (!seen)
                return seen.error();
            member.returning = *seen;
        }
        auto id = repository.insert(member, *key);
        if (!id)
            return id.error();
        added = { *id, member.returning };
        return m_session.recordAudit(QStringLiteral("group_member.added"), QLatin1String(MemberEntity), *id);
    });
    if (!stored)
        return stored.error();
    return added;
}

Result<GroupMember> GroupMemberService::find(qint64 memberId)
{
    auto found = GroupMemberRepository(m_session.database()).find(memberId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return invalid(Text::tr("There is no group member #%1.").arg(memberId));
    return **found;
}

Result<GroupMember> GroupMemberService::findCurrent(qint64 memberId)
{
    auto member = find(memberId);
    if (member && !member->current())
        return invalid(Text::tr("Group member #%1 is no longer a member.").arg(memberId));
    return member;
}

Result<void> GroupMemberService::changeCurrent(qint64 memberId, const char* action, const Change& change)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto member = findCurrent(memberId);
        if (!member)
            return member.error();
        GroupMemberRepository repository(m_session.database());
        if (auto changed = change(*member, repository, m_session.clock().nowUtc()); !changed)
            return changed;
        return m_session.recordAudit(QLatin1String(action), QLatin1String(MemberEntity), memberId);
    });
}

Result<void> GroupMemberService::verify(qint64 memberId)
{
    return changeCurrent(
        memberId, "group_member.verified",
        [memberId](const GroupMember& member, GroupMemberRepository& repository, const QDateTime& now) -> Result<void> {
            if (member.verifiedAt.isValid()) {
                return invalid(
                    Text::tr("Group member #%1 is already verified: a member is verified once.").arg(memberId));
            }
            return repository.setVerified(memberId, now);
        });
}

Result<void> GroupMemberService::markLinkSent(qint64 memberId)
{
    return changeCurrent(
        memberId, "group_member.link_sent",
        [memberId](const GroupMember& member, GroupMemberRepository& repository, const QDateTime& now) -> Result<void> {
            if (!member.verifiedAt.isValid()) {
                return invalid(Text::tr("Verify the identity and province of group member #%1 "
                                        "before sending the link.")
                                   .arg(memberId));
            }
            return repository.setLinkSent(memberId, now);
        });
}

Result<void> GroupMemberService::remove(qint64 memberId)
{
    return changeCurrent(memberId, "group_member.removed",
                         [memberId](const GroupMember&, GroupMemberRepository& repository, const QDateTime& now) {
                             return repository.setLeft(memberId, now, QStringLiteral("removed"));
                         });
}

Result<void> GroupMemberService::setLegalHold(qint64 memberId, bool hold)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto member = find(memberId);
        if (!member)
            return member.error();
        if (member->purgedAt.isValid()) {
            return invalid(Text::tr("Group member #%1's identity was already purged; there is nothing left to hold.")
                               .arg(memberId));
        }
        if (auto stored = GroupMemberRepository(m_session.database()).setLegalHold(memberId, hold); !stored)
            return stored;
        return m_session.recordAudit(hold ? QStringLiteral("group_member.legal_hold.on")
                                          : QStringLiteral("group_member.legal_hold.off"),
                                     QLatin1String(MemberEntity), memberId);
    });
}

} // namespace peerdesk
