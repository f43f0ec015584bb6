// The Requests page: the lazy requests model, intake validated as the user types, triage and its crisis
// resources, the actions each status allows, editing with undo and redo, and who sees a physician's identity.

#include "ui/pages/RequestsPage.h"

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "UiTestSupport.h"
#include "core/domain/Role.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/models/RequestTableModel.h"
#include "ui/pages/Page.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace peerdesk;
using peerdesk::test::child;
using peerdesk::test::confirmStep;
using peerdesk::test::retype;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;
using peerdesk::test::waitFor;

namespace {

bool shown(QObject* parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return !label->isHidden() && !label->text().isEmpty();
}

// A page with everything a main window would give it.
struct PageFixture
{
    explicit PageFixture(VaultSession& session) : context{ session, undoStack, nullptr }, page(context)
    {
        page.show();
        page.reload();
    }

    QUndoStack undoStack;
    PageContext context;
    RequestsPage page;
};

qint64 intake(VaultSession& session, const NewRequest& request)
{
    auto id = RequestService(session).intake(request);
    REQUIRE(id);
    return *id;
}

// Every control a screen reader announces has a name: its own, or a label's whose buddy it is.
void requireAccessibleNames(QWidget* root)
{
    const auto widgets = root->findChildren<QWidget*>();
    const auto labels = root->findChildren<QLabel*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QListWidget*>(widget) || qobject_cast<QComboBox*>(widget);
        if (!control || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const bool named = !widget->accessibleName().trimmed().isEmpty()
            || std::any_of(labels.cbegin(), labels.cend(), [widget](const QLabel* label) {
                   return label->buddy() == widget && !label->text().trimmed().isEmpty();
               });
        INFO(root->objectName().toStdString()
             << ": " << widget->metaObject()->className() << " '" << widget->objectName().toStdString() << "'");
        CHECK(named);
    }
}

std::unique_ptr<VaultSession> reopenAs(TempVault& vault, std::unique_ptr<VaultSession> session, Role role)
{
    session.reset();
    return vault.unlockAs(role);
}

} // namespace

TEST_CASE("The requests model passes the model tester through filters and sorting", "[requests][model]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    QList<NewRequest> requests;
    for (int i = 0; i < 450; ++i) {
        NewRequest r = sampleRequest(now, QStringLiteral("Person %1").arg(i), QStringLiteral("p%1@example.org").arg(i));
        r.receivedAt = now.addSecs(-600 - qint64(i) * 3000);
        r.channel = i % 3 ? QStringLiteral("phone") : QStringLiteral("email");
        requests.append(r);
    }
    REQUIRE(RequestService(*session).intakeAll(requests));

    RequestTableModel model(*session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({});
    REQUIRE(model.rowCount() == 450);
    // Every row, through more blocks than the cache keeps: still right, never the identity.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.data(model.index(row, RequestTableModel::Reference)).toString();
        CHECK(text.contains(QString::number(model.idAt(row))));
        CHECK_FALSE(
            model.data(model.index(row, RequestTableModel::Reasons)).toString().contains(QStringLiteral("Person")));
    }
    CHECK(model.data(model.index(0, RequestTableModel::Due)).toString().size() > 0);

    model.sort(RequestTableModel::Reference, Qt::AscendingOrder);
    CHECK(model.idAt(0) < model.idAt(1));
    CHECK(model.idAt(0) < model.idAt(449));
    model.sort(RequestTableModel::Age, Qt::AscendingOrder); // youngest first
    const qint64 youngest = model.idAt(0);
    model.sort(RequestTableModel::Received, Qt::DescendingOrder);
    CHECK(model.idAt(0) == youngest);
    model.sort(RequestTableModel::Reasons, Qt::AscendingOrder); // not sortable: nothing changes
    CHECK(model.sortColumn() == RequestTableModel::Received);

    RequestListQuery email;
    email.channel = QStringLiteral("email");
    model.setQuery(email);
    CHECK(model.rowCount() == 150);
    CHECK(model.sortColumn() == RequestTableModel::Received);
    model.sort(RequestTableModel::Status, Qt::DescendingOrder);
    CHECK(model.rowCount() == 150);
    RequestListQuery overdue;
    overdue.due = DueFilter::Overdue;
    model.setQuery(overdue);
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < 450);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, RequestTableModel::Due)).toString().contains(QStringLiteral("Overdue")));
}

