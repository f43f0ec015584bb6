#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/PageCache.h"
#include "core/storage/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>
#include <unistd.h>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

constexpr int SqliteNotADatabase = 26;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteBusy = 5;

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

// "4.6.1 community" -> {4, 6}
bool cipherVersionAtLeast(const QString& version, int major, int minor)
{
    const QStringList parts = version.section(QLatin1Char(' '), 0, 0).split(QLatin1Char('.'));
    if (parts.size() < 2)
        return false;
    const int haveMajor = parts[0].toInt();
    const int haveMinor = parts[1].toInt();
    return haveMajor > major || (haveMajor == major && haveMinor >= minor);
}

} // namespace

QString Database::nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("peerdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Which rule an extended result code of a refused change names.
Database::Refusal Database::refusalOf(int extendedCode)
{
    switch (extendedCode) {
    case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
    case 2067: // SQLITE_CONSTRAINT_UNIQUE
        return Refusal::Duplicate;
    case 1299: // SQLITE_CONSTRAINT_NOTNULL
        return Refusal::MissingValue;
    case 275: // SQLITE_CONSTRAINT_CHECK
    case 1811: // SQLITE_CONSTRAINT_TRIGGER: a schema trigger's RAISE(ABORT), the rules a CHECK cannot state
        return Refusal::NotAccepted;
    case 3091: // SQLITE_CONSTRAINT_DATATYPE (a STRICT table)
        return Refusal::WrongType;
    case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        return Refusal::BrokenReference;
    case 18: // SQLITE_TOOBIG
        return Refusal::TooLarge;
    default:
        return Refusal::Other;
    }
}

Error Database::refused(Refusal rule)
{
    QString reason;
    switch (rule) {
    case Refusal::Duplicate:
        reason = Text::tr("the same record already exists, and there may be only one");
        break;
    case Refusal::MissingValue:
        reason = Text::tr("a required value is missing");
        break;
    case Refusal::NotAccepted:
        reason = Text::tr("a value is not one the vault accepts");
        break;
    case Refusal::WrongType:
        reason = Text::tr("a value has the wrong type");
        break;
    case Refusal::TooLarge:
        reason = Text::tr("a value is too large");
        break;
    case Refusal::BrokenReference:
        reason = Text::tr("the change refers to a record that does not exist, or removes one that others refer to");
        break;
    case Refusal::Taken:
        reason = Text::tr("someone else has just taken what this needed (the supporter's last place, or that time); "
                          "look again and choose another");
        break;
    case Refusal::Other:
        reason = Text::tr("the change breaks one of the vault's rules");
        break;
    }
    return makeError(ErrorCode::InvalidInput, Text::tr("Nothing was saved: %1.").arg(reason));
}

Database::Database(QString path, QString connectionName, SqlDialect dialect)
    : m_path(std::move(path)), m_dialect(dialect), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    close();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, SecureBuffer rawKey, OpenMode mode, bool migrate)
{
    const QString fileName = QFileInfo(path).fileName();
    if (mode == OpenMode::ExistingOnly && !QFileInfo::exists(path)) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 is missing from %2.").arg(fileName, QFileInfo(path).absolutePath()));
    }
    std::unique_ptr<Database> database(
        new Database(path, nextConnectionName(), SqlDialect(SqlDialect::Engine::SQLite)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), database->m_connectionName);
        auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
        if (!driver)
            return makeError(ErrorCode::Io, Text::tr("The SQLCipher driver is not available."));
        driver->setKey(std::move(rawKey));
        db.setDatabaseName(path);
        if (mode == OpenMode::ExistingOnly)
            db.setConnectOptions(QStringLiteral("PEERDESK_OPEN_NO_CREATE"));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            switch (primaryCode(error)) {
            case SqliteNotADatabase:
                return makeError(
                    ErrorCode::Damaged,
                    Text::tr("%1 cannot be decrypted: it is damaged or belongs to another vault.").arg(fileName));
            case SqliteCorrupt:
                return makeError(ErrorCode::Damaged, Text::tr("%1 is damaged.").arg(fileName));
            case SqliteBusy:
                return makeError(ErrorCode::Io, Text::tr("%1 is in use by another program.").arg(fileName));
            case SqliteCantOpen:
            default:
                return makeError(ErrorCode::Io, Text::tr("Cannot open %1: %2").arg(fileName, error.databaseText()));
            }
        }
    }
    if (auto configured = database->configure(mode, migrate); !configured)
        return configured.error();
    return database;
}

