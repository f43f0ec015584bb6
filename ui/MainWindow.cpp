#include "ui/MainWindow.h"

#include "core/ThirdParty.h"
#include "core/domain/Role.h"
#include "core/services/Permissions.h"
#include "core/services/RequestService.h"
#include "core/vault/ChangeFeed.h"
#include "core/vault/VaultSession.h"
#include "ui/LiveChanges.h"
#include "ui/UiInit.h"
#include "ui/dialogs/RequestEditorDialog.h"
#include "ui/pages/AuditPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/GroupsPage.h"
#include "ui/pages/MyMatchesPage.h"
#include "ui/pages/RequestsPage.h"
#include "ui/pages/SchedulePage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/StatisticsPage.h"
#include "ui/pages/SupportersPage.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/RequestForm.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace peerdesk {

MainWindow::MainWindow(VaultSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_statusUser(new QLabel(this))
    , m_undoStack(new QUndoStack(this))
{
    ui::initialiseResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(ui::applicationIconPath()));
    // The vault's folder (or the program server's database) and the application, never a person: the title shows
    // in task bars, window lists and screen shares. (Written out in full because Qt appends the display name only
    // to titles that do not already end with it.)
    setWindowTitle(tr("%1 — PeerDesk")
                       .arg(session.onServer() ? session.serverProfile()->connection.database
                                               : QDir(session.directory()).dirName()));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(210);
    // A light tint marks the current section and a border shows where the keyboard focus is; the text
    // keeps its normal colour, so the grey icons stay readable on light and dark palettes alike.
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { padding-top: 8px; outline: none; }"
        "QListWidget#navigation::item { padding: 7px 8px; margin: 1px 8px; border-radius: 5px;"
        " border: 1px solid transparent; color: palette(text); }"
        "QListWidget#navigation::item:hover { background: rgba(127, 127, 127, 0.12); }"
        "QListWidget#navigation::item:selected { background: rgba(48, 140, 198, 0.22); color: palette(text); }"
        "QListWidget#navigation::item:selected:focus { border: 1px solid palette(highlight); }"));
    m_pages->setObjectName(QStringLiteral("pages"));

    createActions();
    m_context = std::make_unique<PageContext>(PageContext{ session, *m_undoStack, m_lockAction, m_rotateKeyAction });
    addPages();
    createGoMenu();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    const CurrentUser& user = session.user();
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    const QString signedIn = tr("Signed in: %1 (%2)").arg(user.displayName, roleDisplayName(user.role));
    m_statusUser->setText(signedIn);
    m_statusUser->setAccessibleName(signedIn);
    statusBar()->addPermanentWidget(m_statusUser);
    if (session.onServer())
        startLiveChanges();

    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
}

MainWindow::~MainWindow()
{
    // The pages hold models and commands that use the session: gone before the context they refer to.
    m_undoStack->clear();
    delete m_pages;
    m_pages = nullptr;
}

void MainWindow::addPages()
{
    // Hiding is a convenience; the services refuse regardless (services/Permissions.h).
    const Role role = m_session.user().role;
    PageContext& context = *m_context;
    // A supporter's window is theirs alone: their own matches, nothing of the coordinators' pages.
    if (role == Role::Supporter) {
        addPage(new MyMatchesPage(context, m_pages));
        return;
    }
    if (coordinates(role)) {
        addPage(new DashboardPage(context, m_pages));
        auto* requests = new RequestsPage(context, m_pages);
        addPage(requests);
        addPage(new SupportersPage(context, m_pages));
        auto* schedule = new SchedulePage(context, m_pages);
        addPage(schedule);
        // "Schedule conversation…" on a request opens the Schedule page's dialog for it.
        connect(requests, &RequestsPage::scheduleRequested, this, [this, schedule](qint64 requestId) {
            setCurrentPage(m_pages->indexOf(schedule));
            schedule->scheduleFor(requestId);
        });
        addPage(new GroupsPage(context, m_pages));
    }
    addPage(new StatisticsPage(context, m_pages));
    if (administers(role)) {
        addPage(new AuditPage(context, m_pages));
        addPage(new SettingsPage(context, m_pages));
    }
}

// On a program server others work the same program: their changes arrive as they commit (ChangeFeed), and the page
// on screen is read again a moment later — a burst of changes (an import) reads it once. The others are read when
// next shown. Dialogs are not touched: what someone is typing stays as it is.
void MainWindow::startLiveChanges()
{
    m_liveStatus = new QLabel(this);
    m_liveStatus->setObjectName(QStringLiteral("liveStatus"));
    statusBar()->addPermanentWidget(m_liveStatus);
    auto feed = m_session.listenForChanges();
    if (!feed) {
        m_liveStatus->setText(tr("Others' changes: not shown"));
        m_liveStatus->setToolTip(feed.error().message);
        m_liveStatus->setAccessibleName(tr("Others' changes are not shown: %1").arg(feed.error().message));
        return;
    }
    m_changes = std::move(*feed);
    m_context->liveChanges = new LiveChanges(this);
    showLive();
    // A dropped connection is said, and tried again by the feed; once back, what changed meanwhile was never
    // announced, so the page on screen is read again at once.
    connect(m_changes.get(), &ChangeFeed::lost, this, [this](const QString& reason) {
        m_liveStatus->setText(tr("Others' changes: connection lost, reconnecting…"));
        m_liveStatus->setToolTip(reason);
        m_liveStatus->setAccessibleName(
            tr("Others' changes are not shown until the connection is back: %1").arg(reason));
    });
    connect(m_changes.get(), &ChangeFeed::listening, this, [this] {
        showLive();
        refreshFromServer();
    });
    m_changesSettle = new QTimer(this);
    m_changesSettle->setSingleShot(true);
    m_changesSettle->setInterval(250);
    connect(m_changesSettle, &QTimer::timeout, this, &MainWindow::refreshFromServer);
    connect(m_changes.get(), &ChangeFeed::changed, this, [this] {
        if (!m_changesSettle->isActive())
            m_changesSettle->start();
    });
}

