#pragma once

#include "core/services/RequestService.h"
#include "ui/undo/EditCommand.h"

namespace peerdesk {

// An edit of an open request (its RequestEditorDialog). Stored through RequestService::update with the status
// the request had when it was edited, so an undo or redo is refused once the request changed status since.
class EditRequestCommand final : public EditCommand<RequestEdit>
{
public:
    EditRequestCommand(VaultSession& session, qint64 id, RequestStatus status, RequestEdit before, RequestEdit after,
                       UndoReporter reporter);

private:
    Result<void> store(const RequestEdit& edit) override;

    RequestStatus m_status;
};

} // namespace peerdesk