Result<void> Database::configure(OpenMode mode, bool migrate)
{
    const QString fileName = QFileInfo(m_path).fileName();
    auto cipher = exec(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher)
        return cipher.error();
    const QString cipherVersion = cipher->next() ? cipher->value(0).toString() : QString();
    if (!cipherVersionAtLeast(cipherVersion, MinimumCipherMajor, MinimumCipherMinor)) {
        return makeError(ErrorCode::Io,
                         Text::tr("This PeerDesk was built with SQLCipher %1; version %2.%3 or newer is "
                                  "required.")
                             .arg(cipherVersion.isEmpty() ? Text::tr("(none)") : cipherVersion)
                             .arg(MinimumCipherMajor)
                             .arg(MinimumCipherMinor));
    }
    // Nothing may be written before we know the file is ours: an empty file opens as an empty database, and
    // setting WAL or migrating it would replace a damaged vault with a blank one.
    const int version = schemaVersion();
    if (version < 0 || (mode == OpenMode::ExistingOnly && version == 0))
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 is empty or damaged: it holds no PeerDesk data.").arg(fileName));
    if (version > migrations::latestVersion()) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 was written by a newer PeerDesk (schema %2; this program knows up to %3). "
                                  "Install the newer PeerDesk to open it.")
                             .arg(fileName)
                             .arg(version)
                             .arg(migrations::latestVersion()));
    }
    // foreign_keys, secure_delete and cache_size are per connection; journal_mode=WAL is stored in the file and
    // only written when it is not already set. The page cache's size is explained in PageCache.h.
    for (const char* pragma : { "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON", "PRAGMA trusted_schema = OFF",
                                page_cache::Pragma }) {
        if (auto done = exec(QLatin1String(pragma)); !done)
            return done.error();
    }
    auto journal = exec(QStringLiteral("PRAGMA journal_mode"));
    if (!journal)
        return journal.error();
    if (!journal->next() || journal->value(0).toString() != QLatin1String("wal")) {
        journal->finish();
        auto wal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal)
            return wal.error();
        if (!wal->next() || wal->value(0).toString() != QLatin1String("wal"))
            return makeError(ErrorCode::Io, Text::tr("%1 cannot use write-ahead logging.").arg(fileName));
    }
    // A statement left unfinished would make SQLite refuse a migration's DROP TABLE (SQLITE_LOCKED).
    journal->finish();
    return migrate ? migrations::apply(*this) : Result<void>();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !isServer()) {
            // Folds the WAL back into the database and empties it, so nothing lingers beside peerdesk.db.
            QSqlQuery checkpoint(db);
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            checkpoint.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<void> Database::checkpoint()
{
    // A program server's write-ahead log and free space are its operator's (docs/server.md, "Purge on a server"): a
    // staff connection has nothing to fold, and what it purged is ciphertext set to NULL.
    if (isServer())
        return Result<void>();
    auto query = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!query)
        return query.error();
    // The first column is 1 when the checkpoint could not run to completion.
    if (!query->next() || query->value(0).toInt() != 0)
        return makeError(ErrorCode::Io, Text::tr("%1 is in use by another program.").arg(QFileInfo(m_path).fileName()));
    return {};
}

