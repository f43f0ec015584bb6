// The Supporters page: roster models under QAbstractItemModelTester, the editor's validation as the user types,
// undo and redo of edits and status changes, the coordinator's read-only view and the CSV import preview.

#include "CatchCompat.h"
#include "ControlNames.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "UiTestSupport.h"
#include "core/domain/Role.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/dialogs/SupporterEditorDialog.h"
#include "ui/dialogs/SupporterImportDialog.h"
#include "ui/models/DebriefTableModel.h"
#include "ui/models/ImportIssueModel.h"
#include "ui/models/ImportPreviewModel.h"
#include "ui/models/SupporterFilterModel.h"
#include "ui/models/SupporterTableModel.h"
#include "ui/models/TrainingTableModel.h"
#include "ui/pages/Page.h"
#include "ui/pages/SupportersPage.h"
#include "ui/widgets/AvailabilityEditor.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace peerdesk;
using peerdesk::test::child;
using peerdesk::test::requireNamedControls;
using peerdesk::test::retype;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;
using peerdesk::test::waitFor;

namespace {

// A page as MainWindow builds it, without the window around it.
struct PageHarness
{
    explicit PageHarness(VaultSession& session) : context{ session, undoStack, &lockAction }, page(context)
    {
        page.reload();
    }

    QUndoStack undoStack;
    QAction lockAction;
    PageContext context;
    SupportersPage page;
};

std::unique_ptr<VaultSession> unlockAs(TempVault& vault, std::unique_ptr<VaultSession> session, Role role)
{
    session.reset();
    return vault.unlockAs(role);
}

qint64 addSupporter(VaultSession& session, const Supporter& supporter)
{
    auto id = SupporterService(session).add(supporter);
    if (!id)
        FAIL("adding a supporter was refused: " << id.error().message.toStdString());
    return *id;
}

Supporter stored(VaultSession& session, qint64 id)
{
    auto supporter = SupporterService(session).get(id);
    REQUIRE(supporter);
    return *supporter;
}

int rosterSize(VaultSession& session)
{
    auto roster = SupporterService(session).list();
    REQUIRE(roster);
    return int(roster->size());
}

bool shownError(QObject* parent, const char* name)
{
    auto* label = child<MessageLabel>(parent, name);
    return !label->isHidden() && !label->text().isEmpty() && label->kind() == MessageLabel::Kind::Error;
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("Roster models pass the model tester with data, filtering and sorting", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDate today = session->clock().todayLocal();
    Supporter soon = sampleSupporter(QStringLiteral("Ana Soon"), QStringLiteral("ana@example.org"));
    soon.training = { { 0, QStringLiteral("Foundations"), true, today.addYears(-1), today.addDays(10) } };
    Supporter expired = sampleSupporter(QStringLiteral("Ben Expired"), QStringLiteral("ben@example.org"));
    expired.training = { { 0, QStringLiteral("Foundations"), true, today.addYears(-2), today.addDays(-3) } };
    expired.status = QStringLiteral("in_training");
    Supporter later = sampleSupporter(QStringLiteral("Cleo Later"), QStringLiteral("cleo@example.org"));
    later.training = { { 0, QStringLiteral("Foundations"), true, today.addMonths(-1), today.addYears(1) } };
    later.region = QStringLiteral("Sudbury");
    for (const Supporter& supporter : { soon, expired, later })
        addSupporter(*session, supporter);
    REQUIRE(SupporterService(*session).addDebrief(
        addSupporter(*session, sampleSupporter(QStringLiteral("Dev Debriefed"), QStringLiteral("dev@example.org"))),
        { 0, QStringLiteral("debrief"), today.addDays(-2) }));

    SupporterTableModel model;
    SupporterFilterModel filter;
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto roster = SupporterService(*session).list();
    auto loads = SupporterService(*session).loads();
    REQUIRE(roster);
    REQUIRE(loads);
    model.setSupporters(*roster, *loads, today);
    REQUIRE(model.rowCount() == 4);

    const auto dueText = [&](const QString& name) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.supporterAt(row)->name == name)
                return model.index(row, SupporterTableModel::TrainingDue);
        }
        FAIL("no row for " << name.toStdString());
        return QModelIndex();
    };
    CHECK(dueText(QStringLiteral("Ana Soon")).data().toString().contains(QLatin1String("due soon")));
    CHECK(dueText(QStringLiteral("Ben Expired")).data().toString().contains(QLatin1String("expired")));
    CHECK(dueText(QStringLiteral("Ben Expired")).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(dueText(QStringLiteral("Cleo Later")).data(Qt::ForegroundRole).isValid());
    CHECK(dueText(QStringLiteral("Dev Debriefed")).siblingAtColumn(SupporterTableModel::LastDebrief).data().toString()
          != QString());

    filter.setText(QStringLiteral("sudbury"));
    CHECK(filter.rowCount() == 1);
    filter.setText({});
    filter.setStatus(QStringLiteral("in_training"));
    CHECK(filter.rowCount() == 1);
    filter.setStatus({});
    filter.sort(SupporterTableModel::TrainingDue, Qt::AscendingOrder);
    CHECK(filter.index(0, SupporterTableModel::Name).data().toString() == QLatin1String("Ben Expired"));
    filter.sort(SupporterTableModel::Name, Qt::DescendingOrder);
    CHECK(filter.index(0, SupporterTableModel::Name).data().toString() == QLatin1String("Dev Debriefed"));
    model.setSupporters({}, {}, today);
    CHECK(filter.rowCount() == 0);

    TrainingTableModel training;
    QAbstractItemModelTester trainingTester(&training, QAbstractItemModelTester::FailureReportingMode::Fatal);
    training.setRecords(expired.training, today);
    CHECK(training.index(0, TrainingTableModel::RefresherDue).data().toString().contains(QLatin1String("expired")));
    DebriefTableModel debriefs;
    QAbstractItemModelTester debriefTester(&debriefs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    debriefs.setRecords({ { 1, QStringLiteral("debrief"), today }, { 2, QStringLiteral("supervision"), today } });
    CHECK(debriefs.rowCount() == 2);
    ImportPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    preview.setSupporters({ soon, later });
    CHECK(preview.rowCount() == 2);
    ImportIssueModel issues;
    QAbstractItemModelTester issueTester(&issues, QAbstractItemModelTester::FailureReportingMode::Fatal);
    issues.setIssues({ { 2, QStringLiteral("Line 2: bad") } }, { { 1, QStringLiteral("unknown column") } });
    CHECK(issues.rowCount() == 2);
}

TEST_CASE("The supporter editor checks the profile as the user types", "[roster]")
{
    const Supporter supporter = sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org"));
    auto* dialog = new SupporterEditorDialog(supporter, {}, false, nullptr, nullptr);
    dialog->show();
    auto* ok = child<QPushButton>(dialog, "editorOkButton");
    CHECK(ok->isEnabled());
    CHECK(dialog->supporter().languages == supporter.languages);
    CHECK(dialog->supporter().modalities == supporter.modalities);
    CHECK(dialog->supporter().institutions == supporter.institutions);

    retype(child<QLineEdit>(dialog, "nameEdit"), QString());
    CHECK_FALSE(ok->isEnabled());
    CHECK(shownError(dialog, "editorMessage"));
    retype(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Ana Lima-Roy"));
    CHECK(ok->isEnabled());
    CHECK_FALSE(shownError(dialog, "editorMessage"));

    retype(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("not an address"));
    CHECK_FALSE(ok->isEnabled());
    retype(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ana.lima@example.org"));
    CHECK(ok->isEnabled());

    retype(child<QLineEdit>(dialog, "otherLanguagesEdit"), QStringLiteral("zz"));
    CHECK_FALSE(ok->isEnabled());
    retype(child<QLineEdit>(dialog, "otherLanguagesEdit"), QStringLiteral("de"));
    CHECK(ok->isEnabled());
    CHECK(dialog->supporter().languages.contains(QLatin1String("de")));

    auto* availability = child<AvailabilityEditor>(dialog, "availabilityEditor");
    QTest::mouseClick(child<QPushButton>(availability, "addWindowButton"), Qt::LeftButton);
    REQUIRE(availability->rowCount() == 1);
    child<QTimeEdit>(availability, "windowEnd1")->setTime(QTime(9, 0));
    child<QTimeEdit>(availability, "windowStart1")->setTime(QTime(10, 0));
    CHECK_FALSE(ok->isEnabled());
    CHECK(shownError(dialog, "editorMessage"));
    child<QTimeEdit>(availability, "windowEnd1")->setTime(QTime(0, 0)); // midnight at the end of the day
    CHECK(ok->isEnabled());
    CHECK(dialog->supporter().availability == QList<WeeklyWindow>{ { 1, 600, 1440 } });
    QTest::mouseClick(child<QPushButton>(availability, "windowRemove1"), Qt::LeftButton);
    CHECK(availability->rowCount() == 0);
    CHECK(dialog->supporter().availability.isEmpty());
    delete dialog;
}

TEST_CASE("The supporter editor offers the site in a program of several, and keeps the supporter's otherwise",
          "[roster][sites]")
{
    Supporter supporter = sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org"));
    supporter.siteId = 2;
    {
        SupporterEditorDialog one(supporter, {}, false, nullptr, nullptr);
        one.setSites({ Site{ 1, QStringLiteral("main"), QStringLiteral("Main") } });
        CHECK(one.findChild<QComboBox*>(QStringLiteral("siteCombo")) == nullptr);
        CHECK(one.supporter().siteId == 2);
    }
    SupporterEditorDialog dialog(supporter, {}, false, nullptr, nullptr);
    dialog.setSites({ Site{ 1, QStringLiteral("main"), QStringLiteral("Main") },
                      Site{ 2, QStringLiteral("north"), QStringLiteral("North clinic") } });
    auto* site = child<QComboBox>(&dialog, "siteCombo");
    CHECK(site->currentText() == QStringLiteral("North clinic"));
    CHECK_FALSE(site->accessibleName().isEmpty());
    site->setCurrentIndex(site->findData(qint64(1)));
    CHECK(dialog.supporter().siteId == 1);
}

TEST_CASE("Editing a supporter can be undone and redone from the Edit menu", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));
    REQUIRE(harness.page.selectedId() == id);

    SupporterEditorDialog* dialog = harness.page.editSupporter();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->windowTitle().contains(QLatin1String("Ana")));
    retype(child<QLineEdit>(dialog, "specialtyEdit"), QStringLiteral("Psychiatry"));
    retype(child<QLineEdit>(dialog, "regionEdit"), QStringLiteral("Kingston"));
    QTest::mouseClick(child<QPushButton>(dialog, "editorOkButton"), Qt::LeftButton);
    CHECK(stored(*session, id).specialty == QLatin1String("Psychiatry"));
    REQUIRE(harness.undoStack.count() == 1);

    harness.undoStack.undo();
    CHECK(stored(*session, id).specialty == QLatin1String("Family medicine"));
    CHECK(stored(*session, id).region == QLatin1String("Ottawa"));
    CHECK(harness.page.selectedId() == id);
    harness.undoStack.redo();
    CHECK(stored(*session, id).specialty == QLatin1String("Psychiatry"));
    CHECK(stored(*session, id).region == QLatin1String("Kingston"));
    CHECK_FALSE(shownError(&harness.page, "supportersMessage"));
    QApplication::processEvents();
}

