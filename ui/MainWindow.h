#pragma once

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QDialog;
class QListWidget;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoStack;

namespace peerdesk {

class ChangeFeed;
class Page;
class VaultSession;
struct PageContext;
enum class ItemKind;

// The navigation frame: the sections on the left, the current one on the right, File, Edit, Go and Help menus
// and a status bar naming the signed-in staff member. Which sections exist depends on the role, mirroring
// the rules the services enforce: reporting users see only Statistics; coordinators do not see Audit or
// Settings (and the roster only read-only). It exists only while a vault is unlocked: AppController
// builds it after unlocking and destroys it when locking, so nothing read from the vault stays in a widget.
//
// Rules for everything the window opens: use QDialog::open() or show(), never exec() (locking destroys this
// window from the main event loop, which a nested exec() loop would outlive); and add lockAction() to the
// dialog, so Ctrl+L also works while it has the focus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(VaultSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    int currentPage() const;
    void setCurrentPage(int index);
    Page* page(int index) const;

    QAction* lockAction() const { return m_lockAction; }
    QToolBar* toolBar() const { return m_toolBar; }
    QUndoStack* undoStack() const { return m_undoStack; }
    // The index of the page with this object name ("requestsPage", ...), or -1 when the role does not see it.
    int pageIndex(const QString& objectName) const;
    // Help > User guide (F1): the bundled docs/user-guide.md, offline. Help > Keyboard shortcuts. Not modal.
    QDialog* showUserGuide();
    QDialog* showShortcuts();
    // Before the window closes for a lock or quit: a new request being typed is kept as a draft in the vault.
    void keepDrafts();
    // After unlock: offers to continue a kept draft (a non-modal question). Returns it, or nullptr when none.
    QDialog* offerDraft();

Q_SIGNALS:
    void lockRequested();
    // Others' changes arrived from the program server and the current page was read again (tests wait on it).
    void refreshedFromServer();
    void keyRotationRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPages();
    void addPage(Page* page);
    void onPageChanged(int index);
    void openItem(ItemKind kind, qint64 id);
    void createActions();
    void createGoMenu();
    void showAbout();
    void startLiveChanges();
    void showLive();
    void refreshFromServer();

    VaultSession& m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_statusUser;
    QLabel* m_liveStatus = nullptr; // on a program server: whether others' changes arrive
    std::unique_ptr<ChangeFeed> m_changes;
    QTimer* m_changesSettle = nullptr;
    QUndoStack* m_undoStack;
    std::unique_ptr<PageContext> m_context;
    QList<Page*> m_stalePages; // pages to reload when they are next shown
    QSet<Page*> m_loadedPages;
    QToolBar* m_toolBar = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_rotateKeyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace peerdesk
