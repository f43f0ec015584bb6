#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace peerdesk::test {

// The bytes of an exported file as a scan for personal data must see them: a ZIP container (XLSX) is
// unpacked with the system's `unzip` and its entries concatenated; any other file is read as it is.
// Empty when the file cannot be read.
QByteArray plainBytesForScan(const QString& path);

// The entry names of a ZIP file (`unzip -Z1`), and one entry's bytes (`unzip -p`).
QStringList zipEntryNames(const QString& path);
QByteArray zipEntry(const QString& path, const QString& entry);

} // namespace peerdesk::test
