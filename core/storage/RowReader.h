#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

class QSqlQuery;
struct sqlite3_stmt;

namespace peerdesk {

class SqlCipherResult;

// One copy of each repeated short text (a language, a status, a course), which every value holding it shares: a
// roster of 10 000 supporters holds 50 000 attribute values, but only a few dozen different ones.
class TextPool final
{
public:
    QString get(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_texts;
};

// Typed reads of a forward-only query's current row, straight from its SQLite statement, with no QVariant per value:
// reading the 10 000-supporter roster through QSqlQuery::value() spent more time making, copying and freeing
// QVariants than SQLite spent finding the rows (docs/performance.md). Where the row is not the statement's (a
// scrollable query, or a row copied at a COMMIT) it reads value() instead, with the same results for the column
// types the schema declares. The query must outlive the reader.
class RowReader final
{
public:
    explicit RowReader(const QSqlQuery& query);

    qint64 integer(int column) const; // 0 for NULL
    QString text(int column) const; // a null QString for NULL
    QString text(int column, TextPool& pool) const; // the same, shared through the pool
    QByteArray blob(int column) const; // a null QByteArray for NULL
    QDate day(int column) const; // as sql_values::dayFrom
    QDateTime moment(int column) const; // as sql_values::momentFrom

    // Whether the current row is read from the statement (not through value()); for tests.
    bool readsStatement() const { return statement() != nullptr; }

private:
    sqlite3_stmt* statement() const;
    // The column's text as SQLite holds it; null (not empty) for NULL. Valid until the query moves on.
    QByteArrayView utf8(sqlite3_stmt* statement, int column) const;

    const QSqlQuery& m_query;
    const SqlCipherResult* m_result; // null on another driver
};

} // namespace peerdesk
