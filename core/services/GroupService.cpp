#include "core/services/GroupService.h"

#include "core/domain/DateText.h"
#include "core/domain/FieldChecks.h"
#include "core/domain/HolidayCalendar.h"
#include "core/domain/Vocabulary.h"
#include "core/services/AuditLog.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/Database.h"
#include "core/storage/GroupMemberRepository.h"
#include "core/storage/GroupRepository.h"
#include "core/storage/RowVersion.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::GroupService)
};

constexpr auto GroupEntity = "group";
constexpr auto OccurrenceEntity = "group_occurrence";
constexpr auto RegistrationEntity = "group_registration";

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString keysText(Vocab vocab)
{
    return Vocabulary::keys(vocab).join(QStringLiteral(", "));
}

Result<void> checkRange(int value, int minimum, int maximum, const QString& message)
{
    if (value < minimum || value > maximum)
        return invalid(message.arg(minimum).arg(maximum).arg(value));
    return {};
}

// The group's wall-clock start on a local date. A start that falls in a spring-forward gap happens as late as
// the clock jumped, as people would read it.
QDateTime localStart(const QDate& date, int startMinute, const QTimeZone& zone)
{
    const QTime time(startMinute / 60, startMinute % 60);
    const QDateTime start(date, time, zone);
    if (start.isValid() && start.time() == time)
        return start;
    return date.startOfDay(zone).addSecs(qint64(startMinute) * 60);
}

// The resources as listed: each trimmed, empty ones dropped.
QStringList trimmedResources(const QStringList& resources)
{
    QStringList kept;
    for (const QString& resource : resources) {
        if (!resource.trimmed().isEmpty())
            kept.append(resource.trimmed());
    }
    return kept;
}

} // namespace

QList<OccurrenceTime> GroupService::occurrenceTimes(const PeerGroup& group, const QDate& from, const QDate& until,
                                                    const QTimeZone& zone)
{
    QList<OccurrenceTime> times;
    for (const QDate& date : group.recurrence.dates(group.firstDate, group.lastDate, from, until)) {
        // Each occurrence is placed on its own date's offset, so 19:15 stays 19:15 across DST changes.
        const QDateTime start = localStart(date, group.startMinute, zone);
        times.append({ start.toUTC(), start.addSecs(qint64(group.durationMinutes) * 60).toUTC() });
    }
    return times;
}

Result<void> GroupService::validate(const PeerGroup& group)
{
    const QString name = group.name.trimmed();
    if (name.isEmpty())
        return invalid(Text::tr("Give the group a name, such as \"Monday evening group\"."));
    if (name.size() > PeerGroup::MaxNameLength)
        return invalid(Text::tr("A group's name has at most %1 characters.").arg(PeerGroup::MaxNameLength));
    if (!Vocabulary::contains(Vocab::Modality, group.modality)) {
        return invalid(
            Text::tr("\"%1\" is not a modality; use one of: %2.").arg(group.modality, keysText(Vocab::Modality)));
    }
    if (!group.timesValid())
        return invalid(Text::tr("A group meets on one day, starting and ending between 00:00 and 24:00."));
    if (const QString problem = group.recurrence.problem(); !problem.isEmpty())
        return invalid(problem);
    if (auto ok = checkRange(group.durationMinutes, PeerGroup::MinMinutes, PeerGroup::MaxMinutes,
                             Text::tr("A group session lasts %1 to %2 minutes, not %3."));
        !ok)
        return ok;
    if (auto ok
        = checkRange(group.capacity, 1, PeerGroup::MaxCapacity, Text::tr("A group has %1 to %2 places, not %3."));
        !ok)
        return ok;
    if (auto ok = checkRange(group.maxFacilitators, 1, PeerGroup::MaxFacilitatorsLimit,
                             Text::tr("The facilitator limit is %1 to %2, not %3."));
        !ok)
        return ok;
    if (group.facilitatorIds.size() > group.maxFacilitators) {
        return invalid(Text::tr("This group takes at most %n facilitator(s).", nullptr, group.maxFacilitators));
    }
    if (group.resources.size() > PeerGroup::MaxResources)
        return invalid(
            Text::tr("A group lists at most %1 resources for its participants.").arg(PeerGroup::MaxResources));
    for (const QString& resource : group.resources) {
        if (resource.trimmed().isEmpty() || resource.size() > PeerGroup::MaxResourceLength
            || resource.contains(QLatin1Char(';')) || field_checks::hasControlCharacters(resource)) {
            return invalid(Text::tr("Each resource for participants is 1 to %1 characters of plain text, without "
                                    "\";\".")
                               .arg(PeerGroup::MaxResourceLength));
        }
    }
    const QSet<qint64> distinct(group.facilitatorIds.cbegin(), group.facilitatorIds.cend());
    if (distinct.size() != group.facilitatorIds.size())
        return invalid(Text::tr("A facilitator is listed twice."));
    if (group.firstDate.isValid() && group.lastDate.isValid()) {
        const QDate firstMeeting = group.recurrence.firstOnOrAfter(group.firstDate);
        if (group.lastDate < firstMeeting) {
            return invalid(Text::tr("The last date (%1) is before the group's first meeting (%2).")
                               .arg(group.lastDate.toString(Qt::ISODate), firstMeeting.toString(Qt::ISODate)));
        }
    }
    return {};
}

