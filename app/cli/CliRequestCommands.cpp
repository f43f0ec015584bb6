// `peerdesk-cli requests ...` and `peerdesk-cli match ...`: intake, triage and matching (docs/cli.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliOptions.h"
#include "core/domain/Vocabulary.h"
#include "core/formats/CsvReader.h"
#include "core/services/HandOff.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace peerdesk {

namespace {

using namespace cli_options;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

QString contactStatusKey(ContactStatus status)
{
    switch (status) {
    case ContactStatus::OnTrack:
        return QStringLiteral("on_track");
    case ContactStatus::DueToday:
        return QStringLiteral("due_today");
    case ContactStatus::Overdue:
        return QStringLiteral("overdue");
    case ContactStatus::MetTarget:
        return QStringLiteral("met_target");
    case ContactStatus::MissedTarget:
        return QStringLiteral("missed_target");
    }
    return {};
}

QJsonObject requestJson(const SupportRequest& r, const std::optional<ContactTarget>& target, const Clock& clock)
{
    QJsonObject json{
        { QStringLiteral("id"), r.id },
        { QStringLiteral("status"), requestStatusKey(r.status) },
        { QStringLiteral("outcome"),
          r.outcome ? QJsonValue(closeOutcomeKey(*r.outcome)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("received_at"), momentOrNull(r.receivedAt) },
        { QStringLiteral("channel"), r.channel },
        { QStringLiteral("referral_type"), r.referralType },
        { QStringLiteral("urgency"), r.urgency },
        { QStringLiteral("name"), orNull(r.identity.name) },
        { QStringLiteral("email"), orNull(r.identity.email) },
        { QStringLiteral("phone"), orNull(r.identity.phone) },
        { QStringLiteral("best_time"), orNull(r.identity.bestTime) },
        { QStringLiteral("institution"), orNull(r.identity.institution) },
        { QStringLiteral("career_stage"), orNull(r.profile.careerStage) },
        { QStringLiteral("specialty"), orNull(r.profile.specialty) },
        { QStringLiteral("region"), orNull(r.profile.region) },
        { QStringLiteral("languages"), QJsonArray::fromStringList(r.profile.languages) },
        { QStringLiteral("modalities"), QJsonArray::fromStringList(r.profile.modalities) },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons) },
        { QStringLiteral("specialty_preference"), r.profile.specialtyPreference },
        { QStringLiteral("affinity_preference"), orNull(r.profile.affinityPreference) },
        { QStringLiteral("gender_preference"), orNull(r.profile.genderPreference) },
        { QStringLiteral("first_contact_at"), momentOrNull(r.firstContactAt) },
        { QStringLiteral("closed_at"), momentOrNull(r.closedAt) },
        { QStringLiteral("escalated"), r.escalated },
        { QStringLiteral("legal_hold"), r.legalHold },
        { QStringLiteral("identity_purged"), r.identityPurgedAt.isValid() },
        { QStringLiteral("earlier_requests"), r.earlierRequests },
    };
    if (target && r.outcome != CloseOutcome::ReferredElsewhere && r.contactClockStart().isValid()) {
        auto assessment
            = target->assess(r.contactClockStart(), clock,
                             r.firstContactAt.isValid() ? std::optional<QDateTime>(r.firstContactAt) : std::nullopt);
        if (assessment && (r.status != RequestStatus::Closed || r.firstContactAt.isValid())) {
            json.insert(QStringLiteral("contact_due"), assessment->dueDate.toString(Qt::ISODate));
            json.insert(QStringLiteral("contact_status"), contactStatusKey(assessment->status));
        }
    }
    return json;
}

