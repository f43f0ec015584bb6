#include "DocumentedFormat.h"

#include "CatchCompat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

namespace peerdesk::test::documented {

namespace {

const unsigned char* bytes(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

QByteArray openSealed(const QJsonObject& sealed, const char* name, const QByteArray& publicKey,
                      const QByteArray& secretKey, int size)
{
    if (!sealed.contains(QLatin1String(name)))
        return {};
    const QByteArray box = base64(sealed.value(QLatin1String(name)));
    QByteArray key(size, '\0');
    REQUIRE(crypto_box_seal_open(bytes(key), bytes(box), static_cast<unsigned long long>(box.size()), bytes(publicKey),
                                 bytes(secretKey))
            == 0);
    return key;
}

void bind(sqlite3_stmt* statement, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.isNull()) {
            sqlite3_bind_null(statement, i + 1);
        } else if (value.metaType().id() == QMetaType::QByteArray) {
            const QByteArray blob = value.toByteArray();
            sqlite3_bind_blob(statement, i + 1, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        } else if (value.metaType().id() == QMetaType::LongLong || value.metaType().id() == QMetaType::Int) {
            sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
    }
}

// "Identity cells": the cell key, and the associated data that binds a cell to its vault, table, column and row.
QByteArray cellKeyOf(const QByteArray& identityKey)
{
    QByteArray cellKey(32, '\0');
    crypto_kdf_derive_from_key(bytes(cellKey), 32, 1, "PDcell__", bytes(identityKey));
    return cellKey;
}

QByteArray cellAssociatedData(const QString& vaultId, const char* table, const char* column, qint64 rowId,
                              const QByteArray& header)
{
    QByteArray aad("peerdesk-cell-v1");
    aad += vaultId.toUtf8();
    aad += table;
    aad += '\0';
    aad += column;
    aad += '\0';
    char row[8];
    qToBigEndian(static_cast<quint64>(rowId), row);
    aad += QByteArray(row, 8);
    aad += header;
    return aad;
}

} // namespace

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& root)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
}

QJsonObject slotOf(const QJsonObject& keyring, const QString& login)
{
    for (const QJsonValue& value : keyring.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = value.toObject();
        if (login.isEmpty() ? slot.value(QStringLiteral("kind")).toString() == QLatin1String("recovery")
                            : slot.value(QStringLiteral("user")).toString() == login)
            return slot;
    }
    FAIL("no slot for " << login.toStdString());
    return {};
}

QByteArray base64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

