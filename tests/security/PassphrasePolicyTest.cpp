#include "core/security/PassphrasePolicy.h"

#include "CatchCompat.h"

using namespace peerdesk;

TEST_CASE("Weak passphrases are refused with advice, strong ones accepted", "[security]")
{
    SECTION("common and short passphrases")
    {
        for (const char* weak : { "password", "password123", "qwertyuiop", "Summer2024!", "aaaaaaaaaaaaaaaa" }) {
            INFO(weak);
            const auto strength = passphrase_policy::evaluate(QString::fromLatin1(weak));
            CHECK_FALSE(strength.acceptable);
            CHECK_FALSE(strength.feedback.isEmpty());
        }
    }
    SECTION("a few unrelated words")
    {
        const auto strength = passphrase_policy::evaluate(QStringLiteral("violet harbour lantern 42 quietly"));
        CHECK(strength.acceptable);
        CHECK(strength.score == 4);
        CHECK(strength.feedback.isEmpty());
    }
    SECTION("the user's own name makes a passphrase weaker")
    {
        const QString candidate = QStringLiteral("margaretthompson1970");
        const auto without = passphrase_policy::evaluate(candidate);
        const auto with
            = passphrase_policy::evaluate(candidate, { QStringLiteral("margaret"), QStringLiteral("thompson") });
        CHECK(with.entropyBits < without.entropyBits);
    }
    SECTION("the score rises with strength")
    {
        CHECK(passphrase_policy::evaluate(QStringLiteral("abc")).score
              < passphrase_policy::evaluate(QStringLiteral("violet harbour lantern 42")).score);
    }
}

TEST_CASE("Passphrases are compared as NFC-normalised UTF-8", "[security]")
{
    const QString composed = QStringLiteral("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(composed != decomposed);
    auto a = passphrase_policy::normalise(composed);
    auto b = passphrase_policy::normalise(decomposed);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->equals(*b));
    CHECK(a->view() == composed.toUtf8().toStdString());

    const char invalid[] = { 'a', static_cast<char>(0xff), 'b' };
    auto refused = passphrase_policy::normalise(SecureBuffer::copyOf(invalid, sizeof invalid));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}
