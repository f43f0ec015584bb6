#include "core/storage/ServerMigrations.h"

#include "core/storage/AdvisoryLock.h"
#include "core/storage/Database.h"
#include "core/storage/ServerSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace peerdesk::server_migrations {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

// Two owners upgrading at once take turns; held for the session, across the steps' own transactions.
constexpr auto MigrateLockKey = static_cast<qint64>(AdvisoryLock::Migrate);

// server_schema's statements name the roles generically; each program's are its own (roleName). One pass over the
// text: a program whose own name holds "peerdesk_staff" must not have its replaced names replaced again.
QString withProgramRoles(const Database& database, const char* statement)
{
    static const QRegularExpression generic(
        QStringLiteral("\\bpeerdesk_(administrator|coordinator|reporting|supporter|staff)\\b"));
    const QString sql = QString::fromUtf8(statement);
    const QString program = database.connection().databaseName();
    QString result;
    qsizetype from = 0;
    for (auto it = generic.globalMatch(sql); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(sql).mid(from, match.capturedStart() - from);
        result += program + QLatin1Char('_') + match.captured(1);
        from = match.capturedEnd();
    }
    result += QStringView(sql).mid(from);
    return result;
}

// Identifiers cannot be bound: the role names are formatted into the statements, which is safe only because
// roleName() accepts nothing but [a-z0-9_] (a database name checked before anything runs).
Result<void> ensureRoles(Database& database)
{
    const QString staff = roleName(database, GroupRole::Staff);
    for (GroupRole role : { GroupRole::Staff, GroupRole::Administrator, GroupRole::Coordinator, GroupRole::Reporting,
                            GroupRole::Supporter }) {
        const QString name = roleName(database, role);
        // A role of this name that can sign in, or that pd.add_staff made, is someone's login, not a group: taking it
        // over would make its holder this program's administrator (a login of another program can bear the name).
        auto exists
            = database.exec(QStringLiteral("SELECT rolcanlogin OR coalesce(shobj_description(oid, 'pg_authid'), "
                                           "'') <> '' FROM pg_roles WHERE rolname = ?"),
                            { name });
        if (!exists)
            return exists.error();
        const bool missing = !exists->next();
        const bool someonesLogin = !missing && exists->value(0).toBool();
        exists->finish();
        if (someonesLogin)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("The role %1 already exists and is someone's login: choose another name for the "
                                      "program's database.")
                                 .arg(name));
        if (missing) {
            if (auto made = database.execute(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(name)); !made)
                return made;
        }
        if (role != GroupRole::Staff) {
            if (auto granted = database.execute(QStringLiteral("GRANT %1 TO %2").arg(staff, name)); !granted)
                return granted;
        }
    }
    const QString databaseName = database.connection().databaseName();
    // Only the program's staff may connect to its database; nobody may create objects in the public schema.
    for (const QString& statement :
         { QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(databaseName),
           QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(databaseName, staff),
           QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC") }) {
        if (auto done = database.execute(statement); !done)
            return done;
    }
    return {};
}

} // namespace

int latestVersion()
{
    return server_schema::latestVersion();
}

QString roleName(const Database& database, GroupRole role)
{
    static const QRegularExpression programName(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    const QString databaseName = database.connection().databaseName();
    // "_u_" separates a program's name from a person's login in staff logins: a program named with it could have
    // group roles another program's staff logins already carry.
    if (!programName.match(databaseName).hasMatch() || databaseName.contains(QLatin1String("_u_")))
        return {};
    switch (role) {
    case GroupRole::Administrator:
        return databaseName + QStringLiteral("_administrator");
    case GroupRole::Coordinator:
        return databaseName + QStringLiteral("_coordinator");
    case GroupRole::Reporting:
        return databaseName + QStringLiteral("_reporting");
    case GroupRole::Supporter:
        return databaseName + QStringLiteral("_supporter");
    case GroupRole::Staff:
        return databaseName + QStringLiteral("_staff");
    }
    return {};
}

Result<void> apply(Database& database)
{
    if (roleName(database, GroupRole::Staff).isEmpty())
        return makeError(ErrorCode::Usage,
                         Text::tr("A program database's name must be lower-case letters, digits and '_', starting "
                                  "with a letter, at most 40 characters, without \"_u_\"."));
    if (auto locked = database.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), { MigrateLockKey }); !locked)
        return locked.error();
    const auto unlock = [&database] {
        // A lost connection releases the lock by itself: nothing to do when this fails.
        (void)database.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), { MigrateLockKey });
    };
    const int current = database.schemaVersion();
    if (current < 0) {
        unlock();
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 is damaged: its schema version cannot be read.").arg(database.path()));
    }
    if (current > latestVersion()) {
        unlock();
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 was set up by a newer PeerDesk (server schema %2; this program knows up to %3). "
                                  "Install the newer PeerDesk to use it.")
                             .arg(database.path())
                             .arg(current)
                             .arg(latestVersion()));
    }
    auto applied = database.transaction([&]() -> Result<void> {
        if (current == 0) {
            if (auto made = database.execute(QStringLiteral("CREATE SCHEMA IF NOT EXISTS pd")); !made)
                return made;
        }
        return ensureRoles(database);
    });
    for (int version = current + 1; applied && version <= latestVersion(); ++version) {
        applied = database.transaction([&]() -> Result<void> {
            for (const char* statement : server_schema::steps()[static_cast<std::size_t>(version - 1)]) {
                if (auto done = database.execute(withProgramRoles(database, statement)); !done)
                    return done;
            }
            auto recorded = database.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                          { QString::number(version) });
            return recorded ? Result<void>() : Result<void>(recorded.error());
        });
    }
    // Every time, so that a table a later step added gets its grants, and a grant taken away by hand comes back.
    if (applied) {
        applied = database.transaction([&]() -> Result<void> {
            for (const char* statement : server_schema::grants()) {
                if (auto done = database.execute(withProgramRoles(database, statement)); !done)
                    return done;
            }
            return {};
        });
    }
    unlock();
    return applied;
}

} // namespace peerdesk::server_migrations
