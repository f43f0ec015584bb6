#pragma once

#include "ui/pages/Page.h"

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

// Today: what needs attention, as lists whose lines open the item (Enter or double-click) — first contacts overdue
// and due today, matches that need a new supporter, escalated requests without one, new requests to triage,
// triaged requests not yet matched, referrals awaiting consent, proposals awaiting (or long awaiting) a
// supporter's answer, matches with no conversation held lately, past sessions not recorded, today's
// conversations, this week's group sessions, group series running out, training falling due and identities
// about to be purged. Counts come from the database; each list shows its first lines.
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
        QString name;
        QGroupBox* box = nullptr;
        QListView* view = nullptr;
        QLabel* note = nullptr;
        DashboardListModel* model = nullptr;
        QString title;
        bool alert = false;
    };

    QWidget* createFirstSteps();
    Card& card(const QString& name);
    Card& addCard(const QString& name, const QString& title, const QString& empty, bool alert, int row, int column);
    void fill(Card& card, const DashboardRows& rows, QList<DashboardEntry> entries);
    void show(const DashboardOverview& overview);

    PageContext& m_context;
    QLabel* m_today;
    MessageLabel* m_error;
    QWidget* m_grid = nullptr;
    QList<Card> m_cards;
    QGroupBox* m_firstSteps = nullptr; // the first-run checklist, hidden once every step is done
    QList<QLabel*> m_stepLabels;
};

} // namespace peerdesk
