#include "core/vault/KeyringRecord.h"

#include "core/security/KeyringFile.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace peerdesk::keyring_record {

namespace {

constexpr auto RecordKey = "keyring";
constexpr auto PreviousKey = "keyring_previous_sha256";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vault)
};

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<void> record(Database& database, const QByteArray& previousBytes, const QByteArray& nextBytes)
{
    SettingsRepository meta(database, SettingsRepository::Table::Meta);
    if (auto done = meta.set(QLatin1String(RecordKey), QString::fromUtf8(nextBytes)); !done)
        return done;
    return meta.set(QLatin1String(PreviousKey),
                    previousBytes.isEmpty() ? QStringLiteral("none") : sha256(previousBytes));
}

Result<void> recordOwnSlot(Database& database, const QByteArray& nextBytes)
{
    return SettingsRepository(database, SettingsRepository::Table::Meta).recordOwnKeyring(QString::fromUtf8(nextBytes));
}

Result<Reconciled> reconcile(Database& database, const QString& keyringPath,
                             const std::function<QStringList(const Keyring&)>& describe)
{
    auto bytes = keyring_file::readBytes(keyringPath);
    if (!bytes)
        return bytes.error();
    SettingsRepository meta(database, SettingsRepository::Table::Meta);
    auto recorded = meta.get(QLatin1String(RecordKey));
    if (!recorded)
        return recorded.error();
    auto previous = meta.get(QLatin1String(PreviousKey));
    if (!previous)
        return previous.error();
    if (!*recorded)
        return makeError(ErrorCode::Damaged, Text::tr("peerdesk.db holds no record of its keyring: it is damaged."));
    const QByteArray intended = (*recorded)->toUtf8();
    Reconciled reconciled;
    if (*bytes == intended) {
        reconciled.bytes = *bytes;
    } else if (*previous && !(*previous)->isEmpty() && sha256(*bytes) == **previous) {
        // The last change committed but keyring.json was not written (a crash, a full disk): write it now.
        if (auto saved = keyring_file::saveBytes(intended, keyringPath); !saved)
            return saved.error();
        reconciled.bytes = intended;
        reconciled.rewritten = true;
    } else {
        QString detail;
        if (describe) {
            if (auto foreign = Keyring::fromJson(*bytes)) {
                const QStringList problems = describe(*foreign);
                if (!problems.isEmpty())
                    detail = QLatin1Char(' ') + problems.mid(0, 3).join(QLatin1Char(' '));
            }
        }
        return makeError(ErrorCode::Damaged,
                         Text::tr("keyring.json was changed outside PeerDesk: it is not the keyring this vault last "
                                  "wrote.%1 Restore keyring.json from a backup, or ask an administrator to run "
                                  "\"peerdesk-cli keyring repair\".")
                             .arg(detail));
    }
    auto keyring = Keyring::fromJson(reconciled.bytes);
    if (!keyring)
        return keyring.error();
    reconciled.keyring = std::move(*keyring);
    return reconciled;
}

Result<Reconciled> recorded(Database& database)
{
    auto recorded = SettingsRepository(database, SettingsRepository::Table::Meta).get(QLatin1String(RecordKey));
    if (!recorded)
        return recorded.error();
    if (!*recorded)
        return makeError(ErrorCode::Damaged, Text::tr("The program server holds no keyring: it is damaged."));
    Reconciled reconciled;
    reconciled.bytes = (*recorded)->toUtf8();
    auto keyring = Keyring::fromJson(reconciled.bytes);
    if (!keyring)
        return keyring.error();
    reconciled.keyring = std::move(*keyring);
    return reconciled;
}

} // namespace peerdesk::keyring_record