void MainWindow::showLive()
{
    m_liveStatus->setText(tr("Others' changes: live"));
    m_liveStatus->setToolTip(QString());
    m_liveStatus->setAccessibleName(tr("Others' changes appear as they are made"));
}

void MainWindow::refreshFromServer()
{
    Page* current = page(m_pages->currentIndex());
    for (int index = 0; index < m_pages->count(); ++index) {
        Page* other = page(index);
        if (other != current && !m_stalePages.contains(other))
            m_stalePages.append(other);
    }
    if (current && m_loadedPages.contains(current))
        current->reload();
    if (m_context->liveChanges)
        Q_EMIT m_context->liveChanges->arrived();
    Q_EMIT refreshedFromServer();
}

void MainWindow::addPage(Page* page)
{
    connect(page, &Page::vaultChanged, this, [this, page] {
        for (int index = 0; index < m_pages->count(); ++index) {
            Page* other = this->page(index);
            if (other != page && !m_stalePages.contains(other))
                m_stalePages.append(other);
        }
    });
    connect(page, &Page::itemRequested, this, &MainWindow::openItem);
    connect(page, &Page::pageRequested, this, [this](const QString& objectName) {
        if (const int index = pageIndex(objectName); index >= 0)
            setCurrentPage(index);
    });
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setToolTip(tr("%1 (%2)").arg(
        page->title(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)).toString(QKeySequence::NativeText)));
}

void MainWindow::onPageChanged(int index)
{
    if (!m_pages || index < 0)
        return;
    m_pages->setCurrentIndex(index);
    Page* current = page(index);
    // Every page reads the vault when it is shown: the first time, and after another page changed it.
    if (!m_loadedPages.contains(current) || m_stalePages.removeAll(current) > 0) {
        m_loadedPages.insert(current);
        current->reload();
    }
}

void MainWindow::openItem(ItemKind kind, qint64 id)
{
    QString pageName;
    switch (kind) {
    case ItemKind::Request:
        pageName = QStringLiteral("requestsPage");
        break;
    case ItemKind::Supporter:
        pageName = QStringLiteral("supportersPage");
        break;
    case ItemKind::Conversation:
        pageName = QStringLiteral("schedulePage");
        break;
    case ItemKind::GroupOccurrence:
    case ItemKind::Group:
        pageName = QStringLiteral("groupsPage");
        break;
    }
    const int index = pageIndex(pageName);
    if (index < 0)
        return;
    setCurrentPage(index);
    page(index)->showItem(kind, id);
}

int MainWindow::pageIndex(const QString& objectName) const
{
    for (int index = 0; index < m_pages->count(); ++index) {
        if (m_pages->widget(index)->objectName() == objectName)
            return index;
    }
    return -1;
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < m_pages->count())
        m_navigation->setCurrentRow(index);
}

Page* MainWindow::page(int index) const
{
    return qobject_cast<Page*>(m_pages->widget(index));
}

void MainWindow::createActions()
{
    m_lockAction = new QAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"), this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setStatusTip(tr("Close the vault and ask for a passphrase again."));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    // Not in a menu: Settings > Accounts triggers it after its confirmation.
    m_rotateKeyAction = new QAction(tr("Rotate the data key"), this);
    m_rotateKeyAction->setObjectName(QStringLiteral("rotateKeyAction"));
    connect(m_rotateKeyAction, &QAction::triggered, this, &MainWindow::keyRotationRequested);

    m_quitAction = new QAction(QIcon(QStringLiteral(":/icons/quit.svg")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/about.svg")), tr("&About PeerDesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_lockAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    // One history for the whole window, as in Tiled: roster and request edits push their commands here.
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) too.
    QList<QKeySequence> redoKeys{ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) };
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
}

