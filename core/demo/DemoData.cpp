#include "core/demo/DemoData.h"

#include "core/demo/DemoSimulation.h"
#include "core/services/GroupService.h"
#include "core/services/Permissions.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

#include <algorithm>

// The demo's entry: what a demo may ask for, and its one transaction. The story itself is DemoSimulation.cpp, its
// people DemoPeople.h, the counts it reports DemoSummary.cpp.
namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::DemoData)
};

Result<void> requireEmptyVault(VaultSession& session)
{
    auto supporters = SupporterService(session).list();
    if (!supporters)
        return supporters.error();
    auto requests = RequestService(session).list();
    if (!requests)
        return requests.error();
    auto groups = GroupService(session).list();
    if (!groups)
        return groups.error();
    if (!supporters->isEmpty() || !requests->isEmpty() || !groups->isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Demo data only goes into an empty vault: this one already has supporters, "
                                  "requests or groups. Create a separate vault for the demo."));
    }
    return {};
}

} // namespace

Result<void> DemoData::validate(const DemoOptions& options)
{
    if (options.supporters < DemoOptions::MinSupporters || options.supporters > DemoOptions::MaxSupporters) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The number of supporters must be from %1 to %2.")
                             .arg(DemoOptions::MinSupporters)
                             .arg(DemoOptions::MaxSupporters));
    }
    if (options.requests < 0 || options.requests > DemoOptions::MaxRequests) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The number of requests must be from 0 to %1.").arg(DemoOptions::MaxRequests));
    }
    if (options.years < 1 || options.years > DemoOptions::MaxYears) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The number of years must be from 1 to %1.").arg(DemoOptions::MaxYears));
    }
    if (options.conversations < 0 || options.conversations > 10 * DemoOptions::MaxRequests) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The number of conversations must be from 0 to %1.").arg(10 * DemoOptions::MaxRequests));
    }
    const bool markerValid = options.nameMarker.size() <= DemoOptions::MaxNameMarkerLength
        && std::all_of(options.nameMarker.cbegin(), options.nameMarker.cend(),
                       [](QChar ch) { return ch.unicode() < 128 && ch.isLetter(); });
    if (!markerValid) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The name marker must be at most %1 letters from A to Z.").arg(DemoOptions::MaxNameMarkerLength));
    }
    return {};
}

Result<DemoSummary> DemoData::generate(VaultSession& session, DemoClock& clock, const DemoOptions& options)
{
    if (auto allowed = requireAdministration(session); !allowed)
        return allowed.error();
    if (&session.clock() != &clock)
        return makeError(ErrorCode::Usage, Text::tr("The demo session must be opened with the demo clock."));
    if (auto valid = validate(options); !valid)
        return valid.error();
    if (auto empty = requireEmptyVault(session); !empty)
        return empty.error();

    // One transaction: the services' own transactions join it, so a failure leaves the vault empty, and the
    // whole history costs one commit instead of thousands.
    auto done = session.database().transaction([&]() { return demo::simulate(session, clock, options); });
    clock.release();
    if (!done)
        return done.error();
    return demo::summarise(session, clock.todayLocal());
}

} // namespace peerdesk
