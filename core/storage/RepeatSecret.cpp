#include "core/storage/RepeatSecret.h"

#include "core/security/CellCipher.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/SettingsRepository.h"

#include <QCoreApplication>

namespace peerdesk::repeat_secret {

namespace {

constexpr auto Key = "repeat_key_secret";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RequestService)
};

} // namespace

Result<std::optional<RepeatKeyHasher>> load(Database& database)
{
    auto stored = SettingsRepository(database, SettingsRepository::Table::Meta).get(QLatin1String(Key));
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<RepeatKeyHasher>();
    if (!database.identityCells())
        return identity_cells::noIdentityKey();
    const QByteArray cell = QByteArray::fromBase64(stored->value().toLatin1());
    auto text = identity_cells::open(database, "meta", Key, 0, cell);
    if (!text)
        return text.error();
    QByteArray serialised = text->toUtf8();
    auto hasher = RepeatKeyHasher::parse(serialised);
    wipe(serialised);
    if (!hasher)
        return hasher.error();
    return std::optional<RepeatKeyHasher>(std::move(*hasher));
}

Result<void> store(Database& database, const RepeatKeyHasher& hasher)
{
    QByteArray serialised = hasher.serialise();
    auto cell = identity_cells::seal(database, "meta", Key, 0, QString::fromUtf8(serialised));
    wipe(serialised);
    if (!cell)
        return cell.error();
    return SettingsRepository(database, SettingsRepository::Table::Meta)
        .set(QLatin1String(Key), QString::fromLatin1(cell->toByteArray().toBase64()));
}

Result<RepeatKeyHasher> loadOrCreate(Database& database, RepeatKeyHasher::Cost cost)
{
    auto existing = load(database);
    if (!existing)
        return existing.error();
    if (*existing)
        return std::move(**existing);
    RepeatKeyHasher hasher(SecureBuffer::random(RepeatKeyHasher::SecretBytes), cost);
    if (auto stored = store(database, hasher); !stored)
        return stored.error();
    return hasher;
}

} // namespace peerdesk::repeat_secret
