#include "core/services/UserService.h"

#include "core/security/PassphrasePolicy.h"
#include "core/services/AuditLog.h"
#include "core/services/MatchCards.h"
#include "core/services/Permissions.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"
#include "core/storage/MatchCardRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/SupporterRepository.h"
#include "core/vault/VaultSession.h"

namespace peerdesk {

Result<QList<UserRecord>> UserService::list()
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return UserRepository(m_session.database()).list();
}

Result<qint64> UserService::add(const NewUser& request)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    const QString login = vault::normaliseLogin(request.login);
    const QString displayName = request.displayName.trimmed().isEmpty() ? login : request.displayName.trimmed();
    if (auto valid = vault::validateLogin(login); !valid)
        return valid.error();
    if (auto valid = vault::validateDisplayName(displayName); !valid)
        return valid.error();
    UserRepository users(m_session.database());
    auto existing = users.findByLogin(login);
    if (!existing)
        return existing.error();
    if (*existing) {
        return makeError(ErrorCode::InvalidInput,
                         (*existing)->removedAt.isValid() ? tr("The login %1 belonged to a removed account; choose "
                                                               "another.")
                                                                .arg(login)
                             : (*existing)->active
                             ? tr("There is already an account %1.").arg(login)
                             : tr("The account %1 is deactivated; reactivate it instead.").arg(login));
    }
    if (auto linked = checkSupporterLink(request.role, request.supporterId); !linked)
        return linked.error();
    auto secret = passphrase_policy::normalise(request.initialPassphrase);
    if (!secret)
        return secret.error();
    if (auto strong = vault::checkPassphraseStrength(*secret, vault::personalWords(login, displayName)); !strong)
        return strong.error();
    auto slot = m_session.makeAccountSlot(login, request.role, *secret);
    if (!slot)
        return slot.error();

    qint64 id = 0;
    auto added = m_session.changeMembership([&](Keyring& keyring, Membership& membership) -> Result<void> {
        if (keyring.passphraseSlotFor(login) || membership.memberByLogin(login))
            return makeError(ErrorCode::InvalidInput, tr("There is already an account %1.").arg(login));
        if (!keyring.insertSlot(*slot))
            return makeError(ErrorCode::InvalidInput, tr("A key rotation is under way; try again."));
        UserRecord user;
        user.login = login;
        user.displayName = displayName;
        user.role = request.role;
        user.slotId = slot->id;
        user.mustChangePassphrase = true;
        user.createdAt = m_session.clock().nowUtc();
        user.supporterId = request.role == Role::Supporter ? request.supporterId : 0;
        auto inserted = users.insert(user);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        // Matches already live for this supporter reach them now, sealed to the slot just made.
        if (request.role == Role::Supporter) {
            if (auto issued = match_cards::issueForSupporter(m_session, request.supporterId, slot->publicKey); !issued)
                return issued;
        }
        auto sites = SiteService::sitesForNewAccount(m_session, request.role == Role::Coordinator, request.sites);
        if (!sites)
            return sites.error();
        if (auto assigned = SiteRepository(m_session.database()).assign(login, *sites); !assigned)
            return assigned;
        membership.users.append(Member{ id,
                                        login,
                                        request.role,
                                        MemberState::Active,
                                        slot->id,
                                        { SlotRoot{ slot->id, slot->publicKey, slot->signingKey, 0 } },
                                        user.supporterId });
        return m_session.recordAudit(QStringLiteral("user.added"), QStringLiteral("user"), id);
    });
    if (!added)
        return added.error();
    return id;
}

Result<void> UserService::checkSupporterLink(Role role, qint64 supporterId)
{
    if (role != Role::Supporter) {
        if (supporterId != 0)
            return makeError(ErrorCode::InvalidInput, tr("Only a supporter's account names a supporter."));
        return {};
    }
    // A vault's accounts all open the same file with the same key: a supporter there would read everything.
    if (!m_session.onServer())
        return makeError(ErrorCode::InvalidInput,
                         tr("Supporters sign in to a program server only: a vault gives every account the whole "
                            "program."));
    if (supporterId <= 0)
        return makeError(ErrorCode::InvalidInput, tr("A supporter's account names the supporter it works for."));
    auto supporter = SupporterRepository(m_session.database()).find(supporterId);
    if (!supporter)
        return supporter.error();
    if (!*supporter)
        return makeError(ErrorCode::InvalidInput, tr("There is no supporter #%1.").arg(supporterId));
    if ((*supporter)->status == QLatin1String("retired"))
        return makeError(ErrorCode::InvalidInput, tr("Supporter #%1 is retired.").arg(supporterId));
    auto existing = MatchCardRepository(m_session.database()).accountOf(supporterId);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::InvalidInput,
                         tr("Supporter #%1 already has the account %2.").arg(supporterId).arg(**existing));
    return {};
}

