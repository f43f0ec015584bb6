#include "core/security/Keyring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <sodium.h>
#include <utility>

namespace peerdesk {

namespace {

constexpr auto FormatName = "peerdesk-keyring";
constexpr int LegacyFormatVersion = 2;
constexpr auto KdfAlgorithm = "argon2id13";
constexpr auto WrapAlgorithm = "xchacha20poly1305-ietf";
constexpr auto SealAlgorithm = "x25519-xsalsa20poly1305-seal";
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
// A slot's wrapped secrets: its X25519 secret key, then its Ed25519 seed (format 2: the X25519 key alone).
constexpr int WrappedBytes = BoxKeyPair::SecretKeyBytes + SigningKey::SeedBytes;
constexpr int LegacyWrappedBytes = BoxKeyPair::SecretKeyBytes;
constexpr int CheckBytes = 32;

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Keyring)
};

Error damaged(const QString& detail)
{
    return makeError(ErrorCode::Damaged, Text::tr("keyring.json is damaged: %1").arg(detail));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull()
        && QUuid::fromString(text).toString(QUuid::WithoutBraces) == text;
}

// Binds each wrapped key to its vault and slot, so a slot copied into another keyring or slot fails to open.
// Format 2 wrapped only the X25519 key, under "<vault>:<slot>"; format 3 names itself, so a format-3 wrap can
// never be read as a format-2 one.
QByteArray associatedData(const QString& vaultId, const QString& slotId, bool legacy)
{
    const QString text
        = (legacy ? QString() : QStringLiteral("peerdesk-slot-v3:")) + vaultId + QLatin1Char(':') + slotId;
    return text.toUtf8();
}

QString kindKey(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("passphrase");
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> decodeBase64(const QJsonValue& value, qsizetype expectedSize)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize))
        return std::nullopt;
    return decoded.decoded;
}

// An optional base64 member: absent gives an empty array, present must decode to expectedSize.
bool optionalBase64(const QJsonObject& object, const char* key, qsizetype expectedSize, QByteArray& out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const auto decoded = decodeBase64(value, expectedSize);
    if (!decoded)
        return false;
    out = *decoded;
    return true;
}

std::optional<quint64> positiveInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > 9007199254740992.0 || number != static_cast<double>(static_cast<quint64>(number)))
        return std::nullopt;
    return static_cast<quint64>(number);
}

std::optional<qint64> nonNegativeInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > 9007199254740992.0 || number != static_cast<double>(static_cast<qint64>(number)))
        return std::nullopt;
    return static_cast<qint64>(number);
}

