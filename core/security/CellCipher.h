#pragma once

#include "core/security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace peerdesk {

// Encrypts a physician's identity one database cell at a time, under the vault's identity key, which only
// administrators, coordinators and the recovery key receive (docs/file-format.md, "Identity cells"). The data
// key opens the database for everyone, reporting users included; these cells stay closed to anyone without the
// identity key. Each cell is bound to its vault, table, column and row, so a value copied elsewhere fails to
// open instead of showing the wrong person, and padded so its length does not tell a name's length.
class CellCipher final
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr quint32 Epoch = 1; // the identity key's generation; server mode rotates it online
    static constexpr int PaddingBlock = 32;
    static constexpr int HeaderBytes = 5; // version byte, epoch
    static constexpr int IndexBytes = 32;

    CellCipher(const QString& vaultId, const SecureBuffer& identityKey);

    // The ciphertext of value for (table, column, rowId); a null QByteArray (SQL NULL) for an empty value.
    QByteArray encrypt(const char* table, const char* column, qint64 rowId, const QString& value) const;
    // nullopt when the cell was altered, moved to another row or column, or made under another key; an empty
    // QString for a null cell.
    std::optional<QString> decrypt(const char* table, const char* column, qint64 rowId, const QByteArray& cell) const;

    // A keyed hash for equality only (supporters' e-mail must be unique; matching recognises a requester who is
    // on the roster): the same normalised text gives the same 32 bytes, and without the identity key nobody can
    // test a guess against it. domain keeps an e-mail and a phone number with the same text apart.
    QByteArray blindIndex(const char* domain, const QString& normalised) const;

    // For a worker thread's own cipher.
    SecureBuffer copyKey() const;
    const QString& vaultId() const { return m_vaultId; }

private:
    QByteArray associatedData(const char* table, const char* column, qint64 rowId, const unsigned char* header) const;

    QString m_vaultId;
    QByteArray m_vaultIdUtf8;
    SecureBuffer m_identityKey;
    SecureBuffer m_cellKey;
    SecureBuffer m_indexKey;
};

} // namespace peerdesk
