#pragma once

#include <QObject>

namespace peerdesk {

// Others' changes on a program server, for what lives outside the pages: the main window says arrived() each time
// it has read the page on screen again after colleagues' changes (or after listening again following a lost
// connection). A dialog that shows what others change (the match dialog's candidates) reads it again then, keeping
// what the person chose; nothing a person types is touched. Never emitted on a local vault.
class LiveChanges final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void arrived();
};

} // namespace peerdesk
