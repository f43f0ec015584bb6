#pragma once

#include "core/Result.h"
#include "core/vault/VaultSession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace peerdesk::ui {

// The delay before a progress dialog appears: shorter work finishes without any flicker.
constexpr int ProgressDelayMs = 200;

// Shows a busy progress dialog over parent after ProgressDelayMs, window-modal so that nothing else changes
// the vault meanwhile, and without a Cancel button: the work runs in one transaction and either completes or
// changes nothing, or (a program server's change of the identity key) in steps each of which leaves every record
// readable, which the next run finishes. Deleted with the returned object's owner.
QProgressDialog* createBusyDialog(QWidget* parent, const QString& label);

// Runs work on a worker thread of the global pool with its own connection to the vault
// (VaultSession::openWorkerSession), so the window keeps painting and answering while it runs. done is called
// on the GUI thread with the result, unless parent was destroyed meanwhile (the vault was locked): the work
// still completes or rolls back on its own connection, and its copy of the key is wiped when it ends.
template <typename T>
void runInBackground(QWidget* parent, VaultSession& session, const QString& label,
                     std::function<Result<T>(VaultSession&)> work, std::function<void(Result<T>)> done)
{
    // std::function needs a copyable capture; the ticket itself (and its key) is moved exactly once.
    auto ticket = std::make_shared<WorkerTicket>(session.workerTicket());
    auto* watcher = new QFutureWatcher<Result<T>>(parent);
    QPointer<QProgressDialog> progress = createBusyDialog(parent, label);
    QObject::connect(watcher, &QFutureWatcherBase::finished, parent, [watcher, progress, done] {
        if (progress)
            progress->deleteLater();
        Result<T> result = watcher->result();
        watcher->deleteLater();
        done(std::move(result));
    });
    watcher->setFuture(QtConcurrent::run([ticket, work = std::move(work)]() -> Result<T> {
        auto worker = vault::openWorker(std::move(*ticket));
        if (!worker)
            return worker.error();
        Result<T> result = work(**worker);
        (*worker)->close();
        return result;
    }));
}

} // namespace peerdesk::ui
