// The Dashboard, Audit and Settings pages and the role gating of the main window, on the offscreen platform.

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "ExportScan.h"
#include "TempVault.h"
#include "core/services/AuditViewer.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/Backup.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/AccountDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/UserTableModel.h"
#include "ui/pages/AccountsSection.h"
#include "ui/pages/AuditPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::TempVault;

namespace {

void prepareApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui"));
    QStandardPaths::setTestModeEnabled(true);
}

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

std::unique_ptr<VaultSession> unlockAs(TempVault& vault, std::unique_ptr<VaultSession> session, Role role)
{
    session.reset();
    return vault.unlockAs(role);
}

QStringList names(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromLatin1(item);
    return result;
}

QStringList pageNames(const MainWindow& window)
{
    QStringList names;
    for (int index = 0; index < window.pageCount(); ++index)
        names << window.page(index)->objectName();
    return names;
}

bool messageShown(MessageLabel* label, MessageLabel::Kind kind)
{
    return !label->isHidden() && !label->text().isEmpty() && label->kind() == kind;
}

} // namespace

TEST_CASE("Each role sees only the sections its work needs", "[ui][roles]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    {
        MainWindow window(*session);
        CHECK(pageNames(window)
              == names({ "dashboardPage", "requestsPage", "supportersPage", "schedulePage", "groupsPage",
                         "statisticsPage", "auditPage", "settingsPage" }));
    }
    session = unlockAs(vault, std::move(session), Role::Coordinator);
    {
        MainWindow window(*session);
        CHECK(pageNames(window)
              == names({ "dashboardPage", "requestsPage", "supportersPage", "schedulePage", "groupsPage",
                         "statisticsPage" }));
    }
    session = unlockAs(vault, std::move(session), Role::Reporting);
    {
        MainWindow window(*session);
        CHECK(pageNames(window) == names({ "statisticsPage" }));
        CHECK(window.currentPage() == 0);
    }
}

TEST_CASE("The dashboard lists what waits and opens a request from its line", "[ui][dashboard]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    auto id = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    MainWindow window(*session);
    window.resize(1100, 700);
    window.show();
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(window.pageIndex(QStringLiteral("dashboardPage"))));
    REQUIRE(dashboard != nullptr);
    window.setCurrentPage(window.pageIndex(QStringLiteral("dashboardPage")));

    QListView* list = dashboard->list(QStringLiteral("newRequestsList"));
    REQUIRE(list != nullptr);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(list->model()->rowCount() == 1);
    const QString line = list->model()->index(0, 0).data().toString();
    CHECK(line.contains(QStringLiteral("R-%1").arg(*id)));
    CHECK_FALSE(line.contains(QStringLiteral("Robin"))); // the sample requester's name
    CHECK(child<QWidget>(dashboard, QStringLiteral("newRequestsBox"))->property("title").toString().contains(u"(1)"));

    list->setCurrentIndex(list->model()->index(0, 0));
    Q_EMIT list->activated(list->model()->index(0, 0));
    CHECK(window.currentPage() == window.pageIndex(QStringLiteral("requestsPage")));
}

