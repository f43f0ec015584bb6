#pragma once

#include "core/services/RequestService.h"

#include <QUndoCommand>

#include <functional>

namespace peerdesk {

class VaultSession;

// An edit of an open request on the Edit menu's undo stack. Undo stores the old values through the same
// RequestService::update call (validated and audited like any edit); redo stores the new ones again. Both are
// refused once the request changed status since the edit: the command then reports why and leaves the stack.
class EditRequestCommand final : public QUndoCommand
{
public:
    // Called after every attempt: the request id and an error message (empty when it worked).
    using Report = std::function<void(qint64 id, const QString& error)>;

    // The edit was already stored by the dialog: the first redo() (from QUndoStack::push) only reports success.
    EditRequestCommand(VaultSession& session, qint64 id, RequestStatus status, RequestEdit before, RequestEdit after,
                       Report report);

    void undo() override;
    void redo() override;

private:
    void store(const RequestEdit& edit);

    VaultSession& m_session;
    qint64 m_id;
    RequestStatus m_status;
    RequestEdit m_before;
    RequestEdit m_after;
    Report m_report;
    bool m_stored = true;
};

} // namespace peerdesk