TEST_CASE("Intake asks for the site only of someone who works several, and files the request there",
          "[requests][intake][sites]")
{
    TempVault vault;
    auto session = vault.unlock();
    {
        PageFixture fixture(*session);
        fixture.page.findChild<QAction*>(QStringLiteral("newRequestAction"))->trigger();
        auto* dialog = child<QDialog>(&fixture.page, "intakeDialog");
        CHECK(dialog->findChild<QComboBox*>(QStringLiteral("site")) == nullptr); // one site: nothing to choose
        dialog->reject();
    }
    auto north = SiteService(*session).add(QStringLiteral("north"), QStringLiteral("North clinic"));
    REQUIRE(north);
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    child<QAction>(&page, "newRequestAction")->trigger();
    auto* dialog = child<QDialog>(&page, "intakeDialog");
    requireAccessibleNames(dialog);
    auto* site = child<QComboBox>(dialog, "site");
    REQUIRE(site->count() == 3); // "Choose the site", then each site by name
    CHECK(site->currentData().toLongLong() == 0);
    CHECK(site->itemText(2) == QStringLiteral("North clinic"));
    retype(dialog, "name", QStringLiteral("Sam Okafor"));
    retype(dialog, "email", QStringLiteral("sam@example.org"));
    child<QCheckBox>(dialog, "reason_conflict")->setChecked(true);
    auto* save = child<QPushButton>(dialog, "saveButton");
    REQUIRE(save->isEnabled());
    // Saved without a site: the service's refusal shows, nothing is written, the dialog stays with what was typed.
    save->click();
    REQUIRE(QTest::qWaitFor([&] { return shown(dialog, "errorMessage"); }, 5000));
    CHECK(*RequestService(*session).count({}) == 0);
    CHECK(child<QLineEdit>(dialog, "name")->text() == QStringLiteral("Sam Okafor"));
    site->setCurrentIndex(site->findData(*north));
    save->click();
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<QDialog*>(QStringLiteral("intakeDialog")) == nullptr; }, 5000));
    auto stored = RequestService(*session).get(page.selectedRequestId());
    REQUIRE(stored);
    CHECK(stored->siteId == *north);
}

TEST_CASE("The list shows each request's site and filters by site, only in a program of several", "[requests][sites]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    intake(*session, sampleRequest(now, QStringLiteral("Ana Main"), QStringLiteral("ana@example.org")));
    {
        PageFixture fixture(*session);
        CHECK(child<QComboBox>(&fixture.page, "siteFilter")->isHidden());
        CHECK(child<QTableView>(&fixture.page, "requestsTable")->isColumnHidden(RequestTableModel::Site));
    }
    auto north = SiteService(*session).add(QStringLiteral("north"), QStringLiteral("North clinic"));
    REQUIRE(north);
    NewRequest atNorth = sampleRequest(now, QStringLiteral("Noor North"), QStringLiteral("noor@example.org"));
    atNorth.siteId = *north;
    const qint64 northRequest = intake(*session, atNorth);

    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    requireAccessibleNames(&page);
    auto* filter = child<QComboBox>(&page, "siteFilter");
    auto* table = child<QTableView>(&page, "requestsTable");
    CHECK_FALSE(filter->isHidden());
    REQUIRE(filter->count() == 3); // any site, then each site the administrator works: all of them
    CHECK_FALSE(table->isColumnHidden(RequestTableModel::Site));
    RequestTableModel* model = page.model();
    REQUIRE(model->rowCount() == 2);
    const int northRow = model->rowOf(northRequest);
    REQUIRE(northRow >= 0);
    CHECK(model->index(northRow, RequestTableModel::Site).data().toString() == QStringLiteral("North clinic"));
    CHECK(model->headerData(RequestTableModel::Site, Qt::Horizontal).toString() == QStringLiteral("Site"));
    CHECK_FALSE(model->isSortable(RequestTableModel::Site));

    filter->setCurrentIndex(filter->findData(*north));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->idAt(0) == northRequest);
    page.showItem(ItemKind::Request, northRequest);
    CHECK(child<QLabel>(&page, "detailCategories")->text().contains(QStringLiteral("Site: North clinic")));

    // A site added meanwhile is offered at the next reload, and the choice made is kept.
    auto south = SiteService(*session).add(QStringLiteral("south"), QStringLiteral("South clinic"));
    REQUIRE(south);
    page.reload();
    CHECK(filter->count() == 4);
    CHECK(filter->currentData().toLongLong() == *north);
    CHECK(model->rowCount() == 1);

    child<QPushButton>(&page, "clearFilters")->click();
    CHECK(filter->currentIndex() == 0);
    CHECK(model->rowCount() == 2);
}

