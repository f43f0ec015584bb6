#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace peerdesk {

// Where a request for support stands. The keys (requestStatusKey) are stored in the database; never renumber
// or rename them.
enum class RequestStatus
{
    New, // received, not yet triaged
    AwaitingConsent, // a colleague's referral: the person has not yet agreed to be contacted by the program
    Triaged, // in scope, reasons recorded, ready to match
    Matched, // a supporter was proposed and has not answered yet
    Accepted, // the supporter agreed to take the request
    FirstContactMade, // the supporter reached the physician
    InProgress, // at least one support conversation was held
    Closed, // terminal; the outcome says how it ended
};

// How a closed request ended.
enum class CloseOutcome
{
    Completed, // support was given and the relationship ended normally
    Declined, // the physician declined the support offered (or, for a referral, declined consent)
    Unreachable, // the physician could not be reached
    ReferredElsewhere, // out of scope (e.g. residents go to their own program) or sent to other resources
    Escalated, // closed as handed over to crisis or professional care after an immediate-risk concern
    Withdrawn, // the requester withdrew the request
};

// What a coordinator (or a supporter, through the coordinator) records about a request.
enum class RequestEvent
{
    AwaitConsent, // New -> AwaitingConsent: it is a colleague's referral
    RecordConsent, // AwaitingConsent -> New: the person agreed to be contacted
    Triage, // New -> Triaged
    AssignSupporter, // Triaged -> Matched
    SupporterAccepts, // Matched -> Accepted
    SupporterDeclines, // Matched -> Triaged, so it can be matched again
    RecordFirstContact, // Accepted -> FirstContactMade
    RecordConversation, // FirstContactMade or InProgress -> InProgress
    EndMatch, // Accepted, FirstContactMade or InProgress -> Triaged: the supporter's match ended early, to re-match
    Close, // any open status -> Closed; needs a CloseOutcome
};

inline constexpr std::array allRequestStatuses{ RequestStatus::New,        RequestStatus::AwaitingConsent,
                                                RequestStatus::Triaged,    RequestStatus::Matched,
                                                RequestStatus::Accepted,   RequestStatus::FirstContactMade,
                                                RequestStatus::InProgress, RequestStatus::Closed };
inline constexpr std::array allCloseOutcomes{ CloseOutcome::Completed,   CloseOutcome::Declined,
                                              CloseOutcome::Unreachable, CloseOutcome::ReferredElsewhere,
                                              CloseOutcome::Escalated,   CloseOutcome::Withdrawn };
inline constexpr std::array allRequestEvents{ RequestEvent::AwaitConsent,
                                              RequestEvent::RecordConsent,
                                              RequestEvent::Triage,
                                              RequestEvent::AssignSupporter,
                                              RequestEvent::SupporterAccepts,
                                              RequestEvent::SupporterDeclines,
                                              RequestEvent::RecordFirstContact,
                                              RequestEvent::RecordConversation,
                                              RequestEvent::EndMatch,
                                              RequestEvent::Close };

// Stable identifiers (database, CLI JSON, audit details) and translated names. fromKey: nullopt if unknown.
QString requestStatusKey(RequestStatus status);
std::optional<RequestStatus> requestStatusFromKey(const QString& key);
QString requestStatusDisplayName(RequestStatus status);

QString closeOutcomeKey(CloseOutcome outcome);
std::optional<CloseOutcome> closeOutcomeFromKey(const QString& key);
QString closeOutcomeDisplayName(CloseOutcome outcome);

QString requestEventKey(RequestEvent event);
std::optional<RequestEvent> requestEventFromKey(const QString& key);
QString requestEventDisplayName(RequestEvent event);

// The request lifecycle: the one place that knows which transitions are valid. Pure logic; the service that
// stores a transition also writes its audit entry (from, event, outcome, to as keys).
//
//   New              --AwaitConsent-->       AwaitingConsent
//   AwaitingConsent  --RecordConsent-->      New
//   New              --Triage-->             Triaged
//   Triaged          --AssignSupporter-->    Matched
//   Matched          --SupporterAccepts-->   Accepted
//   Matched          --SupporterDeclines-->  Triaged  (re-match)
//   Accepted         --RecordFirstContact--> FirstContactMade
//   FirstContactMade --RecordConversation--> InProgress
//   InProgress       --RecordConversation--> InProgress (each further conversation)
//   Accepted, FirstContactMade, InProgress --EndMatch--> Triaged (a new supporter is needed)
//   any open status  --Close(outcome)-->     Closed; Closed is terminal
//
// Consent: recording consent returns a referral to New, not to Triaged. Triage (scope, immediate risk,
// reasons) needs a conversation with the person, which the program may only have once they consented; going
// back to New makes a consented referral follow the same path as any other request. So a referral can be
// neither triaged nor matched while awaiting consent.
//
// Ending a match early (the supporter went on leave, withdrew, was a poor fit, or the physician asked for
// someone else) returns the request to Triaged: it keeps its receipt, reasons, first contact and history, and
// is matched again like a declined proposal. A proposal not yet answered is declined instead.
//
// Outcomes: Completed only once the supporter reached the physician (FirstContactMade or InProgress): support
// cannot have been completed before anyone spoke. Every other outcome is allowed from any open status:
// the physician may decline, withdraw or become unreachable at any point; a request may turn out to be out
// of scope or be referred to other care at any point; and an immediate-risk concern may arise at any point.
//
// Escalation itself is a flag on the request, not a status: flagging immediate risk does not change the
// status, and closing with Escalated is a separate decision.
class RequestLifecycle final
{
public:
    RequestLifecycle() = delete;

    // The status after the event. InvalidInput (translated message, nothing changes) when the transition is
    // not allowed, when Close has no outcome or an outcome not allowed from `from`, or when any other event
    // carries an outcome.
    static Result<RequestStatus> apply(RequestStatus from, RequestEvent event,
                                       std::optional<CloseOutcome> outcome = std::nullopt);

    static bool isOpen(RequestStatus status); // every status but Closed

    // What apply() accepts from this status, in enum order: the UI enables only these. Close is listed when
    // at least one outcome is allowed, and allowedOutcomes() says which.
    static QList<RequestEvent> allowedEvents(RequestStatus status);
    static QList<CloseOutcome> allowedOutcomes(RequestStatus status);
    // Why the event cannot happen from this status (translated, what apply() would say), or empty when it can.
    static QString unavailableReason(RequestStatus status, RequestEvent event);
    // The step a coordinator usually takes next from this status: consent, triage, finding a supporter, the
    // supporter's answer, first contact, then conversations. nullopt once closed.
    static std::optional<RequestEvent> nextStep(RequestStatus status);
};

} // namespace peerdesk
