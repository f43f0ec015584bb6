#include "ExportScan.h"

#include <QFile>
#include <QProcess>

namespace peerdesk::test {

namespace {

QByteArray unzip(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

} // namespace

QByteArray plainBytesForScan(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("PK\x03\x04"))
        return bytes;
    return unzip({ QStringLiteral("-p"), path });
}

QStringList zipEntryNames(const QString& path)
{
    const QString listing = QString::fromUtf8(unzip({ QStringLiteral("-Z1"), path }));
    return listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray zipEntry(const QString& path, const QString& entry)
{
    return unzip({ QStringLiteral("-p"), path, entry });
}

} // namespace peerdesk::test