TEST_CASE("A colleague's change to the supporter being edited is kept: the form shows it, and OK applies both",
          "[roster][versions]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));
    SupporterEditorDialog* dialog = harness.page.editSupporter();
    REQUIRE(dialog);
    retype(child<QLineEdit>(dialog, "regionEdit"), QStringLiteral("Kingston"));

    // A colleague changes the specialty meanwhile (as SQL would; on a server, from their own window).
    REQUIRE(session->database().exec(QStringLiteral("UPDATE supporters SET specialty = 'Psychiatry' WHERE id = ?"),
                                     { id }));
    auto* ok = child<QPushButton>(dialog, "editorOkButton");
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(stored(*session, id).region == QLatin1String("Ottawa")); // nothing of hers written yet
    auto* message = child<MessageLabel>(dialog, "editorMessage");
    CHECK(message->text().startsWith(QStringLiteral("Changed by someone else — reloaded.")));
    CHECK(message->text().contains(QStringLiteral("specialty")));
    CHECK(child<QLineEdit>(dialog, "regionEdit")->text() == QStringLiteral("Kingston"));
    CHECK(child<QLineEdit>(dialog, "specialtyEdit")->text() == QStringLiteral("Psychiatry"));

    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(stored(*session, id).region == QLatin1String("Kingston"));
    CHECK(stored(*session, id).specialty == QLatin1String("Psychiatry")); // the colleague's change stands
    CHECK(harness.undoStack.count() == 1);
    QApplication::processEvents();
}

