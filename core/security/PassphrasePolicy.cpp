#include "core/security/PassphrasePolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>
#include <zxcvbn.h>

namespace peerdesk::passphrase_policy {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::PassphrasePolicy)
};

// zxcvbn's usual guess bands expressed in bits: 10^3, 10^6, 10^8, 10^10 guesses.
int scoreFor(double bits)
{
    if (bits < 10)
        return 0;
    if (bits < 20)
        return 1;
    if (bits < 27)
        return 2;
    if (bits < MinimumBits)
        return 3;
    return 4;
}

} // namespace

PassphraseStrength evaluate(const QString& passphrase, const QStringList& userWords)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty()) {
        strength.feedback = Text::tr("Choose a passphrase of at least %1 characters.").arg(MinimumLength);
        return strength;
    }
    QByteArray utf8 = passphrase.toUtf8();
    std::vector<QByteArray> words;
    words.reserve(static_cast<std::size_t>(userWords.size()) + 1);
    words.push_back(QByteArrayLiteral("peerdesk"));
    for (const QString& word : userWords) {
        if (!word.isEmpty())
            words.push_back(word.toLower().toUtf8());
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    strength.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    wipe(utf8);
    strength.score = scoreFor(strength.entropyBits);
    const bool longEnough = passphrase.size() >= MinimumLength;
    strength.acceptable = longEnough && strength.entropyBits >= MinimumBits;
    if (!longEnough)
        strength.feedback = Text::tr("Use at least %1 characters.").arg(MinimumLength);
    else if (!strength.acceptable)
        strength.feedback
            = Text::tr("Too easy to guess. Add a few unrelated words; avoid names, dates and common phrases.");
    return strength;
}

QString toText(const SecureBuffer& utf8)
{
    return QString::fromUtf8(utf8.chars(), static_cast<qsizetype>(utf8.size()));
}

Result<SecureBuffer> normalise(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase is empty."));
    QString normalised = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    SecureBuffer result = SecureBuffer::copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    wipe(utf8);
    wipe(normalised);
    return result;
}

Result<SecureBuffer> normalise(const SecureBuffer& utf8)
{
    QString text = toText(utf8);
    // A round trip that changes the bytes means they were not UTF-8: refuse rather than guess.
    QByteArray check = text.toUtf8();
    const bool valid
        = check.size() == static_cast<qsizetype>(utf8.size()) && std::equal(check.cbegin(), check.cend(), utf8.chars());
    wipe(check);
    if (!valid) {
        wipe(text);
        return makeError(ErrorCode::InvalidInput, Text::tr("The passphrase is not valid UTF-8 text."));
    }
    auto result = normalise(text);
    wipe(text);
    return result;
}

} // namespace peerdesk::passphrase_policy
