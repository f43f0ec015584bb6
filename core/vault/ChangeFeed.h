#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/ServerConnection.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <chrono>
#include <memory>
#include <optional>

namespace peerdesk {

namespace change_feed_detail {
class Listener;
}

// Other people's changes to a program server, as they commit (docs/server.md, "Live changes"). The server's triggers
// announce every committed change to what the window shows on the channel peerdesk_changes as "<table>:<id>" (the id
// empty for a table without one); this listens on a connection of its own, on a thread of its own (Qt's PostgreSQL
// driver watches that connection's socket there), so that a server that stops answering never holds up the caller's
// thread. Nothing in an announcement identifies anyone: every login of the database may listen.
//
// Every heartbeat the listener asks its connection for one row. When that fails (the server restarted, the network
// went, an operator ended the session) it says lost(), then tries to sign in again at each heartbeat and says
// listening() once it does: what changed in between was not announced, so whoever shows data reads it again then.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr auto Channel = "peerdesk_changes";
    static constexpr std::chrono::milliseconds DefaultHeartbeat{ 3000 };

    // A connection as the person, with their database password (VaultSession::listenForChanges). The first sign-in
    // is made before this returns: an error says why nothing will be announced.
    static Result<std::unique_ptr<ChangeFeed>> open(const ServerConnection& connection, const SecureBuffer& password,
                                                    std::chrono::milliseconds heartbeat = DefaultHeartbeat);
    ~ChangeFeed() override;

    // A changed table name and row id, read from an announcement; nullopt for anything that is not one (a payload
    // anyone could send with NOTIFY).
    struct Change
    {
        QString table;
        qint64 id = 0; // 0: the table's rows have no id (settings)
    };
    static std::optional<Change> parse(const QString& payload);

Q_SIGNALS:
    void changed(const QString& table, qint64 id);
    // The connection was lost (reason in words, naming the server, never a login); it is tried again every heartbeat.
    void lost(const QString& reason);
    // Listening again after lost(): changes made in between were not announced.
    void listening();

private:
    ChangeFeed();

    QThread* m_thread = nullptr; // deletes itself once finished (a listener stuck on the network is not waited for)
    change_feed_detail::Listener* m_listener = nullptr; // lives on m_thread
};

} // namespace peerdesk