TEST_CASE("The supporter editor keeps what was typed when the service refuses", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    const qint64 ben
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ben Roy"), QStringLiteral("ben@example.org")));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Supporter, ben));
    QPointer<SupporterEditorDialog> dialog = harness.page.editSupporter();
    REQUIRE(dialog);
    retype(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("ana@example.org"));
    retype(child<QLineEdit>(dialog, "specialtyEdit"), QStringLiteral("Surgery"));
    dialog->submit();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(shownError(dialog, "editorMessage"));
    CHECK(child<QLineEdit>(dialog, "emailEdit")->text() == QLatin1String("ana@example.org"));
    CHECK(child<QLineEdit>(dialog, "specialtyEdit")->text() == QLatin1String("Surgery"));
    CHECK(stored(*session, ben).email == QLatin1String("ben@example.org"));
    CHECK(harness.undoStack.count() == 0);
    dialog->close();
}

TEST_CASE("Status changes and pauses can be undone", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));

    const QDate until = session->clock().todayLocal().addDays(20);
    FormDialog* pause = harness.page.pauseSupporter();
    REQUIRE(pause);
    child<QDateEdit>(pause, "pauseUntilEdit")->setDate(until);
    pause->submit();
    CHECK(stored(*session, id).pausedUntil == until);
    REQUIRE(harness.undoStack.count() == 1);
    harness.undoStack.undo();
    CHECK_FALSE(stored(*session, id).pausedUntil.isValid());
    harness.undoStack.redo();
    CHECK(stored(*session, id).pausedUntil == until);

    REQUIRE(harness.page.changeStatus(QStringLiteral("retired")));
    CHECK(stored(*session, id).status == QLatin1String("retired"));
    CHECK(stored(*session, id).retiredAt.isValid());
    harness.undoStack.undo();
    CHECK(stored(*session, id).status == QLatin1String("active"));
    CHECK(stored(*session, id).pausedUntil == until);
    CHECK_FALSE(stored(*session, id).retiredAt.isValid());
    harness.undoStack.redo();
    CHECK(stored(*session, id).status == QLatin1String("retired"));
    CHECK_FALSE(shownError(&harness.page, "supportersMessage"));

    // An undo the service refuses (the retired supporter's contact details were purged since) is reported on
    // the page and leaves the stack, without crashing.
    REQUIRE(session->database().exec(QStringLiteral("UPDATE supporters SET contact_purged_at = ? WHERE id = ?"),
                                     { QStringLiteral("2026-01-01T00:00:00.000Z"), id }));
    const int before = harness.undoStack.count();
    harness.undoStack.undo();
    CHECK(shownError(&harness.page, "supportersMessage"));
    CHECK(harness.undoStack.count() == before - 1);
    CHECK(stored(*session, id).status == QLatin1String("retired"));
    QApplication::processEvents();
}