TEST_CASE("Intake validates as the user types and selects the new request", "[requests][intake]")
{
    TempVault vault;
    auto session = vault.unlock();
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;

    CHECK(child<QAction>(&page, "newRequestAction")->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(child<QAction>(&page, "findRequestAction")->shortcut() == QKeySequence(QKeySequence::Find));
    child<QAction>(&page, "newRequestAction")->trigger();
    auto* dialog = child<QDialog>(&page, "intakeDialog");
    REQUIRE(dialog->isVisible());
    requireAccessibleNames(dialog);
    auto* save = child<QPushButton>(dialog, "saveButton");
    CHECK_FALSE(save->isEnabled());
    CHECK(shown(dialog, "identityMessage"));

    retype(dialog, "name", QStringLiteral("Sam Okafor"));
    CHECK_FALSE(save->isEnabled());
    retype(dialog, "email", QStringLiteral("sam@"));
    CHECK_FALSE(save->isEnabled());
    CHECK(shown(dialog, "identityMessage"));
    retype(dialog, "languages", QStringLiteral("en, zz-not-a-code"));
    CHECK(shown(dialog, "profileMessage"));
    retype(dialog, "languages", QStringLiteral("en, fr"));
    CHECK_FALSE(shown(dialog, "profileMessage"));
    retype(dialog, "email", QStringLiteral("sam@example.org"));
    CHECK_FALSE(shown(dialog, "identityMessage"));
    child<QCheckBox>(dialog, "reason_conflict")->setChecked(true);
    REQUIRE(save->isEnabled());
    // What was typed is never cleared by a check.
    CHECK(child<QLineEdit>(dialog, "name")->text() == QStringLiteral("Sam Okafor"));

    // Ctrl+S saves from any field, as Save does.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(child<QLineEdit>(dialog, "name"), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<QDialog*>(QStringLiteral("intakeDialog")) == nullptr; }, 5000));
    REQUIRE(page.selectedRequestId() != 0);
    auto stored = RequestService(*session).get(page.selectedRequestId());
    REQUIRE(stored);
    CHECK(stored->identity.name == QStringLiteral("Sam Okafor"));
    CHECK(stored->reasons == QStringList{ QStringLiteral("conflict") });
    CHECK(stored->profile.languages == QStringList{ QStringLiteral("en"), QStringLiteral("fr") });
    CHECK(page.model()->rowOf(stored->id) >= 0);
    CHECK(child<QLabel>(&page, "identityName")->text() == QStringLiteral("Sam Okafor"));
    // The details showed Sam's identity: recorded with the request's id and the viewer, never the name.
    {
        AuditFilter views;
        views.actionPrefix = QStringLiteral("identity.viewed");
        views.entityType = QStringLiteral("request");
        views.entityId = stored->id;
        auto rows = AuditRepository(session->database()).page(views, 0, 10);
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        CHECK(rows->at(0).actor == session->user().login);
    }

    // Finding by reference: as the window writes it (R-12), or with a "#".
    const qint64 other = intake(*session, sampleRequest(vault.clock().nowUtc()));
    page.reload();
    CHECK(page.model()->rowCount() == 2);
    for (const QString& reference : { QStringLiteral("R-%1").arg(other), QStringLiteral("#%1").arg(other) }) {
        REQUIRE(page.showItem(ItemKind::Request, stored->id));
        retype(&page, "requestSearch", reference);
        CHECK(child<QLineEdit>(&page, "requestSearch")->text() == reference);
        REQUIRE(page.model()->rowCount() == 1);
        CHECK(page.model()->idAt(0) == other);
        // Enter opens the request found.
        CHECK(page.selectedRequestId() != other);
        QTest::keyClick(child<QLineEdit>(&page, "requestSearch"), Qt::Key_Return);
        CHECK(page.selectedRequestId() == other);
        child<QPushButton>(&page, "clearFilters")->click();
        CHECK(page.model()->rowCount() == 2);
    }
}

TEST_CASE("Triage with immediate risk shows the crisis resources first", "[requests][triage]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::CrisisResources),
                          QStringLiteral("Crisis line 988; Emergency 911")));
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    REQUIRE(child<QPushButton>(&page, "triageButton")->isEnabled());
    page.openTriage();
    auto* dialog = child<QDialog>(&page, "triageDialog");
    auto* triage = child<QPushButton>(dialog, "triageButton");
    // The safety question has no default answer.
    CHECK_FALSE(child<QRadioButton>(dialog, "riskYes")->isChecked());
    CHECK_FALSE(child<QRadioButton>(dialog, "riskNo")->isChecked());
    CHECK_FALSE(triage->isEnabled());
    child<QRadioButton>(dialog, "riskYes")->setChecked(true);
    // "Yes" shows the crisis resources at once, and asks what was done before anything is recorded.
    auto* now = child<QLabel>(dialog, "crisisNow");
    CHECK(now->isVisibleTo(dialog));
    CHECK(now->text().contains(QStringLiteral("Crisis line 988")));
    auto* action = child<QComboBox>(dialog, "riskAction");
    CHECK(action->currentIndex() == -1);
    CHECK_FALSE(triage->isEnabled());
    action->setCurrentIndex(action->findData(QStringLiteral("emergency_services_called")));
    REQUIRE(triage->isEnabled());
    QTest::mouseClick(triage, Qt::LeftButton);
    CHECK(child<QLabel>(dialog, "triageResult")->text().contains(QStringLiteral("Escalate")));
    auto escalations = RequestService(*session).escalations(id);
    REQUIRE(escalations);
    REQUIRE(escalations->size() == 1);
    CHECK(escalations->constFirst().action == QLatin1String("emergency_services_called"));

    auto* crisis = child<QLabel>(dialog, "crisisResources");
    CHECK_FALSE(crisis->isHidden());
    CHECK(crisis->text().contains(QStringLiteral("Crisis line 988")));
    CHECK(crisis->text().contains(QStringLiteral("Emergency 911")));
    auto request = RequestService(*session).get(id);
    REQUIRE(request);
    CHECK(request->escalated);
    CHECK(request->status == RequestStatus::Triaged);
    CHECK(child<QPushButton>(&page, "findSupporterButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "triageButton")->isEnabled());
}

TEST_CASE("Only the actions the request's status allows are enabled", "[requests][actions]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    const qint64 fresh = intake(*session, sampleRequest(now));
    NewRequest referral = sampleRequest(now, QStringLiteral("Kim Lee"), QStringLiteral("kim@example.org"));
    referral.referralType = QStringLiteral("colleague");
    const qint64 awaiting = intake(*session, referral);
    const qint64 matched
        = intake(*session, sampleRequest(now, QStringLiteral("Ana Ruiz"), QStringLiteral("ana@example.org")));
    RequestService requests(*session);
    REQUIRE(requests.triage(matched, {}));
    auto supporter = SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Dr Supporter"), QStringLiteral("supporter@example.org")));
    REQUIRE(supporter);
    REQUIRE(MatchingService(*session).assign(matched, *supporter));
    const qint64 closed
        = intake(*session, sampleRequest(now, QStringLiteral("Lou Roy"), QStringLiteral("lou@example.org")));
    REQUIRE(requests.close(closed, CloseOutcome::Withdrawn));

    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    const std::pair<const char*, RequestEvent> buttons[] = {
        { "recordConsentButton", RequestEvent::RecordConsent },
        { "triageButton", RequestEvent::Triage },
        { "findSupporterButton", RequestEvent::AssignSupporter },
        { "supporterAcceptedButton", RequestEvent::SupporterAccepts },
        { "supporterDeclinedButton", RequestEvent::SupporterDeclines },
        { "firstContactButton", RequestEvent::RecordFirstContact },
        { "closeRequestButton", RequestEvent::Close },
    };
    for (const qint64 id : { fresh, awaiting, matched, closed }) {
        REQUIRE(page.showItem(ItemKind::Request, id));
        REQUIRE(page.selectedRequestId() == id);
        const RequestStatus status = requests.get(id)->status;
        const auto allowed = RequestLifecycle::allowedEvents(status);
        for (const auto& [name, event] : buttons) {
            INFO("request " << id << " button " << name);
            CHECK(child<QPushButton>(&page, name)->isEnabled() == allowed.contains(event));
        }
        CHECK(child<QAction>(&page, "endMatchAction")->isEnabled() == allowed.contains(RequestEvent::EndMatch));
        CHECK(child<QPushButton>(&page, "escalateButton")->isEnabled() == RequestLifecycle::isOpen(status));
        CHECK(child<QPushButton>(&page, "editRequestButton")->isEnabled() == RequestLifecycle::isOpen(status));
    }
    CHECK(child<QAction>(&page, "legalHoldAction")->isVisible());

    // The matched request: the supporter's answer moves it on, and the row and the selection stay.
    REQUIRE(page.showItem(ItemKind::Request, matched));
    QSignalSpy changed(&page, &Page::vaultChanged);
    QTest::mouseClick(child<QPushButton>(&page, "supporterAcceptedButton"), Qt::LeftButton);
    CHECK(changed.count() == 0); // asked first
    confirmStep(&page);
    CHECK(changed.count() == 1);
    CHECK(requests.get(matched)->status == RequestStatus::Accepted);
    CHECK(page.selectedRequestId() == matched);
    CHECK(child<QPushButton>(&page, "scheduleButton")->isEnabled());
    QSignalSpy schedule(&page, &RequestsPage::scheduleRequested);
    QTest::mouseClick(child<QPushButton>(&page, "scheduleButton"), Qt::LeftButton);
    REQUIRE(schedule.count() == 1);
    CHECK(schedule.at(0).at(0).toLongLong() == matched);
}

TEST_CASE("An edit can be undone and redone, and an undo after a status change fails gracefully", "[requests][edit]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));

    page.openEdit();
    auto* dialog = child<QDialog>(&page, "editRequestDialog");
    CHECK_FALSE(child<QWidget>(dialog, "receivedAt")->isEnabled());
    retype(dialog, "name", QStringLiteral("Robin T."));
    retype(dialog, "phone", QStringLiteral("613 555 0123"));
    auto* save = child<QPushButton>(dialog, "saveButton");
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    RequestService service(*session);
    CHECK(service.get(id)->identity.name == QStringLiteral("Robin T."));
    REQUIRE(fixture.undoStack.count() == 1);
    CHECK_FALSE(fixture.undoStack.undoText().contains(QStringLiteral("Robin")));
    CHECK(fixture.undoStack.undoText() == QStringLiteral("edit of request R-%1").arg(id));

    fixture.undoStack.undo();
    CHECK(service.get(id)->identity.name == QStringLiteral("Robin Tremblay"));
    CHECK(service.get(id)->identity.phone == QStringLiteral("(613) 555-0199"));
    CHECK(child<QLabel>(&page, "identityName")->text() == QStringLiteral("Robin Tremblay"));
    fixture.undoStack.redo();
    CHECK(service.get(id)->identity.name == QStringLiteral("Robin T."));
    CHECK(service.get(id)->identity.phone == QStringLiteral("613 555 0123"));
    CHECK(child<QLabel>(&page, "identityName")->text() == QStringLiteral("Robin T."));

    // Triaged since: the undo is refused with a message in the page, and the command leaves the stack.
    REQUIRE(service.triage(id, {}));
    fixture.undoStack.undo();
    CHECK(service.get(id)->identity.name == QStringLiteral("Robin T."));
    auto* message = child<MessageLabel>(&page, "pageMessage");
    CHECK_FALSE(message->isHidden());
    CHECK(message->kind() == MessageLabel::Kind::Error);
    CHECK(message->text().startsWith(QStringLiteral("This change could not be undone or redone: ")));
    CHECK(fixture.undoStack.count() == 0);
}

TEST_CASE("Someone else's change while the edit form is open is shown, what was typed is kept, and OK applies it over "
          "theirs",
          "[requests][edit][versions]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    page.openEdit();
    auto* dialog = child<QDialog>(&page, "editRequestDialog");
    retype(dialog, "phone", QStringLiteral("613 555 0123"));

    // A colleague raises the urgency meanwhile (on a program server, from their own window; here, as SQL would).
    REQUIRE(session->database().exec(QStringLiteral("UPDATE requests SET urgency = 'priority' WHERE id = ?"), { id }));
    auto* save = child<QPushButton>(dialog, "saveButton");
    QTest::mouseClick(save, Qt::LeftButton);
    RequestService service(*session);
    CHECK(service.get(id)->identity.phone == QStringLiteral("(613) 555-0199")); // nothing of hers written
    CHECK(fixture.undoStack.count() == 0);
    REQUIRE(dialog->isVisible());
    auto* message = child<MessageLabel>(dialog, "errorMessage");
    CHECK_FALSE(message->isHidden());
    CHECK(message->text().startsWith(QStringLiteral("Changed by someone else — reloaded.")));
    CHECK(message->text().contains(QStringLiteral("urgency")));
    CHECK_FALSE(message->text().contains(QStringLiteral("phone"))); // hers, not theirs
    // What she typed is kept; the field she left alone now shows the colleague's value.
    CHECK(child<QLineEdit>(dialog, "phone")->text() == QStringLiteral("613 555 0123"));
    CHECK(child<QComboBox>(dialog, "urgency")->currentData().toString() == QStringLiteral("priority"));

    // OK again applies her change over theirs: both stand.
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(service.get(id)->identity.phone == QStringLiteral("613 555 0123"));
    CHECK(service.get(id)->urgency == QStringLiteral("priority"));
    REQUIRE(fixture.undoStack.count() == 1);

    // Changed once more by someone else, the edit can no longer be undone: the undo says so and leaves the stack,
    // instead of putting back the phone over the newer record.
    REQUIRE(session->database().exec(QStringLiteral("UPDATE requests SET channel = 'email' WHERE id = ?"), { id }));
    fixture.undoStack.undo();
    CHECK(service.get(id)->identity.phone == QStringLiteral("613 555 0123"));
    auto* pageMessage = child<MessageLabel>(&page, "pageMessage");
    CHECK(pageMessage->text().contains(QStringLiteral("changed by someone else")));
    CHECK(fixture.undoStack.count() == 0);
}

TEST_CASE("Identity is shown to coordinators and never to reporting users", "[requests][identity]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));

    session = reopenAs(vault, std::move(session), Role::Coordinator);
    {
        PageFixture fixture(*session);
        REQUIRE(fixture.page.showItem(ItemKind::Request, id));
        CHECK_FALSE(child<QGroupBox>(&fixture.page, "identityBox")->isHidden());
        CHECK(child<QLabel>(&fixture.page, "identityEmail")->text() == QStringLiteral("robin.tremblay@example.org"));
        CHECK_FALSE(child<QAction>(&fixture.page, "legalHoldAction")->isVisible());
    }

    session = reopenAs(vault, std::move(session), Role::Reporting);
    {
        PageFixture fixture(*session);
        fixture.page.showItem(ItemKind::Request, id);
        CHECK(child<QGroupBox>(&fixture.page, "identityBox")->isHidden());
        CHECK(child<QLabel>(&fixture.page, "identityName")->text().isEmpty());
        CHECK_FALSE(child<QPushButton>(&fixture.page, "triageButton")->isEnabled());
        CHECK(fixture.page.model()->rowCount() == 0);
    }
}

TEST_CASE("Escalation shows the crisis resources before anything is recorded", "[requests][escalation]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(
        changeSetting(*session, QLatin1String(ProgramSettings::CrisisResources), QStringLiteral("Crisis line 988")));
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    requireAccessibleNames(&page);
    REQUIRE(page.showItem(ItemKind::Request, id));
    REQUIRE(child<QPushButton>(&page, "escalateButton")->isEnabled());
    page.openEscalation();
    auto* dialog = child<QDialog>(&page, "escalationDialog");
    requireAccessibleNames(dialog);
    CHECK(child<QLabel>(dialog, "crisisResources")->text().contains(QStringLiteral("Crisis line 988")));
    CHECK_FALSE(RequestService(*session).get(id)->escalated);
    auto* action = child<QComboBox>(dialog, "escalationAction");
    action->setCurrentIndex(action->findData(QStringLiteral("emergency_services_called")));
    QTest::mouseClick(child<QPushButton>(dialog, "recordButton"), Qt::LeftButton);
    CHECK(RequestService(*session).get(id)->escalated);
    auto records = RequestService(*session).escalations(id);
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    CHECK(records->constFirst().action == QStringLiteral("emergency_services_called"));
    CHECK(child<QLabel>(dialog, "crisisResources")->isVisibleTo(dialog));
    CHECK(child<QLabel>(&page, "detailEscalated")->text().size() > 0);
}

