#include "core/security/RecoveryKey.h"

#include <QCoreApplication>

#include <cstring>
#include <sodium.h>

namespace peerdesk::recovery_key {

namespace {

// Crockford's base32: digits and letters without I, L, O and U, which are misread when copied by hand.
constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int Symbols = 32; // 32 x 5 bits = 160 bits
constexpr int GroupSize = 4;

} // namespace

QString generate()
{
    initialiseSodium();
    QString key;
    key.reserve(Symbols + Symbols / GroupSize);
    for (int i = 0; i < Symbols; ++i) {
        if (i > 0 && i % GroupSize == 0)
            key += QLatin1Char('-');
        key += QLatin1Char(Alphabet[randombytes_uniform(32)]);
    }
    return key;
}

Result<SecureBuffer> normalise(const QString& typed)
{
    SecureBuffer secret(Symbols);
    std::size_t length = 0;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const char upper = c.toUpper().toLatin1();
        if (length == Symbols || upper == 0 || !std::strchr(Alphabet, upper)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("peerdesk::Vault",
                                                         "This is not a PeerDesk recovery key: it has 32 letters "
                                                         "and digits in groups of four."));
        }
        secret.data()[length++] = static_cast<unsigned char>(upper);
    }
    if (length != Symbols) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("peerdesk::Vault",
                                                     "This is not a PeerDesk recovery key: it has 32 letters and "
                                                     "digits in groups of four."));
    }
    return secret;
}

} // namespace peerdesk::recovery_key
