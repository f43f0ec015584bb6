#include "core/services/SupporterService.h"

#include "core/domain/FieldChecks.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/SupporterRules.h"
#include "core/domain/Vocabulary.h"
#include "core/services/AuditLog.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"
#include "core/storage/MatchRepository.h"
#include "core/storage/RowVersion.h"
#include "core/storage/SupporterRepository.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QSet>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SupporterService)
};

constexpr auto EntityType = "supporter";

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// Why the supporter cannot be made active yet (the program's required courses not completed), or success.
Result<void> checkRequiredTraining(Database& database, const Supporter& supporter, const QString& who)
{
    auto required = ProgramSettings(database).list(QLatin1String(ProgramSettings::RequiredCourses));
    if (!required)
        return required.error();
    const QStringList missing = missingCourses(supporter, *required);
    if (missing.isEmpty())
        return {};
    return invalid(Text::tr("%1 cannot be active before completing the program's required training: %2.")
                       .arg(who, missing.join(QStringLiteral("; "))));
}

} // namespace

Result<qint64> SupporterService::add(const Supporter& supporter)
{
    auto ids = addAll({ supporter });
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> SupporterService::addAll(const QList<Supporter>& supporters)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    auto affinities = m_session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinities)
        return affinities.error();
    // Read once for the whole import: the database would refuse a site that does not exist, less clearly.
    auto sites = SiteService(m_session).list();
    if (!sites)
        return sites.error();
    QSet<qint64> siteIds;
    for (const Site& site : std::as_const(*sites))
        siteIds.insert(site.id);
    QList<qint64> ids;
    SupporterRepository repository(m_session.database());
    auto done = m_session.database().transaction([&]() -> Result<void> {
        ids.clear(); // a retried transaction starts again from nothing (Database::transaction)
        for (const Supporter& supporter : supporters) {
            if (auto valid = supporter_rules::validate(supporter, *affinities); !valid)
                return valid;
            if (!siteIds.contains(supporter.siteId))
                return invalid(Text::tr("Choose the site the supporter works from."));
            if (supporter.status == QLatin1String("active")) {
                if (auto trained = checkRequiredTraining(m_session.database(), supporter, Text::tr("A supporter"));
                    !trained)
                    return trained;
            }
            if (!supporter.email.isEmpty()) {
                auto used = repository.emailInUse(supporter.email);
                if (!used)
                    return used.error();
                if (*used)
                    return invalid(Text::tr("Another supporter already has this email address."));
            }
            Supporter stored = supporter;
            stored.name = supporter.name.trimmed();
            stored.specialty = supporter.specialty.trimmed();
            if (stored.status == QLatin1String("retired") && !stored.retiredAt.isValid())
                stored.retiredAt = m_session.clock().nowUtc();
            auto id = repository.insert(stored, m_session.clock().nowUtc());
            if (!id)
                return id.error();
            if (auto audited
                = m_session.recordAudit(QStringLiteral("supporter.created"), QLatin1String(EntityType), *id);
                !audited)
                return audited;
            ids.append(*id);
        }
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

Result<void> SupporterService::update(const Supporter& supporter)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed;
    auto existing = get(supporter.id);
    if (!existing)
        return existing.error();
    auto affinities = m_session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinities)
        return affinities.error();
    Supporter checked = supporter;
    checked.status = existing->status; // status changes go through setStatus()
    if (auto valid = supporter_rules::validate(checked, *affinities); !valid)
        return valid;
    SupporterRepository repository(m_session.database());
    return m_session.database().transaction([&]() -> Result<void> {
        if (!checked.email.isEmpty()) {
            auto used = repository.emailInUse(checked.email, checked.id);
            if (!used)
                return used.error();
            if (*used)
                return invalid(Text::tr("Another supporter already has this email address."));
        }
        if (auto updated = repository.update(checked, m_session.clock().nowUtc()); !updated)
            return updated;
        return m_session.recordAudit(QStringLiteral("supporter.updated"), QLatin1String(EntityType), checked.id);
    });
}

Result<QList<qint64>> SupporterService::liveMatchRequests(qint64 id)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return MatchRepository(m_session.database()).liveRequestsOf(id);
}

Result<void> SupporterService::checkLiveMatches(qint64 id, bool confirmed)
{
    if (confirmed)
        return {};
    auto requests = MatchRepository(m_session.database()).liveRequestsOf(id);
    if (!requests)
        return requests.error();
    if (requests->isEmpty())
        return {};
    QStringList references;
    for (const qint64 request : std::as_const(*requests))
        references << requestReference(request);
    return invalid(Text::tr("Supporter #%1 has %n live match(es) (%2): confirm the change (on the command line, "
                            "--force), then end each match to find a new supporter.",
                            nullptr, int(requests->size()))
                       .arg(id)
                       .arg(references.join(QStringLiteral(", "))));
}

