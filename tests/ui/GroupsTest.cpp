// The Groups page: its models under QAbstractItemModelTester, a new group checked as it is typed, recording a
// session (attendance above the places is refused in place, values kept), scheduling ahead and registrations.

#include "CatchCompat.h"
#include "ControlNames.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "UiTestSupport.h"
#include "core/services/GroupMemberService.h"
#include "core/services/GroupService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/EscalationDialog.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/dialogs/GroupEditorDialog.h"
#include "ui/dialogs/OccurrenceRecordDialog.h"
#include "ui/models/GroupTableModel.h"
#include "ui/models/OccurrenceTableModel.h"
#include "ui/models/RegistrationTableModel.h"
#include "ui/pages/GroupsPage.h"
#include "ui/pages/Page.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QUndoStack>

using namespace peerdesk;
using peerdesk::test::child;
using peerdesk::test::requireNamedControls;
using peerdesk::test::retype;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;
using peerdesk::test::waitFor;

namespace {

struct PageHarness
{
    explicit PageHarness(VaultSession& session) : context{ session, undoStack, &lockAction }, page(context)
    {
        page.reload();
    }

    QUndoStack undoStack;
    QAction lockAction;
    PageContext context;
    GroupsPage page;
};

bool shownError(QObject* parent, const char* name)
{
    auto* label = child<MessageLabel>(parent, name);
    return !label->isHidden() && !label->text().isEmpty() && label->kind() == MessageLabel::Kind::Error;
}

qint64 addFacilitator(VaultSession& session)
{
    auto id
        = SupporterService(session).add(sampleSupporter(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.org")));
    REQUIRE(id);
    return *id;
}

// A weekly group of 4 places that started on the vault clock's day.
qint64 addGroup(VaultSession& session, qint64 facilitator,
                PeerGroup::Enrolment enrolment = PeerGroup::Enrolment::PerSession)
{
    PeerGroup group;
    group.enrolment = enrolment;
    group.name = QStringLiteral("Monday evening group");
    group.modality = QStringLiteral("video");
    group.recurrence = GroupRecurrence::weekly(session.clock().todayLocal().dayOfWeek());
    group.startMinute = 0;
    group.durationMinutes = 60;
    group.capacity = 4;
    group.firstDate = session.clock().todayLocal();
    group.facilitatorIds = { facilitator };
    auto id = GroupService(session).add(group);
    if (!id)
        FAIL("the group was refused: " << id.error().message.toStdString());
    return *id;
}

QList<GroupOccurrence> occurrencesOf(VaultSession& session, qint64 groupId)
{
    auto occurrences = GroupService(session).occurrences(groupId);
    REQUIRE(occurrences);
    return *occurrences;
}

} // namespace

TEST_CASE("Group models pass the model tester", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 facilitator = addFacilitator(*session);
    const qint64 groupId = addGroup(*session, facilitator);
    const QList<GroupOccurrence> occurrences = occurrencesOf(*session, groupId);
    REQUIRE(occurrences.size() > 2);

    GroupTableModel groups;
    QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto listed = GroupService(*session).list();
    REQUIRE(listed);
    groups.setGroups(*listed, { { facilitator, QStringLiteral("Ana Lima") } });
    CHECK(groups.rowCount() == 1);
    CHECK(groups.index(0, GroupTableModel::Facilitators).data().toString() == QLatin1String("Ana Lima"));
    CHECK(groups.index(0, GroupTableModel::Cadence).data().toString() == GroupRecurrence::weekly(1).describe());

    OccurrenceTableModel sessions;
    QAbstractItemModelTester sessionTester(&sessions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sessions.setOccurrences(occurrences, 4);
    CHECK(sessions.rowCount() == occurrences.size());
    CHECK(sessions.index(0, OccurrenceTableModel::Debrief).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    sessions.setOccurrences({}, 0);

    RegistrationTableModel registrations;
    QAbstractItemModelTester registrationTester(&registrations, QAbstractItemModelTester::FailureReportingMode::Fatal);
    GroupRegistration registration;
    registration.id = 1;
    registration.name = QStringLiteral("Dr Perpetua Vale");
    registration.contact = QStringLiteral("perpetua@example.org");
    registration.province = QStringLiteral("ON");
    registrations.setRegistrations({ registration });
    CHECK(registrations.rowCount() == 1);
    registrations.setRegistrations({});
}

TEST_CASE("A new group is checked as it is typed and added with its sessions", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    addFacilitator(*session);
    PageHarness harness(*session);
    QPointer<GroupEditorDialog> dialog = harness.page.newGroup();
    REQUIRE(dialog);
    auto* ok = child<QPushButton>(dialog, "groupEditorOkButton");
    CHECK_FALSE(ok->isEnabled()); // no name yet
    CHECK(shownError(dialog, "groupEditorMessage"));
    QTest::keyClicks(child<QLineEdit>(dialog, "groupNameEdit"), QStringLiteral("Thursday group"));
    CHECK(ok->isEnabled());
    auto* facilitators = child<QListView>(dialog, "groupFacilitatorsList");
    auto* model = qobject_cast<QStandardItemModel*>(facilitators->model());
    REQUIRE(model);
    REQUIRE(model->rowCount() == 1);
    model->item(0)->setCheckState(Qt::Checked);
    child<QSpinBox>(dialog, "groupMaxFacilitatorsSpin")->setValue(1);
    CHECK(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK_FALSE((dialog && dialog->isVisible()));
    REQUIRE(harness.page.groupModel()->rowCount() == 1);
    CHECK(harness.page.selectedGroupId() != 0);
    CHECK(harness.page.occurrenceModel()->rowCount() == GroupService::DefaultHorizonWeeks);
    QApplication::processEvents();
}

TEST_CASE("A new group in a program of several sites is filed at the site chosen", "[groups][sites]")
{
    TempVault vault;
    auto session = vault.unlock();
    auto north = SiteService(*session).add(QStringLiteral("north"), QStringLiteral("North clinic"));
    REQUIRE(north);
    PageHarness harness(*session);
    QPointer<GroupEditorDialog> dialog = harness.page.newGroup();
    REQUIRE(dialog);
    auto* site = child<QComboBox>(dialog, "groupSiteCombo");
    CHECK(site->currentData().toLongLong() == 0);
    QTest::keyClicks(child<QLineEdit>(dialog, "groupNameEdit"), QStringLiteral("Thursday group"));
    auto* ok = child<QPushButton>(dialog, "groupEditorOkButton");
    REQUIRE(ok->isEnabled());
    // Without a site the service refuses and the dialog stays, with what was typed.
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(shownError(dialog, "groupEditorMessage"));
    CHECK(harness.page.groupModel()->rowCount() == 0);
    site->setCurrentIndex(site->findData(*north));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK_FALSE((dialog && dialog->isVisible()));
    REQUIRE(harness.page.selectedGroupId() != 0);
    CHECK(GroupService(*session).get(harness.page.selectedGroupId())->siteId == *north);
    QApplication::processEvents();
}

TEST_CASE("The group editor sets the rhythms the source programs run", "[groups][recurrence]")
{
    TempVault vault;
    auto session = vault.unlock();
    addFacilitator(*session);
    PageHarness harness(*session);
    QPointer<GroupEditorDialog> dialog = harness.page.newGroup();
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "groupNameEdit"), QStringLiteral("BIPOC group"));
    auto* frequency = child<QComboBox>(dialog, "groupFrequencyCombo");
    auto* ok = child<QPushButton>(dialog, "groupEditorOkButton");
    // Weekly on Monday and Thursday, fortnightly, twelve sessions.
    child<QCheckBox>(dialog, "groupDay4")->setChecked(true);
    child<QSpinBox>(dialog, "groupIntervalSpin")->setValue(2);
    child<QCheckBox>(dialog, "groupHasSessions")->setChecked(true);
    child<QSpinBox>(dialog, "groupSessionsSpin")->setValue(12);
    GroupRecurrence expected = *GroupRecurrence::parseDays(QStringLiteral("mon,thu"));
    expected.intervalWeeks = 2;
    expected.sessions = 12;
    CHECK(dialog->group().recurrence == expected);
    // No day ticked: refused in words, OK disabled.
    child<QCheckBox>(dialog, "groupDay1")->setChecked(false);
    child<QCheckBox>(dialog, "groupDay4")->setChecked(false);
    CHECK_FALSE(ok->isEnabled());
    CHECK(shownError(dialog, "groupEditorMessage"));
    // Every day: the days and interval rows step aside.
    frequency->setCurrentIndex(frequency->findData(int(GroupRecurrence::Frequency::Daily)));
    CHECK(dialog->group().recurrence.frequency == GroupRecurrence::Frequency::Daily);
    CHECK(child<QSpinBox>(dialog, "groupIntervalSpin")->isHidden());
    CHECK(ok->isEnabled());
    // Monthly on the second Tuesday.
    frequency->setCurrentIndex(frequency->findData(int(GroupRecurrence::Frequency::Monthly)));
    auto* week = child<QComboBox>(dialog, "groupWeekOfMonthCombo");
    week->setCurrentIndex(week->findData(2));
    auto* weekday = child<QComboBox>(dialog, "groupWeekdayCombo");
    weekday->setCurrentIndex(weekday->findData(2));
    child<QCheckBox>(dialog, "groupHasSessions")->setChecked(false);
    child<QCheckBox>(dialog, "groupSkipHolidays")->setChecked(true);
    CHECK(dialog->group().recurrence == GroupRecurrence::monthly(2, 2));
    CHECK(dialog->group().skipHolidays);
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(harness.page.groupModel()->rowCount() == 1);
    CHECK(harness.page.groupModel()->index(0, GroupTableModel::Cadence).data().toString()
          == GroupRecurrence::monthly(2, 2).describe());
    const int sessions = harness.page.occurrenceModel()->rowCount();
    CHECK(sessions >= 2);
    CHECK(sessions <= 3); // second Tuesdays in the next 12 weeks
}

TEST_CASE("Recording attendance above the places shows an inline error and keeps the values", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    const qint64 first = occurrencesOf(*session, groupId).constFirst().id;
    vault.clock().advanceDays(8); // the first session is over
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::GroupOccurrence, first));
    REQUIRE(harness.page.selectedGroupId() == groupId);

    QPointer<OccurrenceRecordDialog> dialog = harness.page.recordOccurrence();
    REQUIRE(dialog);
    auto* status = child<QComboBox>(dialog, "occurrenceStatusCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("held")));
    auto* attendance = child<QSpinBox>(dialog, "attendanceSpin");
    REQUIRE(attendance->isEnabled());
    attendance->setValue(5);
    child<QSpinBox>(dialog, "feedbackPositiveSpin")->setValue(2);
    child<QCheckBox>(dialog, "debriefCheck")->setChecked(true);
    dialog->submit();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(shownError(dialog, "recordMessage"));
    CHECK(attendance->value() == 5);
    CHECK(child<QSpinBox>(dialog, "feedbackPositiveSpin")->value() == 2);
    CHECK_FALSE(GroupService(*session).occurrence(first)->attendance.has_value());

    attendance->setValue(3);
    dialog->submit();
    CHECK_FALSE((dialog && dialog->isVisible()));
    auto recorded = GroupService(*session).occurrence(first);
    REQUIRE(recorded);
    CHECK(recorded->status == QLatin1String("held"));
    CHECK(recorded->attendance == 3);
    CHECK(recorded->feedbackPositive == 2);
    CHECK(recorded->debriefHeld);
    const int row = harness.page.occurrenceModel()->rowOf(first);
    REQUIRE(row >= 0);
    CHECK(harness.page.occurrenceModel()->index(row, OccurrenceTableModel::Debrief).data(Qt::CheckStateRole).toInt()
          == Qt::Checked);
    QApplication::processEvents();
}

TEST_CASE("Sessions are scheduled ahead and participants registered, verified and sent the link", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    PageHarness harness(*session);
    harness.page.selectGroup(groupId);
    REQUIRE(harness.page.selectedGroupId() == groupId);

    FormDialog* schedule = harness.page.scheduleAhead();
    REQUIRE(schedule);
    child<QSpinBox>(schedule, "scheduleWeeksSpin")->setValue(20);
    schedule->submit();
    CHECK(harness.page.occurrenceModel()->rowCount() == 20);

    const qint64 next = occurrencesOf(*session, groupId).at(1).id;
    REQUIRE(harness.page.showItem(ItemKind::GroupOccurrence, next));
    FormDialog* registration = harness.page.registerParticipant();
    REQUIRE(registration);
    CHECK_FALSE(registration->windowTitle().contains(QLatin1String("Vale")));
    QTest::keyClicks(child<QLineEdit>(registration, "participantNameEdit"), QStringLiteral("Dr Perpetua Vale"));
    registration->submit(); // no contact yet
    CHECK(shownError(registration, "formMessage"));
    CHECK(child<QLineEdit>(registration, "participantNameEdit")->text() == QLatin1String("Dr Perpetua Vale"));
    QTest::keyClicks(child<QLineEdit>(registration, "participantContactEdit"), QStringLiteral("perpetua@example.org"));
    auto* province = child<QComboBox>(registration, "participantProvinceCombo");
    province->setCurrentIndex(province->findData(QStringLiteral("ON")));
    registration->submit();
    REQUIRE(harness.page.registrationModel()->rowCount() == 1);
    CHECK(harness.page.selectedOccurrenceId() == next);

    CHECK_FALSE(harness.page.verifyRegistration()); // nothing selected yet
    auto* view = child<QAbstractItemView>(&harness.page, "registrationTable");
    view->selectionModel()->setCurrentIndex(harness.page.registrationModel()->index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK_FALSE(child<QPushButton>(&harness.page, "linkSentButton")->isEnabled());
    REQUIRE(harness.page.verifyRegistration());
    CHECK(child<QPushButton>(&harness.page, "linkSentButton")->isEnabled());
    REQUIRE(harness.page.markLinkSent());
    auto stored = GroupService(*session).registrations(next);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->constFirst().verifiedAt.isValid());
    CHECK(stored->constFirst().linkSentAt.isValid());
    QApplication::processEvents();
}

TEST_CASE("A group of members shows its members, added once, verified once, sent the link and removed after asking",
          "[groups][members]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 dropIn = addGroup(*session, addFacilitator(*session));
    PeerGroup standing = *GroupService(*session).get(dropIn);
    standing.id = 0;
    standing.name = QStringLiteral("Daily virtual group");
    standing.enrolment = PeerGroup::Enrolment::Members;
    const qint64 groupId = *GroupService(*session).add(standing);
    PageHarness harness(*session);
    harness.page.show();
    auto* memberTable = child<QTableView>(&harness.page, "memberTable");
    auto* registrationTable = child<QTableView>(&harness.page, "registrationTable");
    REQUIRE(harness.page.showItem(ItemKind::Group, dropIn));
    CHECK(registrationTable->isVisible());
    CHECK_FALSE(memberTable->isVisible());
    REQUIRE(harness.page.showItem(ItemKind::Group, groupId));
    CHECK(memberTable->isVisible());
    CHECK_FALSE(registrationTable->isVisible());
    // Its sessions take no registration: they say so.
    CHECK(harness.page.occurrenceModel()->index(0, OccurrenceTableModel::Registrations).data().toString()
          == QStringLiteral("Members"));

    FormDialog* dialog = harness.page.addMember();
    REQUIRE(dialog);
    requireNamedControls(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "memberNameEdit"), QStringLiteral("Dr Perpetua Vale"));
    dialog->submit(); // no contact yet
    CHECK(shownError(dialog, "formMessage"));
    QTest::keyClicks(child<QLineEdit>(dialog, "memberContactEdit"), QStringLiteral("perpetua@example.org"));
    auto* province = child<QComboBox>(dialog, "memberProvinceCombo");
    province->setCurrentIndex(province->findData(QStringLiteral("ON")));
    dialog->submit();
    REQUIRE(harness.page.memberModel()->rowCount() == 1);
    CHECK(harness.page.selectedMemberId() != 0);
    CHECK(harness.page.groupModel()
              ->index(harness.page.groupModel()->rowOf(groupId), GroupTableModel::Enrolment)
              .data()
              .toString()
              .contains(QLatin1String("1")));

    auto* link = child<QPushButton>(&harness.page, "memberLinkSentButton");
    auto* verify = child<QPushButton>(&harness.page, "verifyMemberButton");
    CHECK_FALSE(link->isEnabled());
    CHECK_FALSE(link->toolTip().isEmpty());
    REQUIRE(harness.page.verifyMember());
    CHECK_FALSE(verify->isEnabled()); // once
    CHECK(verify->toolTip().contains(QStringLiteral("once")));
    REQUIRE(harness.page.markMemberLinkSent());
    auto stored = GroupMemberService(*session).members(groupId);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->constFirst().verifiedAt.isValid());
    CHECK(stored->constFirst().linkSentAt.isValid());

