#include "io/SecretInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace peerdesk::secret_input {

namespace {

// Passphrases are short; a large file is a mistake (e.g. the wrong file), not a passphrase.
constexpr std::size_t MaximumBytes = 4096;

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SecretInput)
};

void dropTrailingNewline(SecureBuffer& buffer, std::size_t& length)
{
    if (length > 0 && buffer.data()[length - 1] == '\n') {
        --length;
        if (length > 0 && buffer.data()[length - 1] == '\r')
            --length;
    }
    buffer.truncate(length);
}

Result<SecureBuffer> readAll(int fd, const QString& source)
{
    SecureBuffer buffer(MaximumBytes + 1);
    std::size_t length = 0;
    while (length <= MaximumBytes) {
        const ssize_t got = ::read(fd, buffer.data() + length, MaximumBytes + 1 - length);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return makeError(ErrorCode::Io, Text::tr("Cannot read the passphrase from %1.").arg(source));
        if (got == 0)
            break;
        length += static_cast<std::size_t>(got);
    }
    if (length > MaximumBytes)
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is too long to be a passphrase.").arg(source));
    dropTrailingNewline(buffer, length);
    if (buffer.isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase in %1 is empty.").arg(source));
    return buffer;
}

} // namespace

Result<SecureBuffer> readFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::InvalidInput, Text::tr("Cannot open the passphrase file %1.").arg(path));
    auto result = readAll(fd, path);
    ::close(fd);
    return result;
}

Result<SecureBuffer> readDescriptor(int fd)
{
    return readAll(fd, Text::tr("standard input"));
}

Result<SecureBuffer> promptOnTerminal(const QString& prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) {
        return makeError(ErrorCode::Usage,
                         Text::tr("No terminal to ask for the passphrase: use --passphrase-file FILE or "
                                  "--passphrase-stdin."));
    }
    struct termios original;
    const bool isTerminal = tcgetattr(tty, &original) == 0;
    if (isTerminal) {
        struct termios silent = original;
        silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(tty, TCSAFLUSH, &silent);
    }
    const QByteArray promptBytes = prompt.toLocal8Bit();
    (void)!::write(tty, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));

    SecureBuffer buffer(MaximumBytes + 1);
    std::size_t length = 0;
    bool failed = false;
    while (length <= MaximumBytes) {
        char c = 0;
        const ssize_t got = ::read(tty, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            failed = true;
            break;
        }
        if (got == 0 || c == '\n')
            break;
        buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (isTerminal)
        tcsetattr(tty, TCSAFLUSH, &original);
    ::close(tty);
    if (failed)
        return makeError(ErrorCode::Io, Text::tr("Cannot read the passphrase from the terminal."));
    if (length > MaximumBytes)
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase is too long."));
    buffer.truncate(length);
    if (buffer.isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase is empty."));
    return buffer;
}

} // namespace peerdesk::secret_input