Result<void> SupporterService::setStatus(qint64 id, const QString& status, bool liveMatchesConfirmed)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed;
    if (auto known = field_checks::keys(Vocab::SupporterStatus, { status }); !known)
        return known;
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (existing->contactPurgedAt.isValid())
        return invalid(Text::tr("This supporter's contact details were purged after retirement; add them again as "
                                "a new supporter instead."));
    if (status == QLatin1String("active") && existing->status != status) {
        if (auto trained = checkRequiredTraining(m_session.database(), *existing, Text::tr("Supporter #%1").arg(id));
            !trained)
            return trained;
    }
    if (status != QLatin1String("active") && existing->status != status) {
        if (auto free = checkLiveMatches(id, liveMatchesConfirmed); !free)
            return free;
    }
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime retiredAt = status == QLatin1String("retired")
        ? (existing->retiredAt.isValid() ? existing->retiredAt : now)
        : QDateTime();
    return m_session.database().transaction([&]() -> Result<void> {
        // Decided from the record read above: refused if someone else changed the supporter since.
        if (auto claimed
            = row_version::claim(m_session.database(), row_version::Versioned::Supporter, id, existing->version);
            !claimed)
            return claimed;
        if (auto stored = SupporterRepository(m_session.database()).setStatus(id, status, retiredAt, now); !stored)
            return stored;
        return m_session.recordAudit(QStringLiteral("supporter.status.") + status, QLatin1String(EntityType), id);
    });
}

Result<void> SupporterService::pauseUntil(qint64 id, const QDate& until, bool liveMatchesConfirmed)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed;
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (until.isValid() && until < m_session.clock().todayLocal())
        return invalid(Text::tr("A pause must end today or later."));
    if (until.isValid()) {
        if (auto free = checkLiveMatches(id, liveMatchesConfirmed); !free)
            return free;
    }
    return m_session.database().transaction([&]() -> Result<void> {
        if (auto claimed
            = row_version::claim(m_session.database(), row_version::Versioned::Supporter, id, existing->version);
            !claimed)
            return claimed;
        if (auto stored
            = SupporterRepository(m_session.database()).setPausedUntil(id, until, m_session.clock().nowUtc());
            !stored)
            return stored;
        return m_session.recordAudit(until.isValid() ? QStringLiteral("supporter.paused")
                                                     : QStringLiteral("supporter.resumed"),
                                     QLatin1String(EntityType), id);
    });
}

Result<void> SupporterService::setStatusAndPause(qint64 id, const QString& status, const QDate& pausedUntil,
                                                 bool liveMatchesConfirmed)
{
    const QDate today = m_session.clock().todayLocal();
    const auto current = [&today](const QDate& pause) { return pause.isValid() && pause >= today ? pause : QDate(); };
    return m_session.database().transaction([&]() -> Result<void> {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        if (existing->status != status) {
            if (auto done = setStatus(id, status, liveMatchesConfirmed); !done)
                return done;
        }
        if (current(pausedUntil) != current(existing->pausedUntil))
            return pauseUntil(id, current(pausedUntil), liveMatchesConfirmed);
        return {};
    });
}

Result<qint64> SupporterService::addTraining(qint64 id, const TrainingRecord& record)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    if (auto existing = get(id); !existing)
        return existing.error();
    if (auto valid = supporter_rules::validateTraining(record); !valid)
        return valid.error();
    qint64 recordId = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        auto inserted = SupporterRepository(m_session.database()).insertTraining(id, record);
        if (!inserted)
            return inserted.error();
        recordId = *inserted;
        return m_session.recordAudit(QStringLiteral("supporter.training_added"), QLatin1String(EntityType), id);
    });
    if (!done)
        return done.error();
    return recordId;
}

Result<qint64> SupporterService::addDebrief(qint64 id, const DebriefRecord& record)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (auto existing = get(id); !existing)
        return existing.error();
    if (auto kind = field_checks::keys(Vocab::DebriefKind, { record.kind }); !kind)
        return kind.error();
    if (!record.heldOn.isValid() || record.heldOn > m_session.clock().todayLocal())
        return invalid(Text::tr("A debrief needs a date that is not in the future."));
    qint64 recordId = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        auto inserted = SupporterRepository(m_session.database()).insertDebrief(id, record);
        if (!inserted)
            return inserted.error();
        recordId = *inserted;
        return m_session.recordAudit(QStringLiteral("supporter.debrief_added"), QLatin1String(EntityType), id);
    });
    if (!done)
        return done.error();
    return recordId;
}

Result<Supporter> SupporterService::get(qint64 id)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto found = SupporterRepository(m_session.database()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return invalid(Text::tr("There is no supporter #%1.").arg(id));
    return **found;
}

Result<QList<Supporter>> SupporterService::list(const std::optional<QString>& status)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (status) {
        if (auto known = field_checks::keys(Vocab::SupporterStatus, { *status }); !known)
            return known.error();
    }
    return SupporterRepository(m_session.database()).list(status);
}

Result<QHash<qint64, SupporterLoad>> SupporterService::loads()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return MatchRepository(m_session.database()).loads();
}

} // namespace peerdesk
