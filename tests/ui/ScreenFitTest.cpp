// The window on a 1280x720 laptop (issue 23): every page of the main window and every dialog, in English and in
// Canadian French, fits the screen's width and height at 100 % text, so no action falls off the screen, and no
// shortcut letter is used twice on what is shown together. A 1920x1080 screen at 150 % text gives a window the
// same 1280x720 device-independent pixels, so the same sizes cover it.
#include "CatchCompat.h"
#include "DemoVault.h"
#include "TempVault.h"
#include "core/demo/DemoData.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/UiInit.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/dialogs/ChoosePassphraseDialog.h"
#include "ui/dialogs/CloseRequestDialog.h"
#include "ui/dialogs/ConversationDialog.h"
#include "ui/dialogs/CreateVaultDialog.h"
#include "ui/dialogs/EndMatchDialog.h"
#include "ui/dialogs/EscalationDialog.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/dialogs/GroupEditorDialog.h"
#include "ui/dialogs/MatchDialog.h"
#include "ui/dialogs/OccurrenceRecordDialog.h"
#include "ui/dialogs/RecoverPassphraseDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/ReferralDialog.h"
#include "ui/dialogs/RequestEditorDialog.h"
#include "ui/dialogs/SupporterEditorDialog.h"
#include "ui/dialogs/SupporterImportDialog.h"
#include "ui/dialogs/TriageDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/models/GroupTableModel.h"
#include "ui/pages/GroupsPage.h"
#include "ui/pages/Page.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>

#include <memory>
#include <vector>

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

// Letters used twice among what is on screen together: a page's or dialog's buttons and labelled fields, and
// the menu bar's menus when there is one.
QStringList mnemonicClashes(QWidget* root, QMenuBar* menuBar = nullptr)
{
    QHash<QChar, QStringList> users;
    const auto add = [&users](const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            users[letter] << QString(text).remove(QLatin1Char('&'));
    };
    if (menuBar) {
        for (QAction* menu : menuBar->actions())
            add(menu->text());
    }
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root) || widget->window() != root->window())
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

// What is wrong with a dialog on the small screen: too large for it, or a shortcut letter used twice.
void checkDialog(QDialog* dialog, QStringList& findings)
{
    const QSize minimum = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    if (minimum.width() > ScreenWidth || minimum.height() > UsableHeight)
        findings << QStringLiteral("%1: %2x%3").arg(dialog->objectName()).arg(minimum.width()).arg(minimum.height());
    for (const QString& clash : mnemonicClashes(dialog))
        findings << dialog->objectName() + QStringLiteral(" shortcut ") + clash;
}

// The first request of the demo program in a status, or 0.
qint64 requestIn(VaultSession& session, RequestStatus status)
{
    auto requests = RequestService(session).list(status);
    REQUIRE(requests);
    return requests->isEmpty() ? 0 : requests->constFirst().id;
}

