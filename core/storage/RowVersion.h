#pragma once

#include "core/Result.h"

#include <QString>
#include <QtGlobal>

namespace peerdesk {
class Database;

// Row versions (docs/server.md, "Several people at once"). Every row of a table people change carries row_version:
// 1 when inserted, one more after every UPDATE statement that touches it, whoever runs it (a trigger of the schema's
// adds it, so a writer with a SQL shell moves it too).
//
// A change to a row starts by claiming it: one UPDATE that moves the version on only if the row is still at the
// version the change was decided from (the one the service read, or the one a person saw in a form,
// Database::expectVersion). On a program server the claim also locks the row until commit, so of two people changing
// the same row at once the second waits, finds the version moved and is refused with ErrorCode::Conflict: nothing of
// theirs is written, and nothing of the first's is overwritten.
namespace row_version {

// The tables whose rows carry a version, each with what a person calls one of its rows.
enum class Versioned
{
    Request,
    Supporter,
    Match,
    Conversation,
    Group,
    GroupOccurrence,
    GroupMember,
    GroupRegistration,
    User,
};

QString tableOf(Versioned kind);

// Claims the row (see above); once per row and transaction, later claims of the same row in it pass. seenVersion is
// the version the caller read in this transaction; a version a person saw, set with Database::expectVersion, wins
// over it. Call inside Database::transaction, before the row's first UPDATE.
Result<void> claim(Database& database, Versioned kind, qint64 id, qint64 seenVersion);

// The row's version now; InvalidInput when there is no such row.
Result<qint64> current(Database& database, Versioned kind, qint64 id);

// The refusal a lost race gets (ErrorCode::Conflict), naming the record by its reference, never by a person.
Error conflict(Versioned kind, qint64 id);

} // namespace row_version
} // namespace peerdesk
