#include "ui/ScreenshotTour.h"

#include "core/Clock.h"
#include "core/demo/DemoData.h"
#include "core/security/PassphrasePolicy.h"
#include "core/services/RequestService.h"
#include "core/services/RetentionService.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/CreateVaultDialog.h"
#include "ui/dialogs/MatchDialog.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/pages/Page.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace peerdesk::ui {

namespace {

const auto DemoLogin = QStringLiteral("admin");
const auto DemoDisplayName = QStringLiteral("Alex Admin");
// Only ever protects the throw-away vault of the tour.
const auto DemoPassphrase = QStringLiteral("harbour lantern quietly orbits seven maples");

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// prepare runs once the widget is shown, when showing has moved the focus (and selected text) around.
bool save(QWidget& widget, const QString& path, const std::function<void()>& prepare = {})
{
    widget.show();
    widget.raise();
    settle();
    if (prepare) {
        prepare();
        settle();
    }
    const QPixmap pixmap = widget.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        std::fprintf(stderr, "peerdesk: cannot write %s\n", qUtf8Printable(QDir::toNativeSeparators(path)));
        return false;
    }
    std::fprintf(stdout, "%s\n", qUtf8Printable(QDir::toNativeSeparators(path)));
    return true;
}

void setText(QWidget& dialog, const char* name, const QString& text)
{
    if (auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name))) {
        edit->setText(text);
        edit->deselect();
    }
}

// The width a documentation image should have, and the height the dialog's wrapped text needs at that width.
void fitWidth(QWidget& dialog, int width)
{
    QLayout* layout = dialog.layout();
    const int height
        = layout && layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : dialog.sizeHint().height();
    dialog.resize(width, height);
}

void fail(const QString& message)
{
    std::fprintf(stderr, "peerdesk: %s\n", qUtf8Printable(message));
}

// A page with a table shows its first item's details, as a coordinator would see it after one click.
std::function<void()> selectFirstRow(MainWindow& window)
{
    return [&window] {
        QWidget* current = window.page(window.currentPage());
        // Statistics: a table with categories, so its chart shows too.
        if (auto* tables = current->findChild<QListWidget*>(QStringLiteral("statisticsTables"));
            tables && tables->count() > 1) {
            tables->setCurrentRow(1);
            return;
        }
        const auto views = current->findChildren<QAbstractItemView*>();
        for (QAbstractItemView* view : views) {
            // Calendar grids are not lists: their first cell is midnight, not an item.
            const bool calendar
                = view->objectName() == QLatin1String("weekView") || view->objectName() == QLatin1String("monthView");
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 && !view->currentIndex().isValid()
                && qobject_cast<QTableView*>(view) && !calendar) {
                view->setCurrentIndex(view->model()->index(0, 0));
                return;
            }
        }
    };
}

// Screens beyond the pages (the match dialog); each returns false after reporting what failed.
bool saveExtraScreens(MainWindow& window, VaultSession& session, const QDir& out)
{
    // The match dialog for the oldest request waiting for a supporter.
    auto triaged = RequestService(session).list(RequestStatus::Triaged);
    if (!triaged || triaged->isEmpty()) {
        fail(QStringLiteral("the demo vault has no triaged request to match"));
        return false;
    }
    PageContext context{ session, *window.undoStack(), window.lockAction() };
    MatchDialog dialog(context, triaged->last().id, &window);
    dialog.resize(980, 640);
    const auto chooseFirst = [&dialog] {
        if (auto* view = dialog.findChild<QAbstractItemView*>(QStringLiteral("candidatesView"));
            view && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    };
    return save(dialog, out.filePath(QStringLiteral("match-dialog.png")), chooseFirst);
}

} // namespace