void MainWindow::createGoMenu()
{
    // Ctrl+1 .. Ctrl+8 go to the sections in the order of the list.
    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int index = 0; index < m_pages->count(); ++index) {
        Page* target = page(index);
        auto* action = new QAction(target->icon(), target->title(), this);
        action->setObjectName(QStringLiteral("goAction%1").arg(index + 1));
        if (index < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { setCurrentPage(index); });
        goMenu->addAction(action);
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* guide = new QAction(tr("&User guide"), this);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    auto* keys = new QAction(tr("&Keyboard shortcuts"), this);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    helpMenu->addAction(guide);
    helpMenu->addAction(keys);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

QDialog* MainWindow::showUserGuide()
{
    // Bundled in the program (resources/docs): offline, the same text as docs/user-guide.md, with its pictures.
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("PeerDesk user guide"));
    dialog->addAction(m_lockAction);
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideText"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(false);
    browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")), QTextDocument::MarkdownResource);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    ui::fitToScreen(dialog, QSize(900, 760));
    dialog->show();
    return dialog;
}

void MainWindow::keepDrafts()
{
    for (auto* dialog : findChildren<RequestEditorDialog*>(QStringLiteral("intakeDialog"))) {
        if (!dialog->isVisible() || !dialog->hasUnsavedIntake())
            continue;
        if (!RequestService(m_session).keepDraft(dialog->form()->request()))
            qWarning("The new request being typed could not be kept as a draft.");
        return; // one draft per person
    }
}

QDialog* MainWindow::offerDraft()
{
    if (!coordinates(m_session.user().role))
        return nullptr; // only those who take requests in keep drafts (and asking would be refused and audited)
    auto kept = RequestService(m_session).hasDraft();
    if (!kept || !*kept)
        return nullptr;
    auto* box = new QMessageBox(QMessageBox::Question, tr("New request kept"),
                                tr("A new request you were typing when PeerDesk locked was kept, encrypted in the "
                                   "vault. Continue it?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("draftQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addAction(m_lockAction);
    QPushButton* resume = box->addButton(tr("&Continue it"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("continueDraftButton"));
    QPushButton* discard = box->addButton(tr("&Discard it"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    box->setDefaultButton(resume);
    connect(resume, &QPushButton::clicked, this, [this] {
        auto draft = RequestService(m_session).takeDraft();
        if (!draft || !*draft)
            return;
        const int index = pageIndex(QStringLiteral("requestsPage"));
        if (index < 0)
            return;
        setCurrentPage(index);
        if (auto* requests = qobject_cast<RequestsPage*>(page(index)))
            requests->openIntakeWithDraft(**draft);
    });
    connect(discard, &QPushButton::clicked, this, [this] { (void)RequestService(m_session).takeDraft(); });
    box->open();
    return box;
}

QDialog* MainWindow::showShortcuts()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->addAction(m_lockAction);
    const QList<std::pair<QString, QString>> rows{
        { tr("Ctrl+1 … Ctrl+8"), tr("Go to the sections in the order of the list") },
        { QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText), tr("New request (Requests)") },
        { QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
          tr("The section's filter or search field") },
        { QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), tr("Undo") },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText), tr("Redo") },
        { m_lockAction->shortcut().toString(QKeySequence::NativeText), tr("Lock now, from any window") },
        { QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit") },
        { QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText), tr("User guide") },
        { tr("Enter"), tr("Open the selected line; in a request, its next step") },
        { tr("Alt+underlined letter"), tr("The button or field with that letter") },
        { tr("Escape"), tr("Close the dialog (a form with something typed asks first)") },
    };
    auto* table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Does") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    ui::fitToScreen(dialog, QSize(620, 420));
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    // Built by hand rather than QMessageBox::about(), which runs a nested event loop (see the class comment).
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About PeerDesk"));
    box->setIconPixmap(QIcon(ui::applicationIconPath()).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>PeerDesk %1</h3><p>Coordinating physician peer support, privately.</p>")
                     .arg(QStringLiteral(PEERDESK_VERSION)));
    // The licence, and those of what PeerDesk is built on, each with the version this process runs with.
    QString components;
    for (const ThirdPartyComponent& component : thirdPartyComponents()) {
        const QString name = component.version.isEmpty()
            ? component.name
            : tr("%1 %2", "a library's name and version").arg(component.name, component.version);
        components += QStringLiteral("<li>")
            + (component.bundled ? tr("%1: %2, included in PeerDesk's programs").arg(name, component.licence)
                                 : tr("%1: %2").arg(name, component.licence))
            + QStringLiteral("</li>");
    }
    box->setInformativeText(
        tr("<p>Everything PeerDesk records stays in an encrypted vault on this computer.</p>"
           "<p>PeerDesk is free software, licensed under the GNU General Public License, version 3 or later "
           "(%1): you may share and change it under its terms. It comes with no warranty.</p>"
           "<p>Built on:</p><ul>%2</ul>")
            .arg(peerdeskLicence(), components));
    box->setStandardButtons(QMessageBox::Close);
    if (QAbstractButton* close = box->button(QMessageBox::Close)) {
        close->setText(tr("&Close"));
        close->setAccessibleName(tr("Close"));
    }
    // Not modal, and Ctrl+L reaches it: locking must work from every window of the session.
    box->setWindowModality(Qt::NonModal);
    box->addAction(m_lockAction);
    box->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Closing the window ends PeerDesk; the controller closes the vault on the way out.
    event->ignore();
    Q_EMIT quitRequested();
}

} // namespace peerdesk
