#pragma once

#include "core/Result.h"
#include "core/domain/RequestRules.h"
#include "core/formats/CsvReader.h"
#include "core/formats/ImportSupport.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

class QIODevice;

namespace peerdesk {

class VaultSession;

// The requests CSV import (docs/import-formats.md): one request as it arrived per row, all or nothing. Each
// row goes through intake like a request typed in: a colleague's referral without confirmed consent waits in
// "awaiting consent".
class RequestImporter final
{
public:
    RequestImporter() = delete;

    static QList<CsvColumn> columns();

    // received_at: ISO 8601 date and time, with an offset or Z, or else in the program's (the system's) time
    // zone; a date alone is the start of that day there. nullopt for a local time that does not exist (the
    // spring DST gap) or anything else.
    static std::optional<QDateTime> parseReceivedAt(const QString& text);

    // Reads and checks every row without touching a vault (vocabulary and shape of each column, then
    // request_rules::validate against `now`). `requests` is only meaningful when the report has no errors.
    struct Parsed
    {
        ImportReport report;
        QList<NewRequest> requests;
    };
    static Parsed parse(QIODevice& device, const QStringList& affinityGroups, const QDateTime& now);

    // Administrators and coordinators (NotPermitted otherwise). Unless it is a dry run or a row is bad, takes
    // in every request in one transaction. Row problems come back in the report (nothing written); an Error
    // means the import could not be attempted or the write failed (nothing written either). Every request goes to
    // siteId (0: the importing person's one site; SiteService::siteToWork), checked before the file is read.
    static Result<ImportReport> run(VaultSession& session, QIODevice& device, bool dryRun, qint64 siteId = 0);
};

} // namespace peerdesk
