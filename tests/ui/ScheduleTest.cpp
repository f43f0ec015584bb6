// The match dialog with its hand-off, the clipboard guard, and the schedule page with its conversation dialog,
// driven on the offscreen platform with a temporary vault. Every wait is on a condition, never a sleep.

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "UiTestSupport.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SupporterService.h"
#include "core/storage/Database.h"
#include "core/vault/VaultSession.h"
#include "ui/ClipboardGuard.h"
#include "ui/LiveChanges.h"
#include "ui/dialogs/ConversationDialog.h"
#include "ui/dialogs/MatchDialog.h"
#include "ui/models/CalendarModels.h"
#include "ui/models/MatchModels.h"
#include "ui/pages/Page.h"
#include "ui/pages/SchedulePage.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/MomentEdit.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <functional>

using namespace peerdesk;
using peerdesk::test::child;
using peerdesk::test::confirmStep;
using peerdesk::test::retype;
using peerdesk::test::sampleRequest;
using peerdesk::test::sampleSupporter;
using peerdesk::test::TempVault;
using peerdesk::test::waitFor;

namespace {

const auto Requester = QStringLiteral("Robin Tremblay");

// A vault with one triaged request and three supporters: the best match, a second one in another region, and
// one excluded because they share no language with the requester.
struct MatchFixture
{
    TempVault vault;
    std::unique_ptr<VaultSession> session = vault.unlock();
    QUndoStack undoStack;
    QAction lockAction{ QStringLiteral("Lock") };
    PageContext context{ *session, undoStack, &lockAction };
    QWidget window; // stands in for the main window that owns the pages
    qint64 best = 0;
    qint64 second = 0;
    qint64 excluded = 0;
    qint64 request = 0;

