#include "core/security/RepeatKeyHasher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RequestService)
};

Error damagedSecret()
{
    return makeError(ErrorCode::Damaged, Text::tr("The vault's repeat-request key is damaged."));
}

QString cut(const QByteArray& digest, int bits, char version)
{
    return QLatin1Char(version) + QLatin1Char(':') + QString::fromLatin1(digest.toHex().left(bits / 4));
}

} // namespace

RepeatKeyHasher::RepeatKeyHasher(const SecureBuffer& secret, Cost cost)
    : m_secret(SecureBuffer::copyOf(secret.data(), secret.size())), m_cost(cost)
{
    initialiseSodium();
}

RepeatKeyHasher RepeatKeyHasher::unstretchedForTests(const SecureBuffer& secret)
{
    RepeatKeyHasher hasher(secret, Cost::fastForTests());
    hasher.m_stretched = false;
    return hasher;
}

QString RepeatKeyHasher::normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString RepeatKeyHasher::normalisePhone(const QString& phone)
{
    static const QRegularExpression extension(QStringLiteral("(x|ext)"), QRegularExpression::CaseInsensitiveOption);
    // The extension, when there is one, is not part of the number.
    const QString number
        = phone.contains(QLatin1Char('x'), Qt::CaseInsensitive) ? phone.section(extension, 0, 0) : phone;
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        digits.remove(0, 1);
    return digits.size() >= 7 ? digits : QString();
}

QString RepeatKeyHasher::slowKey(const char* domain, const QString& normalised, int bits) const
{
    if (normalised.isEmpty() || m_secret.size() != SecretBytes)
        return {};
    // The salt is a keyed hash of the domain: without the vault's secret nobody can compute a key, and an e-mail
    // and a phone number with the same text get different keys.
    unsigned char salt[crypto_pwhash_SALTBYTES];
    crypto_generichash(salt, sizeof salt, reinterpret_cast<const unsigned char*>(domain), std::strlen(domain),
                       m_secret.data(), m_secret.size());
    QByteArray value = normalised.toUtf8();
    QByteArray digest(32, Qt::Uninitialized);
    const int rc = m_stretched
        ? crypto_pwhash(reinterpret_cast<unsigned char*>(digest.data()), 32, value.constData(),
                        static_cast<unsigned long long>(value.size()), salt, m_cost.opsLimit,
                        static_cast<std::size_t>(m_cost.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        : crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), 32,
                             reinterpret_cast<const unsigned char*>(value.constData()),
                             static_cast<unsigned long long>(value.size()), salt, sizeof salt);
    wipe(value);
    if (rc != 0)
        return {};
    return cut(digest, bits, '2');
}

QString RepeatKeyHasher::legacyKey(const char* domain, const QString& normalised, int bits) const
{
    if (normalised.isEmpty() || m_secret.size() != SecretBytes)
        return {};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, m_secret.data(), m_secret.size());
    const QByteArray message = QByteArray(domain) + '\n' + normalised.toUtf8();
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    QByteArray digest(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(digest.data()));
    sodium_memzero(&state, sizeof state);
    return cut(digest, bits, '1');
}

QString RepeatKeyHasher::emailKey(const QString& email) const
{
    return slowKey("repeat-email-v2", normaliseEmail(email), EmailBits);
}

QString RepeatKeyHasher::phoneKey(const QString& phone) const
{
    return slowKey("repeat-phone-v2", normalisePhone(phone), PhoneBits);
}

QString RepeatKeyHasher::legacyEmailKey(const QString& email) const
{
    return legacyKey("email", normaliseEmail(email), EmailBits);
}

QString RepeatKeyHasher::legacyPhoneKey(const QString& phone) const
{
    return legacyKey("phone", normalisePhone(phone), PhoneBits);
}

QString RepeatKeyHasher::cutLegacyKey(const QString& fullHex, bool phone)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(fullHex).hasMatch())
        return {};
    return QStringLiteral("1:") + fullHex.left((phone ? PhoneBits : EmailBits) / 4);
}

QByteArray RepeatKeyHasher::serialise() const
{
    QByteArray secret = QByteArray(m_secret.chars(), static_cast<qsizetype>(m_secret.size())).toHex();
    QJsonObject object{ { QStringLiteral("secret"), QString::fromLatin1(secret) },
                        { QStringLiteral("opslimit"), static_cast<qint64>(m_cost.opsLimit) },
                        { QStringLiteral("memlimit"), static_cast<qint64>(m_cost.memLimitBytes) } };
    wipe(secret);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<RepeatKeyHasher> RepeatKeyHasher::parse(const QByteArray& stored)
{
    const QJsonObject object = QJsonDocument::fromJson(stored).object();
    const qint64 ops = object.value(QStringLiteral("opslimit")).toInteger();
    const qint64 mem = object.value(QStringLiteral("memlimit")).toInteger();
    if (ops < 1 || ops > 16 || mem < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN) || mem > (256ll << 20))
        return damagedSecret();
    return fromLegacySecret(object.value(QStringLiteral("secret")).toString().toLatin1(),
                            Cost{ static_cast<quint64>(ops), static_cast<quint64>(mem) });
}

Result<RepeatKeyHasher> RepeatKeyHasher::fromLegacySecret(const QByteArray& hex, Cost cost)
{
    QByteArray secret = QByteArray::fromHex(hex);
    const bool valid = secret.size() == SecretBytes && secret.toHex() == hex.toLower();
    const SecureBuffer locked = SecureBuffer::copyOf(secret.constData(), static_cast<std::size_t>(secret.size()));
    wipe(secret);
    if (!valid)
        return damagedSecret();
    return RepeatKeyHasher(locked, cost);
}

} // namespace peerdesk