Result<QStringList> Database::integrityProblems()
{
    // On a program server the engine's own checks are the server's: it enforces every constraint and foreign key as
    // rows are written, and its pages (checksums, storage) are its operator's. verify's program-level checks (the
    // audit chain, signatures, membership, witnesses) run the same on both engines.
    if (isServer())
        return QStringList();
    QStringList problems;
    // Each check returns its findings one per row; `okValue` is the row of a sound file.
    const auto collect = [&](const QString& pragma, const QString& okValue, const QString& label) -> Result<void> {
        auto query = exec(pragma);
        if (!query)
            return query.error();
        while (query->next()) {
            const QString row = query->value(0).toString();
            if (row != okValue)
                problems.append(label.arg(row));
        }
        return {};
    };
    if (auto done = collect(QStringLiteral("PRAGMA cipher_integrity_check"), QString(),
                            Text::tr("Encrypted page check failed: %1"));
        !done)
        return done.error();
    if (auto done
        = collect(QStringLiteral("PRAGMA integrity_check"), QStringLiteral("ok"), Text::tr("Database integrity: %1"));
        !done)
        return done.error();
    if (auto done = collect(QStringLiteral("PRAGMA foreign_key_check"), QString(),
                            Text::tr("A reference is broken in table %1."));
        !done)
        return done.error();
    return problems;
}

Result<void> Database::exportCopy(const QString& path, const SecureBuffer& rawKey)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(connection().driver());
    sqlite3* handle = driver ? driver->connection() : nullptr;
    if (!handle || rawKey.size() != SqlCipherDriver::RawKeySize)
        return makeError(ErrorCode::Io, Text::tr("The database is not open."));
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: it already exists.").arg(path));
    const auto failure = [&](const QString& reason) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), reason));
    };
    // The key travels as SQLCipher's raw-key text x'<hex>', built in locked memory and bound, never formatted
    // into the statement; a blob would be taken as a passphrase and run through PBKDF2.
    SecureBuffer spec = SqlCipherDriver::rawKeySpec(rawKey);
    const char* text = reinterpret_cast<const char*>(spec.data());
    const int specLength = int(spec.size() - 1);

    // ATTACH opens with the main connection's flags, which never create a file (a missing vault must stay
    // missing): an empty file is an empty database, so the copy starts as one.
    {
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return failure(empty.errorString());
    }
    const QByteArray file = QFile::encodeName(path);
    const auto step = [&](const char* sql, bool bind) -> QString {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
        if (rc == SQLITE_OK && bind) {
            sqlite3_bind_text(statement, 1, file.constData(), int(file.size()), SQLITE_STATIC);
            sqlite3_bind_text(statement, 2, text, specLength, SQLITE_STATIC);
        }
        if (rc == SQLITE_OK) {
            do
                rc = sqlite3_step(statement);
            while (rc == SQLITE_ROW);
        }
        sqlite3_finalize(statement);
        return rc == SQLITE_DONE || rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    };
    QString problem = step("ATTACH DATABASE ?1 AS peerdesk_copy KEY ?2", true);
    spec.clear();
    if (!problem.isEmpty())
        return failure(problem);
    problem = step("SELECT sqlcipher_export('peerdesk_copy')", false);
    if (problem.isEmpty()) {
        // sqlcipher_export copies the schema and the rows; the schema version is ours to carry over.
        const QByteArray version = "PRAGMA peerdesk_copy.user_version = " + QByteArray::number(schemaVersion());
        problem = step(version.constData(), false);
    }
    const QString detached = step("DETACH DATABASE peerdesk_copy", false);
    if (!problem.isEmpty() || !detached.isEmpty())
        return failure(problem.isEmpty() ? detached : problem);
    // sqlcipher_export commits with the attached database's own sync; fsync once more for the rename to come.
    QFile copy(path);
    if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0)
        return failure(copy.errorString());
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (isServer()) {
        // The server schema's version is a row of its meta table; no table yet is a database PeerDesk never set up.
        if (!query.exec(QStringLiteral("SELECT to_regclass('pd.meta') IS NOT NULL")) || !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT value FROM pd.meta WHERE key = 'schema_version'")))
            return -1;
        return query.next() ? query.value(0).toInt() : 0;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Error Database::errorFrom(const QSqlError& error) const
{
    if (isServer())
        return serverErrorFrom(error);
    const QString fileName = QFileInfo(m_path).fileName();
    switch (primaryCode(error)) {
    case 19: // SQLITE_CONSTRAINT: the data broke a rule (unique, check, foreign key)
    case 18: // SQLITE_TOOBIG
    case 25: // SQLITE_RANGE
        // The services check what they store first, so reaching a rule of the schema is a gap in those checks;
        // SQLite's own text ("NOT NULL constraint failed: settings.value") would tell the user nothing they can
        // act on, so it is said in words.
        return refused(refusalOf(error.nativeErrorCode().toInt()));
    case SqliteBusy:
    case 6: // SQLITE_LOCKED
        return makeError(ErrorCode::Io, Text::tr("%1 is in use by another program.").arg(fileName));
    case 3: // SQLITE_PERM
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case SqliteCantOpen:
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(fileName, error.databaseText()));
    default:
        // Corruption, a wrong key, or a schema that is not what this program wrote (a missing table).
        return makeError(ErrorCode::Damaged, Text::tr("%1 is damaged: %2").arg(fileName, error.databaseText()));
    }
}

Result<QSqlQuery> Database::prepare(const QString& sql)
{
    QSqlQuery query(connection());
    // Every caller reads its rows once, in order. A scrollable query keeps each row it has passed, in case it is
    // asked for again: the whole roster, 100 000 rows and more, held twice over while it was read.
    query.setForwardOnly(true);
    if (!query.prepare(m_dialect.expand(sql)))
        return errorFrom(query.lastError());
    return query;
}

Result<void> Database::execute(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.expand(sql)))
        return errorFrom(query.lastError());
    return {};
}

