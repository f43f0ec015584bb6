#include "core/vault/ServerWitness.h"

#include "core/storage/AuditRepository.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace peerdesk::server_witness {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ServerWitness)
};

constexpr auto Format = "peerdesk-audit-witness";
constexpr int HashHexLength = 64;

struct Seen
{
    qint64 auditId = 0;
    QString hash;
};

// A file that is missing, unreadable or not in this shape is no witness (it holds nothing secret; the next sign-in
// writes it again).
std::optional<Seen> load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    Seen seen;
    seen.auditId = json.value(QStringLiteral("audit_id")).toInteger(-1);
    seen.hash = json.value(QStringLiteral("hash")).toString();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(Format) || seen.auditId < 1
        || seen.hash.size() != HashHexLength)
        return std::nullopt;
    return seen;
}

} // namespace

QString pathFor(const ServerProfile& profile)
{
    const ServerConnection& c = profile.connection;
    const QByteArray identity = c.host.toUtf8() + '\n' + QByteArray::number(c.port) + '\n' + c.database.toUtf8() + '\n'
        + profile.programSalt.toHex();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(identity.constData()),
                       static_cast<unsigned long long>(identity.size()), nullptr, 0);
    const QString name = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("peerdesk/server-witness/%1.json").arg(name));
}

Result<std::optional<QString>> check(VaultSession& session)
{
    if (!session.serverProfile())
        return std::optional<QString>();
    const auto seen = load(pathFor(*session.serverProfile()));
    if (!seen)
        return std::optional<QString>();
    auto row = AuditRepository(session.database()).stateOf(seen->auditId, seen->hash);
    if (!row)
        return row.error();
    if (*row == AuditRowState::AsSeen)
        return std::optional<QString>();
    return std::optional<QString>(
        Text::tr(
            "The program's audit history on the server is not what this computer saw: row %1 %2. Someone with "
            "the server's files rewrote or cut it; tell your administrator, and keep this computer's witness (%3).")
            .arg(seen->auditId)
            .arg(*row == AuditRowState::Different ? Text::tr("has another hash now") : Text::tr("is gone"),
                 pathFor(*session.serverProfile())));
}

Result<void> record(VaultSession& session)
{
    if (!session.serverProfile())
        return {};
    const QString path = pathFor(*session.serverProfile());
    auto newest = AuditRepository(session.database()).head();
    if (!newest)
        return newest.error();
    if (!*newest)
        return {};
    if (const auto seen = load(path); seen && seen->auditId >= (*newest)->id)
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1.").arg(path));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject json{ { QStringLiteral("format"), QLatin1String(Format) },
                            { QStringLiteral("version"), 1 },
                            { QStringLiteral("audit_id"), (*newest)->id },
                            { QStringLiteral("hash"), (*newest)->hash } };
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1.").arg(path));
    return {};
}

} // namespace peerdesk::server_witness
