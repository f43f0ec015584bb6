// A month of a two-site program whose supporters record their own steps on the program server (issue 28, "Done
// when", all of it but the "why" hidden from the server): each site sees only itself, each supporter only their own
// matches, and the program's statistics are those of a local vault where coordinators keyed in the same steps.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "FakeClock.h"
#include "ServerSupport.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/services/SupporterWorkService.h"
#include "core/vault/ServerProfile.h"

#include <map>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

QDateTime march(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}

// The same program twice: on a server, where supporters record their own steps, and in a local vault, where the
// coordinator keys them in. One fake clock drives both, so that every row has the same times.
struct TwinPrograms
{
    TwoCoordinators program;
    FakeClock clock{ QDateTime(QDate(2026, 2, 20), QTime(9, 0), Qt::UTC) };
    TempVault local;
    std::unique_ptr<VaultSession> coordinator; // the local vault's administrator, keying in everything
    std::unique_ptr<VaultSession> alex;
    std::unique_ptr<VaultSession> dana; // coordinates the main site
    std::unique_ptr<VaultSession> sam; // coordinates the north site
    std::unique_ptr<VaultSession> rita; // reporting
    std::map<QString, std::unique_ptr<VaultSession>> supporters; // by login
    QHash<QString, qint64> roster; // supporter id by login, the same in both programs
    qint64 north = 0;

    TwinPrograms()
    {
        const QString samPassphrase = QStringLiteral("northern lights 58 harbour sam");
        const QString ritaPassphrase = QStringLiteral("pewter meadow lantern 85 rita");
        alex = signIn(QStringLiteral("alex"), program.alexPassphrase);
        auto added = SiteService(*alex).add(QStringLiteral("north"), QStringLiteral("North"));
        REQUIRE(added);
        north = *added;
        program.enrol(QStringLiteral("sam"), Role::Coordinator, samPassphrase, { QStringLiteral("north") });
        program.enrol(QStringLiteral("rita"), Role::Reporting, ritaPassphrase);
        dana = signIn(QStringLiteral("dana"), program.danaPassphrase);
        sam = signIn(QStringLiteral("sam"), samPassphrase);
        rita = signIn(QStringLiteral("rita"), ritaPassphrase);
        local.clock().set(clock.nowUtc());
        coordinator = local.unlock();
        auto localNorth = SiteService(*coordinator).add(QStringLiteral("north"), QStringLiteral("North"));
        REQUIRE(localNorth);
        REQUIRE(*localNorth == north);
        // Three supporters, two at the main site and one at North, each with an account on the server.
        for (const auto& [login, name, site] :
             { std::tuple{ "jordan", "Jordan Lee", qint64(Site::First) },
               std::tuple{ "kim", "Kim Roy", qint64(Site::First) }, std::tuple{ "lee", "Lee Gagnon", north } }) {
            Supporter supporter
                = sampleSupporter(QLatin1String(name), QLatin1String(login) + QStringLiteral("@example.org"));
            supporter.siteId = site;
            auto onServer = SupporterService(*alex).add(supporter);
            auto inVault = SupporterService(*coordinator).add(supporter);
            REQUIRE(onServer);
            REQUIRE(inVault);
            REQUIRE(*inVault == *onServer);
            roster.insert(QLatin1String(login), *onServer);
            const QString own = QStringLiteral("own words 4471 for ") + QLatin1String(login);
            program.enrol(QLatin1String(login), Role::Supporter, own, {}, *onServer);
            supporters.emplace(QLatin1String(login), signIn(QLatin1String(login), own));
        }
    }

    std::unique_ptr<VaultSession> signIn(const QString& login, const QString& passphrase)
    {
        auto key = vault::deriveServerKey(program.profile, login, TempVault::secret(passphrase));
        REQUIRE(key);
        auto session = vault::openOnServer(program.profile, std::move(*key), clock);
        if (!session)
            FAIL(session.error().message.toStdString());
        return std::move(*session);
    }

    void at(const QDateTime& moment)
    {
        clock.set(moment);
        local.clock().set(moment);
    }

    SupporterWorkService work(const char* login) { return SupporterWorkService(*supporters.at(QLatin1String(login))); }

    // The request taken in and triaged at its site on both; its number, the same on both.
    qint64 arrives(VaultSession& siteCoordinator, const QDateTime& when, const QString& name, qint64 site)
    {
        at(when);
        NewRequest request = sampleRequest(
            when, name, name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org"));
        request.siteId = site;
        auto onServer = RequestService(siteCoordinator).intake(request);
        auto inVault = RequestService(*coordinator).intake(request);
        REQUIRE(onServer);
        REQUIRE(inVault);
        REQUIRE(*inVault == *onServer);
        at(when.addSecs(3600));
        REQUIRE(RequestService(siteCoordinator).triage(*onServer, {}));
        REQUIRE(RequestService(*coordinator).triage(*onServer, {}));
        return *onServer;
    }

    // Matched on both; the match's number on the server.
    qint64 matched(VaultSession& siteCoordinator, qint64 request, const char* supporter, const QDateTime& when)
    {
        at(when);
        REQUIRE(MatchingService(siteCoordinator).assign(request, roster.value(QLatin1String(supporter))));
        REQUIRE(MatchingService(*coordinator).assign(request, roster.value(QLatin1String(supporter))));
        auto live = MatchingService(siteCoordinator).liveMatch(request);
        REQUIRE(live);
        REQUIRE(*live);
        return (*live)->id;
    }
};

} // namespace

