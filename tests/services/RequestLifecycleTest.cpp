#include "core/domain/RequestLifecycle.h"

#include "CatchCompat.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace peerdesk;

namespace {

using S = RequestStatus;
using E = RequestEvent;
using O = CloseOutcome;

// Written out here, independently of the implementation, so a change to the table must change both.
const std::vector<S> statuses{ S::New,      S::AwaitingConsent,  S::Triaged,    S::Matched,
                               S::Accepted, S::FirstContactMade, S::InProgress, S::Closed };
const std::vector<E> events{ E::AwaitConsent,
                             E::RecordConsent,
                             E::Triage,
                             E::AssignSupporter,
                             E::SupporterAccepts,
                             E::SupporterDeclines,
                             E::RecordFirstContact,
                             E::RecordConversation,
                             E::EndMatch,
                             E::Close };
const std::vector<O> outcomes{ O::Completed,         O::Declined,  O::Unreachable,
                               O::ReferredElsewhere, O::Escalated, O::Withdrawn };

struct Transition
{
    S from;
    E event;
    S to;
};

// Every allowed transition other than Close.
const std::vector<Transition> expectedTransitions{
    { S::New, E::AwaitConsent, S::AwaitingConsent },
    { S::AwaitingConsent, E::RecordConsent, S::New },
    { S::New, E::Triage, S::Triaged },
    { S::Triaged, E::AssignSupporter, S::Matched },
    { S::Matched, E::SupporterAccepts, S::Accepted },
    { S::Matched, E::SupporterDeclines, S::Triaged },
    { S::Accepted, E::RecordFirstContact, S::FirstContactMade },
    { S::FirstContactMade, E::RecordConversation, S::InProgress },
    { S::InProgress, E::RecordConversation, S::InProgress },
    { S::Accepted, E::EndMatch, S::Triaged },
    { S::FirstContactMade, E::EndMatch, S::Triaged },
    { S::InProgress, E::EndMatch, S::Triaged },
};

std::optional<S> expectedTarget(S from, E event)
{
    for (const Transition& t : expectedTransitions) {
        if (t.from == from && t.event == event)
            return t.to;
    }
    return std::nullopt;
}

bool expectedCloseAllowed(S from, O outcome)
{
    if (from == S::Closed)
        return false;
    if (outcome == O::Completed)
        return from == S::FirstContactMade || from == S::InProgress;
    return true;
}

std::string describe(S from, E event, std::optional<O> outcome)
{
    const QString text = requestStatusKey(from) % QStringLiteral(" --") % requestEventKey(event)
        % (outcome ? QStringLiteral("(") % closeOutcomeKey(*outcome) % QStringLiteral(")") : QString())
        % QStringLiteral("-->");
    return text.toStdString();
}

template <typename Array, typename Vector> bool sameElements(const Array& array, const Vector& vector)
{
    return std::equal(array.begin(), array.end(), vector.begin(), vector.end());
}

} // namespace

TEST_CASE("The lifecycle accepts exactly the expected transitions", "[lifecycle]")
{
    REQUIRE(sameElements(allRequestStatuses, statuses));
    REQUIRE(sameElements(allRequestEvents, events));
    REQUIRE(sameElements(allCloseOutcomes, outcomes));

    int allowedCount = 0;
    for (S from : statuses) {
        for (E event : events) {
            std::vector<std::optional<O>> variants{ std::nullopt };
            variants.insert(variants.end(), outcomes.begin(), outcomes.end());
            for (const std::optional<O>& outcome : variants) {
                INFO(describe(from, event, outcome));
                std::optional<S> expected;
                if (event == E::Close)
                    expected
                        = outcome && expectedCloseAllowed(from, *outcome) ? std::optional<S>(S::Closed) : std::nullopt;
                else if (!outcome)
                    expected = expectedTarget(from, event);

                const auto result = RequestLifecycle::apply(from, event, outcome);
                if (expected) {
                    ++allowedCount;
                    REQUIRE(result.hasValue());
                    CHECK(*result == *expected);
                } else {
                    REQUIRE_FALSE(result.hasValue());
                    CHECK(result.error().code == ErrorCode::InvalidInput);
                    CHECK_FALSE(result.error().message.isEmpty());
                }
            }
        }
    }
    // 12 plain transitions, 7 open statuses x 5 outcomes, plus Completed from 2 statuses.
    CHECK(allowedCount == 12 + 7 * 5 + 2);
}

TEST_CASE("A referral awaiting consent cannot be triaged or matched", "[lifecycle]")
{
    const auto matched = RequestLifecycle::apply(S::AwaitingConsent, E::AssignSupporter);
    REQUIRE_FALSE(matched.hasValue());
    CHECK(matched.error().code == ErrorCode::InvalidInput);
    CHECK(
        matched.error().message
        == QStringLiteral("A request that is awaiting consent cannot be matched: record the person's consent first."));

    const auto triaged = RequestLifecycle::apply(S::AwaitingConsent, E::Triage);
    REQUIRE_FALSE(triaged.hasValue());
    CHECK(triaged.error().message.contains(QStringLiteral("consent")));

    // Recording consent sends the referral through normal triage.
    const auto consented = RequestLifecycle::apply(S::AwaitingConsent, E::RecordConsent);
    REQUIRE(consented.hasValue());
    CHECK(*consented == S::New);
    const auto afterTriage = RequestLifecycle::apply(*consented, E::Triage);
    REQUIRE(afterTriage.hasValue());
    CHECK(*afterTriage == S::Triaged);
}

