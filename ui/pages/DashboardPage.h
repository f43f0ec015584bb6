#pragma once

#include "pages/Page.h"

#include <QList>

class QGroupBox;
class QLabel;
class QListView;

namespace peerdesk {

class DashboardListModel;
class MessageLabel;
struct DashboardEntry;
struct DashboardOverview;
struct DashboardRows;

// Today: what needs attention, as lists whose lines open the item (Enter or double-click) — new requests to
// triage, referrals awaiting consent, proposals awaiting a supporter's answer, first contacts overdue and due
// today, today's conversations, this week's group sessions, training falling due and identities about to be
// purged. Counts come from the database; each list shows its first lines.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(PageContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void reload() override;

    // The list with this object name ("newRequestsList", ...), for tests and the screenshot tour.
    QListView* list(const QString& objectName) const;

private:
    struct Card
    {
        QGroupBox* box = nullptr;
        QListView* view = nullptr;
        QLabel* note = nullptr;
        DashboardListModel* model = nullptr;
        QString title;
        bool alert = false;
    };

    Card& addCard(const QString& name, const QString& title, bool alert, int row, int column);
    void fill(Card& card, const DashboardRows& rows, QList<DashboardEntry> entries);
    void show(const DashboardOverview& overview);

    PageContext& m_context;
    QLabel* m_today;
    MessageLabel* m_error;
    QWidget* m_grid = nullptr;
    QList<Card> m_cards;
};

} // namespace peerdesk
