#include "core/storage/SqlDialect.h"

#include <QRegularExpression>

namespace peerdesk {

QString SqlDialect::expand(const QString& sql) const
{
    // Most statements have no placeholder: one search and they are returned as they are.
    if (!sql.contains(QLatin1String("{index:")))
        return sql;
    static const QRegularExpression indexHint(QStringLiteral("\\{index:(\\w+)\\}"));
    QString expanded = sql;
    switch (m_engine) {
    case Engine::SQLite:
        expanded.replace(indexHint, QStringLiteral("INDEXED BY \\1"));
        break;
    }
    return expanded;
}

} // namespace peerdesk
