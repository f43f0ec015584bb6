#include "core/services/DashboardService.h"

#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/vault/VaultSession.h"

namespace peerdesk {

namespace {

// The start of a local day, in UTC.
QDateTime startOf(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}

} // namespace

// The request lists are the Requests page's own queries (RequestService::count/page, with the same status and
// first-contact due filters), oldest first, so the Dashboard and the Requests page always agree.
Result<DashboardRows> DashboardService::requests(const QList<RequestStatus>& statuses, DueFilter due, int limit)
{
    RequestService service(m_session);
    RequestListQuery query;
    query.statuses = statuses;
    query.due = due;
    // The lists of what is due come in due order (the clock's start), the others in receipt order.
    query.sort = due == DueFilter::Any ? RequestSortKey::Received : RequestSortKey::Due;
    query.descending = false;
    query.limit = limit;
    auto count = service.count(query);
    if (!count)
        return count.error();
    auto page = service.page(query);
    if (!page)
        return page.error();
    DashboardRows rows;
    rows.count = int(std::min<qint64>(*count, std::numeric_limits<int>::max()));
    for (const RequestListRow& listed : std::as_const(*page)) {
        DashboardRow row;
        row.id = listed.summary.id;
        row.at = listed.summary.receivedAt;
        row.text = requestStatusKey(listed.summary.status);
        row.extra = listed.summary.urgency;
        row.flag = listed.summary.escalated;
        if (listed.contact)
            row.date = listed.contact->dueDate;
        rows.rows.append(row);
    }
    return rows;
}

Result<DashboardOverview> DashboardService::overview(int limit)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto target = RequestService(m_session).contactTarget();
    if (!target)
        return target.error();
    ProgramSettings settings(m_session.database());
    auto retentionDays = settings.integer(QLatin1String(ProgramSettings::RetentionDays));
    if (!retentionDays)
        return retentionDays.error();
    auto answerDays = settings.integer(QLatin1String(ProgramSettings::ProposalAnswerDays));
    if (!answerDays)
        return answerDays.error();
    auto quietDays = settings.integer(QLatin1String(ProgramSettings::QuietMatchDays));
    if (!quietDays)
        return quietDays.error();

    const QTimeZone& zone = target->timeZone();
    const QDateTime now = m_session.clock().nowUtc();
    DashboardOverview overview;
    overview.today = target->localDate(now);
    overview.proposalAnswerDays = *answerDays;
    overview.quietMatchDays = *quietDays;
    const QDate& today = overview.today;
    DashboardRepository repository(m_session.database());

    const auto take = [](Result<DashboardRows> rows, DashboardRows& into) -> Result<void> {
        if (!rows)
            return rows.error();
        into = std::move(*rows);
        return {};
    };
    auto steps = repository.firstSteps();
    if (!steps)
        return steps.error();
    overview.firstSteps = *steps;
    Result<void> step = take(requests({ RequestStatus::New }, DueFilter::Any, limit), overview.newRequests);
    if (step)
        step = take(requests({ RequestStatus::AwaitingConsent }, DueFilter::Any, limit), overview.awaitingConsent);
    if (step)
        step = take(requests({ RequestStatus::Triaged }, DueFilter::Any, limit), overview.triagedNotMatched);
    if (step)
        step = take(repository.escalatedWithoutSupporter(limit), overview.escalatedWithoutSupporter);
    if (step)
        step = take(requests({ RequestStatus::Matched }, DueFilter::Any, limit), overview.awaitingAcceptance);
    if (step)
        step
            = take(repository.proposalsUnansweredSince(now.addDays(-*answerDays), limit), overview.proposalsUnanswered);
    if (step)
        step = take(repository.matchesQuietSince(now.addDays(-*quietDays), limit), overview.quietMatches);
    if (step)
        step = take(repository.matchesNeedingNewSupporter(today, limit), overview.needsNewSupporter);
    if (step)
        step = take(repository.conversationsNotRecorded(now, limit), overview.conversationsNotRecorded);
    if (step)
        step = take(repository.groupSessionsNotRecorded(now, limit), overview.groupSessionsNotRecorded);
    if (step)
        step = take(repository.groupSeriesEndingBefore(now, startOf(today.addDays(GroupSeriesHorizonDays + 1), zone),
                                                       today, limit),
                    overview.groupSeriesRunningOut);
    if (step)
        step = take(repository.groupsShortOfFacilitators(now, limit), overview.groupsShortOfFacilitators);
    if (step)
        step = take(requests({}, DueFilter::Overdue, limit), overview.contactOverdue);
    if (step)
        step = take(requests({}, DueFilter::DueToday, limit), overview.contactDueToday);
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

    for (DashboardRow& row : overview.purgeSoon.rows)
        row.date = target->localDate(row.at.addDays(*retentionDays));
    return overview;
}

} // namespace peerdesk
