#pragma once

#include <QString>

class QCoreApplication;

namespace peerdesk::translations {

// "fr_CA" when the QSettings key "language" says so, or when it is empty and the system locale is French;
// "en" otherwise. The GUI and the CLI speak the same language.
QString chooseLanguage();

// Loads PeerDesk's catalogue (embedded in peerdesk_core, so the CLI has it too) and Qt's own when the system
// has it, and makes language the default locale. False when language has no catalogue and English is used.
bool installTranslators(QCoreApplication& app, const QString& language);

} // namespace peerdesk::translations
