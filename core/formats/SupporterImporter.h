#pragma once

#include "core/Result.h"
#include "core/domain/Supporter.h"
#include "core/formats/CsvReader.h"
#include "core/formats/ImportSupport.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace peerdesk {

class VaultSession;

// The supporters CSV import (docs/import-formats.md): one supporter per row, all or nothing.
class SupporterImporter final
{
public:
    SupporterImporter() = delete;

    // The columns the import understands, with the required ones marked.
    static QList<CsvColumn> columns();

    // Reads and checks every row without touching a vault: vocabulary and shape of each column, then the
    // roster's own rules (supporter_rules::validate) and duplicate emails within the file and against
    // `existingEmails` (compared case-insensitively). Every problem is in the report; `supporters` holds the
    // rows in file order and is only meaningful when the report has no errors.
    struct Parsed
    {
        ImportReport report;
        QList<Supporter> supporters;
    };
    // requiredCourses: the program's setting; an active row must list each in its training column.
    static Parsed parse(QIODevice& device, const QStringList& affinityGroups, const QStringList& existingEmails,
                        const QStringList& requiredCourses);

    // Administrators only (NotPermitted otherwise). Parses the file against the vault's affinity groups and
    // roster, then, unless it is a dry run or a row is bad, adds every supporter in one transaction. Row
    // problems come back in the report (succeeded() false, nothing written); an Error means the import could
    // not be attempted or the write failed (nothing written either).
    // Every supporter goes to siteId (0: the program's one site; SiteService::siteOfProgram), checked first.
    static Result<ImportReport> run(VaultSession& session, QIODevice& device, bool dryRun, qint64 siteId = 0);
};

} // namespace peerdesk
