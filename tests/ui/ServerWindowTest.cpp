// The window on a program server (docs/server.md, "Signing in from the window"): a staff member without a local vault
// connects with the profile their administrator gave them, signs in, works, locks, and the next start goes back to
// the same server. Drives the real GUI on the offscreen platform against the run's throwaway PostgreSQL cluster.

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "TestServer.h"
#include "TimeLimits.h"
#include "UiTestSupport.h"
#include "core/security/CellCipher.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SupporterService.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/vault/ServerProfile.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/CreateVaultDialog.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/MyMatchesPage.h"
#include "ui/pages/Page.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/MomentEdit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

const auto Passphrase = QStringLiteral("correct horse battery staple orbit lantern");
const auto ProfileKey = QStringLiteral("server/profile");

struct ProgramServer
{
    TestServer server;
    QTemporaryDir dir;
    QString profilePath;

    ProgramServer()
    {
        REQUIRE(dir.isValid());
        profilePath = dir.filePath(QStringLiteral("peerdesk-server.json"));
        REQUIRE(server_profile::save(server.createProgram(QStringLiteral("alex"), Passphrase), profilePath));
    }
};

void prepareApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("peerdesk-test-ui-server"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// The Qt file dialog the controller opened for the connection profile, answered with this file.
void chooseProfile(const QString& path)
{
    QFileDialog* dialog = nullptr;
    REQUIRE(waitFor([&] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            if (auto* found = qobject_cast<QFileDialog*>(window);
                found && found->isVisible() && found->objectName() == QLatin1String("serverProfileDialog"))
                dialog = found;
        }
        return dialog != nullptr;
    }));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // as Open does
}

QMessageBox* visibleMessageBox(const char* name)
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(window);
            box && box->isVisible() && box->objectName() == QLatin1String(name))
            return box;
    }
    return nullptr;
}

bool errorShown(UnlockDialog* dialog)
{
    return !dialog->isBusy() && !dialog->errorText().isEmpty();
}

// Starts the window on the remembered profile and signs in there as the person, through the Unlock window.
MainWindow* signInFromWindow(AppController& controller, const QString& login, const QString& passphrase)
{
    controller.start();
    UnlockDialog* unlock = controller.unlockDialog();
    REQUIRE(unlock != nullptr);
    retype(unlock, "login", login);
    retype(unlock, "passphrase", passphrase);
    QTest::mouseClick(child<QAbstractButton>(unlock, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return controller.mainWindow() != nullptr; }, 30000));
    return controller.mainWindow();
}

// Every key and value this computer's user has in PeerDesk's preferences, as one text.
QString everySetting()
{
    QSettings settings;
    QString all;
    for (const QString& key : settings.allKeys())
        all += key + QLatin1Char('=') + settings.value(key).toString() + QLatin1Char('\n');
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        all += QString::fromUtf8(file.readAll());
    return all;
}

} // namespace

