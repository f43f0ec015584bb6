#include "core/formats/BackupFormat.h"

#include "core/security/Keyring.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>

namespace peerdesk::backup::format {

namespace {

// The messages belong to Backup.cpp's context: they were written there and are translated under it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Backup)
};

constexpr qint64 ChunkBytes = 1024 * 1024;

} // namespace

Error damaged(const QString& file, const QString& detail)
{
    return makeError(
        ErrorCode::Damaged,
        Text::tr("The backup %1 is damaged or not a PeerDesk backup: %2").arg(QDir::toNativeSeparators(file), detail));
}

Error ioError(const QString& file, const QString& detail)
{
    return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), detail));
}

bool copyHashed(QIODevice& in, QIODevice* out, qint64 size, QCryptographicHash& hash)
{
    QByteArray chunk;
    while (size > 0) {
        chunk = in.read(std::min(size, ChunkBytes));
        if (chunk.isEmpty())
            return false;
        hash.addData(chunk);
        if (out && out->write(chunk) != chunk.size())
            return false;
        size -= chunk.size();
    }
    return true;
}

Result<Header> readHeader(QIODevice& device, const QString& name)
{
    const QByteArray magic = device.read(sizeof Magic);
    if (magic != QByteArray(Magic, sizeof Magic))
        return damaged(name, Text::tr("it does not start as a PeerDesk backup"));
    const QByteArray length = device.read(4);
    if (length.size() != 4)
        return damaged(name, Text::tr("it is truncated"));
    const qint64 headerBytes = qFromBigEndian<quint32>(length.constData());
    if (headerBytes <= 0 || headerBytes > MaxHeaderBytes)
        return damaged(name, Text::tr("its header is invalid"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(device.read(headerBytes), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return damaged(name, Text::tr("its header is invalid"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("peerdesk-backup")
        || object.value(QStringLiteral("version")).toInt() != FormatVersion)
        return damaged(name, Text::tr("its format is not one this PeerDesk reads"));
    Header header;
    header.info.vaultId = object.value(QStringLiteral("vault_id")).toString();
    header.info.createdAt
        = QDateTime::fromString(object.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    header.info.keyringBytes = object.value(QStringLiteral("keyring_size")).toInteger(-1);
    header.info.databaseBytes = object.value(QStringLiteral("database_size")).toInteger(-1);
    header.info.automatic = object.value(QStringLiteral("automatic")).toBool();
    header.info.auditHeadId = object.value(QStringLiteral("audit_head_id")).toInteger(-1);
    header.info.auditHeadHash = object.value(QStringLiteral("audit_head_hash")).toString();
    header.keyringHash = object.value(QStringLiteral("keyring_sha256")).toString().toLatin1();
    header.databaseHash = object.value(QStringLiteral("database_sha256")).toString().toLatin1();
    header.offset = qint64(sizeof Magic) + 4 + headerBytes;
    if (header.info.keyringBytes <= 0 || header.info.keyringBytes > MaxHeaderBytes * 16
        || header.info.databaseBytes <= 0 || header.keyringHash.size() != 64 || header.databaseHash.size() != 64
        || !header.info.createdAt.isValid())
        return damaged(name, Text::tr("its header is invalid"));
    // Subtracted, not added: database_size may be anything up to 2^63 - 1, and the sum would overflow.
    if (device.size() - header.offset - header.info.keyringBytes != header.info.databaseBytes)
        return damaged(name, Text::tr("its size does not match its header (truncated?)"));
    return header;
}

Result<QByteArray> readKeyring(QIODevice& device, const Header& header, const QString& name)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray keyring = device.read(header.info.keyringBytes);
    hash.addData(keyring);
    if (keyring.size() != header.info.keyringBytes || hash.result().toHex() != header.keyringHash)
        return damaged(name, Text::tr("its keyring does not match its checksum"));
    auto parsed = Keyring::fromJson(keyring);
    if (!parsed || parsed->vaultId() != header.info.vaultId)
        return damaged(name, Text::tr("its keyring is not valid"));
    return keyring;
}

Result<void> readDatabase(QIODevice& device, const Header& header, const QString& name, QFileDevice* out)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!copyHashed(device, out, header.info.databaseBytes, hash))
        return out ? ioError(out->fileName(), out->errorString()) : damaged(name, Text::tr("it is truncated"));
    if (hash.result().toHex() != header.databaseHash)
        return damaged(name, Text::tr("its database does not match its checksum"));
    return {};
}

Result<BackupInfo> check(QIODevice& device, const QString& name)
{
    auto header = readHeader(device, name);
    if (!header)
        return header.error();
    if (auto keyring = readKeyring(device, *header, name); !keyring)
        return keyring.error();
    if (auto database = readDatabase(device, *header, name, nullptr); !database)
        return database.error();
    return header->info;
}

} // namespace peerdesk::backup::format