QString requestLine(const SupportRequest& r)
{
    return QStringLiteral("#%1  %2  %3  %4")
        .arg(r.id)
        .arg(r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(requestStatusDisplayName(r.status), -22)
        .arg(r.identity.name.isEmpty() ? Text::tr("(identity purged)") : r.identity.name);
}

Result<qint64> requestId(CliApplication& app, int count, const QString& synopsis)
{
    if (auto expected = app.expectArguments(count, synopsis); !expected)
        return expected.error();
    return app.idArgument(1, Text::tr("request id"));
}

int listRequests(CliApplication& app, RequestService& service, const Clock& clock)
{
    if (auto count = app.expectArguments(1, QStringLiteral("requests list [--status STATUS] [--json]")); !count)
        return app.fail(count.error());
    std::optional<RequestStatus> status;
    if (app.isSet(QStringLiteral("status"))) {
        status = requestStatusFromKey(app.value(QStringLiteral("status")));
        if (!status)
            return app.fail(makeError(ErrorCode::InvalidInput,
                                      Text::tr("Unknown status \"%1\".").arg(app.value(QStringLiteral("status")))));
    }
    auto requests = service.viewAll(status);
    if (!requests)
        return app.fail(requests.error());
    auto target = service.contactTarget();
    const std::optional<ContactTarget> contact = target ? std::optional<ContactTarget>(*target) : std::nullopt;
    if (app.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SupportRequest& r : std::as_const(*requests))
            array.append(requestJson(r, contact, clock));
        app.printJson(QJsonDocument(array));
        return 0;
    }
    for (const SupportRequest& r : std::as_const(*requests))
        app.printLine(requestLine(r));
    app.printLine(Text::tr("%n request(s)", nullptr, static_cast<int>(requests->size())));
    return 0;
}

int showRequest(CliApplication& app, RequestService& service, const Clock& clock)
{
    auto id = requestId(app, 2, QStringLiteral("requests show ID [--json]"));
    if (!id)
        return app.fail(id.error());
    auto request = service.view(*id);
    if (!request)
        return app.fail(request.error());
    auto target = service.contactTarget();
    QJsonObject json = requestJson(*request, target ? std::optional<ContactTarget>(*target) : std::nullopt, clock);
    auto referrals = service.referrals(*id);
    if (!referrals)
        return app.fail(referrals.error());
    QJsonArray given;
    for (const ReferralGiven& referral : std::as_const(*referrals))
        given.append(QJsonObject{ { QStringLiteral("resource"), referral.resource },
                                  { QStringLiteral("given_at"), momentOrNull(referral.givenAt) } });
    json.insert(QStringLiteral("referrals_given"), given);
    if (app.isSet(QStringLiteral("json"))) {
        app.printJson(QJsonDocument(json));
        return 0;
    }
    app.printLine(requestLine(*request));
    app.printFields(json);
    return 0;
}

int printResources(CliApplication& app, const QString& heading, const QStringList& resources)
{
    app.printLine(heading);
    for (const QString& resource : resources)
        app.printLine(QStringLiteral("  - ") + resource);
    return 0;
}

int triage(CliApplication& app, RequestService& service)
{
    auto id = requestId(
        app, 2,
        QStringLiteral("requests triage ID [--immediate-risk yes|no] [--action A] [--reasons LIST] [--urgency U]"));
    if (!id)
        return app.fail(id.error());
    TriageDecision decision;
    if (app.isSet(QStringLiteral("immediate-risk"))) {
        const auto risk = csv::parseBoolean(app.value(QStringLiteral("immediate-risk")));
        if (!risk)
            return app.usage(Text::tr("--immediate-risk takes yes or no."));
        decision.immediateRisk = *risk;
    } else {
        return app.usage(Text::tr("Triage asks whether anyone is at immediate risk to self or others: give "
                                  "--immediate-risk yes or no."));
    }
    if (app.isSet(QStringLiteral("action"))) {
        if (!decision.immediateRisk)
            return app.usage(Text::tr("--action says what was done about an immediate risk: it goes with "
                                      "--immediate-risk yes."));
        decision.escalationAction = app.value(QStringLiteral("action"));
    }
    decision.reasons = csv::splitList(app.value(QStringLiteral("reasons")));
    if (app.isSet(QStringLiteral("urgency")))
        decision.urgency = app.value(QStringLiteral("urgency"));
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    auto outcome = service.triage(*id, decision, *at);
    if (!outcome)
        return app.fail(outcome.error());
    if (outcome->escalated)
        printResources(app, Text::tr("Immediate risk: the request is flagged. Crisis resources:"),
                       outcome->crisisResources);
    if (!outcome->inScope) {
        app.printLine(Text::tr("Request #%1 is out of scope and was closed as referred elsewhere: %2")
                          .arg(*id)
                          .arg(outcome->scopeRule));
        printResources(app, Text::tr("Resources to offer:"), outcome->resources);
        return 0;
    }
    app.printLine(Text::tr("Request #%1 is triaged and ready to match.").arg(*id));
    return 0;
}

