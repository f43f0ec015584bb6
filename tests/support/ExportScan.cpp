#include "ExportScan.h"

#include <QFile>
#include <QProcess>

namespace peerdesk::test {

namespace {

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

QByteArray unzip(const QStringList& arguments)
{
    return run(QStringLiteral("unzip"), arguments);
}

} // namespace

QByteArray plainBytesForScan(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("PK\x03\x04"))
        return unzip({ QStringLiteral("-p"), path });
    if (bytes.startsWith("%PDF-")) {
        const QByteArray text = pdfText(path);
        return text.isEmpty() ? QByteArray() : bytes + text;
    }
    return bytes;
}

QByteArray pdfText(const QString& path)
{
    const QByteArray text = run(QStringLiteral("pdftotext"),
                                { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    // Ligatures ("ﬁ") come out as their own characters: NFKC turns them back into letters, so "Griffin" is found.
    return QString::fromUtf8(text).normalized(QString::NormalizationForm_KC).toUtf8();
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
