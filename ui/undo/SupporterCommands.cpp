#include "ui/undo/SupporterCommands.h"

#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SupporterCommands)
};

void report(const UndoReporter& reporter, qint64 id, const QString& error)
{
    if (reporter)
        reporter(id, error);
}

} // namespace

EditSupporterCommand::EditSupporterCommand(VaultSession& session, Supporter before, Supporter after,
                                           UndoReporter reporter)
    : QUndoCommand(Text::tr("Edit supporter"))
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reporter(std::move(reporter))
{
}

void EditSupporterCommand::undo()
{
    apply(m_before);
}

void EditSupporterCommand::redo()
{
    if (m_applied) {
        m_applied = false; // pushed after the edit was stored
        return;
    }
    apply(m_after);
}

void EditSupporterCommand::apply(const Supporter& supporter)
{
    if (auto done = SupporterService(m_session).update(supporter); !done) {
        // Someone changed the supporter since (or the settings moved on): the step cannot be replayed, so it
        // leaves the stack instead of pretending.
        setObsolete(true);
        report(m_reporter, supporter.id,
               Text::tr("This change could not be undone or redone: %1").arg(done.error().message));
        return;
    }
    report(m_reporter, supporter.id, {});
}

SupporterStatusCommand::SupporterStatusCommand(VaultSession& session, qint64 supporterId, SupporterStatusState before,
                                               SupporterStatusState after, UndoReporter reporter)
    : QUndoCommand(Text::tr("Change supporter status"))
    , m_session(session)
    , m_supporterId(supporterId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reporter(std::move(reporter))
{
}

void SupporterStatusCommand::undo()
{
    apply(m_before);
}

void SupporterStatusCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply(m_after);
}

Result<void> SupporterStatusCommand::applyState(VaultSession& session, qint64 supporterId,
                                                const SupporterStatusState& state, bool liveMatchesConfirmed)
{
    return SupporterService(session).setStatusAndPause(supporterId, state.status, state.pausedUntil,
                                                       liveMatchesConfirmed);
}

void SupporterStatusCommand::apply(const SupporterStatusState& state)
{
    // The change was confirmed when it was made; undoing and redoing it repeats that decision.
    if (auto done = applyState(m_session, m_supporterId, state, true); !done) {
        setObsolete(true);
        report(m_reporter, m_supporterId,
               Text::tr("This change could not be undone or redone: %1").arg(done.error().message));
        return;
    }
    report(m_reporter, m_supporterId, {});
}

} // namespace peerdesk
