#include "core/services/RequestService.h"

#include "core/domain/DateText.h"
#include "core/domain/FieldChecks.h"
#include "core/domain/ReferralResource.h"
#include "core/domain/RequestRules.h"
#include "core/domain/Vocabulary.h"
#include "core/services/AuditLog.h"
#include "core/services/MatchCards.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SiteService.h"
#include "core/storage/ConversationRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MatchRepository.h"
#include "core/storage/RepeatSecret.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/SupporterRepository.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <sodium.h>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RequestService)
};

constexpr auto EntityType = "request";
Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// The stored repeat keys of an identity (docs/security.md, "Repeat requests"): the short keys, or, where a request
// from before the upgrade already has this person's old-format key, that one, so a person's requests share one key
// whatever their age.
Result<RepeatKeys> repeatKeysFor(Database& database, const RepeatKeyHasher& hasher, const RequesterIdentity& identity)
{
    RequestRepository requests(database);
    // The key in its new form, unless the vault already holds this value's key in the older form.
    auto keyFor
        = [&](RequestRepository::KeyKind kind, const QString& key, const QString& legacyKey) -> Result<QString> {
        if (key.isEmpty())
            return key;
        auto legacy = requests.existingKey(kind, { legacyKey });
        if (!legacy)
            return legacy.error();
        return legacy->isEmpty() ? key : *legacy;
    };
    RepeatKeys keys;
    auto email = keyFor(RequestRepository::KeyKind::Email, hasher.emailKey(identity.email),
                        hasher.legacyEmailKey(identity.email));
    if (!email)
        return email.error();
    auto phone = keyFor(RequestRepository::KeyKind::Phone, hasher.phoneKey(identity.phone),
                        hasher.legacyPhoneKey(identity.phone));
    if (!phone)
        return phone.error();
    keys.email = *email;
    keys.phone = *phone;
    return keys;
}

QString eventAuditAction(RequestEvent event, std::optional<CloseOutcome> outcome)
{
    QString action = QStringLiteral("request.") + requestEventKey(event);
    if (outcome)
        action += QLatin1Char('.') + closeOutcomeKey(*outcome);
    return action;
}

// The earliest moment whose first-contact due date is `day` or later. The due date depends only on the local
// day the clock started (receipt, or a referral's consent), never decreases with it and always comes after it,
// so requests whose clock started before this moment are exactly those due before `day`.
QDateTime firstClockStartDueFrom(const ContactTarget& target, const QDate& day)
{
    auto startOf = [&](const QDate& date) { return date.startOfDay(target.timeZone()).toUTC(); };
    QDate receipt = day.addDays(-1);
    // A target is at most 10 business days; a year of closures would be a damaged setting, not a reason to spin.
    for (int guard = 0; guard < 366 && target.dueDate(startOf(receipt.addDays(-1))) >= day; ++guard)
        receipt = receipt.addDays(-1);
    return startOf(receipt);
}

RequestSortColumn sortColumn(RequestSortKey key)
{
    switch (key) {
    case RequestSortKey::Reference:
        return RequestSortColumn::Reference;
    case RequestSortKey::Status:
        return RequestSortColumn::Status;
    case RequestSortKey::Channel:
        return RequestSortColumn::Channel;
    case RequestSortKey::Urgency:
        return RequestSortColumn::Urgency;
    case RequestSortKey::Due:
        return RequestSortColumn::ContactClock;
    case RequestSortKey::Received:
        break;
    }
    return RequestSortColumn::Received;
}

void trimIdentity(RequesterIdentity& identity)
{
    for (QString* text :
         { &identity.name, &identity.email, &identity.phone, &identity.bestTime, &identity.institution })
        *text = text->trimmed();
}

} // namespace

RequestEdit RequestEdit::of(const SupportRequest& request)
{
    return { request.channel, request.urgency, request.reasons, request.profile, request.identity };
}

bool RequestEdit::operator==(const RequestEdit& o) const
{
    const MatchingProfile& a = profile;
    const MatchingProfile& b = o.profile;
    const RequesterIdentity& i = identity;
    const RequesterIdentity& j = o.identity;
    return channel == o.channel && urgency == o.urgency && reasons == o.reasons && a.careerStage == b.careerStage
        && a.specialty == b.specialty && a.region == b.region && a.languages == b.languages
        && a.modalities == b.modalities && a.specialtyPreference == b.specialtyPreference
        && a.affinityPreference == b.affinityPreference && a.genderPreference == b.genderPreference
        && a.allowSameInstitution == b.allowSameInstitution && a.availability == b.availability && i.name == j.name
        && i.email == j.email && i.phone == j.phone && i.bestTime == j.bestTime && i.institution == j.institution;
}