int runScreenshotTour(const QString& outputDirectory)
{
    const QDir out(outputDirectory);
    if (!out.exists() && !QDir().mkpath(outputDirectory)) {
        fail(QStringLiteral("cannot create %1").arg(outputDirectory));
        return 1;
    }
    QTemporaryDir temporary(QDir::temp().filePath(QStringLiteral("peerdesk-demo-XXXXXX")));
    if (!temporary.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
        return 1;
    }
    const QString directory = temporary.filePath(QStringLiteral("vault"));
    const SystemClock clock;

    {
        CreateVaultDialog dialog(directory, clock, KdfParams::fastForTests());
        setText(dialog, "login", DemoLogin);
        setText(dialog, "displayName", DemoDisplayName);
        setText(dialog, "passphrase", DemoPassphrase);
        setText(dialog, "confirmPassphrase", DemoPassphrase);
        fitWidth(dialog, 600);
        const auto focusCreate = [&dialog] {
            if (auto* create = dialog.findChild<QWidget*>(QStringLiteral("createButton")))
                create->setFocus();
        };
        if (!save(dialog, out.filePath(QStringLiteral("create-vault.png")), focusCreate))
            return 1;
    }

    NewVaultRequest request;
    request.directory = directory;
    request.adminLogin = DemoLogin;
    request.adminDisplayName = DemoDisplayName;
    request.kdf = KdfParams::fastForTests();
    auto secret = passphrase_policy::normalise(DemoPassphrase);
    if (!secret) {
        fail(secret.error().message);
        return 1;
    }
    request.adminPassphrase = std::move(*secret);
    auto created = vault::create(std::move(request), clock);
    if (!created) {
        fail(created.error().message);
        return 1;
    }
    {
        RecoveryKeyDialog dialog(created->recoveryKey);
        fitWidth(dialog, 600);
        const auto confirm = [&dialog] {
            if (auto* stored = dialog.findChild<QCheckBox*>(QStringLiteral("storedCheck")))
                stored->setChecked(true);
        };
        if (!save(dialog, out.filePath(QStringLiteral("recovery-key.png")), confirm))
            return 1;
    }

    {
        UnlockDialog dialog(directory, DemoLogin);
        setText(dialog, "passphrase", DemoPassphrase);
        fitWidth(dialog, 480);
        const auto deselect = [&dialog] {
            if (auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase")))
                edit->deselect();
        };
        if (!save(dialog, out.filePath(QStringLiteral("unlock.png")), deselect))
            return 1;
    }

    auto passphrase = passphrase_policy::normalise(DemoPassphrase);
    if (!passphrase) {
        fail(passphrase.error().message);
        return 1;
    }
    auto key = vault::unwrapWithPassphrase(directory, DemoLogin, *passphrase);
    if (!key) {
        fail(key.error().message);
        return 1;
    }
    // Demo data through the services, on a clock that replays the past; afterwards it reads the real time.
    DemoClock demoClock(clock);
    auto session = vault::open(std::move(*key), demoClock);
    if (!session) {
        fail(session.error().message);
        return 1;
    }
    if (auto demo = DemoData::generate(**session, demoClock, DemoOptions{}); !demo) {
        fail(demo.error().message);
        return 1;
    }
    // As the next unlock would: the demo's old closed requests are past retention.
    if (auto purged = RetentionService(**session).purge(); !purged) {
        fail(purged.error().message);
        return 1;
    }
    {
        MainWindow window(**session);
        window.resize(1280, 800);
        if (!save(window, out.filePath(QStringLiteral("main-window.png"))))
            return 1;
        // Every section, named by its object name without "Page": dashboard.png, requests.png, ...
        for (int index = 0; index < window.pageCount(); ++index) {
            window.setCurrentPage(index);
            QString name = window.page(index)->objectName();
            name.chop(int(qstrlen("Page")));
            if (!save(window, out.filePath(name + QStringLiteral(".png")), selectFirstRow(window)))
                return 1;
        }
        if (!saveExtraScreens(window, **session, out))
            return 1;
    }
    (*session)->close();
    return 0;
}

} // namespace peerdesk::ui
