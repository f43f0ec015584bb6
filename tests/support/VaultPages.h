#pragma once

#include "core/security/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace peerdesk::test {

// Every page of an SQLCipher 4 database file decrypted with its raw key, as one byte array: with SQLCipher's
// default page layout (4096-byte pages, each ending in a reserve of a 16-byte IV and a 64-byte HMAC; page 1 starting
// with the 16-byte salt; a raw key is the AES-256-CBC key itself). Free pages included: what was deleted and not
// overwritten is found here.
QByteArray decryptPages(const QByteArray& file, const SecureBuffer& key);

// Every byte of every file in a vault folder, with peerdesk.db's pages decrypted, as one haystack.
QByteArray vaultHaystack(const QString& directory, const SecureBuffer& key);

} // namespace peerdesk::test
