#include "services/VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>

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
    auto d = std::make_unique<Private>(QDir(key).filePath(QLatin1String(FileName)));
    d->key = key;
    // Only a dead owner makes a lock stale, never its age: a window left open all day still holds it.
    d->file.setStaleLockTime(0);
    if (!d->file.tryLock(0)) {
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
    std::shared_ptr<VaultLock> lock(new VaultLock(std::move(d)));
    registry().insert(key, lock);
    return lock;
}

} // namespace peerdesk
