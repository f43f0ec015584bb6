#include "core/storage/SqlCipherDriver.h"

#include "core/storage/SqlCipherResult.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <mutex>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace peerdesk {

namespace {

constexpr int DefaultBusyTimeoutMs = 5000;

// A statement the driver runs for itself (schema queries, the key check); finalized on every path.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(sqlite3* db, const char* sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }

    bool isValid() const { return m_rc == SQLITE_OK && m_stmt; }
    int step() { return m_rc = sqlite3_step(m_stmt); }
    bool bindText(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8)
            == SQLITE_OK;
    }
    QString text(int column) const
    {
        const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

struct OpenOptions
{
    bool readOnly = false;
    bool noCreate = false;
    int busyTimeoutMs = DefaultBusyTimeoutMs;
};

// Unknown options are refused rather than ignored: a mistyped READONLY must not silently open read-write.
bool parseConnectOptions(const QString& text, OpenOptions& options, QString& unknown)
{
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        if (part == QLatin1String("PEERDESK_OPEN_READONLY")) {
            options.readOnly = true;
        } else if (part == QLatin1String("PEERDESK_OPEN_NO_CREATE")) {
            options.noCreate = true;
        } else if (part.startsWith(QLatin1String("PEERDESK_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int ms = part.mid(part.indexOf(QLatin1Char('=')) + 1).trimmed().toInt(&ok);
            if (!ok || ms < 0) {
                unknown = part;
                return false;
            }
            options.busyTimeoutMs = ms;
        } else {
            unknown = part;
            return false;
        }
    }
    return true;
}

struct ColumnInfo
{
    QString name;
    QString declaredType;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
    bool generated = false;
};

QString unescapeIdentifier(const QString& identifier)
{
    QString inner = identifier.mid(1, identifier.size() - 2);
    inner.replace(QLatin1String("\"\""), QLatin1String("\""));
    return inner;
}

// pragma_table_xinfo as a table-valued function lets the table name be bound instead of spliced into SQL.
QList<ColumnInfo> tableColumns(sqlite3* db, const QString& table)
{
    QList<ColumnInfo> columns;
    if (!db)
        return columns;
    Statement stmt(db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)");
    if (!stmt.isValid() || !stmt.bindText(1, table))
        return columns;
    while (stmt.step() == SQLITE_ROW) {
        const int hidden = stmt.integer(5);
        if (hidden == 1) // hidden columns of virtual tables, which SELECT * does not show either
            continue;
        ColumnInfo column;
        column.name = stmt.text(0);
        column.declaredType = stmt.text(1);
        column.notNull = stmt.integer(2) != 0;
        if (!stmt.isNull(3))
            column.defaultValue = stmt.text(3);
        column.primaryKeyPosition = stmt.integer(4);
        column.generated = hidden == 2 || hidden == 3;
        columns.append(column);
    }
    return columns;
}

bool isWithoutRowId(sqlite3* db, const QString& table)
{
    Statement stmt(db, "SELECT wr FROM pragma_table_list(?1)");
    if (!stmt.isValid() || !stmt.bindText(1, table))
        return false;
    return stmt.step() == SQLITE_ROW && stmt.integer(0) != 0;
}

} // namespace

struct SqlCipherDriver::Private
{
    sqlite3* db = nullptr;
    SecureBuffer key;
    QList<SqlCipherResult*> results; // every live result, so COMMIT and close() can detach them first
    // Reset statements with no bindings, by their SQL; two results running the same SQL each have their own.
    QMultiHash<QByteArray, sqlite3_stmt*> idle;
};

namespace {

// Enough for every statement the application runs; beyond it an arbitrary idle statement makes room.
constexpr qsizetype MaxIdleStatements = 256;

} // namespace

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(
        once, [] { QSqlDatabase::registerSqlDriver(QLatin1String(Name), new QSqlDriverCreator<SqlCipherDriver>); });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent), d(new Private)
{
    // Qt's default, LowPrecisionDouble, would make every INTEGER column read back as a double.
    setNumericalPrecisionPolicy(QSql::HighPrecision);
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    // QSqlQuery objects may outlive their connection (Qt warns); they must not call back into us.
    const QList<SqlCipherResult*> results = d->results;
    for (SqlCipherResult* result : results)
        result->forgetDriver();
    delete d;
}

void SqlCipherDriver::setKey(SecureBuffer rawKey)
{
    d->key = std::move(rawKey);
}