    MatchFixture()
    {
        SupporterService supporters(*session);
        auto a = supporters.add(sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
        Supporter far = sampleSupporter(QStringLiteral("Sam Okafor"), QStringLiteral("sam@example.org"));
        far.region = QStringLiteral("Toronto");
        auto b = supporters.add(far);
        Supporter german = sampleSupporter(QStringLiteral("Kai Braun"), QStringLiteral("kai@example.org"));
        german.languages = { QStringLiteral("de") };
        auto c = supporters.add(german);
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(c);
        best = *a;
        second = *b;
        excluded = *c;
        RequestService requests(*session);
        auto id = requests.intake(sampleRequest(session->clock().nowUtc(), Requester));
        REQUIRE(id);
        request = *id;
        REQUIRE(requests.triage(request, {}));
    }

    void acceptBest()
    {
        MatchingService matching(*session);
        REQUIRE(matching.assign(request, best));
        REQUIRE(matching.accept(request));
    }
};

QString clipboardText()
{
    return QGuiApplication::clipboard()->text(QClipboard::Clipboard);
}

} // namespace

TEST_CASE("Match and calendar models pass the model tester with data and after sorting", "[match][schedule]")
{
    MatchCandidateModel candidates;
    QAbstractItemModelTester candidateTester(&candidates, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&candidates);
    proxy.setSortRole(MatchCandidateModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    candidates.setCandidates({ { 3, QStringLiteral("A"), 81.5, { QStringLiteral("speaks English") } },
                               { 5, QStringLiteral("B"), 64.0, { QStringLiteral("other region") } } });
    CHECK(candidates.rowCount() == 2);
    CHECK(candidates.index(0, MatchCandidateModel::ScoreColumn).data(MatchCandidateModel::SortRole).toDouble() == 81.5);
    proxy.sort(MatchCandidateModel::ScoreColumn, Qt::AscendingOrder);
    CHECK(proxy.index(0, MatchCandidateModel::NameColumn).data().toString() == QStringLiteral("B"));
    proxy.sort(MatchCandidateModel::ReasonsColumn, Qt::DescendingOrder);

    MatchExclusionModel exclusions;
    QAbstractItemModelTester exclusionTester(&exclusions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    exclusions.setExclusions({ { 9, QStringLiteral("C"), QStringLiteral("no_shared_language"),
                                 QStringLiteral("speaks none of the requested languages") } });
    CHECK(exclusions.index(0, MatchExclusionModel::RuleColumn).data(MatchExclusionModel::RuleKeyRole)
          == QStringLiteral("no_shared_language"));

    CalendarGridModel grid;
    QAbstractItemModelTester gridTester(&grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    grid.setSpan(CalendarGridModel::Span::Week, QDate(2026, 3, 11));
    CHECK(grid.firstDay() == QDate(2026, 3, 9));
    CalendarItem conversation;
    conversation.id = 12;
    conversation.requestId = 5;
    conversation.supporterName = QStringLiteral("Jordan Lee");
    conversation.startsAt = QDateTime(QDate(2026, 3, 10), QTime(14, 0)).toUTC();
    conversation.endsAt = conversation.startsAt.addSecs(1800);
    conversation.status = QStringLiteral("scheduled");
    CalendarItem group = conversation;
    group.kind = CalendarItem::Kind::GroupOccurrence;
    group.id = 3;
    group.groupName = QStringLiteral("Tuesday group");
    grid.setItems({ conversation, group });
    const QModelIndex cell = grid.index(14, 1);
    CHECK(grid.itemsAt(cell).size() == 2);
    CHECK(grid.cellOf(conversation) == cell);
    CHECK(cell.data().toString().contains(QStringLiteral("C-12 · R-5 · Jordan Lee")));
    CHECK(grid.data(cell, CalendarGridModel::FlagsRole).toList().at(1).toInt() & CalendarGridModel::GroupFlag);
    grid.setSpan(CalendarGridModel::Span::Month, QDate(2026, 3, 11));
    grid.setItems({ conversation, group });
    CHECK(grid.rowCount() == 6);
    CHECK(grid.firstDay() == QDate(2026, 2, 23));
    CHECK(grid.itemsAt(grid.index(2, 1)).size() == 2);
    CHECK(grid.data(grid.index(0, 0), CalendarGridModel::OutsideRole).toBool());

    AgendaModel agenda;
    QSortFilterProxyModel agendaProxy;
    agendaProxy.setSourceModel(&agenda);
    agendaProxy.setSortRole(AgendaModel::SortRole);
    QAbstractItemModelTester agendaTester(&agendaProxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    agenda.setItems({ conversation, group });
    agendaProxy.sort(AgendaModel::WhatColumn, Qt::DescendingOrder);
    agendaProxy.sort(AgendaModel::TimeColumn, Qt::AscendingOrder);
    CHECK(agenda.rowOf(CalendarItem::Kind::GroupOccurrence, 3) == 1);
}

TEST_CASE("The match dialog lists candidates best first and the excluded with their rule", "[match]")
{
    MatchFixture f;
    auto* dialog = new MatchDialog(f.context, f.request, &f.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy matched(dialog, &MatchDialog::matched);
    dialog->open();
    CHECK_FALSE(dialog->windowTitle().contains(QStringLiteral("Robin")));
    CHECK_FALSE(dialog->isAtHandOff());

    auto* candidates = child<QTableView>(dialog, "candidatesView");
    REQUIRE(candidates->model()->rowCount() == 2);
    CHECK(candidates->model()->index(0, MatchCandidateModel::NameColumn).data().toString()
          == QStringLiteral("Jordan Lee"));
    CHECK(candidates->model()->index(1, MatchCandidateModel::NameColumn).data().toString()
          == QStringLiteral("Sam Okafor"));
    CHECK(candidates->model()
              ->index(0, MatchCandidateModel::ReasonsColumn)
              .data()
              .toString()
              .contains(QStringLiteral("same region")));
    auto* excluded = child<QTableView>(dialog, "excludedView");
    REQUIRE(excluded->model()->rowCount() == 1);
    CHECK(excluded->model()->index(0, MatchExclusionModel::NameColumn).data().toString()
          == QStringLiteral("Kai Braun"));
    CHECK(excluded->model()->index(0, MatchExclusionModel::NameColumn).data(MatchExclusionModel::RuleKeyRole)
          == QStringLiteral("no_shared_language"));
    CHECK_FALSE(excluded->model()->index(0, MatchExclusionModel::RuleColumn).data().toString().isEmpty());

    // The second candidate, chosen by keyboard, is proposed.
    candidates->setFocus();
    candidates->selectRow(1);
    auto* confirm = child<QPushButton>(dialog, "confirmButton");
    REQUIRE(confirm->isEnabled());
    confirm->click();
    REQUIRE(matched.size() == 1);
    CHECK(matched.at(0).at(0).toLongLong() == f.request);
    CHECK(matched.at(0).at(1).toLongLong() == f.second);
    auto live = MatchingService(*f.session).liveMatch(f.request);
    REQUIRE(live);
    REQUIRE(live->has_value());
    CHECK((*live)->supporterId == f.second);
    CHECK(dialog->isAtHandOff());
    dialog->close();
}

TEST_CASE("A colleague's change reaches the open match dialog: the candidates are read again, the choice kept",
          "[match][live]")
{
    MatchFixture f;
    LiveChanges live; // on a program server the main window's, said after others' changes arrive
    f.context.liveChanges = &live;
    auto* dialog = new MatchDialog(f.context, f.request, &f.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    auto* candidates = child<QTableView>(dialog, "candidatesView");
    REQUIRE(candidates->model()->rowCount() == 2);
    candidates->selectRow(1); // Sam Okafor
    const auto chosen = [&] {
        const QModelIndexList rows = candidates->selectionModel()->selectedRows();
        return rows.isEmpty() ? qint64(0) : rows.constFirst().data(MatchCandidateModel::SupporterIdRole).toLongLong();
    };
    REQUIRE(chosen() == f.second);

    // A colleague gives Jordan's last place away: Jordan leaves the list, Sam stays chosen.
    REQUIRE(
        f.session->database().exec(QStringLiteral("UPDATE supporters SET max_active = 0 WHERE id = ?"), { f.best }));
    Q_EMIT live.arrived();
    REQUIRE(candidates->model()->rowCount() == 1);
    CHECK(chosen() == f.second);
    // Then Sam's: nobody is left to propose, and the dialog says why the choice went.
    REQUIRE(
        f.session->database().exec(QStringLiteral("UPDATE supporters SET max_active = 0 WHERE id = ?"), { f.second }));
    Q_EMIT live.arrived();
    CHECK(candidates->model()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(dialog, "confirmButton")->isEnabled());
    CHECK(child<MessageLabel>(dialog, "matchMessage")->text().contains(QStringLiteral("colleague")));
    dialog->close();
}

TEST_CASE("The hand-off previews the introduction and opens it as mailto without the surname", "[match]")
{
    MatchFixture f;
    REQUIRE(MatchingService(*f.session).assign(f.request, f.best));
    auto* dialog = new MatchDialog(f.context, f.request, &f.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<QUrl> opened;
    dialog->setUrlOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });
    dialog->open();
    REQUIRE(dialog->isAtHandOff());

    auto* preview = child<QPlainTextEdit>(dialog, "handOffPreview");
    auto* consent = child<QCheckBox>(dialog, "reasonsConsentCheck");
    CHECK_FALSE(consent->isChecked());
    CHECK(preview->toPlainText().contains(QStringLiteral("First name: Robin")));
    CHECK(preview->toPlainText().contains(QStringLiteral("jordan@example.org")));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("Tremblay,")));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("Robin Tremblay")));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("General Hospital")));
    CHECK_FALSE(preview->toPlainText().contains(QStringLiteral("Burnout")));
    consent->click();
    CHECK(preview->toPlainText().contains(QStringLiteral("Burnout")));
    consent->click();

