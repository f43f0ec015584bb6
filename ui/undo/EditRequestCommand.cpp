#include "ui/undo/EditRequestCommand.h"

#include "core/domain/ReferenceCode.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::EditRequestCommand)
};

} // namespace

EditRequestCommand::EditRequestCommand(VaultSession& session, qint64 id, RequestStatus status, RequestEdit before,
                                       RequestEdit after, UndoReporter reporter)
    : EditCommand(UndoKind::RequestEdit, session, id, std::move(before), std::move(after), std::move(reporter))
    , m_status(status)
{
    // The reference only: the Edit menu must not show a name.
    setText(Text::tr("edit of request %1").arg(requestReference(id)));
}

Result<void> EditRequestCommand::store(const RequestEdit& edit)
{
    return RequestService(session()).update(itemId(), edit, m_status);
}

} // namespace peerdesk
