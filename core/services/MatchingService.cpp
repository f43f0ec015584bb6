#include "core/services/MatchingService.h"

#include "core/domain/MatchEngine.h"
#include "core/services/AuditLog.h"
#include "core/services/MatchCards.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/RosterCache.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/MatchRepository.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::MatchingService)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Result<MatchWeights> weights(Database& database)
{
    ProgramSettings settings(database);
    MatchWeights w;
    const std::pair<const char*, int*> all[] = {
        { ProgramSettings::WeightSpecialty, &w.specialty }, { ProgramSettings::WeightCareerStage, &w.careerStage },
        { ProgramSettings::WeightRegion, &w.region },       { ProgramSettings::WeightAvailability, &w.availability },
        { ProgramSettings::WeightLoad, &w.load },           { ProgramSettings::WeightRotation, &w.rotation }
    };
    for (const auto& [key, target] : all) {
        auto value = settings.integer(QLatin1String(key));
        if (!value)
            return value.error();
        *target = *value;
    }
    return w;
}

// Why a request cannot be matched now, or success.
Result<void> checkMatchable(const SupportRequest& request)
{
    switch (request.status) {
    case RequestStatus::Triaged:
        return {};
    case RequestStatus::AwaitingConsent:
        return invalid(Text::tr("Request #%1 is a colleague's referral awaiting the person's consent; it cannot be "
                                "matched until their consent is recorded.")
                           .arg(request.id));
    case RequestStatus::New:
        return invalid(Text::tr("Request #%1 has not been triaged yet.").arg(request.id));
    case RequestStatus::Closed:
        return invalid(Text::tr("Request #%1 is closed.").arg(request.id));
    case RequestStatus::Matched:
    case RequestStatus::Accepted:
    case RequestStatus::FirstContactMade:
    case RequestStatus::InProgress:
        break;
    }
    return invalid(Text::tr("Request #%1 already has a supporter.").arg(request.id));
}

} // namespace

Result<MatchInput> MatchingService::input(qint64 requestId, std::optional<qint64> onlySupporter)
{
    auto request = RequestService(m_session).get(requestId);
    if (!request)
        return request.error();
    if (auto matchable = checkMatchable(*request); !matchable)
        return matchable.error();
    MatchInput in;
    in.request = *request;
    auto supporters = m_session.roster().current(m_session.database());
    if (!supporters)
        return supporters.error();
    // After the roster is read: had the identity key changed, reading it took up the new key, under which the
    // roster's blind indexes now are.
    const QVariant emailIndex
        = identity_cells::blindIndex(m_session.database(), "supporter-email", contactEmailKey(request->identity.email));
    const QVariant phoneIndex
        = identity_cells::blindIndex(m_session.database(), "supporter-phone", contactPhoneKey(request->identity.phone));
    in.requesterEmailIndex = emailIndex.toByteArray();
    in.requesterPhoneIndex = phoneIndex.toByteArray();
    if (onlySupporter) {
        // The roster is in id order.
        const auto at = std::lower_bound(supporters->cbegin(), supporters->cend(), *onlySupporter,
                                         [](const Supporter& s, qint64 id) { return s.id < id; });
        if (at != supporters->cend() && at->id == *onlySupporter)
            in.supporters.append(*at);
    } else {
        in.supporters = std::move(*supporters);
    }
    MatchRepository matches(m_session.database());
    auto loads = matches.loads(onlySupporter);
    if (!loads)
        return loads.error();
    in.loads = std::move(*loads);
    auto past = matches.pastSupporters(requestId);
    if (!past)
        return past.error();
    in.declined = std::move(past->declined);
    in.endedWith = std::move(past->endedEarly);
    auto required = m_session.settings().list(QLatin1String(ProgramSettings::RequiredCourses));
    if (!required)
        return required.error();
    in.requiredCourses = std::move(*required);
    auto crossSites = m_session.settings().integer(QLatin1String(ProgramSettings::CrossSiteMatching));
    if (!crossSites)
        return crossSites.error();
    in.crossSites = *crossSites == 1;
    auto w = weights(m_session.database());
    if (!w)
        return w.error();
    in.weights = *w;
    in.now = m_session.clock().nowUtc();
    in.today = m_session.clock().todayLocal();
    return in;
}

