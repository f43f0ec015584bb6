#include "core/vault/VaultSession.h"

#include "core/security/CellCipher.h"
#include "core/security/RecoveryKey.h"
#include "core/services/AuditLog.h"
#include "core/services/GroupService.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RetentionService.h"
#include "core/services/RosterCache.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityKeys.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/StaffKeyRepository.h"
#include "core/storage/StaffLoginRepository.h"
#include "core/storage/UserRepository.h"
#include "core/vault/ChangeFeed.h"
#include "core/vault/KeyringRecord.h"
#include "core/vault/ServerWitness.h"
#include "core/vault/VaultInternal.h"
#include "core/vault/VaultLock.h"
#include "core/vault/VaultPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

// VaultSession: an unlocked vault — signing in, the checks of the keyring against the membership, the witness, verify
// and the audit.
namespace peerdesk {

using namespace vault_detail;

namespace {

// Gives lupdate and QCoreApplication::translate one context for the vault's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

} // namespace

VaultSession::VaultSession(QString directory, VaultKeys keys, SlotSecrets secrets, Keyring keyring, const Clock& clock,
                           std::unique_ptr<Database> database)
    : m_directory(std::move(directory))
    , m_keys(std::move(keys))
    , m_secrets(std::move(secrets))
    , m_keyring(std::move(keyring))
    , m_clock(clock)
    , m_roster(std::make_unique<RosterCache>())
{
    if (m_keys.identity) {
        // The key's generation and, while a change of it is under way, the earlier keys (IdentityKeys.h). A key of
        // an older generation than the program's (a worker of a session opened before a change of the key) is
        // labelled generation 0, which no cell has: the first cell read or written then fetches the current keys
        // (Database::refreshIdentityCells). Other errors show at the first cell that needs the keys.
        auto cells = identity_keys::cipherFor(*database, m_keyring.vaultId(), *m_keys.identity);
        if (cells)
            m_cells = std::move(*cells);
        else
            m_cells
                = std::make_shared<CellCipher>(m_keyring.vaultId(), *m_keys.identity,
                                               cells.error().code == ErrorCode::Conflict ? 0 : CellCipher::FirstEpoch);
    }
    attachDatabase(std::move(database));
}

void VaultSession::attachDatabase(std::unique_ptr<Database> database)
{
    m_database = std::move(database);
    m_database->setIdentityCells(m_cells);
    m_database->setIdentityCellsRefresh([this] { return reloadIdentityKeys(); });
    m_audit = std::make_unique<AuditLog>(*m_database, m_clock, m_keyring.vaultId(), &m_secrets.signing);
}

Result<std::unique_ptr<ChangeFeed>> VaultSession::listenForChanges() const
{
    if (!onServer())
        return makeError(ErrorCode::Usage,
                         Text::tr("Changes are announced on a program server; in a vault no one else writes."));
    ServerConnection connection = m_server->connection;
    connection.login = StaffLoginRepository::serverLogin(connection.database, m_user.login);
    return ChangeFeed::open(connection, m_serverPassword);
}

void VaultSession::continueOnServer(std::unique_ptr<Database> server)
{
    if (m_database)
        m_database->close();
    m_roster->clear();
    m_lock.reset();
    attachDatabase(std::move(server));
}

Result<keyring_record::Reconciled>
VaultSession::currentKeyring(const std::function<QStringList(const Keyring&)>& describe)
{
    if (onServer())
        return keyring_record::recorded(*m_database);
    return keyring_record::reconcile(*m_database, vault_paths::keyringPath(m_directory), describe);
}

const SecureBuffer& VaultSession::databaseKey() const
{
    return m_openedWithNext && m_keys.dataNext ? *m_keys.dataNext : m_keys.data;
}

WorkerTicket VaultSession::workerTicket() const
{
    WorkerTicket ticket;
    ticket.directory = m_directory;
    ticket.keys = m_keys.copy();
    ticket.keys.data = copyOf(databaseKey());
    ticket.keys.dataNext.reset();
    ticket.secrets = m_secrets.copy();
    ticket.slotId = m_slotId;
    ticket.recovered = m_recovered;
    ticket.keyring = m_keyring;
    ticket.membership = m_membership;
    ticket.user = m_user;
    ticket.clock = &m_clock;
    ticket.server = m_server;
    ticket.serverPassword = copyOf(m_serverPassword);
    return ticket;
}

void VaultSession::adoptRoster(RosterSnapshot snapshot)
{
    m_roster->adopt(*m_database, std::move(snapshot));
}

ProgramSettings VaultSession::settings()
{
    return ProgramSettings(*m_database);
}

VaultSession::~VaultSession()
{
    close();
}

void VaultSession::close()
{
    // Only after a sign-in: one refused half-way may hold the secrets of a slot the keyring no longer has.
    if (m_database && m_signedIn && !m_worker && !m_abandoned) {
        (void)updateWitness(); // best effort: a witness that stays older only compares less
        // This computer's own witness of a server's chain moves on only over a chain that still holds the old one.
        if (auto rewritten = server_witness::check(*this); rewritten && !*rewritten)
            (void)server_witness::record(*this);
    }
    if (m_database)
        m_database->close();
    m_roster->clear();
    m_keys = VaultKeys{};
    m_secrets = SlotSecrets{};
    m_serverPassword = SecureBuffer();
    m_loginVerifiers.clear();
    m_cells.reset();
    m_retiredCells.clear();
    m_lock.reset();
}

Result<Membership> VaultSession::loadMembership(const Keyring& keyring)
{
    auto membership = membership_store::load(*m_database, keyring);
    if (!membership)
        return membership.error();
    if (!*membership)
        return makeError(ErrorCode::Damaged,
                         Text::tr("peerdesk.db holds no membership record: it is damaged or was replaced."));
    return std::move(**membership);
}

Result<QStringList> VaultSession::membershipProblems(const Keyring& keyring, const Membership& membership)
{
    auto users = UserRepository(*m_database).list();
    if (!users)
        return users.error();
    auto successions = StaffKeyRepository(*m_database).all();
    if (!successions)
        return successions.error();
    QStringList problems;
    const KeyDirectory directory = KeyDirectory::build(keyring.vaultId(), membership, *successions, problems);
    // Which supporter each supporter's account works for is compared with the signed record by those who may read
    // the column: administrators and coordinators (the slot being opened says which this is), on a program server
    // (a vault has no supporter's account, and one still being upgraded no column yet).
    std::optional<QHash<qint64, qint64>> links;
    const bool recovery = !m_slotId.isEmpty() && m_slotId == membership.recoverySlot;
    const auto own = std::find_if(membership.users.cbegin(), membership.users.cend(),
                                  [&](const Member& member) { return member.slotId == m_slotId; });
    if (m_database->isServer() && (recovery || (own != membership.users.cend() && coordinates(own->role)))) {
        auto read = UserRepository(*m_database).supporterLinks();
        if (!read)
            return read.error();
        links = std::move(*read);
    }
    AuditRepository audit(*m_database);
    MembershipCheckInput input;
    input.keyring = &keyring;
    input.membership = &membership;
    input.users = &*users;
    input.directory = &directory;
    input.supporterLinks = links;
    input.auditRowAsSeen = [&](qint64 id, const QString& hash) -> Result<bool> {
        auto state = audit.stateOf(id, hash);
        if (!state)
            return state.error();
        return *state == AuditRowState::AsSeen;
    };
    auto found = peerdesk::membershipProblems(input);
    if (!found)
        return found.error();
    problems += *found;
    return problems;
}

Result<void> VaultSession::signIn(UnlockedKey& key, bool repair)
{
    // keyring.json must be the one this vault last wrote (or the one before, after a crash, written again now).
    std::optional<Membership> known;
    if (auto loaded = membership_store::load(*m_database, m_keyring); loaded && *loaded)
        known = std::move(**loaded);
    auto reconciled = currentKeyring([&](const Keyring& foreign) -> QStringList {
        if (!known)
            return {};
        auto problems = membershipProblems(foreign, *known);
        return problems ? *problems : QStringList();
    });
    if (!reconciled && !(repair && reconciled.error().code == ErrorCode::Damaged))
        return reconciled.error();
    if (reconciled && reconciled->bytes != key.keyringBytes) {
        // The keyring used to unlock was one change behind. The slot used must still be there with the same keys;
        // its keys are opened again from the keyring as it is now.
        const auto now = reconciled->keyring.slot(m_slotId);
        if (!now || now->publicKey != m_secrets.box.publicKey())
            return makeError(
                ErrorCode::Authentication,
                Text::tr("keyring.json was brought up to date after an interrupted change: unlock again."));
        auto keys = reconciled->keyring.openKeys(*now, m_secrets.box);
        if (!keys)
            return keys.error();
        if (auto statement = reconciled->keyring.verifyStatement(*keys); !statement)
            return statement;
        m_keys = std::move(*keys);
    }
    if (reconciled)
        m_keyring = std::move(reconciled->keyring);

    auto membership = loadMembership(m_keyring);
    if (!membership)
        return membership.error();
    m_membership = std::move(*membership);
    auto problems = membershipProblems(m_keyring, m_membership);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty() && !repair)
        return keyringMismatch(*problems);

