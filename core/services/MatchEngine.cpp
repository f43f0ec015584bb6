#include "services/MatchEngine.h"

#include "domain/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::MatchEngine)
};

constexpr int RotationHorizonDays = 90; // after this long without a match, rotation gives full marks

bool sameText(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsText(const QStringList& list, const QString& value)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString& item) { return sameText(item, value); });
}

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.size() > 10 ? digits.right(10) : digits;
}

bool isRequester(const SupportRequest& request, const Supporter& supporter)
{
    const RequesterIdentity& who = request.identity;
    if (sameText(who.email.trimmed(), supporter.email.trimmed()))
        return true;
    const QString phone = digitsOf(who.phone);
    return phone.size() >= 7 && phone == digitsOf(supporter.phone);
}

// A refresher is recorded as a new record of the same course, so only the latest record of each course counts.
bool trainingCurrent(const Supporter& supporter, const QDate& today)
{
    const QList<TrainingRecord> current = currentTraining(supporter);
    return std::none_of(current.cbegin(), current.cend(), [&today](const TrainingRecord& record) {
        return record.required && record.isExpiredOn(today);
    });
}

struct Factor
{
    int weight = 0;
    double value = 0; // 0..1
};

struct Scored
{
    MatchCandidate candidate;
    int activeMatches = 0;
    QDateTime lastMatchedAt;
};

} // namespace

std::pair<QString, QString> MatchEngine::exclusion(const MatchInput& input, const Supporter& s)
{
    const SupportRequest& request = input.request;
    const MatchingProfile& profile = request.profile;
    const SupporterLoad load = input.loads.value(s.id);
    auto rule = [](const char* key, const QString& explanation) {
        return std::pair<QString, QString>(QLatin1String(key), explanation);
    };
    if (isRequester(request, s))
        return rule("is_requester", Text::tr("is the person asking for support"));
    if (s.status != QLatin1String("active"))
        return rule("not_active",
                    Text::tr("not active (%1)").arg(Vocabulary::displayName(Vocab::SupporterStatus, s.status)));
    if (s.pausedUntil.isValid() && s.pausedUntil >= input.today)
        return rule("paused", Text::tr("paused until %1").arg(s.pausedUntil.toString(Qt::ISODate)));
    if (s.cooldownUntil.isValid() && s.cooldownUntil >= input.today)
        return rule("cooldown",
                    Text::tr("resting after a difficult match until %1").arg(s.cooldownUntil.toString(Qt::ISODate)));
    if (!trainingCurrent(s, input.today))
        return rule("training_expired", Text::tr("a required training course has expired"));
    if (s.maxActive <= 0)
        return rule("no_capacity", Text::tr("not taking new peers"));
    if (load.activeMatches >= s.maxActive)
        return rule("no_capacity", Text::tr("no place free (%1 of %2 taken)").arg(load.activeMatches).arg(s.maxActive));
    if (!profile.languages.isEmpty()
        && std::none_of(profile.languages.cbegin(), profile.languages.cend(),
                        [&](const QString& code) { return s.languages.contains(code); }))
        return rule("no_shared_language", Text::tr("speaks none of the requested languages"));
    if (!profile.modalities.isEmpty()
        && std::none_of(profile.modalities.cbegin(), profile.modalities.cend(),
                        [&](const QString& modality) { return s.modalities.contains(modality); }))
        return rule("no_requested_modality", Text::tr("offers none of the requested modalities"));
    if (!profile.allowSameInstitution && containsText(s.institutions, request.identity.institution.trimmed()))
        return rule("same_institution", Text::tr("works at the same institution"));
    if (input.declined.contains(s.id))
        return rule("declined_before", Text::tr("declined this request before"));
    if (!profile.affinityPreference.isEmpty() && !s.affinities.contains(profile.affinityPreference))
        return rule("no_requested_affinity", Text::tr("not in the requested affinity group"));
    if (!profile.genderPreference.isEmpty() && s.gender != profile.genderPreference)
        return rule("gender_preference", Text::tr("does not match the requested supporter gender"));
    return {};
}

