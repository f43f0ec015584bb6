#pragma once

#include "core/Result.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace peerdesk {

// A private folder for the copies of a vault that `backup verify` and restore open: under the application's own
// data folder (mode 0700), never the shared temporary folder, and locked while in use. What a killed process left
// there (an encrypted copy of a database and its keyring) is removed when either program next starts
// (removeAbandoned) and before every new one.
class ScratchFolder final
{
    Q_DISABLE_COPY_MOVE(ScratchFolder)

public:
    static Result<std::unique_ptr<ScratchFolder>> make();
    ~ScratchFolder(); // removes the folder and everything in it

    const QString& path() const { return m_path; }

    // The folder every scratch folder goes in.
    static QString root();
    // Removes the scratch folders whose process is gone.
    static void removeAbandoned();

private:
    ScratchFolder(QString root, QString name);

    QString m_root;
    QString m_name;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace peerdesk
