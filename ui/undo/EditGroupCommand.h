#pragma once

#include "core/domain/PeerGroup.h"

#include <QUndoCommand>

#include <functional>

namespace peerdesk {

class VaultSession;

// A group's change on the Edit menu's undo stack, pushed after the change was stored (its first redo() does
// nothing). Undo applies the values from before through GroupService::edit, so the sessions ahead follow the
// old series again; a session the change cancelled because someone had registered stays cancelled (the
// coordinator reschedules them). A refused undo or redo leaves the stack and says why.
class EditGroupCommand final : public QUndoCommand
{
public:
    // reporter: the group's id and an error message (empty after a change), so the page reloads or explains.
    using Reporter = std::function<void(qint64 groupId, const QString& error)>;

    EditGroupCommand(VaultSession& session, PeerGroup before, PeerGroup after, Reporter reporter);
    Q_DISABLE_COPY_MOVE(EditGroupCommand)

    void undo() override;
    void redo() override;

private:
    void apply(const PeerGroup& group);

    VaultSession& m_session;
    PeerGroup m_before;
    PeerGroup m_after;
    Reporter m_reporter;
    bool m_applied = true;
};

} // namespace peerdesk
