#pragma once

#include <QDBusConnection>
#include <QObject>

namespace peerdesk {

// Tells PeerDesk to lock when the computer is about to sleep or the desktop locks its screen, as KeePassXC does:
// a laptop closed, or a workstation locked with Super+L, must not leave the vault open behind the lock screen.
// It listens on D-Bus for
//   - logind's PrepareForSleep(true) (system bus: suspend and hibernate),
//   - logind's Lock on this program's login session (system bus: `loginctl lock-session`, most lock keys),
//   - ActiveChanged(true) of org.freedesktop.ScreenSaver and org.gnome.ScreenSaver (session bus: the screen
//     locker of KDE, GNOME, Xfce, Cinnamon and MATE).
// and, after a resume, asks the idle monitor to look again (resumed()). Where there is no bus (a bare X
// session, a test), it does nothing; the idle lock still works.
class DesktopLockWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopLockWatcher)

public:
    // The desktop's own session and system buses.
    explicit DesktopLockWatcher(QObject* parent = nullptr);
    DesktopLockWatcher(QDBusConnection sessionBus, QDBusConnection systemBus, QObject* parent = nullptr);

    // How many of the signals above it listens to (0 without a bus).
    int listening() const { return m_listening; }

Q_SIGNALS:
    void lockRequested();
    void resumed();

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();

private:
    void listenToLoginSession();

    QDBusConnection m_sessionBus;
    QDBusConnection m_systemBus;
    int m_listening = 0;
};

} // namespace peerdesk
