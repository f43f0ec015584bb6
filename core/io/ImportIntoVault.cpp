#include "core/formats/RequestImporter.h"
#include "core/formats/SupporterImporter.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"

#include <QIODevice>

// The importers' vault half: the permission check, the vault's settings and roster, then one transaction. The
// half that turns bytes into checked rows (SupporterImporter.cpp, RequestImporter.cpp) never touches a vault,
// so the fuzz targets (fuzz/) build it without the storage layer.
namespace peerdesk {

Result<ImportReport> SupporterImporter::run(VaultSession& session, QIODevice& device, bool dryRun, qint64 siteId)
{
    // Before reading anything: the report itself tells which emails are on the roster.
    if (auto allowed = requireAdministration(session); !allowed)
        return allowed.error();
    auto site = SiteService(session).siteOfProgram(siteId);
    if (!site)
        return site.error();

    auto affinityGroups = session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinityGroups)
        return affinityGroups.error();
    SupporterService service(session);
    auto roster = service.list();
    if (!roster)
        return roster.error();
    QStringList existingEmails;
    for (const Supporter& supporter : std::as_const(*roster))
        existingEmails.append(supporter.email);

    auto required = session.settings().list(QLatin1String(ProgramSettings::RequiredCourses));
    if (!required)
        return required.error();
    Parsed parsed = parse(device, *affinityGroups, existingEmails, *required);
    parsed.report.dryRun = dryRun;
    if (!parsed.report.succeeded() || dryRun || parsed.supporters.isEmpty())
        return parsed.report;

    for (Supporter& supporter : parsed.supporters)
        supporter.siteId = *site;
    auto ids = service.addAll(parsed.supporters);
    if (!ids)
        return ids.error();
    parsed.report.ids = *ids;
    return parsed.report;
}

Result<ImportReport> RequestImporter::run(VaultSession& session, QIODevice& device, bool dryRun, qint64 siteId)
{
    if (auto allowed = requireCoordination(session); !allowed)
        return allowed.error();
    auto site = SiteService(session).siteToWork(siteId);
    if (!site)
        return site.error();
    auto affinityGroups = session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    if (!affinityGroups)
        return affinityGroups.error();

    Parsed parsed = parse(device, *affinityGroups, session.clock().nowUtc());
    parsed.report.dryRun = dryRun;
    if (!parsed.report.succeeded() || dryRun || parsed.requests.isEmpty())
        return parsed.report;

    for (NewRequest& request : parsed.requests)
        request.siteId = *site;
    auto ids = RequestService(session).intakeAll(parsed.requests);
    if (!ids)
        return ids.error();
    parsed.report.ids = *ids;
    return parsed.report;
}

} // namespace peerdesk
