#pragma once

#include "core/services/SupporterWorkService.h"
#include "ui/pages/Page.h"

#include <QList>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace peerdesk {

class FormDialog;
class MessageLabel;

// A supporter's whole window on a program server (docs/server.md, "Supporters"; the only page they see): their own
// live matches, each with the physician's first name, how to reach them and the date to make first contact by, its
// conversations, and a button for each step they record. Nothing of the coordinators' pages: what a supporter may
// read is only what the server lets their login read.
class MyMatchesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyMatchesPage)

public:
    explicit MyMatchesPage(PageContext& context, QWidget* parent = nullptr);
    ~MyMatchesPage() override;

    void reload() override;

    // The steps, as the buttons run them (public for the tests; each returns its dialog, or nothing when it needs
    // none or nothing is selected).
    void accept();
    void decline();
    void recordFirstContact();
    FormDialog* book();
    void recordHeld();
    FormDialog* stepAway();

    void selectMatch(qint64 matchId);
    void selectConversation(qint64 conversationId);

private:
    const SupporterMatch* selectedMatch() const;
    qint64 selectedConversationId() const;
    void showConversations();
    void updateButtons();
    // Reads the matches again after a step, says what happened, and tells the window the program changed.
    void stepDone(const Result<void>& result, const QString& done);

    PageContext& m_context;
    QList<SupporterMatch> m_matches;
    QStandardItemModel* m_matchModel;
    QStandardItemModel* m_conversationModel;
    QTableView* m_matchTable;
    QTableView* m_conversationTable;
    QLabel* m_count;
    QPushButton* m_acceptButton;
    QPushButton* m_declineButton;
    QPushButton* m_firstContactButton;
    QPushButton* m_bookButton;
    QPushButton* m_heldButton;
    QPushButton* m_stepAwayButton;
    MessageLabel* m_message;
};

} // namespace peerdesk