Result<void> Database::run(QSqlQuery& query)
{
    if (!query.exec())
        return errorFrom(query.lastError());
    return {};
}

Result<QSqlQuery> Database::exec(const QString& sql, std::initializer_list<QVariant> values)
{
    return exec(sql, QVariantList(values));
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    auto query = prepare(sql);
    if (!query)
        return query;
    for (const QVariant& value : values)
        query->addBindValue(value);
    if (auto ran = run(*query); !ran)
        return ran.error();
    return query;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& values)
{
    // How the new id comes back is the dialect's: SQLite gives the connection's last inserted rowid, which is this
    // row's id (a connection inserts one row at a time). INSERT ... RETURNING id, which PostgreSQL needs, reads the
    // same on SQLite but cost 0.4 ms a row through Qt here: importing 10 000 requests took 10.6 to 11.3 s with it
    // against 6.3 to 7.3 s without (scripts/bench).
    switch (m_dialect.engine()) {
    case SqlDialect::Engine::SQLite:
        break;
    case SqlDialect::Engine::PostgreSQL: {
        // QPSQL's lastInsertId() is `SELECT lastval()`, the last value of any sequence this session advanced: a
        // trigger inserting into another table makes it that table's id, and a staff role may not read it at all.
        auto returned = exec(sql + QStringLiteral(" RETURNING id"), values);
        if (!returned)
            return returned.error();
        if (!returned->next())
            return makeError(ErrorCode::Damaged, Text::tr("%1 is damaged: %2").arg(m_path, Text::tr("no id returned")));
        return returned->value(0).toLongLong();
    }
    }
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        auto result = work();
        --m_transactionDepth;
        return result;
    }
    for (int attempt = 0;; ++attempt) {
        auto result = transactionOnce(work);
        if (!result && result.error().keyChanged && attempt < TransientRetries && refreshIdentityCells())
            continue; // sealed again under the key fetched now
        if (result || !result.error().transient || attempt == TransientRetries)
            return result;
        // The other transaction is committing or rolling back now; a pause that differs between the two keeps
        // them from meeting again in the same step.
        const int pauseMs = 5 + QRandomGenerator::global()->bounded(20 << attempt);
        QThread::msleep(static_cast<unsigned long>(pauseMs));
    }
}

Result<void> Database::readOneSnapshot()
{
    // Nested in another transaction: that one's isolation holds (and PostgreSQL would refuse the change).
    if (!isServer() || m_transactionDepth != 1)
        return {};
    return execute(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
}

Result<void> Database::transactionOnce(const std::function<Result<void>()>& work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return errorFrom(db.lastError());
    ++m_transactionDepth;
    auto result = work();
    --m_transactionDepth;
    // A transaction's advisory locks and claimed rows end with it.
    m_transactionLocks.clear();
    m_claimedRows.clear();
    if (!result) {
        db.rollback();
        ++m_rollbacks;
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        ++m_rollbacks;
        return errorFrom(error);
    }
    return {};
}

} // namespace peerdesk
