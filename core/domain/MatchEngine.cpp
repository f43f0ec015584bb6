#include "core/domain/MatchEngine.h"

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::MatchEngine)
};

constexpr int RotationHorizonDays = 90; // after this long without a match, rotation gives full marks
constexpr int PhoneDigitsCompared = 10; // the last ten digits: country and trunk prefixes are written either way
constexpr int PhoneDigitsNeeded = 7; // fewer digits than this identify nobody

bool sameText(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsText(const QStringList& list, const QString& value)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString& item) { return sameText(item, value); });
}

// The last digits of a phone number, as written in any format.
QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits.size() > PhoneDigitsCompared ? digits.right(PhoneDigitsCompared) : digits;
}

// digitsOf(phone) == digits, without building the string: this runs for every supporter of every ranking.
bool phoneDigitsAre(const QString& phone, const QString& digits)
{
    qsizetype matched = 0;
    for (qsizetype i = phone.size() - 1; i >= 0 && matched < PhoneDigitsCompared; --i) {
        const QChar c = phone.at(i);
        if (!c.isDigit())
            continue;
        if (matched >= digits.size() || digits.at(digits.size() - 1 - matched) != c)
            return false;
        ++matched;
    }
    return matched == digits.size();
}

// A refresher is recorded as a new record of the same course, so only the latest record of each course counts
// (currentTraining(), checked here without building the list).
bool trainingCurrent(const Supporter& supporter, const QDate& today)
{
    const QList<TrainingRecord>& training = supporter.training;
    return std::none_of(training.cbegin(), training.cend(), [&](const TrainingRecord& record) {
        if (!record.required || !record.isExpiredOn(today))
            return false;
        const bool superseded = std::any_of(training.cbegin(), training.cend(), [&record](const TrainingRecord& other) {
            return supersedes(other, record);
        });
        return !superseded;
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

// What one ranking needs to know about the request, and every phrase it may say, worked out once: ranking
// thousands of supporters, translating the same words for each of them was most of its time.
class Ranking final
{
public:
    explicit Ranking(const MatchInput& input)
        : m_input(input)
        , m_request(input.request)
        , m_profile(input.request.profile)
        , m_email(input.request.identity.email.trimmed())
        , m_phoneDigits(digitsOf(input.request.identity.phone))
        , m_institution(input.request.identity.institution.trimmed())
        , m_stage(Vocabulary::indexOf(Vocab::CareerStage, m_profile.careerStage))
        , m_stageSpan(static_cast<int>(Vocabulary::keys(Vocab::CareerStage).size()) - 1)
        , m_wantedMinutes(totalMinutes(m_profile.availability))
        , m_inPersonWanted(m_profile.modalities.contains(QLatin1String("in_person")))
    {
    }

    std::pair<QString, QString> exclusion(const Supporter& s)
    {
        const SupporterLoad load = m_input.loads.value(s.id);
        // The keys are QStringLiterals: static data, no allocation for each of thousands of excluded supporters.
        auto rule = [](const QString& key, const QString& explanation) {
            return std::pair<QString, QString>(key, explanation);
        };
        if (isRequester(s))
            return rule(QStringLiteral("is_requester"),
                        once(m_isRequester, [] { return Text::tr("is the person asking for support"); }));
        if (s.status != QLatin1String("active"))
            return rule(QStringLiteral("not_active"), notActive(s.status));
        if (!m_input.crossSites && s.siteId != m_request.siteId)
            return rule(QStringLiteral("other_site"), once(m_otherSite, [] { return Text::tr("works another site"); }));
        if (s.pausedUntil.isValid() && s.pausedUntil >= m_input.today)
            return rule(QStringLiteral("paused"), once(m_pausedUntil, [] {
                                                      return Text::tr("paused until %1");
                                                  }).arg(s.pausedUntil.toString(Qt::ISODate)));
        if (s.cooldownUntil.isValid() && s.cooldownUntil >= m_input.today)
            return rule(QStringLiteral("cooldown"), once(m_cooldownUntil, [] {
                                                        return Text::tr("resting after a difficult match until %1");
                                                    }).arg(s.cooldownUntil.toString(Qt::ISODate)));
        if (!m_input.requiredCourses.isEmpty()) {
            if (const QStringList missing = missingCourses(s, m_input.requiredCourses); !missing.isEmpty())
                return rule(QStringLiteral("training_missing"),
                            once(m_trainingMissing, [] {
                                return Text::tr("has not completed the required training: %1");
                            }).arg(missing.join(QStringLiteral("; "))));
        }
        if (!trainingCurrent(s, m_input.today))
            return rule(QStringLiteral("training_expired"),
                        once(m_trainingExpired, [] { return Text::tr("a required training course has expired"); }));
        if (s.maxActive <= 0)
            return rule(QStringLiteral("no_capacity"),
                        once(m_notTaking, [] { return Text::tr("not taking new peers"); }));
        if (load.activeMatches >= s.maxActive)
            return rule(QStringLiteral("no_capacity"),
                        once(m_noPlaceFree, [] { return Text::tr("no place free (%1 of %2 taken)"); })
                            .arg(load.activeMatches)
                            .arg(s.maxActive));
        if (!m_profile.languages.isEmpty()
            && std::none_of(m_profile.languages.cbegin(), m_profile.languages.cend(),
                            [&](const QString& code) { return s.languages.contains(code); }))
            return rule(QStringLiteral("no_shared_language"),
                        once(m_noLanguage, [] { return Text::tr("speaks none of the requested languages"); }));
        if (!m_profile.modalities.isEmpty()
            && std::none_of(m_profile.modalities.cbegin(), m_profile.modalities.cend(),
                            [&](const QString& modality) { return s.modalities.contains(modality); }))
            return rule(QStringLiteral("no_requested_modality"),
                        once(m_noModality, [] { return Text::tr("offers none of the requested modalities"); }));
        if (!m_profile.allowSameInstitution && containsText(s.institutions, m_institution))
            return rule(QStringLiteral("same_institution"),
                        once(m_sameInstitutionRule, [] { return Text::tr("works at the same institution"); }));
        if (m_input.declined.contains(s.id))
            return rule(QStringLiteral("declined_before"),
                        once(m_declinedBefore, [] { return Text::tr("declined this request before"); }));
        if (m_input.endedWith.contains(s.id))
            return rule(QStringLiteral("match_ended"), once(m_matchEnded, [] {
                            return Text::tr("was this request's supporter until the match ended");
                        }));
        if (!m_profile.affinityPreference.isEmpty() && !s.affinities.contains(m_profile.affinityPreference))
            return rule(QStringLiteral("no_requested_affinity"),
                        once(m_noAffinity, [] { return Text::tr("not in the requested affinity group"); }));
        if (!m_profile.genderPreference.isEmpty() && s.gender != m_profile.genderPreference)
            return rule(QStringLiteral("gender_preference"),
                        once(m_noGender, [] { return Text::tr("does not match the requested supporter gender"); }));
        return {};
    }

    QString displayName(const Supporter& s)
    {
        if (!s.name.isEmpty())
            return s.name;
        return once(m_supporterNumber, [] { return Text::tr("Supporter #%1"); }).arg(s.id);
    }

    Scored score(const Supporter& s)
    {
        const MatchWeights& w = m_input.weights;
        QStringList reasons;
        reasons.reserve(12);
        std::array<Factor, 6> factors;

        // Reasons for the hard rules that passed, in plain words.
        for (qsizetype i = 0; i < m_profile.languages.size(); ++i) {
            if (s.languages.contains(m_profile.languages.at(i)))
                reasons.append(speaks(i));
        }
        for (qsizetype i = 0; i < m_profile.modalities.size(); ++i) {
            if (s.modalities.contains(m_profile.modalities.at(i)))
                reasons.append(offers(i));
        }
        if (!m_request.identity.institution.isEmpty())
            reasons.append(
                containsText(s.institutions, m_institution)
                    ? once(m_sameInstitution, [] { return Text::tr("same institution (the request allows it)"); })
                    : once(m_otherInstitution, [] { return Text::tr("other institution"); }));
        if (!m_profile.affinityPreference.isEmpty())
            reasons.append(once(m_inAffinity, [this] {
                return Text::tr("in the %1 affinity group").arg(m_profile.affinityPreference);
            }));

        // Specialty: the person's preference decides what counts as a good fit. "Any" is neutral.
        const bool sameSpecialty = sameText(s.specialty, m_profile.specialty);
        double specialty = 0.5;
        if (m_profile.specialtyPreference == QLatin1String("same"))
            specialty = sameSpecialty ? 1 : 0;
        else if (m_profile.specialtyPreference == QLatin1String("different"))
            specialty = sameSpecialty ? 0 : 1;
        factors[0] = { w.specialty, specialty };
        if (!m_profile.specialty.isEmpty())
            reasons.append(sameSpecialty ? once(m_sameSpecialty, [] { return Text::tr("same specialty"); })
                                         : once(m_otherSpecialty, [] { return Text::tr("other specialty"); }));

        // Career stage: the closer, the more likely they "get it". Unknown is neutral.
        const int stage = Vocabulary::indexOf(Vocab::CareerStage, s.careerStage);
        double closeness = 0.5;
        if (m_stage >= 0 && stage >= 0) {
            const int distance = std::abs(m_stage - stage);
            closeness = 1.0 - static_cast<double>(distance) / m_stageSpan;
            reasons.append(stagesApart(distance));
        }
        factors[1] = { w.careerStage, closeness };

        // Region matters more when they are to meet in person.
        const bool inPerson = m_inPersonWanted && s.modalities.contains(QLatin1String("in_person"));
        if (!m_profile.region.isEmpty()) {
            const bool sameRegion = sameText(s.region, m_profile.region);
            factors[2] = { inPerson ? 2 * w.region : w.region, sameRegion ? 1.0 : 0.0 };
            reasons.append(sameRegion ? once(m_sameRegion, [] { return Text::tr("same region"); })
                                      : once(m_otherRegion, [] { return Text::tr("other region"); }));
        } else {
            factors[2] = { w.region, 0.5 };
        }

        // Availability: the share of the person's times the supporter can also do.
        double availability = 0.5;
        if (m_wantedMinutes > 0) {
            const int shared = std::min(m_wantedMinutes, overlapMinutes(m_profile.availability, s.availability));
            availability = static_cast<double>(shared) / m_wantedMinutes;
            if (shared == 0)
                reasons.append(once(m_noTime, [] { return Text::tr("no requested time in common"); }));
            else if (shared == m_wantedMinutes)
                reasons.append(once(m_everyTime, [] { return Text::tr("available at every requested time"); }));
            else
                reasons.append(once(m_someTimes, [] { return Text::tr("available at some requested times"); }));
        }
        factors[3] = { w.availability, availability };

        // Load: spread the work; fewer current peers is better.
        const SupporterLoad load = m_input.loads.value(s.id);
        const int free = s.maxActive - load.activeMatches;
        factors[4] = { w.load, static_cast<double>(free) / s.maxActive };
        reasons.append(placesFree(free).arg(s.maxActive));

        // Rotation: whoever waited longest since their last match comes first, all else equal.
        double rotation = 1;
        if (load.lastMatchedAt.isValid()) {
            const qint64 days = std::max<qint64>(0, load.lastMatchedAt.daysTo(m_input.now));
            rotation = static_cast<double>(std::min<qint64>(days, RotationHorizonDays)) / RotationHorizonDays;
            reasons.append(lastMatched(static_cast<int>(days)));
        } else {
            reasons.append(once(m_notMatched, [] { return Text::tr("not matched before"); }));
        }
        factors[5] = { w.rotation, rotation };

        double total = 0;
        int weights = 0;
        for (const Factor& factor : factors) {
            total += factor.weight * factor.value;
            weights += factor.weight;
        }
        const double score = weights > 0 ? std::round(1000.0 * total / weights) / 10.0 : 0.0;
        return { { s.id, displayName(s), score, std::move(reasons) }, load.activeMatches, load.lastMatchedAt };
    }

private:
    // The phrase, translated the first time it is needed.
    template <typename Translate> static const QString& once(std::optional<QString>& slot, Translate translate)
    {
        if (!slot)
            slot = translate();
        return *slot;
    }

    bool isRequester(const Supporter& s) const
    {
        // The roster as matching reads it: blind indexes, no contact details.
        if (!s.emailIndex.isEmpty() && s.emailIndex == m_input.requesterEmailIndex)
            return true;
        if (!s.phoneIndex.isEmpty() && s.phoneIndex == m_input.requesterPhoneIndex)
            return true;
        // A supporter given with their contact details (a whole record): compared as the indexes are made.
        const QStringView email = QStringView(s.email).trimmed(); // a view: no copy for every supporter
        if (!m_email.isEmpty() && email.compare(m_email, Qt::CaseInsensitive) == 0)
            return true;
        return m_phoneDigits.size() >= PhoneDigitsNeeded && phoneDigitsAre(s.phone, m_phoneDigits);
    }

    const QString& notActive(const QString& status)
    {
        auto found = m_notActive.find(status);
        if (found == m_notActive.end())
            found = m_notActive.insert(
                status, Text::tr("not active (%1)").arg(Vocabulary::displayName(Vocab::SupporterStatus, status)));
        return *found;
    }

    const QString& speaks(qsizetype i)
    {
        if (m_speaks.isEmpty()) {
            for (const QString& code : m_profile.languages)
                m_speaks.append(Text::tr("speaks %1").arg(language::displayName(code)));
        }
        return m_speaks.at(i);
    }

    const QString& offers(qsizetype i)
    {
        if (m_offers.isEmpty()) {
            for (const QString& modality : m_profile.modalities)
                m_offers.append(
                    Text::tr("offers %1").arg(Vocabulary::displayName(Vocab::Modality, modality).toLower()));
        }
        return m_offers.at(i);
    }

    const QString& stagesApart(int distance)
    {
        auto found = m_stagesApart.find(distance);
        if (found == m_stagesApart.end())
            found = m_stagesApart.insert(distance,
                                         distance == 0 ? Text::tr("same career stage")
                                                       : Text::tr("%n career stage(s) apart", nullptr, distance));
        return *found;
    }

    const QString& lastMatched(int days)
    {
        auto found = m_lastMatched.find(days);
        if (found == m_lastMatched.end())
            found = m_lastMatched.insert(days, Text::tr("last matched %n day(s) ago", nullptr, days));
        return *found;
    }

    // "%n of %1 places free", with %n's plural, once per count.
    const QString& placesFree(int free)
    {
        auto found = m_placesFree.find(free);
        if (found == m_placesFree.end())
            found = m_placesFree.insert(free, Text::tr("%n of %1 places free", nullptr, free));
        return *found;
    }

    const MatchInput& m_input;
    const SupportRequest& m_request;
    const MatchingProfile& m_profile;
    const QString m_email;
    const QString m_phoneDigits;
    const QString m_institution;
    const int m_stage;
    const int m_stageSpan;
    const int m_wantedMinutes;
    const bool m_inPersonWanted;

    std::optional<QString> m_isRequester, m_pausedUntil, m_cooldownUntil, m_trainingMissing, m_trainingExpired,
        m_notTaking, m_noPlaceFree, m_noLanguage, m_noModality, m_sameInstitutionRule, m_declinedBefore, m_matchEnded,
        m_noAffinity, m_noGender, m_supporterNumber, m_sameInstitution, m_otherInstitution, m_inAffinity,
        m_sameSpecialty, m_otherSpecialty, m_sameRegion, m_otherRegion, m_noTime, m_everyTime, m_someTimes,
        m_notMatched, m_otherSite;
    QHash<QString, QString> m_notActive;
    QStringList m_speaks;
    QStringList m_offers;
    QHash<int, QString> m_stagesApart;
    QHash<int, QString> m_lastMatched;
    QHash<int, QString> m_placesFree;
};

} // namespace

std::pair<QString, QString> MatchEngine::exclusion(const MatchInput& input, const Supporter& s)
{
    return Ranking(input).exclusion(s);
}

MatchSuggestions MatchEngine::rank(const MatchInput& input)
{
    Ranking ranking(input);
    MatchSuggestions result;
    QList<Scored> scored;
    scored.reserve(input.supporters.size());
    for (const Supporter& s : input.supporters) {
        if (auto [rule, explanation] = ranking.exclusion(s); !rule.isEmpty()) {
            result.excluded.append({ s.id, ranking.displayName(s), std::move(rule), std::move(explanation) });
            continue;
        }
        scored.append(ranking.score(s));
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
    result.candidates.reserve(scored.size());
    for (Scored& entry : scored)
        result.candidates.append(std::move(entry.candidate));
    std::sort(result.excluded.begin(), result.excluded.end(),
              [](const MatchExclusion& a, const MatchExclusion& b) { return a.supporterId < b.supporterId; });
    return result;
}

} // namespace peerdesk
