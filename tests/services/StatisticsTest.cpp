#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/io/StatisticsExport.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/services/StatisticsPublisher.h"
#include "core/services/StatisticsService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

StatPeriod period(const QString& key)
{
    const auto parsed = StatPeriod::parse(key);
    REQUIRE(parsed);
    return *parsed;
}

void sql(VaultSession& session, const QString& statement, std::initializer_list<QVariant> values = {})
{
    auto done = session.database().exec(statement, values);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
}

QStringList names(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

QString stamp(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

// The program's data for March 2026 and a little around it, entered as a coordinator would, the clock walking
// forward with each step. Group sessions and conversations go in with SQL: their services are tested on their own
// and need rosters of facilitators and availability that add nothing here.
class StatisticsFixture
{
public:
    StatisticsFixture() : session(vault.unlock())
    {
        SupporterService supporters(*session);
        auto added
            = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
        REQUIRE(added);
        jordan = *added;
        Supporter second = sampleSupporter(QStringLiteral("Casey Morin"), QStringLiteral("casey@example.org"));
        second.training
            = { { 0, QStringLiteral("Peer support foundations"), true, QDate(2026, 3, 1), QDate(2028, 3, 1) } };
        added = supporters.add(second);
        REQUIRE(added);
        casey = *added;

        // Earlier months: one in June 2025, one in February 2026.
        intake(at(2025, 6, 15), QStringLiteral("frank@example.org"), QStringLiteral("email"));
        intake(at(2026, 2, 10), QStringLiteral("erin@example.org"), QStringLiteral("referral"));

        RequestService requests(*session);
        MatchingService matching(*session);
        // A: received Tuesday 3 March, triaged, matched, reached the next day, one conversation, completed.
        walk(at(2026, 3, 3));
        alice = intake(at(2026, 3, 3, 11), QStringLiteral("alice@example.org"), QStringLiteral("phone"));
        walk(at(2026, 3, 3, 13));
        REQUIRE(requests.triage(alice, {}));
        REQUIRE(matching.assign(alice, jordan));
        REQUIRE(matching.accept(alice));
        walk(at(2026, 3, 4, 10));
        REQUIRE(requests.recordFirstContact(alice));
        walk(at(2026, 3, 5, 16));
        auto match = matching.liveMatch(alice);
        REQUIRE(match);
        REQUIRE(*match);
        sql(*session,
            QStringLiteral("INSERT INTO conversations (match_id, starts_at, duration_minutes, modality, status, "
                           "created_at) VALUES (?, ?, 30, 'phone', 'held', ?)"),
            { (*match)->id, stamp(at(2026, 3, 5, 15)), stamp(at(2026, 3, 5, 15)) });
        REQUIRE(requests.recordConversationHeld(alice, at(2026, 3, 5, 15)));

        // B: a colleague's referral with two reasons and two modalities, escalated at triage and again later.
        NewRequest referral
            = sampleRequest(at(2026, 3, 5), QStringLiteral("Bob Ng"), QStringLiteral("bob@example.org"));
        referral.channel = QStringLiteral("email");
        referral.referralType = QStringLiteral("colleague");
        referral.consentConfirmed = true;
        referral.reasons = { QStringLiteral("conflict"), QStringLiteral("burnout") };
        referral.profile.modalities = { QStringLiteral("phone"), QStringLiteral("video") };
        walk(at(2026, 3, 5));
        auto bob = requests.intake(referral);
        REQUIRE(bob);
        TriageDecision risk;
        risk.immediateRisk = true;
        REQUIRE(requests.triage(*bob, risk));
        walk(at(2026, 3, 6));
        REQUIRE(requests.escalate(*bob, QStringLiteral("emergency_services_called")));

        // C: a resident, referred elsewhere at triage (the default scope excludes residents).
        walk(at(2026, 3, 10));
        NewRequest resident
            = sampleRequest(at(2026, 3, 10), QStringLiteral("Carol Diaz"), QStringLiteral("carol@example.org"));
        resident.channel = QStringLiteral("web_form");
        resident.profile.careerStage = QStringLiteral("resident");
        auto carol = requests.intake(resident);
        REQUIRE(carol);
        REQUIRE(requests.triage(*carol, {}));

        walk(at(2026, 3, 10, 14));
        REQUIRE(requests.close(alice, CloseOutcome::Completed));

        // D: career stage unknown; the supporter declines.
        walk(at(2026, 3, 12));
        NewRequest unknownStage
            = sampleRequest(at(2026, 3, 12), QStringLiteral("Dan Wu"), QStringLiteral("dan@example.org"));
        unknownStage.profile.careerStage.clear();
        auto dan = requests.intake(unknownStage);
        REQUIRE(dan);
        REQUIRE(requests.triage(*dan, {}));
        REQUIRE(matching.assign(*dan, casey));
        REQUIRE(matching.decline(*dan));

        // Alice again, by email, with another reason: the same physician.
        walk(at(2026, 3, 20));
        NewRequest again
            = sampleRequest(at(2026, 3, 20), QStringLiteral("Alice Martin"), QStringLiteral("alice@example.org"));
        again.channel = QStringLiteral("email");
        again.reasons = { QStringLiteral("conflict") };
        REQUIRE(requests.intake(again));

        // A peer group: one session held (6 attended, debrief held), one cancelled.
        sql(*session,
            QStringLiteral("INSERT INTO peer_groups (name, modality, weekday, start_minute, duration_minutes, "
                           "first_date, capacity, created_at) VALUES ('Evening circle', 'video', 3, 1140, 90, "
                           "'2026-03-04', 12, ?)"),
            { stamp(at(2026, 3, 2)) });
        sql(*session,
            QStringLiteral("INSERT INTO group_occurrences (group_id, starts_at, ends_at, status, attendance, "
                           "debrief_held) VALUES (1, ?, ?, 'held', 6, 1), (1, ?, ?, 'cancelled', NULL, 0)"),
            { stamp(at(2026, 3, 4, 19)), stamp(at(2026, 3, 4, 20)), stamp(at(2026, 3, 11, 19)),
              stamp(at(2026, 3, 11, 20)) });
        sql(*session,
            QStringLiteral("UPDATE group_occurrences SET feedback_positive = 3, feedback_neutral = 1 WHERE id = 1"));
        // A daily group of members: two sessions held with 14 feedback answers, an escalation in the first, one
        // member who joined and one who left in March, one who joined in February.
        sql(*session,
            QStringLiteral("INSERT INTO peer_groups (name, modality, weekday, start_minute, duration_minutes, "
                           "first_date, capacity, created_at, enrolment, recurrence) VALUES ('Daily circle', "
                           "'video', 1, 720, 60, '2026-02-02', 50, ?, 'members', 'FREQ=DAILY')"),
            { stamp(at(2026, 2, 1)) });
        sql(*session,
            QStringLiteral("INSERT INTO group_occurrences (group_id, starts_at, ends_at, status, attendance, "
                           "feedback_positive, feedback_neutral, feedback_negative) VALUES "
                           "(2, ?, ?, 'held', 8, 6, 1, 1), (2, ?, ?, 'held', 7, 4, 2, 0)"),
            { stamp(at(2026, 3, 9, 12)), stamp(at(2026, 3, 9, 13)), stamp(at(2026, 3, 10, 12)),
              stamp(at(2026, 3, 10, 13)) });
        sql(*session,
            QStringLiteral("INSERT INTO group_escalations (occurrence_id, at, user_id, action) VALUES "
                           "(3, ?, 1, 'crisis_resources_given')"),
            { stamp(at(2026, 3, 9, 12)) });
        sql(*session,
            QStringLiteral("INSERT INTO group_members (group_id, joined_at, left_at, left_reason) VALUES "
                           "(2, ?, NULL, NULL), (2, ?, ?, 'removed'), (2, ?, NULL, NULL)"),
            { stamp(at(2026, 2, 3)), stamp(at(2026, 2, 4)), stamp(at(2026, 3, 20)), stamp(at(2026, 3, 5)) });

        walk(at(2026, 3, 25));
        REQUIRE(supporters.setStatus(casey, QStringLiteral("paused")));
        walk(at(2026, 4, 20));
    }

    void walk(const QDateTime& moment) { vault.clock().set(moment); }

    qint64 intake(const QDateTime& receivedAt, const QString& email, const QString& channel)
    {
        NewRequest request = sampleRequest(receivedAt.addSecs(3600), QStringLiteral("Someone"), email);
        request.channel = channel;
        auto id = RequestService(*session).intake(request);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }

    QList<StatTable> tables(const QString& key)
    {
        auto computed = StatisticsService(*session).tables(period(key));
        INFO((computed ? QString() : computed.error().message).toStdString());
        REQUIRE(computed);
        return *computed;
    }

    TempVault vault;
    std::unique_ptr<VaultSession> session;
    qint64 jordan = 0;
    qint64 casey = 0;
    qint64 alice = 0;
};

const StatTable& table(const QList<StatTable>& tables, const QString& id)
{
    for (const StatTable& candidate : tables) {
        if (candidate.id == id)
            return candidate;
    }
    FAIL("no table " << id.toStdString());
    return tables.first();
}

// The cells of a one-dimension table as "key=value" in order, "-" for no value.
QStringList cells(const QList<StatTable>& tables, const QString& id)
{
    QStringList result;
    for (const StatCell& cell : table(tables, id).cells)
        result << cell.key.join(QLatin1Char('/')) + QLatin1Char('=')
                + (cell.value ? QString::number(*cell.value) : QStringLiteral("-"));
    return result;
}

QString single(const QList<StatTable>& tables, const QString& id)
{
    const QStringList values = cells(tables, id);
    REQUIRE(values.size() == 1);
    return values.first().mid(1);
}

QStringList ids(const QList<StatTable>& tables)
{
    QStringList result;
    for (const StatTable& t : tables)
        result << t.id;
    return result;
}

// A second site, "north", and the requests received on the days listed (an SQL list of dates) moved there.
qint64 northSite(VaultSession& session, const char* days)
{
    auto north = SiteService(session).add(QStringLiteral("north"), QStringLiteral("North clinic"));
    REQUIRE(north);
    sql(session,
        QStringLiteral("UPDATE requests SET site_id = ? WHERE substr(received_at, 1, 10) IN (%1)")
            .arg(QLatin1String(days)),
        { *north });
    return *north;
}

} // namespace

TEST_CASE("Monthly statistics count each table from the vault, every category listed", "[statistics]")
{
    StatisticsFixture fixture;
    const QList<StatTable> march = fixture.tables(QStringLiteral("2026-03"));

    CHECK(ids(march)
          == names({ "requests_total",
                     "requests_by_reason",
                     "requests_by_career_stage",
                     "requests_by_channel",
                     "requests_by_referral_type",
                     "requests_by_modality",
                     "triage_outcomes",
                     "matches_made",
                     "supporter_declines",
                     "first_contact_within_target",
                     "first_contact_within_target_share",
                     "time_to_first_contact",
                     "time_to_first_contact_median",
                     "conversations_held",
                     "conversations_per_closed_match",
                     "closure_outcomes",
                     "matches_ended_early",
                     "referrals_given",
                     "escalations",
                     "group_occurrences",
                     "group_attendance",
                     "group_debriefs",
                     "group_sessions_by_group",
                     "group_attendance_by_group",
                     "group_feedback",
                     "group_escalations",
                     "group_members_joined",
                     "group_members_left",
                     "roster_by_status",
                     "roster_newly_trained",
                     "trend_12_months" }));
    for (const StatTable& t : march) {
        INFO(t.id.toStdString());
        CHECK_FALSE(t.title.isEmpty());
        CHECK_FALSE(t.note.isEmpty());
        for (const StatCell& cell : t.cells)
            CHECK(cell.key.size() == t.dimensions.size());
    }

    // Five requests from four physicians: Alice's two count once, under her first request.
    CHECK(single(march, QStringLiteral("requests_total")) == QLatin1String("4"));
    CHECK(cells(march, QStringLiteral("requests_by_reason"))
          == names({ "adverse_event=0", "complaint=0", "conflict=2", "life_stressor=0", "discrimination=0", "burnout=4",
                     "change_at_work=0", "work_life_balance=0", "other=0", "*=4" }));
    CHECK_FALSE(table(march, QStringLiteral("requests_by_reason")).additive);
    CHECK(
        cells(march, QStringLiteral("requests_by_career_stage"))
        == names({ "resident=1", "early_career=2", "mid_career=0", "late_career=0", "retired=0", "unknown=1", "*=4" }));
    CHECK(cells(march, QStringLiteral("requests_by_channel"))
          == names({ "phone=2", "email=1", "web_form=1", "in_person=0", "referral=0", "*=4" }));
    CHECK(cells(march, QStringLiteral("requests_by_referral_type")) == names({ "self=3", "colleague=1", "*=4" }));
    CHECK(cells(march, QStringLiteral("requests_by_modality"))
          == names({ "in_person=0", "phone=4", "video=1", "*=4" }));
    CHECK_FALSE(table(march, QStringLiteral("requests_by_modality")).additive);
    CHECK(cells(march, QStringLiteral("triage_outcomes"))
          == names({ "in_scope=2", "referred_elsewhere=1", "escalated=1", "*=4" }));
    CHECK(single(march, QStringLiteral("matches_made")) == QLatin1String("1"));
    CHECK(single(march, QStringLiteral("supporter_declines")) == QLatin1String("1"));
    CHECK(cells(march, QStringLiteral("first_contact_within_target")) == names({ "met=1", "missed=0", "*=1" }));
    CHECK(single(march, QStringLiteral("first_contact_within_target_share")) == QLatin1String("-"));
    CHECK(cells(march, QStringLiteral("time_to_first_contact"))
          == names({ "up_to_1=1", "2=0", "3=0", "more_than_3=0", "*=1" }));
    CHECK(single(march, QStringLiteral("time_to_first_contact_median")) == QLatin1String("-"));
    CHECK(cells(march, QStringLiteral("conversations_held")) == names({ "in_person=0", "phone=1", "video=0", "*=1" }));
    CHECK(cells(march, QStringLiteral("conversations_per_closed_match"))
          == names({ "0=0", "1=1", "2=0", "3=0", "4_or_more=0", "*=1" }));
    CHECK(cells(march, QStringLiteral("closure_outcomes"))
          == names({ "completed=1", "declined=0", "unreachable=0", "referred_elsewhere=1", "escalated=0", "withdrawn=0",
                     "*=2" }));
    CHECK(cells(march, QStringLiteral("escalations"))
          == names({ "crisis_resources_given=1", "emergency_services_called=1", "physician_health_program=0",
                     "clinical_care_arranged=0", "other=0", "*=2" }));
    CHECK(cells(march, QStringLiteral("group_occurrences"))
          == names({ "scheduled=0", "held=3", "cancelled=1", "*=4" }));
    CHECK(single(march, QStringLiteral("group_attendance")) == QLatin1String("21"));
    // Per group, by name (program data), every group listed.
    CHECK(cells(march, QStringLiteral("group_sessions_by_group"))
          == names({ "Daily circle=2", "Evening circle=1", "*=3" }));
    CHECK(cells(march, QStringLiteral("group_attendance_by_group"))
          == names({ "Daily circle=15", "Evening circle=6", "*=21" }));
    // Shares only over 10 answers: the evening circle's 4 answers are not published, the daily circle's 14 are.
    const QStringList feedback = cells(march, QStringLiteral("group_feedback"));
    CHECK(feedback.mid(3, 3)
          == names({ "Evening circle/helpful=-", "Evening circle/neutral=-", "Evening circle/not_helpful=-" }));
    CHECK(feedback.at(0) == QStringLiteral("Daily circle/helpful=%1").arg(10.0 / 14));
    CHECK(feedback.at(2) == QStringLiteral("Daily circle/not_helpful=%1").arg(1.0 / 14));
    CHECK(feedback.at(6) == QStringLiteral("*/helpful=%1").arg(13.0 / 18));
    CHECK(table(march, QStringLiteral("group_feedback")).kind == StatKind::Share);
    CHECK(cells(march, QStringLiteral("group_escalations"))
          == names({ "crisis_resources_given=1", "emergency_services_called=0", "physician_health_program=0",
                     "clinical_care_arranged=0", "other=0", "*=1" }));
    CHECK(cells(march, QStringLiteral("group_members_joined"))
          == names({ "Daily circle=1", "Evening circle=0", "*=1" }));
    CHECK(cells(march, QStringLiteral("group_members_left")) == names({ "Daily circle=1", "Evening circle=0", "*=1" }));
    CHECK(single(march, QStringLiteral("group_debriefs")) == QLatin1String("1"));
    CHECK(cells(march, QStringLiteral("roster_by_status"))
          == names({ "nominated=0", "in_training=0", "active=1", "paused=1", "retired=0", "*=2" }));
    CHECK(single(march, QStringLiteral("roster_newly_trained")) == QLatin1String("1"));
    CHECK(cells(march, QStringLiteral("trend_12_months"))
          == names({ "2025-04=0", "2025-05=0", "2025-06=1", "2025-07=0", "2025-08=0", "2025-09=0", "2025-10=0",
                     "2025-11=0", "2025-12=0", "2026-01=0", "2026-02=1", "2026-03=4", "*=6" }));
    CHECK_FALSE(table(march, QStringLiteral("trend_12_months")).additive);
}

TEST_CASE("Quarterly and yearly statistics cover their months", "[statistics]")
{
    StatisticsFixture fixture;
    const QList<StatTable> quarter = fixture.tables(QStringLiteral("2026-Q1"));
    CHECK(single(quarter, QStringLiteral("requests_total")) == QLatin1String("5"));
    CHECK(cells(quarter, QStringLiteral("requests_by_channel"))
          == names({ "phone=2", "email=1", "web_form=1", "in_person=0", "referral=1", "*=5" }));
    CHECK(cells(quarter, QStringLiteral("trend_12_months")).last() == QLatin1String("*=6"));
    CHECK(cells(quarter, QStringLiteral("trend_12_months")).first() == QLatin1String("2025-04=0"));

    const QList<StatTable> year = fixture.tables(QStringLiteral("2025"));
    CHECK(single(year, QStringLiteral("requests_total")) == QLatin1String("1"));
    CHECK(cells(year, QStringLiteral("triage_outcomes"))
          == names({ "in_scope=0", "referred_elsewhere=0", "escalated=0", "*=0" }));
    // The supporters joined in 2026; Jordan's first course was in January 2025.
    CHECK(cells(year, QStringLiteral("roster_by_status")).last() == QLatin1String("*=0"));
    CHECK(single(year, QStringLiteral("roster_newly_trained")) == QLatin1String("1"));
    CHECK(cells(year, QStringLiteral("trend_12_months")).first() == QLatin1String("2025-01=0"));
    CHECK(cells(year, QStringLiteral("trend_12_months")).last() == QLatin1String("*=1"));

    // A month without data has the same shape, all zeros.
    const QList<StatTable> empty = fixture.tables(QStringLiteral("2024-07"));
    CHECK(ids(empty).size() == 31);
    CHECK(cells(empty, QStringLiteral("requests_by_reason")).size() == 10);
    CHECK(cells(empty, QStringLiteral("requests_by_reason")).last() == QLatin1String("*=0"));
}

TEST_CASE("Statistics publish no identity", "[statistics]")
{
    StatisticsFixture fixture;
    for (const QString& key : { QStringLiteral("2026-03"), QStringLiteral("2026-Q1"), QStringLiteral("2026") }) {
        for (const StatTable& t : fixture.tables(key)) {
            QStringList text{ t.id, t.title, t.note };
            text << t.dimensions;
            // A group's name is program data, published as the category of the per-group tables only.
            const qsizetype groupDimension = t.dimensions.indexOf(QStringLiteral("group"));
            for (const StatCell& cell : t.cells) {
                for (qsizetype d = 0; d < cell.key.size(); ++d) {
                    if (d != groupDimension)
                        text << cell.key.at(d);
                }
            }
            const QString all = text.join(QLatin1Char(' '));
            INFO(all.toStdString());
            for (const char* identity : { "@", "Alice", "Bob", "Carol", "Dan", "Jordan", "Casey", "Tremblay",
                                          "Riverside", "555", "Evening circle", "request:" })
                CHECK_FALSE(all.contains(QLatin1String(identity)));
        }
    }
}

TEST_CASE("Medians and shares of first contact appear only from ten first contacts", "[statistics]")
{
    TempVault vault;
    auto session = vault.unlock();
    vault.clock().set(at(2026, 3, 20));
    QList<qint64> requests;
    for (int i = 0; i < 10; ++i) {
        auto id = RequestService(*session).intake(
            sampleRequest(at(2026, 3, 2, 11), QStringLiteral("Someone"), QStringLiteral("p%1@example.org").arg(i)));
        REQUIRE(id);
        requests << *id;
    }
    // Received Monday 2 March: five reached on Tuesday (1 business day), four on Thursday (3), one later.
    const auto contact = [&](qint64 id, const QDateTime& moment) {
        sql(*session, QStringLiteral("UPDATE requests SET first_contact_at = ? WHERE id = ?"), { stamp(moment), id });
    };
    for (int i = 0; i < 5; ++i)
        contact(requests.at(i), at(2026, 3, 3));
    for (int i = 5; i < 9; ++i)
        contact(requests.at(i), at(2026, 3, 5));
    StatisticsService statistics(*session);
    auto nine = statistics.tables(period(QStringLiteral("2026-03")));
    REQUIRE(nine);
    CHECK(cells(*nine, QStringLiteral("time_to_first_contact"))
          == names({ "up_to_1=5", "2=0", "3=4", "more_than_3=0", "*=9" }));
    CHECK(single(*nine, QStringLiteral("time_to_first_contact_median")) == QLatin1String("-"));
    CHECK(single(*nine, QStringLiteral("first_contact_within_target_share")) == QLatin1String("-"));

    contact(requests.at(9), at(2026, 3, 9)); // the next Monday: 5 business days
    auto ten = statistics.tables(period(QStringLiteral("2026-03")));
    REQUIRE(ten);
    CHECK(cells(*ten, QStringLiteral("first_contact_within_target")) == names({ "met=5", "missed=5", "*=10" }));
    CHECK(single(*ten, QStringLiteral("time_to_first_contact_median")) == QLatin1String("2"));
    CHECK(single(*ten, QStringLiteral("first_contact_within_target_share")) == QLatin1String("0.5"));
    CHECK(table(*ten, QStringLiteral("time_to_first_contact_median")).kind == StatKind::Median);
    CHECK(table(*ten, QStringLiteral("first_contact_within_target_share")).kind == StatKind::Share);
}

TEST_CASE("A colleague's referral's time to first contact counts from the person's consent", "[statistics]")
{
    TempVault vault;
    auto session = vault.unlock();
    vault.clock().set(at(2026, 3, 20));
    NewRequest referral = sampleRequest(at(2026, 3, 2, 11), QStringLiteral("Someone"), QStringLiteral("r@example.org"));
    referral.referralType = QStringLiteral("colleague");
    referral.consentConfirmed = false;
    auto id = RequestService(*session).intake(referral);
    REQUIRE(id);
    // Received Monday 2 March; the person agreed on Thursday 5 March and was reached on Friday 6 March: one
    // business day from consent (four from receipt, which would miss a two-day target).
    REQUIRE(RequestService(*session).recordConsent(*id, at(2026, 3, 5)));
    sql(*session, QStringLiteral("UPDATE requests SET first_contact_at = ? WHERE id = ?"),
        { stamp(at(2026, 3, 6)), *id });
    auto tables = StatisticsService(*session).tables(period(QStringLiteral("2026-03")));
    REQUIRE(tables);
    CHECK(cells(*tables, QStringLiteral("time_to_first_contact"))
          == names({ "up_to_1=1", "2=0", "3=0", "more_than_3=0", "*=1" }));
    CHECK(cells(*tables, QStringLiteral("first_contact_within_target")) == names({ "met=1", "missed=0", "*=1" }));
}

TEST_CASE("Statistics by site split every table so that the sites add up to the program", "[statistics][sites]")
{
    StatisticsFixture fixture;
    VaultSession& session = *fixture.session;
    // One site: there is nothing to split.
    auto single = StatisticsService(session).tablesBySite(period(QStringLiteral("2026-03")));
    REQUIRE_FALSE(single);
    CHECK(single.error().code == ErrorCode::InvalidInput);

    // Bob, Carol and Alice's second request (the same physician as her first, at main) go to north, with the daily
    // group and Casey.
    const qint64 north = northSite(session, "'2026-03-05', '2026-03-10', '2026-03-20'");
    sql(session, QStringLiteral("UPDATE peer_groups SET site_id = ? WHERE name = 'Daily circle'"), { north });
    sql(session, QStringLiteral("UPDATE supporters SET site_id = ? WHERE id = ?"), { north, fixture.casey });

    const QList<StatTable> program = fixture.tables(QStringLiteral("2026-03"));
    auto split = StatisticsService(session).tablesBySite(period(QStringLiteral("2026-03")));
    INFO((split ? QString() : split.error().message).toStdString());
    REQUIRE(split);
    // Every additive table but the group ones, in the program's order.
    QStringList expected;
    for (const StatTable& whole : program) {
        if (whole.additive && !whole.id.startsWith(QLatin1String("group_")))
            expected << whole.id;
    }
    CHECK(expected.size() == program.size() - 12);
    CHECK_FALSE(expected.contains(QStringLiteral("requests_by_reason")));
    CHECK_FALSE(expected.contains(QStringLiteral("trend_12_months")));
    REQUIRE(ids(*split) == expected);
    const QStringList codes{ QStringLiteral("main"), QStringLiteral("north") };
    for (const StatTable& bySite : *split) {
        const StatTable& whole = table(program, bySite.id);
        INFO(whole.id.toStdString());
        CHECK(bySite.dimensions == QStringList(whole.dimensions) << QStringLiteral("site"));
        CHECK(bySite.additive == whole.additive);
        CHECK(bySite.cells.size() == whole.cells.size() * 3);
        for (const StatCell& cell : whole.cells) {
            INFO(cell.key.join(QLatin1Char('/')).toStdString());
            const StatCell* margin = bySite.cell(QStringList(cell.key) << QStringLiteral("*"));
            REQUIRE(margin);
            CHECK(margin->value == cell.value); // the program's own figure
            if (whole.kind != StatKind::Count || !whole.additive)
                continue;
            double sum = 0;
            for (const QString& code : codes) {
                const StatCell* part = bySite.cell(QStringList(cell.key) << code);
                REQUIRE(part);
                REQUIRE(part->value);
                sum += *part->value;
            }
            CHECK(sum == *cell.value); // the sites add up to the program
        }
    }
    // Alice asked at both sites: counted once, at the site of her first request in March (main).
    const StatTable& total = table(*split, QStringLiteral("requests_total"));
    CHECK(cells(*split, QStringLiteral("requests_total")) == names({ "main=2", "north=2", "*=4" }));
    REQUIRE(total.cell({ QStringLiteral("north") }));
    // Bob's escalations are north's; Jordan's conversation is main's; Casey is paused at north.
    const auto valueAt = [&split](const char* id, const QStringList& key) {
        const StatCell* cell = table(*split, QLatin1String(id)).cell(key);
        REQUIRE(cell);
        return cell->value.value_or(-1);
    };
    CHECK(valueAt("escalations", { QStringLiteral("*"), QStringLiteral("main") }) == 0.0);
    CHECK(valueAt("escalations", { QStringLiteral("*"), QStringLiteral("north") }) == 2.0); // at triage, and later
    CHECK(valueAt("conversations_held", { QStringLiteral("*"), QStringLiteral("main") }) == 1.0);
    CHECK(valueAt("roster_by_status", { QStringLiteral("paused"), QStringLiteral("north") }) == 1.0);
}

TEST_CASE("A release by site is a series of its own in the ledger and is protected with the program's",
          "[statistics][sites]")
{
    StatisticsFixture fixture;
    VaultSession& session = *fixture.session;
    northSite(session, "'2026-03-05', '2026-03-10'");
    const StatPeriod march = period(QStringLiteral("2026-03"));
    StatisticsPublisher publisher(session);
    auto whole = publisher.publish(march, 5);
    REQUIRE(whole);
    CHECK_FALSE(whole->bySite());
    auto bySite = publisher.publish(march, 5, true);
    INFO((bySite ? QString() : bySite.error().message).toStdString());
    REQUIRE(bySite);
    CHECK(bySite->bySite());
    CHECK(bySite->revision == 0);
    CHECK(bySite->audit.passed);
    // Every figure the program's release published is the same where the release by site publishes it (the tables
    // it carries).
    for (const StatTable& t : whole->tables) {
        if (!t.additive || t.id.startsWith(QLatin1String("group_")))
            continue;
        for (const StatCell& cell : t.cells) {
            const StatCell* margin = nullptr;
            for (const StatTable& s : bySite->tables) {
                if (s.id == t.id)
                    margin = s.cell(QStringList(cell.key) << QStringLiteral("*"));
            }
            REQUIRE(margin);
            if (!cell.suppressed && !margin->suppressed)
                CHECK(margin->value == cell.value);
        }
    }
    StatisticsService statistics(session);
    auto latest = statistics.latest(QStringLiteral("2026-03/sites"));
    REQUIRE(latest);
    REQUIRE(*latest);
    auto program = statistics.latest(QStringLiteral("2026-03"));
    REQUIRE(program);
    REQUIRE(*program); // not replaced by the release by site
    auto all = statistics.all();
    REQUIRE(all);
    CHECK(all->size() == 2);
    // Frozen: asked again, the same release.
    auto again = publisher.publish(march, 5, true);
    REQUIRE(again);
    CHECK(again->revision == 0);
    CHECK(again->generatedAt == bySite->generatedAt);
    CHECK_FALSE(statistics.record(QStringLiteral("2026-03/regions"), 5, fixture.vault.clock().nowUtc(), "{}"));
}

TEST_CASE("A release by site waits for the program's revision when a figure the program published has changed",
          "[statistics][sites]")
{
    StatisticsFixture fixture;
    VaultSession& session = *fixture.session;
    const qint64 north = northSite(session, "'2026-03-05', '2026-03-10'");
    const StatPeriod march = period(QStringLiteral("2026-03"));
    StatisticsPublisher publisher(session);
    StatisticsService statistics(session);
    // With k = 3 the program's release publishes its 4 physicians of March, and the release by site is published
    // beside it.
    auto lower = publisher.publish(march, 3);
    REQUIRE(lower);
    REQUIRE(lower->tables.constFirst().cells.constFirst().value == 4.0);
    auto lowerBySite = publisher.publish(march, 3, true);
    INFO((lowerBySite ? QString() : lowerBySite.error().message).toStdString());
    REQUIRE(lowerBySite);
    // A request entered late for March: the 4 published is no longer true, and a release by site beside it would
    // contradict it. Refused, nothing recorded, until the program's revision is published.
    NewRequest late = sampleRequest(at(2026, 3, 25), QStringLiteral("Lee Late"), QStringLiteral("lee@example.org"));
    late.siteId = north;
    REQUIRE(RequestService(session).intake(late));
    auto refused = publisher.publish(march, 3, true);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("publish the program's statistics of 2026-03 again first")));
    auto latestBySite = statistics.latest(QStringLiteral("2026-03/sites"));
    REQUIRE(latestBySite);
    CHECK(**latestBySite == StatisticsExport::toJson(*lowerBySite)); // nothing recorded
    auto revised = publisher.publish(march, 3);
    REQUIRE(revised);
    CHECK(revised->revision == lower->revision + 1);
    auto bySiteAgain = publisher.publish(march, 3, true);
    INFO((bySiteAgain ? QString() : bySiteAgain.error().message).toStdString());
    REQUIRE(bySiteAgain);
    CHECK(bySiteAgain->revision == lowerBySite->revision + 1);
}

