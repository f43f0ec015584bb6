#pragma once

#include "core/Result.h"
#include "core/domain/Request.h"
#include "core/domain/Site.h"
#include "ui/pages/Page.h"

#include <functional>
#include <optional>

class QComboBox;
class QDialog;
class QGroupBox;
class QLabel;
class QLineEdit;
class QAction;
class QMenu;
class QPushButton;
class QTableView;

namespace peerdesk {

class MessageLabel;
class RequestTableModel;
struct NewRequest;
struct PageContext;
struct RequestEdit;

// Requests for support, from intake to closing (coordinators): a filtered, sorted list of any size, the selected
// request's details and the actions its status allows (RequestLifecycle decides, the page only asks).
class RequestsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPage)

public:
    explicit RequestsPage(PageContext& context, QWidget* parent = nullptr);

    void reload() override;
    bool showItem(ItemKind kind, qint64 id) override;

    RequestTableModel* model() const { return m_model; }
    qint64 selectedRequestId() const { return m_selectedId; }

    // The dialogs, opened with open() (never exec()); also what the buttons and shortcuts do.
    void openIntake();
    // The intake form filled with a draft kept when the window locked.
    void openIntakeWithDraft(const NewRequest& draft);
    void openEdit();
    void openTriage();
    void openEscalation();
    void openClose();
    void openEndMatch();
    void openReferral();
    void openMatch(qint64 requestId);

Q_SIGNALS:
    // "Find a supporter…" on a triaged request and "Schedule conversation…" on an accepted or ongoing one: the
    // main window opens the Match and Schedule dialogs for them.
    void matchRequested(qint64 requestId);
    void scheduleRequested(qint64 requestId);

private:
    QWidget* createFilterBar();
    QWidget* createDetailPanel();
    QPushButton* actionButton(const char* name, const QString& text, const QString& accessibleName);
    static QAction* menuAction(QMenu* menu, const char* name, const QString& text);
    // The Site filter (shown to someone who works several sites) and column (in a program of several); read again
    // at every reload, since an administrator may have added a site or taken one away. True when the site the
    // filter had chosen is no longer offered.
    bool refreshSites();
    void applyFilters();
    void clearFilters();
    void selectRequest(qint64 id);
    void currentRowChanged();
    void showDetails(qint64 id);
    void updateActions();
    // Tooltips and status tips saying when each action becomes available, and the next-step button.
    void explainActions(const std::optional<RequestStatus>& status, bool coordinates);
    void afterWrite(qint64 id, const QString& success);
    // Asks the question, then runs the action as runAction() does; nothing happens on Cancel.
    void confirmStep(const QString& question, const QString& confirmText, const std::function<Result<void>()>& action,
                     const QString& success);
    void runAction(const std::function<Result<void>()>& action, const QString& success);
    void editStored(qint64 id, const QString& error);
    void keepSortIndicator();
    void prepareDialog(QDialog* dialog);

    PageContext& m_context;
    RequestTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    MessageLabel* m_message = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_reasonFilter = nullptr;
    QComboBox* m_channelFilter = nullptr;
    QComboBox* m_ageFilter = nullptr;
    QComboBox* m_dueFilter = nullptr;
    QComboBox* m_siteFilter = nullptr;
    QList<Site> m_sites; // the program's, for their names
    bool m_loaded = false;
    qint64 m_selectedId = 0;
    std::optional<SupportRequest> m_selected;
    bool m_hasLiveMatch = false;

    QLabel* m_detailTitle = nullptr;
    QLabel* m_detailStatus = nullptr;
    QLabel* m_detailReceived = nullptr;
    QLabel* m_detailDue = nullptr;
    QLabel* m_detailCategories = nullptr;
    QLabel* m_detailEscalated = nullptr;
    QLabel* m_detailMatch = nullptr;
    QLabel* m_detailProfile = nullptr;
    QGroupBox* m_identityBox = nullptr;
    QLabel* m_identityName = nullptr;
    QLabel* m_identityEmail = nullptr;
    QLabel* m_identityPhone = nullptr;
    QLabel* m_identityBestTime = nullptr;
    QLabel* m_identityInstitution = nullptr;
    QWidget* m_detailPanel = nullptr;

    QPushButton* m_consent = nullptr;
    QPushButton* m_triage = nullptr;
    QPushButton* m_escalate = nullptr;
    QPushButton* m_firstContact = nullptr;
    QPushButton* m_accepted = nullptr;
    QPushButton* m_declined = nullptr;
    QPushButton* m_findSupporter = nullptr;
    QPushButton* m_handOff = nullptr;
    QPushButton* m_schedule = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_close = nullptr;
    // The rarer actions, in the More actions menu.
    QPushButton* m_moreActions = nullptr;
    QAction* m_hold = nullptr;
    QAction* m_endMatch = nullptr;
    QPushButton* m_nextStep = nullptr; // "Next: Triage…": clicks the action the lifecycle usually takes next
    QPushButton* m_nextTarget = nullptr;
    QWidget* m_actionArea = nullptr;
    QAction* m_refer = nullptr;
};

} // namespace peerdesk
