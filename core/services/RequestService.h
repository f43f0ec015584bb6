#pragma once

#include "core/Result.h"
#include "core/domain/ContactTarget.h"
#include "core/domain/Request.h"
#include "core/storage/RequestRepository.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace peerdesk {

class VaultSession;

struct TriageDecision
{
    bool immediateRisk = false; // "is anyone at immediate risk to self or others?"
    QStringList reasons; // replaces the reasons when not empty
    std::optional<QString> urgency;
    // With immediate risk: what was done about it (Vocab::EscalationAction), recorded as the escalation. The
    // window asks; the command line's --action gives it.
    QString escalationAction = QStringLiteral("crisis_resources_given");
};

struct TriageOutcome
{
    RequestStatus status = RequestStatus::Triaged; // Triaged, or Closed when out of scope
    bool inScope = true;
    QString scopeRule; // why it is out of scope (translated)
    QStringList resources; // out of scope: the configured resources to offer, those meant for this request first
    bool escalated = false;
    QStringList crisisResources; // immediate risk: show these now
};

struct CloseOptions
{
    bool difficult = false; // the supporter gets their cooldown
    // A resource the physician was connected to (a name from the resources setting, or empty), whatever the
    // outcome: recorded as a referral given at the closure; for referred_elsewhere, also the closure's resource.
    QString resource;
};

// What can still change on an open request: how it came in, its urgency and reasons, what matching needs and
// the identity. The receipt time, the referral type and the lifecycle go through their own events.
struct RequestEdit
{
    QString channel;
    QString urgency = QStringLiteral("routine");
    QStringList reasons;
    MatchingProfile profile;
    RequesterIdentity identity;

    static RequestEdit of(const SupportRequest& request);
    bool operator==(const RequestEdit&) const;
};

// The requests due for first contact, relative to today in the program's time zone. Only open requests without
// a first contact have a due date.
enum class DueFilter
{
    Any,
    Overdue,
    DueToday,
    NotYetDue,
};

enum class RequestSortKey
{
    Reference,
    Received,
    Status,
    Channel,
    Urgency,
    Due, // the due date grows with the start of the first-contact clock (receipt, or a referral's consent)
};

// The requests list: filters, order and one page of it. Everything runs in SQL, so a page of 100 000 requests
// costs a few milliseconds.
struct RequestListQuery
{
    QList<RequestStatus> statuses; // empty: all
    QString reason; // a Vocab::Reason key, or empty
    QString channel; // a Vocab::Channel key, or empty
    QDateTime receivedFrom; // inclusive, invalid: no bound
    QDateTime receivedBefore; // exclusive, invalid: no bound
    DueFilter due = DueFilter::Any;
    std::optional<qint64> id; // one reference
    std::optional<qint64> siteId; // one site's requests
    RequestSortKey sort = RequestSortKey::Received;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

struct RequestListRow
{
    RequestSummary summary;
    // When the request has a first-contact target: open without contact (on track, due today, overdue) or
    // contacted (met or missed). nullopt for a request closed without contact.
    std::optional<ContactAssessment> contact;
};

// Intake, consent, triage, escalation and closing. Every transition goes through RequestLifecycle and is
// audited (action "request.<event>", the request's id, never its content) in the same transaction.
// Timestamps default to the clock; `at` records something that happened earlier (never in the future, never
// before receipt).
class RequestService final
{
public:
    explicit RequestService(VaultSession& session) : m_session(session) { }

    Result<qint64> intake(const NewRequest& request);
    Result<QList<qint64>> intakeAll(const QList<NewRequest>& requests); // one transaction: the CSV import