TEST_CASE("A staff member without a vault connects to a program server from the window, and only where it is is "
          "remembered",
          "[ui][server]")
{
    prepareApplication();
    ProgramServer program;
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString noVault = home.filePath(QStringLiteral("vault"));

    {
        AppController controller(noVault, KdfParams::fastForTests());
        controller.start();
        REQUIRE(controller.createVaultDialog() != nullptr);

        // A file that is not a profile is refused in place: nothing remembered, the first-run dialog still there.
        const QString broken = home.filePath(QStringLiteral("broken.json"));
        QFile brokenFile(broken);
        REQUIRE(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write(R"({"format": "peerdesk-server", "version": 1, "host": "-oops"})");
        brokenFile.close();
        QTest::mouseClick(child<QAbstractButton>(controller.createVaultDialog(), "connectServerButton"),
                          Qt::LeftButton);
        chooseProfile(broken);
        REQUIRE(waitFor([] { return visibleMessageBox("serverProfileError") != nullptr; }));
        visibleMessageBox("serverProfileError")->accept();
        CHECK(controller.createVaultDialog() != nullptr);
        CHECK(controller.unlockDialog() == nullptr);
        CHECK_FALSE(QSettings().contains(ProfileKey));

        QTest::mouseClick(child<QAbstractButton>(controller.createVaultDialog(), "connectServerButton"),
                          Qt::LeftButton);
        chooseProfile(program.profilePath);
        REQUIRE(waitFor([&] { return controller.unlockDialog() != nullptr; }));
        CHECK(waitFor([&] { return controller.createVaultDialog() == nullptr; }));
        UnlockDialog* unlock = controller.unlockDialog();
        CHECK(unlock->onServer());
        CHECK(child<QLabel>(unlock, "unlockTarget")->text().contains(program.server.databaseName()));
        CHECK(child<QAbstractButton>(unlock, "forgotButton")->isHidden()); // an administrator reactivates instead
        CHECK(QSettings().value(ProfileKey).toString() == QFileInfo(program.profilePath).absoluteFilePath());

        // A wrong passphrase is said in the dialog, as for a vault; nothing opens.
        retype(unlock, "login", QStringLiteral("alex"));
        retype(unlock, "passphrase", QStringLiteral("not the passphrase at all, really"));
        QTest::mouseClick(child<QAbstractButton>(unlock, "unlockButton"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return errorShown(unlock); }, 30000));
        CHECK(controller.session() == nullptr);

        retype(unlock, "passphrase", Passphrase);
        QTest::mouseClick(child<QAbstractButton>(unlock, "unlockButton"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return controller.mainWindow() != nullptr; }, 30000));
        VaultSession* session = controller.session();
        REQUIRE(session != nullptr);
        CHECK(session->onServer());
        MainWindow* window = controller.mainWindow();
        CHECK(window->windowTitle().contains(program.server.databaseName()));

        // The server's operator backs the program up. The identity key changes online: the window stays open, and
        // the session it shows goes on with the new key.
        const int settings = window->pageIndex(QStringLiteral("settingsPage"));
        window->setCurrentPage(settings);
        QWidget* page = window->page(settings);
        CHECK(page->findChild<QWidget*>(QStringLiteral("serverBackupSection")) != nullptr);
        CHECK(page->findChild<QWidget*>(QStringLiteral("backupNowButton")) == nullptr);
        auto* newKey = child<QAbstractButton>(page, "rotateKeyButton");
        CHECK(newKey->isVisible());
        CHECK(newKey->text().contains(QStringLiteral("identity")));
        const quint32 epochBefore = session->database().identityCells()->epoch();
        QTest::mouseClick(newKey, Qt::LeftButton);
        auto* confirmation = page->findChild<QMessageBox*>(QStringLiteral("accountConfirmation"));
        REQUIRE(confirmation != nullptr);
        QTest::mouseClick(confirmation->button(QMessageBox::Yes), Qt::LeftButton);
        auto* accountsMessage = child<QLabel>(page, "accountsMessage");
        REQUIRE(waitFor([&] { return accountsMessage->text().contains(QStringLiteral("new identity key")); }, 30000));
        CHECK(controller.mainWindow() == window);
        CHECK(session->database().identityCells()->epoch() == epochBefore + 1);
        auto verified = session->verify();
        REQUIRE(verified);
        CHECK(verified->problems.isEmpty());

        // Locking makes no backup and asks for the same server again.
        controller.lock();
        REQUIRE(controller.unlockDialog() != nullptr);
        CHECK(controller.session() == nullptr);
        CHECK_FALSE(controller.endingSession());
        CHECK(controller.unlockDialog()->onServer());
    }

    // Where the program is, and who signed in last, are all this computer's preferences hold.
    const QString settings = everySetting();
    CHECK(settings.contains(QStringLiteral("server/profile")));
    CHECK_FALSE(settings.contains(Passphrase));

    {
        // The next start signs in to the same server, the login filled in; "Use this computer's vault" forgets the
        // server, and with no vault here PeerDesk offers to create one.
        AppController controller(noVault, KdfParams::fastForTests());
        controller.start();
        UnlockDialog* unlock = controller.unlockDialog();
        REQUIRE(unlock != nullptr);
        CHECK(unlock->onServer());
        CHECK(child<QLineEdit>(unlock, "login")->text() == QLatin1String("alex"));
        QTest::mouseClick(child<QAbstractButton>(unlock, "switchTargetButton"), Qt::LeftButton);
        REQUIRE(waitFor([&] { return controller.createVaultDialog() != nullptr; }));
        CHECK(waitFor([&] { return controller.unlockDialog() == nullptr; }));
        CHECK_FALSE(QSettings().contains(ProfileKey));
    }
}