    child<QPushButton>(dialog, "openMailButton")->click();
    REQUIRE(opened.size() == 1);
    const QUrl url = opened.constFirst();
    CHECK(url.scheme() == QStringLiteral("mailto"));
    CHECK(url.path() == QStringLiteral("jordan@example.org"));
    const QString decoded = QUrl::fromPercentEncoding(url.toEncoded());
    CHECK(decoded.contains(QStringLiteral("First name: Robin")));
    CHECK_FALSE(decoded.contains(QStringLiteral("Tremblay,")));
    CHECK_FALSE(decoded.contains(QStringLiteral("Robin Tremblay")));
    CHECK_FALSE(decoded.contains(QStringLiteral("Burnout")));
    CHECK(child<MessageLabel>(dialog, "handOffMessage")->kind() == MessageLabel::Kind::Success);

    SECTION("a mail program that does not open says so in place")
    {
        dialog->setUrlOpener([](const QUrl&) { return false; });
        child<QPushButton>(dialog, "openMailButton")->click();
        CHECK(child<MessageLabel>(dialog, "handOffMessage")->kind() == MessageLabel::Kind::Error);
    }
    dialog->close();
}

TEST_CASE("An introduction copied to the clipboard is cleared after the timeout", "[match]")
{
    MatchFixture f;
    REQUIRE(MatchingService(*f.session).assign(f.request, f.best));
    ClipboardGuard* guard = ClipboardGuard::forWindow(&f.window);
    REQUIRE(guard->parent() == &f.window);
    guard->setDelayOverrideForTests(100);
    auto* dialog = new MatchDialog(f.context, f.request, &f.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    QSignalSpy finished(guard, &ClipboardGuard::finished);

    child<QPushButton>(dialog, "copyIntroductionButton")->click();
    CHECK(clipboardText().contains(QStringLiteral("First name: Robin")));
    CHECK(child<MessageLabel>(dialog, "handOffMessage")->text().contains(QStringLiteral("30 s")));
    // The countdown goes on after the dialog closes: the guard belongs to the window.
    dialog->close();
    REQUIRE(waitFor([&] { return finished.size() == 1; }));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(clipboardText().isEmpty());
}

TEST_CASE("The clipboard guard leaves what someone else copied and clears when destroyed", "[match]")
{
    SECTION("someone else copied something meanwhile: not cleared")
    {
        ClipboardGuard guard(nullptr);
        guard.setDelayOverrideForTests(50);
        QSignalSpy finished(&guard, &ClipboardGuard::finished);
        guard.copy(QStringLiteral("secret introduction"), 30);
        CHECK(clipboardText() == QStringLiteral("secret introduction"));
        QGuiApplication::clipboard()->setText(QStringLiteral("a shopping list"));
        REQUIRE(waitFor([&] { return finished.size() == 1; }));
        CHECK_FALSE(finished.at(0).at(0).toBool());
        CHECK(clipboardText() == QStringLiteral("a shopping list"));
    }
    SECTION("destroyed (the window was locked): cleared at once")
    {
        auto guard = std::make_unique<ClipboardGuard>(nullptr);
        guard->copy(QStringLiteral("secret introduction"), 30);
        CHECK(guard->isPending());
        guard.reset();
        CHECK(clipboardText().isEmpty());
    }
    SECTION("the delay comes from the clipboard_clear_seconds setting")
    {
        const auto definition = ProgramSettings::definition(QLatin1String(ProgramSettings::ClipboardClearSeconds));
        REQUIRE(definition.has_value());
        CHECK(definition->defaultValue == QStringLiteral("30"));
        CHECK(definition->minimum == 5);
        CHECK(definition->maximum == 300);
    }
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("The conversation dialog shows a double booking in place and keeps the input", "[schedule]")
{
    MatchFixture f;
    f.acceptBest();
    const QDateTime at(QDate(2026, 3, 5), QTime(14, 0));
    ConversationRequest first;
    first.requestId = f.request;
    first.startsAt = at;
    first.durationMinutes = 45;
    first.modality = QStringLiteral("phone");
    auto booked = SchedulingService(*f.session).schedule(first);
    REQUIRE(booked);

    SchedulePage page(f.context, &f.window);
    page.scheduleFor(f.request);
    ConversationDialog* dialog = page.conversationDialog();
    REQUIRE(dialog != nullptr);
    QSignalSpy saved(dialog, &ConversationDialog::saved);
    CHECK(dialog->requestId() == f.request);
    auto* requestCombo = child<QComboBox>(dialog, "requestCombo");
    CHECK(requestCombo->currentText().startsWith(QStringLiteral("R-%1").arg(f.request)));
    CHECK_FALSE(requestCombo->currentText().contains(QStringLiteral("Robin")));
    auto* start = child<MomentEdit>(dialog, "startEdit");
    start->setDateTime(at.addSecs(15 * 60));
    child<QSpinBox>(dialog, "durationSpin")->setValue(20);
    child<QPushButton>(dialog, "saveButton")->click();

    auto* message = child<MessageLabel>(dialog, "conversationMessage");
    CHECK(message->kind() == MessageLabel::Kind::Error);
    CHECK(message->text().contains(QStringLiteral("already has conversation #%1").arg(booked->id)));
    CHECK(dialog->isVisible());
    CHECK(saved.isEmpty());
    CHECK(start->dateTime() == at.addSecs(15 * 60));
    CHECK(child<QSpinBox>(dialog, "durationSpin")->value() == 20);

    // Moved after the first one, it is booked and the page shows it.
    start->setDateTime(at.addSecs(60 * 60));
    child<QPushButton>(dialog, "saveButton")->click();
    REQUIRE(saved.size() == 1);
    auto* agenda = child<QTableView>(&page, "agendaView");
    REQUIRE(waitFor([&] { return agenda->selectionModel()->hasSelection(); }));
    CHECK(child<QLabel>(&page, "itemDetails")
              ->text()
              .contains(QStringLiteral("C-%1").arg(saved.at(0).at(0).toLongLong())));
}

TEST_CASE("The schedule shows conversations and group sessions, records status and exports .ics", "[schedule]")
{
    MatchFixture f;
    f.acceptBest();
    const QDateTime at(QDate(2026, 3, 5), QTime(14, 0));
    ConversationRequest request;
    request.requestId = f.request;
    request.startsAt = at;
    request.durationMinutes = 30;
    request.modality = QStringLiteral("phone");
    auto booked = SchedulingService(*f.session).schedule(request);
    REQUIRE(booked);

    SchedulePage page(f.context, &f.window);
    QSignalSpy changed(&page, &Page::vaultChanged);
    page.reload();
    REQUIRE(page.showItem(ItemKind::Conversation, booked->id));
    auto* week = child<QTableView>(&page, "weekView");
    const QString cellText = week->model()->index(14, 3).data().toString();
    CHECK(cellText.contains(QStringLiteral("C-%1 · R-%2 · Jordan Lee").arg(booked->id).arg(f.request)));
    CHECK_FALSE(cellText.contains(QStringLiteral("Robin")));
    auto* details = child<QLabel>(&page, "itemDetails");
    CHECK(details->text().contains(QStringLiteral("Conversation C-%1").arg(booked->id)));
    CHECK_FALSE(details->text().contains(QStringLiteral("Robin")));

    child<QPushButton>(&page, "monthButton")->click();
    auto* month = child<QTableView>(&page, "monthView");
    CHECK(month->model()->rowCount() == 6);
    CHECK(month->model()->index(1, 3).data().toString().contains(QStringLiteral("C-%1").arg(booked->id)));
    child<QPushButton>(&page, "weekButton")->click();
    REQUIRE(page.showItem(ItemKind::Conversation, booked->id));

    SECTION("export as .ics through a save dialog named by the reference code")
    {
        QTemporaryDir directory;
        child<QPushButton>(&page, "exportIcsButton")->click();
        QFileDialog* save = page.exportDialog();
        REQUIRE(save != nullptr);
        CHECK(save->selectedFiles().value(0).endsWith(QStringLiteral("conversation-C-%1.ics").arg(booked->id)));
        const QString path = directory.filePath(QStringLiteral("conversation-C-%1.ics").arg(booked->id));
        Q_EMIT save->fileSelected(path);
        save->close();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        CHECK(content.contains("SUMMARY:Peer support conversation C-"));
        const QByteArray dtstart
            = QByteArray("DTSTART:") + at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
        CHECK(content.contains(dtstart));
        const QString uid = QStringLiteral("UID:conversation-%1-%2").arg(booked->id).arg(f.session->vaultId());
        CHECK(content.contains(uid.toUtf8()));
        CHECK_FALSE(content.contains("Robin"));
        CHECK_FALSE(content.contains("Tremblay"));
        CHECK_FALSE(content.contains("Jordan"));
    }
    SECTION("mark cancelled")
    {
        child<QPushButton>(&page, "markCancelledButton")->click();
        CHECK(changed.isEmpty()); // a final status is asked first
        confirmStep(&page);
        CHECK(changed.size() == 1);
        auto stored = SchedulingService(*f.session).get(booked->id);
        REQUIRE(stored);
        CHECK(stored->status == QStringLiteral("cancelled"));
        CHECK_FALSE(child<QPushButton>(&page, "markHeldButton")->isEnabled());
        CHECK(child<QPushButton>(&page, "exportIcsButton")->isEnabled());
    }
    SECTION("held and no-show wait until it has started, and say so")
    {
        auto* held = child<QPushButton>(&page, "markHeldButton");
        CHECK_FALSE(held->isEnabled());
        CHECK(held->toolTip().contains(QStringLiteral("started")));
        CHECK_FALSE(child<QPushButton>(&page, "markNoShowButton")->isEnabled());
        CHECK(child<QPushButton>(&page, "markCancelledButton")->isEnabled());
        CHECK(changed.isEmpty());
    }
}

TEST_CASE("Moving a conversation from the schedule refuses a double booking in place", "[schedule]")
{
    MatchFixture f;
    f.acceptBest();
    const QDateTime at(QDate(2026, 3, 5), QTime(14, 0));
    SchedulingService scheduling(*f.session);
    ConversationRequest request;
    request.requestId = f.request;
    request.startsAt = at;
    request.modality = QStringLiteral("phone");
    auto first = scheduling.schedule(request);
    REQUIRE(first);
    request.startsAt = at.addDays(1);
    auto second = scheduling.schedule(request);
    REQUIRE(second);

    SchedulePage page(f.context, &f.window);
    page.reload();
    REQUIRE(page.showItem(ItemKind::Conversation, second->id));
    child<QPushButton>(&page, "editConversationButton")->click();
    ConversationDialog* dialog = page.conversationDialog();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->mode() == ConversationDialog::Mode::Edit);
    CHECK_FALSE(child<QComboBox>(dialog, "requestCombo")->isEnabled());
    auto* start = child<MomentEdit>(dialog, "startEdit");
    CHECK(start->dateTime() == at.addDays(1));
    // A year typed wrong is refused as it is typed, before Move is pressed, and Move waits for a real time.
    auto* save = child<QPushButton>(dialog, "saveButton");
    start->setDateTime(at.addYears(-1));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<MessageLabel>(dialog, "conversationMessage")->text().contains(QStringLiteral("received")));
    start->setDateTime(at.addSecs(10 * 60));
    CHECK(save->isEnabled());
    CHECK(child<MessageLabel>(dialog, "conversationMessage")->text().isEmpty());
    child<QPushButton>(dialog, "saveButton")->click();
    CHECK(child<MessageLabel>(dialog, "conversationMessage")
              ->text()
              .contains(QStringLiteral("already has conversation #%1").arg(first->id)));
    CHECK(start->dateTime() == at.addSecs(10 * 60));

    QSignalSpy changed(&page, &Page::vaultChanged);
    start->setDateTime(at.addSecs(2 * 3600));
    child<QPushButton>(dialog, "saveButton")->click();
    CHECK(changed.size() == 1);
    auto moved = scheduling.get(second->id);
    REQUIRE(moved);
    CHECK(moved->startsAt == at.addSecs(2 * 3600).toUTC());
}

