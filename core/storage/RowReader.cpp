#include "core/storage/RowReader.h"

#include "core/storage/SqlCipherResult.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace peerdesk {

QString TextPool::get(QByteArrayView utf8)
{
    if (utf8.isNull())
        return {};
    // fromRawData makes no copy: only a text seen for the first time is copied, into the key.
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    const auto found = m_texts.constFind(key);
    if (found != m_texts.constEnd())
        return *found;
    const QString text = QString::fromUtf8(utf8);
    m_texts.insert(QByteArray(utf8.data(), utf8.size()), text);
    return text;
}

RowReader::RowReader(const QSqlQuery& query)
    : m_query(query), m_result(dynamic_cast<const SqlCipherResult*>(query.result()))
{
}

sqlite3_stmt* RowReader::statement() const
{
    return m_result ? m_result->currentRowStatement() : nullptr;
}

QByteArrayView RowReader::utf8(sqlite3_stmt* statement, int column) const
{
    // sqlite3_column_bytes after sqlite3_column_text, as SQLite documents.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    if (!text)
        return {}; // NULL (or out of memory, which SQLite reports at the next step)
    return QByteArrayView(text, sqlite3_column_bytes(statement, column));
}

qint64 RowReader::integer(int column) const
{
    if (sqlite3_stmt* stmt = statement())
        return sqlite3_column_int64(stmt, column);
    return m_query.value(column).toLongLong();
}

QString RowReader::text(int column) const
{
    if (sqlite3_stmt* stmt = statement()) {
        const QByteArrayView bytes = utf8(stmt, column);
        return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
    }
    return m_query.value(column).toString();
}

QByteArray RowReader::blob(int column) const
{
    if (sqlite3_stmt* stmt = statement()) {
        if (column < 0 || column >= sqlite3_column_count(stmt) || sqlite3_column_type(stmt, column) == SQLITE_NULL)
            return {};
        const void* data = sqlite3_column_blob(stmt, column);
        const int size = sqlite3_column_bytes(stmt, column);
        return QByteArray(static_cast<const char*>(data), size);
    }
    const QVariant value = m_query.value(column);
    return value.isNull() ? QByteArray() : value.toByteArray();
}

QString RowReader::text(int column, TextPool& pool) const
{
    if (sqlite3_stmt* stmt = statement())
        return pool.get(utf8(stmt, column));
    return m_query.value(column).toString();
}

QDate RowReader::day(int column) const
{
    if (sqlite3_stmt* stmt = statement()) {
        const QByteArrayView bytes = utf8(stmt, column);
        return bytes.isNull() ? QDate() : sql_values::dayFromUtf8(bytes);
    }
    return sql_values::dayFrom(m_query.value(column));
}

QDateTime RowReader::moment(int column) const
{
    if (sqlite3_stmt* stmt = statement()) {
        const QByteArrayView bytes = utf8(stmt, column);
        return bytes.isNull() ? QDateTime() : sql_values::momentFromUtf8(bytes);
    }
    return sql_values::momentFrom(m_query.value(column));
}

} // namespace peerdesk
