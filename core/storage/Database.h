#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"
#include "core/storage/ServerConnection.h"
#include "core/storage/SqlDialect.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace peerdesk {

class CellCipher;

// One open connection, owned by the thread that opened it: to a local vault's SQLCipher file (open), or to a program
// server's PostgreSQL database (openServer, docs/server.md). For a local vault it applies the pragmas every PeerDesk
// connection needs and brings the schema up to date; closing checkpoints and truncates the WAL so that a closed vault
// is exactly peerdesk.db and keyring.json. The repositories use both alike; what differs is the dialect's.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode
    {
        ExistingOnly,
        CreateIfMissing
    };

    static constexpr int MinimumCipherMajor = 4;
    static constexpr int MinimumCipherMinor = 5;

    // Damaged (naming the file) when it is missing, not decryptable with this key, damaged, or from a newer
    // PeerDesk. Never writes to a file it cannot read. Without migrate the schema is left as it is (the caller
    // decides whether it may be upgraded, then calls migrations::apply).
    static Result<std::unique_ptr<Database>> open(const QString& path, SecureBuffer rawKey, OpenMode mode,
                                                  bool migrate = true);

    // A connection to a program server as connection.login, over TLS only: sslmode=verify-full against the pinned CA
    // (the server's certificate must be signed by it for exactly connection.host) and SCRAM with channel binding
    // required. Anything less is refused before a password is sent, with a message that says what was wrong (an
    // unverifiable certificate, no TLS, a wrong login). password opens this database session and nothing else: it
    // decrypts no data (Qt keeps a copy of it for the connection's lifetime). The session's search_path is the
    // program's schema and its time zone UTC. With migrate (the schema owner, `server init`), the schema is created
    // or brought up to date (server_migrations::apply); without it a schema this program does not know is refused.
    static Result<std::unique_ptr<Database>> openServer(const ServerConnection& connection,
                                                        const SecureBuffer& password, bool migrate = false);
    // The schema owner's connection to a database that already holds a program, its schema brought up to this
    // program's version (the owner's `server maintain`); Damaged for a database nobody set up.
    static Result<std::unique_ptr<Database>> openServerToUpgrade(const ServerConnection& connection,
                                                                 const SecureBuffer& password);

    ~Database();
    void close(); // idempotent

    const QString& path() const { return m_path; } // the vault file; for a server connection, its label()
    bool isServer() const { return m_dialect.engine() == SqlDialect::Engine::PostgreSQL; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Prepares sql and binds values positionally. Every statement in PeerDesk goes through here or
    // through prepare(): values are always bound, never formatted into SQL.
    Result<QSqlQuery> exec(const QString& sql, std::initializer_list<QVariant> values = {});
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values);
    Result<QSqlQuery> prepare(const QString& sql);
    // A statement without any value, run as it is, unprepared: schema changes, grants and session settings, which
    // PostgreSQL cannot prepare (QPSQL prepares every query as `PREPARE ... AS`, and only SELECT, INSERT, UPDATE,
    // DELETE and VALUES can be). Never for a statement that carries data: those are always bound (exec).
    Result<void> execute(const QString& sql);
    // An INSERT of one row into a table with an `id` key: the new row's id, read the way the engine gives it.
    Result<qint64> insert(const QString& sql, const QVariantList& values);
    // The engine's SQL dialect: every statement is expanded with it before it is prepared (SqlDialect.h).
    const SqlDialect& dialect() const { return m_dialect; }
    Result<void> run(QSqlQuery& query); // exec() a prepared query with its bound values

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back when work fails. Nesting joins the outer
    // transaction. On a program server, work that failed only because another transaction ran at the same time (a
    // deadlock or a serialization failure, Error::transient) is rolled back and run again, up to TransientRetries
    // more times, after a short random pause: work must therefore read what it needs inside (every service does).
    static constexpr int TransientRetries = 4;
    Result<void> transaction(const std::function<Result<void>()>& work);
    // The first statement of a transaction's work that only reads, when its reads must agree with each other: every
    // later statement of it sees the same committed state. A local vault's transaction already does; on a program
    // server the transaction becomes REPEATABLE READ (PostgreSQL refuses it after the transaction's first query; in
    // a nested transaction the outer one's isolation holds).
    Result<void> readOneSnapshot();
    // How many transactions this connection has rolled back. A value read inside a rolled-back transaction
    // may never have existed; caches keyed on stored counters add this so that such a value is not reused.
    quint64 rollbacks() const { return m_rollbacks; }
    // Whether a transaction() is running on this connection (its work is what reads now).
    bool inTransaction() const { return m_transactionDepth > 0; }
    // The advisory locks taken in the running transaction (AdvisoryLock.h), so that each is asked for once: true when
    // key was not held yet (and is noted as held now). Always true outside a transaction.
    bool noteTransactionLock(qint64 key)
    {
        if (!inTransaction())
            return true;
        if (m_transactionLocks.contains(key))
            return false;
        m_transactionLocks.insert(key);
        return true;
    }

    // Row versions (RowVersion.h). A version a person saw, which the row must still have when this connection next
    // changes it (the form they filled in was read at that version); kept until forgotten.
    void expectVersion(const QString& table, qint64 id, qint64 version)
    {
        m_expectedVersions.insert({ table, id }, version);
    }
    void forgetExpectedVersion(const QString& table, qint64 id) { m_expectedVersions.remove({ table, id }); }
    std::optional<qint64> expectedVersion(const QString& table, qint64 id) const
    {
        const auto found = m_expectedVersions.constFind({ table, id });
        return found == m_expectedVersions.cend() ? std::nullopt : std::optional<qint64>(*found);
    }
    // The rows claimed in the running transaction, so that each is checked once (RowVersion.h): a row is noted
    // only once its claim succeeded.
    bool claimedRow(const QString& table, qint64 id) const { return m_claimedRows.contains({ table, id }); }
    void noteClaimedRow(const QString& table, qint64 id)
    {
        if (inTransaction())
            m_claimedRows.insert({ table, id });
    }

    // Copies the WAL into the database and truncates it to zero bytes, so that no old page version survives
    // beside peerdesk.db (retention relies on it). Io when a reader keeps the checkpoint from completing.
    // Nothing to do on a program server (its operator vacuums).
    Result<void> checkpoint();
    // Every page's authentication, SQLite's integrity check and the foreign keys, in words: one problem per
    // finding, none when the file is sound (`verify`). None on a program server, which enforces its constraints
    // itself and whose pages are its operator's.
    Result<QStringList> integrityProblems();

    // Writes a complete copy of this database to path (which must not exist), encrypted with another raw
    // 32-byte key (ATTACH ... KEY + sqlcipher_export), synced to disk. The copy uses the rollback journal, so
    // it is one file. For data-key rotation and backups. Io when the copy cannot be written; the partial copy
    // is removed.
    Result<void> exportCopy(const QString& path, const SecureBuffer& rawKey);

    // Turns a QSqlError into an Error whose message names the database file, never the SQL or the values.
    Error errorFrom(const QSqlError& error) const;

    // The cipher of the identity cells, for the repositories on this connection (storage/IdentityCells.h); null
    // for an account that does not hold the identity key (reporting users).
    void setIdentityCells(std::shared_ptr<const CellCipher> cells) { m_cells = std::move(cells); }
    const CellCipher* identityCells() const { return m_cells.get(); }
    // On a program server an administrator may change the identity key while this connection is open: a cell of a
    // newer generation, or the server's refusal of one of an older (Error::keyChanged), means this connection's
    // cipher is out of date. refresh fetches the current keys and calls setIdentityCells (VaultSession does it on a
    // connection of its own, so that no statement of this one is disturbed); false when it could not. The cipher
    // replaced must stay alive for as long as this connection is open (a caller may still hold it).
    void setIdentityCellsRefresh(std::function<bool()> refresh) { m_refreshCells = std::move(refresh); }
    bool refreshIdentityCells() const { return m_refreshCells && m_refreshCells(); }

