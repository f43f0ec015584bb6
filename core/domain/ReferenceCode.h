#pragma once

#include <QString>

namespace peerdesk {

// The codes staff use to talk about an item without naming anyone: on screen, in calendar titles, in the
// hand-off's subject line. Letters keep a request and a conversation with the same number apart.
inline QString requestReference(qint64 id)
{
    return QStringLiteral("R-%1").arg(id);
}

inline QString conversationReference(qint64 id)
{
    return QStringLiteral("C-%1").arg(id);
}

} // namespace peerdesk