Result<MatchSuggestions> MatchingService::suggest(qint64 requestId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    auto in = input(requestId);
    if (!in)
        return in.error();
    return MatchEngine::rank(*in);
}

Result<RosterSnapshot> MatchingService::readRoster()
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return RosterCache::read(m_session.database());
}

Result<qint64> MatchingService::assign(qint64 requestId, qint64 supporterId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    qint64 matchId = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        // The rules are checked again here, not trusted from an earlier suggestion: the roster may have changed.
        // The score depends on this supporter alone, so nobody else is ranked.
        auto in = input(requestId, supporterId);
        if (!in)
            return in.error();
        const MatchSuggestions ranked = MatchEngine::rank(*in);
        const MatchCandidate* chosen = nullptr;
        for (const MatchCandidate& candidate : ranked.candidates) {
            if (candidate.supporterId == supporterId)
                chosen = &candidate;
        }
        if (!chosen) {
            for (const MatchExclusion& excluded : ranked.excluded) {
                if (excluded.supporterId == supporterId)
                    return invalid(Text::tr("Supporter #%1 cannot take request #%2: %3.")
                                       .arg(supporterId)
                                       .arg(requestId)
                                       .arg(excluded.explanation));
            }
            return invalid(Text::tr("There is no supporter #%1.").arg(supporterId));
        }
        Match match;
        match.requestId = requestId;
        match.supporterId = supporterId;
        match.status = MatchStatus::Proposed;
        match.score = chosen->score;
        match.proposedAt = m_session.clock().nowUtc();
        auto id = MatchRepository(m_session.database()).insert(match);
        if (!id)
            return id.error();
        matchId = *id;
        match.id = matchId;
        // A supporter who signs in to the program server receives the match's card with it.
        if (auto carded = match_cards::issue(m_session, match); !carded)
            return carded;
        if (auto audited = m_session.recordAudit(QStringLiteral("match.proposed"), QStringLiteral("match"), matchId);
            !audited)
            return audited;
        return RequestService(m_session).recordMatchEvent(requestId, RequestEvent::AssignSupporter);
    });
    if (!done)
        return done.error();
    return matchId;
}

Result<void> MatchingService::answer(qint64 requestId, bool accepted)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed;
    return m_session.database().transaction([&]() -> Result<void> {
        MatchRepository matches(m_session.database());
        auto live = matches.live(requestId);
        if (!live)
            return live.error();
        if (!*live || (*live)->status != MatchStatus::Proposed)
            return invalid(Text::tr("Request #%1 has no supporter waiting to answer.").arg(requestId));
        Match match = **live;
        match.status = accepted ? MatchStatus::Accepted : MatchStatus::Declined;
        match.answeredAt = m_session.clock().nowUtc();
        if (auto stored = matches.update(match); !stored)
            return stored;
        if (auto audited
            = m_session.recordAudit(accepted ? QStringLiteral("match.accepted") : QStringLiteral("match.declined"),
                                    QStringLiteral("match"), match.id);
            !audited)
            return audited;
        return RequestService(m_session).recordMatchEvent(
            requestId, accepted ? RequestEvent::SupporterAccepts : RequestEvent::SupporterDeclines);
    });
}

Result<void> MatchingService::accept(qint64 requestId)
{
    return answer(requestId, true);
}

Result<void> MatchingService::decline(qint64 requestId)
{
    return answer(requestId, false);
}

Result<int> MatchingService::end(qint64 requestId, const QString& reason, const std::optional<QDateTime>& at)
{
    return RequestService(m_session).endMatch(requestId, reason, at);
}

Result<std::optional<Match>> MatchingService::liveMatch(qint64 requestId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return MatchRepository(m_session.database()).live(requestId);
}

Result<QList<Match>> MatchingService::matches(qint64 requestId)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    return MatchRepository(m_session.database()).forRequest(requestId);
}

} // namespace peerdesk
