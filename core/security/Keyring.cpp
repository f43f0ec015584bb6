#include "security/Keyring.h"

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
constexpr int FormatVersion = 2;
constexpr auto KdfAlgorithm = "argon2id13";
constexpr auto WrapAlgorithm = "xchacha20poly1305-ietf";
constexpr auto SealAlgorithm = "x25519-xsalsa20poly1305-seal";
constexpr int SlotKeyBytes = crypto_box_SECRETKEYBYTES;
constexpr int PublicKeyBytes = crypto_box_PUBLICKEYBYTES;
constexpr int SealedKeyBytes = Keyring::DataKeyBytes + crypto_box_SEALBYTES;
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

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
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

// Binds each wrapped key to its vault and slot, so a slot copied into another keyring or slot fails to open.
QByteArray associatedData(const QString& vaultId, const QString& slotId)
{
    return (vaultId + QLatin1Char(':') + slotId).toUtf8();
}

QString kindKey(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("passphrase");
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

std::optional<quint64> positiveInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > 9007199254740992.0 || number != static_cast<double>(static_cast<quint64>(number)))
        return std::nullopt;
    return static_cast<quint64>(number);
}

Result<KeySlot> parseSlot(const QJsonObject& object)
{
    KeySlot slot;
    slot.id = object.value(QLatin1String("id")).toString();
    if (!isUuid(slot.id))
        return damaged(Text::tr("a slot has no valid id"));
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("passphrase")) {
        slot.kind = KeySlot::Kind::Passphrase;
        slot.user = object.value(QLatin1String("user")).toString();
        if (slot.user.isEmpty())
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

    const QJsonObject wrap = object.value(QLatin1String("wrap")).toObject();
    if (wrap.value(QLatin1String("alg")).toString() != QLatin1String(WrapAlgorithm))
        return damaged(Text::tr("a slot uses an unknown cipher"));
    const auto nonce = decodeBase64(wrap.value(QLatin1String("nonce")), NonceBytes);
    const auto ciphertext = decodeBase64(wrap.value(QLatin1String("ciphertext")), SlotKeyBytes + TagBytes);
    if (!nonce || !ciphertext)
        return damaged(Text::tr("a slot's wrapped key is invalid"));
    slot.nonce = *nonce;
    slot.ciphertext = *ciphertext;

    const auto publicKey = decodeBase64(object.value(QLatin1String("public_key")), PublicKeyBytes);
    const QJsonObject sealed = object.value(QLatin1String("sealed")).toObject();
    const auto sealedKey = decodeBase64(sealed.value(QLatin1String("current")), SealedKeyBytes);
    if (!publicKey || sealed.value(QLatin1String("alg")).toString() != QLatin1String(SealAlgorithm) || !sealedKey)
        return damaged(Text::tr("a slot's sealed key is invalid"));
    slot.publicKey = *publicKey;
    slot.sealedKey = *sealedKey;
    if (sealed.contains(QLatin1String("next"))) {
        const auto next = decodeBase64(sealed.value(QLatin1String("next")), SealedKeyBytes);
        if (!next)
            return damaged(Text::tr("a slot's sealed key is invalid"));
        slot.sealedNextKey = *next;
    }
    return slot;
}

