#include "core/security/SecureBuffer.h"

#include "CatchCompat.h"

#include <cstring>

using peerdesk::SecureBuffer;

TEST_CASE("Secure buffers hold one copy of a secret and wipe it", "[security]")
{
    SECTION("random buffers differ and have the requested size")
    {
        const SecureBuffer a = SecureBuffer::random(32);
        const SecureBuffer b = SecureBuffer::random(32);
        REQUIRE(a.size() == 32);
        CHECK_FALSE(a.equals(b));
    }
    SECTION("a copy equals its source; truncation drops the tail")
    {
        SecureBuffer text = SecureBuffer::copyOf("secret\n", 7);
        CHECK(text.view() == "secret\n");
        text.truncate(6);
        CHECK(text.view() == "secret");
        CHECK(text.equals(SecureBuffer::copyOf("secret", 6)));
    }
    SECTION("moving transfers ownership and leaves the source empty")
    {
        SecureBuffer source = SecureBuffer::copyOf("abc", 3);
        SecureBuffer target = std::move(source);
        CHECK(source.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
        CHECK(target.view() == "abc");
        target.clear();
        CHECK(target.isEmpty());
    }
    SECTION("wiping a string shared with someone else leaves their copy intact")
    {
        QString text = QStringLiteral("passphrase");
        const QString keepAlive = text;
        peerdesk::wipe(text);
        CHECK(text.isEmpty());
        CHECK(keepAlive == QStringLiteral("passphrase"));
    }
}