TEST_CASE("The statistics ledger keeps every revision of a period", "[statistics]")
{
    TempVault vault;
    auto session = vault.unlock();
    StatisticsService statistics(*session);
    const QDateTime generated = vault.clock().nowUtc();

    auto none = statistics.latest(QStringLiteral("2026-02"));
    REQUIRE(none);
    CHECK_FALSE(*none);

    const QByteArray first = R"({"period":"2026-02","tables":[]})";
    auto revision = statistics.record(QStringLiteral("2026-02"), 5, generated, first);
    REQUIRE(revision);
    CHECK(*revision == 0);
    auto latest = statistics.latest(QStringLiteral("2026-02"));
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK(**latest == first);

    // The caller records a new revision only when the content differs: the same content is already the latest.
    CHECK(**latest == first);
    const QByteArray corrected = R"({"period":"2026-02","tables":[{"id":"requests_total"}]})";
    revision = statistics.record(QStringLiteral("2026-02"), 5, generated.addDays(1), corrected);
    REQUIRE(revision);
    CHECK(*revision == 1);
    REQUIRE(statistics.record(QStringLiteral("2026-Q1"), 5, generated, first));

    latest = statistics.latest(QStringLiteral("2026-02"));
    REQUIRE(latest);
    CHECK(**latest == corrected);
    auto all = statistics.all();
    REQUIRE(all);
    CHECK(*all == QList<QByteArray>{ corrected, first });

    auto audited = session->database().exec(
        QStringLiteral("SELECT count(*), min(entity_type) FROM audit_log WHERE action = 'statistics.released'"));
    REQUIRE(audited);
    REQUIRE(audited->next());
    CHECK(audited->value(0).toInt() == 3);
    CHECK(audited->value(1).toString() == QLatin1String("stat_release"));
    auto stored = session->database().exec(
        QStringLiteral("SELECT content_sha256 FROM stat_releases WHERE period = '2026-02' AND revision = 0"));
    REQUIRE(stored);
    REQUIRE(stored->next());
    CHECK(stored->value(0).toString()
          == QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));

    auto badPeriod = statistics.record(QStringLiteral("2026-13"), 5, generated, first);
    REQUIRE_FALSE(badPeriod);
    CHECK(badPeriod.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Reporting users may compute statistics and record releases", "[statistics]")
{
    StatisticsFixture fixture;
    fixture.session.reset();
    fixture.session = fixture.vault.unlockAs(Role::Reporting);
    REQUIRE(fixture.session->user().role == Role::Reporting);
    const QList<StatTable> march = fixture.tables(QStringLiteral("2026-03"));
    CHECK(single(march, QStringLiteral("requests_total")) == QLatin1String("4"));
    auto revision = StatisticsService(*fixture.session)
                        .record(QStringLiteral("2026-03"), 5, fixture.vault.clock().nowUtc(), QByteArray("{}"));
    REQUIRE(revision);
    CHECK(*revision == 0);
}

TEST_CASE("Statistics do not depend on identity columns and survive the purge", "[statistics]")
{
    StatisticsFixture fixture;
    const auto values = [&fixture](const QString& key) {
        QStringList result;
        for (const StatTable& t : fixture.tables(key))
            result << t.id + QLatin1Char(':') + cells({ t }, t.id).join(QLatin1Char(','));
        return result;
    };
    const QStringList before = values(QStringLiteral("2026-Q1"));
    // What retention does to every request, and more: the repeat keys stay, so distinct physicians stay distinct.
    sql(*fixture.session,
        QStringLiteral("UPDATE requests SET name_ct = NULL, email_ct = NULL, phone_ct = NULL, "
                       "best_time_ct = NULL, institution_ct = NULL"));
    sql(*fixture.session, QStringLiteral("UPDATE supporters SET name_ct = NULL, email_ct = NULL, phone_ct = NULL"));
    CHECK(values(QStringLiteral("2026-Q1")) == before);
}