Result<void> GroupService::audit(const char* action, const char* entityType, qint64 id)
{
    return m_session.recordAudit(QLatin1String(action), QLatin1String(entityType), id);
}

Result<void> GroupService::checkFacilitators(const PeerGroup& group, const QList<qint64>& alreadyThere)
{
    SupporterService supporters(m_session);
    auto required = m_session.settings().list(QLatin1String(ProgramSettings::RequiredCourses));
    if (!required)
        return required.error();
    for (const qint64 supporterId : group.facilitatorIds) {
        if (alreadyThere.contains(supporterId))
            continue;
        auto supporter = supporters.get(supporterId);
        if (!supporter)
            return supporter.error();
        if (supporter->status != QLatin1String("active")) {
            return invalid(Text::tr("Supporter #%1 is not active (%2), so cannot facilitate a group.")
                               .arg(supporterId)
                               .arg(Vocabulary::displayName(Vocab::SupporterStatus, supporter->status).toLower()));
        }
        if (const QStringList missing = missingCourses(*supporter, *required); !missing.isEmpty()) {
            return invalid(Text::tr("Supporter #%1 has not completed the program's required training (%2), so cannot "
                                    "facilitate a group.")
                               .arg(supporterId)
                               .arg(missing.join(QStringLiteral("; "))));
        }
    }
    return {};
}

