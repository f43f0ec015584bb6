#pragma once

#include "core/security/SecureBuffer.h"

#include <QSqlDriver>

struct sqlite3;
struct sqlite3_stmt;

namespace peerdesk {

class SqlCipherResult;

// A Qt SQL driver over the SQLCipher C API, written against Qt's public API only. It is registered as
// "QSQLCIPHER" (registerDriver()); Qt's own QSQLITE plugin must never be loaded in the same process, since
// two SQLite libraries in one process corrupt each other's locks.
//
// The key never passes through QSqlDatabase::setPassword (Qt would keep a plaintext copy): hand it to
// setKey() before QSqlDatabase::open(); open() applies it as a raw key and wipes it.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   PEERDESK_OPEN_READONLY   open read-only
//   PEERDESK_OPEN_NO_CREATE  fail instead of creating a missing file
//   PEERDESK_BUSY_TIMEOUT=ms how long to wait for another connection's lock (default 5000)
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    static constexpr const char* Name = "QSQLCIPHER";
    static constexpr std::size_t RawKeySize = 32;
    // Each connection's lookaside memory (SqlCipherDriver.cpp says why).
    static constexpr int LookasideSlotSize = 1200;
    static constexpr int LookasideSlots = 2000;
    // SQLCipher's raw-key text for a 32-byte key, x'<64 hex digits>', NUL-terminated, in locked memory (the
    // text's length is size() - 1). Empty for a key of any other size.
    static SecureBuffer rawKeySpec(const SecureBuffer& key);
    static void registerDriver(); // idempotent, thread-safe
    // "4.6.1 community (SQLite 3.46.1)": SQLCipher's version, asked of a throw-away in-memory connection.
    static QString libraryVersion();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // The 32-byte raw data key for the next open(). An empty buffer opens an unencrypted database.
    void setKey(SecureBuffer rawKey);

    // The open connection, for the few things only the C API offers (backup, rekey); nullptr when closed.
    sqlite3* connection() const;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;
    bool isIdentifierEscaped(const QString& identifier, IdentifierType type) const override;
    QString stripDelimiters(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override; // the sqlite3*, as connection()

private:
    friend class SqlCipherResult;
    void registerResult(SqlCipherResult* result) const;
    void unregisterResult(SqlCipherResult* result) const;
    void detachLiveResults() const;
    // Compiled statements kept for their next use: SQL parsing was a third of the work of a typical change.
    // A result takes one for its SQL (nullptr: none idle, compile it) and gives it back when done with it.
    sqlite3_stmt* takeIdleStatement(const QByteArray& sql) const;
    void keepIdleStatement(const QByteArray& sql, sqlite3_stmt* statement) const;
    void finalizeIdleStatements() const;
    bool execTransactionStatement(const char* sql, const QString& failure);
    bool failOpen(const QString& driverText, const QString& databaseText, int code);

    struct Private;
    Private* d;
};

} // namespace peerdesk