TEST_CASE("Consecutive changes of one supporter's status are one undo step, a pause another", "[roster][undo]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    const qint64 ben
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ben Roy"), QStringLiteral("ben@example.org")));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));

    // The same field twice: the stack grows by one, and undo goes back to before the first change.
    REQUIRE(harness.page.changeStatus(QStringLiteral("in_training")));
    REQUIRE(harness.undoStack.count() == 1);
    CHECK(harness.undoStack.undoText() == QStringLiteral("status change of supporter #%1").arg(id));
    REQUIRE(harness.page.changeStatus(QStringLiteral("nominated")));
    CHECK(harness.undoStack.count() == 1);
    harness.undoStack.undo();
    CHECK(stored(*session, id).status == QLatin1String("active"));
    CHECK(harness.page.selectedId() == id);
    harness.undoStack.redo();
    CHECK(stored(*session, id).status == QLatin1String("nominated"));
    // Back where it started: nothing is left to undo.
    REQUIRE(harness.page.changeStatus(QStringLiteral("active")));
    CHECK(stored(*session, id).status == QLatin1String("active"));
    CHECK(harness.undoStack.count() == 0);

    // A pause moved to another date is one step too; a status change after it is another.
    const QDate today = session->clock().todayLocal();
    for (const int days : { 10, 20 }) {
        FormDialog* pause = harness.page.pauseSupporter();
        REQUIRE(pause);
        child<QDateEdit>(pause, "pauseUntilEdit")->setDate(today.addDays(days));
        pause->submit();
    }
    CHECK(stored(*session, id).pausedUntil == today.addDays(20));
    CHECK(harness.undoStack.count() == 1);
    REQUIRE(harness.page.changeStatus(QStringLiteral("retired")));
    CHECK(harness.undoStack.count() == 2);
    harness.undoStack.undo();
    CHECK(stored(*session, id).status == QLatin1String("active"));
    CHECK(stored(*session, id).pausedUntil == today.addDays(20));
    harness.undoStack.undo();
    CHECK_FALSE(stored(*session, id).pausedUntil.isValid());
    harness.undoStack.redo();

    // Another supporter's status is a step of its own.
    REQUIRE(harness.page.showItem(ItemKind::Supporter, ben));
    REQUIRE(harness.page.changeStatus(QStringLiteral("in_training")));
    CHECK(harness.undoStack.count() == 2);
    CHECK(harness.undoStack.undoText() == QStringLiteral("status change of supporter #%1").arg(ben));

    // Each save of the editor is a step of its own, named by number.
    for (const char* specialty : { "Psychiatry", "Pediatrics" }) {
        SupporterEditorDialog* dialog = harness.page.editSupporter();
        REQUIRE(dialog);
        retype(child<QLineEdit>(dialog, "specialtyEdit"), QLatin1String(specialty));
        QTest::mouseClick(child<QPushButton>(dialog, "editorOkButton"), Qt::LeftButton);
    }
    CHECK(harness.undoStack.count() == 4);
    CHECK(harness.undoStack.undoText() == QStringLiteral("edit of supporter #%1").arg(ben));
    harness.undoStack.undo();
    CHECK(stored(*session, ben).specialty == QLatin1String("Psychiatry"));
    CHECK_FALSE(shownError(&harness.page, "supportersMessage"));
    QApplication::processEvents();
}

