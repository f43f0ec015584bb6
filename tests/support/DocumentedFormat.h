#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;

// The vault's files read and written the way an outsider would, from docs/file-format.md alone: libsodium calls
// written here (none of PeerDesk's keyring or cipher code), JSON edited by hand, and the database opened with the
// plain SQLite C API. The interop test proves the documentation is enough; the attack tests are what someone holding
// the files (and perhaps one passphrase) can do.
namespace peerdesk::test::documented {

QJsonObject readJson(const QString& path);
void writeJson(const QString& path, const QJsonObject& root); // a plain write, as an attacker's editor would

QJsonObject slotOf(const QJsonObject& keyring, const QString& login); // the slot labelled login ("" = recovery)
QByteArray base64(const QJsonValue& value);
QString base64(const QByteArray& bytes);

// What one slot opens with its secret (passphrase, or recovery key as documented), steps 1 to 4 of "Unwrapping a
// slot". Members are empty when the slot holds no such key.
struct OpenedSlot
{
    QByteArray boxSecret;
    QByteArray signingSeed;
    QByteArray dataKey;
    QByteArray identityKey;
    QByteArray authoritySeed;
};
OpenedSlot openSlot(const QJsonObject& keyring, const QJsonObject& slot, const QByteArray& secret);

// A new, valid passphrase slot for login, made from the documentation: its own key pairs wrapped under secret (at the
// lowest cost), dataKey (and identityKey, when given) sealed to it, and a witness signed by its own key that pins the
// keyring's first authority key. What someone holding the data key can add to keyring.json.
QJsonObject makeSlot(const QJsonObject& keyring, const QString& login, const QByteArray& secret,
                     const QByteArray& dataKey, const QByteArray& identityKey = {});
// The text a slot's witness signature covers ("Witness").
QByteArray witnessMessage(const QJsonObject& keyring, const QJsonObject& slot);

// An identity cell opened with the identity key ("Identity cells"); a null QByteArray when it does not open.
QByteArray openCell(const QByteArray& identityKey, const QString& vaultId, const char* table, const char* column,
                    qint64 rowId, const QByteArray& cell);

// An identity cell made from the documentation, as someone holding the identity key and a SQL shell can make one.
QByteArray sealCell(const QByteArray& identityKey, const QString& vaultId, const char* table, const char* column,
                    qint64 rowId, const QByteArray& value);

// libsodium's sealed box, Ed25519 and BLAKE2b as the documentation uses them.
QByteArray seal(const QByteArray& key, const QByteArray& publicKey);
QByteArray sign(const QByteArray& seed, const QByteArray& message);
QByteArray signingPublicKey(const QByteArray& seed);
bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
QByteArray keyCheck(const QByteArray& key);
QByteArray randomBytes(int size);

// The audit chain's hash of one row ("The audit chain").
QString auditHash(const QString& previous, qint64 id, const QString& at, const QString& actor, const QString& action,
                  const QString& entityType, const QVariant& entityId);

// The database with a raw key, through the SQLite C API. Rows come back as lists of QVariant (BLOBs as QByteArray).
class RawDatabase final
{
public:
    RawDatabase(const QString& path, const QByteArray& rawKey);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool opened() const { return m_opened; }
    QList<QVariantList> query(const QString& sql, const QVariantList& values = {});
    void exec(const QString& sql, const QVariantList& values = {});

private:
    sqlite3* m_db = nullptr;
    bool m_opened = false;
};

} // namespace peerdesk::test::documented