// Every dialog the window opens, made on the demo program: each fits the small screen and has no clash.
void checkEveryDialog(VaultSession& session, QWidget* window, QStringList& findings)
{
    QUndoStack undoStack;
    QAction lockAction(QStringLiteral("Lock"));
    PageContext context{ session, undoStack, &lockAction };
    auto supporters = SupporterService(session).list();
    REQUIRE(supporters);
    REQUIRE_FALSE(supporters->isEmpty());
    const qint64 triaged = requestIn(session, RequestStatus::Triaged);
    const qint64 fresh = requestIn(session, RequestStatus::New);
    const qint64 accepted = requestIn(session, RequestStatus::InProgress);
    REQUIRE(triaged != 0);
    REQUIRE(fresh != 0);
    REQUIRE(accepted != 0);
    const SupportRequest freshRequest = RequestService(session).get(fresh).value();
    const SupportRequest acceptedRequest = RequestService(session).get(accepted).value();
    QTemporaryDir elsewhere;

    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<RequestEditorDialog>(session, window));
    dialogs.push_back(std::make_unique<RequestEditorDialog>(session, freshRequest, window));
    dialogs.push_back(std::make_unique<TriageDialog>(session, freshRequest, window));
    dialogs.push_back(std::make_unique<CloseRequestDialog>(session, acceptedRequest, true, window));
    dialogs.push_back(std::make_unique<EndMatchDialog>(session, accepted, window));
    dialogs.push_back(std::make_unique<EscalationDialog>(session, fresh, window));
    dialogs.push_back(std::make_unique<ReferralDialog>(session, fresh, window));
    dialogs.push_back(std::make_unique<MatchDialog>(context, triaged, window));
    dialogs.push_back(std::make_unique<ConversationDialog>(context, ConversationDialog::Mode::New, accepted, window));
    dialogs.push_back(
        std::make_unique<SupporterEditorDialog>(supporters->constFirst(), QStringList(), false, &lockAction, window));
    dialogs.push_back(std::make_unique<SupporterImportDialog>(session, &lockAction, window));
    dialogs.push_back(std::make_unique<GroupEditorDialog>(*supporters, QDate(2026, 12, 7), &lockAction, window));
    GroupOccurrence occurrence;
    occurrence.groupId = 1;
    occurrence.startsAt = QDateTime(QDate(2026, 12, 7), QTime(19, 15), QTimeZone::utc());
    occurrence.endsAt = occurrence.startsAt.addSecs(75 * 60);
    dialogs.push_back(std::make_unique<OccurrenceRecordDialog>(occurrence, 8, &lockAction, window));
    dialogs.push_back(std::make_unique<AccountDialog>(QString(), window));
    dialogs.push_back(std::make_unique<ChoosePassphraseDialog>(session, &lockAction, window));
    dialogs.push_back(std::make_unique<RecoveryKeyDialog>(QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")));
    dialogs.push_back(std::make_unique<CreateVaultDialog>(elsewhere.filePath(QStringLiteral("vault")), session.clock(),
                                                          KdfParams::fastForTests()));
    dialogs.push_back(std::make_unique<UnlockDialog>(elsewhere.path(), QStringLiteral("sam")));
    dialogs.push_back(
        std::make_unique<RecoverPassphraseDialog>(elsewhere.path(), QStringLiteral("sam"), session.clock()));
    for (const auto& dialog : dialogs)
        checkDialog(dialog.get(), findings);
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
        for (const QString& clash : mnemonicClashes(window.page(index), window.menuBar()))
            findings << window.page(index)->objectName() + QStringLiteral(" shortcut ") + clash;
        // The Groups page shows registrations or members by the group selected: both are checked.
        if (auto* groups = qobject_cast<GroupsPage*>(window.page(index))) {
            for (int row = 0; row < groups->groupModel()->rowCount(); ++row) {
                groups->selectGroup(groups->groupModel()->groupAt(row)->id);
                QTest::qWait(0);
                for (const QString& clash : mnemonicClashes(groups, window.menuBar()))
                    findings << groups->groupModel()->groupAt(row)->name + QStringLiteral(" shortcut ") + clash;
            }
        }
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (minimum.width() > ScreenWidth || minimum.height() > UsableHeight)
            findings << QStringLiteral("%1: %2x%3")
                            .arg(window.page(index)->objectName())
                            .arg(minimum.width())
                            .arg(minimum.height());
    }
    // Every dialog: its smallest usable size fits too (its buttons sit outside any scroll area).
    checkEveryDialog(*session, &window, findings);
    return findings;
}

} // namespace

TEST_CASE("Every page and dialog fits a 1280x720 screen, with no shortcut letter used twice, in English and French",
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

TEST_CASE("A message that appears grows its dialog, and a cut-off cell shows its whole text as a tooltip",
          "[ui][screen]")
{
    QWidget parent;
    auto* dialog = new FormDialog(QStringLiteral("Test"), nullptr, &parent);
    dialog->form()->addRow(QStringLiteral("Date:"), new QLineEdit(dialog));
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->resize(dialog->minimumSizeHint());
    const int before = dialog->height();
    dialog->message()->showError(QStringLiteral("A long explanation of what went wrong. ").repeated(12));
    QTest::qWait(100);
    REQUIRE(dialog->height() > before);
    CHECK(dialog->height() >= dialog->layout()->totalHeightForWidth(dialog->width()));
    CHECK(dialog->message()->height() >= dialog->message()->heightForWidth(dialog->message()->width()));
    dialog->close();

    QWidget holder;
    auto* view = ui::createTableView(&holder, "narrowTable", QStringLiteral("Narrow"));
    QStandardItemModel model(1, 1);
    const QString whole = QStringLiteral("Peer support basics, Suicide risk assessment, Boundaries and self-care");
    model.setItem(0, 0, new QStandardItem(whole));
    view->setModel(&model);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setColumnWidth(0, 60);
    holder.resize(200, 120);
    view->resize(200, 120);
    holder.show();
    REQUIRE(QTest::qWaitForWindowExposed(&holder));
    const QRect cell = view->visualRect(model.index(0, 0));
    QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    CHECK(QToolTip::text() == whole);
    QToolTip::hideText();
    REQUIRE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000));
    // A cell wide enough shows no tooltip of its own.
    view->setColumnWidth(0, 180);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Short")));
    QHelpEvent again(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QCoreApplication::sendEvent(view->viewport(), &again);
    QTest::qWait(50);
    CHECK_FALSE(QToolTip::isVisible());
}