TEST_CASE("Coordinators see the roster without edit, status or import buttons", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    session = unlockAs(vault, std::move(session), Role::Coordinator);
    PageHarness harness(*session);
    CHECK(harness.page.model()->rowCount() == 1);
    for (const char* name : { "newSupporterButton", "editSupporterButton", "statusButton", "addTrainingButton",
                              "importSupportersButton" }) {
        INFO(name);
        CHECK(harness.page.findChild<QWidget*>(QLatin1String(name)) == nullptr);
    }
    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));
    CHECK(harness.page.editSupporter() == nullptr);
    CHECK(harness.page.newSupporter() == nullptr);
    CHECK(harness.page.importSupporters() == nullptr);
    CHECK_FALSE(harness.page.changeStatus(QStringLiteral("retired")));
    CHECK(stored(*session, id).status == QLatin1String("active"));
}

TEST_CASE("The import preview lists every row problem and writes nothing, then a clean file imports", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    PageHarness harness(*session);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString bad = writeFile(dir, "bad.csv",
                                  "name,email,specialty,career_stage,languages,modalities,status,shoe_size\n"
                                  "Carla Mendes,carla@example.org,Pediatrics,mid_career,en,video,active,8\n"
                                  "Dora Secret,dora-at-example,Surgery,mid_career,en,video,active,9\n"
                                  "Eli Doe,ana@example.org,Surgery,astronaut,en,video,active,10\n");
    SupporterImportDialog* dialog = harness.page.importSupporters();
    REQUIRE(dialog);
    dialog->readFile(bad);
    REQUIRE(QTest::qWaitFor([dialog] { return !dialog->isReading() && dialog->issueModel()->rowCount() > 0; }, 10000));
    CHECK(dialog->issueModel()->errorCount() >= 3);
    CHECK(dialog->issueModel()->warningCount() == 1); // shoe_size
    CHECK_FALSE(dialog->canImport());
    CHECK_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    for (int row = 0; row < dialog->issueModel()->rowCount(); ++row) {
        const QString message = dialog->issueModel()->index(row, ImportIssueModel::Message).data().toString();
        CHECK_FALSE(message.contains(QLatin1String("dora-at-example")));
        CHECK_FALSE(message.contains(QLatin1String("astronaut")));
        CHECK_FALSE(message.contains(QLatin1String("Dora")));
    }
    dialog->importRows();
    CHECK(rosterSize(*session) == 1);

    const QString clean = writeFile(dir, "clean.csv",
                                    "name,email,specialty,career_stage,languages,modalities,status\n"
                                    "Carla Mendes,carla@example.org,Pediatrics,mid_career,en,video,active\n"
                                    "Dora Ng,dora@example.org,Surgery,early_career,fr; en,phone,active\n"
                                    "Eli Doe,eli@example.org,Surgery,late_career,en,,nominated\n");
    dialog->readFile(clean);
    REQUIRE(QTest::qWaitFor([dialog] { return dialog->canImport(); }, 10000));
    CHECK(dialog->previewModel()->rowCount() == 3);
    CHECK(dialog->issueModel()->rowCount() == 0);
    CHECK(child<QPushButton>(dialog, "importButton")->isEnabled());
    QPointer<SupporterImportDialog> guard(dialog);
    dialog->importRows();
    // The rows go in on a worker thread's connection; the dialog closes when they are committed.
    REQUIRE(QTest::qWaitFor([&guard] { return !guard || !guard->isVisible(); }, 30000));
    CHECK(rosterSize(*session) == 4);
    CHECK(harness.page.model()->rowCount() == 4);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(guard);
}