TEST_CASE("Triage out of scope names the rule and offers the configured resources", "[requests][triage]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(
        changeSetting(*session, QLatin1String(ProgramSettings::ScopeExcludedCareerStages), QStringLiteral("resident")));
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::Resources),
                          QStringLiteral("Resident wellness office; Employee assistance")));
    NewRequest resident = sampleRequest(vault.clock().nowUtc());
    resident.profile.careerStage = QStringLiteral("resident");
    const qint64 id = intake(*session, resident);
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    page.openTriage();
    auto* dialog = child<QDialog>(&page, "triageDialog");
    requireAccessibleNames(dialog);
    child<QRadioButton>(dialog, "riskNo")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "triageButton"), Qt::LeftButton);
    auto* scope = child<QLabel>(dialog, "scopeResult");
    CHECK_FALSE(scope->isHidden());
    CHECK(scope->text().contains(QStringLiteral("Resident wellness office")));
    CHECK(child<QLabel>(dialog, "crisisResources")->isHidden());
    CHECK(RequestService(*session).get(id)->status == RequestStatus::Closed);
    CHECK_FALSE(child<QPushButton>(&page, "closeRequestButton")->isEnabled());
}

TEST_CASE("Closing offers only the outcomes the status allows and the configured resources", "[requests][close]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::Resources), QStringLiteral("Family doctor")));
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    page.openClose();
    auto* dialog = child<QDialog>(&page, "closeRequestDialog");
    requireAccessibleNames(dialog);
    auto* outcome = child<QComboBox>(dialog, "closeOutcome");
    CHECK(outcome->findData(closeOutcomeKey(CloseOutcome::Completed)) < 0);
    CHECK_FALSE(child<QCheckBox>(dialog, "closeDifficult")->isEnabled());
    auto* resource = child<QComboBox>(dialog, "closeResource");
    // A referral given is recorded whatever the outcome.
    outcome->setCurrentIndex(outcome->findData(closeOutcomeKey(CloseOutcome::Withdrawn)));
    CHECK(resource->isEnabled());
    outcome->setCurrentIndex(outcome->findData(closeOutcomeKey(CloseOutcome::ReferredElsewhere)));
    REQUIRE(resource->isEnabled());
    resource->setCurrentIndex(resource->findData(QStringLiteral("Family doctor")));
    QTest::mouseClick(child<QPushButton>(dialog, "closeRequestButton"), Qt::LeftButton);
    auto closed = RequestService(*session).get(id);
    REQUIRE(closed);
    CHECK(closed->status == RequestStatus::Closed);
    CHECK(closed->outcome == CloseOutcome::ReferredElsewhere);
    CHECK(closed->referredResource == QStringLiteral("Family doctor"));
    auto referrals = RequestService(*session).referrals(id);
    REQUIRE(referrals);
    REQUIRE(referrals->size() == 1);
    CHECK(referrals->constFirst().resource == QStringLiteral("Family doctor"));
    CHECK(page.selectedRequestId() == id);
    CHECK_FALSE(child<QPushButton>(&page, "editRequestButton")->isEnabled());
}

