#include "core/services/VersionCheck.h"

#include "core/storage/Database.h"
#include "core/storage/RowVersion.h"
#include "core/vault/VaultSession.h"

namespace peerdesk {

namespace {

row_version::Versioned versioned(VersionedRecord record)
{
    switch (record) {
    case VersionedRecord::Request:
        return row_version::Versioned::Request;
    case VersionedRecord::Supporter:
        return row_version::Versioned::Supporter;
    case VersionedRecord::Group:
        return row_version::Versioned::Group;
    case VersionedRecord::GroupSession:
        return row_version::Versioned::GroupOccurrence;
    }
    return row_version::Versioned::Request;
}

} // namespace

UnchangedSince::UnchangedSince(VaultSession& session, VersionedRecord record, qint64 id, qint64 version)
    : m_session(session), m_record(record), m_id(id)
{
    m_session.database().expectVersion(row_version::tableOf(versioned(record)), id, version);
}

UnchangedSince::~UnchangedSince()
{
    m_session.database().forgetExpectedVersion(row_version::tableOf(versioned(m_record)), m_id);
}

Result<qint64> currentVersion(VaultSession& session, VersionedRecord record, qint64 id)
{
    return row_version::current(session.database(), versioned(record), id);
}

} // namespace peerdesk
