// Staff logins on a program server, added and removed by administrators through the owner's functions
// (docs/server.md, "Roles in the database"): nobody else can, no password reaches the server in plain text, and a
// removed person's login and sessions end at once.
#include "CatchCompat.h"
#include "TestServer.h"
#include "core/security/ScramVerifier.h"
#include "core/storage/StaffLoginRepository.h"

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

// A random database password and its verifier, as an enrolling administrator's client makes them.
struct NewPassword
{
    SecureBuffer password = scram::databasePassword(SecureBuffer::random(32));
    QString verifier = scram::verifier(password);
    QString text() const
    {
        return QString::fromLatin1(reinterpret_cast<const char*>(password.data()), qsizetype(password.size()));
    }
};

bool loginExists(TestServer& server, const QString& login)
{
    auto found = server.owner().exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), { login });
    REQUIRE(found);
    REQUIRE(found->next());
    return found->value(0).toInt() == 1;
}

} // namespace

TEST_CASE("An administrator adds a coordinator's login, who signs in with her own password", "[server][staff]")
{
    TestServer server;
    auto admin = server.open(server.addLogin(QStringLiteral("admin"), QStringLiteral("administrator")));
    const NewPassword password;
    REQUIRE(StaffLoginRepository(*admin).add(QStringLiteral("dana.k"), Role::Coordinator, password.verifier));
    const QString dana
        = StaffLoginRepository::serverLogin(admin->connection().databaseName(), QStringLiteral("dana.k"));
    CHECK(dana == server.databaseName() + QStringLiteral("_u_dana.k"));
    auto coordinator = server.tryOpen(server.connection(dana), password.text());
    REQUIRE(coordinator);
    CHECK((*coordinator)->exec(QStringLiteral("SELECT count(*) FROM requests")));
    // A coordinator adds nobody, not even with a good verifier.
    const NewPassword another;
    auto refused
        = StaffLoginRepository(**coordinator).add(QStringLiteral("eve"), Role::Administrator, another.verifier);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
    CHECK_FALSE(loginExists(server, server.databaseName() + QStringLiteral("_u_eve")));
    // Nor does an administrator take over an active person's login by adding it again.
    auto twice = StaffLoginRepository(*admin).add(QStringLiteral("dana.k"), Role::Administrator, another.verifier);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::InvalidInput);
    CHECK(server.tryOpen(server.connection(dana), password.text()));
    CHECK_FALSE(server.tryOpen(server.connection(dana), another.text()));
}

TEST_CASE("A role that only looks like this program's staff login is neither changed nor removed", "[server][staff]")
{
    TestServer server;
    auto admin = server.open(server.addLogin(QStringLiteral("admin"), QStringLiteral("administrator")));
    // Role names are the cluster's: another program whose name begins with this one's and "_u" has roles that carry
    // this program's login prefix. Made here by the cluster's superuser, without this program's mark.
    const QString lookalike = server.databaseName() + QStringLiteral("_u_administrator");
    REQUIRE(server.owner().execute(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(lookalike)));
    const NewPassword password;
    auto taken
        = StaffLoginRepository(*admin).add(QStringLiteral("administrator"), Role::Administrator, password.verifier);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == ErrorCode::InvalidInput);
    auto removed = StaffLoginRepository(*admin).remove(QStringLiteral("administrator"));
    REQUIRE_FALSE(removed);
    CHECK(removed.error().code == ErrorCode::InvalidInput);
    auto canLogin
        = server.owner().exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), { lookalike });
    REQUIRE(canLogin);
    REQUIRE(canLogin->next());
    CHECK_FALSE(canLogin->value(0).toBool());
    canLogin->finish();
    REQUIRE(server.owner().execute(QStringLiteral("DROP ROLE %1").arg(lookalike)));
}

