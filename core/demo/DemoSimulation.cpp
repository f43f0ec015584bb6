#include "core/demo/DemoSimulation.h"

#include "core/demo/DemoData.h"
#include "core/demo/DemoPeople.h"
#include "core/domain/Vocabulary.h"
#include "core/services/GroupMemberService.h"
#include "core/services/GroupService.h"
#include "core/services/MatchingService.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <queue>

#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace peerdesk::demo {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::DemoData)
};

// Conversations per request the stories book when no total is asked for (measured at program scale).
constexpr double NaturalConversationsPerRequest = 1.5;
constexpr int RosterLeadDays = 60; // the roster exists a little before the first request

enum class Fate
{
    Completed,
    DeclinedByPhysician, // after first contact, or a referral whose person never consents
    Unreachable, // accepted, but the supporter never reached them
    OutOfScope, // a resident: triage refers them elsewhere
    ReferredOnward, // after a conversation, to other care
    Escalated, // immediate risk at triage
    Withdrawn, // before a match
};

struct SupporterSim
{
    qint64 id = 0;
    Supporter profile;
    int live = 0; // proposed or accepted matches right now
    bool retiring = false;
    bool joinsLater = false; // nominated or in training at first; trained and active later
    bool lapses = false; // lets the required refresher expire
};

struct RequestSim
{
    qint64 id = 0;
    NewRequest request;
    Fate fate = Fate::Completed;
    std::optional<RequestStatus> stopAt; // stays open at this status
    int conversationsPlanned = 1;
    int conversationsHeld = 0;
    int rebookings = 0;
    int matchAttempts = 0;
    bool supporterDeclinesFirst = false;
    bool lateContact = false;
    int supporter = -1; // index in the roster of the live match
    QDateTime lastEvent;
};

class Simulation final
{
public:
    Simulation(VaultSession& session, DemoClock& clock, const DemoOptions& options)
        : m_session(session)
        , m_clock(clock)
        , m_options(options)
        , m_random(options.seed)
        , m_end(clock.real().nowUtc())
        , m_historyDays(365 * options.years)
        , m_start(m_end.addDays(-m_historyDays))
        , m_supporters(session)
        , m_requests(session)
        , m_matching(session)
        , m_scheduling(session)
        , m_groups(session)
        , m_members(session)
    {
    }

    Result<void> run()
    {
        auto resources = m_session.settings().list(QLatin1String(ProgramSettings::Resources));
        if (!resources)
            return resources.error();
        m_resources = *resources;
        auto affinities = m_session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
        if (!affinities)
            return affinities.error();
        m_affinityGroups = *affinities;

        m_clock.simulate(m_start.addDays(-RosterLeadDays));
        if (auto roster = makeRoster(); !roster)
            return roster;
        planRequests();
        planGroups();
        while (!m_queue.empty()) {
            Event event = m_queue.top();
            m_queue.pop();
            m_clock.simulate(event.at);
            if (auto done = event.action(); !done)
                return done;
        }
        m_clock.simulate(m_end);
        return finishRoster();
    }

private:
    struct Event
    {
        QDateTime at;
        quint64 order = 0;
        std::function<Result<void>()> action;
    };
    struct Later
    {
        bool operator()(const Event& a, const Event& b) const { return a.at != b.at ? a.at > b.at : a.order > b.order; }
    };

    // Events after "now" are the future: they are not played, and the request stays where it is.
    void at(const QDateTime& when, std::function<Result<void>()> action)
    {
        if (when <= m_end)
            m_queue.push(Event{ when, m_order++, std::move(action) });
    }
    QDateTime now() const { return m_clock.nowUtc(); }
    QDateTime after(qint64 minSeconds, qint64 maxSeconds)
    {
        return now().addSecs(minSeconds + m_random.between(0, static_cast<int>(maxSeconds - minSeconds)));
    }

    // --- Roster ---------------------------------------------------------------------------------------------

