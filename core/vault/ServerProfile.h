#pragma once

#include "core/Result.h"
#include "core/security/Kdf.h"
#include "core/storage/ServerConnection.h"

#include <QByteArray>
#include <QString>

namespace peerdesk {

// A program server's connection profile, peerdesk-server.json (docs/server.md, "The connection profile"): where the
// program's database is, the CA its certificate must come from, and what every staff member's key derivation needs
// before the first byte reaches the server — the program's salt and the slots' Argon2id cost. Nothing in it is secret
// and nothing names a person: an IT person hands the same file to every staff member of the program, and the window
// remembers its path.
//
// Why a salt here: a staff member's database password derives from their passphrase's Argon2id output
// (scram::databasePassword), so the Argon2id salt must be known before connecting, when their key slot (inside the
// database) cannot be read yet. Their slot's salt is therefore derived from the program's salt and their login
// (slotSalt): unique per person and program, as a random salt would be, and the same across their passphrase changes.
struct ServerProfile
{
    static constexpr int ProgramSaltBytes = 16;

    ServerConnection connection; // login left empty: the person signing in chooses it; the CA path made absolute
    QString caCertificateAsWritten; // as the file names it (relative to the profile's folder, often): saved so
    QByteArray programSalt; // empty until `server init` completes the profile
    KdfParams slotCost = KdfParams::interactiveDefault();

    bool initialised() const { return programSalt.size() == ProgramSaltBytes; }
    // BLAKE2b-128 keyed with the program's salt over "PeerDesk server slot" and the login.
    QByteArray slotSalt(const QString& login) const;
};

namespace server_profile {

constexpr auto FileName = "peerdesk-server.json";

// InvalidInput naming the file and the field for anything that is not a profile: unknown format, missing or malformed
// host, port, database or CA path, a cost outside KdfParams's bounds. A relative CA path is taken from the profile's
// folder. A profile without program salt is read as one to be completed by `server init`.
Result<ServerProfile> load(const QString& path);
// Written whole or not at all (a temporary file renamed into place); the CA path as given.
Result<void> save(const ServerProfile& profile, const QString& path);

} // namespace server_profile
} // namespace peerdesk
