#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

class Database;

// One recorded statistics release: the canonical JSON the caller published, frozen.
struct LedgerEntry
{
    qint64 id = 0;
    QString period; // StatPeriod::key()
    int revision = 0;
    QDateTime generatedAt;
    int k = 0;
    QByteArray content;
    QString contentSha256; // hex
};

// The stat_releases table: every release ever published, so a later release (or a correction) can be audited
// against all of them. Rows are only ever added.
class StatisticsLedger final
{
public:
    explicit StatisticsLedger(Database& database) : m_database(database) { }

    // The highest revision of the period, if any.
    Result<std::optional<LedgerEntry>> latest(const QString& period);
    // Adds the next revision of the period (0 when it is the first) and returns the stored entry.
    Result<LedgerEntry> append(const QString& period, int k, const QDateTime& generatedAt, const QByteArray& content);
    // The highest revision of every period, by period.
    Result<QList<LedgerEntry>> latestOfEach();

private:
    Database& m_database;
};

} // namespace peerdesk