QByteArray seal(const SecureBuffer& key, const QByteArray& publicKey)
{
    QByteArray sealed(SealedKeyBytes, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key.data(), key.size(),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return sealed;
}

std::optional<SecureBuffer> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                                       const SecureBuffer& secretKey)
{
    SecureBuffer key(Keyring::DataKeyBytes);
    if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()), secretKey.data())
        != 0)
        return std::nullopt;
    return key;
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
                               { QLatin1String("salt"), QString::fromLatin1(slot.salt.toBase64()) } });
    object.insert(QLatin1String("wrap"),
                  QJsonObject{ { QLatin1String("alg"), QLatin1String(WrapAlgorithm) },
                               { QLatin1String("nonce"), QString::fromLatin1(slot.nonce.toBase64()) },
                               { QLatin1String("ciphertext"), QString::fromLatin1(slot.ciphertext.toBase64()) } });
    object.insert(QLatin1String("public_key"), QString::fromLatin1(slot.publicKey.toBase64()));
    QJsonObject sealed{ { QLatin1String("alg"), QLatin1String(SealAlgorithm) },
                        { QLatin1String("current"), QString::fromLatin1(slot.sealedKey.toBase64()) } };
    if (!slot.sealedNextKey.isEmpty())
        sealed.insert(QLatin1String("next"), QString::fromLatin1(slot.sealedNextKey.toBase64()));
    object.insert(QLatin1String("sealed"), sealed);
    return object;
}

} // namespace

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
    // One multi-argument arg() in the messages below: a version written as "%1" in the file must not be
    // substituted into.
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isDouble() && version.toDouble() < FormatVersion) {
        // Version 1 wrapped the data key directly; only development builds before 0.1.0 wrote it.
        return makeError(ErrorCode::Damaged,
                         Text::tr("keyring.json has format version %1, written by a development build of PeerDesk "
                                  "before its first release; this PeerDesk reads version %2.")
                             .arg(version.toVariant().toString(), QString::number(FormatVersion)));
    }
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("keyring.json has format version %1; this PeerDesk reads version %2. Install a newer "
                                  "PeerDesk.")
                             .arg(version.toVariant().toString(), QString::number(FormatVersion)));
    }
    const QString vaultId = root.value(QLatin1String("vault_id")).toString();
    if (!isUuid(vaultId))
        return damaged(Text::tr("the vault id is invalid"));

    Keyring keyring(vaultId);
    const QJsonValue slots = root.value(QLatin1String("slots"));
    if (!slots.isArray() || slots.toArray().isEmpty())
        return damaged(Text::tr("it holds no key slot"));
    for (const QJsonValue& value : slots.toArray()) {
        auto slot = parseSlot(value.toObject());
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
    // A rotation seals the next key to every slot at once: some slots with it and some without is damage.
    const auto withNext = std::count_if(keyring.m_slots.cbegin(), keyring.m_slots.cend(),
                                        [](const KeySlot& slot) { return !slot.sealedNextKey.isEmpty(); });
    if (withNext != 0 && withNext != keyring.m_slots.size())
        return damaged(Text::tr("a key rotation is recorded in some slots only"));
    return keyring;
}

QByteArray Keyring::toJson() const
{
    QJsonArray slots;
    for (const KeySlot& slot : m_slots)
        slots.append(slotToJson(slot));
    const QJsonObject root{ { QLatin1String("format"), QLatin1String(FormatName) },
                            { QLatin1String("version"), FormatVersion },
                            { QLatin1String("vault_id"), m_vaultId },
                            { QLatin1String("slots"), slots } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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

Result<KeySlot> Keyring::wrap(QString slotId, KeySlot::Kind kind, QString user, const SecureBuffer& secret,
                              const SecureBuffer& dataKey, const KdfParams& params) const
{
    if (dataKey.size() != DataKeyBytes)
        return makeError(ErrorCode::InvalidInput, Text::tr("The data key must be 32 bytes."));
    if (rotating())
        return makeError(ErrorCode::InvalidInput, Text::tr("A key rotation is under way; try again when it is done."));
    KeySlot slot;
    slot.id = std::move(slotId);
    slot.kind = kind;
    slot.user = std::move(user);
    slot.kdf = params;
    slot.salt = kdf::randomSalt();
    auto kek = kdf::deriveKey(secret, slot.salt, params);
    if (!kek)
        return kek.error();
    SecureBuffer secretKey(SlotKeyBytes);
    slot.publicKey = QByteArray(PublicKeyBytes, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(slot.publicKey.data()), secretKey.data());
    slot.sealedKey = seal(dataKey, slot.publicKey);

    slot.nonce = QByteArray(NonceBytes, Qt::Uninitialized);
    randombytes_buf(slot.nonce.data(), NonceBytes);
    slot.ciphertext = QByteArray(SlotKeyBytes + TagBytes, Qt::Uninitialized);
    const QByteArray aad = associatedData(m_vaultId, slot.id);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.ciphertext.data()), &written, secretKey.data(), secretKey.size(),
        reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek->data());
    slot.ciphertext.resize(static_cast<qsizetype>(written));
    return slot;
}

