#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"

#include <QString>
#include <QStringList>

namespace peerdesk {

// How hard a passphrase is to guess, estimated with zxcvbn, and whether PeerDesk accepts it. The keyring can
// be copied and attacked offline, so the bar is a real one: at least MinimumLength characters and
// MinimumBits of estimated entropy.
struct PassphraseStrength
{
    double entropyBits = 0;
    int score = 0; // 0 (very weak) .. 4 (very strong), for the meter
    bool acceptable = false;
    QString feedback; // translated: what to do to make it acceptable, empty when acceptable
};

namespace passphrase_policy {
constexpr int MinimumLength = 10;
constexpr double MinimumBits = 48.0;

// userWords: login, display name and the like, which make a passphrase weaker when it contains them.
PassphraseStrength evaluate(const QString& passphrase, const QStringList& userWords = {});

// UTF-8 bytes of the NFC-normalised passphrase in locked memory: what the KDF is given (docs/file-format.md).
// InvalidInput when the bytes are not valid UTF-8 or the passphrase is empty.
Result<SecureBuffer> normalise(const SecureBuffer& utf8);
Result<SecureBuffer> normalise(const QString& passphrase);

// Reads a passphrase back as text, for the strength check of a new one.
QString toText(const SecureBuffer& utf8);
} // namespace passphrase_policy

} // namespace peerdesk
