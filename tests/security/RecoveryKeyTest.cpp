#include "core/security/RecoveryKey.h"

#include "CatchCompat.h"

#include <QRegularExpression>
#include <QSet>

using namespace peerdesk;

TEST_CASE("Recovery keys are 160 random bits in groups easy to copy by hand", "[security]")
{
    const QRegularExpression format(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString key = recovery_key::generate();
        INFO(key.toStdString());
        CHECK(format.match(key).hasMatch());
        seen.insert(key);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("A typed recovery key is normalised: separators and spaces dropped, upper-cased", "[security]")
{
    const QString key = recovery_key::generate();
    auto canonical = recovery_key::normalise(key);
    REQUIRE(canonical);
    CHECK(canonical->size() == 32);
    QString sloppy = key.toLower();
    sloppy.replace(QLatin1Char('-'), QStringLiteral("  "));
    auto typed = recovery_key::normalise(QStringLiteral(" ") + sloppy + QStringLiteral("\n"));
    REQUIRE(typed);
    CHECK(typed->equals(*canonical));
    QString plain = key;
    plain.remove(QLatin1Char('-'));
    CHECK(canonical->view() == plain.toStdString());
}

TEST_CASE("Something that is not a recovery key is refused as invalid input", "[security]")
{
    for (const char* bad :
         { "", "ABCD", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678U", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-0" }) {
        auto result = recovery_key::normalise(QString::fromLatin1(bad));
        INFO(bad);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
}
