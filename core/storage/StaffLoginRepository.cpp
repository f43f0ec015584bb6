#include "core/storage/StaffLoginRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

constexpr int MaxIdentifierBytes = 63; // PostgreSQL's NAMEDATALEN - 1

} // namespace

QString StaffLoginRepository::serverLogin(const QString& databaseName, const QString& login)
{
    const QString name = databaseName + QStringLiteral("_u_") + login;
    return name.toUtf8().size() > MaxIdentifierBytes ? QString() : name;
}

Result<QString> StaffLoginRepository::checkedLogin(const QString& login) const
{
    if (!m_database.isServer())
        return makeError(ErrorCode::Usage, Text::tr("Staff logins exist only on a program server."));
    const QString name = serverLogin(m_database.connection().databaseName(), login);
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The login %1 is too long for this program server.").arg(login));
    return name;
}

Result<void> StaffLoginRepository::add(const QString& login, Role role, const QString& verifier)
{
    auto name = checkedLogin(login);
    if (!name)
        return name.error();
    auto added = m_database.exec(QStringLiteral("SELECT add_staff(?, ?, ?)"), { *name, roleKey(role), verifier });
    return added ? Result<void>() : Result<void>(added.error());
}

Result<void> StaffLoginRepository::remove(const QString& login)
{
    auto name = checkedLogin(login);
    if (!name)
        return name.error();
    auto removed = m_database.exec(QStringLiteral("SELECT remove_staff(?)"), { *name });
    return removed ? Result<void>() : Result<void>(removed.error());
}

Result<void> StaffLoginRepository::changeOwnPassword(const QString& verifier)
{
    if (!m_database.isServer())
        return makeError(ErrorCode::Usage, Text::tr("Staff logins exist only on a program server."));
    // ALTER ROLE takes no bound parameter: the verifier is written into the statement, so only its exact shape (which
    // has no quote) is accepted.
    static const QRegularExpression shape(
        QStringLiteral("^SCRAM-SHA-256\\$[0-9]{4,9}:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    if (!shape.match(verifier).hasMatch())
        return makeError(ErrorCode::InvalidInput, Text::tr("A database password is set only as its SCRAM verifier."));
    return m_database.execute(QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(verifier));
}

} // namespace peerdesk
