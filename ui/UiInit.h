#pragma once

#include <QString>

class QCoreApplication;

namespace peerdesk::ui {

// The icons are compiled into the peerdesk_ui static library, whose resource initialiser the linker would
// otherwise drop. Idempotent; every entry point of the library calls it.
void initialiseResources();

// "fr_CA" when the QSettings key "language" says so, or when it is empty and the system locale is French;
// "en" otherwise.
QString chooseLanguage();

// Loads PeerDesk's translation (and Qt's own, when the system has it) for language and makes it the default
// locale. Returns false when language has no translation and English is used.
bool installTranslators(QCoreApplication& app, const QString& language);

// The application icon, for windows and the About box.
QString applicationIconPath();

} // namespace peerdesk::ui