TEST_CASE("In a program of several sites, the import asks for the site and puts every supporter there",
          "[roster][sites]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto north = SiteService(*session).add(QStringLiteral("north"), QStringLiteral("North clinic"));
    REQUIRE(north);
    PageHarness harness(*session);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString clean = writeFile(dir, "clean.csv",
                                    "name,email,specialty,career_stage,languages,modalities,status\n"
                                    "Carla Mendes,carla@example.org,Pediatrics,mid_career,en,video,active\n"
                                    "Dora Ng,dora@example.org,Surgery,early_career,fr; en,phone,active\n");
    SupporterImportDialog* dialog = harness.page.importSupporters();
    REQUIRE(dialog);
    auto* site = child<QComboBox>(dialog, "importSite");
    CHECK(site->accessibleName() == QStringLiteral("Site"));
    REQUIRE(site->count() == 3); // "Choose the site", then each site
    dialog->readFile(clean);
    REQUIRE(QTest::qWaitFor([dialog] { return dialog->canImport(); }, 10000));
    // Without a site: a clear refusal, nothing written, the dialog stays.
    dialog->importRows();
    CHECK(child<MessageLabel>(dialog, "importMessage")->text().contains(QStringLiteral("Choose the site")));
    CHECK(rosterSize(*session) == 0);
    site->setCurrentIndex(site->findData(*north));
    QPointer<SupporterImportDialog> guard(dialog);
    dialog->importRows();
    REQUIRE(QTest::qWaitFor([&guard] { return !guard || !guard->isVisible(); }, 30000));
    auto roster = SupporterService(*session).list();
    REQUIRE(roster);
    REQUIRE(roster->size() == 2);
    for (const Supporter& supporter : std::as_const(*roster))
        CHECK(supporter.siteId == *north);
}

