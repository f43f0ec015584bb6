#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace peerdesk {

// The keys that recognise a repeat request after the requester's identity is purged (docs/security.md,
// "Repeat requests"): a slow, keyed hash of the normalised e-mail and phone, cut to a few bits. Cut so short,
// each stored key is shared by thousands of the phone numbers (and many of the e-mail addresses) someone could
// enumerate with the vault's keys, so enumerating them does not single out a purged request; a real repeat
// still gives the same key, at the price of occasional false repeats (the rates are in docs/security.md).
class RepeatKeyHasher final
{
public:
    static constexpr int SecretBytes = 32;
    static constexpr int EmailBits = 16;
    static constexpr int PhoneBits = 20;

    // Argon2id per key: slow enough that enumerating is costly, quick enough for an import.
    struct Cost
    {
        quint64 opsLimit = 1;
        quint64 memLimitBytes = 4ull * 1024 * 1024;

        static Cost fastForTests() { return { 1, 8192 }; }
        bool operator==(const Cost&) const = default;
    };

    RepeatKeyHasher(const SecureBuffer& secret, Cost cost);
    // The same keys without the slow step (keyed BLAKE2b in place of Argon2id): only for tests that enumerate
    // millions of values to count how many share a key, which the truncation alone decides. Never stored: a vault's
    // stored cost always has at least one Argon2id pass.
    static RepeatKeyHasher unstretchedForTests(const SecureBuffer& secret);

    // Trimmed and lower-cased; empty for none.
    static QString normaliseEmail(const QString& email);
    // Digits only, without an extension or a leading North-American 1; empty when fewer than 7 digits remain.
    static QString normalisePhone(const QString& phone);

    // "2:" and the key in lower-case hex (4 digits for an e-mail, 5 for a phone); empty when there is nothing to
    // key (give the raw text: it is normalised here).
    QString emailKey(const QString& email) const;
    QString phoneKey(const QString& phone) const;
    // The key format 2 vaults stored (HMAC-SHA256, all 256 bits), cut the same way and marked "1:": purged
    // requests from before the upgrade keep only that, so a new request looks for both.
    QString legacyEmailKey(const QString& email) const;
    QString legacyPhoneKey(const QString& phone) const;
    // A stored format-2 key (64 hex digits) cut to its "1:" form; empty for anything else.
    static QString cutLegacyKey(const QString& fullHex, bool phone);

    // The secret and cost as stored (in an identity cell): {"secret": hex, "opslimit": n, "memlimit": n}.
    QByteArray serialise() const;
    static Result<RepeatKeyHasher> parse(const QByteArray& stored);
    // The secret alone, as format 2 stored it (64 hex digits), with the given cost.
    static Result<RepeatKeyHasher> fromLegacySecret(const QByteArray& hex, Cost cost);

    const Cost& cost() const { return m_cost; }

private:
    QString slowKey(const char* domain, const QString& normalised, int bits) const;
    QString legacyKey(const char* domain, const QString& normalised, int bits) const;

    SecureBuffer m_secret;
    Cost m_cost;
    bool m_stretched = true;
};

} // namespace peerdesk
