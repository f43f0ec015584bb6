#include "core/vault/Membership.h"

#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace peerdesk {

namespace {

constexpr auto FormatName = "peerdesk-membership";
constexpr int FormatVersion = 1;
constexpr auto BodyKey = "membership";
constexpr auto SignatureKey = "membership_signature";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Membership)
};

Error damaged(const QString& detail)
{
    return makeError(ErrorCode::Damaged, Text::tr("The vault's membership record is damaged: %1").arg(detail));
}

QString stateKey(MemberState state)
{
    switch (state) {
    case MemberState::Active:
        return QStringLiteral("active");
    case MemberState::Inactive:
        return QStringLiteral("inactive");
    case MemberState::Removed:
        return QStringLiteral("removed");
    }
    return QStringLiteral("removed");
}

std::optional<MemberState> stateFromKey(const QString& key)
{
    if (key == QLatin1String("active"))
        return MemberState::Active;
    if (key == QLatin1String("inactive"))
        return MemberState::Inactive;
    if (key == QLatin1String("removed"))
        return MemberState::Removed;
    return std::nullopt;
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> key32(const QJsonValue& value, bool optional)
{
    if (optional && (value.isUndefined() || value.toString().isEmpty()))
        return QByteArray();
    const auto decoded
        = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return std::nullopt;
    return decoded.decoded;
}

QJsonArray rootsToJson(const QList<SlotRoot>& roots)
{
    QJsonArray array;
    for (const SlotRoot& root : roots) {
        array.append(QJsonObject{ { QStringLiteral("id"), root.slotId },
                                  { QStringLiteral("box_key"), base64(root.boxKey) },
                                  { QStringLiteral("signing_key"), base64(root.signingKey) },
                                  { QStringLiteral("until"), static_cast<qint64>(root.until) } });
    }
    return array;
}

std::optional<QList<SlotRoot>> rootsFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<SlotRoot> roots;
    for (const auto& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        SlotRoot root;
        root.slotId = object.value(QStringLiteral("id")).toString();
        const auto box = key32(object.value(QStringLiteral("box_key")), false);
        const auto signing = key32(object.value(QStringLiteral("signing_key")), true);
        const qint64 until = object.value(QStringLiteral("until")).toInteger(-1);
        if (root.slotId.size() != 36 || !box || !signing || until < 0)
            return std::nullopt;
        root.boxKey = *box;
        root.signingKey = *signing;
        root.until = until;
        roots.append(root);
    }
    return roots;
}

} // namespace

MemberState memberStateOf(const UserRecord& user)
{
    if (user.active)
        return MemberState::Active;
    return user.removedAt.isValid() ? MemberState::Removed : MemberState::Inactive;
}

