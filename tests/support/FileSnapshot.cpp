#include "FileSnapshot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace peerdesk::test {

FileSnapshot FileSnapshot::of(const QString& directory)
{
    FileSnapshot snapshot;
    const QDir root(directory);
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            snapshot.m_files.insert(root.relativeFilePath(path), file.readAll());
    }
    return snapshot;
}

QStringList FileSnapshot::fileNames() const
{
    return m_files.keys();
}

QStringList FileSnapshot::filesContaining(const QByteArray& needle) const
{
    QStringList found;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it.value().contains(needle))
            found.append(it.key());
    }
    return found;
}

} // namespace peerdesk::test