    // Who is signing in: the account whose slot was opened (the membership says whose it is), or with the
    // recovery key the account named.
    const Member* member = nullptr;
    if (key.recovered) {
        member = m_membership.memberByLogin(key.login);
    } else {
        for (const Member& candidate : m_membership.users) {
            if (candidate.slotId == m_slotId)
                member = &candidate;
        }
    }
    if (!member || member->state != MemberState::Active || member->login != key.login)
        return authenticationFailed();
    auto record = UserRepository(*m_database).findByLogin(member->login);
    if (!record)
        return record.error();
    if (!*record)
        return authenticationFailed();
    m_user = CurrentUser{ (*record)->id, member->login, (*record)->displayName, member->role,
                          (*record)->mustChangePassphrase };
    m_signedIn = true;

    if (repair && (!reconciled || !problems->isEmpty())) {
        if (auto repaired = repairKeyring(m_keyring); !repaired)
            return repaired;
        problems = membershipProblems(m_keyring, m_membership);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return keyringMismatch(*problems);
    }

    if (key.replacement) {
        if (auto renewed = renewLegacySlot(std::move(*key.replacement)); !renewed)
            return renewed;
    }
    if (m_keyring.rotating() && m_keys.dataNext) {
        // Whoever unlocks next finishes an interrupted rotation, so a removed person's old keyring stops working
        // as soon as possible. When it cannot (a full disk), the vault still opens with the key that opens it,
        // and the rotation waits for the next unlock.
        auto finished = m_openedWithNext ? finishRotatedKeyring() : completeRotation();
        if (!finished) {
            if (finished.error().code != ErrorCode::Io)
                return finished;
            m_warnings.append(Text::tr("A change of the data key could not be finished (%1); it will be tried again at "
                                       "the next unlock.")
                                  .arg(finished.error().message));
        }
    } else if (!onServer()) {
        QFile::remove(rotationCopyPath(m_directory)); // left by a rotation that never began its keyring
    }
    // The recovery key is the one secret shared by no one in particular: each use is on record.
    if (m_recovered) {
        if (auto logged = recordAudit(QStringLiteral("vault.recovery_key_used"), QStringLiteral("user"), m_user.id);
            !logged)
            return logged;
    }
    return {};
}

