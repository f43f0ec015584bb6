#pragma once

#include "core/Result.h"

namespace peerdesk {

class VaultSession;

struct PurgeReport
{
    int requests = 0; // closed requests whose identity was (or would be) purged
    int heldRequests = 0; // due for purge but under legal hold
    int supporters = 0; // retired supporters whose contact details were purged
    int registrations = 0; // group registrations removed
    int members = 0; // group members who left, whose identity was (or would be) purged
    int heldMembers = 0; // due for purge but under legal hold
    int drafts = 0; // new requests half typed at a lock and never taken back, removed after a week
    bool dryRun = false;

    int total() const { return requests + supporters + registrations + members; }
};

// Purges identity that is no longer needed (docs/security.md): requests' identity N days after closure
// (unless on legal hold), retired supporters' contact details, group registrations once their session is over,
// and group members' identity N days after they left (unless on legal hold). Physical: secure_delete overwrites the old
// bytes and the WAL is checkpointed and truncated, so the purged values are in no vault file and no free page. Audited
// as counts only. Runs at unlock and on demand.
class RetentionService final
{
public:
    explicit RetentionService(VaultSession& session) : m_session(session) { }

    // On demand: administrators only. dryRun counts without changing anything.
    Result<PurgeReport> purge(bool dryRun = false);
    // At unlock, for whoever unlocked: the same purge, without the role check.
    Result<PurgeReport> purgeAtUnlock();

private:
    // What a purge does when another connection to a program server is purging: wait for it (then purge what is
    // left), or leave the purge to it.
    enum class Others
    {
        Wait,
        Skip,
    };
    Result<PurgeReport> run(bool dryRun, const char* auditAction, Others others);

    VaultSession& m_session;
};

} // namespace peerdesk
