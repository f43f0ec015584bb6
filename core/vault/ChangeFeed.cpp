#include "core/vault/ChangeFeed.h"

#include "core/storage/Database.h"
#include "core/vault/ChangeFeedListener.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

} // namespace

namespace change_feed_detail {

Listener::Listener(const ServerConnection& connection, const SecureBuffer& password,
                   std::chrono::milliseconds heartbeat)
    : m_connection(asListener(connection))
    , m_password(SecureBuffer::copyOf(password.data(), password.size()))
    , m_heartbeat(heartbeat)
{
}

Listener::~Listener() = default;

ServerConnection Listener::asListener(ServerConnection connection)
{
    connection.application = QStringLiteral("peerdesk-changes");
    return connection;
}

Result<void> Listener::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_heartbeat);
    connect(m_timer, &QTimer::timeout, this, &Listener::beat);
    auto connected = connectNow();
    m_timer->start();
    return connected;
}

void Listener::stop()
{
    delete m_timer;
    m_timer = nullptr;
    disconnectNow();
}

Result<void> Listener::connectNow()
{
    auto database = Database::openServer(m_connection, m_password);
    if (!database)
        return database.error();
    QSqlDriver* driver = (*database)->connection().driver();
    if (!driver->hasFeature(QSqlDriver::EventNotifications)
        || !driver->subscribeToNotification(QLatin1String(ChangeFeed::Channel)))
        return makeError(
            ErrorCode::Io,
            Text::tr("The program server %1 cannot announce changes to this connection.").arg(m_connection.label()));
    connect(driver, &QSqlDriver::notification, this, &Listener::onNotification);
    m_database = std::move(*database);
    return {};
}

void Listener::disconnectNow()
{
    if (!m_database)
        return;
    if (QSqlDriver* driver = m_database->connection().driver()) {
        disconnect(driver, nullptr, this, nullptr);
        driver->unsubscribeFromNotification(QLatin1String(ChangeFeed::Channel));
    }
    m_database->close();
    m_database.reset();
}

void Listener::beat()
{
    if (m_database) {
        if (m_database->exec(QStringLiteral("SELECT 1")))
            return;
        disconnectNow();
        Q_EMIT lost(Text::tr("The connection to the server %1 was lost; trying again.").arg(m_connection.label()));
    }
    if (connectNow())
        Q_EMIT listening();
}

void Listener::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != QLatin1String(ChangeFeed::Channel))
        return;
    if (const auto change = ChangeFeed::parse(payload.toString()))
        Q_EMIT changed(change->table, change->id);
}

} // namespace change_feed_detail

ChangeFeed::ChangeFeed() = default;

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::open(const ServerConnection& connection, const SecureBuffer& password,
                                                     std::chrono::milliseconds heartbeat)
{
    std::unique_ptr<ChangeFeed> feed(new ChangeFeed());
    feed->m_listener = new change_feed_detail::Listener(connection, password, heartbeat);
    feed->m_thread = new QThread();
    QObject::connect(feed->m_thread, &QThread::finished, feed->m_thread, &QObject::deleteLater);
    feed->m_listener->moveToThread(feed->m_thread);
    // Signal to signal: each arrives on the thread of whoever connected to the feed.
    connect(feed->m_listener, &change_feed_detail::Listener::changed, feed.get(), &ChangeFeed::changed);
    connect(feed->m_listener, &change_feed_detail::Listener::lost, feed.get(), &ChangeFeed::lost);
    connect(feed->m_listener, &change_feed_detail::Listener::listening, feed.get(), &ChangeFeed::listening);
    feed->m_thread->setObjectName(QStringLiteral("peerdesk-changes"));
    feed->m_thread->start();
    Result<void> started;
    QMetaObject::invokeMethod(
        feed->m_listener, [&] { started = feed->m_listener->start(); }, Qt::BlockingQueuedConnection);
    if (!started)
        return started.error();
    return feed;
}

ChangeFeed::~ChangeFeed()
{
    // The listener stops and is deleted on its own thread, which then ends and deletes itself. Waited for briefly, so
    // that a feed closed normally is gone when this returns; a listener held up by the network (a connect timing
    // out) finishes on its own, with nothing left to tell anyone (its signals' receiver is gone).
    change_feed_detail::Listener* listener = m_listener;
    QThread* thread = m_thread;
    QMetaObject::invokeMethod(listener, [listener, thread] {
        listener->stop();
        delete listener;
        thread->quit();
    });
    thread->wait(QDeadlineTimer(2000));
}

std::optional<ChangeFeed::Change> ChangeFeed::parse(const QString& payload)
{
    static const QRegularExpression shape(QStringLiteral("^([a-z_]{1,63}):([0-9]{0,18})$"));
    const QRegularExpressionMatch match = shape.match(payload);
    if (!match.hasMatch())
        return std::nullopt;
    return Change{ match.captured(1), match.captured(2).isEmpty() ? 0 : match.captured(2).toLongLong() };
}

} // namespace peerdesk
