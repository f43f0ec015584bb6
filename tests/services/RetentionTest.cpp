#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "services/ProgramSettings.h"
#include "services/RequestService.h"
#include "services/RetentionService.h"
#include "services/SupporterService.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>

#include <openssl/evp.h>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;

namespace {

// SQLCipher 4's page layout with its defaults: 4096-byte pages, each ending in a reserve of a 16-byte IV and
// a 64-byte HMAC; page 1 starts with the 16-byte salt. A raw key is the AES-256 key itself.
constexpr int PageSize = 4096;
constexpr int Reserve = 80;
constexpr int SaltSize = 16;

QByteArray decryptPages(const QByteArray& file, const SecureBuffer& key)
{
    QByteArray plain;
    for (qsizetype offset = 0; offset + PageSize <= file.size(); offset += PageSize) {
        const int skip = offset == 0 ? SaltSize : 0;
        const QByteArray page = file.mid(offset, PageSize);
        const QByteArray iv = page.mid(PageSize - Reserve, 16);
        const QByteArray cipherText = page.mid(skip, PageSize - Reserve - skip);
        EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
        REQUIRE(context);
        REQUIRE(EVP_DecryptInit_ex(context, EVP_aes_256_cbc(), nullptr, key.data(),
                                   reinterpret_cast<const unsigned char*>(iv.constData()))
                == 1);
        EVP_CIPHER_CTX_set_padding(context, 0);
        QByteArray out(cipherText.size() + 32, '\0');
        int written = 0;
        int finalWritten = 0;
        REQUIRE(EVP_DecryptUpdate(context, reinterpret_cast<unsigned char*>(out.data()), &written,
                                  reinterpret_cast<const unsigned char*>(cipherText.constData()),
                                  static_cast<int>(cipherText.size()))
                == 1);
        REQUIRE(EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char*>(out.data()) + written, &finalWritten)
                == 1);
        EVP_CIPHER_CTX_free(context);
        plain.append(out.left(written + finalWritten));
    }
    return plain;
}

// Every byte of every file in the vault folder, database pages decrypted, as one haystack.
QByteArray everything(TempVault& vault)
{
    auto key = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                           TempVault::secret(QLatin1String(TempVault::Passphrase)));
    REQUIRE(key);
    QByteArray haystack;
    const QDir dir(vault.directory());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        haystack.append(bytes); // keyring.json as it is; no other file is left once the vault is closed
        if (name == QLatin1String("peerdesk.db"))
            haystack.append(decryptPages(bytes, key->dataKey));
    }
    return haystack;
}

qint64 scalar(VaultSession& session, const QString& sql)
{
    auto query = session.database().exec(sql);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toLongLong();
}

qint64 closedRequest(TempVault& vault, VaultSession& session, const QString& name, const QString& email)
{
    RequestService service(session);
    NewRequest r = sampleRequest(vault.clock().nowUtc(), name, email);
    r.identity.phone = QStringLiteral("819-555-0142");
    r.identity.institution
        = QStringLiteral("Hôpital ") + name.section(QLatin1Char(' '), -1) + QStringLiteral("-Zéphyr");
    r.identity.bestTime = QStringLiteral("mornings before clinic");
    auto id = service.intake(r);
    REQUIRE(id);
    REQUIRE(service.triage(*id, {}));
    REQUIRE(service.close(*id, CloseOutcome::Withdrawn));
    return *id;
}

} // namespace

TEST_CASE("The decryption in this test reads the vault, so a missing name really is gone", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"), QStringLiteral("quentin.zyx@example.org"));
    session.reset(); // closing checkpoints the WAL into peerdesk.db
    const QByteArray haystack = everything(vault);
    CHECK(haystack.contains("CREATE TABLE requests"));
    CHECK(haystack.contains("Quentin Zyxwvutsrq"));
}

