#include "core/vault/SafeRemoval.h"

#include <QFile>
#include <QStringList>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace peerdesk::safe_removal {

namespace {

// A folder descriptor that closes itself.
class Folder final
{
public:
    explicit Folder(int fd) : m_fd(fd) { }
    ~Folder()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    int fd() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

// parent/name as a folder, never through a link, and only when it is this user's.
int openOwnFolder(int parentFd, const char* name)
{
    const int fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat info;
    if (::fstat(fd, &info) != 0 || info.st_uid != ::geteuid()) {
        ::close(fd);
        return -1;
    }
    return fd;
}

QStringList namesIn(int folderFd)
{
    QStringList names;
    const int copy = ::dup(folderFd);
    if (copy < 0)
        return names;
    DIR* dir = ::fdopendir(copy);
    if (!dir) {
        ::close(copy);
        return names;
    }
    while (const dirent* entry = ::readdir(dir)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            names.append(name);
    }
    ::closedir(dir);
    return names;
}

bool removeContents(int folderFd, int depth)
{
    if (depth > 16)
        return false;
    bool removedAll = true;
    for (const QString& name : namesIn(folderFd)) {
        const QByteArray encoded = QFile::encodeName(name);
        struct stat info;
        if (::fstatat(folderFd, encoded.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            removedAll = false;
            continue;
        }
        if (S_ISDIR(info.st_mode)) {
            Folder child(openOwnFolder(folderFd, encoded.constData()));
            if (!child.valid() || !removeContents(child.fd(), depth + 1)
                || ::unlinkat(folderFd, encoded.constData(), AT_REMOVEDIR) != 0)
                removedAll = false;
        } else if (::unlinkat(folderFd, encoded.constData(), 0) != 0) { // a link goes as a link
            removedAll = false;
        }
    }
    return removedAll;
}

} // namespace

bool removeTree(const QString& parent, const QString& name)
{
    Folder parentFolder(::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parentFolder.valid())
        return false;
    const QByteArray encoded = QFile::encodeName(name);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    Folder folder(openOwnFolder(parentFolder.fd(), encoded.constData()));
    if (!folder.valid())
        return false;
    if (!removeContents(folder.fd(), 0))
        return false;
    return ::unlinkat(parentFolder.fd(), encoded.constData(), AT_REMOVEDIR) == 0;
}

bool isOwnFolder(const QString& parent, const QString& name)
{
    Folder parentFolder(::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parentFolder.valid())
        return false;
    Folder folder(openOwnFolder(parentFolder.fd(), QFile::encodeName(name).constData()));
    return folder.valid();
}

QStringList entries(const QString& parent, const QString& name)
{
    Folder parentFolder(::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parentFolder.valid())
        return {};
    Folder folder(openOwnFolder(parentFolder.fd(), QFile::encodeName(name).constData()));
    return folder.valid() ? namesIn(folder.fd()) : QStringList();
}

bool isRegularFile(const QString& parent, const QString& name, const QString& entry)
{
    Folder parentFolder(::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parentFolder.valid())
        return false;
    Folder folder(openOwnFolder(parentFolder.fd(), QFile::encodeName(name).constData()));
    if (!folder.valid())
        return false;
    struct stat info;
    return ::fstatat(folder.fd(), QFile::encodeName(entry).constData(), &info, AT_SYMLINK_NOFOLLOW) == 0
        && S_ISREG(info.st_mode);
}

} // namespace peerdesk::safe_removal
