#include "ExportScan.h"

#include "FileSnapshot.h"

#include <QDir>
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

QByteArray asciiLower(QByteArray bytes)
{
    for (char& byte : bytes) {
        if (byte >= 'A' && byte <= 'Z')
            byte = char(byte - 'A' + 'a');
    }
    return bytes;
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

QStringList markerFindings(const QString& directory, const QString& marker)
{
    const QString lower = marker.toLower();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar ch : lower) {
        const char low = char(ch.unicode() & 0xff);
        const char high = char(ch.unicode() >> 8);
        utf16le.append(low).append(high);
        utf16be.append(high).append(low);
    }
    const std::pair<const char*, QByteArray> forms[]
        = { { "UTF-8", lower.toUtf8() }, { "UTF-16LE", utf16le }, { "UTF-16BE", utf16be } };

    QStringList findings;
    const QDir root(directory);
    const FileSnapshot snapshot = FileSnapshot::of(directory);
    for (auto it = snapshot.files().cbegin(); it != snapshot.files().cend(); ++it) {
        if (it.key().toLower().contains(lower))
            findings.append(it.key() + QStringLiteral(" (file name)"));
        QByteArray bytes = it.value();
        if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("%PDF-")) {
            bytes = plainBytesForScan(root.filePath(it.key()));
            if (bytes.isEmpty()) {
                findings.append(it.key() + QStringLiteral(" (cannot be unpacked for the scan)"));
                continue;
            }
        }
        // RFC 5545 folds lines longer than 75 octets anywhere, even inside a word.
        bytes = asciiLower(bytes).replace("\r\n ", "").replace("\r\n\t", "");
        for (const auto& [form, needle] : forms) {
            if (bytes.contains(needle))
                findings.append(it.key() + QStringLiteral(" (%1)").arg(QLatin1String(form)));
        }
    }
    return findings;
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