bool isLowerHex(const QString& text, int length)
{
    if (text.size() != length)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

Result<Witness> parseWitness(const QJsonObject& object)
{
    Witness witness;
    const auto authority = nonNegativeInteger(object.value(QLatin1String("authority")));
    const auto membership = nonNegativeInteger(object.value(QLatin1String("membership")));
    const auto auditId = nonNegativeInteger(object.value(QLatin1String("audit_id")));
    const auto signature = decodeBase64(object.value(QLatin1String("signature")), SigningKey::SignatureBytes);
    const QString hash = object.value(QLatin1String("audit_hash")).toString();
    if (!authority || *authority > 100000 || !membership || !auditId || !signature
        || (*auditId == 0 ? !hash.isEmpty() : !isLowerHex(hash, 64)))
        return damaged(Text::tr("a slot's witness is invalid"));
    witness.authority = static_cast<int>(*authority);
    witness.membership = *membership;
    witness.auditId = *auditId;
    witness.auditHash = hash;
    witness.signature = *signature;
    return witness;
}

QJsonObject witnessToJson(const Witness& witness)
{
    return { { QLatin1String("authority"), witness.authority },
             { QLatin1String("membership"), static_cast<qint64>(witness.membership) },
             { QLatin1String("audit_id"), static_cast<qint64>(witness.auditId) },
             { QLatin1String("audit_hash"), witness.auditHash },
             { QLatin1String("signature"), base64(witness.signature) } };
}

Result<KeySlot> parseSlot(const QJsonObject& object, int formatVersion)
{
    KeySlot slot;
    slot.id = object.value(QLatin1String("id")).toString();
    if (!isUuid(slot.id))
        return damaged(Text::tr("a slot has no valid id"));
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("passphrase")) {
        slot.kind = KeySlot::Kind::Passphrase;
        slot.user = object.value(QLatin1String("user")).toString();
        if (slot.user.isEmpty() || slot.user.size() > 64)
            return damaged(Text::tr("a passphrase slot names no user"));
    } else if (kind == QLatin1String("recovery")) {
        slot.kind = KeySlot::Kind::Recovery;
        if (object.contains(QLatin1String("user")))
            return damaged(Text::tr("the recovery slot names a user"));
    } else {
        return damaged(Text::tr("a slot has an unknown kind"));
    }

    const QJsonObject kdf = object.value(QLatin1String("kdf")).toObject();
    if (kdf.value(QLatin1String("alg")).toString() != QLatin1String(KdfAlgorithm))
        return damaged(Text::tr("a slot uses an unknown key derivation"));
    const auto ops = positiveInteger(kdf.value(QLatin1String("opslimit")));
    const auto mem = positiveInteger(kdf.value(QLatin1String("memlimit")));
    const auto salt = decodeBase64(kdf.value(QLatin1String("salt")), kdf::SaltBytes);
    if (!ops || !mem || !salt)
        return damaged(Text::tr("a slot's key derivation parameters are invalid"));
    slot.kdf = KdfParams{ *ops, *mem };
    if (!slot.kdf.validate())
        return damaged(Text::tr("a slot's key derivation cost is out of bounds"));
    slot.salt = *salt;

    const bool legacy = formatVersion == LegacyFormatVersion || !object.contains(QLatin1String("signing_key"));
    if (!legacy) {
        const auto signingKey = decodeBase64(object.value(QLatin1String("signing_key")), SigningKey::PublicKeyBytes);
        if (!signingKey)
            return damaged(Text::tr("a slot's signing key is invalid"));
        slot.signingKey = *signingKey;
    }
    const QJsonObject wrap = object.value(QLatin1String("wrap")).toObject();
    if (wrap.value(QLatin1String("alg")).toString() != QLatin1String(WrapAlgorithm))
        return damaged(Text::tr("a slot uses an unknown cipher"));
    const auto nonce = decodeBase64(wrap.value(QLatin1String("nonce")), NonceBytes);
    const auto ciphertext = decodeBase64(wrap.value(QLatin1String("ciphertext")),
                                         (legacy ? LegacyWrappedBytes : WrappedBytes) + TagBytes);
    if (!nonce || !ciphertext)
        return damaged(Text::tr("a slot's wrapped key is invalid"));
    slot.nonce = *nonce;
    slot.ciphertext = *ciphertext;

    const auto publicKey = decodeBase64(object.value(QLatin1String("public_key")), BoxKeyPair::PublicKeyBytes);
    const QJsonObject sealed = object.value(QLatin1String("sealed")).toObject();
    if (!publicKey || sealed.value(QLatin1String("alg")).toString() != QLatin1String(SealAlgorithm))
        return damaged(Text::tr("a slot's sealed key is invalid"));
    slot.publicKey = *publicKey;
    const auto sealedKey = static_cast<qsizetype>(key_pairs::sealedSize(Keyring::DataKeyBytes));
    const auto sealedSeed = static_cast<qsizetype>(key_pairs::sealedSize(SigningKey::SeedBytes));
    bool valid = true;
    if (formatVersion == LegacyFormatVersion) {
        valid = optionalBase64(sealed, "current", sealedKey, slot.sealed.data)
            && optionalBase64(sealed, "next", sealedKey, slot.sealed.dataNext);
    } else {
        valid = optionalBase64(sealed, "data", sealedKey, slot.sealed.data)
            && optionalBase64(sealed, "data_next", sealedKey, slot.sealed.dataNext)
            && optionalBase64(sealed, "identity", sealedKey, slot.sealed.identity)
            && optionalBase64(sealed, "authority", sealedSeed, slot.sealed.authority)
            && optionalBase64(sealed, "authority_next", sealedSeed, slot.sealed.authorityNext);
    }
    if (!valid || slot.sealed.data.isEmpty())
        return damaged(Text::tr("a slot's sealed key is invalid"));
    if (!slot.sealed.authorityNext.isEmpty() && slot.sealed.authority.isEmpty())
        return damaged(Text::tr("a slot's sealed key is invalid"));

    if (!legacy) {
        auto witness = parseWitness(object.value(QLatin1String("witness")).toObject());
        if (!witness)
            return witness.error();
        slot.witness = *witness;
    } else if (object.contains(QLatin1String("witness"))) {
        return damaged(Text::tr("a slot's witness is invalid"));
    }
    return slot;
}

