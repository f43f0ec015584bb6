#include "core/storage/SqlDialect.h"

#include <QRegularExpression>

namespace peerdesk {

QString SqlDialect::expand(const QString& sql) const
{
    // Most statements have no placeholder: one search and they are returned as they are.
    if (!sql.contains(QLatin1Char('{')))
        return sql;
    static const QRegularExpression indexHint(QStringLiteral("\\{index:(\\w+)\\}"));
    static const QRegularExpression plusMinutes(QStringLiteral("\\{moment_plus_minutes:([\\w.]+):([\\w.]+)\\}"));
    const QLatin1String jsonValues("{json_values}");
    QString expanded = sql;
    switch (m_engine) {
    case Engine::SQLite:
        expanded.replace(indexHint, QStringLiteral("INDEXED BY \\1"));
        expanded.replace(jsonValues, QLatin1String("json_each(?)"));
        expanded.replace(plusMinutes, QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', \\1, '+' || \\2 || ' minutes')"));
        break;
    case Engine::PostgreSQL:
        expanded.replace(indexHint, QString());
        expanded.replace(jsonValues, QLatin1String("json_array_elements_text(CAST(? AS json)) AS json_each(value)"));
        // The session's time zone is UTC (Database::openServer); the text is parsed and written in that zone.
        expanded.replace(plusMinutes,
                         QStringLiteral("to_char((CAST(\\1 AS timestamptz) + \\2 * interval '1 minute') AT TIME ZONE "
                                        "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
        break;
    }
    return expanded;
}

} // namespace peerdesk