int escalate(CliApplication& app, RequestService& service)
{
    auto id = requestId(app, 2, QStringLiteral("requests escalate ID --action ACTION"));
    if (!id)
        return app.fail(id.error());
    if (!app.isSet(QStringLiteral("action")))
        return app.usage(Text::tr("Give --action, one of: %1.")
                             .arg(Vocabulary::keys(Vocab::EscalationAction).join(QStringLiteral(", "))));
    auto crisis = service.escalate(*id, app.value(QStringLiteral("action")));
    if (!crisis)
        return app.fail(crisis.error());
    return printResources(app, Text::tr("Request #%1 is flagged as escalated. Crisis resources:").arg(*id), *crisis);
}

int close(CliApplication& app, RequestService& service)
{
    auto id = requestId(app, 2,
                        QStringLiteral("requests close ID --outcome OUTCOME [--difficult] [--resource R] [--at T]"));
    if (!id)
        return app.fail(id.error());
    const auto outcome = closeOutcomeFromKey(app.value(QStringLiteral("outcome")));
    if (!outcome) {
        QStringList keys;
        for (CloseOutcome o : allCloseOutcomes)
            keys.append(closeOutcomeKey(o));
        return app.usage(Text::tr("Give --outcome, one of: %1.").arg(keys.join(QStringLiteral(", "))));
    }
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    CloseOptions options;
    options.difficult = app.isSet(QStringLiteral("difficult"));
    options.resource = app.value(QStringLiteral("resource")).trimmed();
    auto closed = service.close(*id, *outcome, options, *at);
    if (!closed)
        return app.fail(closed.error());
    app.printLine(Text::tr("Request #%1 is closed (%2).").arg(*id).arg(closeOutcomeDisplayName(*outcome).toLower()));
    if (*closed > 0)
        app.printLine(Text::tr("%n conversation(s) booked from then on cancelled.", nullptr, *closed));
    return 0;
}

int refer(CliApplication& app, RequestService& service)
{
    auto id = requestId(app, 2, QStringLiteral("requests refer ID --resource R [--at T]"));
    if (!id)
        return app.fail(id.error());
    if (!app.isSet(QStringLiteral("resource")))
        return app.usage(Text::tr("Give --resource, one of the resources setting's names."));
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    const QString resource = app.value(QStringLiteral("resource")).trimmed();
    if (auto done = service.refer(*id, resource, *at); !done)
        return app.fail(done.error());
    app.printLine(Text::tr("Referral to %1 recorded for request #%2.").arg(resource).arg(*id));
    return 0;
}

int simpleRequestStep(CliApplication& app, RequestService& service, const QString& sub)
{
    auto id = requestId(app, 2, QStringLiteral("requests %1 ID").arg(sub));
    if (!id)
        return app.fail(id.error());
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    Result<void> done;
    QString message;
    if (sub == QLatin1String("consent")) {
        done = service.recordConsent(*id, *at);
        message = Text::tr("Consent recorded: request #%1 can now be triaged.").arg(*id);
    } else if (sub == QLatin1String("contact")) {
        done = service.recordFirstContact(*id, *at);
        message = Text::tr("First contact recorded for request #%1.").arg(*id);
    } else {
        const bool hold = sub == QLatin1String("hold");
        done = service.setLegalHold(*id, hold);
        message = hold ? Text::tr("Request #%1 is under legal hold: its identity will not be purged.").arg(*id)
                       : Text::tr("The legal hold on request #%1 is lifted.").arg(*id);
    }
    if (!done)
        return app.fail(done.error());
    app.printLine(message);
    return 0;
}

