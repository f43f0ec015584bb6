#include "ui/IdleLockMonitor.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <ctime>

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
    : IdleLockMonitor(timeout, &IdleLockMonitor::bootClock, parent)
{
}

IdleLockMonitor::IdleLockMonitor(std::chrono::milliseconds timeout, RealClock clock, QObject* parent)
    : QObject(parent), m_timeout(timeout), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockMonitor::check);
}

IdleLockMonitor::~IdleLockMonitor()
{
    stop();
}

std::chrono::milliseconds IdleLockMonitor::bootClock()
{
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        clock_gettime(CLOCK_MONOTONIC, &now);
    return std::chrono::seconds(now.tv_sec)
        + std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::nanoseconds(now.tv_nsec));
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
    m_lastActivity = m_clock();
    m_timer.start(std::min(m_timeout, CheckInterval));
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
        m_lastActivity = m_clock();
    return QObject::eventFilter(watched, event);
}

void IdleLockMonitor::check()
{
    if (!m_running)
        return;
    const auto remaining = m_timeout - (m_clock() - m_lastActivity);
    if (remaining.count() > 0) {
        m_timer.start(std::min(remaining, CheckInterval));
        return;
    }
    stop();
    Q_EMIT idle();
}

} // namespace peerdesk