TEST_CASE("Close needs an outcome and other events refuse one", "[lifecycle]")
{
    const auto noOutcome = RequestLifecycle::apply(S::InProgress, E::Close);
    REQUIRE_FALSE(noOutcome.hasValue());
    CHECK(noOutcome.error().message == QStringLiteral("Choose an outcome to close the request."));

    const auto withOutcome = RequestLifecycle::apply(S::New, E::Triage, O::Completed);
    REQUIRE_FALSE(withOutcome.hasValue());
    CHECK(withOutcome.error().message == QStringLiteral("An outcome can be given only when closing a request."));

    const auto tooEarly = RequestLifecycle::apply(S::Accepted, E::Close, O::Completed);
    REQUIRE_FALSE(tooEarly.hasValue());
    CHECK(tooEarly.error().message.contains(QStringLiteral("first contact")));

    // Out of scope at intake, and withdrawal from anywhere open.
    CHECK(*RequestLifecycle::apply(S::New, E::Close, O::ReferredElsewhere) == S::Closed);
    CHECK(*RequestLifecycle::apply(S::Matched, E::Close, O::Withdrawn) == S::Closed);
}

TEST_CASE("Closed is terminal", "[lifecycle]")
{
    CHECK_FALSE(RequestLifecycle::isOpen(S::Closed));
    CHECK(RequestLifecycle::allowedEvents(S::Closed).isEmpty());
    CHECK(RequestLifecycle::allowedOutcomes(S::Closed).isEmpty());
    for (E event : events) {
        const auto result = RequestLifecycle::apply(S::Closed, event,
                                                    event == E::Close ? std::optional<O>(O::Withdrawn) : std::nullopt);
        REQUIRE_FALSE(result.hasValue());
        CHECK(result.error().message == QStringLiteral("This request is closed: it can no longer change."));
    }
    for (S status : statuses) {
        if (status != S::Closed)
            CHECK(RequestLifecycle::isOpen(status));
    }
}

TEST_CASE("allowedEvents and allowedOutcomes agree with apply", "[lifecycle]")
{
    for (S from : statuses) {
        const QList<E> allowed = RequestLifecycle::allowedEvents(from);
        const QList<O> allowedOutcomes = RequestLifecycle::allowedOutcomes(from);
        for (E event : events) {
            INFO(describe(from, event, std::nullopt));
            bool accepted = false;
            if (event == E::Close) {
                for (O outcome : outcomes) {
                    const bool closes = RequestLifecycle::apply(from, event, outcome).hasValue();
                    CHECK(closes == allowedOutcomes.contains(outcome));
                    accepted = accepted || closes;
                }
            } else {
                accepted = RequestLifecycle::apply(from, event).hasValue();
            }
            CHECK(accepted == allowed.contains(event));
        }
        // Every open status can be withdrawn or closed.
        CHECK(allowed.contains(E::Close) == RequestLifecycle::isOpen(from));
    }
}

TEST_CASE("Keys round-trip and unknown keys are rejected", "[lifecycle]")
{
    const QStringList statusKeys{ QStringLiteral("new"),         QStringLiteral("awaiting_consent"),
                                  QStringLiteral("triaged"),     QStringLiteral("matched"),
                                  QStringLiteral("accepted"),    QStringLiteral("first_contact_made"),
                                  QStringLiteral("in_progress"), QStringLiteral("closed") };
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        CHECK(requestStatusKey(statuses[i]) == statusKeys[static_cast<qsizetype>(i)]);
        CHECK(requestStatusFromKey(statusKeys[static_cast<qsizetype>(i)]) == statuses[i]);
        CHECK_FALSE(requestStatusDisplayName(statuses[i]).isEmpty());
    }

    const QStringList outcomeKeys{ QStringLiteral("completed"),   QStringLiteral("declined"),
                                   QStringLiteral("unreachable"), QStringLiteral("referred_elsewhere"),
                                   QStringLiteral("escalated"),   QStringLiteral("withdrawn") };
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        CHECK(closeOutcomeKey(outcomes[i]) == outcomeKeys[static_cast<qsizetype>(i)]);
        CHECK(closeOutcomeFromKey(outcomeKeys[static_cast<qsizetype>(i)]) == outcomes[i]);
        CHECK_FALSE(closeOutcomeDisplayName(outcomes[i]).isEmpty());
    }

    QStringList eventKeys;
    for (E event : events) {
        const QString key = requestEventKey(event);
        CHECK_FALSE(key.isEmpty());
        CHECK(requestEventFromKey(key) == event);
        CHECK_FALSE(requestEventDisplayName(event).isEmpty());
        eventKeys.append(key);
    }
    eventKeys.removeDuplicates();
    CHECK(eventKeys.size() == static_cast<qsizetype>(events.size()));

    for (const QString& unknown : { QString(), QStringLiteral("New"), QStringLiteral(" new"),
                                    QStringLiteral("awaiting consent"), QStringLiteral("open") }) {
        CHECK_FALSE(requestStatusFromKey(unknown).has_value());
        CHECK_FALSE(closeOutcomeFromKey(unknown).has_value());
        CHECK_FALSE(requestEventFromKey(unknown).has_value());
    }
    CHECK_FALSE(closeOutcomeFromKey(QStringLiteral("Completed")).has_value());
    CHECK_FALSE(requestEventFromKey(QStringLiteral("CLOSE")).has_value());
}