SecureBuffer SqlCipherDriver::rawKeySpec(const SecureBuffer& key)
{
    if (key.size() != RawKeySize)
        return SecureBuffer();
    constexpr std::size_t specLength = 2 + RawKeySize * 2 + 1; // x' hex '
    SecureBuffer spec(specLength + 1); // + the NUL sodium_bin2hex writes
    char* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, RawKeySize * 2 + 1, key.data(), RawKeySize);
    out[specLength - 1] = '\'';
    out[specLength] = '\0';
    return spec;
}

sqlite3* SqlCipherDriver::connection() const
{
    return d->db;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    // NamedPlaceholders stays false on purpose: QSqlResult::savePrepare then rewrites :name to ? and keeps
    // the positions of each name, which handles a name used twice.
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::failOpen(const QString& driverText, const QString& databaseText, int code)
{
    setLastError(QSqlError(driverText, databaseText, QSqlError::ConnectionError,
                           code == SQLITE_OK ? QString() : QString::number(code)));
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& password, const QString& /*host*/,
                           int /*port*/, const QString& connectOptions)
{
    // Taken out of d first, so the driver holds no key after open() on any path.
    SecureBuffer key = std::move(d->key);
    if (isOpen())
        close();
    setOpenError(false);

    if (!password.isEmpty())
        return failOpen(tr("Database keys are not accepted as a password"),
                        tr("Use SqlCipherDriver::setKey(); QSqlDatabase keeps a plaintext copy of passwords."),
                        SQLITE_OK);
    OpenOptions options;
    QString badOption;
    if (!parseConnectOptions(connectOptions, options, badOption))
        return failOpen(tr("Unknown connect option"), badOption, SQLITE_OK);
    if (!key.isEmpty() && key.size() != RawKeySize)
        return failOpen(tr("The database key has the wrong size"), QString(), SQLITE_OK);

    // NOMUTEX: each connection is used by one thread only, so SQLite's per-connection mutex is wasted work.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (options.readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= options.noCreate ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

    sqlite3* handle = nullptr;
    const QByteArray path = db.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &handle, flags, nullptr);
    // Reports the handle's error (or the open code when there is no handle) and closes the handle.
    auto fail = [&](const QString& driverText, int code, const QString& message) {
        sqlite3_close(handle);
        return failOpen(driverText, message, code);
    };
    auto handleError = [&] { return handle ? sqlite3_extended_errcode(handle) : rc; };
    auto handleMessage
        = [&] { return handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc)); };
    if (rc != SQLITE_OK)
        return fail(tr("Unable to open the database"), handleError(), handleMessage());

    // SQLCipher keeps the key (raw and as the hex text it was given) and the keys it derives in SQLite's heap while
    // the database is open. With memory security on, every SQLite allocation is locked into RAM (never swapped) and
    // wiped when freed; it stays on for the process once set. A larger lookaside (2 000 slots of 1 200 bytes,
    // allocated and locked once per connection) serves most small allocations without a lock and unlock of their
    // own, which keeps its cost small (docs/performance.md).
    sqlite3_exec(handle, "PRAGMA cipher_memory_security = ON", nullptr, nullptr, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_LOOKASIDE, nullptr, LookasideSlotSize, LookasideSlots);
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, options.busyTimeoutMs);
    // Defensive mode stops SQL from corrupting the file on purpose (writable_schema, journal_mode=OFF).
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, static_cast<int*>(nullptr));
    // Without these, a double-quoted name that matches no column silently becomes a string literal, so a
    // misspelt escaped identifier would compare against text instead of failing.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DML, 0, static_cast<int*>(nullptr));
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DDL, 0, static_cast<int*>(nullptr));

    if (!key.isEmpty()) {
        // x'<64 hex>' is SQLCipher's raw-key syntax (no KDF). Built in locked memory and wiped on scope exit.
        SecureBuffer spec = rawKeySpec(key);
        rc = sqlite3_key_v2(handle, "main", spec.data(), static_cast<int>(spec.size() - 1));
        key.clear();
        spec.clear();
        if (rc != SQLITE_OK)
            return fail(tr("Unable to apply the database key"), handleError(), handleMessage());
    }
    // SQLCipher 4.6 logs warnings (e.g. a failed HMAC check for a wrong key) to stderr; keying turns that on,
    // so this comes after it. The lines carry no data, but PeerDesk reports errors itself.
    sqlite3_exec(handle, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);

    // SQLCipher only decrypts on first read: a wrong key (or a key for a plaintext file) shows up here as
    // SQLITE_NOTADB. Reading alone leaves the file untouched.
    bool readable = false;
    int code = SQLITE_OK;
    QString message;
    {
        Statement check(handle, "SELECT count(*) FROM sqlite_master");
        readable = check.isValid() && check.step() == SQLITE_ROW;
        if (!readable) {
            code = handleError();
            message = handleMessage();
        }
    } // finalized before the handle can be closed
    if (!readable)
        return fail(tr("Unable to read the database: wrong key or not a database"), code, message);

    d->db = handle;
    setLastError(QSqlError());
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (d->db) {
        // Scrollable results keep their rows, so a model over this connection still shows its data.
        const QList<SqlCipherResult*> results = d->results;
        for (SqlCipherResult* result : results)
            result->releaseStatement();
        finalizeIdleStatements();
        // Only our own statements are finalized: sqlite3_next_stmt also lists statements owned by SQLite
        // itself (FTS5 keeps prepared statements per table and finalizes them on disconnect).
        const int rc = sqlite3_close(d->db);
        if (rc != SQLITE_OK) {
            setLastError(QSqlError(tr("Unable to close the database"), QString::fromUtf8(sqlite3_errmsg(d->db)),
                                   QSqlError::ConnectionError, QString::number(rc)));
            // A statement prepared through connection() is still alive: let SQLite close the handle as soon
            // as it is finalized instead of leaking it.
            qWarning("SqlCipherDriver: sqlite3_close failed (%d); the handle closes when released", rc);
            sqlite3_close_v2(d->db);
        }
        d->db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

sqlite3_stmt* SqlCipherDriver::takeIdleStatement(const QByteArray& sql) const
{
    const auto found = d->idle.find(sql);
    if (found == d->idle.end())
        return nullptr;
    sqlite3_stmt* statement = found.value();
    d->idle.erase(found);
    return statement;
}

void SqlCipherDriver::keepIdleStatement(const QByteArray& sql, sqlite3_stmt* statement) const
{
    // Only this connection's statements; after close() they are finalized at once.
    if (!d->db || sqlite3_db_handle(statement) != d->db) {
        sqlite3_finalize(statement);
        return;
    }
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (d->idle.size() >= MaxIdleStatements) {
        const auto evicted = d->idle.begin();
        sqlite3_finalize(evicted.value());
        d->idle.erase(evicted);
    }
    d->idle.insert(sql, statement);
}

void SqlCipherDriver::finalizeIdleStatements() const
{
    for (sqlite3_stmt* statement : std::as_const(d->idle))
        sqlite3_finalize(statement);
    d->idle.clear();
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

void SqlCipherDriver::registerResult(SqlCipherResult* result) const
{
    d->results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult* result) const
{
    d->results.removeOne(result);
}

void SqlCipherDriver::detachLiveResults() const
{
    const QList<SqlCipherResult*> results = d->results;
    for (SqlCipherResult* result : results) {
        if (result->isStepping())
            result->detachFromResultSet();
    }
}

bool SqlCipherDriver::execTransactionStatement(const char* sql, const QString& failure)
{
    if (!d->db) {
        setLastError(QSqlError(failure, tr("The database is not open"), QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(d->db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(failure, QString::fromUtf8(sqlite3_errmsg(d->db)), QSqlError::TransactionError,
                               QString::number(sqlite3_extended_errcode(d->db))));
        return false;
    }
    return true;
}

// IMMEDIATE takes the write lock up front, so a transaction cannot fail half-way with SQLITE_BUSY when it
// upgrades from reading to writing.
bool SqlCipherDriver::beginTransaction()
{
    return execTransactionStatement("BEGIN IMMEDIATE", tr("Unable to begin the transaction"));
}

// A statement still being stepped would make COMMIT fail (writes) or end early (reads): detach them first.
bool SqlCipherDriver::commitTransaction()
{
    detachLiveResults();
    return execTransactionStatement("COMMIT", tr("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    detachLiveResults();
    return execTransactionStatement("ROLLBACK", tr("Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!d->db)
        return names;
    // pragma_table_list tells FTS5 shadow tables apart from user tables; those are internal, like sqlite_*.
    Statement stmt(d->db, "SELECT name, type FROM pragma_table_list WHERE schema = 'main' ORDER BY name");
    if (!stmt.isValid())
        return names;
    while (stmt.step() == SQLITE_ROW) {
        const QString name = stmt.text(0);
        const QString kind = stmt.text(1);
        const bool internal = name.startsWith(QLatin1String("sqlite_")) || kind == QLatin1String("shadow");
        if (kind == QLatin1String("view")) {
            if (type & QSql::Views)
                names.append(name);
        } else if (internal) {
            if (type & QSql::SystemTables)
                names.append(name);
        } else if (type & QSql::Tables) {
            names.append(name);
        }
    }
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    const QString table = isIdentifierEscaped(tableName, TableName) ? stripDelimiters(tableName, TableName) : tableName;
    const QList<ColumnInfo> columns = tableColumns(d->db, table);
    if (columns.isEmpty())
        return result;

    // Only a sole INTEGER PRIMARY KEY of a rowid table is an alias of the rowid, filled in by SQLite.
    const auto keyColumns
        = std::count_if(columns.cbegin(), columns.cend(), [](const ColumnInfo& c) { return c.primaryKeyPosition > 0; });
    const bool rowIdTable = keyColumns == 1 && !isWithoutRowId(d->db, table);

    for (const ColumnInfo& column : columns) {
        QSqlField field(column.name,
                        SqlCipherResult::metaTypeForDeclaredType(column.declaredType, numericalPrecisionPolicy()),
                        table);
        const bool autoValue = rowIdTable && column.primaryKeyPosition > 0
            && column.declaredType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        field.setAutoValue(autoValue);
        field.setRequiredStatus(column.notNull && !autoValue ? QSqlField::Required : QSqlField::Optional);
        // The default as SQL text ('abc', 0, CURRENT_TIMESTAMP): only the database can evaluate it.
        if (column.defaultValue.isValid())
            field.setDefaultValue(column.defaultValue);
        field.setReadOnly(column.generated);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = isIdentifierEscaped(tableName, TableName) ? stripDelimiters(tableName, TableName) : tableName;
    QSqlIndex index(table);
    const QSqlRecord fields = record(tableName);
    QList<ColumnInfo> keyColumns = tableColumns(d->db, table);
    keyColumns.removeIf([](const ColumnInfo& c) { return c.primaryKeyPosition == 0; });
    std::sort(keyColumns.begin(), keyColumns.end(),
              [](const ColumnInfo& a, const ColumnInfo& b) { return a.primaryKeyPosition < b.primaryKeyPosition; });
    for (const ColumnInfo& column : keyColumns)
        index.append(fields.field(column.name));
    if (!keyColumns.isEmpty())
        index.setName(QStringLiteral("PRIMARY KEY"));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Our code always binds. Qt's own models do not everywhere: QSqlTableModel::selectRow() (OnFieldChange and
// OnRowChange) builds its WHERE with literals. These literals match what binding stores (blobs as blobs,
// date-times in UTC with milliseconds), so that WHERE finds the row it just wrote.
QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    const QVariant value = field.value();
    if (SqlCipherResult::isNullValue(value))
        return QStringLiteral("NULL");
    // QString, not auto: a QStringBuilder would outlive `text`.
    auto quoted = [](QString text) -> QString {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    };
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::QDate:
        return quoted(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return quoted(value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return quoted(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

// Stricter than QSqlDriver's default (first and last character are quotes): the inside must have its
// quotes doubled too, so that a name like "a"b" is escaped again rather than passed through broken.
bool SqlCipherDriver::isIdentifierEscaped(const QString& identifier, IdentifierType /*type*/) const
{
    if (identifier.size() < 3 || !identifier.startsWith(QLatin1Char('"')) || !identifier.endsWith(QLatin1Char('"')))
        return false;
    for (qsizetype i = 1; i < identifier.size() - 1; ++i) {
        if (identifier.at(i) != QLatin1Char('"'))
            continue;
        if (i + 1 >= identifier.size() - 1 || identifier.at(i + 1) != QLatin1Char('"'))
            return false;
        ++i;
    }
    return true;
}

QString SqlCipherDriver::stripDelimiters(const QString& identifier, IdentifierType type) const
{
    return isIdentifierEscaped(identifier, type) ? unescapeIdentifier(identifier) : identifier;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(d->db);
}

QString SqlCipherDriver::libraryVersion()
{
    sqlite3* connection = nullptr;
    QString cipher;
    if (sqlite3_open_v2(":memory:", &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(connection, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            cipher = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(connection);
    return QStringLiteral("%1 (SQLite %2)")
        .arg(cipher.isEmpty() ? QStringLiteral("?") : cipher, QString::fromLatin1(sqlite3_libversion()));
}

} // namespace peerdesk
