#pragma once

#include <QString>

namespace peerdesk {

// Where a program's server vault is and whom to trust for it (server mode, docs/server.md): what a connection profile
// (peerdesk-server.json) holds, and nothing secret. The CA certificate is pinned: PeerDesk connects only over TLS, to
// a server whose certificate that CA signed for exactly this host name, with SCRAM channel binding, so a server that
// cannot prove it is the program's never sees a login.
struct ServerConnection
{
    QString host;
    int port = 5432;
    QString database;
    QString caCertificate; // path of the program's CA certificate (PEM)
    QString login; // the staff member's PostgreSQL role
    // What the server's operator sees in pg_stat_activity.application_name: "peerdesk", or "peerdesk-changes" for the
    // connection that listens for others' changes (ChangeFeed). A fixed word of this program's, never input.
    QString application = QStringLiteral("peerdesk");

    // "host:port/database", for messages: never a login or a path.
    QString label() const { return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database); }
};

} // namespace peerdesk