    Result<void> makeRoster()
    {
        QList<Supporter> profiles;
        for (int i = 0; i < m_options.supporters; ++i) {
            SupporterSim sim;
            Supporter& s = sim.profile;
            s.name = nameOf(m_random.between(0, countOf(FirstNames) - 1), m_random.between(0, countOf(LastNames) - 1),
                            m_options.nameMarker);
            s.email = QStringLiteral("%1.%2@example.org").arg(emailLocalPart(s.name)).arg(i + 1);
            if (m_random.chance(70))
                s.phone = fictionalPhone(m_random);
            s.pronouns = m_random.weighted({ { "", 40 }, { "she/her", 30 }, { "he/him", 25 }, { "they/them", 5 } });
            s.gender = m_random.weighted({ { "woman", 48 }, { "man", 44 }, { "non_binary", 4 }, { "", 4 } });
            s.specialty = m_random.pick(Specialties);
            s.practiceSetting = m_random.pick(PracticeSettings);
            s.region = m_random.pick(Regions);
            s.institutions = { m_random.pick(Institutions) };
            if (m_random.chance(25)) {
                const QString second = m_random.pick(Institutions);
                if (!s.institutions.contains(second))
                    s.institutions.append(second);
            }
            s.careerStage = m_random.weighted(
                { { "early_career", 20 }, { "mid_career", 40 }, { "late_career", 30 }, { "retired", 10 } });
            const QString languages
                = m_random.weighted({ { "en", 55 }, { "fr", 20 }, { "en;fr", 20 }, { "other", 5 } });
            s.languages = languages == QLatin1String("other")
                ? QStringList{ QStringLiteral("en"), m_random.pick(OtherLanguages) }
                : languages.split(u';');
            s.modalities = { QStringLiteral("phone"), QStringLiteral("video") };
            if (m_random.chance(45))
                s.modalities.prepend(QStringLiteral("in_person"));
            if (m_random.chance(15))
                s.modalities.removeOne(QStringLiteral("phone"));
            for (const QString& group : std::as_const(m_affinityGroups)) {
                if (m_random.chance(12))
                    s.affinities.append(group);
            }
            s.maxActive = m_random.chance(5)
                ? 0
                : m_random.weighted({ { "1", 15 }, { "2", 55 }, { "3", 25 }, { "4", 5 } }).toInt();
            s.availability = availabilityWindows();
            // With a roster big enough, the first three show a nomination, a training and a retirement whatever
            // the seed; the rest are drawn.
            const bool showcase = m_options.supporters >= 5;
            sim.joinsLater = (!showcase || i >= 3) && m_random.chance(10);
            s.status = showcase && i == 0 ? QStringLiteral("nominated")
                : showcase && i == 1      ? QStringLiteral("in_training")
                : sim.joinsLater          ? QStringLiteral("in_training")
                                          : QStringLiteral("active");
            sim.retiring = s.status == QLatin1String("active") && ((showcase && i == 2) || m_random.chance(5));
            sim.lapses = m_random.chance(15);
            profiles.append(s);
            m_roster.push_back(std::move(sim));
        }
        auto ids = m_supporters.addAll(profiles);
        if (!ids)
            return ids.error();
        for (std::size_t i = 0; i < m_roster.size(); ++i) {
            m_roster[i].id = ids->at(static_cast<qsizetype>(i));
            m_rosterIndex[m_roster[i].id] = static_cast<int>(i);
        }
        for (int i = 0; i < int(m_roster.size()); ++i) {
            SupporterSim& sim = m_roster[std::size_t(i)];
            if (sim.profile.status == QLatin1String("active")) {
                const QDate completed = m_clock.todayLocal().addDays(-m_random.between(0, 600));
                if (auto trained = addTraining(i, QStringLiteral("Peer supporter training"), completed, true); !trained)
                    return trained;
                if (m_random.chance(40)) {
                    if (auto extra = addTraining(i, QStringLiteral("Psychological first aid"),
                                                 completed.addDays(m_random.between(0, 30)), false);
                        !extra)
                        return extra;
                }
                scheduleSupervision(i);
            } else if (sim.joinsLater) {
                at(m_start.addDays(m_random.between(200, m_historyDays - 20)).addSecs(10 * Hour),
                   [this, i] { return joinRoster(i); });
            }
            if (sim.retiring) {
                at(m_start.addDays(m_random.between(120, m_historyDays - 30)).addSecs(16 * Hour),
                   [this, i] { return retire(i); });
            }
        }
        return {};
    }

    QList<WeeklyWindow> availabilityWindows()
    {
        static const char* const patterns[]
            = { "mon 18:00-21:00", "tue 12:00-13:30", "wed 18:00-21:00", "thu 07:00-08:30", "thu 18:00-20:00",
                "fri 12:00-14:00", "sat 09:00-12:00", "tue 19:00-21:00", "wed 12:00-13:00" };
        QList<WeeklyWindow> windows;
        if (m_random.chance(10))
            return windows; // "call me any time": scheduled outside windows on purpose
        const int count = m_random.between(1, 3);
        for (int k = 0; k < count; ++k) {
            const auto window = WeeklyWindow::parse(m_random.pick(patterns));
            if (window && !windows.contains(*window)) {
                bool overlaps = false;
                for (const WeeklyWindow& other : std::as_const(windows))
                    overlaps = overlaps || window->overlapMinutes(other) > 0;
                if (!overlaps)
                    windows.append(*window);
            }
        }
        return windows;
    }

    // The required course is refreshed every two years; a few supporters let it lapse, which blocks new matches.
    Result<void> addTraining(int index, const QString& course, const QDate& completed, bool required)
    {
        TrainingRecord record;
        record.course = course;
        record.required = required;
        record.completedOn = completed;
        if (required)
            record.refresherDue = completed.addYears(2);
        auto id = m_supporters.addTraining(m_roster[std::size_t(index)].id, record);
        if (!id)
            return id.error();
        if (required && !m_roster[std::size_t(index)].lapses) {
            const QDate refresh = record.refresherDue.addDays(-m_random.between(7, 60));
            at(localMoment(refresh, 13 * 60),
               [this, index, course] { return addTraining(index, course, m_clock.todayLocal(), true); });
        }
        return {};
    }

    void scheduleSupervision(int index)
    {
        at(after(60 * Day, 120 * Day), [this, index]() -> Result<void> {
            if (m_roster[std::size_t(index)].profile.status != QLatin1String("active"))
                return {};
            if (auto added = addDebrief(index, QStringLiteral("supervision")); !added)
                return added;
            scheduleSupervision(index);
            return {};
        });
    }

