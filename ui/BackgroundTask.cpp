#include "BackgroundTask.h"

namespace peerdesk::ui {

QProgressDialog* createBusyDialog(QWidget* parent, const QString& label)
{
    auto* progress = new QProgressDialog(label, QString(), 0, 0, parent);
    progress->setObjectName(QStringLiteral("busyDialog"));
    progress->setWindowTitle(QStringLiteral("PeerDesk"));
    progress->setAccessibleName(label);
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(ProgressDelayMs);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    return progress;
}

} // namespace peerdesk::ui