TEST_CASE("Purge removes closed requests' identity from every file and free page and keeps the anonymous record",
          "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    const qint64 held = closedRequest(vault, *session, QStringLiteral("Heloise Keptname"),
                                      QStringLiteral("heloise.kept@example.org"));
    REQUIRE(RequestService(*session).setLegalHold(held, true));

    SECTION("nothing is purged before the retention period")
    {
        auto report = RetentionService(*session).purge();
        REQUIRE(report);
        CHECK(report->requests == 0);
        CHECK_FALSE(RequestService(*session).get(id)->identity.name.isEmpty());
    }
    SECTION("after the retention period")
    {
        vault.clock().advanceDays(31);
        auto dryRun = RetentionService(*session).purge(true);
        REQUIRE(dryRun);
        CHECK(dryRun->requests == 1);
        CHECK(dryRun->heldRequests == 1);
        CHECK_FALSE(RequestService(*session).get(id)->identity.name.isEmpty());

        auto report = RetentionService(*session).purge();
        REQUIRE(report);
        CHECK(report->requests == 1);
        CHECK(report->heldRequests == 1);
        // The WAL was checkpointed and truncated while the vault is still open.
        const QFileInfo wal(QDir(vault.directory()).filePath(QStringLiteral("peerdesk.db-wal")));
        CHECK((!wal.exists() || wal.size() == 0));

        auto purged = RequestService(*session).get(id);
        REQUIRE(purged);
        CHECK(purged->identity.isEmpty());
        CHECK(purged->identityPurgedAt.isValid());
        CHECK(purged->reasons == QStringList{ QStringLiteral("burnout") });
        CHECK(purged->outcome == CloseOutcome::Withdrawn);
        CHECK(purged->receivedAt.isValid());
        CHECK(purged->closedAt.isValid());
        CHECK(RequestService(*session).get(held)->identity.name == QLatin1String("Heloise Keptname"));

        // Counts only in the audit log.
        bool audited = false;
        REQUIRE(AuditRepository(session->database()).forEach([&](const AuditEntry& entry) {
            if (entry.action == QLatin1String("retention.purge") && entry.entityType == QLatin1String("requests"))
                audited = entry.entityId == 1;
            return true;
        }));
        CHECK(audited);

        session.reset();
        const QByteArray haystack = everything(vault);
        for (const char* gone : { "Quentin Zyxwvutsrq", "quentin.zyx@example.org", "Zyxwvutsrq-Z" }) {
            INFO(gone);
            CHECK_FALSE(haystack.contains(gone));
        }
        CHECK(haystack.contains("Heloise Keptname"));
    }
}

TEST_CASE("Purge runs at unlock, and lifting a legal hold lets the next purge take the identity", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    const qint64 held = closedRequest(vault, *session, QStringLiteral("Heloise Keptname"),
                                      QStringLiteral("heloise.kept@example.org"));
    REQUIRE(RequestService(*session).setLegalHold(held, true));
    session.reset();
    vault.clock().advanceDays(40);
    session = vault.unlock();
    CHECK(RequestService(*session).get(id)->identity.isEmpty());
    CHECK_FALSE(RequestService(*session).get(held)->identity.isEmpty());
    REQUIRE(RequestService(*session).setLegalHold(held, false));
    auto report = RetentionService(*session).purge();
    REQUIRE(report);
    CHECK(report->requests == 1);
    CHECK(RequestService(*session).get(held)->identity.isEmpty());
}

TEST_CASE("The retention period is a setting from 0 to 365 days", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = closedRequest(vault, *session, QStringLiteral("Quentin Zyxwvutsrq"),
                                    QStringLiteral("quentin.zyx@example.org"));
    auto refused = changeSetting(*session, QLatin1String(ProgramSettings::RetentionDays), QStringLiteral("400"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::RetentionDays), QStringLiteral("0")));
    auto report = RetentionService(*session).purge();
    REQUIRE(report);
    CHECK(report->requests == 1);
    CHECK(RequestService(*session).get(id)->identity.isEmpty());
}

TEST_CASE("Retired supporters' contact details are purged after their own period", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    SupporterService supporters(*session);
    auto id = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(id);
    REQUIRE(supporters.setStatus(*id, QStringLiteral("retired")));
    vault.clock().advanceDays(100);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::SupporterRetentionDays), QStringLiteral("90")));
    auto report = RetentionService(*session).purge();
    REQUIRE(report);
    CHECK(report->supporters == 1);
    auto retired = supporters.get(*id);
    REQUIRE(retired);
    CHECK(retired->name.isEmpty());
    CHECK(retired->email.isEmpty());
    CHECK(retired->phone.isEmpty());
    CHECK(retired->specialty == QLatin1String("Family medicine"));
    CHECK(scalar(*session, QStringLiteral("SELECT count(*) FROM supporters WHERE contact_purged_at IS NOT NULL")) == 1);
}

TEST_CASE("Only administrators purge on demand", "[retention]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(session->database().exec(QStringLiteral("UPDATE users SET role = 'coordinator'")));
    session.reset();
    session = vault.unlock();
    auto refused = RetentionService(*session).purge();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
}
