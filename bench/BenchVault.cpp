#include "BenchVault.h"

#include "core/security/SecureBuffer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>
#include <sys/resource.h>

namespace peerdesk::bench {

UnlockedKey unwrapBenchVault(const QString& directory, const QString& passphraseFile)
{
    QFile file(passphraseFile);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + passphraseFile.toStdString());
    QByteArray line = file.readLine().trimmed();
    SecureBuffer passphrase = SecureBuffer::copyOf(line.constData(), std::size_t(line.size()));
    line.fill('\0');
    auto key = vault::unwrapWithPassphrase(directory, QStringLiteral("admin"), passphrase);
    if (!key)
        throw std::runtime_error(key.error().message.toStdString());
    return std::move(*key);
}

std::unique_ptr<VaultSession> openBenchVault(const QString& directory, const QString& passphraseFile,
                                             const Clock& clock)
{
    auto session = vault::open(unwrapBenchVault(directory, passphraseFile), clock);
    if (!session)
        throw std::runtime_error(session.error().message.toStdString());
    return std::move(*session);
}

QString copyBenchVault(const QString& from, const QString& target)
{
    if (target.isEmpty() || !QDir().mkpath(target))
        throw std::runtime_error("cannot make the folder for a copy of the benchmark vault");
    QDirIterator files(from, QDir::Files);
    while (files.hasNext()) {
        const QString file = files.next();
        if (!QFile::copy(file, QDir(target).filePath(QFileInfo(file).fileName())))
            throw std::runtime_error("cannot copy the benchmark vault " + from.toStdString());
    }
    return target;
}

UnlockedKey copyOf(const UnlockedKey& key)
{
    UnlockedKey copy;
    copy.directory = key.directory;
    copy.login = key.login;
    copy.slotId = key.slotId;
    copy.recovered = key.recovered;
    copy.keyring = key.keyring;
    copy.keyringBytes = key.keyringBytes;
    copy.secrets = key.secrets.copy();
    copy.keys = key.keys.copy();
    return copy;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace peerdesk::bench
