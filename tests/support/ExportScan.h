#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace peerdesk::test {

// The bytes of an exported file as a scan for personal data must see them: a ZIP container (XLSX) is
// unpacked with the system's `unzip` and its entries concatenated; a PDF is its raw bytes (metadata) followed by
// its text as `pdftotext` extracts it (streams are compressed); any other file is read as it is.
// Empty when the file cannot be read.
QByteArray plainBytesForScan(const QString& path);

// A PDF's text (`pdftotext`, UTF-8), NFKC-normalised so ligatures read as their letters; empty on failure.
QByteArray pdfText(const QString& path);

// The entry names of a ZIP file (`unzip -Z1`), and one entry's bytes (`unzip -p`).
QStringList zipEntryNames(const QString& path);
QByteArray zipEntry(const QString& path, const QString& entry);

} // namespace peerdesk::test