    Result<void> addDebrief(int index, const QString& kind)
    {
        DebriefRecord record;
        record.kind = kind;
        record.heldOn = m_clock.todayLocal();
        auto id = m_supporters.addDebrief(m_roster[std::size_t(index)].id, record);
        if (!id)
            return id.error();
        return {};
    }

    Result<void> joinRoster(int index)
    {
        SupporterSim& sim = m_roster[std::size_t(index)];
        if (auto trained = addTraining(index, QStringLiteral("Peer supporter training"), m_clock.todayLocal(), true);
            !trained)
            return trained;
        if (auto active = m_supporters.setStatus(sim.id, QStringLiteral("active")); !active)
            return active;
        sim.profile.status = QStringLiteral("active");
        scheduleSupervision(index);
        return {};
    }

    // A supporter about to retire first stops taking new peers (a paused one could not give their current peers
    // a conversation) and retires once their current peers are done: nobody is left mid-support.
    Result<void> retire(int index)
    {
        SupporterSim& sim = m_roster[std::size_t(index)];
        if (m_facilitators.count(sim.id) > 0)
            return {};
        if (sim.live > 0) {
            if (sim.profile.maxActive > 0) {
                auto windingDown = m_supporters.get(sim.id);
                if (!windingDown)
                    return windingDown.error();
                windingDown->maxActive = 0;
                if (auto updated = m_supporters.update(*windingDown); !updated)
                    return updated;
                sim.profile.maxActive = 0;
            }
            at(after(7 * Day, 14 * Day), [this, index] { return retire(index); });
            return {};
        }
        if (auto retired = m_supporters.setStatus(sim.id, QStringLiteral("retired")); !retired)
            return retired;
        sim.profile.status = QStringLiteral("retired");
        return {};
    }

    // Today's pauses: one supporter paused outright, one away until a date.
    Result<void> finishRoster()
    {
        int paused = 0;
        for (SupporterSim& sim : m_roster) {
            if (paused >= 2)
                break;
            if (sim.profile.status != QLatin1String("active") || sim.live > 0 || m_facilitators.count(sim.id) > 0)
                continue;
            if (paused == 0) {
                if (auto status = m_supporters.setStatus(sim.id, QStringLiteral("paused")); !status)
                    return status;
                sim.profile.status = QStringLiteral("paused");
            } else if (auto until = m_supporters.pauseUntil(sim.id, m_clock.todayLocal().addDays(45)); !until) {
                return until;
            }
            ++paused;
        }
        return registerForNextOccurrences();
    }

    // --- Requests -------------------------------------------------------------------------------------------

    void planRequests()
    {
        const int count = m_options.requests;
        std::vector<QDateTime> arrivals;
        arrivals.reserve(std::size_t(count));
        for (int i = 0; i < count; ++i) {
            // Mostly office hours on weekdays; web forms and emails also come in at night and on weekends.
            QDate day = m_start.date().addDays(m_random.between(0, m_historyDays - 1));
            int minute = m_random.between(8 * 60, 19 * 60);
            if (m_random.chance(80)) {
                while (isWeekend(day))
                    day = day.addDays(1);
            } else {
                minute = m_random.between(0, 24 * 60 - 1);
            }
            arrivals.push_back(localMoment(day, minute));
        }
        std::sort(arrivals.begin(), arrivals.end());

        // The newest requests are held at each open status, so that every status is on show whatever the seed.
        const QList<RequestStatus> openStatuses
            = { RequestStatus::New,       RequestStatus::AwaitingConsent, RequestStatus::Triaged,
                RequestStatus::Matched,   RequestStatus::Accepted,        RequestStatus::FirstContactMade,
                RequestStatus::InProgress };
        const QList<Fate> forcedFates
            = { Fate::Completed,      Fate::DeclinedByPhysician, Fate::Unreachable, Fate::OutOfScope,
                Fate::ReferredOnward, Fate::Escalated,           Fate::Withdrawn };
        const int held = count >= 2 * int(openStatuses.size()) ? int(openStatuses.size()) : 0;
        for (int i = 0; i < count; ++i) {
            RequestSim sim;
            const int fromEnd = count - 1 - i;
            if (fromEnd < held) {
                sim.stopAt = openStatuses.at(fromEnd);
                // Three to five weeks ago: enough time to get there.
                arrivals[std::size_t(i)] = localMoment(m_end.toLocalTime().date().addDays(-21 - 2 * fromEnd), 10 * 60);
            }
            sim.request = newRequest(i, arrivals[std::size_t(i)]);
            sim.fate = i < int(forcedFates.size()) && count >= 2 * int(forcedFates.size()) ? forcedFates.at(i)
                                                                                           : randomFate();
            if (sim.stopAt)
                sim.fate = Fate::Completed;
            shapeForFate(sim);
            sim.conversationsPlanned = m_random.weighted({ { "1", 35 }, { "2", 35 }, { "3", 25 }, { "4", 5 } }).toInt();
            if (m_options.conversations > 0 && count > 0) {
                // Without a target the stories book about NaturalConversationsPerRequest each; scale to the target.
                const double scale = double(m_options.conversations) / (NaturalConversationsPerRequest * count);
                sim.conversationsPlanned = std::max(1, int(std::lround(sim.conversationsPlanned * scale)));
            }
            sim.supporterDeclinesFirst = m_random.chance(10);
            sim.lateContact = m_random.chance(12);
            m_flow.push_back(std::move(sim));
        }
        for (int i = 0; i < count; ++i)
            at(m_flow[std::size_t(i)].request.receivedAt, [this, i] { return intake(i); });
    }

