#include "core/vault/VaultLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <unistd.h>
#endif

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

// The locks this process holds, by canonical folder: a second session of the same vault shares the first's.
QMutex registryMutex;
QHash<QString, std::weak_ptr<VaultLock>>& registry()
{
    static QHash<QString, std::weak_ptr<VaultLock>> locks;
    return locks;
}

// A process killed between creating peerdesk.lock and writing its id into it leaves an empty file. QLockFile
// judges a lock stale by its owner's process, which an empty file does not name, or by its age, which a vault
// lock must ignore: left alone, that file would lock the vault for good. It is abandoned when nobody holds the
// native lock QLockFile takes on it (a live owner takes it right after creating the file) and it is still empty a
// moment after it was made (a live owner writes its id microseconds after creating it). Returns whether it was
// removed.
bool removeAbandonedEmptyLock(const QString& path)
{
#ifdef Q_OS_UNIX
    constexpr qint64 SettleMs = 1000;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() != 0)
        return false;
    if (::flock(file.handle(), LOCK_EX | LOCK_NB) != 0)
        return false; // its owner is alive and about to write itself in
    const qint64 age = QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < SettleMs)
        QThread::msleep(static_cast<unsigned long>(SettleMs - age));
    if (file.size() != 0)
        return false;
    return ::unlink(QFile::encodeName(path).constData()) == 0; // still holding the native lock
#else
    Q_UNUSED(path) // not handled on Windows yet: remove the empty peerdesk.lock by hand
    return false;
#endif
}

} // namespace

struct VaultLock::Private
{
    QString key;
    QLockFile file;
    explicit Private(const QString& path) : file(path) { }
};

VaultLock::VaultLock(std::unique_ptr<Private> state) : d(std::move(state)) { }

VaultLock::~VaultLock()
{
    d->file.unlock();
    const QMutexLocker locker(&registryMutex);
    const auto found = registry().constFind(d->key);
    if (found != registry().cend() && found->expired())
        registry().remove(d->key);
}

Result<std::shared_ptr<VaultLock>> VaultLock::acquire(const QString& directory)
{
    const QFileInfo folder(directory);
    const QString key = folder.canonicalFilePath().isEmpty() ? folder.absoluteFilePath() : folder.canonicalFilePath();
    const QMutexLocker locker(&registryMutex);
    if (auto held = registry().value(key).lock())
        return held;
    const QString path = QDir(key).filePath(QLatin1String(FileName));
    auto d = std::make_unique<Private>(path);
    d->key = key;
    // Only a dead owner makes a lock stale, never its age: a window left open all day still holds it.
    d->file.setStaleLockTime(0);
    bool locked = d->file.tryLock(0);
    if (!locked && d->file.error() == QLockFile::LockFailedError && !d->file.getLockInfo(nullptr, nullptr, nullptr)
        && removeAbandonedEmptyLock(path))
        locked = d->file.tryLock(0);
    if (!locked) {
        if (d->file.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString program;
            d->file.getLockInfo(&pid, &host, &program);
            return makeError(ErrorCode::Io,
                             Text::tr("The vault in %1 is open in another PeerDesk (%2, process %3). Close it there "
                                      "first.")
                                 .arg(QDir::toNativeSeparators(key), program.isEmpty() ? host : program)
                                 .arg(pid));
        }
        return makeError(
            ErrorCode::Io,
            Text::tr("Cannot lock the vault in %1: its folder cannot be written.").arg(QDir::toNativeSeparators(key)));
    }
    // QLockFile removes a stale lock under a second one, peerdesk.lock.rmlock; a process killed in between leaves it
    // behind. Taking and releasing it the same way clears it when its owner is dead, and leaves a live one be.
    const QString removalLock = path + QStringLiteral(".rmlock");
    if (QFileInfo::exists(removalLock)) {
        QLockFile leftover(removalLock);
        if (leftover.tryLock(0))
            leftover.unlock();
    }
    std::shared_ptr<VaultLock> lock(new VaultLock(std::move(d)));
    registry().insert(key, lock);
    return lock;
}

} // namespace peerdesk