OpenedSlot openSlot(const QJsonObject& keyring, const QJsonObject& slot, const QByteArray& secret)
{
    REQUIRE(sodium_init() >= 0);
    const QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
    const QJsonObject wrap = slot.value(QStringLiteral("wrap")).toObject();
    REQUIRE(kdf.value(QStringLiteral("alg")).toString() == QLatin1String("argon2id13"));
    REQUIRE(wrap.value(QStringLiteral("alg")).toString() == QLatin1String("xchacha20poly1305-ietf"));
    const QByteArray salt = base64(kdf.value(QStringLiteral("salt")));
    const QByteArray nonce = base64(wrap.value(QStringLiteral("nonce")));
    const QByteArray ciphertext = base64(wrap.value(QStringLiteral("ciphertext")));

    // Step 2: the key-encryption key.
    QByteArray kek(32, '\0');
    REQUIRE(crypto_pwhash(bytes(kek), 32, secret.constData(), static_cast<unsigned long long>(secret.size()),
                          bytes(salt),
                          static_cast<unsigned long long>(kdf.value(QStringLiteral("opslimit")).toDouble()),
                          static_cast<std::size_t>(kdf.value(QStringLiteral("memlimit")).toDouble()),
                          crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    // Step 3: the slot's secret keys, bound to the vault and slot.
    const QByteArray aad = (QStringLiteral("peerdesk-slot-v3:") + keyring.value(QStringLiteral("vault_id")).toString()
                            + QLatin1Char(':') + slot.value(QStringLiteral("id")).toString())
                               .toUtf8();
    QByteArray wrapped(64, '\0');
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        bytes(wrapped), &length, nullptr, bytes(ciphertext), static_cast<unsigned long long>(ciphertext.size()),
        bytes(aad), static_cast<unsigned long long>(aad.size()), bytes(nonce), bytes(kek));
    sodium_memzero(kek.data(), 32);
    REQUIRE(rc == 0);
    REQUIRE(length == 64);
    OpenedSlot opened;
    opened.boxSecret = wrapped.left(32);
    opened.signingSeed = wrapped.mid(32);
    // Step 4: the keys sealed to the slot's public key.
    const QByteArray publicKey = base64(slot.value(QStringLiteral("public_key")));
    const QJsonObject sealed = slot.value(QStringLiteral("sealed")).toObject();
    REQUIRE(sealed.value(QStringLiteral("alg")).toString() == QLatin1String("x25519-xsalsa20poly1305-seal"));
    opened.dataKey = openSealed(sealed, "data", publicKey, opened.boxSecret, 32);
    opened.identityKey = openSealed(sealed, "identity", publicKey, opened.boxSecret, 32);
    opened.authoritySeed = openSealed(sealed, "authority", publicKey, opened.boxSecret, 32);
    return opened;
}

QByteArray witnessMessage(const QJsonObject& keyring, const QJsonObject& slot)
{
    const QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
    const QJsonObject witness = slot.value(QStringLiteral("witness")).toObject();
    const int authority = witness.value(QStringLiteral("authority")).toInt();
    const QJsonArray chain = keyring.value(QStringLiteral("authority")).toArray();
    return QStringList{ QStringLiteral("peerdesk-witness-v1"),
                        keyring.value(QStringLiteral("vault_id")).toString(),
                        slot.value(QStringLiteral("id")).toString(),
                        slot.value(QStringLiteral("kind")).toString(),
                        slot.value(QStringLiteral("user")).toString(),
                        slot.value(QStringLiteral("public_key")).toString(),
                        slot.value(QStringLiteral("signing_key")).toString(),
                        QString::number(kdf.value(QStringLiteral("opslimit")).toInteger()),
                        QString::number(kdf.value(QStringLiteral("memlimit")).toInteger()),
                        kdf.value(QStringLiteral("salt")).toString(),
                        QString::number(authority),
                        chain.at(authority).toObject().value(QStringLiteral("public_key")).toString(),
                        QString::number(witness.value(QStringLiteral("membership")).toInteger()),
                        QString::number(witness.value(QStringLiteral("audit_id")).toInteger()),
                        witness.value(QStringLiteral("audit_hash")).toString() }
        .join(QLatin1Char('\n'))
        .toUtf8();
}

QJsonObject makeSlot(const QJsonObject& keyring, const QString& login, const QByteArray& secret,
                     const QByteArray& dataKey, const QByteArray& identityKey)
{
    REQUIRE(sodium_init() >= 0);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray boxPublic(32, '\0');
    QByteArray boxSecret(32, '\0');
    crypto_box_keypair(bytes(boxPublic), bytes(boxSecret));
    const QByteArray seed = randomBytes(32);
    const QByteArray salt = randomBytes(16);
    QByteArray kek(32, '\0');
    REQUIRE(crypto_pwhash(bytes(kek), 32, secret.constData(), static_cast<unsigned long long>(secret.size()),
                          bytes(salt), 1, 8 * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    const QByteArray aad = (QStringLiteral("peerdesk-slot-v3:") + keyring.value(QStringLiteral("vault_id")).toString()
                            + QLatin1Char(':') + id)
                               .toUtf8();
    const QByteArray nonce = randomBytes(24);
    const QByteArray payload = boxSecret + seed;
    QByteArray wrapped(payload.size() + 16, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(wrapped), &length, bytes(payload), static_cast<unsigned long long>(payload.size()), bytes(aad),
        static_cast<unsigned long long>(aad.size()), nullptr, bytes(nonce), bytes(kek));
    QJsonObject sealed{ { QStringLiteral("alg"), QStringLiteral("x25519-xsalsa20poly1305-seal") },
                        { QStringLiteral("data"), base64(seal(dataKey, boxPublic)) } };
    if (!identityKey.isEmpty())
        sealed.insert(QStringLiteral("identity"), base64(seal(identityKey, boxPublic)));
    QJsonObject slot{
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), QStringLiteral("passphrase") },
        { QStringLiteral("user"), login },
        { QStringLiteral("kdf"),
          QJsonObject{ { QStringLiteral("alg"), QStringLiteral("argon2id13") },
                       { QStringLiteral("opslimit"), 1 },
                       { QStringLiteral("memlimit"), 8 * 1024 * 1024 },
                       { QStringLiteral("salt"), base64(salt) } } },
        { QStringLiteral("wrap"),
          QJsonObject{ { QStringLiteral("alg"), QStringLiteral("xchacha20poly1305-ietf") },
                       { QStringLiteral("nonce"), base64(nonce) },
                       { QStringLiteral("ciphertext"), base64(wrapped) } } },
        { QStringLiteral("public_key"), base64(boxPublic) },
        { QStringLiteral("signing_key"), base64(signingPublicKey(seed)) },
        { QStringLiteral("sealed"), sealed },
        { QStringLiteral("witness"),
          QJsonObject{ { QStringLiteral("authority"), 0 },
                       { QStringLiteral("membership"), 1 },
                       { QStringLiteral("audit_id"), 0 },
                       { QStringLiteral("audit_hash"), QString() },
                       { QStringLiteral("signature"), base64(QByteArray(64, '\0')) } } },
    };
    QJsonObject witness = slot.value(QStringLiteral("witness")).toObject();
    witness.insert(QStringLiteral("signature"), base64(sign(seed, witnessMessage(keyring, slot))));
    slot.insert(QStringLiteral("witness"), witness);
    return slot;
}

QByteArray sealCell(const QByteArray& identityKey, const QString& vaultId, const char* table, const char* column,
                    qint64 rowId, const QByteArray& value)
{
    REQUIRE(sodium_init() >= 0);
    REQUIRE(identityKey.size() == 32);
    const QByteArray cellKey = cellKeyOf(identityKey);
    const QByteArray header = QByteArray::fromHex("0100000001"); // version 1, epoch 1
    const QByteArray aad = cellAssociatedData(vaultId, table, column, rowId, header);
    QByteArray padded = value;
    padded.resize(((value.size() / 32) + 1) * 32);
    std::size_t paddedLength = 0;
    REQUIRE(sodium_pad(&paddedLength, bytes(padded), static_cast<std::size_t>(value.size()), 32,
                       static_cast<std::size_t>(padded.size()))
            == 0);
    padded.truncate(static_cast<qsizetype>(paddedLength));
    const QByteArray nonce = randomBytes(24);
    QByteArray ciphertext(padded.size() + 16, '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(ciphertext), &length, bytes(padded), static_cast<unsigned long long>(padded.size()), bytes(aad),
        static_cast<unsigned long long>(aad.size()), nullptr, bytes(nonce), bytes(cellKey));
    return header + nonce + ciphertext.left(static_cast<qsizetype>(length));
}

QByteArray openCell(const QByteArray& identityKey, const QString& vaultId, const char* table, const char* column,
                    qint64 rowId, const QByteArray& cell)
{
    REQUIRE(sodium_init() >= 0);
    if (identityKey.size() != 32 || cell.size() < 5 + 24 + 16 + 32)
        return {};
    const QByteArray cellKey = cellKeyOf(identityKey);
    const QByteArray aad = cellAssociatedData(vaultId, table, column, rowId, cell.left(5));
    const QByteArray nonce = cell.mid(5, 24);
    const QByteArray ciphertext = cell.mid(29);
    QByteArray padded(ciphertext.size(), '\0');
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(padded), &length, nullptr, bytes(ciphertext), static_cast<unsigned long long>(ciphertext.size()),
            bytes(aad), static_cast<unsigned long long>(aad.size()), bytes(nonce), bytes(cellKey))
        != 0)
        return {};
    std::size_t unpadded = 0;
    if (sodium_unpad(&unpadded, bytes(padded), static_cast<std::size_t>(length), 32) != 0)
        return {};
    return padded.left(static_cast<qsizetype>(unpadded));
}