QJsonObject slotToJson(const KeySlot& slot)
{
    QJsonObject object{ { QLatin1String("id"), slot.id }, { QLatin1String("kind"), kindKey(slot.kind) } };
    if (slot.kind == KeySlot::Kind::Passphrase)
        object.insert(QLatin1String("user"), slot.user);
    object.insert(QLatin1String("kdf"),
                  QJsonObject{ { QLatin1String("alg"), QLatin1String(KdfAlgorithm) },
                               { QLatin1String("opslimit"), static_cast<qint64>(slot.kdf.opsLimit) },
                               { QLatin1String("memlimit"), static_cast<qint64>(slot.kdf.memLimitBytes) },
                               { QLatin1String("salt"), base64(slot.salt) } });
    object.insert(QLatin1String("wrap"),
                  QJsonObject{ { QLatin1String("alg"), QLatin1String(WrapAlgorithm) },
                               { QLatin1String("nonce"), base64(slot.nonce) },
                               { QLatin1String("ciphertext"), base64(slot.ciphertext) } });
    object.insert(QLatin1String("public_key"), base64(slot.publicKey));
    if (!slot.legacy())
        object.insert(QLatin1String("signing_key"), base64(slot.signingKey));
    QJsonObject sealed{ { QLatin1String("alg"), QLatin1String(SealAlgorithm) },
                        { QLatin1String("data"), base64(slot.sealed.data) } };
    const std::pair<const char*, const QByteArray*> optional[] = { { "data_next", &slot.sealed.dataNext },
                                                                   { "identity", &slot.sealed.identity },
                                                                   { "authority", &slot.sealed.authority },
                                                                   { "authority_next", &slot.sealed.authorityNext } };
    for (const auto& [key, value] : optional) {
        if (!value->isEmpty())
            sealed.insert(QLatin1String(key), base64(*value));
    }
    object.insert(QLatin1String("sealed"), sealed);
    if (!slot.legacy())
        object.insert(QLatin1String("witness"), witnessToJson(slot.witness));
    return object;
}

Result<KeyStatement> parseStatement(const QJsonObject& object, int chainLength)
{
    KeyStatement statement;
    const auto epoch = positiveInteger(object.value(QLatin1String("epoch")));
    const auto data = decodeBase64(object.value(QLatin1String("data_check")), CheckBytes);
    const auto identity = decodeBase64(object.value(QLatin1String("identity_check")), CheckBytes);
    const auto authority = nonNegativeInteger(object.value(QLatin1String("authority")));
    const auto signature = decodeBase64(object.value(QLatin1String("signature")), SigningKey::SignatureBytes);
    if (!epoch || !data || !identity || !authority || *authority >= chainLength || !signature)
        return damaged(Text::tr("the key statement is invalid"));
    statement.epoch = static_cast<qint64>(*epoch);
    statement.dataCheck = *data;
    statement.identityCheck = *identity;
    statement.authority = static_cast<int>(*authority);
    statement.signature = *signature;
    if (object.contains(QLatin1String("next"))) {
        const QJsonObject next = object.value(QLatin1String("next")).toObject();
        const auto nextEpoch = positiveInteger(next.value(QLatin1String("epoch")));
        const auto nextData = decodeBase64(next.value(QLatin1String("data_check")), CheckBytes);
        if (!nextEpoch || !nextData || static_cast<qint64>(*nextEpoch) != statement.epoch + 1)
            return damaged(Text::tr("the key statement is invalid"));
        statement.nextEpoch = static_cast<qint64>(*nextEpoch);
        statement.nextDataCheck = *nextData;
    }
    return statement;
}

QJsonObject statementToJson(const KeyStatement& statement)
{
    QJsonObject object{ { QLatin1String("epoch"), static_cast<qint64>(statement.epoch) },
                        { QLatin1String("data_check"), base64(statement.dataCheck) },
                        { QLatin1String("identity_check"), base64(statement.identityCheck) },
                        { QLatin1String("authority"), statement.authority },
                        { QLatin1String("signature"), base64(statement.signature) } };
    if (statement.rotating()) {
        object.insert(QLatin1String("next"),
                      QJsonObject{ { QLatin1String("epoch"), static_cast<qint64>(statement.nextEpoch) },
                                   { QLatin1String("data_check"), base64(statement.nextDataCheck) } });
    }
    return object;
}

Error versionError(const QJsonValue& version)
{
    // One multi-argument arg(): a version written as "%1" in the file must not be substituted into.
    if (version.isDouble() && version.toDouble() < LegacyFormatVersion) {
        // Version 1 wrapped the data key directly; only development builds before 0.1.0 wrote it.
        return makeError(ErrorCode::Damaged,
                         Text::tr("keyring.json has format version %1, written by a development build of PeerDesk "
                                  "before its first release; this PeerDesk reads version %2.")
                             .arg(version.toVariant().toString(), QString::number(Keyring::FormatVersion)));
    }
    return makeError(ErrorCode::Damaged,
                     Text::tr("keyring.json has format version %1; this PeerDesk reads version %2. Install a newer "
                              "PeerDesk.")
                         .arg(version.toVariant().toString(), QString::number(Keyring::FormatVersion)));
}

std::optional<SecureBuffer> openSealed(const QByteArray& sealed, const BoxKeyPair& box, std::size_t bytes)
{
    if (sealed.isEmpty())
        return std::nullopt;
    return box.open(sealed, bytes);
}

} // namespace

