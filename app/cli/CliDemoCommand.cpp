// `demo [--seed N] [--requests N] [--supporters N] [--years N] [--conversations N] [--name-marker TEXT]`: synthetic
// data for demonstrations and training; the marker is a testing aid (docs/testing.md, "Leak scan").
#include "app/cli/CliApplication.h"
#include "app/cli/CliCommand.h"
#include "core/demo/DemoData.h"
#include "core/domain/RequestLifecycle.h"
#include "core/domain/Vocabulary.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Cli)
};

// A whole number from the option, or the default when the option is absent.
Result<qint64> numberOption(const CliApplication& app, const char* option, qint64 whenAbsent)
{
    const QString name = QLatin1String(option);
    if (!app.isSet(name))
        return whenAbsent;
    bool ok = false;
    const qint64 value = app.value(name).toLongLong(&ok);
    if (!ok || value < 0)
        return makeError(ErrorCode::Usage, Text::tr("--%1 takes a whole number.").arg(name));
    return value;
}

void printSummary(CliApplication& app, const DemoSummary& summary)
{
    QStringList statuses;
    for (RequestStatus status : allRequestStatuses) {
        statuses.append(
            QStringLiteral("%1 %2").arg(requestStatusKey(status)).arg(summary.requestsByStatus.value(status)));
    }
    QStringList outcomes;
    for (CloseOutcome outcome : allCloseOutcomes)
        outcomes.append(
            QStringLiteral("%1 %2").arg(closeOutcomeKey(outcome)).arg(summary.requestsByOutcome.value(outcome)));
    QStringList roster;
    for (const QString& status : Vocabulary::keys(Vocab::SupporterStatus))
        roster.append(QStringLiteral("%1 %2").arg(status).arg(summary.supportersByStatus.value(status)));

    app.printLine(Text::tr("Demo data created (fictional people only)."));
    app.printLine(Text::tr("Supporters: %1 (%2)").arg(summary.supporters).arg(roster.join(QStringLiteral(", "))));
    app.printLine(Text::tr("Training records: %1; supporters with lapsed required training: %2; debriefs: %3")
                      .arg(summary.trainingRecords)
                      .arg(summary.expiredTraining)
                      .arg(summary.debriefs));
    app.printLine(Text::tr("Requests: %1 (%2)").arg(summary.requests).arg(statuses.join(QStringLiteral(", "))));
    app.printLine(Text::tr("Closed requests by outcome: %1").arg(outcomes.join(QStringLiteral(", "))));
    app.printLine(Text::tr("Matches: %1, of which declined by the supporter: %2")
                      .arg(summary.matches)
                      .arg(summary.declinedMatches));
    app.printLine(
        Text::tr("Conversations: %1, of which held: %2").arg(summary.conversations).arg(summary.heldConversations));
    app.printLine(Text::tr("Groups: %1; group sessions: %2, of which held: %3")
                      .arg(summary.groups)
                      .arg(summary.occurrences)
                      .arg(summary.heldOccurrences));
}

} // namespace

namespace {

int demo(CliApplication& app)
{
    DemoOptions options;
    auto seed = numberOption(app, "seed", DemoOptions::DefaultSeed);
    if (!seed)
        return app.fail(seed.error());
    if (*seed > std::numeric_limits<quint32>::max())
        return app.usage(
            Text::tr("--seed takes a whole number from 0 to %1.").arg(std::numeric_limits<quint32>::max()));
    auto supporters = numberOption(app, "supporters", DemoOptions::DefaultSupporters);
    if (!supporters)
        return app.fail(supporters.error());
    auto requests = numberOption(app, "requests", DemoOptions::DefaultRequests);
    if (!requests)
        return app.fail(requests.error());
    auto years = numberOption(app, "years", DemoOptions::DefaultYears);
    if (!years)
        return app.fail(years.error());
    auto conversations = numberOption(app, "conversations", 0);
    if (!conversations)
        return app.fail(conversations.error());
    // Clamped into int range first so that a huge number is refused as too large, not wrapped into a small one.
    options.seed = static_cast<quint32>(*seed);
    options.supporters = static_cast<int>(std::min<qint64>(*supporters, DemoOptions::MaxSupporters + 1));
    options.requests = static_cast<int>(std::min<qint64>(*requests, DemoOptions::MaxRequests + 1));
    options.years = static_cast<int>(std::min<qint64>(*years, DemoOptions::MaxYears + 1));
    options.conversations = static_cast<int>(std::min<qint64>(*conversations, 10 * DemoOptions::MaxRequests + 1));
    options.nameMarker = app.value(QStringLiteral("name-marker"));
    // Checked before the passphrase is asked for.
    if (auto valid = DemoData::validate(options); !valid)
        return app.fail(valid.error());

    DemoClock clock(app.clock());
    auto session = app.unlock(clock); // the generator moves this clock through the past
    if (!session)
        return app.fail(session.error());
    auto summary = DemoData::generate(**session, clock, options);
    if (!summary)
        return app.fail(summary.error());
    printSummary(app, *summary);
    return 0;
}

} // namespace

QList<CliCommand> demoCommands()
{
    return { { QStringLiteral("demo"),
               {},
               {},
               cliNames({ "seed", "requests", "supporters", "years", "conversations", "name-marker" }),
               {},
               QT_TRANSLATE_NOOP("peerdesk::CliHelp", "Fill an empty vault with fictional data"),
               CliAccess::Administration,
               demo } };
}

} // namespace peerdesk
