#include "core/storage/SqlCipherResult.h"

#include "core/storage/SqlCipherDriver.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <climits>
#include <cmath>
#include <limits>
#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace peerdesk {

namespace {

int bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // A null pointer would bind NULL; an empty string must stay an empty string.
    const char* chars = utf8.isEmpty() ? "" : utf8.constData();
    return sqlite3_bind_text64(stmt, index, chars, static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

// Values are always bound, never formatted into SQL. `problem` explains the values we refuse ourselves.
int bindVariant(sqlite3_stmt* stmt, int index, const QVariant& value, QString& problem)
{
    if (SqlCipherResult::isNullValue(value))
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::UChar:
    case QMetaType::ULongLong: {
        // SQLite integers are signed 64-bit: wrapping a large unsigned value would store a different number.
        const qulonglong number = value.toULongLong();
        if (number > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
            problem = SqlCipherResult::tr("Parameter %1 does not fit in a 64-bit signed integer").arg(index);
            return SQLITE_RANGE;
        }
        return sqlite3_bind_int64(stmt, index, static_cast<sqlite3_int64>(number));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        if (bytes->isEmpty())
            return sqlite3_bind_zeroblob(stmt, index, 0); // an empty blob, not NULL
        return sqlite3_bind_blob64(stmt, index, bytes->constData(), static_cast<sqlite3_uint64>(bytes->size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QString:
        return bindText(stmt, index, *static_cast<const QString*>(value.constData()));
    case QMetaType::QDate:
        return bindText(stmt, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(stmt, index, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        // UTC, so that text order is time order and the value means the same in every time zone.
        return bindText(stmt, index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    default:
        if (value.canConvert<QString>())
            return bindText(stmt, index, value.toString());
        problem = SqlCipherResult::tr("Parameter %1 has a type that cannot be stored: %2")
                      .arg(index)
                      .arg(QString::fromLatin1(value.typeName()));
        return SQLITE_MISMATCH;
    }
}

bool startsWithInsert(const QString& sql)
{
    const QString start = sql.trimmed().left(7);
    return start.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive)
        || start.startsWith(QLatin1String("REPLACE"), Qt::CaseInsensitive);
}

// Double to integer for the low-precision policies; out-of-range values stay doubles rather than overflow.
QVariant truncatedInteger(double value, bool to32Bit)
{
    const double whole = std::trunc(value);
    if (to32Bit) {
        if (whole >= static_cast<double>(INT_MIN) && whole <= static_cast<double>(INT_MAX))
            return QVariant(static_cast<int>(whole));
    } else if (whole >= -9223372036854775808.0 && whole < 9223372036854775808.0) {
        return QVariant(static_cast<qlonglong>(whole));
    }
    return QVariant(value);
}

} // namespace

// Like Qt's own drivers: a null QString/QByteArray or an invalid date is NULL (since Qt 6, QVariant::isNull()
// no longer looks inside the value), while an empty but non-null string or blob stays a value.
bool SqlCipherResult::isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    default:
        return false;
    }
}

QMetaType SqlCipherResult::metaTypeForDeclaredType(const QString& declaredType, QSql::NumericalPrecisionPolicy policy)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT"))) {
        if (policy == QSql::LowPrecisionInt32)
            return QMetaType::fromType<int>();
        if (policy == QSql::LowPrecisionDouble)
            return QMetaType::fromType<double>();
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("BLOB")) || type.trimmed().isEmpty())
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB"))) {
        if (policy == QSql::LowPrecisionInt32)
            return QMetaType::fromType<int>();
        if (policy == QSql::LowPrecisionInt64)
            return QMetaType::fromType<qlonglong>();
        return QMetaType::fromType<double>();
    }
    // NUMERIC affinity. Dates and times are bound as ISO 8601 text, so they read back as text.
    if (type.contains(QLatin1String("DATE")) || type.contains(QLatin1String("TIME")))
        return QMetaType::fromType<QString>();
    return QMetaType(); // NUMERIC, DECIMAL, BOOLEAN, ANY: the storage class varies per value
}

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver), m_driver(driver)
{
    m_driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    m_live = false; // nobody is left to read the current row: do not copy it
    finalizeStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

sqlite3* SqlCipherResult::connection() const
{
    return m_driver ? m_driver->connection() : nullptr;
}

QSqlError SqlCipherResult::sqliteError(const QString& driverText, QSqlError::ErrorType type) const
{
    sqlite3* db = connection();
    if (!db)
        return QSqlError(driverText, tr("The database is not open"), QSqlError::ConnectionError);
    return QSqlError(driverText, QString::fromUtf8(sqlite3_errmsg(db)), type,
                     QString::number(sqlite3_extended_errcode(db)));
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_firstRow = 0;
    m_stepped = 0;
    m_live = false;
}

bool SqlCipherResult::reset(const QString& query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    clearRows(); // first, so the statement's current row is not copied only to be dropped
    finalizeStatement();
    m_columns.clear();
    m_declaredTypes.clear();
    m_firstRowTypes.clear();
    m_recordValid = false;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_sql = query;
    return compile();
}

bool SqlCipherResult::compile()
{
    const QString failure = tr("Unable to prepare the statement");
    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(failure, tr("The database is not open"), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = m_sql.toUtf8();
    if (sql.size() > INT_MAX) {
        setLastError(QSqlError(failure, tr("The statement is too long"), QSqlError::StatementError));
        return false;
    }
    // A statement compiled from the same SQL before and now idle passed every check below then.
    if (m_driver && (m_stmt = m_driver->takeIdleStatement(sql))) {
        m_stmtSql = sql;
        m_done = true;
        describeColumns();
        return true;
    }
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_stmt, &tail) != SQLITE_OK) {
        setLastError(sqliteError(failure, QSqlError::StatementError));
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(failure, tr("The statement is empty"), QSqlError::StatementError));
        return false;
    }
    // sqlite3_prepare compiles only the first statement. Running "A; B" as just A would silently skip B, so
    // anything after it but whitespace, comments and semicolons is refused.
    const char* end = sql.constData() + sql.size();
    while (tail && tail < end) {
        sqlite3_stmt* extra = nullptr;
        const char* next = nullptr;
        const int rc = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &extra, &next);
        sqlite3_finalize(extra);
        if (rc != SQLITE_OK || extra) {
            setLastError(
                QSqlError(failure, tr("Only one SQL statement can be run at a time"), QSqlError::StatementError));
            // Finalized, never kept: reused, it would skip this check.
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            return false;
        }
        if (!next || next <= tail)
            break;
        tail = next;
    }
    m_stmtSql = sql;
    m_done = true;
    describeColumns();
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant>& values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(
            QSqlError(tr("Unable to bind the parameters"),
                      tr("The statement has %1 parameters but %2 values were bound").arg(expected).arg(values.size()),
                      QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        QString problem;
        const int rc = bindVariant(m_stmt, i + 1, values.at(i), problem);
        if (rc != SQLITE_OK) {
            setLastError(problem.isEmpty() ? sqliteError(tr("Unable to bind the parameters"), QSqlError::StatementError)
                                           : QSqlError(tr("Unable to bind the parameters"), problem,
                                                       QSqlError::StatementError, QString::number(rc)));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    clearRows();
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    m_stepFailed = false;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    // A statement finalized by close() is compiled again once the connection is reopened, so long-lived
    // prepared queries (QSqlTableModel's edit query) survive a close/open.
    if (!m_stmt && (m_sql.isEmpty() || !compile())) {
        if (!lastError().isValid())
            setLastError(QSqlError(tr("Unable to execute the statement"), tr("Nothing was prepared"),
                                   QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_done = false;
    refreshDeclaredTypes(); // the precision policy may have changed since prepare()
    m_firstRowTypes.clear();
    m_recordValid = false;
    if (!bindAll()) {
        resetStatement();
        return false;
    }

    sqlite3* db = connection();
    m_totalChangesBefore = sqlite3_total_changes64(db);
    m_rowIdBefore = sqlite3_last_insert_rowid(db);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_stepped = 1;
        // Expressions have no declared type: the first row tells their type.
        m_firstRowTypes.clear();
        if (isForwardOnly()) {
            m_live = true;
            const int count = sqlite3_column_count(m_stmt);
            for (int i = 0; i < count; ++i)
                m_firstRowTypes.append(columnValue(i).metaType());
        } else {
            m_rows.append(readRow());
            for (const QVariant& value : std::as_const(m_rows.constLast()))
                m_firstRowTypes.append(value.metaType());
        }
    } else if (rc == SQLITE_DONE) {
        completeStatement();
    } else {
        setLastError(sqliteError(tr("Unable to execute the statement"), QSqlError::StatementError));
        resetStatement();
        return false;
    }
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

void SqlCipherResult::describeColumns()
{
    m_columns.clear();
    m_recordValid = false;
    if (!m_stmt)
        return;
    const int count = sqlite3_column_count(m_stmt);
    m_columns.reserve(count);
    for (int i = 0; i < count; ++i) {
        const char* declared = sqlite3_column_decltype(m_stmt, i);
        const char* table = sqlite3_column_table_name(m_stmt, i);
        m_columns.append({ QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
                           table ? QString::fromUtf8(table) : QString(),
                           declared ? QString::fromUtf8(declared) : QString() });
    }
    m_declaredTypes.clear();
    refreshDeclaredTypes();
}

void SqlCipherResult::refreshDeclaredTypes()
{
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    if (m_declaredTypes.size() == m_columns.size() && m_typesPolicy == policy)
        return;
    m_declaredTypes.clear();
    for (const Column& column : std::as_const(m_columns)) {
        m_declaredTypes.append(column.declaredType.isEmpty() ? QMetaType()
                                                             : metaTypeForDeclaredType(column.declaredType, policy));
    }
    m_typesPolicy = policy;
    m_recordValid = false;
}

QMetaType SqlCipherResult::columnType(int column) const
{
    if (column < 0 || column >= m_declaredTypes.size())
        return {};
    if (m_declaredTypes.at(column).isValid() || !m_columns.at(column).declaredType.isEmpty())
        return m_declaredTypes.at(column);
    return column < m_firstRowTypes.size() ? m_firstRowTypes.at(column) : QMetaType();
}

const QSqlRecord& SqlCipherResult::ensureRecord() const
{
    if (!m_recordValid) {
        m_record.clear();
        for (int i = 0; i < m_columns.size(); ++i)
            m_record.append(QSqlField(m_columns.at(i).name, columnType(i), m_columns.at(i).table));
        m_recordValid = true;
    }
    return m_record;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(m_stmt, column);
        if (policy == QSql::LowPrecisionInt32)
            return QVariant(static_cast<int>(value));
        if (policy == QSql::LowPrecisionDouble)
            return QVariant(static_cast<double>(value));
        return QVariant(static_cast<qlonglong>(value));
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        if (policy == QSql::LowPrecisionInt32 || policy == QSql::LowPrecisionInt64)
            return truncatedInteger(value, policy == QSql::LowPrecisionInt32);
        return QVariant(value);
    }
    case SQLITE_TEXT: {
        // sqlite3_column_bytes after sqlite3_column_text, as SQLite documents; the length keeps embedded NULs.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QString::fromUtf8(text ? text : "", bytes));
    }
    case SQLITE_BLOB: {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(bytes > 0 && blob ? QByteArray(blob, bytes) : QByteArray("", 0));
    }
    default:
        // A NULL keeps the column's type, so QSqlRecord/QSqlQueryModel users still see what kind it is.
        return QVariant(columnType(column));
    }
}

QVariantList SqlCipherResult::readRow() const
{
    const int count = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row.append(columnValue(i));
    return row;
}

bool SqlCipherResult::onLiveRow() const
{
    return currentRowStatement() != nullptr;
}

// The statement's current row becomes the only row kept.
void SqlCipherResult::copyStatementRow()
{
    m_rows = { readRow() };
    m_firstRow = m_stepped - 1;
}

void SqlCipherResult::keepLiveRow()
{
    if (!m_live)
        return;
    if (onLiveRow())
        copyStatementRow();
    m_live = false;
}

bool SqlCipherResult::stepRow()
{
    if (!m_stmt || m_done)
        return false;
    m_live = false; // whatever the step gives, the current row is gone
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        ++m_stepped;
        if (isForwardOnly())
            m_live = true;
        else
            m_rows.append(readRow());
        return true;
    }
    if (rc == SQLITE_DONE) {
        completeStatement();
    } else {
        m_stepFailed = true;
        setLastError(sqliteError(tr("Unable to fetch the row"), QSqlError::StatementError));
        resetStatement();
    }
    return false;
}

void SqlCipherResult::completeStatement()
{
    sqlite3* db = connection();
    if (db && !sqlite3_stmt_readonly(m_stmt)) {
        // sqlite3_changes keeps the count of the last INSERT/UPDATE/DELETE, so a CREATE TABLE would report
        // it again: only trust it when this statement changed something.
        const bool changed = sqlite3_total_changes64(db) != m_totalChangesBefore;
        m_rowsAffected = changed ? static_cast<int>(sqlite3_changes64(db)) : 0;
        const qint64 rowId = sqlite3_last_insert_rowid(db);
        if (changed && (rowId != m_rowIdBefore || startsWithInsert(m_sql)))
            m_lastInsertId = QVariant(static_cast<qlonglong>(rowId));
    } else {
        m_rowsAffected = 0;
    }
    resetStatement();
}

// Reset as soon as the rows are done, so no read transaction (or WAL snapshot) is held open; the bindings
// are cleared so no parameter value lingers in SQLite's memory.
void SqlCipherResult::resetStatement()
{
    keepLiveRow();
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_done = true;
}

void SqlCipherResult::finalizeStatement()
{
    keepLiveRow();
    if (m_stmt) {
        if (m_driver)
            m_driver->keepIdleStatement(m_stmtSql, m_stmt); // reset, bindings cleared, or finalized
        else
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_done = true;
}

void SqlCipherResult::releaseStatement()
{
    detachFromResultSet();
    finalizeStatement();
}

void SqlCipherResult::forgetDriver()
{
    finalizeStatement();
    m_driver = nullptr;
}

bool SqlCipherResult::isStepping() const
{
    return m_stmt && !m_done;
}

// QSqlTableModel calls this before every edit, QSqlQuery::finish() too, and the driver before COMMIT,
// ROLLBACK and close. A scrollable result reads its remaining rows into the cache first, so its users see
// the same rows as before; a forward-only result ends at its current row.
void SqlCipherResult::detachFromResultSet()
{
    if (!isStepping())
        return;
    if (!isForwardOnly()) {
        while (stepRow()) { }
        return;
    }
    resetStatement(); // copies the current row first
}

QVariant SqlCipherResult::data(int field)
{
    if (m_live) {
        if (onLiveRow() && field >= 0 && field < sqlite3_column_count(m_stmt))
            return columnValue(field);
        return QVariant();
    }
    const qsizetype index = at() - m_firstRow;
    if (at() < 0 || index < 0 || index >= m_rows.size())
        return QVariant();
    const QVariantList& row = m_rows.at(index);
    return field >= 0 && field < row.size() ? row.at(field) : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    if (m_live) {
        if (onLiveRow() && field >= 0 && field < sqlite3_column_count(m_stmt))
            return sqlite3_column_type(m_stmt, field) == SQLITE_NULL;
        return true;
    }
    return data(field).isNull();
}

bool SqlCipherResult::fetch(int row)
{
    if (isForwardOnly())
        return fetchForwardOnly(row);
    if (row < 0)
        return false;
    while (m_firstRow + m_rows.size() <= row) {
        if (!stepRow())
            return false;
    }
    setAt(row);
    return true;
}

// Steps to `row` without reading the rows in between; rows behind the current one are gone.
bool SqlCipherResult::fetchForwardOnly(int row)
{
    if (row < 0 || row < m_stepped - 1)
        return false;
    while (m_stepped - 1 < row) {
        m_rows.clear(); // a row copied at a COMMIT is behind now
        if (!stepRow())
            return false;
    }
    const bool copied = !m_rows.isEmpty() && m_firstRow == row;
    if (!m_live && !copied)
        return false; // the statement let go of this row before anyone was on it
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    m_stepFailed = false;
    while (isStepping()) {
        // Only stepping past a row tells it was the last, and then the statement has let go of it.
        if (m_live)
            copyStatementRow();
        stepRow();
    }
    if (m_stepFailed || m_rows.isEmpty())
        return false;
    setAt(m_firstRow + static_cast<int>(m_rows.size()) - 1);
    return true;
}

int SqlCipherResult::size()
{
    return -1;
} // unknown until every row is stepped (QuerySize is false)

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return ensureRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

} // namespace peerdesk
