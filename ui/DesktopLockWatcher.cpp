#include "ui/DesktopLockWatcher.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <unistd.h>

namespace peerdesk {

namespace {

const auto Login1 = QStringLiteral("org.freedesktop.login1");
const auto Login1Path = QStringLiteral("/org/freedesktop/login1");
const auto Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const auto Login1Session = QStringLiteral("org.freedesktop.login1.Session");

struct ScreenSaver
{
    QString service;
    QString path;
};

} // namespace

DesktopLockWatcher::DesktopLockWatcher(QObject* parent)
    : DesktopLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent)
{
}

DesktopLockWatcher::DesktopLockWatcher(QDBusConnection sessionBus, QDBusConnection systemBus, QObject* parent)
    : QObject(parent), m_sessionBus(std::move(sessionBus)), m_systemBus(std::move(systemBus))
{
    if (m_systemBus.isConnected()) {
        if (m_systemBus.connect(Login1, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"), this,
                                SLOT(onPrepareForSleep(bool))))
            ++m_listening;
        listenToLoginSession();
    }
    if (m_sessionBus.isConnected()) {
        for (const ScreenSaver& saver :
             { ScreenSaver{ QStringLiteral("org.freedesktop.ScreenSaver"),
                            QStringLiteral("/org/freedesktop/ScreenSaver") },
               ScreenSaver{ QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver") } }) {
            if (m_sessionBus.connect(saver.service, saver.path, saver.service, QStringLiteral("ActiveChanged"), this,
                                     SLOT(onScreenSaverActiveChanged(bool))))
                ++m_listening;
        }
    }
}

// logind emits Lock on the session's own object, whose path it gives for our process id. Asked without waiting:
// a slow or absent logind never holds up the window.
void DesktopLockWatcher::listenToLoginSession()
{
    const QDBusMessage ask
        = QDBusMessage::createMethodCall(Login1, Login1Path, Login1Manager, QStringLiteral("GetSessionByPID"))
        << quint32(::getpid());
    auto* call = new QDBusPendingCallWatcher(m_systemBus.asyncCall(ask), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this, call] {
        call->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *call;
        if (reply.isError())
            return;
        if (m_systemBus.connect(Login1, reply.value().path(), Login1Session, QStringLiteral("Lock"), this,
                                SLOT(onSessionLock())))
            ++m_listening;
    });
}

void DesktopLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT lockRequested();
    else
        Q_EMIT resumed();
}

void DesktopLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested();
}

void DesktopLockWatcher::onSessionLock()
{
    Q_EMIT lockRequested();
}

} // namespace peerdesk
