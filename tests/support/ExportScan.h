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

// Where a marker sits in plaintext under a folder: in a file's name, or in its bytes as plainBytesForScan sees
// them (iCalendar's folded lines joined) as UTF-8, UTF-16LE or UTF-16BE, ignoring ASCII case (names also feed
// lower-case email addresses). One finding per file and form, "relative/path (form)". An XLSX or PDF that cannot
// be unpacked is a finding too: it could not be checked. `marker` should be ASCII letters.
QStringList markerFindings(const QString& directory, const QString& marker);

// The entry names of a ZIP file (`unzip -Z1`), and one entry's bytes (`unzip -p`).
QStringList zipEntryNames(const QString& path);
QByteArray zipEntry(const QString& path, const QString& entry);

} // namespace peerdesk::test