Result<void> GroupService::checkFacilitatorsFree(const PeerGroup& group, const QList<qint64>& supporterIds)
{
    if (supporterIds.isEmpty())
        return {};
    if (auto held = advisory_lock::holdForTransaction(m_session.database(), AdvisoryLock::Roster); !held)
        return held;
    auto booked = GroupRepository(m_session.database())
                      .bookedDuringSessions(group.id, supporterIds, m_session.clock().nowUtc());
    if (!booked)
        return booked.error();
    if (!*booked)
        return {};
    const auto local = [this](const QDateTime& moment) {
        return moment.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    return invalid(Text::tr("Supporter #%1 has a conversation booked at %2, during this group's session of %3. Move "
                            "the conversation, or choose another facilitator.")
                       .arg((*booked)->supporterId)
                       .arg(local((*booked)->conversationStart), local((*booked)->sessionStart)));
}

Result<GroupService::DaysOff> GroupService::daysOff()
{
    ProgramSettings settings(m_session.database());
    auto closures = settings.list(QLatin1String(ProgramSettings::ClosureDays));
    if (!closures)
        return closures.error();
    auto province = settings.value(QLatin1String(ProgramSettings::HolidayProvince));
    if (!province)
        return province.error();
    DaysOff days{ {}, HolidayCalendar(jurisdictionFromCode(*province).value_or(Jurisdiction::Federal)) };
    for (const QString& day : std::as_const(*closures))
        days.closures.insert(QDate::fromString(day, Qt::ISODate));
    return days;
}

QString GroupService::DaysOff::reasonFor(const QDate& date, bool skipHolidays) const
{
    if (closures.contains(date))
        return QStringLiteral("closure");
    if (skipHolidays && holidays.isHoliday(date))
        return QStringLiteral("holiday");
    return {};
}

Result<int> GroupService::materialise(const PeerGroup& group, int weeks, const QDateTime& after, const QDate& from)
{
    const QDate today = m_session.clock().nowUtc().toTimeZone(m_zone).date();
    const QDate first = from.isValid() ? std::min(from, today) : today;
    auto off = daysOff();
    if (!off)
        return off.error();
    GroupRepository repository(m_session.database());
    int added = 0;
    for (const OccurrenceTime& time : occurrenceTimes(group, first, today.addDays(qint64(weeks) * 7 - 1), m_zone)) {
        if (after.isValid() && time.startsAt <= after)
            continue;
        const QString skipped = off->reasonFor(time.startsAt.toTimeZone(m_zone).date(), group.skipHolidays);
        auto inserted = repository.insertOccurrence(group.id, time.startsAt, time.endsAt, skipped);
        if (!inserted)
            return inserted.error();
        added += *inserted ? 1 : 0;
    }
    return added;
}

Result<qint64> GroupService::add(const PeerGroup& request)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    PeerGroup group = request;
    group.name = group.name.trimmed();
    group.resources = trimmedResources(group.resources);
    group.active = true;
    group.createdAt = m_session.clock().nowUtc();
    if (!group.firstDate.isValid())
        group.firstDate = group.createdAt.toTimeZone(m_zone).date();
    if (auto valid = validate(group); !valid)
        return valid.error();
    group.firstDate = group.recurrence.firstOnOrAfter(group.firstDate);
    std::sort(group.facilitatorIds.begin(), group.facilitatorIds.end());
    auto site = SiteService(m_session).siteToWork(group.siteId);
    if (!site)
        return site.error();
    group.siteId = *site;

    auto stored = m_session.database().transaction([&]() -> Result<void> {
        GroupRepository repository(m_session.database());
        auto taken = repository.nameTaken(group.name);
        if (!taken)
            return taken.error();
        if (*taken)
            return invalid(Text::tr("There is already a group named \"%1\".").arg(group.name));
        if (auto facilitators = checkFacilitators(group); !facilitators)
            return facilitators;
        auto id = repository.insertGroup(group);
        if (!id)
            return id.error();
        group.id = *id;
        if (auto audited = audit("group.added", GroupEntity, group.id); !audited)
            return audited;
        auto added = materialise(group, DefaultHorizonWeeks);
        if (!added)
            return added.error();
        return checkFacilitatorsFree(group, group.facilitatorIds);
    });
    if (!stored)
        return stored.error();
    return group.id;
}

Result<GroupChange> GroupService::edit(const PeerGroup& changed)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    PeerGroup trimmed = changed;
    trimmed.name = trimmed.name.trimmed();
    trimmed.resources = trimmedResources(trimmed.resources);
    GroupChange change;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        PeerGroup group = trimmed; // completed below; a retried transaction starts again from the form's
        auto before = get(group.id);
        if (!before)
            return before.error();
        if (!before->active)
            return invalid(Text::tr("Group #%1 has ended: reopen it before changing it.").arg(group.id));
        group.active = true;
        group.createdAt = before->createdAt;
        if (!group.firstDate.isValid())
            group.firstDate = before->firstDate;
        if (auto valid = validate(group); !valid)
            return valid;
        group.firstDate = group.recurrence.firstOnOrAfter(group.firstDate);
        std::sort(group.facilitatorIds.begin(), group.facilitatorIds.end());
        GroupRepository repository(m_session.database());
        auto taken = repository.nameTaken(group.name, group.id);
        if (!taken)
            return taken.error();
        if (*taken)
            return invalid(Text::tr("There is already a group named \"%1\".").arg(group.name));
        if (before->hasMembers() && !group.hasMembers() && before->memberCount > 0) {
            return invalid(Text::tr("Group #%1 has %n standing member(s): remove them before it takes registrations "
                                    "for each session instead.",
                                    nullptr, before->memberCount)
                               .arg(group.id));
        }
        // Only a facilitator being added must be able to lead; one already on the group is flagged, not refused.
        if (auto facilitators = checkFacilitators(group, before->facilitatorIds); !facilitators)
            return facilitators;
        if (auto updated = repository.updateGroup(group); !updated)
            return updated;
        auto reconciled = reconcileFuture(group);
        if (!reconciled)
            return reconciled.error();
        change = *reconciled;
        // A facilitator added, or every facilitator when the sessions' times changed (moved, longer, added): none may
        // be booked elsewhere then.
        QList<qint64> toCheck;
        const bool sessionsMoved = change.added > 0 || group.recurrence != before->recurrence
            || group.startMinute != before->startMinute || group.durationMinutes != before->durationMinutes
            || group.firstDate != before->firstDate || group.lastDate != before->lastDate
            || group.skipHolidays != before->skipHolidays;
        for (const qint64 supporterId : group.facilitatorIds) {
            if (sessionsMoved || !before->facilitatorIds.contains(supporterId))
                toCheck.append(supporterId);
        }
        if (auto free = checkFacilitatorsFree(group, toCheck); !free)
            return free;
        return audit("group.edited", GroupEntity, group.id);
    });
    if (!stored)
        return stored.error();
    return change;
}