    Result<void> recordConsent(qint64 id, const std::optional<QDateTime>& at = std::nullopt);
    Result<TriageOutcome> triage(qint64 id, const TriageDecision& decision,
                                 const std::optional<QDateTime>& at = std::nullopt);
    // Flags the request, keeps an escalation record (time, user, action category) and returns the crisis
    // resources to show. Allowed on any open request, and more than once.
    Result<QStringList> escalate(qint64 id, const QString& action);
    Result<void> recordFirstContact(qint64 id, const std::optional<QDateTime>& at = std::nullopt);
    // A support conversation was held: first contact too when it was not recorded yet, then in progress.
    Result<void> recordConversationHeld(qint64 id, const QDateTime& at);
    // Ends the live match and cancels its conversations still scheduled from the close on, and never from before
    // now (each audited as "conversation.cancelled"), in the same transaction; returns how many were cancelled.
    Result<int> close(qint64 id, CloseOutcome outcome, const CloseOptions& options = {},
                      const std::optional<QDateTime>& at = std::nullopt);
    // Ends the accepted match early (the supporter went on leave, withdrew, was a poor fit, or the physician asked
    // for someone else): `reason` is an item of the match_end_reasons setting. The request goes back to triaged
    // with its receipt, reasons, first contact and history; the supporter is never suggested for it again; the
    // match's conversations still scheduled from then on (never from before now) are cancelled, each audited.
    // Returns how many were cancelled. A proposal not yet answered is declined instead (MatchingService).
    Result<int> endMatch(qint64 id, const QString& reason, const std::optional<QDateTime>& at = std::nullopt);
    // How many conversations close() or endMatch() would cancel if done at `at` (now when not given).
    Result<int> conversationsCancelledByClosing(qint64 id, const std::optional<QDateTime>& at = std::nullopt);
    Result<void> setLegalHold(qint64 id, bool hold); // administrators only
    // Records that the physician was connected to a resource (a name from the resources setting), at `at` (when
    // not given: now, or a closed request's closure): open requests, and closed ones up to their closure. Audited
    // "request.referral_given" with the request's id; the resource is program data, never identity, and is counted in
    // the statistics.
    Result<void> refer(qint64 id, const QString& resource, const std::optional<QDateTime>& at = std::nullopt);
    Result<QList<ReferralGiven>> referrals(qint64 id); // by date given
    // The configured resources' names for this request: those whose scope fits it first (ReferralResource).
    Result<QStringList> resourcesFor(qint64 id);

    // A new request half typed when the window locks: kept for the person signed in (one each, replacing the
    // last), encrypted as an identity cell, audited "request.draft_kept" with the user's id. Coordinators and
    // administrators.
    Result<void> keepDraft(const NewRequest& draft);
    // The person's kept draft, removed as it is given back ("request.draft_restored"); nullopt when there is none,
    // or when it is older than DraftDays (then removed unread: a name must not wait in the vault for weeks).
    Result<std::optional<NewRequest>> takeDraft();
    // Whether the person has a kept draft (of any age), without taking it.
    Result<bool> hasDraft();
    static constexpr int DraftDays = 7;
    // The match events (assign, accept, decline), for MatchingService, which stores the match itself.
    Result<void> recordMatchEvent(qint64 id, RequestEvent event);
    Result<QList<EscalationRecord>> escalations(qint64 id);

    // Validates like intake (plus: a triaged request keeps at least one reason), re-computes the repeat keys and
    // audits "request.edited" with the id only. Refused once closed or purged, and, when expectedStatus is given,
    // when the request no longer has that status (an undo must not overwrite what happened since).
    Result<void> update(qint64 id, const RequestEdit& edit,
                        const std::optional<RequestStatus>& expectedStatus = std::nullopt);

    Result<qint64> count(const RequestListQuery& query);
    Result<QList<RequestListRow>> page(const RequestListQuery& query);

    // For work on a request: nothing is recorded. What is shown to the person goes through view() and viewAll().
    Result<SupportRequest> get(qint64 id);
    // Newest first.
    Result<QList<SupportRequest>> list(const std::optional<RequestStatus>& status = std::nullopt);
    // The same, as shown to the person signed in: who looked at whom is recorded ("identity.viewed" with the
    // request's id and the viewer, never a name; once per request and unlock) for each request whose identity is
    // still held. If the record cannot be written, nothing is shown.
    Result<SupportRequest> view(qint64 id);
    Result<QList<SupportRequest>> viewAll(const std::optional<RequestStatus>& status = std::nullopt);

    // The first-contact target with the configured business days, province and closure days.
    Result<ContactTarget> contactTarget();

private:
    Result<RequestSelection> selection(const RequestListQuery& query);
    Result<SupportRequest> load(qint64 id);
    Result<QDateTime> resolveTime(const SupportRequest& request, const std::optional<QDateTime>& at) const;
    Result<void> apply(SupportRequest& request, RequestEvent event, std::optional<CloseOutcome> outcome = std::nullopt);
    Result<void> save(const SupportRequest& request, const QString& auditAction);
    // InvalidInput unless the name is one of the configured resources.
    Result<void> checkResource(const QString& resource);
    // One referral given, audited; the caller's transaction.
    Result<void> storeReferral(qint64 id, const QString& resource, const QDateTime& at);
    // Ends the live match at `when` (closing, or ending it early: the caller sets difficult or endReason) and
    // cancels its conversations booked from then on; how many were cancelled. The caller's transaction.
    Result<int> endLiveMatch(Match match, const QDateTime& when);
    // Cancels the match's conversations still scheduled from `from` on, each audited; how many.
    Result<int> cancelConversationsFrom(qint64 matchId, const QDateTime& from);
    // One audited transition that only stamps its time (when stamp is given) on the request.
    Result<void> recordEvent(qint64 id, RequestEvent event, const std::optional<QDateTime>& at,
                             QDateTime SupportRequest::*stamp);

    VaultSession& m_session;
};

} // namespace peerdesk
