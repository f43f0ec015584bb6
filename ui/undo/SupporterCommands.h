#pragma once

#include "core/Result.h"
#include "core/domain/Supporter.h"

#include <QDate>
#include <QUndoCommand>

#include <functional>

namespace peerdesk {

class VaultSession;

// Tells the page what an undo or redo did: an error message when the service refused (the command is then
// dropped from the stack), or an empty one after a change, so the page reloads.
using UndoReporter = std::function<void(qint64 supporterId, const QString& error)>;

// Roster edits on the Edit menu's undo stack. Each command is pushed after the change was made (so the
// dialog could show the service's refusal in place), and its first redo() does nothing. Undoing goes through
// the same audited service calls as the edit; adding a supporter is not undoable, because the roster keeps
// no way to delete a supporter's audited record.
class EditSupporterCommand final : public QUndoCommand
{
public:
    EditSupporterCommand(VaultSession& session, Supporter before, Supporter after, UndoReporter reporter);
    Q_DISABLE_COPY_MOVE(EditSupporterCommand)

    void undo() override;
    void redo() override;

private:
    void apply(const Supporter& supporter);

    VaultSession& m_session;
    Supporter m_before;
    Supporter m_after;
    UndoReporter m_reporter;
    bool m_applied = true;
};

// A status and pause date, as setStatus() and pauseUntil() store them.
struct SupporterStatusState
{
    QString status;
    QDate pausedUntil; // invalid: not paused by date
};

class SupporterStatusCommand final : public QUndoCommand
{
public:
    SupporterStatusCommand(VaultSession& session, qint64 supporterId, SupporterStatusState before,
                           SupporterStatusState after, UndoReporter reporter);
    Q_DISABLE_COPY_MOVE(SupporterStatusCommand)

    void undo() override;
    void redo() override;

    // Moves a supporter to a state with the service calls it needs (status first, then the pause date).
    static Result<void> applyState(VaultSession& session, qint64 supporterId, const SupporterStatusState& state,
                                   bool liveMatchesConfirmed = false);

private:
    void apply(const SupporterStatusState& state);

    VaultSession& m_session;
    qint64 m_supporterId;
    SupporterStatusState m_before;
    SupporterStatusState m_after;
    UndoReporter m_reporter;
    bool m_applied = true;
};

} // namespace peerdesk
