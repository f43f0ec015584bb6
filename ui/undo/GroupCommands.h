#pragma once

#include "core/domain/PeerGroup.h"
#include "ui/undo/EditCommand.h"

namespace peerdesk {

// Group changes on the Edit menu's undo stack, stored through GroupService like the changes themselves.

// An edit of a group in its editor. Undo applies the values from before through GroupService::edit, so the
// sessions ahead follow the old series again; a session the change cancelled because someone had registered
// stays cancelled (the coordinator reschedules them). Refused once the group has ended.
class EditGroupCommand final : public EditCommand<PeerGroup>
{
public:
    EditGroupCommand(VaultSession& session, PeerGroup before, PeerGroup after, UndoReporter reporter);

private:
    Result<void> store(const PeerGroup& group) override;
};

// Ending a group or reopening it; the state is whether the group is active. GroupService::reopen is the inverse
// of end (the sessions the end cancelled come back, and the members it took with it), and end the inverse of
// reopen, so each undoes the other. Undoing a reopening ends the group without the page's question (the end was
// asked when it was first made), and its members' retention then counts from the undo. Not merged: each is a
// step with consequences for the people registered.
class GroupEndOrReopenCommand final : public EditCommand<bool>
{
public:
    GroupEndOrReopenCommand(VaultSession& session, qint64 groupId, bool activeBefore, UndoReporter reporter);

private:
    Result<void> store(const bool& active) override;
};

} // namespace peerdesk
