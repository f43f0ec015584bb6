#include "core/storage/UserRepository.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace peerdesk {

namespace {

constexpr auto SelectColumns = "SELECT id, login, display_name, role, slot_id, active, must_change_passphrase, "
                               "created_at, removed_at FROM users";

Result<UserRecord> readUser(const QSqlQuery& query)
{
    UserRecord user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.displayName = query.value(2).toString();
    const auto role = roleFromKey(query.value(3).toString());
    if (!role) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("peerdesk::Database", "A user has an unknown role."));
    }
    user.role = *role;
    user.slotId = query.value(4).toString();
    user.active = query.value(5).toLongLong() != 0;
    user.mustChangePassphrase = query.value(6).toLongLong() != 0;
    user.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    if (!query.value(8).isNull())
        user.removedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return user;
}

} // namespace

Result<qint64> UserRepository::insert(const UserRecord& user)
{
    auto query = m_database.insert(
        QStringLiteral("INSERT INTO users (login, display_name, role, slot_id, active, must_change_passphrase, "
                       "created_at, supporter_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { user.login, user.displayName, roleKey(user.role), user.slotId, user.active ? 1 : 0,
          user.mustChangePassphrase ? 1 : 0, user.createdAt.toUTC().toString(Qt::ISODateWithMs),
          user.supporterId > 0 ? QVariant(user.supporterId) : QVariant(QMetaType(QMetaType::LongLong)) });
    if (!query)
        return query.error();
    return *query;
}

Result<QHash<qint64, qint64>> UserRepository::supporterLinks()
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, supporter_id FROM users WHERE supporter_id IS NOT NULL ORDER BY id"));
    if (!query)
        return query.error();
    QHash<qint64, qint64> links;
    while (query->next())
        links.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return links;
}

Result<std::optional<UserRecord>> UserRepository::findByLogin(const QString& login)
{
    auto query = m_database.exec(QLatin1String(SelectColumns) + QLatin1String(" WHERE login = ?"), { login });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<UserRecord>();
    auto user = readUser(*query);
    if (!user)
        return user.error();
    return std::optional<UserRecord>(std::move(*user));
}

Result<QList<UserRecord>> UserRepository::list()
{
    auto query = m_database.exec(QLatin1String(SelectColumns) + QLatin1String(" ORDER BY login"));
    if (!query)
        return query.error();
    QList<UserRecord> users;
    while (query->next()) {
        auto user = readUser(*query);
        if (!user)
            return user.error();
        users.append(std::move(*user));
    }
    return users;
}

Result<int> UserRepository::countOtherActiveAdministrators(qint64 exceptId)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1 AND id <> ?"),
        { exceptId });
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<void> UserRepository::deactivate(qint64 id, const QDateTime& removedAt)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE users SET active = 0, must_change_passphrase = 0, removed_at = ? WHERE id = ?"),
        { removedAt.isValid() ? QVariant(removedAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant(), id });
    if (!query)
        return query.error();
    return {};
}

Result<void> UserRepository::reactivate(qint64 id, const QString& slotId)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE users SET active = 1, must_change_passphrase = 1, slot_id = ? WHERE id = ? "
                       "AND removed_at IS NULL"),
        { slotId, id });
    if (!query)
        return query.error();
    return {};
}

Result<void> UserRepository::setMustChangePassphrase(qint64 id, bool mustChange)
{
    auto query = m_database.exec(QStringLiteral("UPDATE users SET must_change_passphrase = ? WHERE id = ?"),
                                 { mustChange ? 1 : 0, id });
    if (!query)
        return query.error();
    return {};
}

Result<void> UserRepository::restore(qint64 id, Role role, bool active, bool removed, const QString& slotId,
                                     const QDateTime& now)
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE users SET role = ?, active = ?, slot_id = ?, removed_at = CASE WHEN ? <> 0 THEN "
                       "coalesce(removed_at, ?) ELSE NULL END WHERE id = ?"),
        { roleKey(role), active ? 1 : 0, slotId, removed ? 1 : 0, now.toUTC().toString(Qt::ISODateWithMs), id });
    if (!query)
        return query.error();
    return {};
}

Result<bool> UserRepository::removeUnreferenced(qint64 id)
{
    auto referenced
        = m_database.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM escalations WHERE user_id = ?)"), { id });
    if (!referenced)
        return referenced.error();
    if (referenced->next() && referenced->value(0).toBool())
        return false;
    referenced->finish();
    auto deleted = m_database.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), { id });
    if (!deleted)
        return deleted.error();
    return true;
}

} // namespace peerdesk