TEST_CASE("The service refuses supporters at a site that does not exist, and writes none", "[roster][sites]")
{
    TempVault vault;
    auto session = vault.unlock();
    Supporter lost = sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org"));
    lost.siteId = 42;
    auto added = SupporterService(*session).addAll(
        { sampleSupporter(QStringLiteral("Carla Mendes"), QStringLiteral("carla@example.org")), lost });
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::InvalidInput);
    CHECK(rosterSize(*session) == 0);
}

// Not run by default: how long the page's one read takes for the largest roster the issue plans for.
TEST_CASE("Listing a roster of 10000 supporters", "[.roster-bench]")
{
    TempVault vault;
    auto session = vault.unlock();
    QList<Supporter> roster;
    for (int i = 0; i < 10000; ++i) {
        Supporter supporter
            = sampleSupporter(QStringLiteral("Supporter %1").arg(i), QStringLiteral("s%1@example.org").arg(i));
        supporter.availability = { { 1 + i % 7, 18 * 60, 20 * 60 } };
        roster.append(supporter);
    }
    REQUIRE(SupporterService(*session).addAll(roster));
    QElapsedTimer timer;
    timer.start();
    auto listed = SupporterService(*session).list();
    const qint64 listMs = timer.restart();
    REQUIRE(listed);
    SupporterTableModel model;
    model.setSupporters(*listed, *SupporterService(*session).loads(), session->clock().todayLocal());
    SupporterFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(SupporterTableModel::TrainingDue);
    const qint64 modelMs = timer.elapsed();
    WARN("list() of " << listed->size() << " supporters: " << listMs << " ms; model and sort: " << modelMs << " ms");
}

TEST_CASE("Roster controls are named and Ctrl+F reaches the filter", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    PageHarness harness(*session);
    harness.page.resize(1100, 700);
    harness.page.show();
    harness.page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&harness.page));
    requireNamedControls(&harness.page);

    child<QWidget>(&harness.page, "supporterTable")->setFocus();
    QTest::keyClick(&harness.page, Qt::Key_F, Qt::ControlModifier);
    CHECK(child<QLineEdit>(&harness.page, "supporterFilter")->hasFocus());

    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));
    for (QWidget* dialog : std::initializer_list<QWidget*>{
             harness.page.editSupporter(), harness.page.newSupporter(), harness.page.importSupporters(),
             harness.page.addTraining(), harness.page.addDebrief(), harness.page.pauseSupporter() }) {
        REQUIRE(dialog);
        requireNamedControls(dialog);
        dialog->close();
    }
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("Retiring or pausing a supporter with live matches names them by reference and asks first", "[roster]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id
        = addSupporter(*session, sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    auto request = RequestService(*session).intake(peerdesk::test::sampleRequest(vault.clock().nowUtc()));
    REQUIRE(request);
    REQUIRE(RequestService(*session).triage(*request, {}));
    REQUIRE(MatchingService(*session).assign(*request, id));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Supporter, id));

    // Retiring waits for the confirmation, which lists the match by reference.
    CHECK_FALSE(harness.page.changeStatus(QStringLiteral("retired")));
    CHECK(stored(*session, id).status == QLatin1String("active"));
    auto* confirm = child<FormDialog>(&harness.page, "confirmStatusDialog");
    const QString warning = child<QLabel>(confirm, "liveMatchesWarning")->text();
    CHECK(warning.contains(QStringLiteral("R-%1").arg(*request)));
    CHECK_FALSE(warning.contains(QStringLiteral("Robin")));
    confirm->submit();
    CHECK(stored(*session, id).status == QLatin1String("retired"));
    harness.undoStack.undo();
    CHECK(stored(*session, id).status == QLatin1String("active"));
    harness.undoStack.redo();
    CHECK(stored(*session, id).status == QLatin1String("retired"));
    harness.undoStack.undo();

    // The pause dialog is itself the confirmation.
    FormDialog* pause = harness.page.pauseSupporter();
    REQUIRE(pause);
    CHECK(child<QLabel>(pause, "liveMatchesWarning")->text().contains(QStringLiteral("R-%1").arg(*request)));
    pause->submit();
    CHECK(stored(*session, id).pausedUntil.isValid());
}
