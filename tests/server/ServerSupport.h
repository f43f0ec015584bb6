#pragma once

#include "TempVault.h"
#include "TestServer.h"
#include "core/demo/DemoData.h"
#include "core/services/StatisticsService.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/ProgramCopy.h"
#include "core/vault/Vault.h"

#include <QStringList>

namespace peerdesk::test {

// The administrator's session of `vault`, opened with `clock` (a DemoClock for demo data), on the vault's file.
inline std::unique_ptr<VaultSession> openWith(TempVault& vault, const Clock& clock)
{
    return vault.unlockWith(clock);
}

// The session's program copied into `server`, the session going on there as a login of the administrators' group:
// what `server import` will do, without its keyring half.
inline void moveOntoServer(VaultSession& session, TestServer& server)
{
    auto copied = program_copy::copyAll(session.database(), server.owner());
    if (!copied)
        FAIL(copied.error().message.toStdString());
    session.continueOnServer(server.open(server.addLogin(QStringLiteral("admin"), QStringLiteral("administrator"))));
}

inline std::unique_ptr<VaultSession> sessionOnServer(TempVault& vault, const Clock& clock, TestServer& server)
{
    auto session = openWith(vault, clock);
    moveOntoServer(*session, server);
    return session;
}

// The one number a query answers (a count, an id), the query required to succeed.
inline qint64 countOf(Database& database, const QString& sql, const QVariantList& values = {})
{
    auto query = database.exec(sql, values);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

// Every statistics table of a month, cell by cell, as text: equal for two programs with the same rows.
inline QStringList statisticsOf(VaultSession& session, const StatPeriod& period)
{
    auto tables = StatisticsService(session).tables(period);
    REQUIRE(tables);
    QStringList lines;
    for (const StatTable& table : *tables) {
        for (const StatCell& cell : table.cells) {
            lines.append(QStringLiteral("%1|%2|%3|%4")
                             .arg(table.id, cell.key.join(QLatin1Char('/')),
                                  cell.value ? QString::number(*cell.value, 'g', 12) : QStringLiteral("-"))
                             .arg(cell.suppressed));
        }
    }
    return lines;
}

// A program made on the server by Alex, an administrator, with Dana, a coordinator who chose her own passphrase:
// two people who sign in from their own threads, connections and logins.
struct TwoCoordinators
{
    TestServer server;
    const QString alexPassphrase = QString::fromLatin1(TempVault::Passphrase);
    const QString danaPassphrase = QStringLiteral("orchard lantern 64 quietly dana");
    const ServerProfile profile = server.createProgram(QStringLiteral("alex"), alexPassphrase);
    const SystemClock clock;

    TwoCoordinators() { enrol(QStringLiteral("dana"), Role::Coordinator, danaPassphrase); }

    // Alex adds the person with an initial passphrase; they sign in once and choose their own.
    void enrol(const QString& login, Role role, const QString& ownPassphrase, const QStringList& sites = {},
               qint64 supporterId = 0) const
    {
        auto alex = signIn(QStringLiteral("alex"), alexPassphrase);
        REQUIRE(alex);
        const QString initial = QStringLiteral("initial words for %1 8812").arg(login);
        NewUser person;
        person.login = login;
        person.role = role;
        person.initialPassphrase = TempVault::secret(initial);
        person.sites = sites;
        person.supporterId = supporterId;
        auto added = UserService(**alex).add(person);
        if (!added)
            FAIL(added.error().message.toStdString());
        auto first = signIn(login, initial);
        if (!first)
            FAIL(first.error().message.toStdString());
        REQUIRE((*first)->changePassphrase(TempVault::secret(ownPassphrase)));
    }

    Result<std::unique_ptr<VaultSession>> signIn(const QString& login, const QString& secret) const
    {
        auto key = vault::deriveServerKey(profile, login, TempVault::secret(secret));
        if (!key)
            return key.error();
        return vault::openOnServer(profile, std::move(*key), clock);
    }
};

} // namespace peerdesk::test
