#include "core/storage/IdentityCells.h"

#include "core/security/CellCipher.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace peerdesk::identity_cells {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

} // namespace

Error noIdentityKey()
{
    return makeError(ErrorCode::NotPermitted,
                     Text::tr("Your account does not hold the key to people's names and contact details."));
}

Result<QVariant> seal(const Database& database, const char* table, const char* column, qint64 rowId,
                      const QString& value)
{
    if (value.isEmpty())
        return QVariant(QByteArray());
    const CellCipher* cells = database.identityCells();
    if (!cells)
        return noIdentityKey();
    return QVariant(cells->encrypt(table, column, rowId, value));
}

Result<QVariantList> sealRow(const Database& database, const char* table, qint64 rowId, CellValues cells)
{
    QVariantList values;
    for (const auto& [column, value] : cells) {
        auto cell = seal(database, table, column, rowId, *value);
        if (!cell)
            return cell.error();
        values.append(*cell);
    }
    return values;
}

Result<QString> open(const Database& database, const char* table, const char* column, qint64 rowId,
                     const QByteArray& cell)
{
    if (cell.isNull())
        return QString();
    const CellCipher* cells = database.identityCells();
    if (!cells)
        return QString();
    auto text = cells->decrypt(table, column, rowId, cell);
    const auto epoch = CellCipher::epochOf(cell);
    if (!text && epoch && *epoch > cells->epoch() && !cells->holdsEpoch(*epoch) && database.refreshIdentityCells()) {
        // A cell written under a key made after this connection read its keys: the refresh fetched it.
        cells = database.identityCells();
        text = cells ? cells->decrypt(table, column, rowId, cell) : std::nullopt;
    }
    if (!text) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("An identity field of %1 %2 in peerdesk.db was altered or copied from elsewhere: it "
                                  "cannot be read. Run verify.")
                             .arg(QLatin1String(table))
                             .arg(rowId));
    }
    return *text;
}

Result<QString> open(const Database& database, const char* table, const char* column, qint64 rowId,
                     const QVariant& cell)
{
    if (cell.isNull())
        return QString();
    if (cell.metaType().id() != QMetaType::QByteArray) {
        return makeError(ErrorCode::Damaged,
                         Text::tr("An identity field of %1 %2 in peerdesk.db is not encrypted. Run verify.")
                             .arg(QLatin1String(table))
                             .arg(rowId));
    }
    return open(database, table, column, rowId, cell.toByteArray());
}

QVariant blindIndex(const Database& database, const char* domain, const QString& normalised)
{
    const CellCipher* cells = database.identityCells();
    if (!cells || normalised.isEmpty())
        return QVariant(QByteArray());
    return QVariant(cells->blindIndex(domain, normalised));
}

} // namespace peerdesk::identity_cells