VaultKeys VaultKeys::copy() const
{
    VaultKeys keys;
    keys.data = SecureBuffer::copyOf(data.data(), data.size());
    if (dataNext)
        keys.dataNext = SecureBuffer::copyOf(dataNext->data(), dataNext->size());
    if (identity)
        keys.identity = SecureBuffer::copyOf(identity->data(), identity->size());
    if (authority)
        keys.authority = authority->copy();
    if (authorityNext)
        keys.authorityNext = authorityNext->copy();
    return keys;
}

const SigningKey* VaultKeys::signingAuthority() const
{
    if (authorityNext)
        return &*authorityNext;
    return authority ? &*authority : nullptr;
}

Keyring::Keyring(QString vaultId) : m_vaultId(vaultId.isEmpty() ? newUuid() : std::move(vaultId)) { }

Result<Keyring> Keyring::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(Text::tr("it is not valid JSON (truncated or altered?)"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(FormatName))
        return damaged(Text::tr("it is not a PeerDesk keyring"));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble()
        || (version.toDouble() != FormatVersion && version.toDouble() != static_cast<double>(LegacyFormatVersion)))
        return versionError(version);
    const QString vaultId = root.value(QLatin1String("vault_id")).toString();
    if (!isUuid(vaultId))
        return damaged(Text::tr("the vault id is invalid"));

    Keyring keyring(vaultId);
    keyring.m_formatVersion = static_cast<int>(version.toDouble());
    if (keyring.m_formatVersion == FormatVersion) {
        const QJsonArray chain = root.value(QLatin1String("authority")).toArray();
        if (chain.isEmpty() || chain.size() > 10000)
            return damaged(Text::tr("the authority chain is invalid"));
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QJsonObject link = chain.at(i).toObject();
            AuthorityKey key;
            const auto publicKey = decodeBase64(link.value(QLatin1String("public_key")), SigningKey::PublicKeyBytes);
            if (!publicKey || (i == 0) != !link.contains(QLatin1String("endorsement"))
                || !optionalBase64(link, "endorsement", SigningKey::SignatureBytes, key.endorsement))
                return damaged(Text::tr("the authority chain is invalid"));
            key.publicKey = *publicKey;
            keyring.m_authority.append(key);
        }
        const auto chainLength = static_cast<int>(keyring.m_authority.size());
        auto statement = parseStatement(root.value(QLatin1String("keys")).toObject(), chainLength);
        if (!statement)
            return statement.error();
        keyring.m_statement = *statement;
        const bool hasAfter = root.contains(QLatin1String("keys_after_rotation"));
        if (hasAfter != keyring.m_statement.rotating())
            return damaged(Text::tr("the key statement is invalid"));
        if (hasAfter) {
            auto after = parseStatement(root.value(QLatin1String("keys_after_rotation")).toObject(), chainLength);
            if (!after)
                return after.error();
            if (after->rotating() || after->epoch != keyring.m_statement.nextEpoch)
                return damaged(Text::tr("the key statement is invalid"));
            keyring.m_statementAfterRotation = *after;
        }
    }

    const QJsonValue slots = root.value(QLatin1String("slots"));
    if (!slots.isArray() || slots.toArray().isEmpty())
        return damaged(Text::tr("it holds no key slot"));
    for (const auto& value : slots.toArray()) {
        auto slot = parseSlot(value.toObject(), keyring.m_formatVersion);
        if (!slot)
            return slot.error();
        for (const KeySlot& existing : keyring.m_slots) {
            if (existing.id == slot->id)
                return damaged(Text::tr("two slots share an id"));
            if (slot->kind == KeySlot::Kind::Passphrase && existing.kind == KeySlot::Kind::Passphrase
                && existing.user == slot->user)
                return damaged(Text::tr("two slots belong to the same user"));
            if (slot->kind == KeySlot::Kind::Recovery && existing.kind == KeySlot::Kind::Recovery)
                return damaged(Text::tr("it holds two recovery slots"));
        }
        keyring.m_slots.append(std::move(*slot));
    }
    // A rotation seals the next keys to every slot at once: some slots with them and some without is damage.
    const bool rotatingSlots = keyring.m_slots.constFirst().sealed.dataNext.size() > 0;
    for (const KeySlot& slot : keyring.m_slots) {
        const bool inRotation = !slot.sealed.dataNext.isEmpty();
        const bool authorityConsistent
            = slot.sealed.authority.isEmpty() || inRotation != slot.sealed.authorityNext.isEmpty();
        if (inRotation != rotatingSlots || !authorityConsistent)
            return damaged(Text::tr("a key rotation is recorded in some slots only"));
    }
    if (keyring.m_formatVersion == FormatVersion && rotatingSlots != keyring.m_statement.rotating())
        return damaged(Text::tr("a key rotation is recorded in some slots only"));
    return keyring;
}