    Fate randomFate()
    {
        const QString fate = m_random.weighted({ { "completed", 66 },
                                                 { "declined", 6 },
                                                 { "unreachable", 7 },
                                                 { "out_of_scope", 6 },
                                                 { "onward", 5 },
                                                 { "escalated", 3 },
                                                 { "withdrawn", 7 } });
        if (fate == QLatin1String("declined"))
            return Fate::DeclinedByPhysician;
        if (fate == QLatin1String("unreachable"))
            return Fate::Unreachable;
        if (fate == QLatin1String("out_of_scope"))
            return Fate::OutOfScope;
        if (fate == QLatin1String("onward"))
            return Fate::ReferredOnward;
        if (fate == QLatin1String("escalated"))
            return Fate::Escalated;
        if (fate == QLatin1String("withdrawn"))
            return Fate::Withdrawn;
        return Fate::Completed;
    }

    NewRequest newRequest(int index, const QDateTime& receivedAt)
    {
        NewRequest r;
        r.receivedAt = receivedAt;
        r.channel = m_random.weighted(
            { { "phone", 30 }, { "email", 25 }, { "web_form", 30 }, { "in_person", 5 }, { "referral", 10 } });
        if (r.channel == QLatin1String("referral") || m_random.chance(3)) {
            r.referralType = QStringLiteral("colleague");
            r.consentConfirmed = m_random.chance(50);
        }
        r.urgency = m_random.chance(15) ? QStringLiteral("priority") : QStringLiteral("routine");
        const int reasons = m_random.weighted({ { "1", 55 }, { "2", 35 }, { "3", 10 } }).toInt();
        for (int k = 0; k < reasons; ++k) {
            const QString reason = m_random.weighted({ { "burnout", 30 },
                                                       { "conflict", 14 },
                                                       { "adverse_event", 14 },
                                                       { "life_stressor", 12 },
                                                       { "complaint", 9 },
                                                       { "work_life_balance", 9 },
                                                       { "change_at_work", 6 },
                                                       { "discrimination", 4 },
                                                       { "other", 2 } });
            if (!r.reasons.contains(reason))
                r.reasons.append(reason);
        }
        // Some people do not say why at intake: triage records the reasons then.
        if (m_random.chance(20))
            r.reasons.clear();

        MatchingProfile& p = r.profile;
        p.careerStage = m_random.weighted(
            { { "early_career", 34 }, { "mid_career", 38 }, { "late_career", 22 }, { "retired", 6 } });
        p.specialty = m_random.pick(Specialties);
        p.region = m_random.pick(Regions);
        const QString languages = m_random.weighted({ { "en", 62 }, { "fr", 28 }, { "en;fr", 6 }, { "other", 4 } });
        p.languages = languages == QLatin1String("other")
            ? QStringList{ m_random.pick(OtherLanguages), QStringLiteral("en") }
            : languages.split(u';');
        const QString modalities = m_random.weighted({ { "phone;video", 40 },
                                                       { "video", 20 },
                                                       { "phone", 15 },
                                                       { "in_person;phone;video", 15 },
                                                       { "in_person", 10 } });
        p.modalities = modalities.split(u';');
        p.specialtyPreference = m_random.weighted({ { "any", 60 }, { "different", 30 }, { "same", 10 } });
        if (m_random.chance(8))
            p.affinityPreference = m_random.pick(m_affinityGroups);
        if (m_random.chance(10))
            p.genderPreference = m_random.weighted({ { "woman", 70 }, { "man", 25 }, { "non_binary", 5 } });
        p.allowSameInstitution = m_random.chance(5);
        if (m_random.chance(40))
            p.availability = availabilityWindows();

        RequesterIdentity& who = r.identity;
        // A few people come back: the repeat is recognised through the keyed hash of the same email.
        if (index > 10 && m_random.chance(4)) {
            const RequestSim& earlier = m_flow[std::size_t(m_random.between(0, index - 1))];
            who = earlier.request.identity;
        } else {
            who.name = nameOf(m_random.between(0, countOf(FirstNames) - 1), m_random.between(0, countOf(LastNames) - 1),
                              m_options.nameMarker);
            who.email = QStringLiteral("%1.%2@example.com").arg(emailLocalPart(who.name)).arg(index + 1);
            if (m_random.chance(60))
                who.phone = fictionalPhone(m_random);
            if (m_random.chance(40))
                who.bestTime = m_random.pick(BestTimes);
            if (m_random.chance(85))
                who.institution = m_random.pick(Institutions);
        }
        return r;
    }

