#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace peerdesk {

// Emits idle() once when the user has not touched the keyboard, mouse, wheel or screen of any PeerDesk
// window for timeout. It watches the whole application (an event filter on qApp), so typing in a dialog
// counts as activity too. The timeout is a parameter, not minutes, so tests can use milliseconds.
class IdleLockMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLockMonitor)

public:
    explicit IdleLockMonitor(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleLockMonitor() override;

    // Zero (or less) means never; takes effect at the next start().
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void start(); // counts from now; does nothing when the timeout is zero
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTimer();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    // Input only stamps the time; the timer re-arms itself for the remainder when it fires. That keeps the
    // filter cheap under a stream of mouse moves.
    QElapsedTimer m_sinceActivity;
    bool m_running = false;
};

} // namespace peerdesk
