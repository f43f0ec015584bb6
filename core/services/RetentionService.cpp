#include "core/services/RetentionService.h"

#include "core/services/AuditLog.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/Database.h"
#include "core/storage/GroupMemberRepository.h"
#include "core/storage/GroupRepository.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/SupporterRepository.h"
#include "core/vault/VaultSession.h"

namespace peerdesk {

namespace {

// Counts only: the audit row says how many, never whose.
Result<void> auditCount(VaultSession& session, const QString& action, const char* entityType, int count)
{
    if (count <= 0)
        return {};
    return session.recordAudit(action, QLatin1String(entityType), count);
}

} // namespace

Result<PurgeReport> RetentionService::purge(bool dryRun)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return run(dryRun, "retention.purge", Others::Wait);
}

Result<PurgeReport> RetentionService::purgeAtUnlock()
{
    return run(false, "retention.purge_at_unlock", Others::Skip);
}

Result<PurgeReport> RetentionService::run(bool dryRun, const char* auditAction, Others others)
{
    Database& database = m_session.database();
    ProgramSettings settings(database);
    auto retentionDays = settings.integer(QLatin1String(ProgramSettings::RetentionDays));
    if (!retentionDays)
        return retentionDays.error();
    auto supporterDays = settings.integer(QLatin1String(ProgramSettings::SupporterRetentionDays));
    if (!supporterDays)
        return supporterDays.error();
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime closedBefore = now.addDays(-*retentionDays);
    const QDateTime retiredBefore = now.addDays(-*supporterDays);

    PurgeReport report;
    report.dryRun = dryRun;
    RequestRepository requests(database);
    SupporterRepository supporters(database);
    GroupRepository groups(database);
    bool skipped = false;
    auto done = database.transaction([&]() -> Result<void> {
        // A retried transaction starts again from nothing (Database::transaction).
        report = PurgeReport{};
        report.dryRun = dryRun;
        skipped = false;
        // On a program server, one purge at a time: a sign-in while a colleague's purge runs leaves it to them.
        if (!dryRun) {
            if (others == Others::Wait) {
                if (auto locked = advisory_lock::holdForTransaction(database, AdvisoryLock::Purge); !locked)
                    return locked;
            } else {
                auto locked = advisory_lock::tryForTransaction(database, AdvisoryLock::Purge);
                if (!locked)
                    return locked.error();
                skipped = !*locked;
                if (skipped)
                    return {};
            }
        }
        auto due = requests.countIdentitiesToPurge(closedBefore);
        if (!due)
            return due.error();
        report.heldRequests = due->held;
        auto registrations = groups.purgeRegistrations(closedBefore, dryRun);
        if (!registrations)
            return registrations.error();
        report.registrations = *registrations;
        auto members = GroupMemberRepository(database).purge(closedBefore, now, dryRun);
        if (!members)
            return members.error();
        report.members = members->purged;
        report.heldMembers = members->held;
        if (dryRun) {
            report.requests = due->purgeable;
            auto retired = supporters.countContactsToPurge(retiredBefore);
            if (!retired)
                return retired.error();
            report.supporters = *retired;
            return {};
        }
        auto purged = requests.purgeIdentities(closedBefore, now);
        if (!purged)
            return purged.error();
        report.requests = *purged;
        auto retired = supporters.purgeContacts(retiredBefore, now);
        if (!retired)
            return retired.error();
        report.supporters = *retired;
        // A draft nobody came back to for a week holds a name for nothing (RequestService::takeDraft).
        auto drafts = requests.purgeDrafts(now.addDays(-RequestService::DraftDays));
        if (!drafts)
            return drafts.error();
        report.drafts = *drafts;
        const QString action = QLatin1String(auditAction);
        if (auto a = auditCount(m_session, action, "requests", report.requests); !a)
            return a;
        if (auto a = auditCount(m_session, action, "supporters", report.supporters); !a)
            return a;
        if (auto a = auditCount(m_session, action, "request_drafts", report.drafts); !a)
            return a;
        if (auto a = auditCount(m_session, action, "group_members", report.members); !a)
            return a;
        return auditCount(m_session, action, "group_registrations", report.registrations);
    });
    if (!done)
        return done.error();
    // secure_delete has overwritten the old values in the database pages; the WAL still holds the pages as they
    // were before, so fold it into the database and truncate it.
    if (!dryRun && report.total() > 0) {
        if (auto checkpointed = database.checkpoint(); !checkpointed)
            return checkpointed.error();
    }
    return report;
}

} // namespace peerdesk
