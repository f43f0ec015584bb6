#pragma once

#include "core/Result.h"
#include "core/services/VersionCheck.h"

#include <QString>
#include <QUndoCommand>

#include <concepts>
#include <functional>
#include <optional>
#include <utility>

namespace peerdesk {

class VaultSession;

// Tells the page what a step of the undo stack did to an item: an empty error after a change (the page reloads
// and selects the item), or a translated message saying why the service refused (the command has then left
// the stack).
using UndoReporter = std::function<void(qint64 id, const QString& error)>;

// The kinds of command on the Edit menu's undo stack, as QUndoCommand::id(): QUndoStack offers a command to the
// one before it (mergeWith()) only when both have the same id, so one kind never merges into another.
enum class UndoKind
{
    RequestEdit = 1,
    SupporterEdit,
    SupporterStatus,
    GroupEdit,
    GroupEndOrReopen,
    Settings,
};

// What a refused undo or redo says, the same for every kind of command.
QString undoRefusal(const Error& error);

// The record a kind of command changes, whose version its steps check; none for the program's settings.
std::optional<VersionedRecord> undoRecord(UndoKind kind);

// The version the undo stack's last step left a record at (read after each step): what the next step of any command
// on that record expects, so that undoing a pause and then the status change before it is not mistaken for someone
// else's change. Forgotten when the session ends (keyed by the session object).
std::optional<qint64> versionLeftByUndo(const VaultSession& session, VersionedRecord record, qint64 id);
void noteVersionLeftByUndo(const VaultSession& session, VersionedRecord record, qint64 id,
                           std::optional<qint64> version);

// A change of one item's state on the Edit menu's undo stack (the model is Tiled's ChangeValue): the state before
// and after, stored through the same audited service call as the change itself (store()), so undo and redo are
// checked and audited like any edit. The rules, one for every kind:
// - The page pushes the command after the service stored the change (so a dialog could show a refusal in place):
//   the first redo(), which QUndoStack::push() calls, stores nothing and only reports success.
// - When the service refuses an undo or redo (the item moved on since: a request changed status, a supporter's
//   contact was purged, a group ended), the command reports why and leaves the stack (setObsolete()) rather than
//   pretend; the step cannot be replayed later either.
// - Consecutive commands of the same kind on the same item merge when they change the same field
//   (changedField()): the one step then goes from the first one's state before to the last one's state after,
//   and when that comes back to where it started the step leaves the stack. A form's save (a request, a
//   supporter or a group edited in its dialog) is a step of its own: it changes several fields at once, and a
//   user reviewing the form twice expects to undo each save. A single choice made again (a supporter's status,
//   the same settings saved again) is one step, as the same field typed twice.
// - A step applies only to the item as the stack's last step left it (its row version, VersionCheck.h): if anyone
//   changed the item since (a colleague on a program server, an action here that is not on the stack), undo and redo
//   are refused as "changed by someone else" and the command leaves the stack, instead of putting back an old state
//   over the newer one.
template <typename State> class EditCommand : public QUndoCommand
{
public:
    Q_DISABLE_COPY_MOVE(EditCommand)
    ~EditCommand() override = default;

    void undo() final { apply(m_before); }

    void redo() final
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            report({});
            return;
        }
        apply(m_after);
    }

    int id() const final { return static_cast<int>(m_kind); }

    bool mergeWith(const QUndoCommand* other) final
    {
        const auto* next = dynamic_cast<const EditCommand*>(other);
        if (!next || next->m_kind != m_kind || next->m_itemId != m_itemId)
            return false;
        const QString field = changedField(m_before, m_after);
        if (field.isEmpty() || field != next->changedField(next->m_before, next->m_after))
            return false;
        m_after = next->m_after;
        if constexpr (std::equality_comparable<State>) {
            if (m_after == m_before)
                setObsolete(true); // back where it started: nothing left to undo
        }
        return true;
    }

    qint64 itemId() const { return m_itemId; }

protected:
    EditCommand(UndoKind kind, VaultSession& session, qint64 itemId, State before, State after, UndoReporter reporter)
        : m_kind(kind)
        , m_session(session)
        , m_itemId(itemId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_reporter(std::move(reporter))
        , m_record(undoRecord(kind))
    {
        noteVersion(); // the change this command records was just stored
    }

    // Puts the item in this state through the service, as the change itself did.
    virtual Result<void> store(const State& state) = 0;

    // Names the field a step from before to after changes, for merging (see the class comment); empty, the
    // default: the step never merges.
    virtual QString changedField(const State& before, const State& after) const
    {
        Q_UNUSED(before)
        Q_UNUSED(after)
        return {};
    }

    VaultSession& session() const { return m_session; }

private:
    void apply(const State& state)
    {
        Result<void> stored;
        {
            std::optional<UnchangedSince> unchanged;
            if (m_record) {
                // Without a version noted (it could not be read), the step is checked by the service's rules only:
                // it expects the version there is now, never the stale one in its stored state.
                std::optional<qint64> version = versionLeftByUndo(m_session, *m_record, m_itemId);
                if (!version) {
                    if (auto now = currentVersion(m_session, *m_record, m_itemId))
                        version = *now;
                }
                if (version)
                    unchanged.emplace(m_session, *m_record, m_itemId, *version);
            }
            stored = store(state);
        }
        if (!stored) {
            setObsolete(true);
            report(undoRefusal(stored.error()));
            return;
        }
        noteVersion();
        report({});
    }

    // The item's version now, which the next step expects; none when it cannot be read (the step is then checked
    // by the service's rules only).
    void noteVersion()
    {
        if (!m_record)
            return;
        auto version = currentVersion(m_session, *m_record, m_itemId);
        noteVersionLeftByUndo(m_session, *m_record, m_itemId, version ? std::optional<qint64>(*version) : std::nullopt);
    }

    void report(const QString& error) const
    {
        if (m_reporter)
            m_reporter(m_itemId, error);
    }

    UndoKind m_kind;
    VaultSession& m_session;
    qint64 m_itemId;
    State m_before;
    State m_after;
    UndoReporter m_reporter;
    bool m_firstRedo = true; // pushed after the change was stored
    std::optional<VersionedRecord> m_record;
};

} // namespace peerdesk
