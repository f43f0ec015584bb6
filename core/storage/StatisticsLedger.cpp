#include "core/storage/StatisticsLedger.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace peerdesk {

namespace {

constexpr auto Columns = "SELECT id, period, revision, generated_at, k, content, content_sha256 FROM stat_releases";

LedgerEntry entryFrom(const QSqlQuery& query)
{
    LedgerEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.period = query.value(1).toString();
    entry.revision = query.value(2).toInt();
    entry.generatedAt = sql_values::momentFrom(query.value(3));
    entry.k = query.value(4).toInt();
    entry.content = query.value(5).toString().toUtf8();
    entry.contentSha256 = query.value(6).toString();
    return entry;
}

} // namespace

Result<std::optional<LedgerEntry>> StatisticsLedger::latest(const QString& period)
{
    auto query = m_database.exec(
        QLatin1String(Columns) + QLatin1String(" WHERE period = ? ORDER BY revision DESC LIMIT 1"), { period });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<LedgerEntry>();
    return std::optional<LedgerEntry>(entryFrom(*query));
}

Result<LedgerEntry> StatisticsLedger::append(const QString& period, int k, const QDateTime& generatedAt,
                                             const QByteArray& content)
{
    auto previous = latest(period);
    if (!previous)
        return previous.error();
    LedgerEntry entry;
    entry.period = period;
    entry.revision = *previous ? (*previous)->revision + 1 : 0;
    entry.generatedAt = generatedAt;
    entry.k = k;
    entry.content = content;
    entry.contentSha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    auto inserted = m_database.insert(
        QStringLiteral("INSERT INTO stat_releases (period, revision, generated_at, k, content, content_sha256)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        { period, entry.revision, sql_values::moment(generatedAt), k, QString::fromUtf8(content),
          entry.contentSha256 });
    if (!inserted)
        return inserted.error();
    entry.id = *inserted;
    return entry;
}

Result<QList<LedgerEntry>> StatisticsLedger::latestOfEach()
{
    // Each period's row with its highest revision (UNIQUE (period, revision) makes it one row).
    auto query = m_database.exec(
        QStringLiteral("SELECT id, period, revision, generated_at, k, content, content_sha256 FROM stat_releases s"
                       " WHERE revision = (SELECT max(l.revision) FROM stat_releases l WHERE l.period = s.period)"
                       " ORDER BY period"));
    if (!query)
        return query.error();
    QList<LedgerEntry> entries;
    while (query->next())
        entries.append(entryFrom(*query));
    return entries;
}

} // namespace peerdesk