Result<void> VaultSession::settleAfterSignIn()
{
    // Identity past its retention period goes at every unlock, whoever unlocks, before anyone can see it. On a
    // program server a reporting or supporter login has no right to change a request: the next coordinator's sign-in
    // purges.
    if (!(onServer() && (m_user.role == Role::Reporting || m_user.role == Role::Supporter))) {
        if (auto purged = RetentionService(*this).purgeAtUnlock(); !purged)
            return purged.error();
    }
    // Group sessions are kept scheduled the program's horizon ahead by whoever coordinates; a failure here is
    // said, not a reason to refuse the unlock.
    if (coordinates(m_user.role)) {
        if (auto topped = GroupService(*this).keepScheduledAhead(); !topped)
            m_warnings.append(topped.error().message);
    }
    // Administrators make the slots: each of their sessions says so while the vault's cost is too low to be safe.
    if (m_user.role == Role::Administrator)
        if (const QString weak = vault::weakCostWarning(slotCost()); !weak.isEmpty())
            m_warnings.append(weak);
    return {};
}

Result<void> VaultSession::updateWitness()
{
    if (m_secrets.signing.isNull())
        return {};
    const auto own = m_keyring.slot(m_slotId);
    if (!own || own->legacy() || own->signingKey != m_secrets.signing.publicKey())
        return {};
    auto head = AuditRepository(*m_database).head();
    if (!head)
        return head.error();
    const qint64 headId = *head ? (*head)->id : 0;
    const QString headHash = *head ? (*head)->hash : QString();
    const int authority = authorityIndex();
    const Witness& seen = own->witness;
    if (seen.authority == authority && seen.membership == m_membership.serial && seen.auditId == headId
        && seen.auditHash == headHash)
        return {};
    return updateKeyring(
        [&](Keyring& keyring) -> Result<void> {
            auto slot = keyring.slot(m_slotId);
            if (!slot)
                return makeError(ErrorCode::Damaged,
                                 Text::tr("keyring.json has no key slot for %1.").arg(m_user.login));
            // The slot as it is on disk now: if another process gave it new keys, ours no longer sign for it.
            if (slot->signingKey != m_secrets.signing.publicKey())
                return makeError(ErrorCode::Authentication, Text::tr("Your key slot was changed meanwhile."));
            keyring.signWitness(*slot, m_secrets.signing, authority, m_membership.serial, headId, headHash);
            keyring.replaceSlot(*slot);
            return {};
        },
        {});
}