MatchSuggestions MatchEngine::rank(const MatchInput& input)
{
    const SupportRequest& request = input.request;
    const MatchingProfile& profile = request.profile;
    const MatchWeights& w = input.weights;
    MatchSuggestions result;
    QList<Scored> scored;
    for (const Supporter& s : input.supporters) {
        const QString displayName = s.name.isEmpty() ? Text::tr("Supporter #%1").arg(s.id) : s.name;
        if (const auto [rule, explanation] = exclusion(input, s); !rule.isEmpty()) {
            result.excluded.append({ s.id, displayName, rule, explanation });
            continue;
        }
        QStringList reasons;
        QList<Factor> factors;

        // Reasons for the hard rules that passed, in plain words.
        for (const QString& code : profile.languages) {
            if (s.languages.contains(code))
                reasons.append(Text::tr("speaks %1").arg(language::displayName(code)));
        }
        for (const QString& modality : profile.modalities) {
            if (s.modalities.contains(modality))
                reasons.append(Text::tr("offers %1").arg(Vocabulary::displayName(Vocab::Modality, modality).toLower()));
        }
        if (!request.identity.institution.isEmpty())
            reasons.append(containsText(s.institutions, request.identity.institution.trimmed())
                               ? Text::tr("same institution (the request allows it)")
                               : Text::tr("other institution"));
        if (!profile.affinityPreference.isEmpty())
            reasons.append(Text::tr("in the %1 affinity group").arg(profile.affinityPreference));

        // Specialty: the person's preference decides what counts as a good fit. "Any" is neutral.
        const bool sameSpecialty = sameText(s.specialty, profile.specialty);
        double specialty = 0.5;
        if (profile.specialtyPreference == QLatin1String("same"))
            specialty = sameSpecialty ? 1 : 0;
        else if (profile.specialtyPreference == QLatin1String("different"))
            specialty = sameSpecialty ? 0 : 1;
        factors.append({ w.specialty, specialty });
        if (!profile.specialty.isEmpty())
            reasons.append(sameSpecialty ? Text::tr("same specialty") : Text::tr("other specialty"));

        // Career stage: the closer, the more likely they "get it". Unknown is neutral.
        const int stageA = Vocabulary::indexOf(Vocab::CareerStage, profile.careerStage);
        const int stageB = Vocabulary::indexOf(Vocab::CareerStage, s.careerStage);
        double stage = 0.5;
        if (stageA >= 0 && stageB >= 0) {
            const int distance = std::abs(stageA - stageB);
            const int span = static_cast<int>(Vocabulary::keys(Vocab::CareerStage).size()) - 1;
            stage = 1.0 - static_cast<double>(distance) / span;
            reasons.append(distance == 0 ? Text::tr("same career stage")
                                         : Text::tr("%n career stage(s) apart", nullptr, distance));
        }
        factors.append({ w.careerStage, stage });

        // Region matters more when they are to meet in person.
        const bool inPerson = profile.modalities.contains(QLatin1String("in_person"))
            && s.modalities.contains(QLatin1String("in_person"));
        if (!profile.region.isEmpty()) {
            const bool sameRegion = sameText(s.region, profile.region);
            factors.append({ inPerson ? 2 * w.region : w.region, sameRegion ? 1.0 : 0.0 });
            reasons.append(sameRegion ? Text::tr("same region") : Text::tr("other region"));
        } else {
            factors.append({ w.region, 0.5 });
        }

        // Availability: the share of the person's times the supporter can also do.
        const int wanted = totalMinutes(profile.availability);
        double availability = 0.5;
        if (wanted > 0) {
            const int shared = std::min(wanted, overlapMinutes(profile.availability, s.availability));
            availability = static_cast<double>(shared) / wanted;
            if (shared == 0)
                reasons.append(Text::tr("no requested time in common"));
            else if (shared == wanted)
                reasons.append(Text::tr("available at every requested time"));
            else
                reasons.append(Text::tr("available at some requested times"));
        }
        factors.append({ w.availability, availability });

        // Load: spread the work; fewer current peers is better.
        const SupporterLoad load = input.loads.value(s.id);
        const int free = s.maxActive - load.activeMatches;
        factors.append({ w.load, static_cast<double>(free) / s.maxActive });
        reasons.append(Text::tr("%1 of %2 places free").arg(free).arg(s.maxActive));

        // Rotation: whoever waited longest since their last match comes first, all else equal.
        double rotation = 1;
        if (load.lastMatchedAt.isValid()) {
            const qint64 days = std::max<qint64>(0, load.lastMatchedAt.daysTo(input.now));
            rotation = static_cast<double>(std::min<qint64>(days, RotationHorizonDays)) / RotationHorizonDays;
            reasons.append(Text::tr("last matched %n day(s) ago", nullptr, static_cast<int>(days)));
        } else {
            reasons.append(Text::tr("not matched before"));
        }
        factors.append({ w.rotation, rotation });

        double total = 0;
        int weights = 0;
        for (const Factor& factor : std::as_const(factors)) {
            total += factor.weight * factor.value;
            weights += factor.weight;
        }
        const double score = weights > 0 ? std::round(1000.0 * total / weights) / 10.0 : 0.0;
        scored.append({ { s.id, displayName, score, reasons }, load.activeMatches, load.lastMatchedAt });
    }
    std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.candidate.score != b.candidate.score)
            return a.candidate.score > b.candidate.score;
        if (a.activeMatches != b.activeMatches)
            return a.activeMatches < b.activeMatches;
        if (a.lastMatchedAt != b.lastMatchedAt) {
            if (!a.lastMatchedAt.isValid())
                return true; // never matched waits longest
            if (!b.lastMatchedAt.isValid())
                return false;
            return a.lastMatchedAt < b.lastMatchedAt;
        }
        return a.candidate.supporterId < b.candidate.supporterId;
    });
    for (const Scored& entry : std::as_const(scored))
        result.candidates.append(entry.candidate);
    std::sort(result.excluded.begin(), result.excluded.end(),
              [](const MatchExclusion& a, const MatchExclusion& b) { return a.supporterId < b.supporterId; });
    return result;
}

} // namespace peerdesk
