#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace peerdesk {

class Page;
class VaultSession;

// The navigation frame: the sections on the left, the current one on the right, File and Help menus and a
// status bar naming the signed-in staff member. It exists only while a vault is unlocked: AppController
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

Q_SIGNALS:
    void lockRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void createActions();
    void showAbout();

    VaultSession& m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_statusUser;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace peerdesk