QByteArray seal(const QByteArray& key, const QByteArray& publicKey)
{
    REQUIRE(sodium_init() >= 0);
    QByteArray sealed(key.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(bytes(sealed), bytes(key), static_cast<unsigned long long>(key.size()), bytes(publicKey));
    return sealed;
}

QByteArray sign(const QByteArray& seed, const QByteArray& message)
{
    REQUIRE(sodium_init() >= 0);
    QByteArray publicKey(32, '\0');
    QByteArray secretKey(64, '\0');
    crypto_sign_seed_keypair(bytes(publicKey), bytes(secretKey), bytes(seed));
    QByteArray signature(64, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()),
                         bytes(secretKey));
    return signature;
}

QByteArray signingPublicKey(const QByteArray& seed)
{
    QByteArray publicKey(32, '\0');
    QByteArray secretKey(64, '\0');
    crypto_sign_seed_keypair(bytes(publicKey), bytes(secretKey), bytes(seed));
    return publicKey;
}

bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    return signature.size() == 64 && publicKey.size() == 32
        && crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()), bytes(publicKey))
        == 0;
}

QByteArray keyCheck(const QByteArray& key)
{
    const QByteArray constant("peerdesk-key-check-v1");
    QByteArray check(32, '\0');
    crypto_generichash(bytes(check), 32, bytes(constant), static_cast<unsigned long long>(constant.size()), bytes(key),
                       static_cast<std::size_t>(key.size()));
    return check;
}

