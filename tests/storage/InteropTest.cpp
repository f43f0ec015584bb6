// Proves docs/file-format.md is enough for a third party: the data key is unwrapped here with libsodium calls
// written in this test (not PeerDesk's keyring code), and the database is opened with the plain SQLite C API.
#include "CatchCompat.h"
#include "TempVault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sodium.h>
#include <sqlite3.h>

using peerdesk::test::TempVault;

namespace {

QByteArray unwrapDataKey(const QJsonObject& root, const QJsonObject& slot, const QByteArray& secret)
{
    const QJsonObject kdf = slot[QStringLiteral("kdf")].toObject();
    const QJsonObject wrap = slot[QStringLiteral("wrap")].toObject();
    REQUIRE(kdf[QStringLiteral("alg")].toString() == QStringLiteral("argon2id13"));
    REQUIRE(wrap[QStringLiteral("alg")].toString() == QStringLiteral("xchacha20poly1305-ietf"));
    const QByteArray salt = QByteArray::fromBase64(kdf[QStringLiteral("salt")].toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(wrap[QStringLiteral("nonce")].toString().toLatin1());
    const QByteArray ciphertext = QByteArray::fromBase64(wrap[QStringLiteral("ciphertext")].toString().toLatin1());

    unsigned char kek[32];
    REQUIRE(crypto_pwhash(kek, sizeof kek, secret.constData(), static_cast<unsigned long long>(secret.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<unsigned long long>(kdf[QStringLiteral("opslimit")].toDouble()),
                          static_cast<std::size_t>(kdf[QStringLiteral("memlimit")].toDouble()),
                          crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    const QByteArray aad
        = (root[QStringLiteral("vault_id")].toString() + QLatin1Char(':') + slot[QStringLiteral("id")].toString())
              .toUtf8();
    // Step 3: the slot's X25519 secret key.
    unsigned char slotKey[32];
    unsigned long long slotKeyLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        slotKey, &slotKeyLength, nullptr, reinterpret_cast<const unsigned char*>(ciphertext.constData()),
        static_cast<unsigned long long>(ciphertext.size()), reinterpret_cast<const unsigned char*>(aad.constData()),
        static_cast<unsigned long long>(aad.size()), reinterpret_cast<const unsigned char*>(nonce.constData()), kek);
    sodium_memzero(kek, sizeof kek);
    REQUIRE(rc == 0);
    REQUIRE(slotKeyLength == 32);
    // Step 4: the data key, sealed to the slot's public key.
    const QByteArray publicKey = QByteArray::fromBase64(slot[QStringLiteral("public_key")].toString().toLatin1());
    const QJsonObject sealed = slot[QStringLiteral("sealed")].toObject();
    REQUIRE(sealed[QStringLiteral("alg")].toString() == QLatin1String("x25519-xsalsa20poly1305-seal"));
    const QByteArray box = QByteArray::fromBase64(sealed[QStringLiteral("current")].toString().toLatin1());
    QByteArray key(32, '\0');
    const int opened = crypto_box_seal_open(reinterpret_cast<unsigned char*>(key.data()),
                                            reinterpret_cast<const unsigned char*>(box.constData()),
                                            static_cast<unsigned long long>(box.size()),
                                            reinterpret_cast<const unsigned char*>(publicKey.constData()), slotKey);
    sodium_memzero(slotKey, sizeof slotKey);
    REQUIRE(opened == 0);
    return key;
}

QJsonObject slotOfKind(const QJsonObject& root, const QString& kind)
{
    for (const QJsonValue& value : root[QStringLiteral("slots")].toArray()) {
        if (value.toObject()[QStringLiteral("kind")].toString() == kind)
            return value.toObject();
    }
    FAIL("no slot of kind " << kind.toStdString());
    return {};
}

QString adminDisplayNameWithRawKey(const QString& databasePath, const QByteArray& key)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK);
    const QByteArray pragma = "PRAGMA key = \"x'" + key.toHex() + "'\"";
    REQUIRE(sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT display_name FROM users WHERE login = 'admin'", -1, &statement, nullptr)
            == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const QString name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return name;
}

} // namespace

TEST_CASE("A third party can open a vault from the documented format alone", "[storage][interop]")
{
    TempVault vault;
    QFile file(vault.keyringPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    SECTION("with the administrator's passphrase (NFC UTF-8)")
    {
        const QByteArray key
            = unwrapDataKey(root, slotOfKind(root, QStringLiteral("passphrase")), QByteArray(TempVault::Passphrase));
        CHECK(adminDisplayNameWithRawKey(vault.databasePath(), key) == QLatin1String(TempVault::DisplayName));
    }
    SECTION("with the recovery key, separators removed and upper-cased")
    {
        QByteArray secret = vault.recoveryKey().toUtf8();
        secret.replace('-', QByteArray()).replace(' ', QByteArray());
        const QByteArray key = unwrapDataKey(root, slotOfKind(root, QStringLiteral("recovery")), secret.toUpper());
        CHECK(adminDisplayNameWithRawKey(vault.databasePath(), key) == QLatin1String(TempVault::DisplayName));
    }
    SECTION("with the sqlcipher shell")
    {
        const QString shell = QStringLiteral(PEERDESK_SQLCIPHER_SHELL);
        if (shell.isEmpty() || !QFile::exists(shell)) {
            WARN("no sqlcipher shell built; skipping the shell check");
            return;
        }
        const QByteArray key
            = unwrapDataKey(root, slotOfKind(root, QStringLiteral("passphrase")), QByteArray(TempVault::Passphrase));
        QProcess process;
        process.start(shell, { vault.databasePath() });
        REQUIRE(process.waitForStarted());
        process.write("PRAGMA key = \"x'" + key.toHex() + "'\";\nSELECT count(*) FROM users;\n");
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished());
        CHECK(process.readAllStandardOutput().trimmed().endsWith("1"));
    }
}