TEST_CASE("Empty lists say what they would hold and how to fill them, and step aside once they have rows",
          "[ui][dashboard][empty]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.resize(1100, 700);
    window.show();
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(window.pageIndex(QStringLiteral("dashboardPage"))));
    REQUIRE(dashboard != nullptr);
    window.setCurrentPage(window.pageIndex(QStringLiteral("dashboardPage")));
    auto* newRequests = child<QLabel>(dashboard, QStringLiteral("newRequestsListEmpty"));
    CHECK(newRequests->isVisible());
    CHECK(newRequests->text().contains(QStringLiteral("New request")));
    CHECK(child<QLabel>(dashboard, QStringLiteral("contactOverdueListEmpty"))->text().contains(u"overdue"));

    // Every table of the pages says something when empty, and says what to do.
    QWidget* requests = window.page(window.pageIndex(QStringLiteral("requestsPage")));
    window.setCurrentPage(window.pageIndex(QStringLiteral("requestsPage")));
    auto* noRequest = child<QLabel>(requests, QStringLiteral("requestsTableEmpty"));
    CHECK(noRequest->isVisible());
    CHECK(noRequest->text().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    CHECK_FALSE(noRequest->accessibleName().isEmpty());
    QWidget* supporters = window.page(window.pageIndex(QStringLiteral("supportersPage")));
    window.setCurrentPage(window.pageIndex(QStringLiteral("supportersPage")));
    CHECK(child<QLabel>(supporters, QStringLiteral("supporterTableEmpty"))->text().contains(u"Import supporters"));

    // A request recorded: the lists show it and the empty texts step aside.
    REQUIRE(RequestService(*session).intake(sampleRequest(vault.clock().nowUtc())));
    Q_EMIT window.page(window.pageIndex(QStringLiteral("supportersPage")))->vaultChanged(); // as another page would
    window.setCurrentPage(window.pageIndex(QStringLiteral("requestsPage")));
    REQUIRE(QTest::qWaitFor([&] { return !noRequest->isVisible(); }, 2000));
    window.setCurrentPage(window.pageIndex(QStringLiteral("dashboardPage")));
    REQUIRE(QTest::qWaitFor([&] { return !newRequests->isVisible(); }, 2000));
}

TEST_CASE("The dashboard shows a proposal unanswered for three days and a match that needs a new supporter",
          "[ui][dashboard]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    auto supporter = SupporterService(*session).add(
        peerdesk::test::sampleSupporter(QStringLiteral("Dr Supporter"), QStringLiteral("supporter@example.org")));
    REQUIRE(supporter);
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i) {
        auto id = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc()));
        REQUIRE(id);
        REQUIRE(RequestService(*session).triage(*id, {}));
        REQUIRE(MatchingService(*session).assign(*id, *supporter));
        ids << *id;
    }
    REQUIRE(MatchingService(*session).accept(ids.at(1)));
    vault.clock().advanceDays(3);
    REQUIRE(SupporterService(*session).setStatus(*supporter, QStringLiteral("retired"), true));
    MainWindow window(*session);
    window.show();
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(window.pageIndex(QStringLiteral("dashboardPage"))));
    REQUIRE(dashboard != nullptr);
    window.setCurrentPage(window.pageIndex(QStringLiteral("dashboardPage")));

    QListView* unanswered = dashboard->list(QStringLiteral("proposalsUnansweredList"));
    REQUIRE(unanswered != nullptr);
    REQUIRE(unanswered->model()->rowCount() == 1);
    const QString line = unanswered->model()->index(0, 0).data().toString();
    CHECK(line.contains(QStringLiteral("R-%1").arg(ids.at(0))));
    CHECK(line.contains(QStringLiteral("proposed 3 day")));
    QListView* needing = dashboard->list(QStringLiteral("needsNewSupporterList"));
    REQUIRE(needing != nullptr);
    CHECK(needing->model()->rowCount() == 2);
    CHECK(child<QWidget>(dashboard, QStringLiteral("needsNewSupporterBox"))
              ->property("title")
              .toString()
              .contains(u"(2)"));
    Q_EMIT needing->activated(needing->model()->index(1, 0));
    CHECK(window.currentPage() == window.pageIndex(QStringLiteral("requestsPage")));
}