TEST_CASE("Past the conversation cap the dialog books it and suggests onward referral", "[schedule]")
{
    MatchFixture f;
    f.acceptBest();
    const QDateTime at(QDate(2026, 3, 5), QTime(14, 0));
    SchedulingService scheduling(*f.session);
    for (int day = 0; day < 3; ++day) {
        ConversationRequest request;
        request.requestId = f.request;
        request.startsAt = at.addDays(day);
        request.modality = QStringLiteral("phone");
        REQUIRE(scheduling.schedule(request));
    }
    SchedulePage page(f.context, &f.window);
    page.scheduleFor(f.request);
    ConversationDialog* dialog = page.conversationDialog();
    REQUIRE(dialog != nullptr);
    QSignalSpy saved(dialog, &ConversationDialog::saved);
    child<MomentEdit>(dialog, "startEdit")->setDateTime(at.addDays(7));
    child<QPushButton>(dialog, "saveButton")->click();
    REQUIRE(saved.size() == 1);
    auto* message = child<MessageLabel>(dialog, "conversationMessage");
    CHECK(message->kind() == MessageLabel::Kind::Info);
    CHECK(message->text().contains(QStringLiteral("onward referral")));
    CHECK(dialog->isVisible());
    child<QPushButton>(dialog, "saveButton")->click();
    CHECK(QTest::qWaitFor([&] { return page.conversationDialog() == nullptr; }, 5000));
}

