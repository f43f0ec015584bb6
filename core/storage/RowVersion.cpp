#include "core/storage/RowVersion.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace peerdesk::row_version {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RowVersion)
};

QString recordName(Versioned kind, qint64 id)
{
    switch (kind) {
    case Versioned::Request:
        return Text::tr("Request #%1").arg(id);
    case Versioned::Supporter:
        return Text::tr("Supporter #%1").arg(id);
    case Versioned::Match:
        return Text::tr("Match #%1").arg(id);
    case Versioned::Conversation:
        return Text::tr("Conversation #%1").arg(id);
    case Versioned::Group:
        return Text::tr("Group #%1").arg(id);
    case Versioned::GroupOccurrence:
        return Text::tr("Group session #%1").arg(id);
    case Versioned::GroupMember:
        return Text::tr("Group member #%1").arg(id);
    case Versioned::GroupRegistration:
        return Text::tr("Group registration #%1").arg(id);
    case Versioned::User:
        return Text::tr("Account #%1").arg(id);
    }
    return {};
}

} // namespace

QString tableOf(Versioned kind)
{
    switch (kind) {
    case Versioned::Request:
        return QStringLiteral("requests");
    case Versioned::Supporter:
        return QStringLiteral("supporters");
    case Versioned::Match:
        return QStringLiteral("matches");
    case Versioned::Conversation:
        return QStringLiteral("conversations");
    case Versioned::Group:
        return QStringLiteral("peer_groups");
    case Versioned::GroupOccurrence:
        return QStringLiteral("group_occurrences");
    case Versioned::GroupMember:
        return QStringLiteral("group_members");
    case Versioned::GroupRegistration:
        return QStringLiteral("group_registrations");
    case Versioned::User:
        return QStringLiteral("users");
    }
    return {};
}

Error conflict(Versioned kind, qint64 id)
{
    return makeError(ErrorCode::Conflict,
                     Text::tr("%1 was changed by someone else after it was read, so nothing was saved. Look at it "
                              "again as it is now, then make the change again.")
                         .arg(recordName(kind, id)));
}

Result<void> claim(Database& database, Versioned kind, qint64 id, qint64 seenVersion)
{
    const QString table = tableOf(kind);
    if (database.claimedRow(table, id))
        return {};
    const qint64 expected = database.expectedVersion(table, id).value_or(seenVersion);
    // The table name comes from the fixed list above, never from input.
    auto query = database.exec(
        QStringLiteral("UPDATE %1 SET row_version = row_version + 1 WHERE id = ? AND row_version = ?").arg(table),
        { id, expected });
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return conflict(kind, id);
    database.noteClaimedRow(table, id);
    return {};
}

Result<qint64> current(Database& database, Versioned kind, qint64 id)
{
    auto query = database.exec(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(tableOf(kind)), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 does not exist.").arg(recordName(kind, id)));
    return query->value(0).toLongLong();
}

} // namespace peerdesk::row_version
