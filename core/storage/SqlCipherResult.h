#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace peerdesk {

class SqlCipherDriver;

// One statement on a SqlCipherDriver connection. QSqlCachedResult is private Qt API, so rows are cached
// here: a scrollable result keeps every row stepped so far (QSqlQueryModel seeks back and forth). A
// forward-only result keeps none: its current row is the statement's, and a column becomes a QVariant only
// when it is asked for (copying every row into a list of QVariants cost more than SQLite's stepping in the
// roster read, docs/performance.md). Its current row is copied only when the statement must let go of it
// (a COMMIT, a close). The statement is reset as soon as it reports SQLITE_DONE, so a finished query never
// holds a read transaction open.
class SqlCipherResult final : public QSqlResult
{
    Q_DISABLE_COPY_MOVE(SqlCipherResult)
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override; // the sqlite3_stmt*, or a null pointer once finalized

    // Whether a bound value is stored as NULL (the driver's formatValue() agrees).
    static bool isNullValue(const QVariant& value);

    // The statement, when the query is on its current row (forward-only, not copied), for reads that make no
    // QVariant (storage/RowReader.h); otherwise null.
    sqlite3_stmt* currentRowStatement() const { return m_live && at() == m_stepped - 1 ? m_stmt : nullptr; }

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    friend class SqlCipherDriver;

    // The Qt type for a column's declared type, by SQLite's affinity rules; shared with the driver's record().
    static QMetaType metaTypeForDeclaredType(const QString& declaredType, QSql::NumericalPrecisionPolicy policy);

    sqlite3* connection() const;
    bool compile();
    bool bindAll();
    bool stepRow();
    void completeStatement();
    void resetStatement();
    void finalizeStatement();
    void releaseStatement(); // the driver is closing: keep the cached rows, drop the statement
    void forgetDriver(); // the driver is being destroyed
    bool isStepping() const; // rows may still be read from the statement (it holds a read lock)
    void clearRows();
    // The record (column names and types) is what QSQLITE keeps per statement; building it on every execution
    // cost a QSqlField per column per exec (docs/performance.md). The names are read once per compile, the
    // declared types again only when the precision policy changes, and the record itself only when asked for.
    void describeColumns();
    void refreshDeclaredTypes();
    QMetaType columnType(int column) const;
    const QSqlRecord& ensureRecord() const;
    QVariant columnValue(int column) const;
    QVariantList readRow() const;
    bool onLiveRow() const; // positioned on the statement's current row, not yet copied
    void copyStatementRow();
    void keepLiveRow(); // copies that row, if positioned on it, before the statement lets go of it
    bool fetchForwardOnly(int row);
    QSqlError sqliteError(const QString& driverText, QSqlError::ErrorType type) const;

    const SqlCipherDriver* m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    QByteArray m_stmtSql; // m_stmt's SQL, under which the driver keeps it for reuse
    QString m_sql; // what was compiled, to compile again after the connection was closed and reopened
    struct Column
    {
        QString name;
        QString table;
        QString declaredType; // empty for an expression
    };
    QList<Column> m_columns;
    QList<QMetaType> m_declaredTypes;
    QSql::NumericalPrecisionPolicy m_typesPolicy = QSql::HighPrecision;
    QList<QMetaType> m_firstRowTypes; // the types of the latest execution's first row, for expression columns
    mutable QSqlRecord m_record;
    mutable bool m_recordValid = false;
    QList<QVariantList> m_rows; // scrollable: every row stepped; forward-only: at most its current row, copied
    int m_firstRow = 0; // row number of m_rows.first(); grows for forward-only results
    int m_stepped = 0; // rows the statement has returned in this execution
    bool m_live = false; // forward-only: row m_stepped - 1 is the statement's current row and is not in m_rows
    bool m_done = true; // the statement has no more rows (it has been reset)
    bool m_stepFailed = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    qint64 m_totalChangesBefore = 0;
    qint64 m_rowIdBefore = 0;
};

} // namespace peerdesk
