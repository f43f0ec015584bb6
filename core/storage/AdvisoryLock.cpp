#include "core/storage/AdvisoryLock.h"

#include "core/storage/Database.h"

namespace peerdesk::advisory_lock {

Result<void> holdForTransaction(Database& database, AdvisoryLock lock)
{
    // Asked for once per transaction: an import appends thousands of audit rows in one.
    if (!database.isServer() || !database.noteTransactionLock(static_cast<qint64>(lock)))
        return {};
    auto taken = database.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { static_cast<qint64>(lock) });
    if (!taken)
        return taken.error();
    taken->finish();
    return {};
}

Result<void> holdSharedForTransaction(Database& database, AdvisoryLock lock)
{
    // Noted apart from the exclusive hold of the same lock. A transaction takes one or the other: shared and then
    // exclusive would be an upgrade, which two transactions doing it at once deadlock on.
    constexpr qint64 SharedMark = qint64(1) << 40;
    if (!database.isServer() || !database.noteTransactionLock(static_cast<qint64>(lock) | SharedMark))
        return {};
    auto taken = database.exec(QStringLiteral("SELECT pg_advisory_xact_lock_shared(?)"), { static_cast<qint64>(lock) });
    if (!taken)
        return taken.error();
    taken->finish();
    return {};
}

Result<bool> tryForTransaction(Database& database, AdvisoryLock lock)
{
    if (!database.isServer())
        return true;
    auto taken = database.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(?)"), { static_cast<qint64>(lock) });
    if (!taken)
        return taken.error();
    const bool held = taken->next() && taken->value(0).toBool();
    taken->finish();
    return held;
}

} // namespace peerdesk::advisory_lock