QByteArray randomBytes(int size)
{
    REQUIRE(sodium_init() >= 0);
    QByteArray random(size, '\0');
    randombytes_buf(random.data(), static_cast<std::size_t>(size));
    return random;
}

QString auditHash(const QString& previous, qint64 id, const QString& at, const QString& actor, const QString& action,
                  const QString& entityType, const QVariant& entityId)
{
    const QByteArray content = QStringList{ previous,
                                            QStringLiteral("peerdesk-audit-v1"),
                                            QString::number(id),
                                            at,
                                            actor,
                                            action,
                                            entityType,
                                            entityId.isNull() ? QString() : QString::number(entityId.toLongLong()) }
                                   .join(QLatin1Char('\n'))
                                   .toUtf8();
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(bytes(digest), bytes(content), static_cast<unsigned long long>(content.size()));
    return QString::fromLatin1(digest.toHex());
}

RawDatabase::RawDatabase(const QString& path, const QByteArray& rawKey)
{
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const QByteArray pragma = "PRAGMA key = \"x'" + rawKey.toHex() + "'\"";
    REQUIRE(sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    m_opened = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK;
}

RawDatabase::~RawDatabase()
{
    if (m_opened)
        sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

QList<QVariantList> RawDatabase::query(const QString& sql, const QVariantList& values)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    INFO(sql.toStdString() << ": " << sqlite3_errmsg(m_db));
    REQUIRE(sqlite3_prepare_v2(m_db, text.constData(), -1, &statement, nullptr) == SQLITE_OK);
    bind(statement, values);
    QList<QVariantList> rows;
    int rc = 0;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QVariantList row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_INTEGER:
                row.append(QVariant(static_cast<qint64>(sqlite3_column_int64(statement, c))));
                break;
            case SQLITE_BLOB:
                row.append(QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, c)),
                                               sqlite3_column_bytes(statement, c))));
                break;
            default:
                row.append(QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)),
                                                      sqlite3_column_bytes(statement, c))));
            }
        }
        rows.append(row);
    }
    sqlite3_finalize(statement);
    INFO(sqlite3_errmsg(m_db));
    REQUIRE(rc == SQLITE_DONE);
    return rows;
}

void RawDatabase::exec(const QString& sql, const QVariantList& values)
{
    (void)query(sql, values);
}

} // namespace peerdesk::test::documented
