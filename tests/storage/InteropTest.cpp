// Proves docs/file-format.md is enough for a third party: every key is unwrapped, every signature checked and every
// identity cell, blind index and repeat key computed here with libsodium calls written from the documentation
// (DocumentedFormat.cpp; none of PeerDesk's keyring or cipher code), and the database is read with the plain SQLite
// C API and with the sqlcipher shell.
#include "CatchCompat.h"
#include "DocumentedFormat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sodium.h>

using peerdesk::test::TempVault;
namespace documented = peerdesk::test::documented;

namespace {

QByteArray lines(const QStringList& parts)
{
    return parts.join(QLatin1Char('\n')).toUtf8();
}

// The documented repeat key of a normalised value.
QString repeatKey(const QJsonObject& secret, const char* domain, const QByteArray& value, int hexDigits)
{
    const QByteArray key = QByteArray::fromHex(secret.value(QStringLiteral("secret")).toString().toLatin1());
    unsigned char salt[16];
    crypto_generichash(salt, sizeof salt, reinterpret_cast<const unsigned char*>(domain), std::strlen(domain),
                       reinterpret_cast<const unsigned char*>(key.constData()), static_cast<std::size_t>(key.size()));
    QByteArray digest(32, '\0');
    REQUIRE(crypto_pwhash(reinterpret_cast<unsigned char*>(digest.data()), 32, value.constData(),
                          static_cast<unsigned long long>(value.size()), salt,
                          static_cast<unsigned long long>(secret.value(QStringLiteral("opslimit")).toInteger()),
                          static_cast<std::size_t>(secret.value(QStringLiteral("memlimit")).toInteger()),
                          crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    return QStringLiteral("2:") + QString::fromLatin1(digest.toHex().left(hexDigits));
}

} // namespace

TEST_CASE("A third party can open a vault from the documented format alone", "[storage][interop]")
{
    TempVault vault;
    qint64 requestId = 0;
    qint64 supporterId = 0;
    {
        auto session = vault.unlock();
        peerdesk::NewRequest request = peerdesk::test::sampleRequest(
            vault.clock().nowUtc(), QStringLiteral("Philippa Oduya-Brandt"), QStringLiteral("P.Oduya@Example.org"));
        request.identity.phone = QStringLiteral("+1 (604) 555-0147");
        auto id = peerdesk::RequestService(*session).intake(request);
        REQUIRE(id);
        requestId = *id;
        auto supporter = peerdesk::SupporterService(*session).add(
            peerdesk::test::sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("Jordan.Lee@Example.org")));
        REQUIRE(supporter);
        supporterId = *supporter;
    }
    const QJsonObject root = documented::readJson(vault.keyringPath());
    REQUIRE(root.value(QStringLiteral("version")).toInt() == 3);
    const QString vaultId = root.value(QStringLiteral("vault_id")).toString();
    const QJsonObject adminSlot = documented::slotOf(root, QStringLiteral("admin"));
    const documented::OpenedSlot admin = documented::openSlot(root, adminSlot, QByteArray(TempVault::Passphrase));
    documented::RawDatabase db(vault.databasePath(), admin.dataKey);
    REQUIRE(db.opened());

    SECTION("the passphrase (NFC UTF-8) opens the data, identity and authority keys")
    {
        CHECK(db.query(QStringLiteral("SELECT display_name FROM users WHERE login = 'admin'")).at(0).at(0).toString()
              == QLatin1String(TempVault::DisplayName));
        CHECK(documented::signingPublicKey(admin.signingSeed)
              == documented::base64(adminSlot.value(QStringLiteral("signing_key"))));
        CHECK(admin.identityKey.size() == 32);
        CHECK(admin.authoritySeed.size() == 32);
    }
    SECTION("the recovery key, separators removed and upper-cased, opens the same keys")
    {
        QByteArray secret = vault.recoveryKey().toUtf8();
        secret.replace('-', QByteArray()).replace(' ', QByteArray());
        const documented::OpenedSlot recovery
            = documented::openSlot(root, documented::slotOf(root, QString()), secret.toUpper());
        CHECK(recovery.dataKey == admin.dataKey);
        CHECK(recovery.identityKey == admin.identityKey);
        CHECK(recovery.authoritySeed == admin.authoritySeed);
    }
    SECTION("the witness, the authority chain and the key statement verify as documented")
    {
        const QJsonArray chain = root.value(QStringLiteral("authority")).toArray();
        REQUIRE(chain.size() == 1);
        const QByteArray authority = documented::base64(chain.at(0).toObject().value(QStringLiteral("public_key")));
        CHECK(documented::signingPublicKey(admin.authoritySeed) == authority);
        const QJsonObject witness = adminSlot.value(QStringLiteral("witness")).toObject();
        CHECK(documented::verify(documented::base64(adminSlot.value(QStringLiteral("signing_key"))),
                                 documented::witnessMessage(root, adminSlot),
                                 documented::base64(witness.value(QStringLiteral("signature")))));
        const QJsonObject keys = root.value(QStringLiteral("keys")).toObject();
        CHECK(documented::base64(keys.value(QStringLiteral("data_check"))) == documented::keyCheck(admin.dataKey));
        CHECK(documented::base64(keys.value(QStringLiteral("identity_check")))
              == documented::keyCheck(admin.identityKey));
        const QByteArray statement = lines({ QStringLiteral("peerdesk-keys-v1"), vaultId,
                                             QString::number(keys.value(QStringLiteral("epoch")).toInteger()),
                                             keys.value(QStringLiteral("data_check")).toString(),
                                             keys.value(QStringLiteral("identity_check")).toString(),
                                             QStringLiteral("0"), QString(), QStringLiteral("0") });
        CHECK(documented::verify(authority, statement, documented::base64(keys.value(QStringLiteral("signature")))));
    }
    SECTION("the membership is signed by the authority and names the administrator's slot and keys")
    {
        const auto meta = db.query(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('membership', "
                                                  "'membership_signature') ORDER BY key"));
        REQUIRE(meta.size() == 2);
        const QByteArray body = meta.at(0).at(1).toString().toUtf8();
        const QByteArray signature = QByteArray::fromBase64(meta.at(1).at(1).toString().toLatin1());
        CHECK(documented::verify(documented::signingPublicKey(admin.authoritySeed),
                                 QByteArray("peerdesk-membership-v1\n") + body, signature));
        const QJsonObject membership = QJsonDocument::fromJson(body).object();
        const QJsonObject first = membership.value(QStringLiteral("users")).toArray().at(0).toObject();
        CHECK(first.value(QStringLiteral("login")).toString() == QLatin1String("admin"));
        CHECK(first.value(QStringLiteral("role")).toString() == QLatin1String("administrator"));
        CHECK(first.value(QStringLiteral("slot")).toString() == adminSlot.value(QStringLiteral("id")).toString());
        CHECK(first.value(QStringLiteral("slots")).toArray().at(0).toObject().value(QStringLiteral("signing_key"))
              == adminSlot.value(QStringLiteral("signing_key")));
    }
    SECTION("identity cells, blind indexes and repeat keys are computed as documented")
    {
        const auto request = db.query(
            QStringLiteral("SELECT name_ct, email_ct, phone_ct, repeat_key_email, repeat_key_phone FROM requests "
                           "WHERE id = ?"),
            { requestId });
        REQUIRE(request.size() == 1);
        CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "name_ct", requestId,
                                   request.at(0).at(0).toByteArray())
              == QByteArray("Philippa Oduya-Brandt"));
        CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "email_ct", requestId,
                                   request.at(0).at(1).toByteArray())
              == QByteArray("P.Oduya@Example.org"));
        // The same cell read as another row's, or another column's, does not open.
        CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "name_ct", requestId + 1,
                                   request.at(0).at(0).toByteArray())
                  .isNull());
        CHECK(documented::openCell(admin.identityKey, vaultId, "requests", "email_ct", requestId,
                                   request.at(0).at(0).toByteArray())
                  .isNull());

        const auto secretCell = db.query(QStringLiteral("SELECT value FROM meta WHERE key = 'repeat_key_secret'"));
        const QJsonObject secret
            = QJsonDocument::fromJson(
                  documented::openCell(admin.identityKey, vaultId, "meta", "repeat_key_secret", 0,
                                       QByteArray::fromBase64(secretCell.at(0).at(0).toString().toLatin1())))
                  .object();
        REQUIRE(secret.contains(QStringLiteral("secret")));
        CHECK(request.at(0).at(3).toString() == repeatKey(secret, "repeat-email-v2", "p.oduya@example.org", 4));
        CHECK(request.at(0).at(4).toString() == repeatKey(secret, "repeat-phone-v2", "6045550147", 5));

        QByteArray indexKey(32, '\0');
        crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(indexKey.data()), 32, 2, "PDbidx__",
                                   reinterpret_cast<const unsigned char*>(admin.identityKey.constData()));
        const QByteArray message("supporter-email\njordan.lee@example.org");
        QByteArray index(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(index.data()), 32,
                           reinterpret_cast<const unsigned char*>(message.constData()),
                           static_cast<unsigned long long>(message.size()),
                           reinterpret_cast<const unsigned char*>(indexKey.constData()), 32);
        CHECK(db.query(QStringLiteral("SELECT email_bidx FROM supporters WHERE id = ?"), { supporterId })
                  .at(0)
                  .at(0)
                  .toByteArray()
              == index);
    }
    SECTION("every audit row chains and is signed by its actor's key")
    {
        const auto rows = db.query(QStringLiteral("SELECT id, at, actor, action, entity_type, entity_id, hash, "
                                                  "signing_key, signature FROM audit_log ORDER BY id"));
        REQUIRE(rows.size() >= 4);
        QString previous(64, QLatin1Char('0'));
        for (const QVariantList& row : rows) {
            const QString hash
                = documented::auditHash(previous, row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toString(),
                                        row.at(3).toString(), row.at(4).toString(), row.at(5));
            CHECK(hash == row.at(6).toString());
            CHECK(row.at(7).toByteArray() == documented::signingPublicKey(admin.signingSeed));
            CHECK(documented::verify(row.at(7).toByteArray(),
                                     QStringLiteral("peerdesk-audit-signature-v1\n%1\n%2").arg(vaultId, hash).toUtf8(),
                                     row.at(8).toByteArray()));
            previous = hash;
        }
    }
    SECTION("with the sqlcipher shell")
    {
        const QString shell = QStringLiteral(PEERDESK_SQLCIPHER_SHELL);
        if (shell.isEmpty() || !QFile::exists(shell)) {
            WARN("no sqlcipher shell built; skipping the shell check");
            return;
        }
        QProcess process;
        process.start(shell, { vault.databasePath() });
        REQUIRE(process.waitForStarted());
        process.write("PRAGMA key = \"x'" + admin.dataKey.toHex() + "'\";\nSELECT count(*) FROM users;\n");
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished());
        CHECK(process.readAllStandardOutput().trimmed().endsWith("1"));
    }
}