TEST_CASE("Ending a match from the window asks for a reason and says what it cancels", "[requests][match-end]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    RequestService requests(*session);
    REQUIRE(requests.triage(id, {}));
    auto supporter = SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Dr Supporter"), QStringLiteral("supporter@example.org")));
    REQUIRE(supporter);
    REQUIRE(MatchingService(*session).assign(id, *supporter));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    auto* endMatch = child<QAction>(&page, "endMatchAction");
    CHECK_FALSE(endMatch->isEnabled()); // a proposal is declined instead
    CHECK_FALSE(endMatch->toolTip().isEmpty()); // and the menu says why
    REQUIRE(MatchingService(*session).accept(id));
    page.reload();
    REQUIRE(endMatch->isEnabled());

    endMatch->trigger();
    auto* dialog = child<QDialog>(&page, "endMatchDialog");
    requireAccessibleNames(dialog);
    CHECK_FALSE(dialog->windowTitle().contains(QStringLiteral("Robin")));
    auto* reason = child<QComboBox>(dialog, "endMatchReason");
    CHECK(reason->currentIndex() == -1); // counted in the statistics: never chosen by default
    CHECK(reason->count() == 4);
    auto* end = child<QPushButton>(dialog, "endMatchButton");
    CHECK_FALSE(end->isEnabled());
    reason->setCurrentIndex(reason->findData(QStringLiteral("poor_fit")));
    REQUIRE(end->isEnabled());
    QSignalSpy changed(&page, &Page::vaultChanged);
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK(requests.get(id)->status == RequestStatus::Triaged);
    CHECK(MatchingService(*session).matches(id)->constFirst().endReason == QLatin1String("poor_fit"));
    CHECK(child<QPushButton>(&page, "findSupporterButton")->isEnabled());
    CHECK(child<MessageLabel>(&page, "pageMessage")->text().contains(QStringLiteral("new supporter")));
    // The panel says who it was and why it ended, instead of "No supporter yet".
    const QString supporterLine = child<QLabel>(&page, "detailMatch")->text();
    CHECK(supporterLine.contains(QStringLiteral("Dr Supporter")));
    CHECK(supporterLine.contains(QStringLiteral("poor fit")));
    // The next action replaces the message rather than leaving it stale.
    REQUIRE(requests.close(id, CloseOutcome::Withdrawn));
    page.reload();
    CHECK(child<QLabel>(&page, "detailMatch")->text().contains(QStringLiteral("Dr Supporter")));
}

