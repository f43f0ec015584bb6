#pragma once

#include <QString>

namespace peerdesk::safe_removal {

// Removes the folder `name` inside `parent` and everything in it without ever following a symbolic link: a link
// inside is removed as a link (never what it points to), nothing outside parent/name is touched, and a `name` that is
// itself a link, or not a folder of this user's, is left alone. Works on open folder descriptors, so a folder swapped
// for a link while it runs is not followed either. False when something could not be removed.
bool removeTree(const QString& parent, const QString& name);

// Whether parent/name is a folder itself (not a link to one) and belongs to this user.
bool isOwnFolder(const QString& parent, const QString& name);

// The names in parent/name, without following links; empty when it is not an own folder.
QStringList entries(const QString& parent, const QString& name);

// Whether parent/name/entry is a regular file itself (not a link).
bool isRegularFile(const QString& parent, const QString& name, const QString& entry);

} // namespace peerdesk::safe_removal