TEST_CASE("A two-site month whose supporters record their own steps: each site and supporter sees only their own, "
          "and the statistics are a local run's",
          "[server][supporters][month]")
{
    TwinPrograms t;
    VaultSession& local = *t.coordinator;
    const qint64 robin = t.arrives(*t.dana, march(2, 14), QStringLiteral("Robin Tremblay"), Site::First);
    const qint64 morgan = t.arrives(*t.dana, march(3, 10), QStringLiteral("Morgan Diaz"), Site::First);
    const qint64 sasha = t.arrives(*t.sam, march(4, 9), QStringLiteral("Sasha Roy"), t.north);
    const qint64 alix = t.arrives(*t.sam, march(9, 16), QStringLiteral("Alix Morin"), t.north);

    // Robin: Jordan accepts, calls the next day, books and holds a conversation.
    const qint64 robinMatch = t.matched(*t.dana, robin, "jordan", march(3, 9));
    t.at(march(3, 12));
    REQUIRE(t.work("jordan").accept(robinMatch));
    REQUIRE(MatchingService(local).accept(robin));
    t.at(march(4, 15));
    REQUIRE(t.work("jordan").recordFirstContact(robinMatch, march(4, 14)));
    REQUIRE(RequestService(local).recordFirstContact(robin, march(4, 14)));
    auto robinCall = t.work("jordan").book(robinMatch, march(6, 15), 30, QStringLiteral("phone"));
    REQUIRE(robinCall);
    ConversationRequest call{ robin, march(6, 15), 30, QStringLiteral("phone"), true };
    auto localCall = SchedulingService(local).schedule(call);
    REQUIRE(localCall);
    REQUIRE(localCall->id == robinCall->id);
    t.at(march(6, 16));
    REQUIRE(t.work("jordan").recordHeld(robinCall->id));
    REQUIRE(SchedulingService(local).setStatus(localCall->id, QStringLiteral("held")));

    // Morgan: Kim declines; Jordan takes it and reaches them.
    const qint64 morganFirst = t.matched(*t.dana, morgan, "kim", march(4, 9));
    t.at(march(4, 18));
    REQUIRE(t.work("kim").decline(morganFirst));
    REQUIRE(MatchingService(local).decline(morgan));
    const qint64 morganMatch = t.matched(*t.dana, morgan, "jordan", march(5, 9));
    t.at(march(5, 11));
    REQUIRE(t.work("jordan").accept(morganMatch));
    REQUIRE(MatchingService(local).accept(morgan));
    t.at(march(6, 10));
    REQUIRE(t.work("jordan").recordFirstContact(morganMatch, march(6, 9, 30)));
    REQUIRE(RequestService(local).recordFirstContact(morgan, march(6, 9, 30)));

    // Sasha (North): Lee accepts, reaches them, then (below) withdraws; the request goes back to be matched.
    const qint64 sashaMatch = t.matched(*t.sam, sasha, "lee", march(4, 13));
    t.at(march(4, 17));
    REQUIRE(t.work("lee").accept(sashaMatch));
    REQUIRE(MatchingService(local).accept(sasha));
    t.at(march(5, 12));
    REQUIRE(t.work("lee").recordFirstContact(sashaMatch, march(5, 11)));
    REQUIRE(RequestService(local).recordFirstContact(sasha, march(5, 11)));

    // Alix (North): Lee reaches them a week later, past the target, having withdrawn from Sasha meanwhile.
    const qint64 alixMatch = t.matched(*t.sam, alix, "lee", march(10, 11));
    t.at(march(10, 15));
    REQUIRE(t.work("lee").accept(alixMatch));
    REQUIRE(MatchingService(local).accept(alix));
    t.at(march(11, 10));
    REQUIRE(t.work("lee").stepAway(sashaMatch, QStringLiteral("supporter_withdrew")));
    REQUIRE(RequestService(local).endMatch(sasha, QStringLiteral("supporter_withdrew"), march(11, 10)));
    t.at(march(17, 10));
    REQUIRE(t.work("lee").recordFirstContact(alixMatch, march(17, 9)));
    REQUIRE(RequestService(local).recordFirstContact(alix, march(17, 9)));

    // Each site sees only itself; each supporter only their own live matches.
    t.at(march(31, 12));
    CHECK(*RequestService(*t.dana).count({}) == 2);
    CHECK(*RequestService(*t.sam).count({}) == 2);
    CHECK(*RequestService(*t.alex).count({}) == 4);
    CHECK(t.work("jordan").myMatches()->size() == 2);
    CHECK(t.work("kim").myMatches()->isEmpty());
    auto lees = t.work("lee").myMatches();
    REQUIRE(lees);
    REQUIRE(lees->size() == 1);
    REQUIRE(lees->constFirst().card);
    CHECK(lees->constFirst().card->firstName == QStringLiteral("Alix"));
    CHECK(countOf(t.program.server.owner(), QStringLiteral("SELECT count(*) FROM match_cards")) == 3);

    // The program's statistics, produced by its reporting user from the server, are the local run's.
    const StatPeriod period{ StatPeriod::Type::Month, 2026, 3 };
    const QStringList fromServer = statisticsOf(*t.rita, period);
    const QStringList fromVault = statisticsOf(local, period);
    REQUIRE_FALSE(fromServer.isEmpty());
    CHECK(fromServer == fromVault);
    // And not empty ones: the month's first contacts are all there.
    CHECK(fromServer.filter(QStringLiteral("first_contact")).size() > 0);
    auto report = t.alex->verify();
    REQUIRE(report);
    CHECK(report->problems.join(QLatin1Char('\n')).toStdString() == "");
}