Result<GroupChange> GroupService::reconcileFuture(const PeerGroup& group)
{
    // Sessions that have started, or that something was recorded for, stay as they are; the open ones ahead
    // follow the new series: kept where it still meets (with its new length), removed where it no longer does —
    // or, when someone registered for one, cancelled so that it says so — and the missing ones are added.
    const QDateTime now = m_session.clock().nowUtc();
    const QDate today = now.toTimeZone(m_zone).date();
    GroupRepository repository(m_session.database());
    auto open = repository.openFutureOccurrences(group.id, now);
    if (!open)
        return open.error();
    QDate furthest = today.addDays(qint64(DefaultHorizonWeeks) * 7 - 1);
    for (const GroupOccurrence& occurrence : std::as_const(*open))
        furthest = std::max(furthest, occurrence.startsAt.toTimeZone(m_zone).date());
    QHash<QDateTime, QDateTime> wanted;
    for (const OccurrenceTime& time : occurrenceTimes(group, today, furthest, m_zone))
        wanted.insert(time.startsAt, time.endsAt);
    GroupChange change;
    for (const GroupOccurrence& occurrence : std::as_const(*open)) {
        if (const auto found = wanted.constFind(occurrence.startsAt); found != wanted.cend()) {
            if (*found != occurrence.endsAt) {
                if (auto moved = repository.setOccurrenceTimes(occurrence.id, occurrence.startsAt, *found); !moved)
                    return moved.error();
            }
            continue;
        }
        if (occurrence.registrations > 0) {
            if (occurrence.status == QLatin1String("scheduled")) {
                if (auto cancelled = repository.setOccurrenceSkipped(occurrence.id, {}); !cancelled)
                    return cancelled.error();
                ++change.cancelled;
            }
        } else {
            if (auto removed = repository.deleteOccurrence(occurrence.id); !removed)
                return removed.error();
            ++change.removed;
        }
    }
    const int weeks = static_cast<int>((today.daysTo(furthest) + 7) / 7);
    // Only sessions still ahead: a change made at 15:00 does not invent a noon session that never took place.
    auto added = materialise(group, std::min(weeks, MaxHorizonWeeks), now);
    if (!added)
        return added.error();
    change.added = *added;
    return change;
}

Result<int> GroupService::end(qint64 groupId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    int cancelled = 0;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        cancelled = 0; // a retried transaction starts again from nothing (Database::transaction)
        auto group = get(groupId);
        if (!group)
            return group.error();
        if (!group->active)
            return invalid(Text::tr("Group #%1 has already ended.").arg(groupId));
        GroupRepository repository(m_session.database());
        if (auto claimed
            = row_version::claim(m_session.database(), row_version::Versioned::Group, groupId, group->version);
            !claimed)
            return claimed;
        if (auto ended = repository.setActive(groupId, false); !ended)
            return ended;
        auto open = repository.openFutureOccurrences(groupId, m_session.clock().nowUtc());
        if (!open)
            return open.error();
        for (const GroupOccurrence& occurrence : std::as_const(*open)) {
            if (occurrence.status != QLatin1String("scheduled"))
                continue;
            if (auto skipped = repository.setOccurrenceSkipped(occurrence.id, QStringLiteral("ended")); !skipped)
                return skipped;
            ++cancelled;
        }
        // Its members leave with it: their identity goes the retention period after (RetentionService).
        auto left = GroupMemberRepository(m_session.database()).leaveWithGroup(groupId, m_session.clock().nowUtc());
        if (!left)
            return left.error();
        return audit("group.ended", GroupEntity, groupId);
    });
    if (!stored)
        return stored.error();
    return cancelled;
}

