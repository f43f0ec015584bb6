#include "ui/UiInit.h"

#include <QCoreApplication>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initialiseIconResources()
{
    Q_INIT_RESOURCE(icons);
    Q_INIT_RESOURCE(docs);
}

namespace peerdesk::ui {

void initialiseResources()
{
    static const bool done = [] {
        initialiseIconResources();
        return true;
    }();
    Q_UNUSED(done);
}

QString applicationIconPath()
{
    return QStringLiteral(":/icons/peerdesk.svg");
}

} // namespace peerdesk::ui