Result<UserRecord> UserService::existingAccount(const QString& login, std::source_location where)
{
    if (auto allowed = requireAdministration(m_session, where); !allowed)
        return allowed.error();
    const QString normalised = vault::normaliseLogin(login);
    auto user = UserRepository(m_session.database()).findByLogin(normalised);
    if (!user)
        return user.error();
    if (!*user)
        return makeError(ErrorCode::InvalidInput, tr("There is no account %1.").arg(normalised));
    return std::move(**user);
}

Result<UserRecord> UserService::accountToEnd(const QString& login, std::source_location where)
{
    auto user = existingAccount(login, where);
    if (!user)
        return user;
    const QString normalised = user->login;
    UserRepository users(m_session.database());
    if (user->id == m_session.user().id)
        return makeError(ErrorCode::InvalidInput, tr("You cannot end your own account; ask another administrator."));
    if (user->role == Role::Administrator && user->active) {
        auto others = users.countOtherActiveAdministrators(user->id);
        if (!others)
            return others.error();
        if (*others == 0)
            return makeError(ErrorCode::InvalidInput, tr("%1 is the last active administrator.").arg(normalised));
    }
    return user;
}

Result<void> UserService::endAccount(const UserRecord& user, bool removed)
{
    return m_session.changeMembership([&](Keyring& keyring, Membership& membership) -> Result<void> {
        Member* member = membership.memberById(user.id);
        if (!member)
            return makeError(ErrorCode::Damaged,
                             tr("The account %1 is not in the vault's membership.").arg(user.login));
        // The slot is the one the signed membership gives the account, whatever login keyring.json writes on it.
        keyring.removeSlot(member->slotId);
        if (auto done = UserRepository(m_session.database())
                            .deactivate(user.id, removed ? m_session.clock().nowUtc() : QDateTime());
            !done)
            return done;
        auto row = m_session.audit().append(
            m_session.user().login, removed ? QStringLiteral("user.removed") : QStringLiteral("user.deactivated"),
            QStringLiteral("user"), user.id);
        if (!row)
            return row.error();
        for (SlotRoot& root : member->slots) {
            if (root.slotId == member->slotId && root.until == 0)
                root.until = *row;
        }
        member->state = removed ? MemberState::Removed : MemberState::Inactive;
        return {};
    });
}

Result<void> UserService::deactivate(const QString& login)
{
    auto user = accountToEnd(login);
    if (!user)
        return user.error();
    if (!user->active)
        return makeError(ErrorCode::InvalidInput, tr("The account %1 is already deactivated.").arg(user->login));
    return endAccount(*user, false);
}

Result<void> UserService::remove(const QString& login, bool rotateKey)
{
    auto user = accountToEnd(login);
    if (!user)
        return user.error();
    if (user->removedAt.isValid() && !rotateKey)
        return makeError(ErrorCode::InvalidInput, tr("The account %1 is already removed.").arg(user->login));
    if (!user->removedAt.isValid()) {
        if (auto ended = endAccount(*user, true); !ended)
            return ended;
    }
    // Rotating makes the removed person's copy of keyring.json useless too: it unwraps only the old key.
    return rotateKey ? m_session.rotateDataKey() : Result<void>();
}

Result<void> UserService::reactivate(const QString& login, const SecureBuffer& initialPassphrase)
{
    auto user = existingAccount(login);
    if (!user)
        return user.error();
    const QString normalised = user->login;
    UserRepository users(m_session.database());
    if (user->removedAt.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The account %1 was removed for good.").arg(normalised));
    if (user->active)
        return makeError(ErrorCode::InvalidInput, tr("The account %1 is active.").arg(normalised));
    auto secret = passphrase_policy::normalise(initialPassphrase);
    if (!secret)
        return secret.error();
    if (auto strong = vault::checkPassphraseStrength(*secret, vault::personalWords(normalised, user->displayName));
        !strong)
        return strong;
    auto slot = m_session.makeAccountSlot(normalised, user->role, *secret);
    if (!slot)
        return slot.error();
    const qint64 id = user->id;
    return m_session.changeMembership([&](Keyring& keyring, Membership& membership) -> Result<void> {
        Member* member = membership.memberById(id);
        if (!member)
            return makeError(ErrorCode::Damaged,
                             tr("The account %1 is not in the vault's membership.").arg(normalised));
        keyring.removeSlot(member->slotId);
        if (!keyring.insertSlot(*slot))
            return makeError(ErrorCode::InvalidInput, tr("A key rotation is under way; try again."));
        if (auto done = users.reactivate(id, slot->id); !done)
            return done;
        member->state = MemberState::Active;
        member->slotId = slot->id;
        member->slots.append(SlotRoot{ slot->id, slot->publicKey, slot->signingKey, 0 });
        // A supporter's cards went with their account; those of matches still live come back under the new slot.
        if (member->role == Role::Supporter && member->supporterId > 0) {
            if (auto issued = match_cards::issueForSupporter(m_session, member->supporterId, slot->publicKey); !issued)
                return issued;
        }
        return m_session.recordAudit(QStringLiteral("user.reactivated"), QStringLiteral("user"), id);
    });
}

} // namespace peerdesk