Result<int> GroupService::reopen(qint64 groupId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    int scheduled = 0;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        scheduled = 0; // a retried transaction starts again from nothing (Database::transaction)
        auto group = get(groupId);
        if (!group)
            return group.error();
        if (group->active)
            return invalid(Text::tr("Group #%1 has not ended.").arg(groupId));
        if (auto facilitators = checkFacilitators(*group); !facilitators)
            return facilitators;
        GroupRepository repository(m_session.database());
        if (auto claimed
            = row_version::claim(m_session.database(), row_version::Versioned::Group, groupId, group->version);
            !claimed)
            return claimed;
        if (auto reopened = repository.setActive(groupId, true); !reopened)
            return reopened;
        group->active = true;
        // The sessions the ending cancelled come back; the series is then topped up as usual.
        auto open = repository.openFutureOccurrences(groupId, m_session.clock().nowUtc());
        if (!open)
            return open.error();
        for (const GroupOccurrence& occurrence : std::as_const(*open)) {
            if (occurrence.skippedFor != QLatin1String("ended"))
                continue;
            if (auto back = repository.setOccurrenceScheduled(occurrence.id); !back)
                return back;
            ++scheduled;
        }
        auto reconciled = reconcileFuture(*group);
        if (!reconciled)
            return reconciled.error();
        scheduled += reconciled->added;
        // Conversations may have been booked at its times while it was ended.
        if (auto free = checkFacilitatorsFree(*group, group->facilitatorIds); !free)
            return free;
        // Its members come back with it, unless their identity was already purged.
        if (auto back = GroupMemberRepository(m_session.database()).rejoinWithGroup(groupId); !back)
            return back.error();
        return audit("group.reopened", GroupEntity, groupId);
    });
    if (!stored)
        return stored.error();
    return scheduled;
}

Result<int> GroupService::schedule(qint64 groupId, int weeks, const QDate& from)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (weeks < 1 || weeks > MaxHorizonWeeks)
        return invalid(Text::tr("Schedule 1 to %1 weeks ahead, not %2.").arg(MaxHorizonWeeks).arg(weeks));
    const QDate today = m_session.clock().nowUtc().toTimeZone(m_zone).date();
    if (from.isValid() && (from > today || from < today.addDays(-MaxPastDays))) {
        return invalid(
            Text::tr("Past sessions are entered from a date within the last %n day(s), not %1.", nullptr, MaxPastDays)
                .arg(from.toString(Qt::ISODate)));
    }
    int added = 0;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        added = 0; // a retried transaction starts again from nothing (Database::transaction)
        auto group = get(groupId);
        if (!group)
            return group.error();
        if (!group->active)
            return invalid(Text::tr("Group #%1 has ended: reopen it to schedule its sessions.").arg(groupId));
        auto count = materialise(*group, weeks, {}, from);
        if (!count)
            return count.error();
        added = *count;
        if (added == 0)
            return {};
        if (auto free = checkFacilitatorsFree(*group, group->facilitatorIds); !free)
            return free;
        return audit("group.scheduled", GroupEntity, groupId);
    });
    if (!stored)
        return stored.error();
    return added;
}

Result<int> GroupService::keepScheduledAhead()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto weeks = m_session.settings().integer(QLatin1String(ProgramSettings::GroupHorizonWeeks));
    if (!weeks)
        return weeks.error();
    int added = 0;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        added = 0; // a retried transaction starts again from nothing (Database::transaction)
        auto groups = GroupRepository(m_session.database()).listGroups();
        if (!groups)
            return groups.error();
        for (const PeerGroup& group : std::as_const(*groups)) {
            if (!group.active)
                continue;
            auto count = materialise(group, *weeks);
            if (!count)
                return count.error();
            added += *count;
            if (*count > 0) {
                if (auto audited = audit("group.scheduled", GroupEntity, group.id); !audited)
                    return audited;
            }
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return added;
}