Result<qint64> RequestService::intake(const NewRequest& request)
{
    auto ids = intakeAll({ request });
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> RequestService::intakeAll(const QList<NewRequest>& requests)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto affinities = m_session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinities)
        return affinities.error();
    const QDateTime now = m_session.clock().nowUtc();
    QList<NewRequest> cleaned;
    for (const NewRequest& request : requests) {
        NewRequest c = request;
        c.profile.specialty = c.profile.specialty.trimmed();
        c.profile.region = c.profile.region.trimmed();
        for (QString* text :
             { &c.identity.name, &c.identity.email, &c.identity.phone, &c.identity.bestTime, &c.identity.institution })
            *text = text->trimmed();
        if (auto valid = request_rules::validate(c, *affinities, now); !valid)
            return valid.error();
        cleaned.append(std::move(c));
    }
    // The site each request goes to, checked against the sites this person works before anything is written.
    auto sites = SiteService(m_session).workable();
    if (!sites)
        return sites.error();
    for (NewRequest& c : cleaned) {
        auto site = SiteService::chooseSite(*sites, c.siteId);
        if (!site)
            return site.error();
        c.siteId = *site;
    }
    QList<qint64> ids;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        ids.clear(); // a retried transaction starts again from nothing (Database::transaction)
        auto hasher = repeat_secret::loadOrCreate(m_session.database(), RepeatKeyHasher::Cost{});
        if (!hasher)
            return hasher.error();
        RequestRepository repository(m_session.database());
        for (const NewRequest& in : std::as_const(cleaned)) {
            SupportRequest r;
            r.receivedAt = in.receivedAt.toUTC();
            r.channel = in.channel;
            r.referralType = in.referralType;
            r.urgency = in.urgency;
            r.reasons = in.reasons;
            r.profile = in.profile;
            r.identity = in.identity;
            r.siteId = in.siteId;
            // A colleague may refer someone only with that person's consent; until the program has it, the
            // referral waits and cannot be triaged or matched.
            const bool colleague = in.referralType == QLatin1String("colleague");
            r.status = colleague && !in.consentConfirmed ? RequestStatus::AwaitingConsent : RequestStatus::New;
            if (colleague && in.consentConfirmed)
                r.consentRecordedAt = r.receivedAt;
            auto keys = repeatKeysFor(m_session.database(), *hasher, r.identity);
            if (!keys)
                return keys.error();
            auto id = repository.insert(r, *keys, now);
            if (!id)
                return id.error();
            if (auto audited
                = m_session.recordAudit(QStringLiteral("request.received"), QLatin1String(EntityType), *id);
                !audited)
                return audited;
            ids.append(*id);
        }
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

Result<SupportRequest> RequestService::load(qint64 id)
{
    auto found = RequestRepository(m_session.database()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return invalid(Text::tr("There is no request #%1.").arg(id));
    return **found;
}

Result<QDateTime> RequestService::resolveTime(const SupportRequest& request, const std::optional<QDateTime>& at) const
{
    const QDateTime now = m_session.clock().nowUtc();
    if (!at)
        return std::max(now, request.receivedAt);
    if (!at->isValid())
        return invalid(Text::tr("The date and time are not valid."));
    if (*at > now.addSecs(request_rules::FutureToleranceSeconds))
        return invalid(Text::tr("This cannot be recorded for a time in the future."));
    if (*at < request.receivedAt)
        return invalid(Text::tr("This cannot be recorded for a time before the request was received."));
    return at->toUTC();
}

Result<void> RequestService::apply(SupportRequest& request, RequestEvent event, std::optional<CloseOutcome> outcome)
{
    auto next = RequestLifecycle::apply(request.status, event, outcome);
    if (!next)
        return next.error();
    request.status = *next;
    if (outcome)
        request.outcome = outcome;
    return {};
}

Result<void> RequestService::save(const SupportRequest& request, const QString& auditAction)
{
    if (auto saved = RequestRepository(m_session.database()).saveState(request, m_session.clock().nowUtc()); !saved)
        return saved;
    return m_session.recordAudit(auditAction, QLatin1String(EntityType), request.id);
}

Result<void> RequestService::recordEvent(qint64 id, RequestEvent event, const std::optional<QDateTime>& at,
                                         QDateTime SupportRequest::*stamp)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        auto when = resolveTime(*request, at);
        if (!when)
            return when.error();
        if (auto applied = apply(*request, event); !applied)
            return applied;
        // Kept when already set: a request matched again after its match ended had its first contact then.
        if (stamp && !((*request).*stamp).isValid())
            (*request).*stamp = *when;
        return save(*request, eventAuditAction(event, std::nullopt));
    });
}

