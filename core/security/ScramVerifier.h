#pragma once

#include "core/security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace peerdesk {

// What a program server stores of a staff member's database password (server mode, docs/server.md): PostgreSQL's
// SCRAM-SHA-256 verifier, computed in the client (RFC 5802 and 7677, as PostgreSQL's own `scram_build_secret`), so
// that the password itself is never sent to the server to be hashed there: the client sends
// `ALTER ROLE … PASSWORD 'SCRAM-SHA-256$…'` and PostgreSQL stores the verifier as it is. From the verifier nobody can
// log in; guessing the password from it costs one PBKDF2 per guess, and the password is a random key, not a
// passphrase (databasePassword).
namespace scram {

constexpr int DefaultIterations = 4096; // PostgreSQL's scram_iterations default
constexpr int SaltBytes = 16;

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (base64) for password, which must be ASCII without
// control characters (SASLprep leaves it as it is; databasePassword's are). An empty QString for any other password.
QString verifier(const SecureBuffer& password, const QByteArray& salt, int iterations = DefaultIterations);
// The same with a fresh random salt.
QString verifier(const SecureBuffer& password);

// The database password of a person, derived from the key their passphrase gives (Argon2id's output, 32 bytes) with
// its own subkey, so it opens the database session and nothing else: it decrypts no slot and no cell, and a server
// that sees it learns nothing of the passphrase. Base64 text (44 ASCII characters).
SecureBuffer databasePassword(const SecureBuffer& passphraseKey);

} // namespace scram
} // namespace peerdesk