private:
    Database(QString path, QString connectionName, SqlDialect dialect);
    Result<void> configure(OpenMode mode, bool migrate);
    Result<void> transactionOnce(const std::function<Result<void>()>& work);
    // What a server connection does with the schema it finds: use it as it is (and refuse one this program does not
    // know), set it up or bring it up to date, or only bring up to date one that holds a program.
    enum class SchemaUse
    {
        Existing,
        SetUpOrUpgrade,
        Upgrade,
    };
    static Result<std::unique_ptr<Database>> connectServer(const ServerConnection& where, const SecureBuffer& password,
                                                           SchemaUse use);
    Result<void> configureServer(SchemaUse use);
    Error serverErrorFrom(const QSqlError& error) const;

    // The kind of rule a refused change broke, whichever engine reported it, and how a person is told (InvalidInput).
    enum class Refusal
    {
        Duplicate,
        MissingValue,
        NotAccepted,
        WrongType,
        TooLarge,
        BrokenReference,
        // On a program server: what someone else committed a moment ago leaves no room for this (a supporter's last
        // place, a time already booked). SQLSTATE 23P01 from the server schema's triggers.
        Taken,
        Other,
    };
    static Error refused(Refusal rule);
    static Refusal refusalOf(int sqliteExtendedCode);
    // A name for the next QSqlDatabase connection, unique in the process.
    static QString nextConnectionName();

    QString m_path;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSet<qint64> m_transactionLocks;
    QSet<std::pair<QString, qint64>> m_claimedRows;
    QHash<std::pair<QString, qint64>, qint64> m_expectedVersions;
    int m_transactionDepth = 0;
    quint64 m_rollbacks = 0;
    std::shared_ptr<const CellCipher> m_cells;
    std::function<bool()> m_refreshCells;
};

} // namespace peerdesk
