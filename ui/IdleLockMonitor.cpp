#include "IdleLockMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace peerdesk {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLockMonitor::IdleLockMonitor(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockMonitor::onTimer);
}

IdleLockMonitor::~IdleLockMonitor()
{
    stop();
}

void IdleLockMonitor::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void IdleLockMonitor::start()
{
    stop();
    if (m_timeout.count() <= 0)
        return;
    if (auto* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_running = true;
    m_sinceActivity.start();
    m_timer.start(m_timeout);
}

void IdleLockMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (auto* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool IdleLockMonitor::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running && isUserInput(event->type()))
        m_sinceActivity.restart();
    return QObject::eventFilter(watched, event);
}

void IdleLockMonitor::onTimer()
{
    if (!m_running)
        return;
    const auto remaining = m_timeout - std::chrono::milliseconds(m_sinceActivity.elapsed());
    if (remaining.count() > 0) {
        m_timer.start(remaining);
        return;
    }
    stop();
    Q_EMIT idle();
}

} // namespace peerdesk