TEST_CASE("A password in plain text, or a login outside the program, is refused and nothing is made", "[server][staff]")
{
    TestServer server;
    auto admin = server.open(server.addLogin(QStringLiteral("admin"), QStringLiteral("administrator")));
    auto plain = StaffLoginRepository(*admin).add(QStringLiteral("finn"), Role::Coordinator,
                                                  QStringLiteral("correct horse battery staple"));
    REQUIRE_FALSE(plain);
    CHECK(plain.error().code == ErrorCode::InvalidInput);
    // Text shaped like a verifier that PostgreSQL would take for a password (and hash), or one too cheap to guess
    // against: refused too.
    for (const QString& fake : { QStringLiteral("SCRAM-SHA-256$1:YQ==$YQ==:YQ=="),
                                 QStringLiteral("SCRAM-SHA-256$4096:YWJjZGVmZ2hpamtsbW5vcA==$YQ==:YQ=="),
                                 scram::verifier(SecureBuffer::copyOf("abc", 3), QByteArray(16, 'x'), 1) }) {
        INFO(fake.toStdString());
        auto shaped = StaffLoginRepository(*admin).add(QStringLiteral("finn"), Role::Coordinator, fake);
        REQUIRE_FALSE(shaped);
        CHECK(shaped.error().code == ErrorCode::InvalidInput);
    }
    CHECK_FALSE(loginExists(server, server.databaseName() + QStringLiteral("_u_finn")));
    // With SQL, past the repository: the owner, a group role, another program's login, a made-up role.
    const NewPassword password;
    const QString program = server.databaseName();
    for (const QString& login :
         QStringList{ QStringLiteral("pd_owner"), program + QStringLiteral("_administrator"),
                      QStringLiteral("other_program_u_finn"), program + QStringLiteral("_u_") }) {
        INFO(login.toStdString());
        auto outside = admin->exec(QStringLiteral("SELECT add_staff(?, 'coordinator', ?)"),
                                   { QVariant(login), password.verifier });
        REQUIRE_FALSE(outside);
        CHECK(outside.error().code == ErrorCode::InvalidInput);
    }
    auto madeUp = admin->exec(QStringLiteral("SELECT add_staff(?, 'owner', ?)"),
                              { QVariant(server.databaseName() + QStringLiteral("_u_finn")), password.verifier });
    REQUIRE_FALSE(madeUp);
    CHECK_FALSE(loginExists(server, server.databaseName() + QStringLiteral("_u_finn")));
    // The owner's password is untouched: the owner still signs in.
    CHECK(server.tryOpen(server.connection(), TestServer::ownerPassword()));
}

TEST_CASE("A removed person's sessions end and their login no longer signs in, until they are added again",
          "[server][staff]")
{
    TestServer server;
    const QString adminLogin = server.addLogin(QStringLiteral("admin"), QStringLiteral("administrator"));
    auto admin = server.open(adminLogin);
    const NewPassword password;
    REQUIRE(StaffLoginRepository(*admin).add(QStringLiteral("gil"), Role::Coordinator, password.verifier));
    const QString gil = StaffLoginRepository::serverLogin(admin->connection().databaseName(), QStringLiteral("gil"));
    auto open = server.tryOpen(server.connection(gil), password.text());
    REQUIRE(open);

    REQUIRE(StaffLoginRepository(*admin).remove(QStringLiteral("gil")));
    auto afterwards = (*open)->exec(QStringLiteral("SELECT count(*) FROM requests"));
    REQUIRE_FALSE(afterwards);
    CHECK(afterwards.error().code == ErrorCode::Io); // the connection was ended
    auto again = server.tryOpen(server.connection(gil), password.text());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Authentication);
    CHECK(loginExists(server, gil)); // kept, unable to sign in: the audit rows name someone who existed

    // An administrator does not remove their own login.
    auto self = StaffLoginRepository(*admin).remove(QStringLiteral("admin"));
    REQUIRE_FALSE(self);
    CHECK(self.error().code == ErrorCode::NotPermitted);

    // Added again, as a reporting user, with a new password: in, and in that role only.
    const NewPassword fresh;
    REQUIRE(StaffLoginRepository(*admin).add(QStringLiteral("gil"), Role::Reporting, fresh.verifier));
    CHECK_FALSE(server.tryOpen(server.connection(gil), password.text()));
    auto reporting = server.tryOpen(server.connection(gil), fresh.text());
    REQUIRE(reporting);
    auto identity = (*reporting)->exec(QStringLiteral("SELECT name_ct FROM requests"));
    REQUIRE_FALSE(identity);
    CHECK(identity.error().code == ErrorCode::NotPermitted);
}
