// A French-locale run over every page of the main window (filled with demo data): no visible text may still
// be an English message of the catalogue, i.e. every string a user can see went through tr() and has its
// Canadian French translation compiled in.

#include "CatchCompat.h"
#include "DemoVault.h"
#include "TempVault.h"
#include "core/demo/DemoData.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/UiInit.h"
#include "ui/pages/Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace peerdesk;

namespace {

// English sources of the catalogue whose French differs (so "Action" -> "Action" is not a finding).
QSet<QString> translatedEnglishSources()
{
    const QDir sourceDir = QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir();
    QFile file(sourceDir.filePath(QStringLiteral("../../resources/translations/peerdesk_fr_CA.ts")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> sources;
    QSet<QString> sameInFrench; // "Action", "Total": correct French in some context, so not a finding
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString french = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Only whole messages can be recognised on screen; those with placeholders are filled in.
            if (source.contains(u'%'))
                continue;
            if (french == source)
                sameInFrench.insert(source);
            else
                sources.insert(source);
        }
    }
    return sources.subtract(sameInFrench);
}

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return text.trimmed();
}

QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        if (!text.trimmed().isEmpty())
            texts << plain(text);
    };
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        add(widget->toolTip());
        add(widget->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box->title());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            add(edit->placeholderText());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            add(text->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            QAbstractItemModel* model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                add(model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    add(model->index(row, column).data().toString());
            }
        }
    }
    return texts;
}

} // namespace

TEST_CASE("In French no page shows an English message", "[ui][i18n][french]")
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
    QSet<QString> english = translatedEnglishSources();
    // The language menu names each language in itself ("English", "Français (Canada)"), on purpose.
    english.remove(QStringLiteral("English"));
    REQUIRE(english.size() > 300);
    REQUIRE(english.contains(QStringLiteral("New requests to triage")));

    ui::initialiseResources();
    QTranslator french;
    REQUIRE(french.load(QStringLiteral(":/i18n/peerdesk_fr_CA.qm")));
    REQUIRE(QCoreApplication::installTranslator(&french));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));

    test::DemoVault demo;
    auto& session = demo.session;

    {
        MainWindow window(*session);
        window.resize(1280, 800);
        window.show();
        QStringList findings;
        for (int index = 0; index < window.pageCount(); ++index) {
            window.setCurrentPage(index);
            QTest::qWait(0);
            Page* page = window.page(index);
            for (const QString& text : visibleTexts(page)) {
                if (english.contains(text))
                    findings << page->objectName() + QStringLiteral(": ") + text;
            }
        }
        for (QAction* action : window.menuBar()->actions()) {
            if (english.contains(plain(action->text())))
                findings << QStringLiteral("menu: ") + action->text();
        }
        findings.removeDuplicates();
        INFO(findings.join(QLatin1Char('\n')).toStdString());
        CHECK(findings.isEmpty());
    }
    QCoreApplication::removeTranslator(&french);
    QLocale::setDefault(previous);
}