Result<QHash<qint64, QString>> GroupService::facilitatorProblems()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto groups = GroupRepository(m_session.database()).listGroups();
    if (!groups)
        return groups.error();
    auto supporters = SupporterService(m_session).list();
    if (!supporters)
        return supporters.error();
    return facilitatorProblems(*groups, *supporters);
}

Result<QHash<qint64, QString>> GroupService::facilitatorProblems(const QList<PeerGroup>& groups,
                                                                 const QList<Supporter>& supporters)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto required = m_session.settings().list(QLatin1String(ProgramSettings::RequiredCourses));
    if (!required)
        return required.error();
    QSet<qint64> facilitators;
    for (const PeerGroup& group : groups) {
        if (group.active)
            facilitators.unite(QSet<qint64>(group.facilitatorIds.cbegin(), group.facilitatorIds.cend()));
    }
    const QDate today = m_session.clock().nowUtc().toTimeZone(m_zone).date();
    QHash<qint64, QString> problems;
    for (const Supporter& supporter : supporters) {
        if (!facilitators.contains(supporter.id))
            continue;
        if (supporter.status != QLatin1String("active")) {
            problems.insert(supporter.id, Vocabulary::displayName(Vocab::SupporterStatus, supporter.status).toLower());
        } else if (supporter.pausedUntil.isValid() && supporter.pausedUntil >= today) {
            problems.insert(supporter.id, Text::tr("paused until %1").arg(date_text::day(supporter.pausedUntil)));
        } else if (const QStringList missing = missingCourses(supporter, *required); !missing.isEmpty()) {
            problems.insert(supporter.id,
                            Text::tr("required training missing: %1").arg(missing.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

Result<PeerGroup> GroupService::get(qint64 groupId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto group = GroupRepository(m_session.database()).findGroup(groupId);
    if (!group)
        return group.error();
    if (!group->has_value())
        return invalid(Text::tr("There is no group #%1.").arg(groupId));
    return **group;
}

Result<QList<PeerGroup>> GroupService::list()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return GroupRepository(m_session.database()).listGroups();
}

Result<QList<GroupOccurrence>> GroupService::occurrences(qint64 groupId)
{
    if (auto group = get(groupId); !group)
        return group.error();
    return GroupRepository(m_session.database()).occurrences(groupId);
}

Result<QList<CalendarOccurrence>> GroupService::occurrencesBetween(const QDateTime& from, const QDateTime& until)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return GroupRepository(m_session.database()).occurrencesBetween(from.toUTC(), until.toUTC());
}

Result<GroupOccurrence> GroupService::occurrence(qint64 occurrenceId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto occurrence = GroupRepository(m_session.database()).findOccurrence(occurrenceId);
    if (!occurrence)
        return occurrence.error();
    if (!occurrence->has_value())
        return invalid(Text::tr("There is no group session #%1.").arg(occurrenceId));
    return **occurrence;
}

namespace {

// The update applied to what is stored, checked against the group's capacity and the clock.
Result<GroupOccurrence> merged(const GroupOccurrence& stored, const OccurrenceUpdate& update, int capacity,
                               const QDateTime& now)
{
    GroupOccurrence result = stored;
    if (update.status) {
        if (!Vocabulary::contains(Vocab::OccurrenceStatus, *update.status)) {
            return invalid(Text::tr("\"%1\" is not a group session status; use one of: %2.")
                               .arg(*update.status, keysText(Vocab::OccurrenceStatus)));
        }
        result.status = *update.status;
        // Why a date was skipped belongs to its cancelled status: held (the program opened after all) drops it.
        if (result.status != QLatin1String("cancelled"))
            result.skippedFor.clear();
    }
    for (const auto& count :
         { update.attendance, update.feedbackPositive, update.feedbackNeutral, update.feedbackNegative }) {
        if (count && *count < 0)
            return invalid(Text::tr("Counts cannot be negative."));
    }
    const bool countsGiven = update.attendance || update.feedbackPositive.value_or(0) > 0
        || update.feedbackNeutral.value_or(0) > 0 || update.feedbackNegative.value_or(0) > 0
        || update.debriefHeld.value_or(false);
    if (result.status != QLatin1String("held")) {
        if (countsGiven) {
            return invalid(Text::tr("Attendance, feedback and debrief are recorded only for a group session that "
                                    "was held."));
        }
        // Counts describe a session that took place; they go when it turns out it did not.
        result.attendance.reset();
        result.feedbackPositive = result.feedbackNeutral = result.feedbackNegative = 0;
        result.debriefHeld = false;
        return result;
    }
    if (stored.startsAt > now)
        return invalid(Text::tr("Group session #%1 has not started yet: it cannot be marked held.").arg(stored.id));
    result.attendance = update.attendance ? update.attendance : result.attendance;
    result.feedbackPositive = update.feedbackPositive.value_or(result.feedbackPositive);
    result.feedbackNeutral = update.feedbackNeutral.value_or(result.feedbackNeutral);
    result.feedbackNegative = update.feedbackNegative.value_or(result.feedbackNegative);
    result.debriefHeld = update.debriefHeld.value_or(result.debriefHeld);
    if (result.attendance && *result.attendance > capacity) {
        return invalid(Text::tr("Attendance (%1) is more than the group's %n place(s).", nullptr, capacity)
                           .arg(*result.attendance));
    }
    const int feedback = result.feedbackPositive + result.feedbackNeutral + result.feedbackNegative;
    const int attendees = result.attendance.value_or(capacity);
    if (feedback > attendees) {
        return invalid(Text::tr("There are %1 feedback answers for %n participant(s): each participant gives at "
                                "most one.",
                                nullptr, attendees)
                           .arg(feedback));
    }
    return result;
}

} // namespace

Result<GroupOccurrence> GroupService::record(qint64 occurrenceId, const OccurrenceUpdate& update)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (update.isEmpty())
        return invalid(Text::tr("Nothing to record: give a status, attendance, feedback or debrief."));
    GroupOccurrence result;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        auto current = occurrence(occurrenceId);
        if (!current)
            return current.error();
        auto group = get(current->groupId);
        if (!group)
            return group.error();
        auto next = merged(*current, update, group->capacity, m_session.clock().nowUtc());
        if (!next)
            return next.error();
        if (auto updated = GroupRepository(m_session.database()).updateOccurrence(*next); !updated)
            return updated;
        result = *next;
        return audit("group_occurrence.recorded", OccurrenceEntity, occurrenceId);
    });
    if (!stored)
        return stored.error();
    return result;
}

