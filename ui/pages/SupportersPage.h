#pragma once

#include "core/Result.h"
#include "core/domain/Site.h"
#include "ui/pages/Page.h"
#include "ui/undo/EditCommand.h"

#include <QDate>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace peerdesk {

class DebriefTableModel;
class FormDialog;
class MessageLabel;
class SupporterEditorDialog;
class SupporterFilterModel;
class SupporterImportDialog;
class SupporterTableModel;
class TrainingTableModel;
struct Supporter;
struct SupporterStatusState;

// The roster of peer supporters: a filterable table, the selected supporter's profile, training (refreshers
// due soon or expired flagged) and debriefs. Administrators add, edit, import and change statuses (edits and
// status changes go on the undo stack); coordinators read the roster and record debriefs, as the services
// allow.
class SupportersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportersPage)

public:
    explicit SupportersPage(PageContext& context, QWidget* parent = nullptr);

    void reload() override;
    bool showItem(ItemKind kind, qint64 id) override;

    qint64 selectedId() const; // 0 when nothing is selected
    SupporterTableModel* model() const { return m_model; }
    SupporterFilterModel* filterModel() const { return m_filter; }

    // The actions behind the buttons; each returns the dialog it opened (nullptr when not allowed).
    SupporterEditorDialog* newSupporter();
    SupporterEditorDialog* editSupporter();
    SupporterImportDialog* importSupporters();
    FormDialog* addTraining();
    FormDialog* addDebrief();
    FormDialog* pauseSupporter();
    // Moves the selected supporter to a status (clearing a pause when activating), on the undo stack.
    bool changeStatus(const QString& status);
    bool resumeSupporter();

private:
    void buildToolbar();
    void showDetails();
    void updateActions();
    void selectSupporter(qint64 id);
    const Supporter* current() const;
    // liveMatchesConfirmed: the person saw which live matches the change leaves without a supporter.
    Result<void> applyStatus(const SupporterStatusState& after, bool liveMatchesConfirmed = false);
    QStringList liveMatchReferences(qint64 supporterId);
    static QString liveMatchWarning(const QStringList& references);
    FormDialog* confirmStatusChange(const SupporterStatusState& after, const QStringList& references);
    bool applyStatusShowingErrors(const SupporterStatusState& after);
    // What the page's undo commands report to: after a change (the first redo too) and after a refusal.
    UndoReporter undoReporter();
    void afterUndoStep(qint64 id, const QString& error);
    void changed(qint64 selectId);
    QStringList affinityGroups();
    QList<Site> sites(); // every site, for the editor's site chooser

    PageContext& m_context;
    bool m_administrator;
    bool m_columnsSized = false;
    QDate m_today;
    SupporterTableModel* m_model;
    SupporterFilterModel* m_filter;
    TrainingTableModel* m_training;
    DebriefTableModel* m_debriefs;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
    QTableView* m_trainingView = nullptr;
    QTableView* m_debriefView = nullptr;
    MessageLabel* m_message = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QToolButton* m_statusButton = nullptr;
    QPushButton* m_trainingButton = nullptr;
    QPushButton* m_debriefButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QAction* m_activateAction = nullptr;
    QAction* m_inTrainingAction = nullptr;
    QAction* m_nominatedAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_retireAction = nullptr;
};

} // namespace peerdesk
