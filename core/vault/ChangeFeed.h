#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/ServerConnection.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>

#include <memory>
#include <optional>

namespace peerdesk {
class Database;

// Other people's changes to a program server, as they commit (docs/server.md, "Live changes"). The server's triggers
// announce every committed change to what the window shows on the channel peerdesk_changes as "<table>:<id>" (the id
// empty for a table without one); this listens on a connection of its own, on the thread that opens it, whose event
// loop delivers the announcements (Qt's PostgreSQL driver watches the connection's socket). Nothing in an
// announcement identifies anyone: every login of the database may listen.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr auto Channel = "peerdesk_changes";

    // A connection as the person, with their database password (VaultSession::listenForChanges).
    static Result<std::unique_ptr<ChangeFeed>> open(const ServerConnection& connection, const SecureBuffer& password);
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

private:
    explicit ChangeFeed(std::unique_ptr<Database> database);
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    std::unique_ptr<Database> m_database;
};

} // namespace peerdesk
