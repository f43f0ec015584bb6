#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/ServerConnection.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

namespace peerdesk {
class Database;

namespace change_feed_detail {

// ChangeFeed's connection and heartbeat, on the feed's own thread: everything that can wait on the network waits
// there. Not for use outside ChangeFeed.cpp (a header only so that Qt's moc sees it).
class Listener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    Listener(const ServerConnection& connection, const SecureBuffer& password, std::chrono::milliseconds heartbeat);
    ~Listener() override;

    // The first sign-in, then a heartbeat whatever its result.
    Result<void> start();
    void stop();

Q_SIGNALS:
    void changed(const QString& table, qint64 id);
    void lost(const QString& reason);
    void listening();

private:
    static ServerConnection asListener(ServerConnection connection);
    Result<void> connectNow();
    void disconnectNow();
    void beat();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    ServerConnection m_connection;
    SecureBuffer m_password;
    std::chrono::milliseconds m_heartbeat;
    std::unique_ptr<Database> m_database;
    QTimer* m_timer = nullptr;
};

} // namespace change_feed_detail
} // namespace peerdesk
