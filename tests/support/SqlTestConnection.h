#pragma once

#include "core/security/SecureBuffer.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace peerdesk::test {

// Removes the test's QSQLCIPHER connections when it ends, also when a REQUIRE throws. Declare it before any
// QSqlDatabase or QSqlQuery of the test, so it is destroyed after them.
class ConnectionName final
{
    Q_DISABLE_COPY_MOVE(ConnectionName)

public:
    ConnectionName();
    ~ConnectionName();
    const QString& name() const { return m_name; }
    QString another(); // a further connection name, e.g. for a second connection to the same file

private:
    QString m_name;
    QStringList m_extra;
};

// A QSQLCIPHER connection, not opened yet; an empty key means an unencrypted database.
QSqlDatabase addConnection(const QString& name, const QString& path, SecureBuffer key = {},
                           const QString& options = {});
// An open connection to an encrypted database under a fresh random key; fails the test if it does not open.
QSqlDatabase openConnection(const QString& name, const QString& path);
// The open sqlite3 handle (nullptr when closed), for what only the C API can tell.
sqlite3* handleOf(const QSqlDatabase& db);
// Runs one statement and fails the test, with SQLite's message, if it does not succeed.
void exec(QSqlDatabase& db, const QString& sql);

} // namespace peerdesk::test
