#include "core/domain/RequestLifecycle.h"

#include "core/domain/EnumKeys.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RequestLifecycle)
};

// The transition table for every event but Close (which depends on the outcome). nullopt: not allowed.
std::optional<RequestStatus> nextStatus(RequestStatus from, RequestEvent event)
{
    switch (event) {
    case RequestEvent::AwaitConsent:
        if (from == RequestStatus::New)
            return RequestStatus::AwaitingConsent;
        break;
    case RequestEvent::RecordConsent:
        if (from == RequestStatus::AwaitingConsent)
            return RequestStatus::New;
        break;
    case RequestEvent::Triage:
        if (from == RequestStatus::New)
            return RequestStatus::Triaged;
        break;
    case RequestEvent::AssignSupporter:
        if (from == RequestStatus::Triaged)
            return RequestStatus::Matched;
        break;
    case RequestEvent::SupporterAccepts:
        if (from == RequestStatus::Matched)
            return RequestStatus::Accepted;
        break;
    case RequestEvent::SupporterDeclines:
        if (from == RequestStatus::Matched)
            return RequestStatus::Triaged;
        break;
    case RequestEvent::RecordFirstContact:
        if (from == RequestStatus::Accepted)
            return RequestStatus::FirstContactMade;
        break;
    case RequestEvent::RecordConversation:
        if (from == RequestStatus::FirstContactMade || from == RequestStatus::InProgress)
            return RequestStatus::InProgress;
        break;
    case RequestEvent::EndMatch:
        if (from == RequestStatus::Accepted || from == RequestStatus::FirstContactMade
            || from == RequestStatus::InProgress)
            return RequestStatus::Triaged;
        break;
    case RequestEvent::Close:
        break;
    }
    return std::nullopt;
}

bool outcomeAllowed(RequestStatus from, CloseOutcome outcome)
{
    if (!RequestLifecycle::isOpen(from))
        return false;
    // Nothing can be completed before the supporter and the physician have spoken.
    if (outcome == CloseOutcome::Completed)
        return from == RequestStatus::FirstContactMade || from == RequestStatus::InProgress;
    return true;
}

Error refused(QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

} // namespace

QString requestStatusKey(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return QStringLiteral("new");
    case RequestStatus::AwaitingConsent:
        return QStringLiteral("awaiting_consent");
    case RequestStatus::Triaged:
        return QStringLiteral("triaged");
    case RequestStatus::Matched:
        return QStringLiteral("matched");
    case RequestStatus::Accepted:
        return QStringLiteral("accepted");
    case RequestStatus::FirstContactMade:
        return QStringLiteral("first_contact_made");
    case RequestStatus::InProgress:
        return QStringLiteral("in_progress");
    case RequestStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<RequestStatus> requestStatusFromKey(const QString& key)
{
    return enumFromKey(allRequestStatuses, requestStatusKey, key);
}

QString requestStatusDisplayName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return Text::tr("New");
    case RequestStatus::AwaitingConsent:
        return Text::tr("Awaiting consent");
    case RequestStatus::Triaged:
        return Text::tr("Triaged");
    case RequestStatus::Matched:
        return Text::tr("Awaiting supporter");
    case RequestStatus::Accepted:
        return Text::tr("Accepted");
    case RequestStatus::FirstContactMade:
        return Text::tr("First contact made");
    case RequestStatus::InProgress:
        return Text::tr("In progress");
    case RequestStatus::Closed:
        return Text::tr("Closed");
    }
    return {};
}

