#include "security/KeyringFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace peerdesk::keyring_file {

namespace {

// A keyring with a hundred users is a few tens of KiB; anything far larger is not ours.
constexpr qint64 MaximumSize = 4 * 1024 * 1024;

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Keyring)
};

} // namespace

// The rename is only durable once the directory entry is on disk too.
void syncDirectory(const QString& directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Result<Keyring> load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::Damaged,
                         Text::tr("keyring.json is missing from %1.").arg(QFileInfo(path).absolutePath()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaximumSize)
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json is damaged: it is far too large"));
    return Keyring::fromJson(file.readAll());
}

Result<void> save(const Keyring& keyring, const QString& path)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    // Unbuffered on purpose: with Qt's write buffer, a write that fails while QSaveFile flushes at commit()
    // (EFBIG, ENOSPC) is not noticed and the truncated temporary file replaces the good keyring.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = keyring.toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         Text::tr("Cannot write %1: %2. The previous keyring is unchanged.").arg(path, reason));
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

} // namespace peerdesk::keyring_file
