#pragma once

#include "core/Result.h"
#include "core/domain/PeerGroup.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace peerdesk {

class Database;

// A group's standing members (group_members): name, contact and province as identity cells, kept while they are
// members and the retention period after, then set to NULL; the row stays for the joined/left counts.
class GroupMemberRepository final
{
public:
    explicit GroupMemberRepository(Database& database) : m_database(database) { }

    // Inserts the member (joinedAt, returning and the identity; the rest starts empty). returningKey: the repeat
    // key of their contact, or empty where the program does not recognise returning members.
    Result<qint64> insert(const GroupMember& member, const QString& returningKey);
    Result<std::optional<GroupMember>> find(qint64 id);
    // The group's current members, or with everyone who left and whose row remains (identity while kept), by id.
    Result<QList<GroupMember>> members(qint64 groupId, bool includeLeft = false);
    // Whether someone who was a member of this group before had this repeat key.
    Result<bool> keySeen(qint64 groupId, const QString& returningKey);

    Result<void> setVerified(qint64 memberId, const QDateTime& at);
    Result<void> setLinkSent(qint64 memberId, const QDateTime& at);
    Result<void> setLeft(qint64 memberId, const QDateTime& at, const QString& reason);
    Result<void> setLegalHold(qint64 memberId, bool hold);
    // Every current member leaves as the group ends; returns how many.
    Result<int> leaveWithGroup(qint64 groupId, const QDateTime& at);
    // The members who left when the group ended and whose identity is still kept are members again (the group
    // reopened); returns how many.
    Result<int> rejoinWithGroup(qint64 groupId);

    struct PurgeCount
    {
        int purged = 0; // (or, in a dry run, to purge)
        int held = 0; // due but under legal hold
    };
    // Retention: the identity of members who left before leftBefore, unless held, set to NULL. The caller runs it in
    // its transaction, audits the count and checkpoints the WAL.
    Result<PurgeCount> purge(const QDateTime& leftBefore, const QDateTime& now, bool dryRun);

private:
    Database& m_database;
};

} // namespace peerdesk