Result<void> RequestService::recordConsent(qint64 id, const std::optional<QDateTime>& at)
{
    return recordEvent(id, RequestEvent::RecordConsent, at, &SupportRequest::consentRecordedAt);
}

Result<TriageOutcome> RequestService::triage(qint64 id, const TriageDecision& decision,
                                             const std::optional<QDateTime>& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    TriageOutcome outcome;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        outcome = TriageOutcome{}; // a retried transaction starts again from nothing (Database::transaction)
        auto request = load(id);
        if (!request)
            return request.error();
        if (request->status == RequestStatus::AwaitingConsent)
            return invalid(Text::tr("Request #%1 is a colleague's referral awaiting the person's consent. Record "
                                    "their consent before triage.")
                               .arg(id));
        auto when = resolveTime(*request, at);
        if (!when)
            return when.error();
        if (!decision.reasons.isEmpty()) {
            if (auto known = field_checks::keys(Vocab::Reason, decision.reasons); !known)
                return known;
            request->reasons = decision.reasons;
        }
        if (decision.urgency) {
            if (auto known = field_checks::keys(Vocab::Urgency, { *decision.urgency }); !known)
                return known;
            request->urgency = *decision.urgency;
        }
        if (request->reasons.isEmpty())
            return invalid(Text::tr("Triage needs at least one reason (a category, never a description)."));
        ProgramSettings settings(m_session.database());
        if (decision.immediateRisk) {
            if (auto known = field_checks::keys(Vocab::EscalationAction, { decision.escalationAction }); !known)
                return known;
            auto crisis = settings.list(QLatin1String(ProgramSettings::CrisisResources));
            if (!crisis)
                return crisis.error();
            outcome.escalated = true;
            outcome.crisisResources = *crisis;
            request->escalated = true;
            const EscalationRecord record{ 0, id, *when, m_session.user().id, decision.escalationAction };
            if (auto stored = RequestRepository(m_session.database()).insertEscalation(record); !stored)
                return stored.error();
            if (auto audited
                = m_session.recordAudit(QStringLiteral("request.escalated"), QLatin1String(EntityType), id);
                !audited)
                return audited;
        }
        auto excludedStages = settings.list(QLatin1String(ProgramSettings::ScopeExcludedCareerStages));
        if (!excludedStages)
            return excludedStages.error();
        auto regions = settings.list(QLatin1String(ProgramSettings::ScopeRegions));
        if (!regions)
            return regions.error();
        const QString& stage = request->profile.careerStage;
        const QString& region = request->profile.region;
        if (!stage.isEmpty() && excludedStages->contains(stage)) {
            outcome.inScope = false;
            outcome.scopeRule = Text::tr("The program refers this career stage (%1) elsewhere.")
                                    .arg(Vocabulary::displayName(Vocab::CareerStage, stage));
        } else if (!regions->isEmpty() && !region.isEmpty() && !regions->contains(region, Qt::CaseInsensitive)) {
            outcome.inScope = false;
            outcome.scopeRule = Text::tr("The program does not serve this region.");
        }
        request->triagedAt = *when;
        if (!outcome.inScope) {
            auto resources = settings.list(QLatin1String(ProgramSettings::Resources));
            if (!resources)
                return resources.error();
            outcome.resources = ReferralResource::namesFor(ReferralResource::parseAll(*resources), request->profile);
            if (auto applied = apply(*request, RequestEvent::Close, CloseOutcome::ReferredElsewhere); !applied)
                return applied;
            request->closedAt = *when;
            outcome.status = request->status;
            return save(*request, eventAuditAction(RequestEvent::Close, CloseOutcome::ReferredElsewhere));
        }
        if (auto applied = apply(*request, RequestEvent::Triage); !applied)
            return applied;
        outcome.status = request->status;
        return save(*request, eventAuditAction(RequestEvent::Triage, std::nullopt));
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<QStringList> RequestService::escalate(qint64 id, const QString& action)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (auto known = field_checks::keys(Vocab::EscalationAction, { action }); !known)
        return known.error();
    auto crisis = m_session.settings().list(QLatin1String(ProgramSettings::CrisisResources));
    if (!crisis)
        return crisis.error();
    auto done = m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        if (!RequestLifecycle::isOpen(request->status))
            return invalid(Text::tr("Request #%1 is closed.").arg(id));
        request->escalated = true;
        const EscalationRecord record{ 0, id, m_session.clock().nowUtc(), m_session.user().id, action };
        if (auto stored = RequestRepository(m_session.database()).insertEscalation(record); !stored)
            return stored.error();
        return save(*request, QStringLiteral("request.escalated"));
    });
    if (!done)
        return done.error();
    return *crisis;
}

