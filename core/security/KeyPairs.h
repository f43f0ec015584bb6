#pragma once

#include "core/security/SecureBuffer.h"

#include <QByteArray>

#include <optional>

namespace peerdesk {

// An X25519 key pair: what a key slot receives keys through (docs/file-format.md, "keyring.json"). Anyone can
// seal a key to the public half; only the secret half, kept in locked memory, opens it.
class BoxKeyPair final
{
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SecretKeyBytes = 32;

    BoxKeyPair() = default;
    static BoxKeyPair generate();
    // The pair whose secret half is secret (32 bytes); nullopt for any other size.
    static std::optional<BoxKeyPair> fromSecret(const SecureBuffer& secret);

    bool isNull() const { return m_secret.isEmpty(); }
    const QByteArray& publicKey() const { return m_public; }
    const SecureBuffer& secret() const { return m_secret; }
    BoxKeyPair copy() const;

    // libsodium's sealed box: only this pair opens what was sealed to its public key; nullopt otherwise.
    std::optional<SecureBuffer> open(const QByteArray& sealed, std::size_t keyBytes) const;

private:
    SecureBuffer m_secret;
    QByteArray m_public;
};

// An Ed25519 key pair for signing: each slot's own (audit rows, its witness, the next keys of its slot) and
// the vault's authority key (membership, the key statement). The secret half stays in locked memory.
class SigningKey final
{
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SeedBytes = 32;
    static constexpr int SignatureBytes = 64;

    SigningKey() = default;
    static SigningKey generate();
    // The pair derived from a 32-byte seed (what keyrings store); nullopt for any other size.
    static std::optional<SigningKey> fromSeed(const SecureBuffer& seed);

    bool isNull() const { return m_secret.isEmpty(); }
    const QByteArray& publicKey() const { return m_public; }
    SecureBuffer seed() const;
    SigningKey copy() const;
    QByteArray sign(const QByteArray& message) const;

private:
    SecureBuffer m_secret; // libsodium's 64-byte form: seed, then public key
    QByteArray m_public;
};

namespace key_pairs {

// Seals key to an X25519 public key (32 + 48 bytes out for a 32-byte key).
QByteArray seal(const SecureBuffer& key, const QByteArray& publicKey);
std::size_t sealedSize(std::size_t keyBytes);

// True only for a valid Ed25519 signature of message by publicKey.
bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// A public fingerprint of a secret key (keyed BLAKE2b of a constant), recorded where the key's origin is
// vouched for: it names the key without revealing it, and no other key gives the same value.
QByteArray keyCheck(const SecureBuffer& key);

} // namespace key_pairs

} // namespace peerdesk
