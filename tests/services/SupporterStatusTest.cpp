#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/AuditViewer.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"

using namespace peerdesk;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

TEST_CASE("Status and pause change together and only where they differ", "[roster][status]")
{
    TempVault vault; // today is Monday 2 March 2026
    auto session = vault.unlock();
    SupporterService roster(*session);
    auto id = roster.add(sampleSupporter(QStringLiteral("Dana Soon"), QStringLiteral("dana@example.org")));
    REQUIRE(id);
    AuditFilter supporterEvents;
    supporterEvents.actionPrefix = QStringLiteral("supporter.");
    const qint64 before = AuditViewer(*session).count(supporterEvents).value();

    REQUIRE(roster.setStatusAndPause(*id, QStringLiteral("paused"), QDate(2026, 4, 1)));
    auto stored = roster.get(*id);
    REQUIRE(stored);
    CHECK(stored->status == QLatin1String("paused"));
    CHECK(stored->pausedUntil == QDate(2026, 4, 1));
    CHECK(AuditViewer(*session).count(supporterEvents).value() == before + 2);

    // The same state again changes and audits nothing.
    REQUIRE(roster.setStatusAndPause(*id, QStringLiteral("paused"), QDate(2026, 4, 1)));
    CHECK(AuditViewer(*session).count(supporterEvents).value() == before + 2);

    // A pause that has already ended counts as none: restoring it resumes.
    REQUIRE(roster.setStatusAndPause(*id, QStringLiteral("active"), QDate(2026, 2, 1)));
    stored = roster.get(*id);
    REQUIRE(stored);
    CHECK(stored->status == QLatin1String("active"));
    CHECK_FALSE(stored->pausedUntil.isValid());

    // Refused as a whole: an unknown status leaves the pause as it was.
    REQUIRE(roster.setStatusAndPause(*id, QStringLiteral("active"), QDate(2026, 5, 1)));
    REQUIRE_FALSE(roster.setStatusAndPause(*id, QStringLiteral("on_holiday"), QDate()));
    CHECK(roster.get(*id).value().pausedUntil == QDate(2026, 5, 1));
}

TEST_CASE("Only the latest record of each course counts for the next refresher", "[roster][training]")
{
    Supporter supporter = sampleSupporter(QStringLiteral("Lee Later"), QStringLiteral("lee@example.org"));
    supporter.training = {
        { 0, QStringLiteral("Safety planning"), true, QDate(2024, 1, 1), QDate(2025, 1, 1) },
        { 0, QStringLiteral("safety planning"), true, QDate(2026, 1, 1), QDate(2027, 1, 1) },
        { 0, QStringLiteral("Peer support basics"), true, QDate(2025, 6, 1), QDate(2026, 6, 1) },
        { 0, QStringLiteral("Orientation"), false, QDate(2025, 6, 1), QDate() },
    };
    CHECK(currentTraining(supporter).size() == 3);
    CHECK(nextRefresherDue(supporter) == QDate(2026, 6, 1));
    supporter.training.removeAt(2);
    CHECK(nextRefresherDue(supporter) == QDate(2027, 1, 1));
}

TEST_CASE("A supporter becomes active only with every course the program requires", "[roster][training]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService roster(*session);
    // Empty by default: a program names its own courses.
    CHECK(ProgramSettings(session->database()).list(QLatin1String(ProgramSettings::RequiredCourses))->isEmpty());
    REQUIRE(
        ProgramSettings(session->database())
            .set(QLatin1String(ProgramSettings::RequiredCourses), QStringLiteral("Peer support basics; Suicide risk")));

    Supporter nominee = sampleSupporter(QStringLiteral("Noa New"), QStringLiteral("noa@example.org"));
    nominee.status = QStringLiteral("nominated");
    auto id = roster.add(nominee);
    REQUIRE(id);
    auto refused = roster.setStatus(*id, QStringLiteral("active"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("Peer support basics; Suicide risk")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Noa")));

    TrainingRecord basics;
    basics.course = QStringLiteral("Peer support basics");
    basics.completedOn = QDate(2026, 2, 1);
    REQUIRE(roster.addTraining(*id, basics));
    refused = roster.setStatus(*id, QStringLiteral("active"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Suicide risk")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("basics")));
    CHECK(roster.get(*id)->status == QLatin1String("nominated"));

    TrainingRecord risk = basics;
    risk.course = QStringLiteral("SUICIDE RISK");
    REQUIRE(roster.addTraining(*id, risk));
    REQUIRE(roster.setStatus(*id, QStringLiteral("active")));
    CHECK(roster.get(*id)->status == QLatin1String("active"));

    // Added as active at once (a form, an import): the same rule, with the training given alongside.
    Supporter straightIn = sampleSupporter(QStringLiteral("Ari Away"), QStringLiteral("ari@example.org"));
    straightIn.status = QStringLiteral("active");
    auto untrained = roster.add(straightIn);
    REQUIRE_FALSE(untrained);
    CHECK(untrained.error().message.contains(QStringLiteral("Peer support basics")));
    straightIn.training = { basics, risk };
    CHECK(roster.add(straightIn));
}
