#include "core/storage/IdentityKeys.h"

#include "core/domain/Supporter.h"
#include "core/security/KeyPairs.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace peerdesk::identity_keys {

namespace {

constexpr auto EpochKey = "identity_epoch";
constexpr auto KeyCheckKey = "identity_key_check"; // key_pairs::keyCheck of the key of that generation
constexpr auto EarlierTable = "identity_keys_earlier";
constexpr auto EarlierColumn = "key_ct";

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

Error damagedEarlierKey(quint32 epoch)
{
    return makeError(ErrorCode::Damaged,
                     Text::tr("The program's identity key of generation %1 cannot be read: it was altered on the "
                              "server. Run verify.")
                         .arg(epoch));
}

// "cell_epoch(a) <> ? OR cell_epoch(b) <> ?": a row holding a cell of another generation (a NULL cell holds none).
QString earlierCellCondition(const CellTable& table, QVariantList& values, quint32 epoch)
{
    QStringList terms;
    for (const char* cell : table.cells) {
        terms << QStringLiteral("cell_epoch(%1) <> ?").arg(QLatin1String(cell));
        values << static_cast<qint64>(epoch);
    }
    return QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

Result<quint32> currentEpoch(Database& database)
{
    auto stored = SettingsRepository(database, SettingsRepository::Table::Meta).get(QLatin1String(EpochKey));
    if (!stored)
        return stored.error();
    if (!*stored)
        return CellCipher::FirstEpoch;
    bool ok = false;
    const uint epoch = (*stored)->toUInt(&ok);
    if (!ok || epoch < CellCipher::FirstEpoch)
        return makeError(ErrorCode::Damaged, Text::tr("The program's identity key generation is not a number."));
    return static_cast<quint32>(epoch);
}

Result<void> setCurrentKey(Database& database, quint32 epoch, const SecureBuffer& identityKey)
{
    SettingsRepository meta(database, SettingsRepository::Table::Meta);
    if (auto stored = meta.set(QLatin1String(EpochKey), QString::number(epoch)); !stored)
        return stored;
    return meta.set(QLatin1String(KeyCheckKey), QString::fromLatin1(key_pairs::keyCheck(identityKey).toBase64()));
}

Result<std::vector<CellCipher::EarlierKey>> earlierKeys(Database& database, const CellCipher& current)
{
    std::vector<CellCipher::EarlierKey> keys;
    if (!database.isServer())
        return keys;
    auto rows = database.exec(QStringLiteral("SELECT epoch, key_ct FROM identity_keys_earlier ORDER BY epoch"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const auto epoch = static_cast<quint32>(rows->value(0).toLongLong());
        auto text = current.decrypt(EarlierTable, EarlierColumn, epoch, rows->value(1).toByteArray());
        if (!text)
            return damagedEarlierKey(epoch);
        QByteArray encoded = text->toLatin1();
        wipe(*text);
        QByteArray raw = QByteArray::fromBase64(encoded);
        wipe(encoded);
        if (raw.size() != CellCipher::KeyBytes) {
            wipe(raw);
            return damagedEarlierKey(epoch);
        }
        keys.push_back({ epoch, SecureBuffer::copyOf(raw.constData(), raw.size()) });
        wipe(raw);
    }
    return keys;
}

Result<void> replaceEarlierKeys(Database& database, const CellCipher& sealer,
                                const std::vector<CellCipher::EarlierKey>& keys)
{
    if (auto cleared = database.exec(QStringLiteral("DELETE FROM identity_keys_earlier")); !cleared)
        return cleared.error();
    for (const CellCipher::EarlierKey& key : keys) {
        QByteArray base64
            = QByteArray::fromRawData(reinterpret_cast<const char*>(key.key.data()), key.key.size()).toBase64();
        QString encoded = QString::fromLatin1(base64);
        wipe(base64);
        const QByteArray cell = sealer.encrypt(EarlierTable, EarlierColumn, key.epoch, encoded);
        wipe(encoded);
        auto stored = database.exec(QStringLiteral("INSERT INTO identity_keys_earlier (epoch, key_ct) VALUES (?, ?)"),
                                    { static_cast<qint64>(key.epoch), cell });
        if (!stored)
            return stored.error();
    }
    return {};
}

Result<bool> changeUnfinished(Database& database)
{
    if (!database.isServer())
        return false;
    auto rows = database.exec(QStringLiteral("SELECT 1 FROM identity_keys_earlier LIMIT 1"));
    if (!rows)
        return rows.error();
    const bool found = rows->next();
    rows->finish();
    return found;
}

Result<std::shared_ptr<const CellCipher>> cipherFor(Database& database, const QString& vaultId,
                                                    const SecureBuffer& identityKey)
{
    auto epoch = currentEpoch(database);
    if (!epoch)
        return epoch.error();
    // The generation belongs to one key: a key of another (a session that has not taken up a change of the key) is
    // never labelled with it.
    auto check = SettingsRepository(database, SettingsRepository::Table::Meta).get(QLatin1String(KeyCheckKey));
    if (!check)
        return check.error();
    if (*check && QByteArray::fromBase64((*check)->toLatin1()) != key_pairs::keyCheck(identityKey))
        return makeError(ErrorCode::Conflict,
                         Text::tr("An administrator changed the program's identity key: it is read again."));
    auto newest = std::make_shared<const CellCipher>(vaultId, identityKey, *epoch);
    auto earlier = earlierKeys(database, *newest);
    if (!earlier)
        return earlier.error();
    if (earlier->empty())
        return newest;
    return std::make_shared<const CellCipher>(vaultId, identityKey, *epoch, *earlier);
}

const std::vector<CellTable>& cellTables()
{
    // Supporters are not here: reencryptRoster takes them all at once, with their blind indexes.
    static const std::vector<CellTable> tables = {
        { "requests", "id", true, { "name_ct", "email_ct", "phone_ct", "best_time_ct", "institution_ct" } },
        { "group_members", "id", true, { "name_ct", "contact_ct", "province_ct" } },
        { "group_registrations", "id", true, { "name_ct", "contact_ct", "province_ct" } },
        { "request_drafts", "user_id", false, { "content_ct" } },
    };
    return tables;
}

const CellTable& rosterTable()
{
    static const CellTable table{ "supporters", "id", true, { "name_ct", "email_ct", "phone_ct", "pronouns_ct" } };
    return table;
}

Result<Batch> reencryptBatch(Database& database, const CellTable& table, qint64 afterKey, int limit)
{
    const CellCipher* cells = database.identityCells();
    if (!cells)
        return identity_cells::noIdentityKey();
    const quint32 epoch = cells->epoch();
    QVariantList values{ afterKey };
    const QString condition = earlierCellCondition(table, values, epoch);
    values << limit;
    const QString key = QLatin1String(table.key);
    const QString version = table.versioned ? QStringLiteral("row_version") : QStringLiteral("0");
    QStringList columns;
    for (const char* cell : table.cells)
        columns << QLatin1String(cell);
    auto rows = database.exec(
        QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %1 > ? AND %5 ORDER BY %1 LIMIT ?")
            .arg(key, version, columns.join(QLatin1String(", ")), QLatin1String(table.table), condition),
        values);
    if (!rows)
        return rows.error();
    // Read whole before writing: a server connection runs one statement at a time.
    struct Row
    {
        qint64 key;
        qint64 version;
        QList<QByteArray> cells;
    };
    QList<Row> read;
    while (rows->next()) {
        Row row{ rows->value(0).toLongLong(), rows->value(1).toLongLong(), {} };
        for (std::size_t i = 0; i < table.cells.size(); ++i)
            row.cells << rows->value(static_cast<int>(2 + i)).toByteArray();
        read << row;
    }
    rows->finish();

    Batch batch;
    batch.end = read.size() < limit;
    batch.lastKey = read.isEmpty() ? afterKey : read.constLast().key;
    QStringList assignments;
    QStringList unchanged;
    for (const char* cell : table.cells) {
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(cell));
        unchanged << QStringLiteral("%1 IS NOT DISTINCT FROM ?").arg(QLatin1String(cell));
    }
    const QString update
        = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND %4")
              .arg(QLatin1String(table.table), assignments.join(QLatin1String(", ")), key,
                   table.versioned ? QStringLiteral("row_version = ?") : unchanged.join(QLatin1String(" AND ")));
    for (const Row& row : read) {
        QVariantList bound;
        for (std::size_t i = 0; i < table.cells.size(); ++i) {
            const QByteArray& cell = row.cells.at(static_cast<qsizetype>(i));
            if (cell.isNull() || CellCipher::epochOf(cell) == epoch) {
                bound << (cell.isNull() ? QVariant(QByteArray()) : QVariant(cell));
                continue;
            }
            auto text = identity_cells::open(database, table.table, table.cells.at(i), row.key, cell);
            if (!text)
                return text.error();
            auto sealed = identity_cells::seal(database, table.table, table.cells.at(i), row.key, *text);
            wipe(*text);
            if (!sealed)
                return sealed.error();
            bound << *sealed;
        }
        bound << row.key;
        if (table.versioned) {
            bound << row.version;
        } else {
            for (const QByteArray& cell : row.cells)
                bound << (cell.isNull() ? QVariant(QByteArray()) : QVariant(cell));
        }
        auto written = database.exec(update, bound);
        if (!written)
            return written.error();
        if (written->numRowsAffected() == 1)
            ++batch.rewritten;
        else
            ++batch.skipped;
    }
    return batch;
}

Result<int> reencryptRoster(Database& database)
{
    if (!database.identityCells())
        return identity_cells::noIdentityKey();
    // name, e-mail, phone, pronouns: the blind indexes are of the second and third.
    const std::vector<const char*>& columns = rosterTable().cells;
    auto rows = database.exec(QStringLiteral("SELECT id, name_ct, email_ct, phone_ct, pronouns_ct FROM supporters "
                                             "ORDER BY id"));
    if (!rows)
        return rows.error();
    struct Row
    {
        qint64 id;
        QByteArray cells[4];
    };
    QList<Row> read;
    while (rows->next()) {
        Row row{ rows->value(0).toLongLong(), {} };
        for (int i = 0; i < 4; ++i)
            row.cells[i] = rows->value(1 + i).toByteArray();
        read << row;
    }
    rows->finish();
    int rewritten = 0;
    for (const Row& row : read) {
        QString texts[4];
        QVariantList bound;
        for (int i = 0; i < 4; ++i) {
            auto text = identity_cells::open(database, "supporters", columns[static_cast<std::size_t>(i)], row.id,
                                             row.cells[i]);
            if (!text)
                return text.error();
            texts[i] = std::move(*text);
            auto sealed
                = identity_cells::seal(database, "supporters", columns[static_cast<std::size_t>(i)], row.id, texts[i]);
            if (!sealed)
                return sealed.error();
            bound << *sealed;
        }
        bound << identity_cells::blindIndex(database, "supporter-email", contactEmailKey(texts[1]))
              << identity_cells::blindIndex(database, "supporter-phone", contactPhoneKey(texts[2])) << row.id;
        for (QString& text : texts)
            wipe(text);
        auto written = database.exec(QStringLiteral("UPDATE supporters SET name_ct = ?, email_ct = ?, phone_ct = ?, "
                                                    "pronouns_ct = ?, email_bidx = ?, phone_bidx = ? WHERE id = ?"),
                                     bound);
        if (!written)
            return written.error();
        ++rewritten;
    }
    return rewritten;
}

Result<qint64> rowsUnderEarlierKeys(Database& database)
{
    const CellCipher* cells = database.identityCells();
    if (!cells)
        return identity_cells::noIdentityKey();
    if (!database.isServer())
        return 0;
    std::vector<CellTable> tables = cellTables();
    tables.push_back(rosterTable());
    qint64 total = 0;
    for (const CellTable& table : tables) {
        QVariantList values;
        const QString condition = earlierCellCondition(table, values, cells->epoch());
        auto counted = database.exec(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(table.table), condition), values);
        if (!counted)
            return counted.error();
        if (counted->next())
            total += counted->value(0).toLongLong();
        counted->finish();
    }
    return total;
}

} // namespace peerdesk::identity_keys