Result<void> RequestService::recordFirstContact(qint64 id, const std::optional<QDateTime>& at)
{
    return recordEvent(id, RequestEvent::RecordFirstContact, at, &SupportRequest::firstContactAt);
}

Result<void> RequestService::recordConversationHeld(qint64 id, const QDateTime& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        auto when = resolveTime(*request, at);
        if (!when)
            return when.error();
        // Holding a conversation is also the first contact when nobody recorded one.
        if (request->status == RequestStatus::Accepted) {
            if (auto applied = apply(*request, RequestEvent::RecordFirstContact); !applied)
                return applied;
            if (!request->firstContactAt.isValid())
                request->firstContactAt = *when;
            if (auto saved = save(*request, eventAuditAction(RequestEvent::RecordFirstContact, std::nullopt)); !saved)
                return saved;
        }
        if (auto applied = apply(*request, RequestEvent::RecordConversation); !applied)
            return applied;
        return save(*request, eventAuditAction(RequestEvent::RecordConversation, std::nullopt));
    });
}

Result<int> RequestService::conversationsCancelledByClosing(qint64 id, const std::optional<QDateTime>& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto request = load(id);
    if (!request)
        return request.error();
    auto when = resolveTime(*request, at);
    if (!when)
        return when.error();
    auto live = MatchRepository(m_session.database()).live(id);
    if (!live)
        return live.error();
    if (!*live)
        return 0;
    auto booked = ConversationRepository(m_session.database())
                      .scheduledFrom((*live)->id, std::max(*when, m_session.clock().nowUtc()));
    if (!booked)
        return booked.error();
    return int(booked->size());
}

Result<int> RequestService::close(qint64 id, CloseOutcome outcome, const CloseOptions& options,
                                  const std::optional<QDateTime>& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (!options.resource.isEmpty()) {
        if (auto known = checkResource(options.resource); !known)
            return known.error();
    }
    int cancelled = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        cancelled = 0; // a retried transaction starts again from nothing (Database::transaction)
        auto request = load(id);
        if (!request)
            return request.error();
        auto when = resolveTime(*request, at);
        if (!when)
            return when.error();
        if (auto applied = apply(*request, RequestEvent::Close, outcome); !applied)
            return applied;
        request->closedAt = *when;
        if (outcome == CloseOutcome::ReferredElsewhere)
            request->referredResource = options.resource;
        if (!options.resource.isEmpty()) {
            if (auto given = storeReferral(id, options.resource, *when); !given)
                return given;
        }
        MatchRepository matches(m_session.database());
        auto live = matches.live(id);
        if (!live)
            return live.error();
        if (options.difficult && !*live)
            return invalid(Text::tr("Request #%1 has no supporter to give a cooldown to.").arg(id));
        if (*live) {
            Match match = **live;
            match.difficult = options.difficult;
            auto booked = endLiveMatch(match, *when);
            if (!booked)
                return booked.error();
            cancelled = *booked;
            if (options.difficult) {
                SupporterRepository supporters(m_session.database());
                auto supporter = supporters.find(match.supporterId);
                if (!supporter)
                    return supporter.error();
                if (*supporter) {
                    const QDate localDay = when->toLocalTime().date();
                    const QDate until = localDay.addDays((*supporter)->cooldownDays);
                    if (!(*supporter)->cooldownUntil.isValid() || (*supporter)->cooldownUntil < until) {
                        if (auto rest
                            = supporters.setCooldownUntil(match.supporterId, until, m_session.clock().nowUtc());
                            !rest)
                            return rest;
                    }
                }
            }
        }
        return save(*request, eventAuditAction(RequestEvent::Close, outcome));
    });
    if (!done)
        return done.error();
    return cancelled;
}

namespace {

QJsonObject draftJson(const NewRequest& r)
{
    QStringList windows;
    for (const WeeklyWindow& window : r.profile.availability)
        windows << window.toText();
    const MatchingProfile& p = r.profile;
    return QJsonObject{
        { QStringLiteral("received_at"), r.receivedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("channel"), r.channel },
        { QStringLiteral("referral_type"), r.referralType },
        { QStringLiteral("consent_confirmed"), r.consentConfirmed },
        { QStringLiteral("urgency"), r.urgency },
        { QStringLiteral("site_id"), r.siteId },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons) },
        { QStringLiteral("career_stage"), p.careerStage },
        { QStringLiteral("specialty"), p.specialty },
        { QStringLiteral("region"), p.region },
        { QStringLiteral("languages"), QJsonArray::fromStringList(p.languages) },
        { QStringLiteral("modalities"), QJsonArray::fromStringList(p.modalities) },
        { QStringLiteral("specialty_preference"), p.specialtyPreference },
        { QStringLiteral("affinity_preference"), p.affinityPreference },
        { QStringLiteral("gender_preference"), p.genderPreference },
        { QStringLiteral("allow_same_institution"), p.allowSameInstitution },
        { QStringLiteral("availability"), QJsonArray::fromStringList(windows) },
        { QStringLiteral("name"), r.identity.name },
        { QStringLiteral("email"), r.identity.email },
        { QStringLiteral("phone"), r.identity.phone },
        { QStringLiteral("best_time"), r.identity.bestTime },
        { QStringLiteral("institution"), r.identity.institution },
    };
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list << item.toString();
    return list;
}

