#include "core/vault/ChangeFeed.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

} // namespace

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::open(const ServerConnection& connection, const SecureBuffer& password)
{
    auto database = Database::openServer(connection, password);
    if (!database)
        return database.error();
    QSqlDriver* driver = (*database)->connection().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications) || !driver->subscribeToNotification(QLatin1String(Channel)))
        return makeError(
            ErrorCode::Io,
            Text::tr("The program server %1 cannot announce changes to this connection.").arg(connection.label()));
    return std::unique_ptr<ChangeFeed>(new ChangeFeed(std::move(*database)));
}

ChangeFeed::ChangeFeed(std::unique_ptr<Database> database) : m_database(std::move(database))
{
    connect(m_database->connection().driver(), &QSqlDriver::notification, this, &ChangeFeed::onNotification);
}

ChangeFeed::~ChangeFeed()
{
    if (QSqlDriver* driver = m_database->connection().driver())
        driver->unsubscribeFromNotification(QLatin1String(Channel));
    m_database->close();
}

std::optional<ChangeFeed::Change> ChangeFeed::parse(const QString& payload)
{
    static const QRegularExpression shape(QStringLiteral("^([a-z_]{1,63}):([0-9]{0,18})$"));
    const QRegularExpressionMatch match = shape.match(payload);
    if (!match.hasMatch())
        return std::nullopt;
    return Change{ match.captured(1), match.captured(2).isEmpty() ? 0 : match.captured(2).toLongLong() };
}

void ChangeFeed::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != QLatin1String(Channel))
        return;
    if (const auto change = parse(payload.toString()))
        Q_EMIT changed(change->table, change->id);
}

} // namespace peerdesk
