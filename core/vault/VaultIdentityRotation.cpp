#include "core/security/CellCipher.h"
#include "core/security/KeyPairs.h"
#include "core/services/AuditLog.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/IdentityKeys.h"
#include "core/storage/RepeatSecret.h"
#include "core/storage/StaffLoginRepository.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/Membership.h"
#include "core/vault/VaultInternal.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

// VaultSession's online change of a program server's identity key (docs/server.md, "Changing the identity key").
namespace peerdesk {

using namespace vault_detail;

namespace {

// Gives lupdate and QCoreApplication::translate one context for the vault's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

// Rows per batch: each batch is a transaction of its own, short enough that a colleague's change of one of its rows
// waits a moment at most.
constexpr int BatchRows = 200;
// Passes over the tables before giving up on rows that someone changes every time a batch comes to them.
constexpr int Passes = 5;
// How long after reading the keys again a cell of an unknown generation is taken as damaged without asking again.
constexpr qint64 ReloadPauseMs = 2000;

} // namespace

Result<VaultSession::IdentityKeyChange>
VaultSession::rotateIdentityKey(const std::function<Result<void>(Keyring&)>& editKeyring)
{
    if (!onServer())
        return makeError(ErrorCode::Usage, Text::tr("A vault's identity key changes with its data key (rekey)."));
    if (!m_keys.signingAuthority() || !m_keys.identity || !m_cells)
        return makeError(ErrorCode::NotPermitted,
                         Text::tr("Only an administrator's key can change the program's keys."));
    // Another administrator may have changed the key since this session read it.
    if (auto current = adoptCurrentKeys(*m_database); !current)
        return current.error();

    SecureBuffer nextKey = SecureBuffer::random(CellCipher::KeyBytes);
    SigningKey nextAuthority = SigningKey::generate();
    const std::shared_ptr<const CellCipher> before = m_cells;
    std::optional<Keyring> changed;
    std::shared_ptr<const CellCipher> next;
    IdentityKeyChange change;
    auto begun = m_database->transaction([&]() -> Result<void> {
        // Run again after a deadlock: from the cipher and the keyring it started with.
        m_database->setIdentityCells(before);
        changed.reset();
        next.reset();
        change = {};
        for (AdvisoryLock lock : { AdvisoryLock::Keyring, AdvisoryLock::IdentityKey }) {
            if (auto held = advisory_lock::holdForTransaction(*m_database, lock); !held)
                return held;
        }
        auto current = keyring_record::recorded(*m_database);
        if (!current)
            return current.error();
        if (current->keyring.statement().identityCheck != key_pairs::keyCheck(*m_keys.identity))
            return makeError(ErrorCode::Conflict,
                             Text::tr("Another administrator changed the program's keys a moment ago; nothing was "
                                      "changed. Try again."));
        auto membership = loadMembership(current->keyring);
        if (!membership)
            return membership.error();
        Keyring updated = current->keyring;
        if (auto ready = prepareKeyringForNewKeys(updated, *membership, editKeyring); !ready)
            return ready;
        auto epoch = identity_keys::currentEpoch(*m_database);
        if (!epoch)
            return epoch.error();
        if (*epoch != before->epoch())
            return makeError(ErrorCode::Conflict,
                             Text::tr("Another administrator changed the program's keys a moment ago; nothing was "
                                      "changed. Try again."));
        // Read under the old cipher, written under the new one, which holds the old key among the earlier ones.
        auto repeat = repeat_secret::load(*m_database);
        if (!repeat)
            return repeat.error();
        // The earlier keys as the server keeps them now (under this lock): none that a finished change deleted.
        auto stillKept = identity_keys::earlierKeys(*m_database, *before);
        if (!stillKept)
            return stillKept.error();
        std::vector<CellCipher::EarlierKey> earlier = std::move(*stillKept);
        earlier.push_back({ before->epoch(), before->copyKey() });
        next = std::make_shared<const CellCipher>(updated.vaultId(), nextKey, before->epoch() + 1, earlier);
        m_database->setIdentityCells(next);
        if (auto moved = identity_keys::setCurrentKey(*m_database, next->epoch(), nextKey); !moved)
            return moved;
        if (auto kept = identity_keys::replaceEarlierKeys(*m_database, *next, next->copyEarlierKeys()); !kept)
            return kept;
        if (*repeat) {
            if (auto stored = repeat_secret::store(*m_database, **repeat); !stored)
                return stored;
        }
        if (auto held = advisory_lock::holdForTransaction(*m_database, AdvisoryLock::Roster); !held)
            return held;
        auto roster = identity_keys::reencryptRoster(*m_database);
        if (!roster)
            return roster.error();
        if (auto replaced = updated.replaceIdentityKey(m_keys, nextKey, nextAuthority); !replaced)
            return replaced;
        if (auto recorded = recordNewKeys(QStringLiteral("vault.identity_key_changed"), *membership, nextAuthority,
                                          updated, current->bytes);
            !recorded)
            return recorded;
        change.epoch = next->epoch();
        change.roster = *roster;
        changed = std::move(updated);
        return {};
    });
    if (!begun) {
        m_database->setIdentityCells(before);
        return begun.error();
    }
    // Committed: from here every slot that holds the identity key opens only the new one.
    m_keyring = std::move(*changed);
    m_keys.identity = std::move(nextKey);
    if (m_keys.authority)
        m_keys.authority = std::move(nextAuthority);
    m_retiredCells.push_back(before);
    m_cells = next;
    if (auto membership = loadMembership(m_keyring))
        m_membership = std::move(*membership);
    return reencryptUnderNewestKey(change);
}

Result<VaultSession::IdentityKeyChange> VaultSession::reencryptUnderNewestKey(IdentityKeyChange change)
{
    for (int pass = 0; pass < Passes; ++pass) {
        for (const identity_keys::CellTable& table : identity_keys::cellTables()) {
            qint64 after = 0;
            for (bool end = false; !end;) {
                identity_keys::Batch batch;
                auto done = m_database->transaction([&]() -> Result<void> {
                    // Shared, as a colleague's write of a cell takes it (server schema step 6): batches of two
                    // administrators and colleagues' writes go on side by side, and only the change's first and last
                    // steps wait for all of them.
                    if (auto held = advisory_lock::holdSharedForTransaction(*m_database, AdvisoryLock::IdentityKey);
                        !held)
                        return held;
                    auto rewritten = identity_keys::reencryptBatch(*m_database, table, after, BatchRows);
                    if (!rewritten)
                        return rewritten.error();
                    batch = *rewritten;
                    return {};
                });
                if (!done)
                    return done.error();
                change.rewritten += batch.rewritten;
                after = batch.lastKey;
                end = batch.end;
            }
        }
        bool finished = false;
        auto closed = m_database->transaction([&]() -> Result<void> {
            finished = false;
            if (auto held = advisory_lock::holdForTransaction(*m_database, AdvisoryLock::IdentityKey); !held)
                return held;
            // Another administrator's change made since this one began is theirs to finish: the earlier keys
            // include this change's key, which cells of this generation need.
            auto epoch = identity_keys::currentEpoch(*m_database);
            if (!epoch)
                return epoch.error();
            if (*epoch != m_cells->epoch())
                return makeError(ErrorCode::Conflict,
                                 Text::tr("Another administrator changed the program's identity key again while this "
                                          "change was under way; theirs finishes the re-encryption."));
            auto remaining = identity_keys::rowsUnderEarlierKeys(*m_database);
            if (!remaining)
                return remaining.error();
            if (*remaining > 0)
                return {};
            auto unfinished = identity_keys::changeUnfinished(*m_database);
            if (!unfinished)
                return unfinished.error();
            if (!*unfinished) {
                finished = true; // another administrator's run ended it
                return {};
            }
            // No cell needs an earlier key any more: they go, and with them what a removed person's copy could open.
            if (auto cleared = identity_keys::replaceEarlierKeys(*m_database, *m_cells, {}); !cleared)
                return cleared;
            if (auto logged
                = recordAudit(QStringLiteral("vault.identity_key_change_finished"), QStringLiteral("vault"));
                !logged)
                return logged;
            finished = true;
            return {};
        });
        if (!closed)
            return closed.error();
        if (finished) {
            // The earlier keys are gone from the server: from this session's memory too.
            m_cells = std::make_shared<const CellCipher>(m_keyring.vaultId(), *m_keys.identity, m_cells->epoch());
            m_retiredCells.clear();
            m_database->setIdentityCells(m_cells);
            m_lastIdentityKeyChange = change;
            return change;
        }
    }
    return makeError(ErrorCode::Io,
                     Text::tr("Some records were being changed every time the re-encryption reached them; the "
                              "earlier key is still kept for them. Run the same command again later to finish."));
}

bool VaultSession::reloadIdentityKeys()
{
    if (!onServer() || m_serverPassword.isEmpty() || m_slotId.isEmpty())
        return false;
    // A cell that names a generation the server has not made is damaged, not new: asking the server again for each
    // such cell would only make a page slow.
    if (m_lastKeyReload.isValid() && !m_lastKeyReload.hasExpired(ReloadPauseMs))
        return false;
    m_lastKeyReload.start();
    ServerConnection connection = m_server->connection;
    connection.login = StaffLoginRepository::serverLogin(connection.database, m_user.login);
    auto database = Database::openServer(connection, m_serverPassword);
    if (!database)
        return false;
    const std::optional<quint32> before = m_cells ? std::optional<quint32>(m_cells->epoch()) : std::nullopt;
    const bool adopted = static_cast<bool>(adoptCurrentKeys(**database));
    (*database)->close();
    return adopted && m_cells && (!before || m_cells->epoch() != *before);
}

Result<void> VaultSession::adoptCurrentKeys(Database& database)
{
    auto recorded = keyring_record::recorded(database);
    if (!recorded)
        return recorded.error();
    const auto slot = recorded->keyring.slot(m_slotId);
    if (!slot)
        return makeError(ErrorCode::NotPermitted, Text::tr("Your key slot is no longer in the program's keyring."));
    auto keys = openCheckedKeys(recorded->keyring, *slot, m_secrets);
    if (!keys)
        return keys.error();
    if (!keys->identity)
        return identity_cells::noIdentityKey();
    auto cells = identity_keys::cipherFor(database, recorded->keyring.vaultId(), *keys->identity);
    if (!cells)
        return cells.error();
    auto membership = membership_store::load(database, recorded->keyring);
    if (!membership)
        return membership.error();
    m_keyring = std::move(recorded->keyring);
    m_keys = std::move(*keys);
    if (*membership)
        m_membership = std::move(**membership);
    if (m_cells)
        m_retiredCells.push_back(m_cells);
    m_cells = std::move(*cells);
    m_database->setIdentityCells(m_cells);
    return {};
}

} // namespace peerdesk