QJsonObject suggestionsJson(const MatchSuggestions& suggestions)
{
    QJsonArray candidates;
    for (const MatchCandidate& c : suggestions.candidates) {
        candidates.append(QJsonObject{ { QStringLiteral("supporter_id"), c.supporterId },
                                       { QStringLiteral("name"), c.name },
                                       { QStringLiteral("score"), c.score },
                                       { QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons) } });
    }
    QJsonArray excluded;
    for (const MatchExclusion& e : suggestions.excluded) {
        excluded.append(QJsonObject{ { QStringLiteral("supporter_id"), e.supporterId },
                                     { QStringLiteral("name"), e.name },
                                     { QStringLiteral("rule"), e.rule },
                                     { QStringLiteral("explanation"), e.explanation } });
    }
    return QJsonObject{ { QStringLiteral("candidates"), candidates }, { QStringLiteral("excluded"), excluded } };
}

} // namespace

int runRequestsCommand(CliApplication& app)
{
    const QString sub = app.commandArguments().value(0);
    if (sub == QLatin1String("import"))
        return runRequestsImport(app);
    static const QStringList known
        = { QStringLiteral("list"),     QStringLiteral("show"),    QStringLiteral("consent"), QStringLiteral("triage"),
            QStringLiteral("escalate"), QStringLiteral("contact"), QStringLiteral("close"),   QStringLiteral("hold"),
            QStringLiteral("release"),  QStringLiteral("refer") };
    if (!known.contains(sub))
        return app.usage(Text::tr("requests takes one of: import, %1.").arg(known.join(QStringLiteral(", "))));
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    RequestService service(**session);
    if (sub == QLatin1String("list"))
        return listRequests(app, service, app.clock());
    if (sub == QLatin1String("show"))
        return showRequest(app, service, app.clock());
    if (sub == QLatin1String("triage"))
        return triage(app, service);
    if (sub == QLatin1String("escalate"))
        return escalate(app, service);
    if (sub == QLatin1String("close"))
        return close(app, service);
    if (sub == QLatin1String("refer"))
        return refer(app, service);
    return simpleRequestStep(app, service, sub);
}

namespace {

// The introduction the window's hand-off sends, printed so that it can be pasted into any mail program. It shows the
// requester's first name and contact details: recorded as a view of their identity (HandOff).
int handoff(CliApplication& app)
{
    auto id = requestId(app, 2, QStringLiteral("match handoff REQUEST_ID [--include-reasons]"));
    if (!id)
        return app.fail(id.error());
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    auto introduction = HandOff(**session).introduction(*id, app.isSet(QStringLiteral("include-reasons")));
    if (!introduction)
        return app.fail(introduction.error());
    app.printLine(Text::tr("To: %1").arg(introduction->recipient));
    app.printLine(Text::tr("Subject: %1").arg(introduction->subject));
    app.printLine(QString());
    app.printLine(introduction->body);
    return 0;
}

// Ends an accepted match early: the request goes back to triaged for a new supporter.
int endMatch(CliApplication& app)
{
    auto id = requestId(app, 2, QStringLiteral("match end REQUEST_ID --reason REASON [--at T]"));
    if (!id)
        return app.fail(id.error());
    if (!app.isSet(QStringLiteral("reason")))
        return app.usage(Text::tr("Give --reason, one of the match_end_reasons setting (by default: "
                                  "supporter_unavailable, supporter_withdrew, poor_fit, requester_asked)."));
    auto at = app.momentOption(QStringLiteral("at"));
    if (!at)
        return app.fail(at.error());
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    auto cancelled = MatchingService(**session).end(*id, app.value(QStringLiteral("reason")), *at);
    if (!cancelled)
        return app.fail(cancelled.error());
    app.printLine(
        Text::tr("The match of request #%1 has ended; the request is back to triaged for a new supporter.").arg(*id));
    if (*cancelled > 0)
        app.printLine(Text::tr("%n conversation(s) booked from then on cancelled.", nullptr, *cancelled));
    return 0;
}

} // namespace

