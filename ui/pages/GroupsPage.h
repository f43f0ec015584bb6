#pragma once

#include "ui/pages/Page.h"
#include "ui/undo/EditCommand.h"

#include <QHash>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace peerdesk {

class EscalationDialog;
class FormDialog;
class GroupEditorDialog;
class GroupTableModel;
class MessageLabel;
class OccurrenceRecordDialog;
class OccurrenceTableModel;
class RegistrationTableModel;

// Recurring peer-support groups: the groups, the sessions of the selected group (attendance and feedback as
// counts, debrief tick) and either the registrations for the selected session (a drop-in group) or the group's
// standing members, verified once. Both hold a person's name and contact: they are shown in this page's tables
// only.
class GroupsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    explicit GroupsPage(PageContext& context, QWidget* parent = nullptr);

    void reload() override;
    bool showItem(ItemKind kind, qint64 id) override;

    GroupTableModel* groupModel() const { return m_groups; }
    OccurrenceTableModel* occurrenceModel() const { return m_occurrences; }
    RegistrationTableModel* registrationModel() const { return m_registrations; }
    RegistrationTableModel* memberModel() const { return m_members; }
    qint64 selectedGroupId() const;
    qint64 selectedOccurrenceId() const;
    qint64 selectedRegistrationId() const;
    qint64 selectedMemberId() const;
    void selectGroup(qint64 id);
    void selectOccurrence(qint64 id);

    // The actions behind the buttons; each returns the dialog it opened (nullptr when nothing is selected).
    GroupEditorDialog* newGroup();
    // The selected group in the editor; saving changes it (on the undo stack).
    GroupEditorDialog* editGroup();
    // Ends the selected group (asking first), or reopens it when it has ended; either goes on the undo stack.
    void endOrReopenGroup();
    FormDialog* scheduleAhead();
    OccurrenceRecordDialog* recordOccurrence();
    // Immediate risk during the selected session: the crisis resources, and the escalation recorded.
    EscalationDialog* escalateOccurrence();
    FormDialog* registerParticipant();
    bool verifyRegistration();
    bool markLinkSent();
    FormDialog* addMember();
    bool verifyMember();
    bool markMemberLinkSent();
    // Asks first; the member's identity is purged after the retention period.
    void removeMember();

private:
    void loadOccurrences();
    void loadRegistrations();
    void loadMembers();
    // Selects the member again after a change, and says what was done.
    void memberChanged(qint64 id, const QString& message);
    void updateActions();
    void changed();
    // What the page's undo commands report to: after a change (the first redo too) and after a refusal.
    UndoReporter undoReporter();
    void afterUndoStep(qint64 groupId, const QString& error);

    PageContext& m_context;
    GroupTableModel* m_groups;
    QSortFilterProxyModel* m_groupSort;
    OccurrenceTableModel* m_occurrences;
    RegistrationTableModel* m_registrations;
    RegistrationTableModel* m_members;
    QHash<qint64, QString> m_supporterNames;
    QTableView* m_groupView;
    QTableView* m_occurrenceView;
    QTableView* m_registrationView;
    QTableView* m_memberView;
    QStackedWidget* m_people; // registrations, or members
    MessageLabel* m_message;
    QPushButton* m_newButton;
    QPushButton* m_scheduleButton;
    QPushButton* m_editButton;
    QPushButton* m_endButton;
    QPushButton* m_recordButton;
    QPushButton* m_escalateButton;
    QLabel* m_resources; // the selected group's resources for participants
    QPushButton* m_registerButton;
    QPushButton* m_verifyButton;
    QPushButton* m_linkButton;
    QPushButton* m_addMemberButton;
    QPushButton* m_verifyMemberButton;
    QPushButton* m_memberLinkButton;
    QPushButton* m_removeMemberButton;
};

} // namespace peerdesk