QString closeOutcomeKey(CloseOutcome outcome)
{
    switch (outcome) {
    case CloseOutcome::Completed:
        return QStringLiteral("completed");
    case CloseOutcome::Declined:
        return QStringLiteral("declined");
    case CloseOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case CloseOutcome::ReferredElsewhere:
        return QStringLiteral("referred_elsewhere");
    case CloseOutcome::Escalated:
        return QStringLiteral("escalated");
    case CloseOutcome::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<CloseOutcome> closeOutcomeFromKey(const QString& key)
{
    return enumFromKey(allCloseOutcomes, closeOutcomeKey, key);
}

QString closeOutcomeDisplayName(CloseOutcome outcome)
{
    switch (outcome) {
    case CloseOutcome::Completed:
        return Text::tr("Completed");
    case CloseOutcome::Declined:
        return Text::tr("Declined by the physician");
    case CloseOutcome::Unreachable:
        return Text::tr("Unreachable");
    case CloseOutcome::ReferredElsewhere:
        return Text::tr("Referred elsewhere");
    case CloseOutcome::Escalated:
        return Text::tr("Escalated");
    case CloseOutcome::Withdrawn:
        return Text::tr("Withdrawn");
    }
    return {};
}

QString requestEventKey(RequestEvent event)
{
    switch (event) {
    case RequestEvent::AwaitConsent:
        return QStringLiteral("await_consent");
    case RequestEvent::RecordConsent:
        return QStringLiteral("record_consent");
    case RequestEvent::Triage:
        return QStringLiteral("triage");
    case RequestEvent::AssignSupporter:
        return QStringLiteral("assign_supporter");
    case RequestEvent::SupporterAccepts:
        return QStringLiteral("supporter_accepts");
    case RequestEvent::SupporterDeclines:
        return QStringLiteral("supporter_declines");
    case RequestEvent::RecordFirstContact:
        return QStringLiteral("record_first_contact");
    case RequestEvent::RecordConversation:
        return QStringLiteral("record_conversation");
    case RequestEvent::EndMatch:
        return QStringLiteral("end_match");
    case RequestEvent::Close:
        return QStringLiteral("close");
    }
    return {};
}

std::optional<RequestEvent> requestEventFromKey(const QString& key)
{
    return enumFromKey(allRequestEvents, requestEventKey, key);
}

QString requestEventDisplayName(RequestEvent event)
{
    switch (event) {
    case RequestEvent::AwaitConsent:
        return Text::tr("Await the person's consent");
    case RequestEvent::RecordConsent:
        return Text::tr("Record consent");
    case RequestEvent::Triage:
        return Text::tr("Triage");
    case RequestEvent::AssignSupporter:
        return Text::tr("Assign a supporter");
    case RequestEvent::SupporterAccepts:
        return Text::tr("Supporter accepts");
    case RequestEvent::SupporterDeclines:
        return Text::tr("Supporter declines");
    case RequestEvent::RecordFirstContact:
        return Text::tr("Record first contact");
    case RequestEvent::RecordConversation:
        return Text::tr("Record a conversation");
    case RequestEvent::EndMatch:
        return Text::tr("End the match");
    case RequestEvent::Close:
        return Text::tr("Close");
    }
    return {};
}

Result<RequestStatus> RequestLifecycle::apply(RequestStatus from, RequestEvent event,
                                              std::optional<CloseOutcome> outcome)
{
    if (from == RequestStatus::Closed)
        return refused(Text::tr("This request is closed: it can no longer change."));

    if (event == RequestEvent::Close) {
        if (!outcome)
            return refused(Text::tr("Choose an outcome to close the request."));
        if (!outcomeAllowed(from, *outcome)) {
            if (*outcome == CloseOutcome::Completed)
                return refused(Text::tr("A request can be closed as completed only after first contact was made."));
            return refused(Text::tr("A request that is “%1” cannot be closed as “%2”.")
                               .arg(requestStatusDisplayName(from), closeOutcomeDisplayName(*outcome)));
        }
        return RequestStatus::Closed;
    }

    if (outcome)
        return refused(Text::tr("An outcome can be given only when closing a request."));

    if (auto next = nextStatus(from, event))
        return *next;

    // The consent gate gets its own messages: it is the refusal coordinators will meet most.
    if (from == RequestStatus::AwaitingConsent) {
        if (event == RequestEvent::AssignSupporter)
            return refused(
                Text::tr("A request that is awaiting consent cannot be matched: record the person's consent first."));
        if (event == RequestEvent::Triage)
            return refused(
                Text::tr("A request that is awaiting consent cannot be triaged: record the person's consent first."));
        return refused(Text::tr("A request that is awaiting consent cannot go further: record the person's "
                                "consent first, or close it."));
    }
    if (event == RequestEvent::RecordConsent)
        return refused(Text::tr("Consent can be recorded only for a request that is awaiting consent."));
    return refused(Text::tr("“%1” is not possible for a request that is “%2”.")
                       .arg(requestEventDisplayName(event), requestStatusDisplayName(from)));
}

bool RequestLifecycle::isOpen(RequestStatus status)
{
    return status != RequestStatus::Closed;
}

QList<RequestEvent> RequestLifecycle::allowedEvents(RequestStatus status)
{
    QList<RequestEvent> events;
    for (RequestEvent event : allRequestEvents) {
        const bool allowed
            = event == RequestEvent::Close ? !allowedOutcomes(status).isEmpty() : nextStatus(status, event).has_value();
        if (allowed)
            events.append(event);
    }
    return events;
}

QList<CloseOutcome> RequestLifecycle::allowedOutcomes(RequestStatus status)
{
    QList<CloseOutcome> outcomes;
    for (CloseOutcome outcome : allCloseOutcomes) {
        if (outcomeAllowed(status, outcome))
            outcomes.append(outcome);
    }
    return outcomes;
}

QString RequestLifecycle::unavailableReason(RequestStatus status, RequestEvent event)
{
    if (event == RequestEvent::Close) {
        const QList<CloseOutcome> outcomes = allowedOutcomes(status);
        if (!outcomes.isEmpty())
            return {};
        auto refused = apply(status, event, CloseOutcome::Withdrawn);
        return refused ? QString() : refused.error().message;
    }
    auto refused = apply(status, event);
    return refused ? QString() : refused.error().message;
}

std::optional<RequestEvent> RequestLifecycle::nextStep(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return RequestEvent::Triage;
    case RequestStatus::AwaitingConsent:
        return RequestEvent::RecordConsent;
    case RequestStatus::Triaged:
        return RequestEvent::AssignSupporter;
    case RequestStatus::Matched:
        return RequestEvent::SupporterAccepts;
    case RequestStatus::Accepted:
        return RequestEvent::RecordFirstContact;
    case RequestStatus::FirstContactMade:
    case RequestStatus::InProgress:
        return RequestEvent::RecordConversation;
    case RequestStatus::Closed:
        break;
    }
    return std::nullopt;
}

} // namespace peerdesk
