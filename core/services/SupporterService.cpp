#include "services/SupporterService.h"

#include "domain/Vocabulary.h"
#include "services/AuditLog.h"
#include "services/FieldChecks.h"
#include "services/Permissions.h"
#include "services/ProgramSettings.h"
#include "services/Vault.h"
#include "storage/Database.h"
#include "storage/MatchRepository.h"
#include "storage/SupporterRepository.h"

#include <QCoreApplication>

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

Result<void> checkTraining(const TrainingRecord& record)
{
    if (record.course.trimmed().isEmpty() || record.course.size() > 100 || !record.completedOn.isValid())
        return invalid(Text::tr("A training record needs a course name and a completion date."));
    if (record.refresherDue.isValid() && record.refresherDue < record.completedOn)
        return invalid(Text::tr("A refresher cannot be due before the course was completed."));
    return {};
}

} // namespace

Result<void> SupporterService::validate(const Supporter& s, const QStringList& affinityGroups)
{
    if (s.name.trimmed().isEmpty())
        return invalid(Text::tr("A supporter needs a name."));
    if (s.name.size() > 200)
        return invalid(Text::tr("A name can have at most 200 characters."));
    if (s.email.isEmpty() && s.phone.isEmpty())
        return invalid(Text::tr("A supporter needs an email address or a phone number."));
    if (auto valid = field_checks::email(s.email); !valid)
        return valid;
    if (auto valid = field_checks::phone(s.phone); !valid)
        return valid;
    if (s.specialty.trimmed().isEmpty())
        return invalid(Text::tr("A supporter needs a specialty."));
    for (const QString* text : { &s.specialty, &s.practiceSetting, &s.region, &s.pronouns }) {
        if (text->size() > 100)
            return invalid(Text::tr("Specialty, practice setting, region and pronouns can have at most 100 "
                                    "characters."));
    }
    for (const QString& institution : s.institutions) {
        if (institution.size() > 200)
            return invalid(Text::tr("An institution can have at most 200 characters."));
    }
    if (auto stage = field_checks::keys(Vocab::CareerStage, { s.careerStage }); !stage)
        return stage;
    if (auto status = field_checks::keys(Vocab::SupporterStatus, { s.status }); !status)
        return status;
    if (!s.gender.isEmpty()) {
        if (auto gender = field_checks::keys(Vocab::Gender, { s.gender }); !gender)
            return gender;
    }
    if (auto modalities = field_checks::keys(Vocab::Modality, s.modalities); !modalities)
        return modalities;
    if (s.languages.isEmpty())
        return invalid(Text::tr("A supporter needs at least one language."));
    if (auto valid = field_checks::languages(s.languages); !valid)
        return valid;
    for (const QString& group : s.affinities) {
        if (auto valid = field_checks::affinity(group, affinityGroups); !valid)
            return valid;
    }
    if (s.maxActive < 0 || s.maxActive > 50)
        return invalid(Text::tr("The capacity (max_active) must be from 0 to 50."));
    if (s.cooldownDays < 0 || s.cooldownDays > 365)
        return invalid(Text::tr("The cooldown must be from 0 to 365 days."));
    if (auto valid = field_checks::windows(s.availability); !valid)
        return valid;
    for (const TrainingRecord& record : s.training) {
        if (auto valid = checkTraining(record); !valid)
            return valid;
    }
    return {};
}

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
    auto affinities = ProgramSettings(m_session.database()).list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinities)
        return affinities.error();
    QList<qint64> ids;
    SupporterRepository repository(m_session.database());
    auto done = m_session.database().transaction([&]() -> Result<void> {
        for (const Supporter& supporter : supporters) {
            if (auto valid = validate(supporter, *affinities); !valid)
                return valid;
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
    auto affinities = ProgramSettings(m_session.database()).list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinities)
        return affinities.error();
    Supporter checked = supporter;
    checked.status = existing->status; // status changes go through setStatus()
    if (auto valid = validate(checked, *affinities); !valid)
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

Result<void> SupporterService::setStatus(qint64 id, const QString& status)
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
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime retiredAt = status == QLatin1String("retired")
        ? (existing->retiredAt.isValid() ? existing->retiredAt : now)
        : QDateTime();
    return m_session.database().transaction([&]() -> Result<void> {
        if (auto stored = SupporterRepository(m_session.database()).setStatus(id, status, retiredAt, now); !stored)
            return stored;
        return m_session.recordAudit(QStringLiteral("supporter.status.") + status, QLatin1String(EntityType), id);
    });
}

Result<void> SupporterService::pauseUntil(qint64 id, const QDate& until)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed;
    if (auto existing = get(id); !existing)
        return existing.error();
    if (until.isValid() && until < m_session.clock().todayLocal())
        return invalid(Text::tr("A pause must end today or later."));
    return m_session.database().transaction([&]() -> Result<void> {
        if (auto stored
            = SupporterRepository(m_session.database()).setPausedUntil(id, until, m_session.clock().nowUtc());
            !stored)
            return stored;
        return m_session.recordAudit(until.isValid() ? QStringLiteral("supporter.paused")
                                                     : QStringLiteral("supporter.resumed"),
                                     QLatin1String(EntityType), id);
    });
}

Result<void> SupporterService::setStatusAndPause(qint64 id, const QString& status, const QDate& pausedUntil)
{
    const QDate today = m_session.clock().todayLocal();
    const auto current = [&today](const QDate& pause) { return pause.isValid() && pause >= today ? pause : QDate(); };
    return m_session.database().transaction([&]() -> Result<void> {
        auto existing = get(id);
        if (!existing)
            return existing.error();
        if (existing->status != status) {
            if (auto done = setStatus(id, status); !done)
                return done;
        }
        if (current(pausedUntil) != current(existing->pausedUntil))
            return pauseUntil(id, current(pausedUntil));
        return {};
    });
}

Result<qint64> SupporterService::addTraining(qint64 id, const TrainingRecord& record)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    if (auto existing = get(id); !existing)
        return existing.error();
    if (auto valid = checkTraining(record); !valid)
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