QByteArray Keyring::toJson() const
{
    QJsonArray slots;
    if (m_formatVersion == LegacyFormatVersion) {
        // A format-2 keyring is only ever read (an upgrade makes a new one); written back, it stays format 2.
        for (const KeySlot& slot : m_slots) {
            QJsonObject object = slotToJson(slot);
            QJsonObject sealed{ { QLatin1String("alg"), QLatin1String(SealAlgorithm) },
                                { QLatin1String("current"), base64(slot.sealed.data) } };
            if (!slot.sealed.dataNext.isEmpty())
                sealed.insert(QLatin1String("next"), base64(slot.sealed.dataNext));
            object.insert(QLatin1String("sealed"), sealed);
            slots.append(object);
        }
        return QJsonDocument(QJsonObject{ { QLatin1String("format"), QLatin1String(FormatName) },
                                          { QLatin1String("version"), LegacyFormatVersion },
                                          { QLatin1String("vault_id"), m_vaultId },
                                          { QLatin1String("slots"), slots } })
            .toJson(QJsonDocument::Indented);
    }
    for (const KeySlot& slot : m_slots)
        slots.append(slotToJson(slot));
    QJsonArray chain;
    for (const AuthorityKey& key : m_authority) {
        QJsonObject link{ { QLatin1String("public_key"), base64(key.publicKey) } };
        if (!key.endorsement.isEmpty())
            link.insert(QLatin1String("endorsement"), base64(key.endorsement));
        chain.append(link);
    }
    QJsonObject root{ { QLatin1String("format"), QLatin1String(FormatName) },
                      { QLatin1String("version"), FormatVersion },
                      { QLatin1String("vault_id"), m_vaultId },
                      { QLatin1String("authority"), chain },
                      { QLatin1String("keys"), statementToJson(m_statement) },
                      { QLatin1String("slots"), slots } };
    if (m_statement.rotating())
        root.insert(QLatin1String("keys_after_rotation"), statementToJson(m_statementAfterRotation));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<KeySlot> Keyring::slot(const QString& id) const
{
    for (const KeySlot& slot : m_slots) {
        if (slot.id == id)
            return slot;
    }
    return std::nullopt;
}

std::optional<KeySlot> Keyring::passphraseSlotFor(const QString& login) const
{
    for (const KeySlot& slot : m_slots) {
        if (slot.kind == KeySlot::Kind::Passphrase && slot.user == login)
            return slot;
    }
    return std::nullopt;
}

std::optional<KeySlot> Keyring::recoverySlot() const
{
    for (const KeySlot& slot : m_slots) {
        if (slot.kind == KeySlot::Kind::Recovery)
            return slot;
    }
    return std::nullopt;
}

Result<KeySlot> Keyring::makeSlot(const QString& vaultId, QString slotId, KeySlot::Kind kind, QString user,
                                  const SecureBuffer& secret, const KdfParams& params, SlotSecrets& secrets)
{
    if (auto valid = params.validate(); !valid)
        return valid.error();
    const QByteArray salt = kdf::randomSalt();
    auto kek = kdf::deriveKey(secret, salt, params);
    if (!kek)
        return kek.error();
    return makeSlotWithKey(vaultId, std::move(slotId), kind, std::move(user), *kek, params, salt, secrets);
}

KeySlot Keyring::makeSlotWithKey(const QString& vaultId, QString slotId, KeySlot::Kind kind, QString user,
                                 const SecureBuffer& wrappingKey, const KdfParams& params, const QByteArray& salt,
                                 SlotSecrets& secrets)
{
    KeySlot slot;
    slot.id = slotId.isEmpty() ? newUuid() : std::move(slotId);
    slot.kind = kind;
    slot.user = std::move(user);
    slot.kdf = params;
    slot.salt = salt;
    secrets.box = BoxKeyPair::generate();
    secrets.signing = SigningKey::generate();
    slot.publicKey = secrets.box.publicKey();
    slot.signingKey = secrets.signing.publicKey();

    SecureBuffer wrapped(WrappedBytes);
    std::memcpy(wrapped.data(), secrets.box.secret().data(), BoxKeyPair::SecretKeyBytes);
    const SecureBuffer seed = secrets.signing.seed();
    std::memcpy(wrapped.data() + BoxKeyPair::SecretKeyBytes, seed.data(), SigningKey::SeedBytes);
    slot.nonce = QByteArray(NonceBytes, Qt::Uninitialized);
    randombytes_buf(slot.nonce.data(), NonceBytes);
    slot.ciphertext = QByteArray(WrappedBytes + TagBytes, Qt::Uninitialized);
    const QByteArray aad = associatedData(vaultId, slot.id, false);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.ciphertext.data()), &written, wrapped.data(), wrapped.size(),
        reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey.data());
    return slot;
}

