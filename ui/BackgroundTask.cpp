#include "ui/BackgroundTask.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>

namespace peerdesk::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::BackgroundTask)
};

// The work holds a write transaction until it ends: the dialog stays until then, whatever the user presses
// (Escape and the title bar's close button would otherwise hide it and lift the modality).
class BusyDialog final : public QProgressDialog
{
public:
    BusyDialog(const QString& label, QWidget* parent) : QProgressDialog(label, QString(), 0, 0, parent) { }

    void reject() override { }

protected:
    void closeEvent(QCloseEvent* event) override { event->ignore(); }
};

} // namespace

QProgressDialog* createBusyDialog(QWidget* parent, const QString& label)
{
    auto* progress = new BusyDialog(label, parent);
    progress->setObjectName(QStringLiteral("busyDialog"));
    progress->setWindowTitle(Text::tr("PeerDesk is working"));
    progress->setAccessibleName(label);
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(ProgressDelayMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    // Ctrl+L must work while the work runs too: the main window's lock action, when there is one.
    if (parent && parent->window()) {
        if (auto* lock = parent->window()->findChild<QAction*>(QStringLiteral("lockAction")))
            progress->addAction(lock);
    }
    progress->setValue(0);
    return progress;
}

} // namespace peerdesk::ui