TEST_CASE("A referral is recorded from the window with the fitting resources first", "[requests][referrals]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::Resources),
                          QStringLiteral("BC only [region=BC]; Family physician; Ottawa wellness [region=Ottawa]")));
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc())); // region Ottawa
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    REQUIRE(child<QAction>(&page, "referAction")->isEnabled());
    child<QAction>(&page, "referAction")->trigger();
    auto* dialog = child<QDialog>(&page, "referralDialog");
    requireAccessibleNames(dialog);
    auto* resource = child<QComboBox>(dialog, "referralResource");
    REQUIRE(resource->count() == 3);
    CHECK(resource->itemData(0).toString() == QLatin1String("Ottawa wellness"));
    CHECK(resource->itemData(2).toString() == QLatin1String("BC only"));
    resource->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(dialog, "recordReferralButton"), Qt::LeftButton);
    auto referrals = RequestService(*session).referrals(id);
    REQUIRE(referrals);
    REQUIRE(referrals->size() == 1);
    CHECK(referrals->constFirst().resource == QLatin1String("Family physician"));
}

TEST_CASE("The next step is the first, default action, and a disabled action says when it applies", "[requests]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    const qint64 fresh = intake(*session, sampleRequest(now));
    NewRequest referral = sampleRequest(now, QStringLiteral("Kim Lau"), QStringLiteral("kim@example.org"));
    referral.referralType = QStringLiteral("colleague");
    const qint64 awaiting = intake(*session, referral);
    const qint64 closed
        = intake(*session, sampleRequest(now, QStringLiteral("Lou Roy"), QStringLiteral("lou@example.org")));
    REQUIRE(RequestService(*session).close(closed, CloseOutcome::Withdrawn));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    auto* next = child<QPushButton>(&page, "nextStepButton");
    auto* triage = child<QPushButton>(&page, "triageButton");

    REQUIRE(page.showItem(ItemKind::Request, awaiting));
    CHECK(next->text().contains(QStringLiteral("Record consent")));
    CHECK(next->isEnabled());
    CHECK(next->isDefault());
    CHECK_FALSE(triage->isEnabled());
    CHECK(triage->toolTip().contains(QStringLiteral("consent")));
    CHECK(triage->statusTip() == triage->toolTip());

    REQUIRE(page.showItem(ItemKind::Request, closed));
    CHECK(next->isHidden());
    CHECK(child<QPushButton>(&page, "closeRequestButton")->toolTip().contains(QStringLiteral("closed")));
    CHECK(child<QPushButton>(&page, "scheduleButton")->toolTip().contains(QStringLiteral("closed")));

    // The actions sit above the scrolled details, so they stay in sight.
    auto* actions = child<QWidget>(&page, "requestActions");
    CHECK(actions->isAncestorOf(triage));
    CHECK_FALSE(child<QWidget>(&page, "requestDetails")->isAncestorOf(triage));

    REQUIRE(page.showItem(ItemKind::Request, fresh));
    CHECK(next->text().contains(QStringLiteral("Triage")));
    CHECK(triage->toolTip().isEmpty());
    QTest::mouseClick(next, Qt::LeftButton);
    CHECK(child<QDialog>(&page, "triageDialog")->isVisible());
}