    void shapeForFate(RequestSim& sim)
    {
        NewRequest& r = sim.request;
        if (sim.fate == Fate::OutOfScope) {
            r.profile.careerStage = QStringLiteral("resident"); // the default scope refers residents elsewhere
        } else if (sim.fate == Fate::Escalated) {
            r.urgency = QStringLiteral("priority");
        }
        if (sim.stopAt == RequestStatus::AwaitingConsent) {
            r.channel = QStringLiteral("referral");
            r.referralType = QStringLiteral("colleague");
            r.consentConfirmed = false;
        } else if (sim.stopAt) {
            // Easy to match, so that it surely gets to the status it is held at.
            r.referralType = QStringLiteral("self");
            r.consentConfirmed = false;
            r.profile.careerStage = QStringLiteral("mid_career");
            r.profile.languages = { QStringLiteral("en") };
            r.profile.modalities = { QStringLiteral("phone"), QStringLiteral("video") };
            r.profile.specialtyPreference = QStringLiteral("any");
            r.profile.affinityPreference.clear();
            r.profile.genderPreference.clear();
        }
    }

    bool stopsAt(const RequestSim& sim, RequestStatus status) const { return sim.stopAt == status; }

    Result<void> intake(int i)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        auto id = m_requests.intake(sim.request);
        if (!id)
            return id.error();
        sim.id = *id;
        const bool awaitingConsent
            = sim.request.referralType == QLatin1String("colleague") && !sim.request.consentConfirmed;
        if (awaitingConsent) {
            if (stopsAt(sim, RequestStatus::AwaitingConsent))
                return {};
            // Some people a colleague referred never agree to be contacted.
            if (sim.fate == Fate::DeclinedByPhysician) {
                at(after(3 * Day, 10 * Day), [this, i] { return close(i, CloseOutcome::Declined); });
                return {};
            }
            at(after(4 * Hour, 4 * Day), [this, i]() -> Result<void> {
                if (auto consent = m_requests.recordConsent(m_flow[std::size_t(i)].id, now()); !consent)
                    return consent;
                at(after(1 * Hour, 20 * Hour), [this, i] { return triage(i); });
                return {};
            });
            return {};
        }
        if (stopsAt(sim, RequestStatus::New))
            return {};
        at(after(2 * Hour, 30 * Hour), [this, i] { return triage(i); });
        return {};
    }

    Result<void> triage(int i)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        TriageDecision decision;
        decision.immediateRisk = sim.fate == Fate::Escalated;
        if (sim.request.reasons.isEmpty())
            decision.reasons
                = { m_random.weighted({ { "burnout", 50 }, { "life_stressor", 25 }, { "conflict", 25 } }) };
        auto outcome = m_requests.triage(sim.id, decision, now());
        if (!outcome)
            return outcome.error();
        if (outcome->status == RequestStatus::Closed)
            return {}; // out of scope: referred elsewhere by triage itself
        if (sim.fate == Fate::OutOfScope) { // the scope settings were changed: refer by hand
            at(after(1 * Hour, 6 * Hour), [this, i] { return close(i, CloseOutcome::ReferredElsewhere); });
            return {};
        }
        if (sim.fate == Fate::Escalated) {
            at(after(1 * Hour, 5 * Hour), [this, i]() -> Result<void> {
                auto escalated = m_requests.escalate(m_flow[std::size_t(i)].id,
                                                     m_random.weighted({ { "physician_health_program", 60 },
                                                                         { "clinical_care_arranged", 30 },
                                                                         { "emergency_services_called", 10 } }));
                if (!escalated)
                    return escalated.error();
                at(after(2 * Hour, 20 * Hour), [this, i] { return close(i, CloseOutcome::Escalated); });
                return {};
            });
            return {};
        }
        if (sim.fate == Fate::Withdrawn) {
            at(after(1 * Day, 6 * Day), [this, i] { return close(i, CloseOutcome::Withdrawn); });
            return {};
        }
        if (stopsAt(sim, RequestStatus::Triaged))
            return {};
        at(after(1 * Hour, 24 * Hour), [this, i] { return match(i); });
        return {};
    }

    Result<void> match(int i)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        auto suggestions = m_matching.suggest(sim.id);
        if (!suggestions)
            return suggestions.error();
        if (suggestions->candidates.isEmpty()) {
            // Nobody free who fits: try again in a few days, then refer the person elsewhere.
            if (++sim.matchAttempts < 4) {
                at(after(1 * Day, 3 * Day), [this, i] { return match(i); });
                return {};
            }
            return close(i, CloseOutcome::ReferredElsewhere);
        }
        // The coordinator mostly takes the best suggestion, sometimes one of the next two.
        const int top = std::min(3, int(suggestions->candidates.size()));
        const MatchCandidate& chosen
            = suggestions->candidates.at(m_random.chance(70) ? 0 : m_random.between(0, top - 1));
        auto assigned = m_matching.assign(sim.id, chosen.supporterId);
        if (!assigned)
            return assigned.error();
        sim.supporter = m_rosterIndex.at(chosen.supporterId);
        ++m_roster[std::size_t(sim.supporter)].live;
        if (stopsAt(sim, RequestStatus::Matched))
            return {};
        if (sim.supporterDeclinesFirst) {
            sim.supporterDeclinesFirst = false;
            at(after(4 * Hour, 36 * Hour), [this, i]() -> Result<void> {
                RequestSim& declined = m_flow[std::size_t(i)];
                if (auto answer = m_matching.decline(declined.id); !answer)
                    return answer;
                --m_roster[std::size_t(declined.supporter)].live;
                declined.supporter = -1;
                at(after(1 * Hour, 12 * Hour), [this, i] { return match(i); });
                return {};
            });
            return {};
        }
        at(after(2 * Hour, 30 * Hour), [this, i] { return accept(i); });
        return {};
    }

    Result<void> accept(int i)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        if (auto answer = m_matching.accept(sim.id); !answer)
            return answer;
        if (stopsAt(sim, RequestStatus::Accepted))
            return {};
        if (sim.fate == Fate::Unreachable) {
            at(after(7 * Day, 14 * Day), [this, i] { return close(i, CloseOutcome::Unreachable); });
            return {};
        }
        // The target is two business days; most contacts take one to four, a few take longer.
        const QDate received = sim.request.receivedAt.toLocalTime().date();
        const int businessDays = sim.lateContact ? m_random.between(5, 8) : m_random.between(1, 4);
        QDateTime contact = localMoment(addBusinessDays(received, businessDays), m_random.between(9 * 60, 19 * 60));
        if (contact <= now())
            contact = after(1 * Hour, 8 * Hour);
        at(contact, [this, i] { return firstContact(i); });
        return {};
    }

    Result<void> firstContact(int i)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        if (auto contact = m_requests.recordFirstContact(sim.id, now()); !contact)
            return contact;
        if (stopsAt(sim, RequestStatus::FirstContactMade))
            return {};
        if (sim.fate == Fate::DeclinedByPhysician) {
            at(after(1 * Day, 3 * Day), [this, i] { return close(i, CloseOutcome::Declined); });
            return {};
        }
        return bookConversation(i, now().addSecs(m_random.between(1, 5) * Day));
    }

    QString conversationModality(const RequestSim& sim) const
    {
        const Supporter& supporter = m_roster[std::size_t(sim.supporter)].profile;
        for (const QString& modality : sim.request.profile.modalities) {
            if (supporter.modalities.contains(modality))
                return modality;
        }
        return supporter.modalities.value(0, QStringLiteral("phone"));
    }

    // In one of the supporter's availability windows, from `earliest` on, avoiding their other conversations
    // and groups (the service refuses overlaps): the next week is tried when a time is taken.
    Result<void> bookConversation(int i, QDateTime earliest)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        const Supporter& supporter = m_roster[std::size_t(sim.supporter)].profile;
        ConversationRequest booking;
        booking.requestId = sim.id;
        booking.durationMinutes = m_random.weighted({ { "30", 45 }, { "45", 40 }, { "15", 15 } }).toInt();
        booking.modality = conversationModality(sim);
        for (int attempt = 0; attempt < 6; ++attempt) {
            QDateTime start;
            if (supporter.availability.isEmpty()) {
                booking.outsideAvailability = true;
                QDate day = earliest.toLocalTime().date().addDays(1);
                while (isWeekend(day))
                    day = day.addDays(1);
                start = localMoment(day, m_random.weighted({ { "720", 40 }, { "1080", 40 }, { "1140", 20 } }).toInt());
            } else {
                const WeeklyWindow& window = m_random.pick(supporter.availability);
                QDate day = earliest.toLocalTime().date().addDays(1);
                while (day.dayOfWeek() != window.weekday)
                    day = day.addDays(1);
                const int slots = (window.endMinute - window.startMinute - booking.durationMinutes) / 15;
                start = localMoment(day, window.startMinute + 15 * m_random.between(0, std::max(0, slots)));
            }
            booking.startsAt = start;
            auto scheduled = m_scheduling.schedule(booking);
            if (scheduled) {
                const qint64 conversation = scheduled->id;
                if (m_random.chance(5)) {
                    at(std::max(now().addSecs(Hour), start.addSecs(-Day)), [this, i, conversation] {
                        return conversationDone(i, conversation, QStringLiteral("cancelled"));
                    });
                } else {
                    const QString status = m_random.chance(6) ? QStringLiteral("no_show") : QStringLiteral("held");
                    at(start.addSecs(qint64(booking.durationMinutes) * 60 + 30 * 60),
                       [this, i, conversation, status] { return conversationDone(i, conversation, status); });
                }
                return {};
            }
            if (scheduled.error().code != ErrorCode::InvalidInput)
                return scheduled.error();
            earliest = earliest.addDays(7);
        }
        // No free time in six weeks: the support ends here.
        return close(i, sim.conversationsHeld > 0 ? CloseOutcome::Completed : CloseOutcome::Unreachable);
    }

    Result<void> conversationDone(int i, qint64 conversation, const QString& status)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        if (auto recorded = m_scheduling.setStatus(conversation, status); !recorded)
            return recorded;
        if (status != QLatin1String("held")) {
            if (++sim.rebookings > 2)
                return close(i, sim.conversationsHeld > 0 ? CloseOutcome::Completed : CloseOutcome::Unreachable);
            return bookConversation(i, now().addSecs(m_random.between(2, 5) * Day));
        }
        ++sim.conversationsHeld;
        if (stopsAt(sim, RequestStatus::InProgress))
            return {};
        if (sim.fate == Fate::ReferredOnward) {
            at(after(1 * Day, 4 * Day), [this, i] { return close(i, CloseOutcome::ReferredElsewhere); });
            return {};
        }
        if (sim.conversationsHeld < sim.conversationsPlanned)
            return bookConversation(i, now().addSecs(m_random.between(5, 12) * Day));
        at(after(2 * Day, 10 * Day), [this, i] { return close(i, CloseOutcome::Completed); });
        return {};
    }

    Result<void> close(int i, CloseOutcome outcome)
    {
        RequestSim& sim = m_flow[std::size_t(i)];
        CloseOptions options;
        if (outcome == CloseOutcome::ReferredElsewhere && !m_resources.isEmpty())
            options.resource = m_random.pick(m_resources);
        const bool hadSupporter = sim.supporter >= 0;
        // Hard cases give the supporter a cooldown, and a debrief a few days later.
        options.difficult = hadSupporter && outcome == CloseOutcome::Completed && m_random.chance(8);
        if (auto closed = m_requests.close(sim.id, outcome, options, now()); !closed)
            return closed.error();
        if (hadSupporter) {
            const int supporter = sim.supporter;
            --m_roster[std::size_t(supporter)].live;
            sim.supporter = -1;
            if (options.difficult)
                at(after(2 * Day, 6 * Day),
                   [this, supporter] { return addDebrief(supporter, QStringLiteral("debrief")); });
        }
        return {};
    }

    // --- Groups ---------------------------------------------------------------------------------------------

    void planGroups()
    {
        // As the source programs run them: a weekly evening drop-in group (registration for each session), a
        // fortnightly ICU trainees' cohort of six and a daily virtual group, both with standing members verified
        // once.
        at(m_end.addDays(-320).addSecs(9 * Hour), [this] {
            return addGroup(Text::tr("Monday evening group"), GroupRecurrence::weekly(1), 19 * 60 + 15, 75, 8,
                            PeerGroup::Enrolment::PerSession);
        });
        at(m_end.addDays(-200).addSecs(9 * Hour), [this] {
            return addGroup(Text::tr("ICU trainees group"), GroupRecurrence::weekly(4, 2), 18 * 60, 45, 6,
                            PeerGroup::Enrolment::Members);
        });
        at(m_end.addDays(-120).addSecs(9 * Hour), [this] {
            GroupRecurrence daily;
            daily.frequency = GroupRecurrence::Frequency::Daily;
            return addGroup(Text::tr("Daily virtual group"), daily, 12 * 60, 60, 50, PeerGroup::Enrolment::Members);
        });
    }

    Result<void> addGroup(const QString& name, const GroupRecurrence& recurrence, int startMinute, int minutes,
                          int capacity, PeerGroup::Enrolment enrolment)
    {
        PeerGroup group;
        group.enrolment = enrolment;
        group.name = name;
        group.modality = QStringLiteral("video");
        group.recurrence = recurrence;
        group.startMinute = startMinute;
        group.durationMinutes = minutes;
        group.capacity = capacity;
        group.maxFacilitators = 2;
        // Two active supporters who offer video, are not about to retire and have no conversation booked at the
        // group's time of day in the weeks its sessions are planned for (GroupService refuses a facilitator booked
        // during a session).
        auto upcoming = m_scheduling.between(now(), now().addDays(7 * (GroupService::DefaultHorizonWeeks + 1)));
        if (!upcoming)
            return upcoming.error();
        std::set<qint64> busy;
        for (const CalendarConversation& booked : *upcoming) {
            const Conversation& c = booked.conversation;
            if (c.status != QLatin1String("scheduled"))
                continue;
            const QTime from = c.startsAt.toLocalTime().time();
            const int first = from.hour() * 60 + from.minute();
            if (first < startMinute + minutes && first + c.durationMinutes > startMinute)
                busy.insert(c.supporterId);
        }
        for (const SupporterSim& sim : m_roster) {
            if (group.facilitatorIds.size() == 2)
                break;
            if (sim.profile.status == QLatin1String("active") && !sim.retiring
                && sim.profile.modalities.contains(QLatin1String("video")) && m_facilitators.count(sim.id) == 0
                && busy.count(sim.id) == 0)
                group.facilitatorIds.append(sim.id);
        }
        if (group.facilitatorIds.isEmpty())
            return {}; // a roster too small for groups
        auto id = m_groups.add(group);
        if (!id)
            return id.error();
        for (qint64 facilitator : std::as_const(group.facilitatorIds))
            m_facilitators.insert(facilitator);
        m_groupIds.push_back(*id);
        if (group.hasMembers()) {
            // A cohort fills at once; a daily group grows over its first months.
            const bool cohort = capacity <= 8;
            const int members = cohort ? capacity : 40;
            for (int k = 0; k < members; ++k) {
                const QDateTime joins = cohort ? after(Hour, 7 * Day) : after(Hour, 100 * Day);
                at(joins, [this, groupId = *id, k] { return addMember(groupId, k); });
            }
        }
        return followOccurrences(*id);
    }

    // A member joins, is verified within two days (once) and sent the link; a few leave later.
    Result<void> addMember(qint64 groupId, int k)
    {
        static const char* const provinces[] = { "ON", "QC", "BC", "NS", "AB", "MB" };
        const QString name = nameOf(m_random.between(0, countOf(FirstNames) - 1),
                                    m_random.between(0, countOf(LastNames) - 1), m_options.nameMarker);
        const QString contact = QStringLiteral("%1.m%2@example.net").arg(emailLocalPart(name)).arg(groupId * 100 + k);
        auto added = m_members.add(groupId, name, contact, m_random.pick(provinces));
        if (!added)
            return added.error();
        const qint64 memberId = added->id;
        at(after(2 * Hour, 2 * Day), [this, memberId]() -> Result<void> {
            if (auto verified = m_members.verify(memberId); !verified)
                return verified;
            return m_members.markLinkSent(memberId);
        });
        if (m_random.chance(15)) {
            at(after(20 * Day, 80 * Day), [this, memberId]() -> Result<void> {
                // The group may have ended, or the member left with it.
                if (auto removed = m_members.remove(memberId);
                    !removed && removed.error().code != ErrorCode::InvalidInput)
                    return removed;
                return {};
            });
        }
        return {};
    }

    // Plays every occurrence that has ended, and keeps the calendar filled ahead as the months pass.
    Result<void> followOccurrences(qint64 groupId)
    {
        auto occurrences = m_groups.occurrences(groupId);
        if (!occurrences)
            return occurrences.error();
        for (const GroupOccurrence& occurrence : std::as_const(*occurrences)) {
            if (!m_followed.insert(occurrence.id).second)
                continue;
            const qint64 id = occurrence.id;
            at(occurrence.endsAt.addSecs(Hour), [this, id, groupId] { return recordOccurrence(groupId, id); });
        }
        at(after(28 * Day, 28 * Day), [this, groupId]() -> Result<void> {
            auto added = m_groups.schedule(groupId);
            if (!added)
                return added.error();
            return followOccurrences(groupId);
        });
        return {};
    }

    Result<void> recordOccurrence(qint64 groupId, qint64 occurrenceId)
    {
        auto group = m_groups.get(groupId);
        if (!group)
            return group.error();
        OccurrenceUpdate update;
        if (m_random.chance(8)) {
            update.status = QStringLiteral("cancelled");
        } else {
            // A group of members sees some of them each time; a drop-in group up to its places.
            const int expected = group->hasMembers() ? std::min(group->capacity, group->memberCount) : group->capacity;
            const int attendance = m_random.between(std::min(2, expected), std::max(expected, 0));
            const int feedback = m_random.between(0, attendance);
            const int positive = m_random.between(feedback / 2, feedback);
            const int neutral = m_random.between(0, feedback - positive);
            update.status = QStringLiteral("held");
            update.attendance = attendance;
            update.feedbackPositive = positive;
            update.feedbackNeutral = neutral;
            update.feedbackNegative = feedback - positive - neutral;
            update.debriefHeld = m_random.chance(85);
        }
        auto recorded = m_groups.record(occurrenceId, update);
        if (!recorded)
            return recorded.error();
        return {};
    }

    // The next session of each group has a few people registered: some verified, one with the link sent.
    Result<void> registerForNextOccurrences()
    {
        static const char* const provinces[] = { "ON", "QC", "BC", "NS", "AB" };
        for (qint64 groupId : m_groupIds) {
            auto group = m_groups.get(groupId);
            if (!group)
                return group.error();
            if (group->hasMembers())
                continue; // its members keep the link
            auto occurrences = m_groups.occurrences(groupId);
            if (!occurrences)
                return occurrences.error();
            for (const GroupOccurrence& occurrence : std::as_const(*occurrences)) {
                if (occurrence.status != QLatin1String("scheduled") || occurrence.startsAt <= now())
                    continue;
                const int people = m_random.between(2, 4);
                for (int k = 0; k < people; ++k) {
                    const QString name = nameOf(m_random.between(0, countOf(FirstNames) - 1),
                                                m_random.between(0, countOf(LastNames) - 1), m_options.nameMarker);
                    const QString contact
                        = QStringLiteral("%1.g%2@example.net").arg(emailLocalPart(name)).arg(groupId * 10 + k);
                    auto id = m_groups.registerParticipant(occurrence.id, name, contact, m_random.pick(provinces));
                    if (!id)
                        return id.error();
                    if (k < 2) {
                        if (auto verified = m_groups.verify(*id); !verified)
                            return verified;
                        if (k == 0) {
                            if (auto sent = m_groups.markLinkSent(*id); !sent)
                                return sent;
                        }
                    }
                }
                break;
            }
        }
        return {};
    }

    VaultSession& m_session;
    DemoClock& m_clock;
    const DemoOptions m_options;
    Random m_random;
    const QDateTime m_end; // the real "now": nothing is played after it
    const int m_historyDays;
    const QDateTime m_start;
    SupporterService m_supporters;
    RequestService m_requests;
    MatchingService m_matching;
    SchedulingService m_scheduling;
    GroupService m_groups;
    GroupMemberService m_members;
    QStringList m_resources;
    QStringList m_affinityGroups;

    std::priority_queue<Event, std::vector<Event>, Later> m_queue;
    quint64 m_order = 0;
    std::vector<SupporterSim> m_roster;
    std::map<qint64, int> m_rosterIndex;
    std::vector<RequestSim> m_flow;
    std::set<qint64> m_facilitators;
    std::vector<qint64> m_groupIds;
    std::set<qint64> m_followed;
};

} // namespace

Result<void> simulate(VaultSession& session, DemoClock& clock, const DemoOptions& options)
{
    Simulation simulation(session, clock, options);
    return simulation.run();
}

} // namespace peerdesk::demo