Result<SlotSecrets> Keyring::unwrap(const KeySlot& slot, const SecureBuffer& secret) const
{
    auto kek = kdf::deriveKey(secret, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    return unwrapWithKey(slot, *kek);
}

Result<SlotSecrets> Keyring::unwrapWithKey(const KeySlot& slot, const SecureBuffer& wrappingKey) const
{
    const bool legacy = slot.legacy();
    const std::size_t expected = legacy ? LegacyWrappedBytes : WrappedBytes;
    if (static_cast<std::size_t>(slot.ciphertext.size()) != expected + TagBytes)
        return damaged(Text::tr("a slot's wrapped key is invalid"));
    SecureBuffer wrapped(expected);
    const QByteArray aad = associatedData(m_vaultId, slot.id, legacy);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        wrapped.data(), &written, nullptr, reinterpret_cast<const unsigned char*>(slot.ciphertext.constData()),
        static_cast<unsigned long long>(slot.ciphertext.size()),
        reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()),
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), wrappingKey.data());
    if (rc != 0 || written != expected) {
        return makeError(ErrorCode::Authentication,
                         QCoreApplication::translate("peerdesk::Vault", "Unknown user or wrong passphrase."));
    }
    SlotSecrets secrets;
    secrets.box = *BoxKeyPair::fromSecret(SecureBuffer::copyOf(wrapped.data(), BoxKeyPair::SecretKeyBytes));
    if (!legacy)
        secrets.signing = *SigningKey::fromSeed(
            SecureBuffer::copyOf(wrapped.data() + BoxKeyPair::SecretKeyBytes, SigningKey::SeedBytes));
    // The public keys beside the wrap are not covered by it: keys that do not belong to the wrapped secrets were
    // put there by someone else.
    if (secrets.box.publicKey() != slot.publicKey || (!legacy && secrets.signing.publicKey() != slot.signingKey))
        return damaged(Text::tr("a slot's public keys do not belong to its wrapped keys"));
    return secrets;
}

Result<VaultKeys> Keyring::openKeys(const KeySlot& slot, const BoxKeyPair& box) const
{
    const auto notOpening = [] { return damaged(Text::tr("a slot's sealed key does not open with its own key pair")); };
    VaultKeys keys;
    auto data = openSealed(slot.sealed.data, box, DataKeyBytes);
    if (!data)
        return notOpening();
    keys.data = std::move(*data);
    if (!slot.sealed.dataNext.isEmpty()) {
        auto next = openSealed(slot.sealed.dataNext, box, DataKeyBytes);
        if (!next)
            return notOpening();
        keys.dataNext = std::move(*next);
    }
    if (!slot.sealed.identity.isEmpty()) {
        auto identity = openSealed(slot.sealed.identity, box, DataKeyBytes);
        if (!identity)
            return notOpening();
        keys.identity = std::move(*identity);
    }
    const std::pair<const QByteArray*, std::optional<SigningKey>*> authorities[]
        = { { &slot.sealed.authority, &keys.authority }, { &slot.sealed.authorityNext, &keys.authorityNext } };
    for (const auto& [sealed, out] : authorities) {
        if (sealed->isEmpty())
            continue;
        auto seed = openSealed(*sealed, box, SigningKey::SeedBytes);
        if (!seed)
            return notOpening();
        *out = SigningKey::fromSeed(*seed);
    }
    return keys;
}

void Keyring::seal(KeySlot& slot, const VaultKeys& keys, Grants grants)
{
    slot.sealed = SealedKeys{};
    slot.sealed.data = key_pairs::seal(keys.data, slot.publicKey);
    if (keys.dataNext)
        slot.sealed.dataNext = key_pairs::seal(*keys.dataNext, slot.publicKey);
    if (grants.identity && keys.identity)
        slot.sealed.identity = key_pairs::seal(*keys.identity, slot.publicKey);
    if (grants.authority && keys.authority)
        slot.sealed.authority = key_pairs::seal(keys.authority->seed(), slot.publicKey);
    if (grants.authority && keys.authorityNext)
        slot.sealed.authorityNext = key_pairs::seal(keys.authorityNext->seed(), slot.publicKey);
}

