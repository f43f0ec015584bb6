// The window on a 1280x720 laptop (issue 23): every page of the main window, in English and in Canadian French,
// fits the screen's width and height at 100 % text, so no action falls off the screen.
#include "CatchCompat.h"
#include "DemoVault.h"
#include "MainWindow.h"
#include "TempVault.h"
#include "UiInit.h"
#include "dialogs/RequestEditorDialog.h"
#include "dialogs/SupporterEditorDialog.h"
#include "dialogs/SupporterImportDialog.h"
#include "pages/Page.h"
#include "services/DemoData.h"
#include "services/SupporterService.h"
#include "services/Vault.h"
#include "widgets/Controls.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace peerdesk;

namespace {

// The part of a 1280x720 screen a window gets: the width, and the height less a panel and a title bar.
constexpr int ScreenWidth = 1280;
constexpr int UsableHeight = 720 - 32 - 30;

// The mnemonic letter of a text ("&Save" -> 's'), or a null QChar.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Letters used twice among what is on screen together: the page's buttons and labelled fields, and the menu
// bar's menus.
QStringList mnemonicClashes(MainWindow& window, QWidget* page)
{
    QHash<QChar, QStringList> users;
    const auto add = [&users](const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            users[letter] << QString(text).remove(QLatin1Char('&'));
    };
    for (QAction* menu : window.menuBar()->actions())
        add(menu->text());
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
            add(box->title());
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    }
    return clashes;
}

QStringList oversizedPages()
{
    test::DemoVault demo;
    auto& session = demo.session;
    QStringList findings;
    MainWindow window(*session);
    window.resize(ScreenWidth, UsableHeight);
    window.show();
    for (int index = 0; index < window.pageCount(); ++index) {
        window.setCurrentPage(index);
        QTest::qWait(0);
        for (const QString& clash : mnemonicClashes(window, window.page(index)))
            findings << window.page(index)->objectName() + QStringLiteral(" shortcut ") + clash;
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (minimum.width() > ScreenWidth || minimum.height() > UsableHeight)
            findings << QStringLiteral("%1: %2x%3")
                            .arg(window.page(index)->objectName())
                            .arg(minimum.width())
                            .arg(minimum.height());
    }
    // The largest dialogs: their smallest usable size fits too (their buttons sit outside any scroll area).
    auto fits = [&findings](QDialog* dialog) {
        const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        if (minimum.width() > ScreenWidth || minimum.height() > UsableHeight)
            findings
                << QStringLiteral("%1: %2x%3").arg(dialog->objectName()).arg(minimum.width()).arg(minimum.height());
    };
    RequestEditorDialog intake(*session, &window);
    fits(&intake);
    auto supporters = SupporterService(*session).list();
    REQUIRE(supporters);
    REQUIRE_FALSE(supporters->isEmpty());
    SupporterEditorDialog editor(supporters->constFirst(), {}, false, nullptr, &window);
    fits(&editor);
    SupporterImportDialog import(*session, nullptr, &window);
    fits(&import);
    return findings;
}

} // namespace

TEST_CASE("Every page fits a 1280x720 screen, with no shortcut letter used twice, in English and in French",
          "[ui][screen]")
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
    ui::initialiseResources();
    {
        const QStringList english = oversizedPages();
        INFO(english.join(QStringLiteral("; ")).toStdString());
        CHECK(english.isEmpty());
    }
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/peerdesk_fr_CA.qm")));
    REQUIRE(QCoreApplication::installTranslator(&french));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    {
        const QStringList inFrench = oversizedPages();
        INFO(inFrench.join(QStringLiteral("; ")).toStdString());
        CHECK(inFrench.isEmpty());
    }
    QCoreApplication::removeTranslator(&french);
    QLocale::setDefault(previous);
}

TEST_CASE("A window restored from a larger screen is brought inside this one, and a dialog fits it", "[ui][screen]")
{
    QScreen* screen = QGuiApplication::primaryScreen();
    REQUIRE(screen != nullptr);
    const QRect area = screen->availableGeometry();
    QWidget window;
    window.setGeometry(area.right() + 500, area.bottom() + 400, area.width() * 2, area.height() * 2);
    ui::keepOnScreen(&window);
    CHECK(area.contains(window.geometry()));

    QDialog dialog(&window);
    ui::fitToScreen(&dialog, QSize(area.width() + 600, area.height() + 600));
    CHECK(dialog.width() <= area.width());
    CHECK(dialog.height() <= area.height());
    ui::fitToScreen(&dialog, QSize(300, 200));
    CHECK(dialog.size() == QSize(300, 200).expandedTo(dialog.minimumSizeHint()));
}