    QTest::mouseClick(child<QPushButton>(&harness.page, "removeMemberButton"), Qt::LeftButton);
    auto* question = harness.page.findChild<QMessageBox*>(QStringLiteral("confirmStep"));
    REQUIRE(question);
    CHECK_FALSE(question->text().contains(QStringLiteral("Vale")));
    QTest::mouseClick(child<QPushButton>(question, "confirmStepButton"), Qt::LeftButton);
    CHECK(harness.page.memberModel()->rowCount() == 0);
    CHECK(GroupMemberService(*session).members(groupId)->isEmpty());
    QApplication::processEvents();
}

TEST_CASE("A session that has started is escalated with the crisis resources shown, and past sessions are entered",
          "[groups][escalation]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    PeerGroup withResources = *GroupService(*session).get(groupId);
    withResources.resources = { QStringLiteral("Physician health program") };
    REQUIRE(GroupService(*session).edit(withResources));
    PageHarness harness(*session);
    harness.page.show();
    const QList<GroupOccurrence> sessions = occurrencesOf(*session, groupId);
    REQUIRE(harness.page.showItem(ItemKind::GroupOccurrence, sessions.at(1).id)); // next week: not started
    auto* escalate = child<QPushButton>(&harness.page, "escalateOccurrenceButton");
    CHECK_FALSE(escalate->isEnabled());
    CHECK_FALSE(escalate->toolTip().isEmpty());
    auto* resources = child<QLabel>(&harness.page, "groupResourcesLabel");
    CHECK(resources->isVisible());
    CHECK(resources->text().contains(QStringLiteral("Physician health program")));

    REQUIRE(harness.page.showItem(ItemKind::GroupOccurrence, sessions.at(0).id)); // today at midnight: started
    REQUIRE(escalate->isEnabled());
    QPointer<EscalationDialog> dialog = harness.page.escalateOccurrence();
    REQUIRE(dialog);
    requireNamedControls(dialog);
    CHECK(child<QLabel>(dialog, "crisisResources")->text().contains(QStringLiteral("988")));
    QTest::mouseClick(child<QPushButton>(dialog, "recordButton"), Qt::LeftButton);
    CHECK(GroupService(*session).occurrence(sessions.at(0).id)->escalations == 1);
    dialog->close();
    const int row = harness.page.occurrenceModel()->rowOf(sessions.at(0).id);
    CHECK(harness.page.occurrenceModel()
              ->index(row, OccurrenceTableModel::Status)
              .data()
              .toString()
              .contains(QStringLiteral("1 escalation")));

    FormDialog* schedule = harness.page.scheduleAhead();
    REQUIRE(schedule);
    auto* from = child<QDateEdit>(schedule, "scheduleFromEdit");
    CHECK_FALSE(from->isEnabled());
    child<QCheckBox>(schedule, "schedulePastBox")->setChecked(true);
    from->setDate(session->clock().todayLocal().addDays(-14));
    schedule->submit();
    // The group began today, so nothing before its first date is invented.
    CHECK(occurrencesOf(*session, groupId).constFirst().id == sessions.at(0).id);
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("Groups controls and dialogs are named", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    PageHarness harness(*session);
    harness.page.show();
    requireNamedControls(&harness.page);
    const qint64 next = occurrencesOf(*session, groupId).at(1).id;
    REQUIRE(harness.page.showItem(ItemKind::GroupOccurrence, next));
    for (QWidget* dialog :
         std::initializer_list<QWidget*>{ harness.page.newGroup(), harness.page.scheduleAhead(),
                                          harness.page.recordOccurrence(), harness.page.registerParticipant() }) {
        REQUIRE(dialog);
        requireNamedControls(dialog);
        dialog->close();
    }
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("A group is changed from the page and the change undone, ended after asking, and reopened", "[groups][edit]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Group, groupId));
    QPointer<GroupEditorDialog> dialog = harness.page.editGroup();
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "groupNameEdit")->text() == GroupService(*session).get(groupId)->name);
    child<QSpinBox>(dialog, "groupCapacitySpin")->setValue(9);
    child<QCheckBox>(dialog, "groupDay4")->setChecked(true); // Thursdays too
    QTest::mouseClick(child<QPushButton>(dialog, "groupEditorOkButton"), Qt::LeftButton);
    auto changed = GroupService(*session).get(groupId);
    REQUIRE(changed);
    CHECK(changed->capacity == 9);
    CHECK(changed->recurrence.weekdays.contains(4));
    REQUIRE(harness.undoStack.count() == 1);
    harness.undoStack.undo();
    CHECK(GroupService(*session).get(groupId)->capacity == 4);
    CHECK_FALSE(GroupService(*session).get(groupId)->recurrence.weekdays.contains(4));
    harness.undoStack.redo();
    CHECK(GroupService(*session).get(groupId)->capacity == 9);

    // End: asked first; Cancel changes nothing, the step's button ends it.
    REQUIRE(harness.page.showItem(ItemKind::Group, groupId));
    auto* end = child<QPushButton>(&harness.page, "endGroupButton");
    QTest::mouseClick(end, Qt::LeftButton);
    auto* question = harness.page.findChild<QMessageBox*>(QStringLiteral("confirmStep"));
    REQUIRE(question);
    QTest::mouseClick(child<QPushButton>(question, "cancelStepButton"), Qt::LeftButton);
    CHECK(GroupService(*session).get(groupId)->active);
    QTest::mouseClick(end, Qt::LeftButton);
    question = harness.page.findChild<QMessageBox*>(QStringLiteral("confirmStep"));
    REQUIRE(question);
    QTest::mouseClick(child<QPushButton>(question, "confirmStepButton"), Qt::LeftButton);
    CHECK_FALSE(GroupService(*session).get(groupId)->active);
    CHECK_FALSE(child<QPushButton>(&harness.page, "editGroupButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&harness.page, "editGroupButton")->toolTip().isEmpty());
    CHECK(end->text().remove(QLatin1Char('&')).contains(QStringLiteral("Reopen")));
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(GroupService(*session).get(groupId)->active);
}

TEST_CASE("An undo of a group edit that the service refuses leaves the undo history with the reason",
          "[groups][edit][undo]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Group, groupId));
    QPointer<GroupEditorDialog> dialog = harness.page.editGroup();
    REQUIRE(dialog);
    child<QSpinBox>(dialog, "groupCapacitySpin")->setValue(9);
    QTest::mouseClick(child<QPushButton>(dialog, "groupEditorOkButton"), Qt::LeftButton);
    REQUIRE(harness.undoStack.count() == 1);
    CHECK(harness.undoStack.undoText() == QStringLiteral("edit of group #%1").arg(groupId));
    CHECK_FALSE(shownError(&harness.page, "groupsMessage"));

    // Ended since (elsewhere): an ended group cannot be changed, so the undo is refused and leaves the stack.
    REQUIRE(GroupService(*session).end(groupId));
    harness.undoStack.undo();
    CHECK(shownError(&harness.page, "groupsMessage"));
    CHECK(child<MessageLabel>(&harness.page, "groupsMessage")->text().contains(QStringLiteral("could not be undone")));
    CHECK(harness.undoStack.count() == 0);
    CHECK(GroupService(*session).get(groupId)->capacity == 9);
    CHECK(harness.page.selectedGroupId() == groupId);
}

TEST_CASE("Ending and reopening a group are undone and redone from the Edit menu", "[groups][undo]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 groupId = addGroup(*session, addFacilitator(*session));
    const auto scheduledAhead = [&] {
        int count = 0;
        for (const GroupOccurrence& occurrence : occurrencesOf(*session, groupId))
            count += occurrence.status == QLatin1String("scheduled") ? 1 : 0;
        return count;
    };
    const int scheduled = scheduledAhead();
    REQUIRE(scheduled > 0);
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Group, groupId));

    auto* end = child<QPushButton>(&harness.page, "endGroupButton");
    QTest::mouseClick(end, Qt::LeftButton);
    auto* question = harness.page.findChild<QMessageBox*>(QStringLiteral("confirmStep"));
    REQUIRE(question);
    QTest::mouseClick(child<QPushButton>(question, "confirmStepButton"), Qt::LeftButton);
    REQUIRE_FALSE(GroupService(*session).get(groupId)->active);
    REQUIRE(harness.undoStack.count() == 1);
    CHECK(harness.undoStack.undoText() == QStringLiteral("end of group #%1").arg(groupId));
    const int afterEnd = scheduledAhead();
    CHECK(afterEnd < scheduled);

    // Undo reopens it, with the sessions its end cancelled; redo ends it again.
    harness.undoStack.undo();
    CHECK(GroupService(*session).get(groupId)->active);
    CHECK(scheduledAhead() >= scheduled);
    CHECK(child<QPushButton>(&harness.page, "editGroupButton")->isEnabled());
    harness.undoStack.redo();
    CHECK_FALSE(GroupService(*session).get(groupId)->active);
    CHECK(scheduledAhead() == afterEnd);

    // Reopening from the page is a step of its own.
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(GroupService(*session).get(groupId)->active);
    REQUIRE(harness.undoStack.count() == 2);
    CHECK(harness.undoStack.undoText() == QStringLiteral("reopening of group #%1").arg(groupId));
    harness.undoStack.undo();
    CHECK_FALSE(GroupService(*session).get(groupId)->active);
    harness.undoStack.undo();
    CHECK(GroupService(*session).get(groupId)->active);
    CHECK(scheduledAhead() >= scheduled);
    CHECK_FALSE(shownError(&harness.page, "groupsMessage"));
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

TEST_CASE("A facilitator who cannot lead is flagged by name, in words", "[groups]")
{
    TempVault vault;
    auto session = vault.unlock();
    const qint64 facilitator = addFacilitator(*session);
    const qint64 groupId = addGroup(*session, facilitator);
    PageHarness harness(*session);
    REQUIRE(harness.page.showItem(ItemKind::Group, groupId));
    const auto facilitators
        = [&] { return harness.page.groupModel()->index(0, GroupTableModel::Facilitators).data().toString(); };
    CHECK(facilitators() == QStringLiteral("Ana Lima"));
    REQUIRE(SupporterService(*session).pauseUntil(facilitator, session->clock().todayLocal().addDays(10), true));
    harness.page.reload();
    CHECK(facilitators().contains(QStringLiteral("Ana Lima")));
    CHECK(facilitators().contains(QStringLiteral("cannot lead")));
    CHECK(facilitators().contains(QStringLiteral("paused")));
}