int runMatchCommand(CliApplication& app)
{
    const QString sub = app.commandArguments().value(0);
    static const QStringList known = { QStringLiteral("suggest"), QStringLiteral("assign"), QStringLiteral("accept"),
                                       QStringLiteral("decline"), QStringLiteral("end"),    QStringLiteral("handoff") };
    if (!known.contains(sub))
        return app.usage(Text::tr("match takes one of: %1.").arg(known.join(QStringLiteral(", "))));
    if (sub != QLatin1String("end") && (app.isSet(QStringLiteral("reason")) || app.isSet(QStringLiteral("at"))))
        return app.usage(Text::tr("--reason and --at go with match end only."));
    if (sub == QLatin1String("end"))
        return endMatch(app);
    if (sub == QLatin1String("handoff"))
        return handoff(app);
    if (app.isSet(QStringLiteral("include-reasons")))
        return app.usage(Text::tr("--include-reasons goes with match handoff only."));
    const bool assign = sub == QLatin1String("assign");
    auto id = requestId(app, assign ? 3 : 2,
                        assign ? QStringLiteral("match assign REQUEST_ID SUPPORTER_ID")
                               : QStringLiteral("match %1 REQUEST_ID").arg(sub));
    if (!id)
        return app.fail(id.error());
    Result<qint64> supporterId = qint64(0);
    if (assign) {
        supporterId = app.idArgument(2, Text::tr("supporter id"));
        if (!supporterId)
            return app.fail(supporterId.error());
    }
    auto session = app.unlock();
    if (!session)
        return app.fail(session.error());
    MatchingService service(**session);
    if (sub == QLatin1String("suggest")) {
        auto suggestions = service.suggest(*id);
        if (!suggestions)
            return app.fail(suggestions.error());
        if (app.isSet(QStringLiteral("json"))) {
            app.printJson(QJsonDocument(suggestionsJson(*suggestions)));
            return 0;
        }
        for (const MatchCandidate& c : std::as_const(suggestions->candidates))
            app.printLine(QStringLiteral("#%1  %2  %3  (%4)")
                              .arg(c.supporterId)
                              .arg(c.score, 5, 'f', 1)
                              .arg(c.name, c.reasons.join(QStringLiteral(", "))));
        app.printLine(Text::tr("%n supporter(s) excluded:", nullptr, static_cast<int>(suggestions->excluded.size())));
        for (const MatchExclusion& e : std::as_const(suggestions->excluded))
            app.printLine(QStringLiteral("  #%1  %2: %3").arg(e.supporterId).arg(e.name, e.explanation));
        return 0;
    }
    if (assign) {
        auto matched = service.assign(*id, *supporterId);
        if (!matched)
            return app.fail(matched.error());
        app.printLine(Text::tr("Supporter #%1 is proposed for request #%2; record their answer with match accept or "
                               "match decline.")
                          .arg(*supporterId)
                          .arg(*id));
        return 0;
    }
    const bool accepted = sub == QLatin1String("accept");
    if (auto answered = accepted ? service.accept(*id) : service.decline(*id); !answered)
        return app.fail(answered.error());
    app.printLine(accepted
                      ? Text::tr("The supporter accepted request #%1.").arg(*id)
                      : Text::tr("The supporter declined; request #%1 is back to triaged for another match.").arg(*id));
    return 0;
}

} // namespace peerdesk
