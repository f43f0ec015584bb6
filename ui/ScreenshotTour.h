#pragma once

#include <QString>

namespace peerdesk::ui {

// Writes create-vault.png, recovery-key.png, unlock.png and main-window.png into outputDirectory, for the documentation
// (scripts/screenshots). Uses a throw-away vault in a temporary folder, created with the fast test KDF for
// a demo administrator ("admin", "Alex Admin"); nothing outside the temporary folder is touched. Returns a
// process exit code.
int runScreenshotTour(const QString& outputDirectory);

} // namespace peerdesk::ui