// A draft read back; whatever it holds is checked again when it is saved as a request.
NewRequest draftFrom(const QJsonObject& json)
{
    NewRequest r;
    r.receivedAt = QDateTime::fromString(json.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
    r.channel = json.value(QStringLiteral("channel")).toString();
    r.referralType = json.value(QStringLiteral("referral_type")).toString(QStringLiteral("self"));
    r.consentConfirmed = json.value(QStringLiteral("consent_confirmed")).toBool();
    r.urgency = json.value(QStringLiteral("urgency")).toString(QStringLiteral("routine"));
    r.siteId = json.value(QStringLiteral("site_id")).toInteger(0);
    r.reasons = stringList(json.value(QStringLiteral("reasons")));
    MatchingProfile& p = r.profile;
    p.careerStage = json.value(QStringLiteral("career_stage")).toString();
    p.specialty = json.value(QStringLiteral("specialty")).toString();
    p.region = json.value(QStringLiteral("region")).toString();
    p.languages = stringList(json.value(QStringLiteral("languages")));
    p.modalities = stringList(json.value(QStringLiteral("modalities")));
    p.specialtyPreference = json.value(QStringLiteral("specialty_preference")).toString(QStringLiteral("any"));
    p.affinityPreference = json.value(QStringLiteral("affinity_preference")).toString();
    p.genderPreference = json.value(QStringLiteral("gender_preference")).toString();
    p.allowSameInstitution = json.value(QStringLiteral("allow_same_institution")).toBool();
    for (const QString& text : stringList(json.value(QStringLiteral("availability")))) {
        if (auto window = WeeklyWindow::parse(text))
            p.availability << *window;
    }
    r.identity.name = json.value(QStringLiteral("name")).toString();
    r.identity.email = json.value(QStringLiteral("email")).toString();
    r.identity.phone = json.value(QStringLiteral("phone")).toString();
    r.identity.bestTime = json.value(QStringLiteral("best_time")).toString();
    r.identity.institution = json.value(QStringLiteral("institution")).toString();
    return r;
}

} // namespace

Result<void> RequestService::keepDraft(const NewRequest& draft)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    const QString content = QString::fromUtf8(QJsonDocument(draftJson(draft)).toJson(QJsonDocument::Compact));
    return m_session.database().transaction([&]() -> Result<void> {
        if (auto stored = RequestRepository(m_session.database())
                              .storeDraft(m_session.user().id, content, m_session.clock().nowUtc());
            !stored)
            return stored;
        return m_session.recordAudit(QStringLiteral("request.draft_kept"), QStringLiteral("user"), m_session.user().id);
    });
}

Result<std::optional<NewRequest>> RequestService::takeDraft()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    std::optional<NewRequest> taken;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        taken.reset(); // a retried transaction starts again from nothing (Database::transaction)
        RequestRepository repository(m_session.database());
        auto kept = repository.draft(m_session.user().id);
        if (!kept)
            return kept.error();
        if (!*kept)
            return {};
        if (auto removed = repository.removeDraft(m_session.user().id); !removed)
            return removed;
        if ((*kept)->second.addDays(DraftDays) < m_session.clock().nowUtc())
            return {};
        const QJsonDocument document = QJsonDocument::fromJson((*kept)->first.toUtf8());
        if (!document.isObject())
            return {};
        taken = draftFrom(document.object());
        return m_session.recordAudit(QStringLiteral("request.draft_restored"), QStringLiteral("user"),
                                     m_session.user().id);
    });
    if (!done)
        return done.error();
    return taken;
}

Result<bool> RequestService::hasDraft()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto kept = RequestRepository(m_session.database()).draft(m_session.user().id);
    if (!kept)
        return kept.error();
    return kept->has_value();
}