TEST_CASE("A profile remembered but gone is said at the start, and another one can be chosen", "[ui][server]")
{
    prepareApplication();
    ProgramServer program;
    QTemporaryDir home;
    REQUIRE(home.isValid());
    // A local vault exists too: the unlock dialog falls back to it, saying why the server is not offered.
    TempVault local;
    AppController::rememberServerProfile(home.filePath(QStringLiteral("moved-away.json")));

    AppController controller(local.directory(), KdfParams::fastForTests());
    controller.start();
    UnlockDialog* unlock = controller.unlockDialog();
    REQUIRE(unlock != nullptr);
    CHECK_FALSE(unlock->onServer());
    CHECK(unlock->errorText().contains(QStringLiteral("moved-away.json")));

    QTest::mouseClick(child<QAbstractButton>(unlock, "switchTargetButton"), Qt::LeftButton);
    chooseProfile(program.profilePath);
    REQUIRE(waitFor([&] { return unlock->onServer(); }));
    CHECK(unlock->errorText().isEmpty());

    // Back to the vault of this computer, which opens as before.
    QTest::mouseClick(child<QAbstractButton>(unlock, "switchTargetButton"), Qt::LeftButton);
    CHECK_FALSE(unlock->onServer());
    CHECK_FALSE(QSettings().contains(ProfileKey));
    retype(unlock, "login", QLatin1String(TempVault::Login));
    retype(unlock, "passphrase", QLatin1String(TempVault::Passphrase));
    QTest::mouseClick(child<QAbstractButton>(unlock, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitFor([&] { return controller.session() != nullptr; }, 30000));
    CHECK_FALSE(controller.session()->onServer());
}

TEST_CASE("A request a colleague takes in appears on the open window as it commits, without a refresh",
          "[ui][server][live]")
{
    prepareApplication();
    ProgramServer program;
    QTemporaryDir home;
    REQUIRE(home.isValid());
    AppController::rememberServerProfile(program.profilePath);
    AppController controller(home.filePath(QStringLiteral("vault")), KdfParams::fastForTests());
    MainWindow* window = signInFromWindow(controller, QStringLiteral("alex"), Passphrase);
    CHECK(child<QLabel>(window, "liveStatus")->text().contains(QStringLiteral("live")));
    window->setCurrentPage(window->pageIndex(QStringLiteral("requestsPage")));
    QAbstractItemModel* requests = child<QTableView>(window, "requestsTable")->model();
    REQUIRE(requests->rowCount() == 0);

    // The colleague: another connection, another session, as from another machine.
    auto profile = server_profile::load(program.profilePath);
    REQUIRE(profile);
    auto key = vault::deriveServerKey(*profile, QStringLiteral("alex"), TempVault::secret(Passphrase));
    REQUIRE(key);
    const SystemClock clock;
    auto colleague = vault::openOnServer(*profile, std::move(*key), clock);
    REQUIRE(colleague);
    REQUIRE(RequestService(**colleague)
                .intake(sampleRequest(clock.nowUtc(), QStringLiteral("Ottoline Marchbanks"),
                                      QStringLiteral("ottoline@example.org"))));
    // Within the two seconds the issue allows (250 ms of it waiting for more changes to come).
    CHECK(waitFor([&] { return requests->rowCount() == 1; }, int(timeLimitMs(2000))));
    (*colleague)->close();

    // The server ends the window's listening connection (a restart, a network cut, an operator): the status bar
    // says so within a heartbeat, the window listens again by itself, and reads the page again once it does.
    auto terminated = program.server.owner().exec(QStringLiteral(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND "
        "application_name = 'peerdesk-changes'"));
    REQUIRE(terminated);
    REQUIRE(terminated->next());
    REQUIRE(terminated->value(0).toInt() == 1);
    terminated->finish();
    auto* live = child<QLabel>(window, "liveStatus");
    CHECK(waitFor([&] { return live->text().contains(QStringLiteral("connection lost")); }, int(timeLimitMs(10000))));
    REQUIRE(waitFor([&] { return live->text() == QStringLiteral("Others' changes: live"); }, int(timeLimitMs(10000))));
    auto again = vault::deriveServerKey(*profile, QStringLiteral("alex"), TempVault::secret(Passphrase));
    REQUIRE(again);
    auto second = vault::openOnServer(*profile, std::move(*again), clock);
    REQUIRE(second);
    REQUIRE(RequestService(**second).intake(
        sampleRequest(clock.nowUtc(), QStringLiteral("Perpetua Vale"), QStringLiteral("perpetua@example.org"))));
    CHECK(waitFor([&] { return requests->rowCount() == 2; }, int(timeLimitMs(2000))));
    (*second)->close();
}

TEST_CASE("A supporter's window holds their own matches only, and each step taken there reaches the coordinators",
          "[ui][server][supporters]")
{
    prepareApplication();
    ProgramServer program;
    auto profile = server_profile::load(program.profilePath);
    REQUIRE(profile);
    const SystemClock clock;
    const auto signIn = [&](const QString& login, const QString& passphrase) {
        auto key = vault::deriveServerKey(*profile, login, TempVault::secret(passphrase));
        REQUIRE(key);
        auto session = vault::openOnServer(*profile, std::move(*key), clock);
        if (!session)
            FAIL(session.error().message.toStdString());
        return std::move(*session);
    };
    auto alex = signIn(QStringLiteral("alex"), Passphrase);
    auto jordanId = SupporterService(*alex).add(
        sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
    REQUIRE(jordanId);
    const auto matchedRequest = [&](const QString& name, const QString& email) {
        auto id = RequestService(*alex).intake(sampleRequest(clock.nowUtc().addSecs(-600), name, email));
        REQUIRE(id);
        REQUIRE(RequestService(*alex).triage(*id, {}));
        REQUIRE(MatchingService(*alex).assign(*id, *jordanId));
        return *id;
    };
    const qint64 robin = matchedRequest(QStringLiteral("Robin Tremblay"), QStringLiteral("robin@example.org"));
    const QString initial = QStringLiteral("initial words for jordan 8812");
    const QString own = QStringLiteral("birch canoe 73 paddle jordan");
    NewUser jordan;
    jordan.login = QStringLiteral("jordan");
    jordan.role = Role::Supporter;
    jordan.supporterId = *jordanId;
    jordan.initialPassphrase = TempVault::secret(initial);
    REQUIRE(UserService(*alex).add(jordan));
    REQUIRE(signIn(QStringLiteral("jordan"), initial)->changePassphrase(TempVault::secret(own)));

    QTemporaryDir home;
    REQUIRE(home.isValid());
    AppController::rememberServerProfile(program.profilePath);
    AppController controller(home.filePath(QStringLiteral("vault")), KdfParams::fastForTests());
    MainWindow* window = signInFromWindow(controller, QStringLiteral("jordan"), own);
    // One page, theirs: nothing of the coordinators' pages.
    REQUIRE(window->pageCount() == 1);
    CHECK(window->page(0)->objectName() == QStringLiteral("myMatchesPage"));
    CHECK(window->pageIndex(QStringLiteral("requestsPage")) == -1);
    auto* page = qobject_cast<MyMatchesPage*>(window->page(0));
    REQUIRE(page != nullptr);
    QAbstractItemModel* matches = child<QTableView>(window, "myMatchesTable")->model();
    REQUIRE(matches->rowCount() == 1);
    CHECK(matches->index(0, 0).data().toString() == QStringLiteral("Robin"));
    CHECK(matches->index(0, 1).data().toString() == QStringLiteral("robin@example.org"));
    CHECK_FALSE(child<QAbstractButton>(window, "firstContactButton")->isEnabled());

    QTest::mouseClick(child<QAbstractButton>(window, "acceptMatchButton"), Qt::LeftButton);
    CHECK(RequestService(*alex).get(robin)->status == RequestStatus::Accepted);
    REQUIRE(child<QAbstractButton>(window, "firstContactButton")->isEnabled());
    QTest::mouseClick(child<QAbstractButton>(window, "firstContactButton"), Qt::LeftButton);
    CHECK(RequestService(*alex).get(robin)->status == RequestStatus::FirstContactMade);
    FormDialog* booking = page->book();
    REQUIRE(booking != nullptr);
    booking->submit();
    auto booked = SchedulingService(*alex).list(robin);
    REQUIRE(booked);
    CHECK(booked->size() == 1);
    CHECK(child<QTableView>(window, "myConversationsTable")->model()->rowCount() == 1);
    // Past the program's cap, the supporter is told to suggest an onward referral, as a coordinator is.
    REQUIRE(
        ProgramSettings(alex->database()).set(QLatin1String(ProgramSettings::ConversationCap), QStringLiteral("1")));
    FormDialog* again = page->book();
    REQUIRE(again != nullptr);
    child<MomentEdit>(again, "bookWhen")->setDateTime(clock.nowUtc().toLocalTime().addDays(3));
    again->submit();
    CHECK(SchedulingService(*alex).list(robin)->size() == 2);
    auto* told = child<MessageLabel>(window, "myMatchesMessage");
    CHECK(told->kind() == MessageLabel::Kind::Info);
    CHECK(told->text().contains(QStringLiteral("onward referral")));

    // A match the coordinators make while the window is open appears on it as it commits.
    matchedRequest(QStringLiteral("Sasha Roy"), QStringLiteral("sasha@example.org"));
    CHECK(waitFor([&] { return matches->rowCount() == 2; }, int(timeLimitMs(3000))));

    // Asking for a new supporter ends the match: it leaves the window, the request goes back to be matched.
    page->selectMatch(MatchingService(*alex).liveMatch(robin)->value().id);
    FormDialog* away = page->stepAway();
    REQUIRE(away != nullptr);
    away->submit();
    CHECK(RequestService(*alex).get(robin)->status == RequestStatus::Triaged);
    CHECK(matches->rowCount() == 1);
    CHECK(matches->index(0, 0).data().toString() == QStringLiteral("Sasha"));
    // The window's title names the program, never a physician.
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("Sasha")));
}
