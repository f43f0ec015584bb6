#include "ui/undo/EditGroupCommand.h"

#include "core/services/GroupService.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::EditGroupCommand)
};

} // namespace

EditGroupCommand::EditGroupCommand(VaultSession& session, PeerGroup before, PeerGroup after, Reporter reporter)
    : QUndoCommand(Text::tr("Edit group"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reporter(std::move(reporter))
{
}

void EditGroupCommand::undo()
{
    apply(m_before);
}

void EditGroupCommand::redo()
{
    if (m_applied) {
        m_applied = false; // pushed after the edit was stored
        return;
    }
    apply(m_after);
}

void EditGroupCommand::apply(const PeerGroup& group)
{
    if (auto done = GroupService(m_session).edit(group); !done) {
        setObsolete(true);
        if (m_reporter)
            m_reporter(group.id, Text::tr("This change could not be undone or redone: %1").arg(done.error().message));
        return;
    }
    if (m_reporter)
        m_reporter(group.id, {});
}

} // namespace peerdesk