Result<QStringList> GroupService::escalate(qint64 occurrenceId, const QString& action,
                                           const std::optional<QDateTime>& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (auto known = field_checks::keys(Vocab::EscalationAction, { action }); !known)
        return known.error();
    auto crisis = m_session.settings().list(QLatin1String(ProgramSettings::CrisisResources));
    if (!crisis)
        return crisis.error();
    const QDateTime now = m_session.clock().nowUtc();
    const QDateTime when = at ? at->toUTC() : now;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        auto session = occurrence(occurrenceId);
        if (!session)
            return session.error();
        if (session->status == QLatin1String("cancelled"))
            return invalid(
                Text::tr("Group session #%1 was cancelled: nothing happened in it to escalate.").arg(occurrenceId));
        // During the session, or recorded by the next day; never ahead of time.
        if (when < session->startsAt || when > now || when > session->endsAt.addDays(1)) {
            return invalid(Text::tr("An escalation on group session #%1 is recorded at a time from its start to the "
                                    "day after it ended, and not in the future.")
                               .arg(occurrenceId));
        }
        if (auto inserted
            = GroupRepository(m_session.database()).insertEscalation(occurrenceId, when, m_session.user().id, action);
            !inserted)
            return inserted;
        return audit("group_occurrence.escalated", OccurrenceEntity, occurrenceId);
    });
    if (!stored)
        return stored.error();
    return *crisis;
}