Result<QString> Keyring::addPassphraseSlot(const QString& login, const SecureBuffer& secret,
                                           const SecureBuffer& dataKey, const KdfParams& params)
{
    if (passphraseSlotFor(login))
        return makeError(ErrorCode::InvalidInput, Text::tr("User %1 already has a key slot.").arg(login));
    auto slot = wrap(newUuid(), KeySlot::Kind::Passphrase, login, secret, dataKey, params);
    if (!slot)
        return slot.error();
    m_slots.append(*slot);
    return slot->id;
}

Result<QString> Keyring::addRecoverySlot(const SecureBuffer& secret, const SecureBuffer& dataKey,
                                         const KdfParams& params)
{
    if (recoverySlot())
        return makeError(ErrorCode::InvalidInput, Text::tr("The vault already has a recovery slot."));
    auto slot = wrap(newUuid(), KeySlot::Kind::Recovery, {}, secret, dataKey, params);
    if (!slot)
        return slot.error();
    m_slots.append(*slot);
    return slot->id;
}

Result<void> Keyring::rewrapSlot(const QString& slotId, const SecureBuffer& secret, const SecureBuffer& dataKey)
{
    for (KeySlot& existing : m_slots) {
        if (existing.id != slotId)
            continue;
        auto slot = wrap(existing.id, existing.kind, existing.user, secret, dataKey, existing.kdf);
        if (!slot)
            return slot.error();
        existing = *slot;
        return {};
    }
    return makeError(ErrorCode::InvalidInput, Text::tr("No such key slot."));
}

bool Keyring::removeSlot(const QString& slotId)
{
    return m_slots.removeIf([&](const KeySlot& slot) { return slot.id == slotId; }) > 0;
}

bool Keyring::insertSlot(const KeySlot& slot)
{
    if (rotating())
        return false;
    for (const KeySlot& existing : m_slots) {
        if (existing.id == slot.id || (slot.kind == KeySlot::Kind::Passphrase && existing.user == slot.user)
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

Result<SecureBuffer> Keyring::unwrap(const KeySlot& slot, const SecureBuffer& secret) const
{
    auto keys = unwrapKeys(slot, secret);
    if (!keys)
        return keys.error();
    return std::move(keys->dataKey);
}

Result<SlotKeys> Keyring::unwrapKeys(const KeySlot& slot, const SecureBuffer& secret) const
{
    const auto wrong = [] {
        return makeError(ErrorCode::Authentication,
                         QCoreApplication::translate("peerdesk::Vault", "Unknown user or wrong passphrase."));
    };
    auto kek = kdf::deriveKey(secret, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    SecureBuffer secretKey(SlotKeyBytes);
    const QByteArray aad = associatedData(m_vaultId, slot.id);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        secretKey.data(), &written, nullptr, reinterpret_cast<const unsigned char*>(slot.ciphertext.constData()),
        static_cast<unsigned long long>(slot.ciphertext.size()),
        reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()),
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek->data());
    if (rc != 0 || written != SlotKeyBytes)
        return wrong();
    auto dataKey = openSealed(slot.sealedKey, slot.publicKey, secretKey);
    if (!dataKey)
        return damaged(Text::tr("a slot's sealed key does not open with its own key pair"));
    SlotKeys keys{ std::move(*dataKey), std::nullopt };
    if (!slot.sealedNextKey.isEmpty()) {
        auto next = openSealed(slot.sealedNextKey, slot.publicKey, secretKey);
        if (!next)
            return damaged(Text::tr("a slot's sealed key does not open with its own key pair"));
        keys.nextDataKey = std::move(*next);
    }
    return keys;
}

bool Keyring::rotating() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [](const KeySlot& slot) { return !slot.sealedNextKey.isEmpty(); });
}

Result<void> Keyring::beginRotation(const SecureBuffer& nextKey)
{
    if (nextKey.size() != DataKeyBytes)
        return makeError(ErrorCode::InvalidInput, Text::tr("The data key must be 32 bytes."));
    for (KeySlot& slot : m_slots)
        slot.sealedNextKey = seal(nextKey, slot.publicKey);
    return {};
}

void Keyring::finishRotation()
{
    for (KeySlot& slot : m_slots) {
        if (!slot.sealedNextKey.isEmpty())
            slot.sealedKey = std::exchange(slot.sealedNextKey, QByteArray());
    }
}

void Keyring::abandonRotation()
{
    for (KeySlot& slot : m_slots)
        slot.sealedNextKey.clear();
}

} // namespace peerdesk
