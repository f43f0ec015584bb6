#include "core/io/SecretInput.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <poll.h>
#include <sodium.h>
#include <sys/stat.h>
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

// The signals that end or stop a program from its terminal. While a passphrase is typed they are blocked except
// inside the wait for a key (ppoll with the program's own mask, atomically), so none slips in between a check and
// the wait; one that comes is noted, the terminal's echo is restored, and the signal is raised again with the
// program's own disposition: Ctrl+C never leaves the shell without echo.
constexpr int CaughtSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU };

volatile sig_atomic_t pendingSignal = 0;

void noteSignal(int signal)
{
    pendingSignal = signal;
}

// Echo off (but the newline shown) for as long as it lives, on the terminal tty; restored on every way out.
class SilentTerminal final
{
    Q_DISABLE_COPY_MOVE(SilentTerminal)

public:
    explicit SilentTerminal(int tty) : m_tty(tty)
    {
        pendingSignal = 0;
        sigset_t caught;
        sigemptyset(&caught);
        for (const int signal : CaughtSignals)
            sigaddset(&caught, signal);
        sigprocmask(SIG_BLOCK, &caught, &m_waitMask);
        struct sigaction catcher
        {
        };
        catcher.sa_handler = noteSignal;
        sigemptyset(&catcher.sa_mask);
        for (std::size_t i = 0; i < std::size(CaughtSignals); ++i) {
            sigaction(CaughtSignals[i], &catcher, &m_previous[i]);
            // A signal the program was told to ignore (nohup, a background job) stays ignored.
            if (m_previous[i].sa_handler == SIG_IGN)
                sigaction(CaughtSignals[i], &m_previous[i], nullptr);
        }
        m_isTerminal = tcgetattr(m_tty, &m_original) == 0;
        silence();
    }
    ~SilentTerminal()
    {
        restore();
        for (std::size_t i = 0; i < std::size(CaughtSignals); ++i)
            sigaction(CaughtSignals[i], &m_previous[i], nullptr);
        const int signal = pendingSignal;
        pendingSignal = 0;
        sigprocmask(SIG_SETMASK, &m_waitMask, nullptr); // whatever is still pending arrives now, as the program
        if (signal != 0) // would have had it
            ::raise(signal);
    }

    // Waits for a key: true when one can be read, false when a signal came (it is then pending()).
    bool waitForKey()
    {
        pollfd fd{ m_tty, POLLIN, 0 };
        const int ready = ::ppoll(&fd, 1, nullptr, &m_waitMask);
        return ready > 0 || (ready < 0 && errno != EINTR);
    }
    bool interrupted() const { return pendingSignal != 0; }

    // Restores the terminal and delivers the pending signal with the program's own disposition. A signal that ends
    // the program does not return; after a stop (and a continue), or an ignored signal, the echo is off again.
    void resumeAfterSignal()
    {
        const int signal = pendingSignal;
        pendingSignal = 0;
        restore();
        const std::size_t index = static_cast<std::size_t>(
            std::find(std::begin(CaughtSignals), std::end(CaughtSignals), signal) - std::begin(CaughtSignals));
        struct sigaction mine
        {
        };
        sigaction(signal, &m_previous[index], &mine);
        sigset_t only;
        sigemptyset(&only);
        sigaddset(&only, signal);
        ::raise(signal); // pending while blocked: delivered as it is unblocked
        sigprocmask(SIG_UNBLOCK, &only, nullptr);
        sigprocmask(SIG_BLOCK, &only, nullptr);
        sigaction(signal, &mine, nullptr);
        silence();
    }

private:
    void silence()
    {
        if (!m_isTerminal)
            return;
        struct termios silent = m_original;
        silent.c_lflag &= static_cast<tcflag_t>(~ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(m_tty, TCSAFLUSH, &silent);
    }
    void restore()
    {
        if (m_isTerminal)
            tcsetattr(m_tty, TCSAFLUSH, &m_original);
    }

    int m_tty;
    bool m_isTerminal = false;
    sigset_t m_waitMask{}; // the program's own mask, in force while waiting for a key
    struct termios m_original
    {
    };
    struct sigaction m_previous[std::size(CaughtSignals)]{};
};

} // namespace

Result<SecureBuffer> readFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::InvalidInput, Text::tr("Cannot open the passphrase file %1.").arg(path));
    // As ssh does for keys: a passphrase that other users of this computer can read is no longer a secret.
    struct stat info;
    if (::fstat(fd, &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        ::close(fd);
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The passphrase file %1 can be read or changed by other users of this computer. "
                                  "Make it yours alone (chmod 600) and change the passphrase if others may have read "
                                  "it.")
                             .arg(path));
    }
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
    const QByteArray promptBytes = prompt.toLocal8Bit();
    SecureBuffer buffer(MaximumBytes + 1);
    std::size_t length = 0;
    bool failed = false;
    {
        SilentTerminal silent(tty);
        (void)!::write(tty, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));
        while (length <= MaximumBytes) {
            if (!silent.waitForKey()) {
                // A signal that stops or ends the program: the terminal gets its echo back first; after a stop
                // (Ctrl+Z, then fg) the prompt starts over.
                if (silent.interrupted()) {
                    sodium_memzero(buffer.data(), length);
                    length = 0;
                    silent.resumeAfterSignal();
                    (void)!::write(tty, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));
                }
                continue;
            }
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
    }
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
