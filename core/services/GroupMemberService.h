#pragma once

#include "core/Result.h"
#include "core/domain/PeerGroup.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace peerdesk {

class GroupMemberRepository;
class VaultSession;

// What adding a member found.
struct MemberAdded
{
    qint64 id = 0;
    bool returning = false; // the program recognises returning members, and this contact was a member before
};

// The standing members of a group that enrols members (PeerGroup::Enrolment::Members): verified once, identity and
// province, then sent the group's standing link, instead of a registration for every session. Their identity lives
// while they are members and the retention period after they leave (RetentionService), and every view of it is
// recorded. Administrators and coordinators; a legal hold is an administrator's. Audited with ids only.
class GroupMemberService final
{
public:
    explicit GroupMemberService(VaultSession& session) : m_session(session) { }

    // The group's current members with their name and contact (each one's view recorded, "identity.viewed",
    // entity "group_member").
    Result<QList<GroupMember>> members(qint64 groupId);
    // A new member of an active group that enrols members. province: Vocab::Province. Where the program recognises
    // returning members (setting group_returning_members), the contact's repeat key says whether this person was a
    // member of the group before (a short keyed hash: occasionally a false "returning").
    Result<MemberAdded> add(qint64 groupId, const QString& name, const QString& contact, const QString& province);
    // Identity and province checked, once.
    Result<void> verify(qint64 memberId);
    // The standing link was sent; refused until verify(). May be recorded again when the link is re-sent.
    Result<void> markLinkSent(qint64 memberId);
    // The person is no longer a member; their identity goes after the retention period.
    Result<void> remove(qint64 memberId);
    // Administrators: a member's identity is kept past retention while the hold lasts.
    Result<void> setLegalHold(qint64 memberId, bool hold);

private:
    using Change = std::function<Result<void>(const GroupMember&, GroupMemberRepository&, const QDateTime& now)>;
    // One change to a current member in a transaction: `change` may refuse or writes, then the audit row `action`.
    Result<void> changeCurrent(qint64 memberId, const char* action, const Change& change);
    Result<GroupMember> find(qint64 memberId);
    Result<GroupMember> findCurrent(qint64 memberId);
    Result<QString> returningKey(const QString& contact);

    VaultSession& m_session;
};

} // namespace peerdesk
