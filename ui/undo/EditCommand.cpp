#include "ui/undo/EditCommand.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::EditCommand)
};

} // namespace

QString undoRefusal(const Error& error)
{
    return Text::tr("This change could not be undone or redone: %1").arg(error.message);
}

} // namespace peerdesk