QByteArray Membership::body() const
{
    QJsonArray members;
    for (const Member& member : users) {
        QJsonObject object{ { QStringLiteral("id"), static_cast<qint64>(member.id) },
                            { QStringLiteral("login"), member.login },
                            { QStringLiteral("role"), roleKey(member.role) },
                            { QStringLiteral("state"), stateKey(member.state) },
                            { QStringLiteral("slot"), member.slotId },
                            { QStringLiteral("slots"), rootsToJson(member.slots) } };
        // Only a supporter's account has one: every other document keeps the bytes it always had.
        if (member.supporterId > 0)
            object.insert(QStringLiteral("supporter"), static_cast<qint64>(member.supporterId));
        members.append(object);
    }
    const QJsonObject root{
        { QStringLiteral("format"), QLatin1String(FormatName) },
        { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("vault_id"), vaultId },
        { QStringLiteral("serial"), static_cast<qint64>(serial) },
        { QStringLiteral("authority"), authority },
        { QStringLiteral("audit_signed_from"), static_cast<qint64>(auditSignedFrom) },
        { QStringLiteral("kdf"),
          QJsonObject{ { QStringLiteral("opslimit"), static_cast<qint64>(slotCost.opsLimit) },
                       { QStringLiteral("memlimit"), static_cast<qint64>(slotCost.memLimitBytes) } } },
        { QStringLiteral("users"), members },
        { QStringLiteral("recovery"),
          QJsonObject{ { QStringLiteral("slot"), recoverySlot },
                       { QStringLiteral("slots"), rootsToJson(recoverySlots) } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray Membership::signatureMessage(const QByteArray& body)
{
    return QByteArrayLiteral("peerdesk-membership-v1\n") + body;
}

Result<Membership> Membership::parse(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return damaged(Text::tr("it is not valid JSON"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)
        || root.value(QStringLiteral("version")).toInt() != FormatVersion)
        return damaged(Text::tr("its format is unknown"));
    Membership membership;
    membership.vaultId = root.value(QStringLiteral("vault_id")).toString();
    membership.serial = root.value(QStringLiteral("serial")).toInteger(-1);
    membership.authority = root.value(QStringLiteral("authority")).toInt(-1);
    membership.auditSignedFrom = root.value(QStringLiteral("audit_signed_from")).toInteger(-1);
    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    membership.slotCost = KdfParams{ static_cast<quint64>(kdf.value(QStringLiteral("opslimit")).toInteger(0)),
                                     static_cast<quint64>(kdf.value(QStringLiteral("memlimit")).toInteger(0)) };
    if (membership.serial < 1 || membership.authority < 0 || membership.auditSignedFrom < 1
        || !membership.slotCost.validate())
        return damaged(Text::tr("a field is out of range"));
    for (const auto& value : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject object = value.toObject();
        Member member;
        member.id = object.value(QStringLiteral("id")).toInteger(0);
        member.login = object.value(QStringLiteral("login")).toString();
        const auto role = roleFromKey(object.value(QStringLiteral("role")).toString());
        const auto state = stateFromKey(object.value(QStringLiteral("state")).toString());
        member.slotId = object.value(QStringLiteral("slot")).toString();
        const auto slots = rootsFromJson(object.value(QStringLiteral("slots")));
        member.supporterId = object.value(QStringLiteral("supporter")).toInteger(0);
        if (member.id < 1 || member.login.isEmpty() || !role || !state || !slots || slots->isEmpty()
            || (*role == Role::Supporter) != (member.supporterId > 0))
            return damaged(Text::tr("an account is invalid"));
        member.role = *role;
        member.state = *state;
        member.slots = *slots;
        membership.users.append(std::move(member));
    }
    const QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
    membership.recoverySlot = recovery.value(QStringLiteral("slot")).toString();
    const auto recoverySlots = rootsFromJson(recovery.value(QStringLiteral("slots")));
    if (!recoverySlots)
        return damaged(Text::tr("the recovery slots are invalid"));
    membership.recoverySlots = *recoverySlots;
    return membership;
}

const Member* Membership::memberByLogin(const QString& login) const
{
    for (const Member& member : users) {
        if (member.login == login)
            return &member;
    }
    return nullptr;
}

const Member* Membership::memberById(qint64 id) const
{
    for (const Member& member : users) {
        if (member.id == id)
            return &member;
    }
    return nullptr;
}

Member* Membership::memberById(qint64 id)
{
    for (Member& member : users) {
        if (member.id == id)
            return &member;
    }
    return nullptr;
}

Grants Membership::grantsForRole(Role role)
{
    switch (role) {
    case Role::Administrator:
        return { true, true };
    case Role::Coordinator:
        return { true, false };
    case Role::Reporting:
    case Role::Supporter: // a supporter opens their own matches' cards with their slot's own key pair
        return { false, false };
    }
    return {};
}

Grants Membership::grantsFor(const KeySlot& slot) const
{
    if (slot.kind == KeySlot::Kind::Recovery)
        return { true, true };
    const Member* member = memberByLogin(slot.user);
    return member ? grantsForRole(member->role) : Grants{};
}

namespace membership_store {

Result<std::optional<Membership>> load(Database& database, const Keyring& keyring)
{
    SettingsRepository meta(database, SettingsRepository::Table::Meta);
    auto body = meta.get(QLatin1String(BodyKey));
    if (!body)
        return body.error();
    auto signature = meta.get(QLatin1String(SignatureKey));
    if (!signature)
        return signature.error();
    if (!*body && !*signature)
        return std::optional<Membership>();
    if (!*body || !*signature)
        return damaged(Text::tr("its signature or its body is missing"));
    const QByteArray bytes = (*body)->toUtf8();
    const int newest = static_cast<int>(keyring.authorityChain().size()) - 1;
    if (newest < 0
        || !key_pairs::verify(keyring.authorityChain().at(newest).publicKey, Membership::signatureMessage(bytes),
                              QByteArray::fromBase64((*signature)->toLatin1()))) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("The vault's accounts and roles were changed without an administrator's key: the "
                                  "membership record in peerdesk.db is not signed by this vault's authority."));
    }
    auto membership = Membership::parse(bytes);
    if (!membership)
        return membership.error();
    if (membership->vaultId != keyring.vaultId() || membership->authority != newest)
        return damaged(Text::tr("it belongs to another vault or authority key"));
    return std::optional<Membership>(std::move(*membership));
}

Result<void> save(Database& database, Membership membership, const SigningKey& authority, int authorityIndex)
{
    membership.authority = authorityIndex;
    const QByteArray body = membership.body();
    const QByteArray signature = authority.sign(Membership::signatureMessage(body));
    SettingsRepository meta(database, SettingsRepository::Table::Meta);
    if (auto saved = meta.set(QLatin1String(BodyKey), QString::fromUtf8(body)); !saved)
        return saved;
    return meta.set(QLatin1String(SignatureKey), QString::fromLatin1(signature.toBase64()));
}

} // namespace membership_store

QByteArray KeyDirectory::successionMessage(const QString& vaultId, const QString& slotId, int seq,
                                           const QByteArray& boxKey, const QByteArray& signingKey, qint64 since)
{
    return QStringList{ QStringLiteral("peerdesk-succession-v1"),
                        vaultId,
                        slotId,
                        QString::number(seq),
                        base64(boxKey),
                        base64(signingKey),
                        QString::number(since) }
        .join(QLatin1Char('\n'))
        .toUtf8();
}

KeyDirectory KeyDirectory::build(const QString& vaultId, const Membership& membership,
                                 const QList<StaffKeyRecord>& successions, QStringList& problems)
{
    KeyDirectory directory;
    QHash<QString, qint64> untilBySlot;
    QSet<QByteArray> recoveryKeys;
    auto addRoot = [&](const SlotRoot& root, const QString& owner) {
        directory.m_bySlot[root.slotId] = { SlotKey{ root.slotId, 0, root.boxKey, root.signingKey, 0, root.until } };
        untilBySlot.insert(root.slotId, root.until);
        directory.m_owners.insert(root.slotId, owner);
    };
    for (const Member& member : membership.users) {
        for (const SlotRoot& root : member.slots)
            addRoot(root, member.login);
    }
    for (const SlotRoot& root : membership.recoverySlots) {
        addRoot(root, QString());
        directory.m_recovery.insert(root.slotId);
        if (!root.signingKey.isEmpty())
            recoveryKeys.insert(root.signingKey);
    }
    // The recovery slots' own successions first: a recovery key renewed at its first use vouches for the keys of
    // the person it recovered.
    QList<StaffKeyRecord> ordered;
    for (const StaffKeyRecord& record : successions) {
        if (directory.m_recovery.contains(record.slotId))
            ordered.append(record);
    }
    for (const StaffKeyRecord& record : successions) {
        if (!directory.m_recovery.contains(record.slotId))
            ordered.append(record);
    }
    QSet<QString> broken;
    for (const StaffKeyRecord& record : std::as_const(ordered)) {
        auto found = directory.m_bySlot.find(record.slotId);
        const QString who = directory.m_owners.value(record.slotId).isEmpty() ? Text::tr("the recovery key")
                                                                              : directory.m_owners.value(record.slotId);
        if (found == directory.m_bySlot.end()) {
            problems.append(Text::tr("A key is recorded for slot %1, which no account has.").arg(record.slotId));
            continue;
        }
        if (broken.contains(record.slotId))
            continue;
        QList<SlotKey>& chain = *found;
        const SlotKey& previous = chain.constLast();
        const QByteArray message = successionMessage(vaultId, record.slotId, record.seq, record.boxKey,
                                                     record.signingKey, record.sinceAuditId);
        bool valid = record.seq == previous.seq + 1 && record.sinceAuditId > previous.since;
        if (record.endorser == QLatin1String("previous"))
            valid = valid && key_pairs::verify(previous.signingKey, message, record.endorsement);
        else if (record.endorser == QLatin1String("recovery"))
            valid = valid && recoveryKeys.contains(record.endorserKey)
                && key_pairs::verify(record.endorserKey, message, record.endorsement);
        else if (record.endorser == QLatin1String("legacy"))
            valid = valid && record.seq == 1 && previous.signingKey.isEmpty()
                && key_pairs::verify(record.signingKey, message, record.endorsement);
        else
            valid = false;
        if (!valid) {
            problems.append(Text::tr("A key of %1's slot is not vouched for by the key before it: it was added "
                                     "outside PeerDesk.")
                                .arg(who));
            broken.insert(record.slotId);
            continue;
        }
        chain.last().until = record.sinceAuditId;
        chain.append(SlotKey{ record.slotId, record.seq, record.boxKey, record.signingKey, record.sinceAuditId,
                              untilBySlot.value(record.slotId) });
        if (directory.m_recovery.contains(record.slotId))
            recoveryKeys.insert(record.signingKey);
    }
    for (const QList<SlotKey>& chain : std::as_const(directory.m_bySlot)) {
        for (const SlotKey& key : chain) {
            if (!key.signingKey.isEmpty())
                directory.m_bySigningKey.insert(key.signingKey, key);
        }
    }
    return directory;
}

std::optional<SlotKey> KeyDirectory::current(const QString& slotId) const
{
    const auto found = m_bySlot.constFind(slotId);
    if (found == m_bySlot.constEnd() || found->isEmpty())
        return std::nullopt;
    return found->constLast();
}

const SlotKey* KeyDirectory::bySigningKey(const QByteArray& signingKey) const
{
    const auto found = m_bySigningKey.constFind(signingKey);
    return found == m_bySigningKey.constEnd() ? nullptr : &*found;
}

int KeyDirectory::nextSeq(const QString& slotId) const
{
    const auto key = current(slotId);
    return key ? key->seq + 1 : 1;
}

Result<QStringList> membershipProblems(const MembershipCheckInput& input)
{
    const Keyring& keyring = *input.keyring;
    const Membership& membership = *input.membership;
    const KeyDirectory& directory = *input.directory;
    QStringList problems;

    // The accounts table says the same as the signed record.
    for (const UserRecord& user : *input.users) {
        const Member* member = membership.memberById(user.id);
        if (!member) {
            problems.append(Text::tr("Account %1 is in peerdesk.db but not in the signed membership: it was added "
                                     "outside PeerDesk.")
                                .arg(user.login));
            continue;
        }
        if (member->login != user.login || member->role != user.role || member->state != memberStateOf(user)
            || member->slotId != user.slotId) {
            problems.append(Text::tr("Account %1 in peerdesk.db does not match the signed membership (its role, "
                                     "state or slot was changed outside PeerDesk).")
                                .arg(user.login));
        } else if (input.supporterLinks && input.supporterLinks->value(user.id, 0) != member->supporterId) {
            problems.append(Text::tr("Account %1 in peerdesk.db works for another supporter than the signed "
                                     "membership says: it was changed outside PeerDesk.")
                                .arg(user.login));
        }
    }
    for (const Member& member : membership.users) {
        const bool inTable = std::any_of(input.users->cbegin(), input.users->cend(),
                                         [&](const UserRecord& user) { return user.id == member.id; });
        if (!inTable)
            problems.append(Text::tr("Account %1 is missing from peerdesk.db.").arg(member.login));
    }

    // Every slot belongs to an active account (or is the recovery slot) and holds that account's keys.
    for (const KeySlot& slot : keyring.slots()) {
        const QString who = slot.kind == KeySlot::Kind::Recovery ? Text::tr("the recovery key")
                                                                 : QStringLiteral("\"%1\"").arg(slot.user);
        if (slot.kind == KeySlot::Kind::Passphrase) {
            const Member* member = membership.memberByLogin(slot.user);
            if (!member || member->slotId != slot.id) {
                problems.append(Text::tr("keyring.json has a key slot for %1 that the vault's accounts do not give "
                                         "them: it was added or renamed outside PeerDesk.")
                                    .arg(who));
                continue;
            }
            if (member->state != MemberState::Active) {
                problems.append(
                    Text::tr("keyring.json still has a key slot for %1, whose account has ended.").arg(who));
                continue;
            }
        } else if (slot.id != membership.recoverySlot) {
            problems.append(Text::tr("keyring.json has a recovery slot that is not the vault's recovery key: it was "
                                     "added outside PeerDesk."));
            continue;
        }
        const auto keys = directory.current(slot.id);
        if (!keys || keys->boxKey != slot.publicKey || keys->signingKey != slot.signingKey) {
            problems.append(
                Text::tr("The keys of %1's slot in keyring.json are not the ones the vault recorded.").arg(who));
            continue;
        }
        const Grants grants = membership.grantsFor(slot);
        if (grants.identity != !slot.sealed.identity.isEmpty() || grants.authority != !slot.sealed.authority.isEmpty())
            problems.append(Text::tr("The key slot of %1 holds other keys than its role gives.").arg(who));
        if (slot.legacy())
            continue;
        if (auto witness = keyring.verifyWitness(slot); !witness) {
            problems.append(Text::tr("The record of what %1 last saw was altered.").arg(who));
            continue;
        }
        if (slot.witness.membership > membership.serial) {
            problems.append(Text::tr("The vault's accounts are older than what %1 last saw: peerdesk.db was rolled "
                                     "back or replaced.")
                                .arg(who));
        }
        if (slot.witness.auditId > 0) {
            auto asSeen = input.auditRowAsSeen(slot.witness.auditId, slot.witness.auditHash);
            if (!asSeen)
                return asSeen.error();
            if (!*asSeen) {
                problems.append(Text::tr("The audit log no longer holds row %1 as %2 last saw it: rows were deleted, "
                                         "changed or rewritten.")
                                    .arg(slot.witness.auditId)
                                    .arg(who));
            }
        }
    }
    // Every active account and the recovery key have their slot.
    for (const Member& member : membership.users) {
        if (member.state == MemberState::Active && !keyring.slot(member.slotId))
            problems.append(Text::tr("The key slot of \"%1\" is missing from keyring.json.").arg(member.login));
    }
    if (!membership.recoverySlot.isEmpty() && !keyring.slot(membership.recoverySlot))
        problems.append(Text::tr("The recovery key's slot is missing from keyring.json."));
    return problems;
}

} // namespace peerdesk
