#include "core/security/CellCipher.h"

#include <QtEndian>

#include <sodium.h>

namespace peerdesk {

namespace {

constexpr unsigned char CellVersion = 0x01;
constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char AadPrefix[] = "peerdesk-cell-v1";

// crypto_kdf subkeys of the identity key: one for cells, one for blind indexes (server.md 2.6).
SecureBuffer subkey(const SecureBuffer& key, quint64 id, const char (&context)[9])
{
    SecureBuffer derived(32);
    crypto_kdf_derive_from_key(derived.data(), derived.size(), id, context, key.data());
    return derived;
}

} // namespace

CellCipher::CellCipher(const QString& vaultId, const SecureBuffer& identityKey, quint32 epoch,
                       const std::vector<EarlierKey>& earlier)
    : m_vaultId(vaultId)
    , m_vaultIdUtf8(vaultId.toUtf8())
    , m_epoch(epoch)
    , m_identityKey(SecureBuffer::copyOf(identityKey.data(), identityKey.size()))
{
    initialiseSodium();
    if (identityKey.size() == KeyBytes) {
        m_cellKey = subkey(identityKey, 1, "PDcell__");
        m_indexKey = subkey(identityKey, 2, "PDbidx__");
    }
    for (const EarlierKey& key : earlier) {
        if (key.key.size() != KeyBytes || key.epoch == epoch)
            continue;
        m_earlier.push_back({ key.epoch, SecureBuffer::copyOf(key.key.data(), key.key.size()) });
        m_earlierCellKeys.push_back({ key.epoch, subkey(key.key, 1, "PDcell__") });
    }
}

const SecureBuffer* CellCipher::cellKeyFor(quint32 epoch) const
{
    if (epoch == m_epoch)
        return m_cellKey.isEmpty() ? nullptr : &m_cellKey;
    for (const EarlierKey& key : m_earlierCellKeys) {
        if (key.epoch == epoch)
            return &key.key;
    }
    return nullptr;
}

bool CellCipher::holdsEpoch(quint32 epoch) const
{
    return cellKeyFor(epoch) != nullptr;
}

std::optional<quint32> CellCipher::epochOf(const QByteArray& cell)
{
    if (cell.size() < HeaderBytes || static_cast<unsigned char>(cell.at(0)) != CellVersion)
        return std::nullopt;
    return qFromBigEndian<quint32>(reinterpret_cast<const unsigned char*>(cell.constData()) + 1);
}

QByteArray CellCipher::associatedData(const char* table, const char* column, qint64 rowId,
                                      const unsigned char* header) const
{
    QByteArray aad;
    aad.reserve(static_cast<qsizetype>(sizeof AadPrefix) + m_vaultIdUtf8.size() + 64);
    aad.append(AadPrefix, static_cast<qsizetype>(sizeof AadPrefix - 1));
    aad.append(m_vaultIdUtf8);
    aad.append(table);
    aad.append('\0');
    aad.append(column);
    aad.append('\0');
    char row[8];
    qToBigEndian(static_cast<quint64>(rowId), row);
    aad.append(row, 8);
    aad.append(reinterpret_cast<const char*>(header), HeaderBytes);
    return aad;
}

QByteArray CellCipher::encrypt(const char* table, const char* column, qint64 rowId, const QString& value) const
{
    if (value.isEmpty() || m_cellKey.isEmpty())
        return {};
    QByteArray plain = value.toUtf8();
    const std::size_t unpadded = static_cast<std::size_t>(plain.size());
    const std::size_t paddedSize = (unpadded / PaddingBlock + 1) * PaddingBlock;
    plain.resize(static_cast<qsizetype>(paddedSize));
    std::size_t padded = 0;
    sodium_pad(&padded, reinterpret_cast<unsigned char*>(plain.data()), unpadded, PaddingBlock,
               static_cast<std::size_t>(plain.size()));

    QByteArray cell(static_cast<qsizetype>(HeaderBytes + NonceBytes + padded + TagBytes), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(cell.data());
    out[0] = CellVersion;
    qToBigEndian(m_epoch, out + 1);
    randombytes_buf(out + HeaderBytes, NonceBytes);
    const QByteArray aad = associatedData(table, column, rowId, out);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + HeaderBytes + NonceBytes, &written, reinterpret_cast<const unsigned char*>(plain.constData()), padded,
        reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()), nullptr,
        out + HeaderBytes, m_cellKey.data());
    wipe(plain);
    return cell;
}

std::optional<QString> CellCipher::decrypt(const char* table, const char* column, qint64 rowId,
                                           const QByteArray& cell) const
{
    if (cell.isNull())
        return QString();
    constexpr qsizetype Overhead = HeaderBytes + NonceBytes + TagBytes;
    if (cell.size() < Overhead + PaddingBlock || (cell.size() - Overhead) % PaddingBlock != 0)
        return std::nullopt;
    const auto* in = reinterpret_cast<const unsigned char*>(cell.constData());
    if (in[0] != CellVersion)
        return std::nullopt;
    const SecureBuffer* cellKey = cellKeyFor(qFromBigEndian<quint32>(in + 1));
    if (!cellKey)
        return std::nullopt;
    const QByteArray aad = associatedData(table, column, rowId, in);
    QByteArray plain(cell.size() - Overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr, in + HeaderBytes + NonceBytes,
            static_cast<unsigned long long>(cell.size() - HeaderBytes - NonceBytes),
            reinterpret_cast<const unsigned char*>(aad.constData()), static_cast<unsigned long long>(aad.size()),
            in + HeaderBytes, cellKey->data())
        != 0)
        return std::nullopt;
    std::size_t unpadded = 0;
    if (sodium_unpad(&unpadded, reinterpret_cast<const unsigned char*>(plain.constData()),
                     static_cast<std::size_t>(length), PaddingBlock)
        != 0)
        return std::nullopt;
    QString value = QString::fromUtf8(plain.constData(), static_cast<qsizetype>(unpadded));
    wipe(plain);
    return value;
}

QByteArray CellCipher::blindIndex(const char* domain, const QString& normalised) const
{
    if (normalised.isEmpty() || m_indexKey.isEmpty())
        return {};
    QByteArray message(domain);
    message.append('\n');
    message.append(normalised.toUtf8());
    QByteArray index(IndexBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(index.data()), IndexBytes,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), m_indexKey.data(), m_indexKey.size());
    wipe(message);
    return index;
}

SecureBuffer CellCipher::copyKey() const
{
    return SecureBuffer::copyOf(m_identityKey.data(), m_identityKey.size());
}

std::vector<CellCipher::EarlierKey> CellCipher::copyEarlierKeys() const
{
    std::vector<EarlierKey> copies;
    for (const EarlierKey& key : m_earlier)
        copies.push_back({ key.epoch, SecureBuffer::copyOf(key.key.data(), key.key.size()) });
    return copies;
}

} // namespace peerdesk
