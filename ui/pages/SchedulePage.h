#pragma once

#include "ui/pages/Page.h"

#include <QDate>

class QFileDialog;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace peerdesk {

class AgendaModel;
class CalendarGridModel;
class ConversationDialog;
class MessageLabel;
struct CalendarItem;

// Conversations and group sessions by week or by month. Selecting a cell lists its items; selecting an item
// shows what it is and what can be done: move it, record how it went, export it as an iCalendar file. Items show
// reference codes and supporters' names, never a physician's.
class SchedulePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePage)

public:
    explicit SchedulePage(PageContext& context, QWidget* parent = nullptr);
    ~SchedulePage() override;

    void reload() override;
    // Conversations: goes to the conversation's week and selects it.
    bool showItem(ItemKind kind, qint64 id) override;

    // The dialog open on this page, if any (tests).
    ConversationDialog* conversationDialog() const;
    QFileDialog* exportDialog() const;

public Q_SLOTS:
    // Opens "New conversation" with the request preselected (the Requests page's "Schedule…").
    void scheduleFor(qint64 requestId);
    void newConversation();

private:
    void setSpan(bool month);
    void move(int steps);
    void goToday();
    void goTo(const QDate& day);
    void updateRangeLabel();
    void showCell(const QModelIndex& cell);
    void updateDetails();
    const CalendarItem* selectedItem() const;
    void selectItem(int kind, qint64 id);
    void editSelected();
    void setSelectedStatus(const QString& status);
    void recordStatus(qint64 id, const QString& status);
    void exportSelected();
    void writeCalendarFile(const QString& path, qint64 conversationId);
    void openConversationDialog(ConversationDialog* dialog);

    PageContext& m_context;
    CalendarGridModel* m_grid;
    AgendaModel* m_agenda;
    QSortFilterProxyModel* m_agendaProxy;
    QStackedWidget* m_views;
    QTableView* m_weekView;
    QTableView* m_monthView;
    QTableView* m_agendaView;
    QLabel* m_rangeLabel;
    QPushButton* m_weekButton;
    QPushButton* m_monthButton;
    QLabel* m_details;
    QPushButton* m_editButton;
    QPushButton* m_heldButton;
    QPushButton* m_cancelledButton;
    QPushButton* m_noShowButton;
    QPushButton* m_exportButton;
    QPushButton* m_openGroupButton;
    MessageLabel* m_message;
    QDate m_day; // a day in the shown week or month
    int m_cellRow = -1; // the selected cell, kept across reloads
    int m_cellColumn = -1;
};

} // namespace peerdesk