Result<VerifyReport> VaultSession::verify()
{
    VerifyReport report;
    auto integrity = m_database->integrityProblems();
    if (!integrity)
        return integrity.error();
    report.problems = *integrity;

    // The keyring and the accounts, as an unlock checks them, but listing every problem.
    std::optional<KeyDirectory> directory;
    std::optional<Membership> membership;
    auto reconciled = currentKeyring();
    if (!reconciled) {
        if (reconciled.error().code != ErrorCode::Damaged)
            return reconciled.error();
        report.problems.append(reconciled.error().message);
    }
    const Keyring& keyring = reconciled ? reconciled->keyring : m_keyring;
    auto loaded = loadMembership(keyring);
    if (!loaded) {
        if (loaded.error().code != ErrorCode::Damaged)
            return loaded.error();
        report.problems.append(loaded.error().message);
    } else {
        membership = std::move(*loaded);
        auto problems = membershipProblems(keyring, *membership);
        if (!problems)
            return problems.error();
        report.problems += *problems;
        auto successions = StaffKeyRepository(*m_database).all();
        if (!successions)
            return successions.error();
        QStringList ignored; // already in the problems above
        directory = KeyDirectory::build(vaultId(), *membership, *successions, ignored);
    }
    auto audit = m_audit->verify(directory ? &*directory : nullptr, membership ? membership->auditSignedFrom : 1);
    if (!audit)
        return audit.error();
    report.auditRows = audit->rows;
    report.problems += audit->problems;
    if (auto rewritten = server_witness::check(*this); !rewritten)
        report.problems.append(rewritten.error().message);
    else if (*rewritten)
        report.problems.append(**rewritten);
    report.ok = report.problems.isEmpty();
    return report;
}

Result<void> VaultSession::recordAudit(const QString& action, const QString& entityType, std::optional<qint64> entityId)
{
    auto appended = m_audit->append(m_user.login, action, entityType, entityId);
    if (!appended)
        return appended.error();
    return {};
}

Result<void> VaultSession::recordIdentityViews(const QString& entityType, const QList<qint64>& ids)
{
    QSet<qint64>& viewed = m_identityViewed[entityType];
    QList<qint64> fresh;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (!viewed.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            fresh.append(id);
        }
    }
    if (fresh.isEmpty())
        return {};
    auto recorded = m_database->transaction([&]() -> Result<void> {
        for (const qint64 id : std::as_const(fresh)) {
            if (auto logged = recordAudit(QStringLiteral("identity.viewed"), entityType, id); !logged)
                return logged;
        }
        return {};
    });
    if (!recorded)
        return recorded;
    for (const qint64 id : std::as_const(fresh))
        viewed.insert(id);
    return {};
}

int VaultSession::autoLockMinutes() const
{
    // ProgramSettings reads a missing or out-of-range value as the default.
    auto minutes = ProgramSettings(*m_database).integer(QLatin1String(ProgramSettings::AutoLockMinutes));
    return minutes ? *minutes
                   : ProgramSettings::definition(QLatin1String(ProgramSettings::AutoLockMinutes))->defaultValue.toInt();
}

} // namespace peerdesk
