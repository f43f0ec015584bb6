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

} // namespace

// after is copied, not moved (it is implicitly shared): its id is read in the same call.
EditSupporterCommand::EditSupporterCommand(VaultSession& session, Supporter before, Supporter after,
                                           UndoReporter reporter)
    : EditCommand(UndoKind::SupporterEdit, session, after.id, std::move(before), after, std::move(reporter))
{
    // The number only, like the editor's title: the Edit menu shows no name.
    setText(Text::tr("edit of supporter #%1").arg(itemId()));
}

Result<void> EditSupporterCommand::store(const Supporter& supporter)
{
    return SupporterService(session()).update(supporter);
}

SupporterStatusCommand::SupporterStatusCommand(VaultSession& session, qint64 supporterId, SupporterStatusState before,
                                               SupporterStatusState after, UndoReporter reporter)
    : EditCommand(UndoKind::SupporterStatus, session, supporterId, std::move(before), std::move(after),
                  std::move(reporter))
{
    setText(Text::tr("status change of supporter #%1").arg(supporterId));
}

Result<void> SupporterStatusCommand::applyState(VaultSession& session, qint64 supporterId,
                                                const SupporterStatusState& state, bool liveMatchesConfirmed)
{
    return SupporterService(session).setStatusAndPause(supporterId, state.status, state.pausedUntil,
                                                       liveMatchesConfirmed);
}

Result<void> SupporterStatusCommand::store(const SupporterStatusState& state)
{
    // The change was confirmed when it was made; undoing and redoing it repeats that decision.
    return applyState(session(), itemId(), state, true);
}

QString SupporterStatusCommand::changedField(const SupporterStatusState& before,
                                             const SupporterStatusState& after) const
{
    const bool status = before.status != after.status;
    const bool pause = before.pausedUntil != after.pausedUntil;
    if (status && pause)
        return QStringLiteral("status+pause");
    if (status)
        return QStringLiteral("status");
    return pause ? QStringLiteral("pause") : QString();
}

} // namespace peerdesk
