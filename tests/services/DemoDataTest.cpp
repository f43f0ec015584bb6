#include "services/DemoData.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "services/GroupService.h"
#include "services/RequestService.h"
#include "services/SupporterService.h"

#include <QElapsedTimer>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

// A session on the demo clock, which runs on the test vault's fake clock.
std::unique_ptr<VaultSession> openOn(TempVault& vault, const Clock& clock)
{
    auto key = vault::unwrapWithPassphrase(vault.directory(), QLatin1String(TempVault::Login),
                                           TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    auto session = vault::open(std::move(*key), clock);
    REQUIRE(session);
    return std::move(*session);
}

// What a coordinator sees in the lists: enough to tell two demos apart.
QStringList listing(VaultSession& session)
{
    QStringList lines;
    auto supporters = SupporterService(session).list();
    REQUIRE(supporters);
    for (const Supporter& s : std::as_const(*supporters))
        lines.append(QStringLiteral("S %1 %2 %3 %4").arg(s.id).arg(s.name, s.email, s.status));
    auto requests = RequestService(session).list();
    REQUIRE(requests);
    for (const SupportRequest& r : std::as_const(*requests)) {
        lines.append(QStringLiteral("R %1 %2 %3 %4 %5")
                         .arg(r.id)
                         .arg(r.receivedAt.toString(Qt::ISODate), r.identity.name, requestStatusKey(r.status),
                              r.outcome ? closeOutcomeKey(*r.outcome) : QString()));
    }
    return lines;
}

} // namespace

TEST_CASE("Demo data covers every request status, outcome and the rest of the program", "[demo]")
{
    TempVault vault;
    DemoClock clock(vault.clock());
    auto session = openOn(vault, clock);
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoData::generate(*session, clock, DemoOptions{});
    REQUIRE(summary);
    INFO("demo took " << timer.elapsed() << " ms");
    for (auto it = summary->requestsByStatus.cbegin(); it != summary->requestsByStatus.cend(); ++it)
        UNSCOPED_INFO(requestStatusKey(it.key()).toStdString() << ": " << it.value());
    for (auto it = summary->requestsByOutcome.cbegin(); it != summary->requestsByOutcome.cend(); ++it)
        UNSCOPED_INFO(closeOutcomeKey(it.key()).toStdString() << ": " << it.value());
    for (auto it = summary->supportersByStatus.cbegin(); it != summary->supportersByStatus.cend(); ++it)
        UNSCOPED_INFO(it.key().toStdString() << ": " << it.value());
    CHECK(timer.elapsed() < 30000);

    CHECK(summary->supporters == DemoOptions::DefaultSupporters);
    CHECK(summary->requests == DemoOptions::DefaultRequests);
    for (RequestStatus status : allRequestStatuses) {
        INFO(requestStatusKey(status).toStdString());
        CHECK(summary->requestsByStatus.value(status) > 0);
    }
    for (CloseOutcome outcome : allCloseOutcomes) {
        INFO(closeOutcomeKey(outcome).toStdString());
        CHECK(summary->requestsByOutcome.value(outcome) > 0);
    }
    CHECK(summary->supportersByStatus.value(QStringLiteral("active")) > summary->supporters / 2);
    CHECK(summary->supportersByStatus.value(QStringLiteral("nominated")) > 0);
    CHECK(summary->supportersByStatus.value(QStringLiteral("in_training")) > 0);
    CHECK(summary->supportersByStatus.value(QStringLiteral("retired")) > 0);
    CHECK(summary->supportersByStatus.value(QStringLiteral("paused")) > 0);
    CHECK(summary->trainingRecords > summary->supporters);
    CHECK(summary->expiredTraining > 0);
    CHECK(summary->debriefs > 0);
    CHECK(summary->matches > summary->requests / 2);
    CHECK(summary->declinedMatches > 0);
    CHECK(summary->heldConversations > summary->requests / 2);
    CHECK(summary->groups == 2);
    CHECK(summary->heldOccurrences > 10);

    // The history spans the last two years and nothing lies in the future.
    auto requests = RequestService(*session).list();
    REQUIRE(requests);
    const QDateTime now = vault.clock().nowUtc();
    QDateTime oldest = now;
    for (const SupportRequest& r : std::as_const(*requests)) {
        CHECK(r.receivedAt <= now);
        oldest = std::min(oldest, r.receivedAt);
        if (r.closedAt.isValid())
            CHECK(r.closedAt <= now);
        CHECK(r.identity.email.endsWith(QLatin1String("@example.com")));
    }
    CHECK(oldest < now.addDays(-600));
    CHECK(oldest >= now.addDays(-731));
    // The session is back on the real clock.
    CHECK(clock.nowUtc() == now);
    REQUIRE(session->verify());
    CHECK(session->verify()->ok);
}

TEST_CASE("Demo data is the same for the same seed and differs for another", "[demo]")
{
    const DemoOptions options{ 7, 12, 60 };
    TempVault first;
    DemoClock firstClock(first.clock());
    auto a = openOn(first, firstClock);
    REQUIRE(DemoData::generate(*a, firstClock, options));

    TempVault second;
    DemoClock secondClock(second.clock());
    auto b = openOn(second, secondClock);
    REQUIRE(DemoData::generate(*b, secondClock, options));
    CHECK(listing(*a) == listing(*b));

    TempVault third;
    DemoClock thirdClock(third.clock());
    auto c = openOn(third, thirdClock);
    REQUIRE(DemoData::generate(*c, thirdClock, DemoOptions{ 8, 12, 60 }));
    CHECK(listing(*a) != listing(*c));
}

TEST_CASE("Demo data only goes into an empty vault", "[demo]")
{
    TempVault vault;
    DemoClock clock(vault.clock());
    auto session = openOn(vault, clock);
    Supporter real;
    real.name = QStringLiteral("Real Person");
    real.email = QStringLiteral("real@example.org");
    real.specialty = QStringLiteral("Surgery");
    real.careerStage = QStringLiteral("mid_career");
    real.languages = { QStringLiteral("en") };
    REQUIRE(SupporterService(*session).add(real));

    auto refused = DemoData::generate(*session, clock, DemoOptions{ 1, 5, 10 });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("empty vault")));
    auto supporters = SupporterService(*session).list();
    REQUIRE(supporters);
    CHECK(supporters->size() == 1);
    auto requests = RequestService(*session).list();
    REQUIRE(requests);
    CHECK(requests->isEmpty());
}

TEST_CASE("Demo sizes are limited and the demo clock is required", "[demo]")
{
    CHECK(DemoData::validate(DemoOptions{}));
    CHECK(DemoData::validate(DemoOptions{ 1, DemoOptions::MaxSupporters, DemoOptions::MaxRequests }));
    CHECK(DemoData::validate(DemoOptions{ 1, 1, 0 }));
    for (const DemoOptions& options :
         { DemoOptions{ 1, 0, 10 }, DemoOptions{ 1, DemoOptions::MaxSupporters + 1, 10 }, DemoOptions{ 1, 10, -1 },
           DemoOptions{ 1, 10, DemoOptions::MaxRequests + 1 } }) {
        auto refused = DemoData::validate(options);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::InvalidInput);
    }

    TempVault vault;
    auto session = vault.unlock(); // on the plain clock
    DemoClock clock(vault.clock());
    auto refused = DemoData::generate(*session, clock, DemoOptions{ 1, 5, 10 });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Usage);
}
