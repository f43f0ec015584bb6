#pragma once

#include "core/Result.h"

#include <QtGlobal>

namespace peerdesk {

class VaultSession;

// The records a form shows and a person may change (storage/RowVersion.h keeps a version on each).
enum class VersionedRecord
{
    Request,
    Supporter,
    Group,
    GroupSession,
};

// What a person saw. While one lives, a change to that record through the session's services is refused with
// ErrorCode::Conflict ("changed by someone else") unless the record is still at the version they saw: a form filled
// in from an older reading never overwrites what a colleague saved meanwhile. The window makes one around each save
// of a form, and the Edit menu's undo around each step.
class UnchangedSince final
{
    Q_DISABLE_COPY_MOVE(UnchangedSince)

public:
    UnchangedSince(VaultSession& session, VersionedRecord record, qint64 id, qint64 version);
    ~UnchangedSince();

private:
    VaultSession& m_session;
    VersionedRecord m_record;
    qint64 m_id;
};

// The record's version now: after a change, what the next change made from this reading must find.
Result<qint64> currentVersion(VaultSession& session, VersionedRecord record, qint64 id);

} // namespace peerdesk
