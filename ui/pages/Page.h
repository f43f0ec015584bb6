#pragma once

#include <QIcon>
#include <QWidget>

class QAction;
class QUndoStack;
class QVBoxLayout;

namespace peerdesk {

class VaultSession;

// What every page of the main window may use. It lives as long as the main window, which owns the pages.
class LiveChanges;

struct PageContext
{
    VaultSession& session;
    QUndoStack& undoStack; // Edit > Undo/Redo: request, roster, group and settings changes push their commands here
    QAction* lockAction = nullptr; // add it to every dialog a page opens, so Ctrl+L works there too
    // Gives the vault a new data key: the window closes, the key is rotated with progress shown, and the vault
    // is unlocked again (AppController). Rotation needs the vault to itself, so it cannot run under a page.
    QAction* rotateKeyAction = nullptr;
    // Others' changes on a program server (LiveChanges.h); null on a local vault.
    LiveChanges* liveChanges = nullptr;
};

// Kinds of item one page can ask another to show (the Dashboard's lists open a request, a supporter, ...).
enum class ItemKind
{
    Request,
    Supporter,
    Conversation,
    GroupOccurrence,
    Group, // a series, on the Groups page
};

// One section of the main window: a heading, who the section is for and what it holds.
//
// Pages read the vault when they are shown (reload()), not when they are built, and again when another page
// changed something (the window calls reload() on the page that becomes current after any page emitted
// vaultChanged()). So switching pages is what refreshes them, and a page never holds stale data for long.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    ~Page() override;

    const QString& title() const { return m_title; }
    QIcon icon() const;

    // Reads what the page shows from the vault again. Called when the page becomes current.
    virtual void reload() { }
    // Selects and shows one item; false when this page does not show items of that kind.
    virtual bool showItem(ItemKind kind, qint64 id);

Q_SIGNALS:
    // The page wrote to the vault: other pages reload when they are next shown.
    void vaultChanged();
    // The user asked to open an item shown by another page.
    void itemRequested(peerdesk::ItemKind kind, qint64 id);
    // The user asked to go to another section ("settingsPage", "supportersPage", ...).
    void pageRequested(const QString& objectName);

protected:
    // iconName: a file in resources/icons without ".svg". description may be empty (pages full of data need
    // the room).
    Page(QString title, const QString& iconName, const QString& audience, const QString& description, QWidget* parent);

    // Where the page's own widgets go. It takes the remaining height of the page.
    QVBoxLayout* contentLayout() const { return m_content; }

private:
    QString m_title;
    QString m_iconName;
    QVBoxLayout* m_content;
};

} // namespace peerdesk
