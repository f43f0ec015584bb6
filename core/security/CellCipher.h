#pragma once

#include "core/security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

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
    // The identity key's generation, in every cell's header. A vault's first key is 1; each online change of the
    // key on a program server (VaultSession::rotateIdentityKey) makes the next.
    static constexpr quint32 FirstEpoch = 1;
    static constexpr int PaddingBlock = 32;
    static constexpr int HeaderBytes = 5; // version byte, epoch
    static constexpr int IndexBytes = 32;

    // An identity key of an earlier generation, still needed to read cells not re-encrypted yet.
    struct EarlierKey
    {
        quint32 epoch = 0;
        SecureBuffer key;
    };

    CellCipher(const QString& vaultId, const SecureBuffer& identityKey, quint32 epoch = FirstEpoch,
               const std::vector<EarlierKey>& earlier = {});

    // The ciphertext of value for (table, column, rowId); a null QByteArray (SQL NULL) for an empty value.
    QByteArray encrypt(const char* table, const char* column, qint64 rowId, const QString& value) const;
    // nullopt when the cell was altered, moved to another row or column, or made under a key this cipher does not
    // hold; an empty QString for a null cell. A cell of an earlier generation opens with that generation's key.
    std::optional<QString> decrypt(const char* table, const char* column, qint64 rowId, const QByteArray& cell) const;

    // A keyed hash for equality only (supporters' e-mail must be unique; matching recognises a requester who is
    // on the roster): the same normalised text gives the same 32 bytes, and without the identity key nobody can
    // test a guess against it. domain keeps an e-mail and a phone number with the same text apart.
    QByteArray blindIndex(const char* domain, const QString& normalised) const;

    // The generation written now, and whether a cell of the given one opens here.
    quint32 epoch() const { return m_epoch; }
    bool holdsEpoch(quint32 epoch) const;
    // The generation named in a cell's header; nullopt for a null or malformed cell.
    static std::optional<quint32> epochOf(const QByteArray& cell);

    // For a worker thread's own cipher, and for sealing the earlier keys under a newer one.
    SecureBuffer copyKey() const;
    std::vector<EarlierKey> copyEarlierKeys() const;
    const QString& vaultId() const { return m_vaultId; }

private:
    QByteArray associatedData(const char* table, const char* column, qint64 rowId, const unsigned char* header) const;
    const SecureBuffer* cellKeyFor(quint32 epoch) const;

    QString m_vaultId;
    QByteArray m_vaultIdUtf8;
    quint32 m_epoch = FirstEpoch;
    SecureBuffer m_identityKey;
    SecureBuffer m_cellKey;
    SecureBuffer m_indexKey;
    std::vector<EarlierKey> m_earlier; // the identity keys themselves, for copyEarlierKeys
    std::vector<EarlierKey> m_earlierCellKeys; // their cell subkeys
};

} // namespace peerdesk
