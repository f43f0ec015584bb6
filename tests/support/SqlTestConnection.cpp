#include "SqlTestConnection.h"

#include "CatchCompat.h"
#include "core/storage/SqlCipherDriver.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace peerdesk::test {

namespace {

int s_connections = 0; // shared by every test file, so connection names never collide

SqlCipherDriver* driverOf(const QSqlDatabase& db)
{
    return qobject_cast<SqlCipherDriver*>(db.driver());
}

} // namespace

ConnectionName::ConnectionName() : m_name(QStringLiteral("sql-test-%1").arg(++s_connections)) { }

ConnectionName::~ConnectionName()
{
    for (const QString& name : std::as_const(m_extra))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(m_name);
}

QString ConnectionName::another()
{
    m_extra.append(m_name + QStringLiteral("-%1").arg(m_extra.size() + 1));
    return m_extra.constLast();
}

QSqlDatabase addConnection(const QString& name, const QString& path, SecureBuffer key, const QString& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(SqlCipherDriver::Name), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    if (!key.isEmpty())
        driverOf(db)->setKey(std::move(key));
    return db;
}

QSqlDatabase openConnection(const QString& name, const QString& path)
{
    QSqlDatabase db = addConnection(name, path, SecureBuffer::random(32));
    REQUIRE(db.open());
    return db;
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    return driverOf(db)->connection();
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    const bool done = query.exec(sql);
    // INFO takes its text when declared, so only after exec() does it carry the error.
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    REQUIRE(done);
}

} // namespace peerdesk::test
