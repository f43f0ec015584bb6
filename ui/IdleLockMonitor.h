#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace peerdesk {

// Emits idle() once when the user has not touched the keyboard, mouse, wheel or screen of any PeerDesk
// window for timeout. It watches the whole application (an event filter on qApp), so typing in a dialog
// counts as activity too. The timeout is a parameter, not minutes, so tests can use milliseconds.
//
// Idle time is real time: a suspended laptop is idle while it sleeps. Qt's timers and QElapsedTimer count on a
// clock that stops during suspend, so the monitor reads the boot-time clock (CLOCK_BOOTTIME, which goes on) and
// looks at least every CheckInterval, which bounds how long after a resume an overdue lock can wait.
class IdleLockMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLockMonitor)

public:
    // Real time elapsed since some fixed point; the default counts suspend. Tests give a fake one.
    using RealClock = std::function<std::chrono::milliseconds()>;
    static constexpr std::chrono::milliseconds CheckInterval{ 10'000 };

    explicit IdleLockMonitor(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    IdleLockMonitor(std::chrono::milliseconds timeout, RealClock clock, QObject* parent = nullptr);
    ~IdleLockMonitor() override;

    // Zero (or less) means never; takes effect at the next start().
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void start(); // counts from now; does nothing when the timeout is zero
    void stop();
    bool isRunning() const { return m_running; }

    // Emits idle() now if the timeout has passed (called on its own timer, and when the system resumes).
    void check();

    static std::chrono::milliseconds bootClock();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::chrono::milliseconds m_timeout;
    RealClock m_clock;
    QTimer m_timer;
    // Input only stamps the time; the timer re-arms itself for the remainder when it fires. That keeps the
    // filter cheap under a stream of mouse moves.
    std::chrono::milliseconds m_lastActivity{ 0 };
    bool m_running = false;
};

} // namespace peerdesk
