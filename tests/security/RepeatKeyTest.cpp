// The repeat keys that survive purge (docs/security.md, "Repeat requests"): with the vault's keys, enumerating every
// number of an area code, or every plausible e-mail of a list of names, does not single out a purged request.
#include "CatchCompat.h"
#include "core/security/RepeatKeyHasher.h"

#include <QStringList>

using namespace peerdesk;

namespace {

// A fixed secret, so the counts below are the same on every run.
SecureBuffer fixedSecret()
{
    SecureBuffer secret(RepeatKeyHasher::SecretBytes);
    for (std::size_t i = 0; i < secret.size(); ++i)
        secret.data()[i] = static_cast<unsigned char>(i * 37 + 11);
    return secret;
}

} // namespace

TEST_CASE("Repeat keys are cut to 16 bits for an e-mail and 20 for a phone, and stay keyed", "[security][repeat]")
{
    const RepeatKeyHasher hasher(fixedSecret(), RepeatKeyHasher::Cost::fastForTests());
    const QString email = hasher.emailKey(QStringLiteral(" Robin.Tremblay@Example.org "));
    const QString phone = hasher.phoneKey(QStringLiteral("+1 (613) 555-0199 ext. 12"));
    CHECK(email.size() == 2 + 4);
    CHECK(email.startsWith(QStringLiteral("2:")));
    CHECK(phone.size() == 2 + 5);
    // Normalised alike: the same person typed differently gives the same key.
    CHECK(hasher.emailKey(QStringLiteral("robin.tremblay@example.org")) == email);
    CHECK(hasher.phoneKey(QStringLiteral("613-555-0199")) == phone);
    // Another secret, other keys (with 16 bits, two secrets could agree by chance for one address, so four are tried).
    const RepeatKeyHasher other(SecureBuffer::random(RepeatKeyHasher::SecretBytes),
                                RepeatKeyHasher::Cost::fastForTests());
    int same = 0;
    for (const char* address : { "a@example.org", "b@example.org", "c@example.org", "d@example.org" })
        same += hasher.emailKey(QLatin1String(address)) == other.emailKey(QLatin1String(address)) ? 1 : 0;
    CHECK(same < 4);
    // Nothing to key: no key.
    CHECK(hasher.phoneKey(QStringLiteral("12345")).isEmpty());
    CHECK(hasher.emailKey(QStringLiteral("   ")).isEmpty());
    // A format-2 key is cut the same way.
    CHECK(RepeatKeyHasher::cutLegacyKey(QString(64, QLatin1Char('a')), true) == QStringLiteral("1:aaaaa"));
    CHECK(RepeatKeyHasher::cutLegacyKey(QStringLiteral("not a key"), true).isEmpty());
}

TEST_CASE("Enumerating an area code with the vault's keys leaves every purged phone key many candidates",
          "[security][repeat]")
{
    // The slow step changes what enumerating costs, not how many numbers share a key: the truncation alone decides
    // that, so this test counts with the unstretched hash (millions of Argon2id passes would take minutes).
    const RepeatKeyHasher hasher = RepeatKeyHasher::unstretchedForTests(fixedSecret());
    const QString purged = hasher.phoneKey(QStringLiteral("604-555-0147"));
    // Every number of area code 604 (exchanges 200 to 999): 8 million. 20-bit keys give each key about 7.6 of them.
    int candidates = 0;
    QString number(10, QLatin1Char('0'));
    number[0] = QLatin1Char('6');
    number[1] = QLatin1Char('0');
    number[2] = QLatin1Char('4');
    for (int exchange = 200; exchange <= 999; ++exchange) {
        for (int line = 0; line <= 9999; ++line) {
            const int digits[] = { exchange / 100,  exchange / 10 % 10, exchange % 10, line / 1000,
                                   line / 100 % 10, line / 10 % 10,     line % 10 };
            for (int i = 0; i < 7; ++i)
                number[3 + i] = QLatin1Char(static_cast<char>('0' + digits[i]));
            if (hasher.phoneKey(number) == purged)
                ++candidates;
        }
    }
    INFO("numbers of area code 604 that give the purged request's key: " << candidates);
    CHECK(candidates >= 3);
    CHECK(candidates <= 25);
}

TEST_CASE("Enumerating plausible e-mails of a list of names leaves every purged e-mail key many candidates",
          "[security][repeat]")
{
    const RepeatKeyHasher hasher = RepeatKeyHasher::unstretchedForTests(fixedSecret());
    // 200 first names and 250 last names (made up), five usual patterns and four domains a program sees most:
    // a million addresses, one of them the purged request's.
    QStringList first;
    QStringList last;
    for (int i = 0; i < 200; ++i)
        first << QStringLiteral("given%1").arg(i);
    for (int i = 0; i < 250; ++i)
        last << QStringLiteral("family%1").arg(i);
    const QStringList domains{ QStringLiteral("vch.ca"), QStringLiteral("phsa.ca"), QStringLiteral("gmail.com"),
                               QStringLiteral("doctorsofbc.ca") };
    const QString purged = hasher.emailKey(QStringLiteral("given42.family137@vch.ca"));
    int candidates = 0;
    for (const QString& f : std::as_const(first)) {
        for (const QString& l : std::as_const(last)) {
            const QString patterns[] = { f + QLatin1Char('.') + l, f + l, f.left(1) + l, f + QLatin1Char('_') + l,
                                         l + QLatin1Char('.') + f };
            for (const QString& local : patterns) {
                for (const QString& domain : domains) {
                    if (hasher.emailKey(local + QLatin1Char('@') + domain) == purged)
                        ++candidates;
                }
            }
        }
    }
    INFO("plausible addresses that give the purged request's key: " << candidates);
    // 16-bit keys: about 15 addresses of a million per key, the purged one among them.
    CHECK(candidates >= 5);
    CHECK(candidates <= 40);
}
