#pragma once

#include "core/Result.h"
#include "core/services/RequestService.h"
#include "core/storage/DashboardRepository.h"

#include <QDate>

namespace peerdesk {

class VaultSession;

// What needs attention today, for coordinators and administrators: each list is a count and its first rows
// (ids and categories, never a physician's name), oldest or soonest first.
struct DashboardOverview
{
    QDate today; // in the program's time zone
    FirstSteps firstSteps; // the first-run checklist, shown until every step is done
    int proposalAnswerDays = 2; // the settings the lists below were read with
    int quietMatchDays = 14;
    DashboardRows newRequests; // waiting for triage
    DashboardRows triagedNotMatched; // triaged, no supporter proposed yet (at: received)
    DashboardRows escalatedWithoutSupporter; // flagged at immediate risk, no supporter yet
    DashboardRows proposalsUnanswered; // proposed more than proposalAnswerDays ago, no answer (id: the request)
    DashboardRows quietMatches; // accepted, no conversation held for quietMatchDays (id: the request)
    DashboardRows needsNewSupporter; // live matches whose supporter was paused or retired (id: the request)
    DashboardRows conversationsNotRecorded; // past and still "scheduled"
    DashboardRows groupSessionsNotRecorded; // past and still "scheduled"
    DashboardRows groupSeriesRunningOut; // active groups with no session scheduled beyond GroupSeriesHorizonDays
    DashboardRows groupsShortOfFacilitators; // next session with a facilitator who cannot lead, or none (extra: "1/2")
    DashboardRows awaitingConsent; // colleague referrals without the person's agreement yet
    DashboardRows awaitingAcceptance; // proposed to a supporter who has not answered
    DashboardRows contactOverdue; // no first contact and the target date has passed (date: the due date)
    DashboardRows contactDueToday; // no first contact and today is the last day of the target
    DashboardRows conversationsToday;
    DashboardRows groupSessionsThisWeek; // today and the six days after it
    DashboardRows trainingDue; // refresher due within TrainingHorizonDays or already overdue
    DashboardRows purgeSoon; // closed requests whose identity goes within PurgeHorizonDays (date: purge day)
};

class DashboardService final
{
public:
    static constexpr int TrainingHorizonDays = 30;
    static constexpr int PurgeHorizonDays = 7;
    static constexpr int GroupSeriesHorizonDays = 14;
    static constexpr int DefaultLimit = 50;

    explicit DashboardService(VaultSession& session) : m_session(session) { }

    // NotPermitted for reporting users.
    Result<DashboardOverview> overview(int limit = DefaultLimit);

private:
    Result<DashboardRows> requests(const QList<RequestStatus>& statuses, DueFilter due, int limit);

    VaultSession& m_session;
};

} // namespace peerdesk