Result<void> RequestService::checkResource(const QString& resource)
{
    auto items = m_session.settings().list(QLatin1String(ProgramSettings::Resources));
    if (!items)
        return items.error();
    const QStringList names = ReferralResource::names(ReferralResource::parseAll(*items));
    if (names.isEmpty())
        return invalid(Text::tr("No resources are configured: an administrator lists them in the %1 setting first.")
                           .arg(QLatin1String(ProgramSettings::Resources)));
    if (!names.contains(resource))
        return invalid(
            Text::tr("\"%1\" is not in the configured resources: %2.").arg(resource, names.join(QStringLiteral("; "))));
    return {};
}

Result<void> RequestService::storeReferral(qint64 id, const QString& resource, const QDateTime& at)
{
    ReferralGiven referral;
    referral.requestId = id;
    referral.resource = resource;
    referral.givenAt = at;
    auto stored = RequestRepository(m_session.database()).insertReferral(referral, m_session.clock().nowUtc());
    if (!stored)
        return stored.error();
    return m_session.recordAudit(QStringLiteral("request.referral_given"), QLatin1String(EntityType), id);
}

Result<void> RequestService::refer(qint64 id, const QString& resource, const std::optional<QDateTime>& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    if (auto known = checkResource(resource.trimmed()); !known)
        return known;
    return m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        // On a closed request (an out-of-scope triage closes it at once) the referral was given at the closure.
        auto when
            = !at && request->closedAt.isValid() ? Result<QDateTime>(request->closedAt) : resolveTime(*request, at);
        if (!when)
            return when.error();
        if (request->closedAt.isValid() && *when > request->closedAt)
            return invalid(Text::tr("Request #%1 closed on %2: a referral given after that is not part of it.")
                               .arg(id)
                               .arg(date_text::moment(request->closedAt)));
        return storeReferral(id, resource.trimmed(), *when);
    });
}

Result<QList<ReferralGiven>> RequestService::referrals(qint64 id)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    if (auto request = load(id); !request)
        return request.error();
    return RequestRepository(m_session.database()).referrals(id);
}

Result<QStringList> RequestService::resourcesFor(qint64 id)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto request = load(id);
    if (!request)
        return request.error();
    auto items = m_session.settings().list(QLatin1String(ProgramSettings::Resources));
    if (!items)
        return items.error();
    return ReferralResource::namesFor(ReferralResource::parseAll(*items), request->profile);
}

Result<int> RequestService::endMatch(qint64 id, const QString& reason, const std::optional<QDateTime>& at)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto reasons = m_session.settings().list(QLatin1String(ProgramSettings::MatchEndReasons));
    if (!reasons)
        return reasons.error();
    if (reasons->isEmpty())
        return invalid(Text::tr("No reasons for ending a match are configured: an administrator sets %1 first.")
                           .arg(QLatin1String(ProgramSettings::MatchEndReasons)));
    if (!reasons->contains(reason.trimmed()))
        return invalid(Text::tr("\"%1\" is not a reason for ending a match; use one of: %2.")
                           .arg(reason.trimmed(), reasons->join(QStringLiteral(", "))));
    int cancelled = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        MatchRepository matches(m_session.database());
        auto live = matches.live(id);
        if (!live)
            return live.error();
        if (!*live)
            return invalid(Text::tr("Request #%1 has no supporter whose match could end.").arg(id));
        if ((*live)->status == MatchStatus::Proposed)
            return invalid(Text::tr("The supporter of request #%1 has not answered yet: record their answer, or "
                                    "decline for them, instead of ending the match.")
                               .arg(id));
        auto when = resolveTime(*request, at);
        if (!when)
            return when.error();
        if (*when < (*live)->proposedAt)
            return invalid(Text::tr("The match cannot end before the supporter was proposed (%1).")
                               .arg(date_text::moment((*live)->proposedAt)));
        if (auto applied = apply(*request, RequestEvent::EndMatch); !applied)
            return applied;
        Match match = **live;
        match.endReason = reason.trimmed();
        auto booked = endLiveMatch(match, *when);
        if (!booked)
            return booked.error();
        cancelled = *booked;
        if (auto audited
            = m_session.recordAudit(QStringLiteral("match.ended_early"), QStringLiteral("match"), match.id);
            !audited)
            return audited;
        return save(*request, eventAuditAction(RequestEvent::EndMatch, std::nullopt));
    });
    if (!done)
        return done.error();
    return cancelled;
}

Result<int> RequestService::endLiveMatch(Match match, const QDateTime& when)
{
    match.status = MatchStatus::Ended;
    match.endedAt = when;
    if (auto ended = MatchRepository(m_session.database()).update(match); !ended)
        return ended.error();
    // Conversations booked from the end on will not take place: left scheduled they stayed on the calendar and
    // held the supporter's time. Never from before now: a past one not yet recorded may have taken place, even
    // when the end is dated earlier.
    return cancelConversationsFrom(match.id, std::max(when, m_session.clock().nowUtc()));
}

