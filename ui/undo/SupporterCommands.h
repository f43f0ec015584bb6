#pragma once

#include "core/domain/Supporter.h"
#include "ui/undo/EditCommand.h"

#include <QDate>

namespace peerdesk {

// Roster changes on the Edit menu's undo stack. Adding a supporter is not undoable, because the roster keeps no
// way to delete a supporter's audited record.

// An edit of a supporter in the editor dialog, stored through SupporterService::update.
class EditSupporterCommand final : public EditCommand<Supporter>
{
public:
    EditSupporterCommand(VaultSession& session, Supporter before, Supporter after, UndoReporter reporter);

private:
    Result<void> store(const Supporter& supporter) override;
};

// A status and pause date, as setStatus() and pauseUntil() store them.
struct SupporterStatusState
{
    QString status;
    QDate pausedUntil; // invalid: not paused by date

    bool operator==(const SupporterStatusState&) const = default;
};

// A change of a supporter's status or pause (activate, pause until a date, resume, retire). Consecutive changes
// of the same field of one supporter are one step (nominated, then in training, then active; or a pause moved to
// another date): undoing goes back to before the first. A pause and a status change stay two steps.
class SupporterStatusCommand final : public EditCommand<SupporterStatusState>
{
public:
    SupporterStatusCommand(VaultSession& session, qint64 supporterId, SupporterStatusState before,
                           SupporterStatusState after, UndoReporter reporter);

    // Moves a supporter to a state with the service calls it needs (status first, then the pause date).
    static Result<void> applyState(VaultSession& session, qint64 supporterId, const SupporterStatusState& state,
                                   bool liveMatchesConfirmed = false);

private:
    Result<void> store(const SupporterStatusState& state) override;
    QString changedField(const SupporterStatusState& before, const SupporterStatusState& after) const override;
};

} // namespace peerdesk
