#include "core/storage/IdentityMigration.h"

#include "core/domain/Supporter.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/storage/Migrations.h"
#include "core/storage/RepeatSecret.h"
#include "core/storage/RequestRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace peerdesk::identity_migration {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

// One table's identity columns: the plaintext column of version 10 and its cell.
struct Column
{
    const char* plain;
    const char* cell;
};

// Copies every row's plaintext columns into their cells (bound to the row), leaving the rest of the row alone.
Result<void> encryptColumns(Database& database, const char* table, std::initializer_list<Column> columns)
{
    QStringList plain;
    QStringList assignments;
    for (const Column& column : columns) {
        plain.append(QLatin1String(column.plain));
        assignments.append(QLatin1String(column.cell) + QStringLiteral(" = ?"));
    }
    // Table and column names are this file's constants.
    auto rows = database.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                                  .arg(plain.join(QStringLiteral(", ")), QLatin1String(table)));
    if (!rows)
        return rows.error();
    auto update = database.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                       .arg(QLatin1String(table), assignments.join(QStringLiteral(", "))));
    if (!update)
        return update.error();
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        int index = 0;
        for (const Column& column : columns) {
            auto cell = identity_cells::seal(database, table, column.cell, id, rows->value(index + 1).toString());
            if (!cell)
                return cell.error();
            update->bindValue(index++, *cell);
        }
        update->bindValue(index, id);
        if (auto done = database.run(*update); !done)
            return done;
    }
    return {};
}

// The repeat keys in their new form. A purged request keeps only its old key, cut; a live request whose old key
// (cut) is also a purged request's takes that one, so the person's requests stay linked; others get the new key.
Result<void> rewriteRepeatKeys(Database& database, const RepeatKeyHasher& hasher)
{
    auto rows = database.exec(QStringLiteral("SELECT id, email, phone, repeat_key_email, repeat_key_phone, "
                                             "identity_purged_at IS NOT NULL FROM requests ORDER BY id"));
    if (!rows)
        return rows.error();
    struct Keys
    {
        qint64 id;
        QString email, phone, legacyEmail, legacyPhone;
        bool purged;
    };
    QList<Keys> all;
    QSet<QString> purgedEmail;
    QSet<QString> purgedPhone;
    while (rows->next()) {
        Keys keys{ rows->value(0).toLongLong(),
                   rows->value(1).toString(),
                   rows->value(2).toString(),
                   RepeatKeyHasher::cutLegacyKey(rows->value(3).toString(), false),
                   RepeatKeyHasher::cutLegacyKey(rows->value(4).toString(), true),
                   rows->value(5).toInt() != 0 };
        if (keys.purged) {
            purgedEmail.insert(keys.legacyEmail);
            purgedPhone.insert(keys.legacyPhone);
        }
        all.append(std::move(keys));
    }
    rows->finish();
    auto update = database.prepare(
        QStringLiteral("UPDATE requests SET repeat_key_email = ?, repeat_key_phone = ? WHERE id = ?"));
    if (!update)
        return update.error();
    for (const Keys& keys : std::as_const(all)) {
        QString email = keys.legacyEmail;
        QString phone = keys.legacyPhone;
        if (!keys.purged) {
            if (!purgedEmail.contains(email))
                email = hasher.emailKey(keys.email);
            if (!purgedPhone.contains(phone))
                phone = hasher.phoneKey(keys.phone);
        }
        update->bindValue(0, email.isEmpty() ? QVariant(QString()) : QVariant(email));
        update->bindValue(1, phone.isEmpty() ? QVariant(QString()) : QVariant(phone));
        update->bindValue(2, keys.id);
        if (auto done = database.run(*update); !done)
            return done;
    }
    auto shared = database.exec(
        QStringLiteral("INSERT INTO shared_phone_keys (repeat_key) SELECT repeat_key_phone FROM requests WHERE "
                       "repeat_key_phone IS NOT NULL AND repeat_key_email IS NOT NULL GROUP BY repeat_key_phone "
                       "HAVING count(DISTINCT repeat_key_email) >= ? ON CONFLICT DO NOTHING"),
        { RequestRepository::SharedPhoneEmails });
    if (!shared)
        return shared.error();
    return {};
}