TEST_CASE("A typed time is read, never guessed, and read back in words before booking", "[schedule][time]")
{
    MatchFixture f; // the clock reads Monday 2 March 2026
    f.acceptBest();
    SchedulePage page(f.context, &f.window);
    page.scheduleFor(f.request);
    ConversationDialog* dialog = page.conversationDialog();
    REQUIRE(dialog != nullptr);
    auto* start = child<MomentEdit>(dialog, "startEdit");
    auto* date = child<QDateEdit>(dialog, "startEditDate");
    auto* time = child<QComboBox>(dialog, "startEditTime");
    auto* readBack = child<QLabel>(dialog, "startEditReadBack");
    date->setDate(QDate(2026, 3, 3));

    // The report: "6:00 PM" typed with an ordinary space became 6:00 AM.
    time->setEditText(QStringLiteral("6:00 PM"));
    CHECK(start->dateTime() == QDateTime(QDate(2026, 3, 3), QTime(18, 0)));
    CHECK(readBack->text().contains(QStringLiteral("Tuesday 3 March 2026")));
    CHECK(readBack->text().contains(QStringLiteral("tomorrow")));
    // It ends 30 minutes later, however the locale writes it.
    CHECK((readBack->text().contains(QStringLiteral("18:30")) || readBack->text().contains(QStringLiteral("6:30"))));
    time->setEditText(QStringLiteral("6pm"));
    CHECK(start->dateTime().time() == QTime(18, 0));
    time->setEditText(QStringLiteral("18:00"));
    CHECK(start->dateTime().time() == QTime(18, 0));

    // An ambiguous hour is not booked: the message says what to write, nothing is scheduled.
    time->setEditText(QStringLiteral("6"));
    CHECK_FALSE(start->dateTime().isValid());
    CHECK(readBack->text().contains(QStringLiteral("6 PM")));
    QSignalSpy saved(dialog, &ConversationDialog::saved);
    child<QPushButton>(dialog, "saveButton")->click();
    CHECK(saved.isEmpty());
    CHECK(child<MessageLabel>(dialog, "conversationMessage")->kind() == MessageLabel::Kind::Error);
    CHECK(dialog->isVisible());

    // Arrows change the day, never the year; a year that is neither this one nor the next is pointed out.
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(date, Qt::Key_Up);
    CHECK(date->date() == QDate(2026, 3, 4));
    date->setDate(QDate(2030, 3, 4));
    time->setEditText(QStringLiteral("6 PM"));
    CHECK(readBack->text().contains(QStringLiteral("Check the year")));

    // Tab leaves the date for the time, instead of walking the date's sections.
    date->setFocus();
    QTest::keyClick(date, Qt::Key_Tab);
    CHECK_FALSE(date->hasFocus());

    date->setDate(QDate(2026, 3, 3));
    time->setEditText(QStringLiteral("6 PM"));
    child<QPushButton>(dialog, "saveButton")->click();
    REQUIRE(saved.size() == 1);
    auto booked = SchedulingService(*f.session).get(saved.at(0).at(0).toLongLong());
    REQUIRE(booked);
    CHECK(booked->startsAt == QDateTime(QDate(2026, 3, 3), QTime(18, 0)).toUTC());
}