Result<void> GroupService::checkPerson(QString& name, QString& contact, QString& province)
{
    const QString given = province.trimmed();
    name = name.trimmed();
    contact = contact.trimmed();
    province = given.toUpper();
    if (name.isEmpty())
        return invalid(Text::tr("Give the participant's name."));
    if (contact.isEmpty())
        return invalid(Text::tr("Give a way to reach the participant: an email address or a phone number."));
    if (auto plain
        = field_checks::noControlCharacters(Text::tr("A participant's name or contact"), { &name, &contact });
        !plain)
        return plain.error();
    if (name.size() > GroupRegistration::MaxFieldLength || contact.size() > GroupRegistration::MaxFieldLength) {
        return invalid(Text::tr("A participant's name and contact have at most %1 characters each.")
                           .arg(GroupRegistration::MaxFieldLength));
    }
    if (!Vocabulary::contains(Vocab::Province, province)) {
        return invalid(Text::tr("\"%1\" is not a province or territory code; use one of: %2.")
                           .arg(given, keysText(Vocab::Province)));
    }
    return {};
}

Result<qint64> GroupService::registerParticipant(qint64 occurrenceId, const QString& name, const QString& contact,
                                                 const QString& province)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    GroupRegistration registration;
    registration.occurrenceId = occurrenceId;
    registration.name = name;
    registration.contact = contact;
    registration.province = province;
    registration.createdAt = m_session.clock().nowUtc();
    if (auto checked = checkPerson(registration.name, registration.contact, registration.province); !checked)
        return checked.error();

    qint64 id = 0;
    auto stored = m_session.database().transaction([&]() -> Result<void> {
        auto session = occurrence(occurrenceId);
        if (!session)
            return session.error();
        if (session->status != QLatin1String("scheduled") || session->endsAt <= registration.createdAt)
            return invalid(
                Text::tr("Group session #%1 is over or cancelled: it takes no registrations.").arg(occurrenceId));
        auto group = get(session->groupId);
        if (!group)
            return group.error();
        if (group->hasMembers()) {
            return invalid(Text::tr("Group #%1 has standing members, verified once: add the person as a member "
                                    "instead of registering them for one session.")
                               .arg(group->id));
        }
        if (session->registrations >= group->capacity) {
            return invalid(Text::tr("Group session #%1 is full: its %n place(s) are taken.", nullptr, group->capacity)
                               .arg(occurrenceId));
        }
        auto inserted = GroupRepository(m_session.database()).insertRegistration(registration);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return audit("group_registration.added", RegistrationEntity, id);
    });
    if (!stored)
        return stored.error();
    return id;
}

Result<GroupRegistration> GroupService::findRegistration(qint64 registrationId)
{
    auto found = GroupRepository(m_session.database()).findRegistration(registrationId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return invalid(Text::tr("There is no registration #%1.").arg(registrationId));
    return **found;
}

Result<void> GroupService::verify(qint64 registrationId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto registration = findRegistration(registrationId);
        if (!registration)
            return registration.error();
        if (registration->verifiedAt.isValid())
            return invalid(Text::tr("Registration #%1 is already verified.").arg(registrationId));
        if (auto stored = GroupRepository(m_session.database()).setVerified(registrationId, m_session.clock().nowUtc());
            !stored)
            return stored;
        return audit("group_registration.verified", RegistrationEntity, registrationId);
    });
}

Result<void> GroupService::markLinkSent(qint64 registrationId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto registration = findRegistration(registrationId);
        if (!registration)
            return registration.error();
        if (!registration->verifiedAt.isValid()) {
            return invalid(Text::tr("Verify the identity and province of registration #%1 before sending the link.")
                               .arg(registrationId));
        }
        if (auto stored = GroupRepository(m_session.database()).setLinkSent(registrationId, m_session.clock().nowUtc());
            !stored)
            return stored;
        return audit("group_registration.link_sent", RegistrationEntity, registrationId);
    });
}

Result<QList<GroupRegistration>> GroupService::registrations(qint64 occurrenceId)
{
    if (auto found = occurrence(occurrenceId); !found)
        return found.error();
    auto registrations = GroupRepository(m_session.database()).registrations(occurrenceId);
    if (!registrations)
        return registrations;
    // Each participant's name and contact are shown to the person asking: who looked at whom is recorded.
    QList<qint64> shown;
    for (const GroupRegistration& registration : std::as_const(*registrations))
        shown.append(registration.id);
    if (auto recorded = m_session.recordIdentityViews(QStringLiteral("group_registration"), shown); !recorded)
        return recorded.error();
    return registrations;
}

} // namespace peerdesk