// The format-2 secret was stored in plain hexadecimal; it becomes an identity cell with the cost of the new keys.
Result<RepeatKeyHasher> moveRepeatSecret(Database& database, RepeatKeyHasher::Cost cost)
{
    SettingsRepository meta(database, SettingsRepository::Table::Meta);
    auto stored = meta.get(QStringLiteral("repeat_key_secret"));
    if (!stored)
        return stored.error();
    std::optional<RepeatKeyHasher> hasher;
    if (*stored) {
        auto legacy = RepeatKeyHasher::fromLegacySecret(stored->value().toLatin1(), cost);
        if (!legacy)
            return legacy.error();
        hasher.emplace(std::move(*legacy));
    } else {
        hasher.emplace(SecureBuffer::random(RepeatKeyHasher::SecretBytes), cost);
    }
    if (auto saved = repeat_secret::store(database, *hasher); !saved)
        return saved.error();
    return std::move(*hasher);
}

} // namespace

Result<void> apply(Database& database, RepeatKeyHasher::Cost cost)
{
    if (database.schemaVersion() != migrations::plainVersion())
        return makeError(ErrorCode::Damaged, Text::tr("peerdesk.db is not at the schema version this step upgrades."));
    if (!database.identityCells())
        return identity_cells::noIdentityKey();
    return database.transaction([&]() -> Result<void> {
        if (auto done = encryptColumns(database, "requests",
                                       { { "name", "name_ct" },
                                         { "email", "email_ct" },
                                         { "phone", "phone_ct" },
                                         { "best_time", "best_time_ct" },
                                         { "institution", "institution_ct" } });
            !done)
            return done;
        if (auto done = encryptColumns(database, "supporters",
                                       { { "name", "name_ct" },
                                         { "email", "email_ct" },
                                         { "phone", "phone_ct" },
                                         { "pronouns", "pronouns_ct" } });
            !done)
            return done;
        if (auto done
            = encryptColumns(database, "group_registrations",
                             { { "name", "name_ct" }, { "contact", "contact_ct" }, { "province", "province_ct" } });
            !done)
            return done;
        auto supporters = database.exec(QStringLiteral("SELECT id, email, phone FROM supporters"));
        if (!supporters)
            return supporters.error();
        auto index
            = database.prepare(QStringLiteral("UPDATE supporters SET email_bidx = ?, phone_bidx = ? WHERE id = ?"));
        if (!index)
            return index.error();
        while (supporters->next()) {
            index->bindValue(0,
                             identity_cells::blindIndex(database, "supporter-email",
                                                        contactEmailKey(supporters->value(1).toString())));
            index->bindValue(1,
                             identity_cells::blindIndex(database, "supporter-phone",
                                                        contactPhoneKey(supporters->value(2).toString())));
            index->bindValue(2, supporters->value(0));
            if (auto done = database.run(*index); !done)
                return done;
        }
        supporters->finish();
        auto hasher = moveRepeatSecret(database, cost);
        if (!hasher)
            return hasher.error();
        if (auto done = rewriteRepeatKeys(database, *hasher); !done)
            return done;
        for (const char* statement : {
                 "DROP INDEX supporters_email",
                 "CREATE UNIQUE INDEX supporters_email ON supporters (email_bidx) WHERE email_bidx IS NOT NULL",
                 "ALTER TABLE requests DROP COLUMN name",
                 "ALTER TABLE requests DROP COLUMN email",
                 "ALTER TABLE requests DROP COLUMN phone",
                 "ALTER TABLE requests DROP COLUMN best_time",
                 "ALTER TABLE requests DROP COLUMN institution",
                 "ALTER TABLE supporters DROP COLUMN name",
                 "ALTER TABLE supporters DROP COLUMN email",
                 "ALTER TABLE supporters DROP COLUMN phone",
                 "ALTER TABLE supporters DROP COLUMN pronouns",
                 "ALTER TABLE group_registrations DROP COLUMN name",
                 "ALTER TABLE group_registrations DROP COLUMN contact",
                 "ALTER TABLE group_registrations DROP COLUMN province",
             }) {
            if (auto done = database.exec(QLatin1String(statement)); !done)
                return done.error();
        }
        if (auto done = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations::IdentityCellsVersion));
            !done)
            return done.error();
        return {};
    });
}

} // namespace peerdesk::identity_migration
