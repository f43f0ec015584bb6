#include "core/vault/ServerProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ServerProfile)
};

constexpr auto Format = "peerdesk-server";
constexpr int Version = 1;
constexpr qint64 MaxProfileBytes = 64 * 1024;

Error badProfile(const QString& path, const QString& what)
{
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("%1 is not a usable connection profile: %2.").arg(QFileInfo(path).fileName(), what));
}

} // namespace

QByteArray ServerProfile::slotSalt(const QString& login) const
{
    const QByteArray message = QByteArrayLiteral("PeerDesk server slot") + '\0' + login.toUtf8();
    QByteArray salt(kdf::SaltBytes, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char*>(salt.data()), static_cast<size_t>(salt.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char*>(programSalt.constData()), static_cast<size_t>(programSalt.size()));
    return salt;
}

namespace server_profile {

Result<ServerProfile> load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The connection profile %1 cannot be read.").arg(QFileInfo(path).fileName()));
    const QByteArray bytes = file.read(MaxProfileBytes + 1);
    if (bytes.size() > MaxProfileBytes)
        return badProfile(path, Text::tr("it is far too large"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return badProfile(path, Text::tr("it is not JSON"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(Format)
        || root.value(QLatin1String("version")).toInt() != Version)
        return badProfile(path,
                          Text::tr("its format is not \"%1\" version %2").arg(QLatin1String(Format)).arg(Version));

    ServerProfile profile;
    ServerConnection& connection = profile.connection;
    connection.host = root.value(QLatin1String("host")).toString();
    // A host name or an address: no spaces, quotes or option separators can reach libpq's connection string.
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.:-]{0,252}$"));
    if (!hostPattern.match(connection.host).hasMatch())
        return badProfile(path, Text::tr("\"host\" must be the server's host name"));
    const QJsonValue port = root.value(QLatin1String("port"));
    connection.port = port.isUndefined() ? 5432 : port.toInt(-1);
    if (connection.port < 1 || connection.port > 65535)
        return badProfile(path, Text::tr("\"port\" must be a number from 1 to 65535"));
    connection.database = root.value(QLatin1String("database")).toString();
    static const QRegularExpression databasePattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!databasePattern.match(connection.database).hasMatch() || connection.database.contains(QLatin1String("_u_")))
        return badProfile(path,
                          Text::tr("\"database\" must be the program's database name (lower-case letters, "
                                   "digits and _, at most 40)"));
    QString ca = root.value(QLatin1String("ca_certificate")).toString();
    if (ca.isEmpty())
        return badProfile(path, Text::tr("\"ca_certificate\" must name the program's CA certificate"));
    profile.caCertificateAsWritten = ca;
    if (QDir::isRelativePath(ca))
        ca = QFileInfo(path).absoluteDir().filePath(ca);
    connection.caCertificate = QDir::cleanPath(ca);

    const QJsonValue salt = root.value(QLatin1String("program_salt"));
    if (!salt.isUndefined()) {
        profile.programSalt
            = QByteArray::fromBase64(salt.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (profile.programSalt.size() != ServerProfile::ProgramSaltBytes)
            return badProfile(path, Text::tr("\"program_salt\" is damaged"));
        const QJsonObject cost = root.value(QLatin1String("slot_cost")).toObject();
        profile.slotCost.opsLimit = static_cast<quint64>(cost.value(QLatin1String("ops_limit")).toDouble(-1));
        profile.slotCost.memLimitBytes
            = static_cast<quint64>(cost.value(QLatin1String("mem_limit_bytes")).toDouble(-1));
        if (!profile.slotCost.validate())
            return badProfile(path, Text::tr("\"slot_cost\" is outside the bounds PeerDesk accepts"));
    }
    return profile;
}

Result<void> save(const ServerProfile& profile, const QString& path)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(Format));
    root.insert(QLatin1String("version"), Version);
    root.insert(QLatin1String("host"), profile.connection.host);
    root.insert(QLatin1String("port"), profile.connection.port);
    root.insert(QLatin1String("database"), profile.connection.database);
    root.insert(QLatin1String("ca_certificate"),
                profile.caCertificateAsWritten.isEmpty() ? profile.connection.caCertificate
                                                         : profile.caCertificateAsWritten);
    if (profile.initialised()) {
        root.insert(QLatin1String("program_salt"), QString::fromLatin1(profile.programSalt.toBase64()));
        QJsonObject cost;
        cost.insert(QLatin1String("ops_limit"), static_cast<double>(profile.slotCost.opsLimit));
        cost.insert(QLatin1String("mem_limit_bytes"), static_cast<double>(profile.slotCost.memLimitBytes));
        root.insert(QLatin1String("slot_cost"), cost);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return makeError(ErrorCode::Io,
                         Text::tr("The connection profile %1 could not be written: %2")
                             .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

} // namespace server_profile
} // namespace peerdesk
