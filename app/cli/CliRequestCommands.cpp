// `peerdesk-cli requests ...` and `peerdesk-cli match ...`: intake, triage and matching (docs/cli.md).
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliOptions.h"
#include "core/domain/Vocabulary.h"
#include "core/formats/CsvReader.h"
#include "core/services/HandOff.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/vault/VaultSession.h"

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
        { QStringLiteral("site_id"), r.siteId },
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

// The request's id, after the command's name (the dispatcher checked that it is one).
Result<qint64> requestId(CliApplication& app)
{
    return app.idArgument(1, Text::tr("request id"));
}

int listRequests(CliApplication& app, VaultSession& session)
{
    RequestService service(session);
    const Clock& clock = app.clock();
    std::optional<RequestStatus> status;
    if (app.isSet(QStringLiteral("status"))) {
        status = requestStatusFromKey(app.value(QStringLiteral("status")));
        if (!status)
            return app.fail(makeError(ErrorCode::InvalidInput,
                                      Text::tr("Unknown status \"%1\".").arg(app.value(QStringLiteral("status")))));
    }
    std::optional<qint64> siteId;
    if (app.isSet(QStringLiteral("site"))) {
        auto site = SiteService(session).byCode(app.value(QStringLiteral("site")));
        if (!site)
            return app.fail(site.error());
        siteId = site->id;
    }
    auto requests = service.viewAll(status);
    if (!requests)
        return app.fail(requests.error());
    if (siteId)
        requests->removeIf([&](const SupportRequest& r) { return r.siteId != *siteId; });
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

int showRequest(CliApplication& app, RequestService& service)
{
    const Clock& clock = app.clock();
    auto id = requestId(app);
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

int triage(CliApplication& app)
{
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
    TriageDecision decision;
    // The dispatcher made sure it is given: triage always answers the safety question.
    const auto risk = csv::parseBoolean(app.value(QStringLiteral("immediate-risk")));
    if (!risk)
        return app.usage(Text::tr("--immediate-risk takes yes or no."));
    decision.immediateRisk = *risk;
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
    return withSession(app, [&](VaultSession& session) {
        auto outcome = RequestService(session).triage(*id, decision, *at);
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
    });
}

int escalate(CliApplication& app, RequestService& service)
{
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
    auto crisis = service.escalate(*id, app.value(QStringLiteral("action")));
    if (!crisis)
        return app.fail(crisis.error());
    return printResources(app, Text::tr("Request #%1 is flagged as escalated. Crisis resources:").arg(*id), *crisis);
}

int close(CliApplication& app)
{
    auto id = requestId(app);
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
    return withSession(app, [&](VaultSession& session) {
        auto closed = RequestService(session).close(*id, *outcome, options, *at);
        if (!closed)
            return app.fail(closed.error());
        app.printLine(
            Text::tr("Request #%1 is closed (%2).").arg(*id).arg(closeOutcomeDisplayName(*outcome).toLower()));
        if (*closed > 0)
            app.printLine(Text::tr("%n conversation(s) booked from then on cancelled.", nullptr, *closed));
        return 0;
    });
}

int refer(CliApplication& app, RequestService& service)
{
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
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
    auto id = requestId(app);
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

int consent(CliApplication& app, RequestService& service)
{
    return simpleRequestStep(app, service, QStringLiteral("consent"));
}

int contact(CliApplication& app, RequestService& service)
{
    return simpleRequestStep(app, service, QStringLiteral("contact"));
}

int hold(CliApplication& app, RequestService& service)
{
    return simpleRequestStep(app, service, QStringLiteral("hold"));
}

int release(CliApplication& app, RequestService& service)
{
    return simpleRequestStep(app, service, QStringLiteral("release"));
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

// The introduction the window's hand-off sends, printed so that it can be pasted into any mail program. It shows the
// requester's first name and contact details: recorded as a view of their identity (HandOff).
int handoff(CliApplication& app)
{
    auto id = requestId(app);
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
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
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

int suggest(CliApplication& app, MatchingService& service)
{
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
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

int assign(CliApplication& app, MatchingService& service)
{
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
    auto supporterId = app.idArgument(2, Text::tr("supporter id"));
    if (!supporterId)
        return app.fail(supporterId.error());
    auto matched = service.assign(*id, *supporterId);
    if (!matched)
        return app.fail(matched.error());
    app.printLine(Text::tr("Supporter #%1 is proposed for request #%2; record their answer with match accept or "
                           "match decline.")
                      .arg(*supporterId)
                      .arg(*id));
    return 0;
}

int answer(CliApplication& app, MatchingService& service, bool accepted)
{
    auto id = requestId(app);
    if (!id)
        return app.fail(id.error());
    if (auto answered = accepted ? service.accept(*id) : service.decline(*id); !answered)
        return app.fail(answered.error());
    app.printLine(accepted
                      ? Text::tr("The supporter accepted request #%1.").arg(*id)
                      : Text::tr("The supporter declined; request #%1 is back to triaged for another match.").arg(*id));
    return 0;
}

int accept(CliApplication& app, MatchingService& service)
{
    return answer(app, service, true);
}

int decline(CliApplication& app, MatchingService& service)
{
    return answer(app, service, false);
}

} // namespace

QList<CliCommand> requestCommands()
{
    const QString group = QStringLiteral("requests");
    return {
        { group,
          QStringLiteral("import"),
          QStringLiteral("FILE.csv"),
          cliNames({ "dry-run", "json", "site" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Intake from a CSV file, all or none (docs/import-formats.md)"),
          CliAccess::Coordination,
          runRequestsImport },
        { group,
          QStringLiteral("list"),
          {},
          cliNames({ "status", "json", "site" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Every request, newest first"),
          CliAccess::Coordination,
          [](CliApplication& app) {
              return withSession(app, [&](VaultSession& session) { return listRequests(app, session); });
          } },
        { group,
          QStringLiteral("show"),
          QStringLiteral("ID"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "One request"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, showRequest); } },
        { group,
          QStringLiteral("consent"),
          QStringLiteral("ID"),
          cliNames({ "at" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A colleague's referral: the person agreed to be contacted"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, consent); } },
        { group, QStringLiteral("triage"), QStringLiteral("ID"),
          cliNames({ "immediate-risk", "action", "reasons", "urgency", "at" }), cliNames({ "immediate-risk" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Triage: the safety question answered, reasons and urgency"),
          CliAccess::Coordination, triage },
        { group, QStringLiteral("escalate"), QStringLiteral("ID"), cliNames({ "action" }), cliNames({ "action" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Immediate risk at any other time; prints the crisis resources"),
          CliAccess::Coordination, [](CliApplication& app) { return withService(app, escalate); } },
        { group,
          QStringLiteral("contact"),
          QStringLiteral("ID"),
          cliNames({ "at" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "First contact made"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, contact); } },
        { group, QStringLiteral("close"), QStringLiteral("ID"), cliNames({ "outcome", "difficult", "resource", "at" }),
          cliNames({ "outcome" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Close; the match's conversations booked from then on are cancelled"),
          CliAccess::Coordination, close },
        { group, QStringLiteral("refer"), QStringLiteral("ID"), cliNames({ "resource", "at" }),
          cliNames({ "resource" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "A referral given to one of the resources setting's names"),
          CliAccess::Coordination, [](CliApplication& app) { return withService(app, refer); } },
        { group,
          QStringLiteral("hold"),
          QStringLiteral("ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Legal hold: the identity is not purged"),
          CliAccess::Administration,
          [](CliApplication& app) { return withService(app, hold); } },
        { group,
          QStringLiteral("release"),
          QStringLiteral("ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Lift a legal hold"),
          CliAccess::Administration,
          [](CliApplication& app) { return withService(app, release); } },
    };
}

QList<CliCommand> matchCommands()
{
    const QString group = QStringLiteral("match");
    return {
        { group,
          QStringLiteral("suggest"),
          QStringLiteral("ID"),
          cliNames({ "json" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Every supporter, ranked or excluded with the rule"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, suggest); } },
        { group,
          QStringLiteral("assign"),
          QStringLiteral("ID SUPPORTER_ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Propose this supporter (the rules are checked again)"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, assign); } },
        { group,
          QStringLiteral("accept"),
          QStringLiteral("ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The supporter agreed"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, accept); } },
        { group,
          QStringLiteral("decline"),
          QStringLiteral("ID"),
          {},
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The supporter declined; never suggested for this request again"),
          CliAccess::Coordination,
          [](CliApplication& app) { return withService(app, decline); } },
        { group, QStringLiteral("end"), QStringLiteral("ID"), cliNames({ "reason", "at" }), cliNames({ "reason" }),
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "End an accepted match early: the request goes back to triaged"),
          CliAccess::Coordination, endMatch },
        { group,
          QStringLiteral("handoff"),
          QStringLiteral("ID"),
          cliNames({ "include-reasons" }),
          {},
          QT_TRANSLATE_NOOP("peerdesk::CliHelp", "The introduction sent to the supporter (a view of the identity)"),
          CliAccess::Coordination,
          handoff },
    };
}

} // namespace peerdesk