TEST_CASE("The audit page filters the log lazily and verifies the vault off the GUI thread", "[ui][audit]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto id = RequestService(*session).intake(sampleRequest(vault.clock().nowUtc()));
        REQUIRE(id);
        ids.append(*id);
    }
    REQUIRE(RequestService(*session).view(ids.at(1))); // someone was shown the second requester's identity
    MainWindow window(*session);
    window.show();
    const int index = window.pageIndex(QStringLiteral("auditPage"));
    window.setCurrentPage(index);
    auto* page = qobject_cast<AuditPage*>(window.page(index));
    REQUIRE(page != nullptr);
    AuditTableModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto all = AuditViewer(*session).count({});
    REQUIRE(all);
    CHECK(model->rowCount() == *all);
    // Newest first: the view, then the last request received.
    CHECK(model->index(0, AuditTableModel::Action).data().toString() == QLatin1String("identity.viewed"));
    CHECK(model->index(1, AuditTableModel::Action).data().toString() == QLatin1String("request.received"));

    auto* action = child<QLineEdit>(page, QStringLiteral("auditAction"));
    action->setText(QStringLiteral("request."));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 5000));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, AuditTableModel::Action).data().toString().startsWith(u"request."));

    // Who was shown a given request's identity: its reference and the action.
    action->setText(QStringLiteral("identity.viewed"));
    auto* request = child<QLineEdit>(page, QStringLiteral("auditRequest"));
    QTest::keyClicks(request, QStringLiteral("R-%1").arg(ids.at(1)));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 5000));
    CHECK(model->index(0, AuditTableModel::Actor).data().toString() == QLatin1String(TempVault::Login));
    request->setText(QStringLiteral("R-%1").arg(ids.at(0)));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 0; }, 5000));
    request->clear();
    action->setText(QStringLiteral("request."));
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 5000));

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("verifyButton")), Qt::LeftButton);
    auto* message = child<MessageLabel>(page, QStringLiteral("verifyMessage"));
    REQUIRE(QTest::qWaitFor([&] { return messageShown(message, MessageLabel::Kind::Success); }, 30000));
    CHECK(child<QPushButton>(page, QStringLiteral("verifyButton"))->isEnabled());
}

namespace {

// The Settings page, shown in the window.
SettingsPage* showSettings(MainWindow& window)
{
    const int index = window.pageIndex(QStringLiteral("settingsPage"));
    window.setCurrentPage(index);
    auto* page = qobject_cast<SettingsPage*>(window.page(index));
    REQUIRE(page != nullptr);
    return page;
}

} // namespace

TEST_CASE("Settings check each value as it is typed and save only valid changes, audited", "[ui][settings]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.show();
    SettingsPage* page = showSettings(window);
    auto* save = child<QPushButton>(page, QStringLiteral("saveSettingsButton"));
    CHECK_FALSE(save->isEnabled());

    // Every setting core defines has an editor.
    for (const SettingDefinition& definition : ProgramSettings::definitions())
        CHECK(page->editor(definition.key) != nullptr);

    auto* closures = qobject_cast<QPlainTextEdit*>(page->editor(QStringLiteral("closure_days")));
    REQUIRE(closures != nullptr);
    closures->setPlainText(QStringLiteral("2026-12-24\nnot a date"));
    auto* closureMessage = child<MessageLabel>(page, QStringLiteral("settingMessage_closure_days"));
    CHECK(messageShown(closureMessage, MessageLabel::Kind::Error));
    CHECK_FALSE(save->isEnabled());

    closures->setPlainText(QStringLiteral("2026-12-24\n2026-12-31"));
    CHECK(closureMessage->isHidden());
    auto* retention = qobject_cast<QSpinBox*>(page->editor(QStringLiteral("retention_days")));
    REQUIRE(retention != nullptr);
    retention->setValue(14);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    ProgramSettings settings(session->database());
    CHECK(settings.value(QStringLiteral("closure_days")).value() == QLatin1String("2026-12-24; 2026-12-31"));
    CHECK(settings.integer(QStringLiteral("retention_days")).value() == 14);
    CHECK(messageShown(child<MessageLabel>(page, QStringLiteral("saveSettingsMessage")), MessageLabel::Kind::Success));
    CHECK_FALSE(save->isEnabled());
    AuditFilter changes;
    changes.actionPrefix = QStringLiteral("setting.");
    CHECK(AuditViewer(*session).count(changes).value() == 2);
}

