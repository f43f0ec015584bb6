#include "services/DashboardService.h"

#include "services/Permissions.h"
#include "services/ProgramSettings.h"
#include "services/RequestService.h"
#include "services/Vault.h"

namespace peerdesk {

namespace {

// Open requests for which the first-contact target runs: every open request not yet reached, as the Requests
// page's due filter and RequestService's assessment count them (a colleague's referral too: its clock starts at
// receipt, and the coordinator follows up with the referrer while consent is pending).
const QStringList ContactPendingStatuses{ QStringLiteral("new"), QStringLiteral("awaiting_consent"),
                                          QStringLiteral("triaged"), QStringLiteral("matched"),
                                          QStringLiteral("accepted") };

// The start of a local day, in UTC.
QDateTime startOf(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}

// The receipt days whose due date is today lie in [overdueBefore, dueTodayBefore): the due date grows with
// the receipt day, so two day bounds turn the target into a range of received_at that an index serves.
struct DueBounds
{
    QDate overdueBefore;
    QDate dueTodayBefore;
};

DueBounds dueBounds(const ContactTarget& target, const QDate& today)
{
    const auto dueFor = [&target](const QDate& received) {
        // Any moment of the receipt day gives the same due date; noon avoids DST gaps at midnight.
        return target.dueDate(QDateTime(received, QTime(12, 0), target.timeZone()).toUTC());
    };
    // Bounded: ten business days never span more than a few weeks, even over the holidays.
    constexpr int MaxDaysBack = 120;
    QDate day = today;
    for (int i = 0; i < MaxDaysBack && dueFor(day.addDays(-1)) > today; ++i)
        day = day.addDays(-1);
    const QDate dueTodayBefore = day;
    for (int i = 0; i < MaxDaysBack && dueFor(day.addDays(-1)) >= today; ++i)
        day = day.addDays(-1);
    return { day, dueTodayBefore };
}

} // namespace

Result<DashboardOverview> DashboardService::overview(int limit)
{
    if (auto allowed = requireCoordination(m_session.user()); !allowed)
        return allowed.error();
    auto target = RequestService(m_session).contactTarget();
    if (!target)
        return target.error();
    auto retentionDays = ProgramSettings(m_session.database()).integer(QLatin1String(ProgramSettings::RetentionDays));
    if (!retentionDays)
        return retentionDays.error();

    const QTimeZone& zone = target->timeZone();
    const QDateTime now = m_session.clock().nowUtc();
    DashboardOverview overview;
    overview.today = target->localDate(now);
    const QDate& today = overview.today;
    DashboardRepository repository(m_session.database());

    const auto take = [](Result<DashboardRows> rows, DashboardRows& into) -> Result<void> {
        if (!rows)
            return rows.error();
        into = std::move(*rows);
        return {};
    };
    Result<void> step = take(repository.requestsWithStatus({ QStringLiteral("new") }, limit), overview.newRequests);
    if (step)
        step = take(repository.requestsWithStatus({ QStringLiteral("awaiting_consent") }, limit),
                    overview.awaitingConsent);
    if (step)
        step = take(repository.requestsWithStatus({ QStringLiteral("matched") }, limit), overview.awaitingAcceptance);
    const DueBounds bounds = dueBounds(*target, today);
    if (step)
        step = take(repository.awaitingFirstContact(ContactPendingStatuses, QDateTime(),
                                                    startOf(bounds.overdueBefore, zone), limit),
                    overview.contactOverdue);
    if (step)
        step = take(repository.awaitingFirstContact(ContactPendingStatuses, startOf(bounds.overdueBefore, zone),
                                                    startOf(bounds.dueTodayBefore, zone), limit),
                    overview.contactDueToday);
    if (step)
        step = take(repository.conversationsBetween(startOf(today, zone), startOf(today.addDays(1), zone), limit),
                    overview.conversationsToday);
    if (step)
        step = take(repository.groupSessionsBetween(startOf(today, zone), startOf(today.addDays(7), zone), limit),
                    overview.groupSessionsThisWeek);
    if (step)
        step = take(repository.trainingDueBy(today.addDays(TrainingHorizonDays), limit), overview.trainingDue);
    if (step)
        step = take(repository.identitiesClosedBefore(now.addDays(PurgeHorizonDays - *retentionDays), limit),
                    overview.purgeSoon);
    if (!step)
        return step.error();

    for (DashboardRow& row : overview.contactOverdue.rows)
        row.date = target->dueDate(row.at);
    for (DashboardRow& row : overview.contactDueToday.rows)
        row.date = today;
    for (DashboardRow& row : overview.purgeSoon.rows)
        row.date = target->localDate(row.at.addDays(*retentionDays));
    return overview;
}

} // namespace peerdesk
