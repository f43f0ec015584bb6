#include "core/security/KeyringFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
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

Result<QByteArray> readBytes(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json is missing from %1.").arg(info.absolutePath()));
    // Not through a link: the keyring PeerDesk writes is a file in the vault folder, and a link could make it read
    // (and later replace) a file elsewhere.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ELOOP)
            return makeError(ErrorCode::Damaged,
                             Text::tr("keyring.json in %1 is a symbolic link; PeerDesk keeps its files in the vault "
                                      "folder itself. Replace the link with the file it points to.")
                                 .arg(info.absolutePath()));
        return makeError(ErrorCode::Io,
                         Text::tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > MaximumSize)
        return makeError(ErrorCode::Damaged, Text::tr("keyring.json is damaged: it is far too large"));
    return file.readAll();
}

Result<Keyring> load(const QString& path)
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return Keyring::fromJson(*bytes);
}

Result<void> save(const Keyring& keyring, const QString& path)
{
    return saveBytes(keyring.toJson(), path);
}

Result<void> saveBytes(const QByteArray& json, const QString& path)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    // Unbuffered on purpose: with Qt's write buffer, a write that fails while QSaveFile flushes at commit()
    // (EFBIG, ENOSPC) is not noticed and the truncated temporary file replaces the good keyring.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(json) != json.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io,
                         Text::tr("Cannot write %1: %2. The previous keyring is unchanged.").arg(path, reason));
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

void removeLeftoverTemporaries(const QString& path)
{
    const QFileInfo keyring(path);
    // QSaveFile's temporary is QTemporaryFile's "<name>.XXXXXX".
    const QRegularExpression temporaryName(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(keyring.fileName()) + QStringLiteral("\\.[A-Za-z0-9]{6}")));
    QDir directory = keyring.absoluteDir();
    const QStringList names = directory.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        if (temporaryName.match(name).hasMatch())
            directory.remove(name);
    }
}

} // namespace peerdesk::keyring_file