TEST_CASE("Saved settings are undone and redone from the Edit menu, and the same setting saved again is one step",
          "[ui][settings][undo]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.show();
    SettingsPage* page = showSettings(window);
    QUndoStack& stack = *window.undoStack();
    auto* save = child<QPushButton>(page, QStringLiteral("saveSettingsButton"));
    auto* message = child<MessageLabel>(page, QStringLiteral("saveSettingsMessage"));
    auto* retention = qobject_cast<QSpinBox*>(page->editor(QStringLiteral("retention_days")));
    auto* name = qobject_cast<QLineEdit*>(page->editor(QStringLiteral("program_name")));
    REQUIRE(retention != nullptr);
    REQUIRE(name != nullptr);
    ProgramSettings settings(session->database());
    const auto storedRetention = [&] { return settings.integer(QStringLiteral("retention_days")).value(); };
    const int original = storedRetention();
    AuditFilter changes;
    changes.actionPrefix = QStringLiteral("setting.");

    retention->setValue(14);
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(storedRetention() == 14);
    REQUIRE(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("change of setting retention_days"));

    // Undo stores the value from before through the same audited call and shows it; what is being typed in
    // another setting stays, still to be saved.
    name->setText(QStringLiteral("Coast program"));
    stack.undo();
    CHECK(storedRetention() == original);
    CHECK(retention->value() == original);
    CHECK(name->text() == QStringLiteral("Coast program"));
    CHECK(save->isEnabled());
    CHECK_FALSE(messageShown(message, MessageLabel::Kind::Error));
    stack.redo();
    CHECK(storedRetention() == 14);
    CHECK(retention->value() == 14);
    CHECK(AuditViewer(*session).count(changes).value() == 3);

    // The same setting saved again merges: one step, whose undo goes back to the value before the first.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("revertSettingsButton")), Qt::LeftButton);
    CHECK(name->text() != QStringLiteral("Coast program"));
    retention->setValue(20);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(stack.count() == 1);
    stack.undo();
    CHECK(storedRetention() == original);
    CHECK(retention->value() == original);
    CHECK_FALSE(save->isEnabled());
    stack.redo();
    CHECK(storedRetention() == 20);

    // Saved back to where it started: nothing is left to undo.
    retention->setValue(original);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(storedRetention() == original);
    CHECK(stack.count() == 0);

    // Another setting is a step of its own.
    auto* target = qobject_cast<QSpinBox*>(page->editor(QStringLiteral("contact_target_days")));
    REQUIRE(target != nullptr);
    target->setValue(target->value() + 1);
    QTest::mouseClick(save, Qt::LeftButton);
    retention->setValue(14);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(stack.count() == 2);
    stack.undo();
    stack.undo();
    CHECK(storedRetention() == original);
    CHECK(target->value() == settings.integer(QStringLiteral("contact_target_days")).value());
    CHECK_FALSE(messageShown(message, MessageLabel::Kind::Error));
}

TEST_CASE("The Settings page empties every list setting, and shows it empty again after reopening", "[ui][settings]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    {
        MainWindow window(*session);
        window.show();
        SettingsPage* page = showSettings(window);
        // Lists with defaults (affinity groups, resources, crisis resources, excluded career stages) and the ones
        // without (closure days, regions, required courses) given a value first, so each one's emptying is a change.
        REQUIRE(changeSetting(*session, QStringLiteral("closure_days"), QStringLiteral("2026-12-24")));
        REQUIRE(changeSetting(*session, QStringLiteral("scope_regions"), QStringLiteral("North")));
        REQUIRE(changeSetting(*session, QStringLiteral("required_courses"), QStringLiteral("Peer support basics")));
        page->reload();
        for (const SettingDefinition& definition : ProgramSettings::definitions()) {
            if (definition.type != SettingDefinition::Type::List
                && definition.type != SettingDefinition::Type::DateList)
                continue;
            INFO(definition.key.toStdString());
            if (auto* lines = qobject_cast<QPlainTextEdit*>(page->editor(definition.key))) {
                CHECK_FALSE(lines->toPlainText().isEmpty());
                lines->clear();
                continue;
            }
            const QList<QCheckBox*> boxes = page->editor(definition.key)->findChildren<QCheckBox*>();
            REQUIRE_FALSE(boxes.isEmpty());
            for (QCheckBox* box : boxes)
                box->setChecked(false);
        }
        auto* save = child<QPushButton>(page, QStringLiteral("saveSettingsButton"));
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(messageShown(child<MessageLabel>(page, QStringLiteral("saveSettingsMessage")),
                           MessageLabel::Kind::Success));
        CHECK_FALSE(save->isEnabled());
    }
    ProgramSettings settings(session->database());
    MainWindow again(*session);
    again.show();
    SettingsPage* page = showSettings(again);
    for (const SettingDefinition& definition : ProgramSettings::definitions()) {
        if (definition.type != SettingDefinition::Type::List && definition.type != SettingDefinition::Type::DateList)
            continue;
        INFO(definition.key.toStdString());
        CHECK(settings.list(definition.key).value().isEmpty());
        if (auto* lines = qobject_cast<QPlainTextEdit*>(page->editor(definition.key)))
            CHECK(lines->toPlainText().isEmpty());
        for (QCheckBox* box : page->editor(definition.key)->findChildren<QCheckBox*>())
            CHECK_FALSE(box->isChecked());
    }
}

