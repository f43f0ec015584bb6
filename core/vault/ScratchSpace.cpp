#include "core/vault/ScratchSpace.h"

#include "core/vault/SafeRemoval.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace peerdesk {

namespace {

constexpr auto LockName = "in-use.lock";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Backup)
};

} // namespace

QString ScratchFolder::root()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("scratch"));
}

ScratchFolder::ScratchFolder(QString root, QString name)
    : m_root(std::move(root)), m_name(std::move(name)), m_path(QDir(m_root).filePath(m_name))
{
}

Result<std::unique_ptr<ScratchFolder>> ScratchFolder::make()
{
    removeAbandoned();
    const QString base = root();
    if (!QDir().mkpath(base))
        return makeError(ErrorCode::Io, Text::tr("Cannot create the private folder %1.").arg(base));
    QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QTemporaryDir made(QDir(base).filePath(QStringLiteral("XXXXXXXX")));
    if (!made.isValid())
        return makeError(ErrorCode::Io, Text::tr("Cannot create a folder in %1.").arg(base));
    made.setAutoRemove(false);
    std::unique_ptr<ScratchFolder> folder(new ScratchFolder(base, QFileInfo(made.path()).fileName()));
    folder->m_lock = std::make_unique<QLockFile>(QDir(folder->m_path).filePath(QLatin1String(LockName)));
    folder->m_lock->setStaleLockTime(0);
    if (!folder->m_lock->tryLock(0))
        return makeError(ErrorCode::Io, Text::tr("Cannot lock the private folder %1.").arg(folder->m_path));
    return folder;
}

ScratchFolder::~ScratchFolder()
{
    if (m_lock)
        m_lock->unlock();
    safe_removal::removeTree(m_root, m_name);
}

void ScratchFolder::removeAbandoned()
{
    const QString base = root();
    const QDir dir(base);
    if (!dir.exists())
        return;
    for (const QString& name : dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System)) {
        if (!safe_removal::isOwnFolder(base, name))
            continue;
        const QString lockPath = QDir(dir.filePath(name)).filePath(QLatin1String(LockName));
        if (QFileInfo::exists(lockPath)) {
            QLockFile lock(lockPath);
            lock.setStaleLockTime(0); // a long verify's lock is not stale: only a dead owner's is
            if (!lock.tryLock(0))
                continue;
            lock.unlock();
        } else if (QFileInfo(dir.filePath(name)).lastModified().secsTo(QDateTime::currentDateTime()) < 60) {
            continue; // made a moment ago; its owner is about to lock it
        }
        safe_removal::removeTree(base, name);
    }
}

} // namespace peerdesk
