#include "LegacyVault.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/security/KeyringFile.h"
#include "core/vault/VaultPaths.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace peerdesk::test {

LegacyVault::LegacyVault() : m_clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC))
{
    REQUIRE(m_root.isValid());
    REQUIRE(QDir().mkpath(directory()));
    for (const char* name : { "peerdesk.db", "keyring.json" }) {
        const QString target = QDir(directory()).filePath(QLatin1String(name));
        REQUIRE(QFile::copy(QStringLiteral(PEERDESK_TEST_DATA "/legacy-v2-vault/") + QLatin1String(name), target));
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QFile::setPermissions(directory(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString LegacyVault::directory() const
{
    return QDir(m_root.path()).filePath(QStringLiteral("vault"));
}

Result<std::unique_ptr<VaultSession>> LegacyVault::tryUnlock(const QString& login, const QString& passphrase)
{
    auto key = vault::unwrapWithPassphrase(directory(), login, TempVault::secret(passphrase));
    if (!key)
        return key.error();
    return vault::open(std::move(*key), m_clock);
}

SecureBuffer LegacyVault::dataKey() const
{
    auto keyring = keyring_file::load(vault_paths::keyringPath(directory()));
    REQUIRE(keyring);
    const auto slot = keyring->passphraseSlotFor(QStringLiteral("admin"));
    REQUIRE(slot);
    auto secrets = keyring->unwrap(*slot, TempVault::secret(QLatin1String(AdminPassphrase)));
    REQUIRE(secrets);
    auto keys = keyring->openKeys(*slot, secrets->box);
    REQUIRE(keys);
    return std::move(keys->data);
}

void LegacyVault::exec(const QString& sql) const
{
    const SecureBuffer key = dataKey();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(vault_paths::databasePath(directory())).constData(), &db,
                            SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK);
    const QByteArray pragma
        = "PRAGMA key = \"x'" + QByteArray(key.chars(), static_cast<qsizetype>(key.size())).toHex() + "'\"";
    REQUIRE(sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace peerdesk::test
