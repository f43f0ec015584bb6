#include "ui/undo/GroupCommands.h"

#include "core/services/GroupService.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::GroupCommands)
};

} // namespace

// after is copied, not moved (it is implicitly shared): its id is read in the same call.
EditGroupCommand::EditGroupCommand(VaultSession& session, PeerGroup before, PeerGroup after, UndoReporter reporter)
    : EditCommand(UndoKind::GroupEdit, session, after.id, std::move(before), after, std::move(reporter))
{
    setText(Text::tr("edit of group #%1").arg(itemId()));
}

Result<void> EditGroupCommand::store(const PeerGroup& group)
{
    if (auto changed = GroupService(session()).edit(group); !changed)
        return changed.error();
    return {};
}

GroupEndOrReopenCommand::GroupEndOrReopenCommand(VaultSession& session, qint64 groupId, bool activeBefore,
                                                 UndoReporter reporter)
    : EditCommand(UndoKind::GroupEndOrReopen, session, groupId, activeBefore, !activeBefore, std::move(reporter))
{
    setText(activeBefore ? Text::tr("end of group #%1").arg(groupId) : Text::tr("reopening of group #%1").arg(groupId));
}

Result<void> GroupEndOrReopenCommand::store(const bool& active)
{
    GroupService groups(session());
    if (auto done = active ? groups.reopen(itemId()) : groups.end(itemId()); !done)
        return done.error();
    return {};
}

} // namespace peerdesk
