#pragma once

#include <QString>

namespace peerdesk::ui {

// The icons are compiled into the peerdesk_ui static library, whose resource initialiser the linker would
// otherwise drop. Idempotent; every entry point of the library calls it.
void initialiseResources();

// The application icon, for windows and the About box.
QString applicationIconPath();

} // namespace peerdesk::ui