TEST_CASE("Booking offers only the supporter's modalities and proposes their first free time", "[schedule][time]")
{
    MatchFixture f; // Monday 2 March 2026
    f.acceptBest();
    SupporterService supporters(*f.session);
    auto jordan = supporters.get(f.best);
    REQUIRE(jordan);
    jordan->availability = { { 1, 18 * 60, 20 * 60 } }; // Mondays 18:00-20:00
    REQUIRE(supporters.update(*jordan));
    ConversationRequest first;
    first.requestId = f.request;
    first.startsAt = QDateTime(QDate(2026, 3, 2), QTime(18, 0));
    first.modality = QStringLiteral("phone");
    REQUIRE(SchedulingService(*f.session).schedule(first));

    auto next = SchedulingService(*f.session).nextFreeSlot(f.best, 30, f.session->clock().nowUtc());
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK(**next == QDateTime(QDate(2026, 3, 2), QTime(18, 30)).toUTC());

    SchedulePage page(f.context, &f.window);
    page.scheduleFor(f.request);
    ConversationDialog* dialog = page.conversationDialog();
    REQUIRE(dialog != nullptr);
    auto* modality = child<QComboBox>(dialog, "modalityCombo");
    CHECK(modality->count() == 2); // phone and video: the supporter does not meet in person
    CHECK(modality->findData(QStringLiteral("in_person")) < 0);
    CHECK(child<MomentEdit>(dialog, "startEdit")->dateTime() == QDateTime(QDate(2026, 3, 2), QTime(18, 30)));
    const QString availability = child<QLabel>(dialog, "supporterAvailability")->text();
    CHECK(availability.contains(QStringLiteral("First free time")));
    CHECK(availability.contains(QStringLiteral("2 Mar 2026")));
}