QByteArray Keyring::endorsementMessage(const QString& vaultId, int index, const QByteArray& publicKey)
{
    return QStringList{ QStringLiteral("peerdesk-authority-v1"), vaultId, QString::number(index), base64(publicKey) }
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QByteArray Keyring::statementMessage(const QString& vaultId, const KeyStatement& statement)
{
    return QStringList{ QStringLiteral("peerdesk-keys-v1"), vaultId,
                        QString::number(statement.epoch),   base64(statement.dataCheck),
                        base64(statement.identityCheck),    QString::number(statement.nextEpoch),
                        base64(statement.nextDataCheck),    QString::number(statement.authority) }
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QByteArray Keyring::witnessMessage(const QString& vaultId, const KeySlot& slot, const QByteArray& authorityKey)
{
    return QStringList{ QStringLiteral("peerdesk-witness-v1"),
                        vaultId,
                        slot.id,
                        kindKey(slot.kind),
                        slot.user,
                        base64(slot.publicKey),
                        base64(slot.signingKey),
                        QString::number(slot.kdf.opsLimit),
                        QString::number(slot.kdf.memLimitBytes),
                        base64(slot.salt),
                        QString::number(slot.witness.authority),
                        base64(authorityKey),
                        QString::number(slot.witness.membership),
                        QString::number(slot.witness.auditId),
                        slot.witness.auditHash }
        .join(QLatin1Char('\n'))
        .toUtf8();
}

Result<int> Keyring::verifyAuthorityFrom(int pinnedIndex) const
{
    if (pinnedIndex < 0 || pinnedIndex >= m_authority.size())
        return damaged(Text::tr("the authority key a slot trusts is not in the keyring"));
    for (int i = pinnedIndex + 1; i < m_authority.size(); ++i) {
        const AuthorityKey& key = m_authority.at(i);
        if (!key_pairs::verify(m_authority.at(i - 1).publicKey, endorsementMessage(m_vaultId, i, key.publicKey),
                               key.endorsement))
            return damaged(Text::tr("an authority key was not endorsed by the one before it"));
    }
    return static_cast<int>(m_authority.size()) - 1;
}

Result<void> Keyring::verifyStatement(const VaultKeys& keys) const
{
    const int newest = static_cast<int>(m_authority.size()) - 1;
    const auto forged = [] {
        return makeError(ErrorCode::Damaged,
                         Text::tr("keyring.json gives keys that this vault's administrators did not issue: it was "
                                  "replaced or forged. Restore keyring.json and peerdesk.db from a backup."));
    };
    if (newest < 0 || m_statement.authority != newest
        || !key_pairs::verify(m_authority.at(newest).publicKey, statementMessage(m_vaultId, m_statement),
                              m_statement.signature))
        return forged();
    if (m_statement.rotating()
        && (m_statementAfterRotation.authority != newest
            || !key_pairs::verify(m_authority.at(newest).publicKey,
                                  statementMessage(m_vaultId, m_statementAfterRotation),
                                  m_statementAfterRotation.signature)
            || m_statementAfterRotation.dataCheck != m_statement.nextDataCheck
            || m_statementAfterRotation.identityCheck != m_statement.identityCheck))
        return forged();
    const QByteArray dataCheck = key_pairs::keyCheck(keys.data);
    if (dataCheck != m_statement.dataCheck && (!m_statement.rotating() || dataCheck != m_statement.nextDataCheck))
        return forged();
    if (keys.dataNext && key_pairs::keyCheck(*keys.dataNext) != m_statement.nextDataCheck)
        return forged();
    if (keys.identity && key_pairs::keyCheck(*keys.identity) != m_statement.identityCheck)
        return forged();
    // The authority key a slot holds is the newest (or, while a rotation is under way, the one before it, with the
    // newest as its next).
    if (keys.authorityNext && keys.authorityNext->publicKey() != m_authority.at(newest).publicKey)
        return forged();
    if (keys.authority) {
        const int expected = keys.authorityNext ? newest - 1 : newest;
        if (expected < 0 || keys.authority->publicKey() != m_authority.at(expected).publicKey)
            return forged();
    }
    return {};
}

Result<void> Keyring::verifyWitness(const KeySlot& slot) const
{
    if (slot.legacy() || slot.witness.isNull() || slot.witness.authority < 0
        || slot.witness.authority >= m_authority.size()
        || !key_pairs::verify(slot.signingKey,
                              witnessMessage(m_vaultId, slot, m_authority.at(slot.witness.authority).publicKey),
                              slot.witness.signature))
        return damaged(Text::tr("the witness of slot %1 was altered").arg(slot.id));
    return {};
}

void Keyring::signWitness(KeySlot& slot, const SigningKey& own, int authority, qint64 membership, qint64 auditId,
                          const QString& auditHash) const
{
    slot.witness.authority = authority;
    slot.witness.membership = membership;
    slot.witness.auditId = auditId;
    slot.witness.auditHash = auditId > 0 ? auditHash : QString();
    slot.witness.signature = own.sign(witnessMessage(
        m_vaultId, slot,
        authority >= 0 && authority < m_authority.size() ? m_authority.at(authority).publicKey : QByteArray()));
}

KeyStatement Keyring::signedStatement(qint64 epoch, const QByteArray& dataCheck, qint64 nextEpoch,
                                      const QByteArray& nextDataCheck, const SigningKey& authority) const
{
    KeyStatement statement;
    statement.epoch = epoch;
    statement.dataCheck = dataCheck;
    statement.identityCheck = m_statement.identityCheck;
    statement.nextEpoch = nextEpoch;
    statement.nextDataCheck = nextDataCheck;
    statement.authority = static_cast<int>(m_authority.size()) - 1;
    statement.signature = authority.sign(statementMessage(m_vaultId, statement));
    return statement;
}

void Keyring::establish(const SigningKey& authority, const SecureBuffer& dataKey, const SecureBuffer& identityKey)
{
    m_formatVersion = FormatVersion;
    m_authority = { AuthorityKey{ authority.publicKey(), {} } };
    m_statement.identityCheck = key_pairs::keyCheck(identityKey);
    m_statement = signedStatement(1, key_pairs::keyCheck(dataKey), 0, {}, authority);
    m_statementAfterRotation = {};
}

Keyring Keyring::withoutSlots() const
{
    Keyring copy = *this;
    copy.m_slots.clear();
    return copy;
}

Result<void> Keyring::beginRotation(const VaultKeys& current, const SecureBuffer& nextData,
                                    const SigningKey& nextAuthority)
{
    if (nextData.size() != DataKeyBytes || !current.authority)
        return makeError(ErrorCode::InvalidInput, Text::tr("The data key must be 32 bytes."));
    if (rotating())
        return makeError(ErrorCode::InvalidInput, Text::tr("A key rotation is under way; try again when it is done."));
    const int next = static_cast<int>(m_authority.size());
    m_authority.append(
        AuthorityKey{ nextAuthority.publicKey(),
                      current.authority->sign(endorsementMessage(m_vaultId, next, nextAuthority.publicKey())) });
    const QByteArray nextCheck = key_pairs::keyCheck(nextData);
    const qint64 epoch = m_statement.epoch;
    const QByteArray dataCheck = m_statement.dataCheck;
    m_statementAfterRotation = signedStatement(epoch + 1, nextCheck, 0, {}, nextAuthority);
    m_statement = signedStatement(epoch, dataCheck, epoch + 1, nextCheck, nextAuthority);
    for (KeySlot& slot : m_slots) {
        slot.sealed.dataNext = key_pairs::seal(nextData, slot.publicKey);
        if (!slot.sealed.authority.isEmpty())
            slot.sealed.authorityNext = key_pairs::seal(nextAuthority.seed(), slot.publicKey);
    }
    return {};
}

void Keyring::finishRotation()
{
    if (!rotating())
        return;
    for (KeySlot& slot : m_slots) {
        slot.sealed.data = std::exchange(slot.sealed.dataNext, QByteArray());
        if (!slot.sealed.authority.isEmpty())
            slot.sealed.authority = std::exchange(slot.sealed.authorityNext, QByteArray());
    }
    m_statement = std::exchange(m_statementAfterRotation, KeyStatement{});
}

Result<void> Keyring::replaceIdentityKey(const VaultKeys& current, const SecureBuffer& nextIdentity,
                                         const SigningKey& nextAuthority)
{
    const SigningKey* authority = current.signingAuthority();
    if (nextIdentity.size() != DataKeyBytes || !authority)
        return makeError(ErrorCode::InvalidInput, Text::tr("The identity key must be 32 bytes."));
    if (rotating())
        return makeError(ErrorCode::InvalidInput, Text::tr("A key rotation is under way; try again when it is done."));
    const int next = static_cast<int>(m_authority.size());
    m_authority.append(AuthorityKey{ nextAuthority.publicKey(),
                                     authority->sign(endorsementMessage(m_vaultId, next, nextAuthority.publicKey())) });
    m_statement.identityCheck = key_pairs::keyCheck(nextIdentity);
    m_statement = signedStatement(m_statement.epoch, m_statement.dataCheck, 0, {}, nextAuthority);
    for (KeySlot& slot : m_slots) {
        if (!slot.sealed.identity.isEmpty())
            slot.sealed.identity = key_pairs::seal(nextIdentity, slot.publicKey);
        if (!slot.sealed.authority.isEmpty())
            slot.sealed.authority = key_pairs::seal(nextAuthority.seed(), slot.publicKey);
    }
    return {};
}

bool Keyring::removeSlot(const QString& slotId)
{
    return m_slots.removeIf([&](const KeySlot& slot) { return slot.id == slotId; }) > 0;
}

bool Keyring::insertSlot(const KeySlot& slot)
{
    // Its sealed keys would miss the next data key.
    if (rotating())
        return false;
    for (const KeySlot& existing : m_slots) {
        if (existing.id == slot.id
            || (slot.kind == KeySlot::Kind::Passphrase && existing.kind == KeySlot::Kind::Passphrase
                && existing.user == slot.user)
            || (slot.kind == KeySlot::Kind::Recovery && existing.kind == KeySlot::Kind::Recovery))
            return false;
    }
    m_slots.append(slot);
    return true;
}

bool Keyring::replaceSlot(const KeySlot& slot)
{
    for (KeySlot& existing : m_slots) {
        if (existing.id == slot.id && existing.kind == slot.kind && existing.user == slot.user) {
            existing = slot;
            return true;
        }
    }
    return false;
}

} // namespace peerdesk
