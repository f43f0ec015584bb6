#pragma once

#include "core/Result.h"
#include "core/security/Keyring.h"

namespace peerdesk::keyring_file {

// Reads and validates keyring.json. A missing, truncated or altered file is a Damaged error naming it.
Result<Keyring> load(const QString& path);
// keyring.json byte for byte (Damaged when missing, far too large, or not a regular file).
Result<QByteArray> readBytes(const QString& path);

// Replaces the file atomically (QSaveFile: write a temporary, fsync, rename): a crash or a full disk leaves
// the previous keyring intact. The file is readable by its owner only.
Result<void> save(const Keyring& keyring, const QString& path);
// The same for bytes already made (the keyring the database recorded).
Result<void> saveBytes(const QByteArray& json, const QString& path);

// Removes the temporary files (path + "." + six letters or digits) that a writer killed inside saveBytes left.
// Only for the holder of the vault's lock: another process's write in progress would be one of them.
void removeLeftoverTemporaries(const QString& path);

// fsync()s a folder, so a rename inside it survives a power cut.
void syncDirectory(const QString& directory);

} // namespace peerdesk::keyring_file
