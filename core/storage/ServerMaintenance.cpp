#include "core/storage/ServerMaintenance.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace peerdesk::server_maintenance {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ServerMaintenance)
};

// Where a purge leaves old versions of identity cells behind.
const QStringList IdentityTables{ QStringLiteral("requests"), QStringLiteral("supporters"),
                                  QStringLiteral("group_members"), QStringLiteral("group_registrations"),
                                  QStringLiteral("request_drafts") };

Result<qint64> sizeOf(Database& owner, const QString& table)
{
    auto size = owner.exec(QStringLiteral("SELECT pg_total_relation_size(to_regclass(?))"), { table });
    if (!size)
        return size.error();
    if (!size->next())
        return qint64(0);
    return size->value(0).toLongLong();
}

} // namespace

Result<QList<TableReclaimed>> run(Database& owner)
{
    if (!owner.isServer() || owner.inTransaction())
        return makeError(ErrorCode::Usage,
                         Text::tr("Maintenance runs on a program server's owner connection, "
                                  "outside a transaction."));
    auto names = owner.exec(
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"));
    if (!names)
        return names.error();
    QStringList tables;
    while (names->next())
        tables << names->value(0).toString();
    names->finish();
    // A rewrite waits for every open transaction on its table and makes everyone else wait behind it: give up on a
    // table rather than stall the program for longer than this (the next run does it).
    if (auto bounded = owner.execute(QStringLiteral("SET lock_timeout = '30s'")); !bounded)
        return bounded.error();
    // Names go into VACUUM as they are (it takes no parameters): only plain lower-case identifiers, which they all are.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    QList<TableReclaimed> report;
    for (const QString& table : std::as_const(tables)) {
        if (!plain.match(table).hasMatch())
            return makeError(ErrorCode::Damaged, Text::tr("The program's schema holds a table named unexpectedly."));
        TableReclaimed done;
        done.table = table;
        done.rewritten = IdentityTables.contains(table);
        auto before = sizeOf(owner, table);
        if (!before)
            return before.error();
        done.bytesBefore = *before;
        const QString options = done.rewritten ? QStringLiteral("FULL, ANALYZE") : QStringLiteral("ANALYZE");
        if (auto vacuumed = owner.execute(QStringLiteral("VACUUM (%1) %2").arg(options, table)); !vacuumed)
            return vacuumed.error();
        auto after = sizeOf(owner, table);
        if (!after)
            return after.error();
        done.bytesAfter = *after;
        report.append(done);
    }
    return report;
}

} // namespace peerdesk::server_maintenance
