#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <utility>

namespace peerdesk {

class CellCipher;
class Database;

// Reading and writing the identity columns (the *_ct columns: names, contact details, institutions) through the
// connection's cell cipher (Database::identityCells). Repositories call these for every identity value; nothing
// else in storage touches those columns except to set them to NULL (purge).
namespace identity_cells {

// The bound value of one cell: its ciphertext, or NULL for an empty value. NotPermitted when this connection has
// no identity key (a reporting user's), since writing a name would need it.
Result<QVariant> seal(const Database& database, const char* table, const char* column, qint64 rowId,
                      const QString& value);

// One row's cells, in the order given: (column, value) pairs sealed as seal() does, ready to bind.
using CellValues = std::initializer_list<std::pair<const char*, const QString*>>;
Result<QVariantList> sealRow(const Database& database, const char* table, qint64 rowId, CellValues cells);

// The text of one cell (empty for NULL). Without the identity key the text is empty. Damaged, naming the table and
// row but never the content, when the cell was altered, moved from another row or column, or made under
// another key.
Result<QString> open(const Database& database, const char* table, const char* column, qint64 rowId,
                     const QVariant& cell);
Result<QString> open(const Database& database, const char* table, const char* column, qint64 rowId,
                     const QByteArray& cell);

// A blind index (CellCipher::blindIndex) as a bound value; NULL for an empty text or without the identity key.
QVariant blindIndex(const Database& database, const char* domain, const QString& normalised);

Error noIdentityKey();

} // namespace identity_cells

} // namespace peerdesk
