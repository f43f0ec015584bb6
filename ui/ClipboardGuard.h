#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QWidget;

namespace peerdesk {

// Puts sensitive text (an introduction with a physician's contact details) on the clipboard and takes it off
// again: after a delay, and when the guard is destroyed (locking destroys the main window and everything
// parented to it). It clears the clipboard only while it still holds our text, so what the user copied
// elsewhere in the meantime is left alone. Only a hash of the text is kept for that comparison.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QObject* parent);
    ~ClipboardGuard() override;

    // The guard of a window: a child of `widget`'s top-level window (created on first use), so it outlives the
    // dialogs that use it and dies with the window. For a dialog, pass the dialog's parent.
    static ClipboardGuard* forWindow(QWidget* widget);

    // Copies text and clears it after `seconds` (replacing any earlier copy and its countdown).
    void copy(const QString& text, int seconds);
    // Tests: clear after this many milliseconds instead of the seconds given to copy(); 0 restores seconds.
    void setDelayOverrideForTests(int milliseconds) { m_overrideMs = milliseconds; }

    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    // The countdown ended: the clipboard was emptied (wasOurs) or already held something else.
    void finished(bool wasOurs);

private:
    bool clipboardHoldsOurText() const;
    bool clearIfOurs();

    QTimer m_timer;
    QByteArray m_hash;
    int m_overrideMs = 0;
};

} // namespace peerdesk
