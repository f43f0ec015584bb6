#pragma once

#include "TempVault.h"
#include "TestServer.h"
#include "core/demo/DemoData.h"
#include "core/services/StatisticsService.h"
#include "core/storage/ProgramCopy.h"

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

} // namespace peerdesk::test
