#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace peerdesk::translations {

QString chooseLanguage()
{
    const QString configured = QSettings().value(QStringLiteral("language")).toString();
    if (configured.startsWith(QLatin1String("fr")))
        return QStringLiteral("fr_CA");
    if (configured.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr_CA") : QStringLiteral("en");
}

bool installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // Qt's own strings (context menus, --help option lines); Debian ships them in qt6-translations-l10n.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/peerdesk_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace peerdesk::translations