TEST_CASE("Purge preview and purge run off the GUI thread and report counts", "[ui][settings][purge]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    RequestService requests(*session);
    auto id = requests.intake(sampleRequest(vault.clock().nowUtc().addDays(-60)));
    REQUIRE(id);
    REQUIRE(requests.close(*id, CloseOutcome::Withdrawn, {}, vault.clock().nowUtc().addDays(-45)));
    MainWindow window(*session);
    window.show();
    const int index = window.pageIndex(QStringLiteral("settingsPage"));
    window.setCurrentPage(index);
    Page* page = window.page(index);
    auto* message = child<MessageLabel>(page, QStringLiteral("purgeMessage"));

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("purgePreviewButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return messageShown(message, MessageLabel::Kind::Success); }, 30000));
    CHECK(message->text().contains(u'1'));
    CHECK(requests.get(*id).value().identity.name == QLatin1String("Robin Tremblay"));

    message->clearMessage();
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("purgeButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return messageShown(message, MessageLabel::Kind::Success); }, 30000));
    CHECK(requests.get(*id).value().identity.isEmpty());
}

TEST_CASE("Settings name the automatic backups' folder and back up now off the GUI thread", "[ui][settings][backup]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.show();
    SettingsPage* page = showSettings(window);
    auto* save = child<QPushButton>(page, QStringLiteral("saveSettingsButton"));
    auto* folderEdit = child<QLineEdit>(page, QStringLiteral("folder_backup_folder"));
    CHECK(folderEdit->text().isEmpty());
    CHECK(child<QPushButton>(page, QStringLiteral("choose_backup_folder"))->isEnabled());

    // Only a full path is accepted.
    folderEdit->setText(QStringLiteral("backups"));
    CHECK(messageShown(child<MessageLabel>(page, QStringLiteral("settingMessage_backup_folder")),
                       MessageLabel::Kind::Error));
    CHECK_FALSE(save->isEnabled());
    const QString folder = vault.root() + QStringLiteral("/backups");
    folderEdit->setText(QDir::toNativeSeparators(folder));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(ProgramSettings(session->database()).value(QStringLiteral("backup_folder")).value() == folder);
    CHECK(backup::automaticBackupsOn(*session));

    auto* message = child<MessageLabel>(page, QStringLiteral("backupMessage"));
    page->backUpNow(folder);
    REQUIRE(QTest::qWaitFor([&] { return messageShown(message, MessageLabel::Kind::Success); }, 30000));
    const QStringList made = QDir(folder).entryList({ QStringLiteral("*.pdbackup") }, QDir::Files);
    REQUIRE(made.size() == 1);
    CHECK(message->text().contains(made.first()));
    CHECK(backup::inspect(QDir(folder).filePath(made.first())));

    // A folder that cannot be made is reported where the work was asked for.
    QFile blocker(vault.root() + QStringLiteral("/file"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    page->backUpNow(blocker.fileName() + QStringLiteral("/inside"));
    REQUIRE(QTest::qWaitFor([&] { return messageShown(message, MessageLabel::Kind::Error); }, 30000));
}

TEST_CASE("The Settings page's accounts add, deactivate, reactivate and remove staff off the GUI thread",
          "[ui][settings][accounts]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.show();
    SettingsPage* page = showSettings(window);
    auto* accounts = child<AccountsSection>(page, QStringLiteral("accountsSection"));
    auto* message = child<MessageLabel>(accounts, QStringLiteral("accountsMessage"));
    QAbstractItemModelTester tester(accounts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(accounts->model()->rowCount() == 1);
    // One's own account cannot be ended from here.
    auto* table = child<QTableView>(accounts, QStringLiteral("accountsTable"));
    table->setCurrentIndex(accounts->model()->index(0, 0));
    CHECK_FALSE(child<QPushButton>(accounts, QStringLiteral("deactivateAccountButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(accounts, QStringLiteral("removeAccountButton"))->isEnabled());

    const auto waitForMessage = [&](const char* fragment) {
        REQUIRE(QTest::qWaitFor([&] { return message->text().contains(QLatin1String(fragment)); }, 30000));
    };
    accounts->add(
        std::make_shared<NewUser>(NewUser{ QStringLiteral("casey"), QStringLiteral("Casey C"), Role::Coordinator,
                                           TempVault::secret(QStringLiteral("amber meadow ferry 17 softly")) }));
    waitForMessage("added");
    REQUIRE(accounts->model()->rowCount() == 2);
    CHECK(accounts->model()->index(1, UserTableModel::Status).data().toString().contains(QStringLiteral("Initial")));
    table->setCurrentIndex(accounts->model()->index(1, 0));
    CHECK(child<QPushButton>(accounts, QStringLiteral("deactivateAccountButton"))->isEnabled());

    accounts->deactivate(QStringLiteral("casey"));
    waitForMessage("deactivated");
    CHECK(accounts->model()->index(1, UserTableModel::Status).data().toString() == QLatin1String("Deactivated"));
    accounts->reactivate(
        QStringLiteral("casey"),
        std::make_shared<NewUser>(
            NewUser{ {}, {}, Role::Coordinator, TempVault::secret(QStringLiteral("silver birch rowing 64 calmly")) }));
    waitForMessage("reactivated");
    QSignalSpy rotation(&window, &MainWindow::keyRotationRequested);
    accounts->remove(QStringLiteral("casey"), false);
    waitForMessage("removed");
    CHECK(accounts->model()->index(1, UserTableModel::Status).data().toString() == QLatin1String("Removed"));
    CHECK(rotation.isEmpty());
    // Removing and changing the key: the removal first, then the window asks for the rotation.
    accounts->add(
        std::make_shared<NewUser>(NewUser{ QStringLiteral("robin"), QString(), Role::Reporting,
                                           TempVault::secret(QStringLiteral("willow canyon marble 23 briskly")) }));
    waitForMessage("added");
    accounts->remove(QStringLiteral("robin"), true);
    REQUIRE(QTest::qWaitFor([&] { return rotation.size() == 1; }, 30000));
    CHECK(message->text().contains(QLatin1String("removed")));
    // A new recovery key, shown once; the old one stops working.
    accounts->regenerateRecoveryKey();
    REQUIRE(QTest::qWaitFor([&] { return accounts->findChild<RecoveryKeyDialog*>() != nullptr; }, 30000));
    const QString fresh
        = child<QLabel>(accounts->findChild<RecoveryKeyDialog*>(), QStringLiteral("recoveryKey"))->text();
    CHECK_FALSE(vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), vault.recoveryKey()));
    CHECK(vault::unwrapWithRecoveryKey(vault.directory(), QStringLiteral("admin"), fresh));
    accounts->findChild<RecoveryKeyDialog*>()->close();

    // A refusal is shown where the work was asked for.
    accounts->deactivate(QStringLiteral("nobody"));
    REQUIRE(QTest::qWaitFor([&] { return message->kind() == MessageLabel::Kind::Error; }, 30000));
}

TEST_CASE("The account dialog checks login, name and initial passphrase as they are typed", "[ui][accounts]")
{
    prepareApplication();
    AccountDialog dialog(QString{});
    dialog.show();
    auto* ok = child<QPushButton>(&dialog, QStringLiteral("accountOkButton"));
    const auto type = [&](const char* name, const QString& text) {
        auto* edit = child<QLineEdit>(&dialog, QLatin1String(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    CHECK_FALSE(ok->isEnabled());
    type("accountLogin", QStringLiteral("no spaces"));
    type("newPassphrase", QStringLiteral("amber meadow ferry 17 softly"));
    type("confirmPassphrase", QStringLiteral("amber meadow ferry 17 softly"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(child<MessageLabel>(&dialog, QStringLiteral("accountMessage"))->kind() == MessageLabel::Kind::Error);
    type("accountLogin", QStringLiteral("casey"));
    CHECK(ok->isEnabled());
    // A passphrase built on the login is too weak for this person.
    type("newPassphrase", QStringLiteral("casey2026"));
    type("confirmPassphrase", QStringLiteral("casey2026"));
    CHECK_FALSE(ok->isEnabled());
    type("newPassphrase", QStringLiteral("amber meadow ferry 17 softly"));
    type("confirmPassphrase", QStringLiteral("amber meadow ferry 17 softly"));
    REQUIRE(ok->isEnabled());
    auto account = dialog.takeAccount();
    REQUIRE(account);
    CHECK(account->login == QLatin1String("casey"));
    CHECK(account->role == Role::Coordinator);
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("newPassphrase"))->text().isEmpty());
}

TEST_CASE("Help opens the user guide offline and lists the keyboard shortcuts", "[ui][help]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.show();
    QDialog* guide = window.showUserGuide();
    REQUIRE(guide != nullptr);
    auto* text = child<QTextBrowser>(guide, QStringLiteral("userGuideText"));
    CHECK(text->toPlainText().contains(QStringLiteral("Using the PeerDesk window")));
    CHECK(text->toPlainText().contains(QStringLiteral("Dashboard")));
    // The pictures come from the program too, not from the network or the disk.
    const QVariant picture
        = text->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/dashboard.png")));
    CHECK(picture.isValid());
    CHECK(guide->actions().contains(window.lockAction()));

    QDialog* keys = window.showShortcuts();
    auto* table = child<QTableWidget>(keys, QStringLiteral("shortcutsTable"));
    CHECK(table->rowCount() >= 8);
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row)
        shown << table->item(row, 0)->text();
    CHECK(shown.contains(window.lockAction()->shortcut().toString(QKeySequence::NativeText)));
}

TEST_CASE("A new program's Dashboard shows the first steps until each is done", "[ui][dashboard]")
{
    prepareApplication();
    TempVault vault;
    auto session = vault.unlock();
    MainWindow window(*session);
    window.show();
    window.setCurrentPage(window.pageIndex(QStringLiteral("dashboardPage")));
    auto* dashboard = window.page(window.pageIndex(QStringLiteral("dashboardPage")));
    auto* box = child<QWidget>(dashboard, QStringLiteral("firstStepsBox"));
    CHECK(box->isVisible());
    CHECK_FALSE(child<QLabel>(dashboard, QStringLiteral("settingsStep"))->text().contains(QStringLiteral("Done")));
    QTest::mouseClick(child<QPushButton>(dashboard, QStringLiteral("supportersStepButton")), Qt::LeftButton);
    CHECK(window.currentPage() == window.pageIndex(QStringLiteral("supportersPage")));

    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::ProgramName), QStringLiteral("Coast program")));
    REQUIRE(SupporterService(*session).add(
        peerdesk::test::sampleSupporter(QStringLiteral("Dr Supporter"), QStringLiteral("supporter@example.org"))));
    window.setCurrentPage(window.pageIndex(QStringLiteral("dashboardPage")));
    dashboard->reload();
    CHECK(box->isVisible());
    CHECK(child<QLabel>(dashboard, QStringLiteral("settingsStep"))->text().contains(QStringLiteral("Done")));
    CHECK(child<QLabel>(dashboard, QStringLiteral("supportersStep"))->text().contains(QStringLiteral("Done")));
    REQUIRE(RequestService(*session).intake(sampleRequest(vault.clock().nowUtc())));
    dashboard->reload();
    CHECK_FALSE(box->isVisible());
}

TEST_CASE("The recovery key can be printed on one page", "[ui][recovery]")
{
    prepareApplication();
    TempVault vault;
    const QString key = QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789");
    RecoveryKeyDialog dialog(key);
    auto* print = child<QPushButton>(&dialog, QStringLiteral("printButton"));
    CHECK_FALSE(print->accessibleName().isEmpty());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = vault.root() + QStringLiteral("/recovery-key.pdf");
    printer.setOutputFileName(path);
    dialog.printTo(printer);
    const QByteArray text = peerdesk::test::pdfText(path);
    CHECK(text.contains("PeerDesk recovery key"));
    CHECK(text.contains("ABCD-EFGH-JKLM"));
}
