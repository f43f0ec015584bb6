#pragma once

#include "pages/Page.h"

#include <QHash>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace peerdesk {

class FormDialog;
class GroupEditorDialog;
class GroupTableModel;
class MessageLabel;
class OccurrenceRecordDialog;
class OccurrenceTableModel;
class RegistrationTableModel;

// Recurring peer-support groups: the groups, the sessions of the selected group (attendance and feedback as
// counts, debrief tick) and the registrations for the selected session. Registrations hold a person's name
// and contact: they are shown in this page's table only.
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
    qint64 selectedGroupId() const;
    qint64 selectedOccurrenceId() const;
    qint64 selectedRegistrationId() const;
    void selectGroup(qint64 id);
    void selectOccurrence(qint64 id);

    // The actions behind the buttons; each returns the dialog it opened (nullptr when nothing is selected).
    GroupEditorDialog* newGroup();
    // The selected group in the editor; saving changes it (on the undo stack).
    GroupEditorDialog* editGroup();
    // Ends the selected group (asking first), or reopens it when it has ended.
    void endOrReopenGroup();
    FormDialog* scheduleAhead();
    OccurrenceRecordDialog* recordOccurrence();
    FormDialog* registerParticipant();
    bool verifyRegistration();
    bool markLinkSent();

private:
    void loadOccurrences();
    void loadRegistrations();
    void updateActions();
    void changed();

    PageContext& m_context;
    GroupTableModel* m_groups;
    QSortFilterProxyModel* m_groupSort;
    OccurrenceTableModel* m_occurrences;
    RegistrationTableModel* m_registrations;
    QHash<qint64, QString> m_supporterNames;
    QTableView* m_groupView;
    QTableView* m_occurrenceView;
    QTableView* m_registrationView;
    MessageLabel* m_message;
    QPushButton* m_newButton;
    QPushButton* m_scheduleButton;
    QPushButton* m_editButton;
    QPushButton* m_endButton;
    QPushButton* m_recordButton;
    QPushButton* m_registerButton;
    QPushButton* m_verifyButton;
    QPushButton* m_linkButton;
};

} // namespace peerdesk
