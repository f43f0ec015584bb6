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
                                       RequestEdit after, Report report)
    : m_session(session)
    , m_id(id)
    , m_status(status)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
    // The reference only: the Edit menu must not show a name.
    setText(Text::tr("edit of request %1").arg(requestReference(id)));
}

void EditRequestCommand::undo()
{
    store(m_before);
}

void EditRequestCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        if (m_report)
            m_report(m_id, QString());
        return;
    }
    store(m_after);
}

void EditRequestCommand::store(const RequestEdit& edit)
{
    auto stored = RequestService(m_session).update(m_id, edit, m_status);
    if (!stored)
        setObsolete(true); // nothing left to undo or redo: the request moved on
    if (m_report)
        m_report(m_id, stored ? QString() : stored.error().message);
}

} // namespace peerdesk
