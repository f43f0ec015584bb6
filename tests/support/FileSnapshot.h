#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace peerdesk::test {

// Every file under a folder with its exact bytes, to prove an operation changed nothing (or find a marker).
class FileSnapshot final
{
public:
    static FileSnapshot of(const QString& directory);

    bool operator==(const FileSnapshot& other) const { return m_files == other.m_files; }
    QStringList fileNames() const; // relative paths, sorted
    const QMap<QString, QByteArray>& files() const { return m_files; }
    // Relative paths of files whose bytes contain needle.
    QStringList filesContaining(const QByteArray& needle) const;

private:
    QMap<QString, QByteArray> m_files;
};

} // namespace peerdesk::test