TEST_CASE("Closing a half-typed new request asks before discarding it", "[requests][intake]")
{
    TempVault vault;
    auto session = vault.unlock();
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;

    // Nothing typed: Escape closes at once.
    page.openIntake();
    auto* untouched = child<QDialog>(&page, "intakeDialog");
    untouched->reject();
    CHECK_FALSE(untouched->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    page.openIntake();
    auto* dialog = child<QDialog>(&page, "intakeDialog");
    retype(dialog, "name", QStringLiteral("Dr Half Typed"));
    dialog->reject(); // Escape
    CHECK(dialog->isVisible());
    auto* question = child<QMessageBox>(dialog, "discardConfirmation");
    CHECK(question->isVisible());
    QTest::mouseClick(child<QPushButton>(question, "keepEditingButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLineEdit>(dialog, "name")->text() == QLatin1String("Dr Half Typed"));

    dialog->reject();
    QTest::mouseClick(child<QPushButton>(child<QMessageBox>(dialog, "discardConfirmation"), "discardButton"),
                      Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    auto requests = RequestService(*session).list();
    REQUIRE(requests);
    CHECK(requests->isEmpty());
}

TEST_CASE("Declining for the supporter asks first, and Cancel changes nothing", "[requests][actions]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 id = intake(*session, sampleRequest(vault.clock().nowUtc()));
    REQUIRE(RequestService(*session).triage(id, {}));
    auto supporter = SupporterService(*session).add(
        sampleSupporter(QStringLiteral("Dr Supporter"), QStringLiteral("supporter@example.org")));
    REQUIRE(supporter);
    REQUIRE(MatchingService(*session).assign(id, *supporter));
    PageFixture fixture(*session);
    RequestsPage& page = fixture.page;
    REQUIRE(page.showItem(ItemKind::Request, id));
    QTest::keyClick(&page, Qt::Key_D, Qt::AltModifier); // the one keystroke of the report
    QTest::mouseClick(child<QPushButton>(&page, "supporterDeclinedButton"), Qt::LeftButton);
    QMessageBox* question = nullptr;
    for (QMessageBox* box : page.findChildren<QMessageBox*>(QStringLiteral("confirmStep"))) {
        if (box->isVisible())
            question = box;
    }
    REQUIRE(question != nullptr);
    CHECK(question->text().contains(QStringLiteral("not be suggested")));
    CHECK(question->defaultButton() == child<QPushButton>(question, "cancelStepButton"));
    QTest::mouseClick(child<QPushButton>(question, "cancelStepButton"), Qt::LeftButton);
    CHECK(RequestService(*session).get(id)->status == RequestStatus::Matched);
    QTest::mouseClick(child<QPushButton>(&page, "supporterDeclinedButton"), Qt::LeftButton);
    confirmStep(&page);
    CHECK(RequestService(*session).get(id)->status == RequestStatus::Triaged);
}

TEST_CASE("A half-typed new request survives a lock and is offered after unlock", "[requests][intake][drafts]")
{
    TempVault vault;
    auto session = vault.unlock();
    {
        MainWindow window(*session);
        window.show();
        const int index = window.pageIndex(QStringLiteral("requestsPage"));
        window.setCurrentPage(index);
        auto* requests = qobject_cast<RequestsPage*>(window.page(index));
        REQUIRE(requests != nullptr);
        requests->openIntake();
        auto* dialog = child<QDialog>(requests, "intakeDialog");
        retype(dialog, "name", QStringLiteral("Dr Kept Draft"));
        window.keepDrafts(); // what locking does before the window goes
    }
    CHECK(*RequestService(*session).hasDraft());
    MainWindow window(*session);
    window.show();
    QDialog* question = window.offerDraft();
    REQUIRE(question != nullptr);
    QTest::mouseClick(child<QPushButton>(question, "continueDraftButton"), Qt::LeftButton);
    auto* requests = window.page(window.pageIndex(QStringLiteral("requestsPage")));
    CHECK(window.currentPage() == window.pageIndex(QStringLiteral("requestsPage")));
    auto dialogs = requests->findChildren<QDialog*>(QStringLiteral("intakeDialog"));
    REQUIRE_FALSE(dialogs.isEmpty());
    CHECK(child<QLineEdit>(dialogs.last(), "name")->text() == QLatin1String("Dr Kept Draft"));
    CHECK_FALSE(*RequestService(*session).hasDraft());
    CHECK(window.offerDraft() == nullptr);
}