Result<int> RequestService::cancelConversationsFrom(qint64 matchId, const QDateTime& from)
{
    ConversationRepository conversations(m_session.database());
    auto booked = conversations.scheduledFrom(matchId, from);
    if (!booked)
        return booked.error();
    for (const qint64 conversation : std::as_const(*booked)) {
        if (auto cancelled = conversations.setStatus(conversation, QStringLiteral("cancelled")); !cancelled)
            return cancelled.error();
        if (auto audited = m_session.recordAudit(QStringLiteral("conversation.cancelled"),
                                                 QStringLiteral("conversation"), conversation);
            !audited)
            return audited.error();
    }
    return int(booked->size());
}

Result<void> RequestService::setLegalHold(qint64 id, bool hold)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        if (hold && request->identityPurgedAt.isValid())
            return invalid(
                Text::tr("Request #%1's identity was already purged; there is nothing left to hold.").arg(id));
        if (auto stored = RequestRepository(m_session.database())
                              .setLegalHold(id, request->version, hold, m_session.clock().nowUtc());
            !stored)
            return stored;
        return m_session.recordAudit(hold ? QStringLiteral("request.legal_hold.on")
                                          : QStringLiteral("request.legal_hold.off"),
                                     QLatin1String(EntityType), id);
    });
}

Result<void> RequestService::recordMatchEvent(qint64 id, RequestEvent event)
{
    if (event != RequestEvent::AssignSupporter && event != RequestEvent::SupporterAccepts
        && event != RequestEvent::SupporterDeclines)
        return makeError(ErrorCode::Usage, Text::tr("Only match events can be recorded this way."));
    return recordEvent(id, event, std::nullopt, nullptr);
}

Result<QList<EscalationRecord>> RequestService::escalations(qint64 id)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return RequestRepository(m_session.database()).escalations(id);
}

Result<void> RequestService::update(qint64 id, const RequestEdit& edit,
                                    const std::optional<RequestStatus>& expectedStatus)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    auto affinities = m_session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinities)
        return affinities.error();
    RequestEdit c = edit;
    c.profile.specialty = c.profile.specialty.trimmed();
    c.profile.region = c.profile.region.trimmed();
    trimIdentity(c.identity);
    return m_session.database().transaction([&]() -> Result<void> {
        auto request = load(id);
        if (!request)
            return request.error();
        if (!RequestLifecycle::isOpen(request->status))
            return invalid(Text::tr("Request #%1 is closed: it can no longer be edited.").arg(id));
        if (request->identityPurgedAt.isValid())
            return invalid(Text::tr("Request #%1's identity was purged: it can no longer be edited.").arg(id));
        if (expectedStatus && *expectedStatus != request->status)
            return invalid(Text::tr("Request #%1 is now “%2”: it changed since, so this edit was not applied.")
                               .arg(id)
                               .arg(requestStatusDisplayName(request->status)));
        NewRequest check;
        check.receivedAt = request->receivedAt;
        check.channel = c.channel;
        check.referralType = request->referralType;
        check.urgency = c.urgency;
        check.reasons = c.reasons;
        check.profile = c.profile;
        check.identity = c.identity;
        if (auto valid
            = request_rules::validate(check, *affinities, std::max(m_session.clock().nowUtc(), request->receivedAt));
            !valid)
            return valid;
        if (c.reasons.isEmpty() && request->triagedAt.isValid())
            return invalid(Text::tr("A triaged request keeps at least one reason (a category, never a description)."));
        auto hasher = repeat_secret::loadOrCreate(m_session.database(), RepeatKeyHasher::Cost{});
        if (!hasher)
            return hasher.error();
        request->channel = c.channel;
        request->urgency = c.urgency;
        request->reasons = c.reasons;
        request->profile = c.profile;
        request->identity = c.identity;
        auto keys = repeatKeysFor(m_session.database(), *hasher, c.identity);
        if (!keys)
            return keys.error();
        if (auto saved
            = RequestRepository(m_session.database()).saveDetails(*request, *keys, m_session.clock().nowUtc());
            !saved)
            return saved;
        // The supporter's card says what the request says now (a corrected phone number reaches them).
        if (m_session.onServer()) {
            auto live = MatchRepository(m_session.database()).live(id);
            if (!live)
                return live.error();
            if (*live) {
                if (auto carded = match_cards::issue(m_session, **live); !carded)
                    return carded;
            }
        }
        return m_session.recordAudit(QStringLiteral("request.edited"), QLatin1String(EntityType), id);
    });
}

