#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/DashboardService.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

// Noon UTC on a day of the fake clock's week (Monday 2 March 2026), far from any time zone's midnight.
QDateTime noon(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

qint64 intake(VaultSession& session, const QDateTime& receivedAt, bool colleagueWithoutConsent = false)
{
    NewRequest request = sampleRequest(receivedAt);
    if (colleagueWithoutConsent) {
        request.referralType = QStringLiteral("colleague");
        request.consentConfirmed = false;
    }
    auto id = RequestService(session).intake(request);
    REQUIRE(id);
    return *id;
}

QList<qint64> ids(const DashboardRows& rows)
{
    QList<qint64> result;
    for (const DashboardRow& row : rows.rows)
        result << row.id;
    return result;
}

} // namespace

TEST_CASE("The dashboard lists requests by what they wait for, oldest first", "[dashboard]")
{
    TempVault vault; // the clock reads Monday 2 March 2026, 09:30 UTC
    auto session = vault.unlock();
    const qint64 fresh = intake(*session, vault.clock().nowUtc());
    const qint64 dueToday = intake(*session, noon(2, 26)); // Thursday: due by the end of Monday
    const qint64 overdueLater = intake(*session, noon(2, 25)); // Wednesday: due Friday
    const qint64 overdueFirst = intake(*session, noon(2, 24)); // Tuesday: due Thursday
    const qint64 referral = intake(*session, noon(2, 20), true);

    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(overview->today == QDate(2026, 3, 2));
    CHECK(ids(overview->newRequests) == QList<qint64>{ overdueFirst, overdueLater, dueToday, fresh });
    CHECK(overview->newRequests.count == 4);
    CHECK(ids(overview->awaitingConsent) == QList<qint64>{ referral });
    // The referral received ten days ago awaits consent: nobody may call yet, so it is not overdue.
    CHECK(ids(overview->contactOverdue) == QList<qint64>{ overdueFirst, overdueLater });
    CHECK(overview->contactOverdue.rows.at(0).date == QDate(2026, 2, 26));
    CHECK(ids(overview->contactDueToday) == QList<qint64>{ dueToday });

    // Its clock starts at the consent: given on Thursday, it is due today, like a request received then.
    REQUIRE(RequestService(*session).recordConsent(referral, noon(2, 26)));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->contactDueToday) == QList<qint64>{ dueToday, referral });
    CHECK(ids(overview->contactOverdue) == QList<qint64>{ overdueFirst, overdueLater });

    // A request that is closed (here: withdrawn) no longer waits for contact.
    REQUIRE(RequestService(*session).close(overdueFirst, CloseOutcome::Withdrawn));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->contactOverdue) == QList<qint64>{ overdueLater });
}

TEST_CASE("The dashboard counts everything but returns only the first rows", "[dashboard]")
{
    TempVault vault;
    auto session = vault.unlock();
    for (int i = 0; i < 7; ++i)
        intake(*session, vault.clock().nowUtc().addSecs(-60 * (i + 1)));
    auto overview = DashboardService(*session).overview(3);
    REQUIRE(overview);
    CHECK(overview->newRequests.count == 7);
    CHECK(overview->newRequests.rows.size() == 3);
}

TEST_CASE("The dashboard warns of identities purged within a week, except under legal hold", "[dashboard]")
{
    TempVault vault; // retention: 30 days after closing
    auto session = vault.unlock();
    RequestService requests(*session);
    const qint64 soon = intake(*session, noon(1, 20));
    const qint64 held = intake(*session, noon(1, 21));
    const qint64 recent = intake(*session, noon(2, 20));
    REQUIRE(requests.close(soon, CloseOutcome::Withdrawn, {}, noon(2, 2)));
    REQUIRE(requests.close(held, CloseOutcome::Withdrawn, {}, noon(2, 2)));
    REQUIRE(requests.setLegalHold(held, true));
    REQUIRE(requests.close(recent, CloseOutcome::Withdrawn, {}, noon(2, 25)));

    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->purgeSoon) == QList<qint64>{ soon });
    CHECK(overview->purgeSoon.rows.first().date == QDate(2026, 3, 4));
}

TEST_CASE("The dashboard lists supporters whose refresher is due within 30 days or overdue", "[dashboard]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService roster(*session);
    auto dueSoon = roster.add(sampleSupporter(QStringLiteral("Dana Soon"), QStringLiteral("dana@example.org")));
    auto dueLater = roster.add(sampleSupporter(QStringLiteral("Lee Later"), QStringLiteral("lee@example.org")));
    REQUIRE(dueSoon);
    REQUIRE(dueLater);
    REQUIRE(roster.addTraining(
        *dueSoon,
        TrainingRecord{ 0, QStringLiteral("Peer support basics"), true, QDate(2025, 3, 20), QDate(2026, 3, 20) }));
    REQUIRE(roster.addTraining(
        *dueLater,
        TrainingRecord{ 0, QStringLiteral("Peer support basics"), true, QDate(2025, 6, 1), QDate(2026, 6, 1) }));
    // An older record of the same course does not count once a refresher was taken.
    REQUIRE(roster.addTraining(
        *dueLater, TrainingRecord{ 0, QStringLiteral("Safety planning"), true, QDate(2024, 1, 1), QDate(2025, 1, 1) }));
    REQUIRE(roster.addTraining(
        *dueLater, TrainingRecord{ 0, QStringLiteral("Safety planning"), true, QDate(2026, 1, 1), QDate(2027, 1, 1) }));

    auto overview = DashboardService(*session).overview();
    REQUIRE(overview);
    REQUIRE(ids(overview->trainingDue) == QList<qint64>{ *dueSoon });
    CHECK(overview->trainingDue.rows.first().extra == QLatin1String("Peer support basics"));
    CHECK(overview->trainingDue.rows.first().date == QDate(2026, 3, 20));

    // Without the refresher (removed, say, as entered by mistake) the older record counts again; moved back to a
    // later date, the refresher is the latest once more.
    auto refresher = session->database().exec(
        QStringLiteral("SELECT id FROM supporter_training WHERE supporter_id = ? AND completed_on = '2026-01-01'"),
        { *dueLater });
    REQUIRE(refresher);
    REQUIRE(refresher->next());
    const qint64 refresherId = refresher->value(0).toLongLong();
    REQUIRE(session->database().exec(QStringLiteral("UPDATE supporter_training SET completed_on = '2023-06-01' "
                                                    "WHERE id = ?"),
                                     { refresherId }));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->trainingDue) == QList<qint64>{ *dueLater, *dueSoon });
    REQUIRE(session->database().exec(QStringLiteral("UPDATE supporter_training SET completed_on = '2026-01-01' "
                                                    "WHERE id = ?"),
                                     { refresherId }));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->trainingDue) == QList<qint64>{ *dueSoon });
    REQUIRE(session->database().exec(QStringLiteral("DELETE FROM supporter_training WHERE id = ?"), { refresherId }));
    overview = DashboardService(*session).overview();
    REQUIRE(overview);
    CHECK(ids(overview->trainingDue) == QList<qint64>{ *dueLater, *dueSoon });
}

TEST_CASE("Reporting users cannot see the dashboard", "[dashboard]")
{
    TempVault vault;
    auto session = vault.unlock();
    session.reset();
    session = vault.unlockAs(Role::Reporting);
    auto overview = DashboardService(*session).overview();
    REQUIRE_FALSE(overview);
    CHECK(overview.error().code == ErrorCode::NotPermitted);
}