Result<RequestSelection> RequestService::selection(const RequestListQuery& query)
{
    RequestSelection s;
    s.statuses = query.statuses;
    s.reason = query.reason;
    s.channel = query.channel;
    s.receivedFrom = query.receivedFrom;
    s.receivedBefore = query.receivedBefore;
    s.id = query.id;
    s.siteId = query.siteId;
    s.sort = sortColumn(query.sort);
    s.descending = query.descending;
    s.offset = query.offset;
    s.limit = query.limit;
    if (query.due == DueFilter::Any)
        return s;
    auto target = contactTarget();
    if (!target)
        return target.error();
    // A due filter is a window on when the clock started: the due date grows with that day.
    s.awaitingFirstContact = true;
    const QDate today = target->localDate(m_session.clock().nowUtc());
    const QDateTime dueToday = firstClockStartDueFrom(*target, today);
    const QDateTime dueTomorrow = firstClockStartDueFrom(*target, today.addDays(1));
    auto raiseFrom = [&](const QDateTime& bound) { s.clockFrom = bound; };
    auto lowerBefore = [&](const QDateTime& bound) { s.clockBefore = bound; };
    switch (query.due) {
    case DueFilter::Overdue:
        lowerBefore(dueToday);
        break;
    case DueFilter::DueToday:
        raiseFrom(dueToday);
        lowerBefore(dueTomorrow);
        break;
    case DueFilter::NotYetDue:
        raiseFrom(dueTomorrow);
        break;
    case DueFilter::Any:
        break;
    }
    return s;
}

Result<qint64> RequestService::count(const RequestListQuery& query)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto s = selection(query);
    if (!s)
        return s.error();
    return RequestRepository(m_session.database()).count(*s);
}

Result<QList<RequestListRow>> RequestService::page(const RequestListQuery& query)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto s = selection(query);
    if (!s)
        return s.error();
    auto summaries = RequestRepository(m_session.database()).page(*s);
    if (!summaries)
        return summaries.error();
    auto target = contactTarget();
    if (!target)
        return target.error();
    QList<RequestListRow> rows;
    rows.reserve(summaries->size());
    for (RequestSummary& summary : *summaries) {
        RequestListRow row{ std::move(summary), std::nullopt };
        const RequestSummary& r = row.summary;
        // A referral awaiting consent has no clock yet: nobody may call.
        if (r.firstContactAt.isValid()
            || (RequestLifecycle::isOpen(r.status) && r.status != RequestStatus::AwaitingConsent)) {
            const auto contact = r.firstContactAt.isValid() ? std::optional<QDateTime>(r.firstContactAt) : std::nullopt;
            if (auto assessed = target->assess(r.contactClockAt, m_session.clock(), contact))
                row.contact = *assessed;
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<SupportRequest> RequestService::get(qint64 id)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return load(id);
}

Result<QList<SupportRequest>> RequestService::list(const std::optional<RequestStatus>& status)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return RequestRepository(m_session.database()).list(status);
}

Result<SupportRequest> RequestService::view(qint64 id)
{
    auto request = get(id);
    if (!request)
        return request;
    if (!request->identityPurgedAt.isValid()) {
        if (auto recorded = m_session.recordIdentityViews(QStringLiteral("request"), { id }); !recorded)
            return recorded.error();
    }
    return request;
}

Result<QList<SupportRequest>> RequestService::viewAll(const std::optional<RequestStatus>& status)
{
    auto requests = list(status);
    if (!requests)
        return requests;
    QList<qint64> shown;
    shown.reserve(requests->size());
    for (const SupportRequest& request : std::as_const(*requests)) {
        if (!request.identityPurgedAt.isValid())
            shown.append(request.id);
    }
    if (auto recorded = m_session.recordIdentityViews(QStringLiteral("request"), shown); !recorded)
        return recorded.error();
    return requests;
}

Result<ContactTarget> RequestService::contactTarget()
{
    ProgramSettings settings(m_session.database());
    auto days = settings.integer(QLatin1String(ProgramSettings::ContactTargetDays));
    if (!days)
        return days.error();
    auto province = settings.value(QLatin1String(ProgramSettings::HolidayProvince));
    if (!province)
        return province.error();
    auto closures = settings.list(QLatin1String(ProgramSettings::ClosureDays));
    if (!closures)
        return closures.error();
    QSet<QDate> closed;
    for (const QString& day : std::as_const(*closures))
        closed.insert(QDate::fromString(day, Qt::ISODate));
    const Jurisdiction jurisdiction = jurisdictionFromCode(*province).value_or(Jurisdiction::Federal);
    return ContactTarget::create(HolidayCalendar(jurisdiction, closed), *days);
}

} // namespace peerdesk
