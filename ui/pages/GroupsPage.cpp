#include "ui/pages/GroupsPage.h"

#include "core/domain/Vocabulary.h"
#include "core/services/GroupMemberService.h"
#include "core/services/GroupService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/services/VersionCheck.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/ConflictText.h"
#include "ui/dialogs/EscalationDialog.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/dialogs/GroupEditorDialog.h"
#include "ui/dialogs/OccurrenceRecordDialog.h"
#include "ui/models/GroupTableModel.h"
#include "ui/models/OccurrenceTableModel.h"
#include "ui/models/RegistrationTableModel.h"
#include "ui/undo/GroupCommands.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

namespace {

qint64 selectedId(const QTableView* view, int idRole)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid() || !view->selectionModel()->isSelected(index))
        return 0;
    return index.data(idRole).toLongLong();
}

void selectRow(QTableView* view, const QModelIndex& index)
{
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

struct PersonFields
{
    QLineEdit* name;
    QLineEdit* contact;
    QComboBox* province;
};

// The name, contact and province rows of a form that registers a participant or adds a member; the fields are
// named "<prefix>NameEdit", "<prefix>ContactEdit" and "<prefix>ProvinceCombo".
PersonFields addPersonFields(FormDialog* dialog, const char* prefix, const QString& nameLabel,
                             const QString& contactLabel)
{
    const auto named = [prefix](QWidget* widget, const char* suffix, const QString& accessibleName) {
        widget->setObjectName(QLatin1String(prefix) + QLatin1String(suffix));
        widget->setAccessibleName(accessibleName);
    };
    PersonFields fields{ new QLineEdit(dialog), new QLineEdit(dialog), new QComboBox(dialog) };
    named(fields.name, "NameEdit", nameLabel);
    named(fields.contact, "ContactEdit", contactLabel);
    named(fields.province, "ProvinceCombo", GroupsPage::tr("Province or territory"));
    fields.name->setMaxLength(GroupRegistration::MaxFieldLength);
    fields.contact->setMaxLength(GroupRegistration::MaxFieldLength);
    for (const Term& term : Vocabulary::terms(Vocab::Province))
        fields.province->addItem(term.name, term.key);
    dialog->form()->addRow(GroupsPage::tr("&Name:"), fields.name);
    dialog->form()->addRow(GroupsPage::tr("&Email or phone:"), fields.contact);
    dialog->form()->addRow(GroupsPage::tr("&Province or territory:"), fields.province);
    return fields;
}

QWidget* section(QWidget* parent, const QString& title, QTableView* view, const QList<QPushButton*>& buttons)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(title, box);
    label->setBuddy(view);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    row->addWidget(label);
    row->addStretch(1);
    for (QPushButton* button : buttons)
        row->addWidget(button);
    layout->addLayout(row);
    layout->addWidget(view, 1);
    return box;
}

} // namespace

GroupsPage::GroupsPage(PageContext& context, QWidget* parent)
    : Page(tr("Groups"), QStringLiteral("groups"), tr("For coordinators"),
           tr("Recurring peer-support groups: when they meet, their facilitators and how many people they can "
              "welcome. Afterwards only counts are kept (attendance and anonymous feedback), never who "
              "attended."),
           parent)
    , m_context(context)
    , m_groups(new GroupTableModel(this))
    , m_groupSort(new QSortFilterProxyModel(this))
    , m_occurrences(new OccurrenceTableModel(this))
    , m_registrations(new RegistrationTableModel(this))
    , m_members(new RegistrationTableModel(this))
    , m_groupView(ui::createTableView(this, "groupTable", tr("Groups")))
    , m_occurrenceView(ui::createTableView(this, "occurrenceTable", tr("Sessions of the selected group")))
    , m_registrationView(ui::createTableView(this, "registrationTable", tr("Registrations for the selected session")))
    , m_memberView(ui::createTableView(this, "memberTable", tr("Members of the selected group")))
    , m_people(new QStackedWidget(this))
    , m_message(new MessageLabel(this))
    , m_newButton(ui::createButton(this, tr("&New group…"), "newGroupButton", tr("New group"), "add"))
    , m_scheduleButton(ui::createButton(this, tr("&Schedule ahead…"), "scheduleAheadButton",
                                        tr("Schedule sessions ahead"), "schedule"))
    , m_editButton(ui::createButton(this, tr("E&dit…"), "editGroupButton", tr("Change the group"), "edit"))
    , m_endButton(ui::createButton(this, tr("End gr&oup…"), "endGroupButton", tr("End the group")))
    , m_recordButton(ui::createButton(this, tr("&Record…"), "recordOccurrenceButton", tr("Record the session"), "edit"))
    , m_escalateButton(ui::createButton(this, tr("Immediate ris&k…"), "escalateOccurrenceButton",
                                        tr("Someone in the session is at immediate risk")))
    , m_resources(new QLabel(this))
    , m_registerButton(ui::createButton(this, tr("Register &participant…"), "registerParticipantButton",
                                        tr("Register a participant"), "add"))
    , m_verifyButton(ui::createButton(this, tr("Mark &verified"), "verifyRegistrationButton",
                                      tr("Mark the participant verified"), "verify"))
    , m_linkButton(
          ui::createButton(this, tr("Mark &link sent"), "linkSentButton", tr("Mark the joining link sent"), "mail"))
    , m_addMemberButton(
          ui::createButton(this, tr("&Add member…"), "addMemberButton", tr("Add a member to the group"), "add"))
    , m_verifyMemberButton(ui::createButton(this, tr("Mark &verified"), "verifyMemberButton",
                                            tr("Mark the member's identity and province verified"), "verify"))
    , m_memberLinkButton(ui::createButton(this, tr("Mark &link sent"), "memberLinkSentButton",
                                          tr("Mark the group's link sent to the member"), "mail"))
    , m_removeMemberButton(
          ui::createButton(this, tr("Re&move…"), "removeMemberButton", tr("Remove the member from the group")))
{
    m_message->setObjectName(QStringLiteral("groupsMessage"));
    contentLayout()->addWidget(m_message);

    m_groupSort->setSourceModel(m_groups);
    m_groupSort->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_groupView->setModel(m_groupSort);
    m_groupView->setSortingEnabled(true);
    m_groupView->sortByColumn(GroupTableModel::Name, Qt::AscendingOrder);
    m_occurrenceView->setModel(m_occurrences);
    m_registrationView->setModel(m_registrations);
    m_memberView->setModel(m_members);
    EmptyState::attach(m_groupView,
                       tr("No groups yet. New group… (%1) starts a series of sessions.")
                           .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    EmptyState::attach(m_occurrenceView, tr("Select a group to see its sessions."));
    EmptyState::attach(m_registrationView,
                       tr("No one is registered for the selected session. Register participant… adds someone."));
    EmptyState::attach(m_memberView,
                       tr("This group has no members yet. Add member… adds someone, who is verified "
                          "once and then keeps the group's link."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        section(splitter, tr("Gro&ups"), m_groupView, { m_newButton, m_editButton, m_endButton, m_scheduleButton }));
    auto* sessions = section(splitter, tr("Sess&ions"), m_occurrenceView, { m_recordButton, m_escalateButton });
    m_resources->setObjectName(QStringLiteral("groupResourcesLabel"));
    m_resources->setAccessibleName(tr("Resources for participants"));
    m_resources->setWordWrap(true);
    m_resources->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resources->hide();
    sessions->layout()->addWidget(m_resources);
    splitter->addWidget(sessions);
    // A drop-in group's people are registered per session; a group of members has its list of members instead.
    m_people->addWidget(section(m_people, tr("Regis&trations"), m_registrationView,
                                { m_registerButton, m_verifyButton, m_linkButton }));
    m_people->addWidget(section(m_people, tr("Mem&bers"), m_memberView,
                                { m_addMemberButton, m_verifyMemberButton, m_memberLinkButton, m_removeMemberButton }));
    splitter->addWidget(m_people);
    contentLayout()->addWidget(splitter, 1);

    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { newGroup(); });
    m_newButton->setToolTip(
        tr("Add a group (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newButton, &QPushButton::clicked, this, [this] { newGroup(); });
    connect(m_scheduleButton, &QPushButton::clicked, this, [this] { scheduleAhead(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editGroup(); });
    connect(m_endButton, &QPushButton::clicked, this, &GroupsPage::endOrReopenGroup);
    connect(m_recordButton, &QPushButton::clicked, this, [this] { recordOccurrence(); });
    connect(m_occurrenceView, &QTableView::activated, this, [this] { recordOccurrence(); });
    connect(m_escalateButton, &QPushButton::clicked, this, [this] { escalateOccurrence(); });
    connect(m_registerButton, &QPushButton::clicked, this, [this] { registerParticipant(); });
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verifyRegistration(); });
    connect(m_linkButton, &QPushButton::clicked, this, [this] { markLinkSent(); });
    connect(m_addMemberButton, &QPushButton::clicked, this, [this] { addMember(); });
    connect(m_verifyMemberButton, &QPushButton::clicked, this, [this] { verifyMember(); });
    connect(m_memberLinkButton, &QPushButton::clicked, this, [this] { markMemberLinkSent(); });
    connect(m_removeMemberButton, &QPushButton::clicked, this, &GroupsPage::removeMember);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadOccurrences();
        loadMembers();
        updateActions();
    });
    connect(m_occurrenceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadRegistrations();
        updateActions();
    });
    connect(m_registrationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPage::updateActions);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupsPage::updateActions);
    updateActions();
}

void GroupsPage::reload()
{
    const qint64 group = selectedGroupId();
    const qint64 occurrence = selectedOccurrenceId();
    auto supporters = SupporterService(m_context.session).list();
    auto groups = GroupService(m_context.session).list();
    if (!supporters || !groups) {
        m_message->showError(!supporters ? supporters.error().message : groups.error().message);
        return;
    }
    m_supporterNames.clear();
    // A facilitator who cannot lead is flagged by their name, in words (never by colour alone).
    auto problems = GroupService(m_context.session).facilitatorProblems(*groups, *supporters);
    for (const Supporter& supporter : std::as_const(*supporters)) {
        QString name = supporter.name.isEmpty() ? tr("#%1").arg(supporter.id) : supporter.name;
        if (problems && problems->contains(supporter.id))
            name = tr("%1 (cannot lead: %2)").arg(name, problems->value(supporter.id));
        m_supporterNames.insert(supporter.id, name);
    }
    m_groups->setGroups(std::move(*groups), m_supporterNames);
    m_groupView->resizeColumnsToContents();
    if (group != 0)
        selectGroup(group);
    loadOccurrences();
    if (occurrence != 0)
        selectOccurrence(occurrence);
    loadRegistrations();
    loadMembers();
    updateActions();
}

void GroupsPage::loadOccurrences()
{
    const qint64 groupId = selectedGroupId();
    const qint64 keep = selectedOccurrenceId();
    const int groupRow = m_groups->rowOf(groupId);
    if (groupRow < 0) {
        m_occurrences->setOccurrences({}, 0);
        loadRegistrations();
        return;
    }
    auto occurrences = GroupService(m_context.session).occurrences(groupId);
    if (!occurrences) {
        m_message->showError(occurrences.error().message);
        return;
    }
    const PeerGroup* group = m_groups->groupAt(groupRow);
    m_occurrences->setOccurrences(std::move(*occurrences), group->capacity, group->hasMembers());
    m_occurrenceView->resizeColumnsToContents();
    if (keep != 0)
        selectOccurrence(keep);
    if (!m_occurrenceView->currentIndex().isValid()) {
        // The next session that has not started is what people usually open.
        const QDateTime now = m_context.session.clock().nowUtc();
        for (int row = 0; row < m_occurrences->rowCount(); ++row) {
            if (m_occurrences->occurrenceAt(row)->startsAt >= now) {
                m_occurrenceView->scrollTo(m_occurrences->index(row, 0), QAbstractItemView::PositionAtTop);
                break;
            }
        }
    }
    loadRegistrations();
}

void GroupsPage::loadRegistrations()
{
    const qint64 occurrenceId = selectedOccurrenceId();
    if (occurrenceId == 0) {
        m_registrations->setRegistrations({});
        return;
    }
    auto registrations = GroupService(m_context.session).registrations(occurrenceId);
    if (!registrations) {
        m_message->showError(registrations.error().message);
        return;
    }
    m_registrations->setRegistrations(*registrations);
    m_registrationView->resizeColumnsToContents();
}

void GroupsPage::loadMembers()
{
    const int groupRow = m_groups->rowOf(selectedGroupId());
    const PeerGroup* group = groupRow >= 0 ? m_groups->groupAt(groupRow) : nullptr;
    const bool members = group && group->hasMembers();
    m_people->setCurrentIndex(members ? 1 : 0);
    if (!members) {
        m_members->setMembers({});
        return;
    }
    const qint64 keep = selectedMemberId();
    auto listed = GroupMemberService(m_context.session).members(group->id);
    if (!listed) {
        m_message->showError(listed.error().message);
        return;
    }
    m_members->setMembers(*listed);
    m_memberView->resizeColumnsToContents();
    if (const int row = m_members->rowOf(keep); row >= 0)
        selectRow(m_memberView, m_members->index(row, 0));
}

void GroupsPage::updateActions()
{
    const bool group = selectedGroupId() != 0;
    const bool occurrence = selectedOccurrenceId() != 0;
    const RegistrationTableModel::Person* registration = m_registrations->personAt(
        m_registrationView->currentIndex().isValid()
                && m_registrationView->selectionModel()->isSelected(m_registrationView->currentIndex())
            ? m_registrationView->currentIndex().row()
            : -1);
    const int groupRow = group ? m_groups->rowOf(selectedGroupId()) : -1;
    const PeerGroup* selected = groupRow >= 0 ? m_groups->groupAt(groupRow) : nullptr;
    const bool active = selected && selected->active;
    m_scheduleButton->setEnabled(active);
    m_editButton->setEnabled(active);
    m_endButton->setEnabled(selected != nullptr);
    m_endButton->setText(selected && !selected->active ? tr("Re&open group") : tr("End gr&oup…"));
    m_endButton->setAccessibleName(selected && !selected->active ? tr("Reopen the group") : tr("End the group"));
    const QString why = !selected
        ? tr("Select a group first.")
        : (active ? QString() : tr("This group has ended: reopen it to change or schedule it."));
    for (QPushButton* button : { m_scheduleButton, m_editButton })
        button->setToolTip(why);
    m_recordButton->setEnabled(occurrence);
    const GroupOccurrence* shown = m_occurrences->occurrenceAt(m_occurrences->rowOf(selectedOccurrenceId()));
    const bool started = shown && shown->startsAt <= m_context.session.clock().nowUtc();
    m_escalateButton->setEnabled(started && shown->status != QLatin1String("cancelled"));
    m_escalateButton->setToolTip(!shown         ? tr("Select a session first.")
                                     : !started ? tr("This session has not started yet.")
                                     : shown->status == QLatin1String("cancelled") ? tr("This session was cancelled.")
                                                                                   : QString());
    // The group's resources go with its sessions.
    m_resources->setVisible(selected && !selected->resources.isEmpty());
    if (selected)
        m_resources->setText(tr("Resources for participants: %1").arg(selected->resources.join(QStringLiteral("; "))));
    m_registerButton->setEnabled(occurrence);
    m_verifyButton->setEnabled(registration && !registration->verifiedAt.isValid());
    m_linkButton->setEnabled(registration && registration->verifiedAt.isValid());
    const RegistrationTableModel::Person* member = m_members->personAt(m_members->rowOf(selectedMemberId()));
    m_addMemberButton->setEnabled(active);
    m_addMemberButton->setToolTip(active ? QString() : why);
    m_verifyMemberButton->setEnabled(member && !member->verifiedAt.isValid());
    m_verifyMemberButton->setToolTip(
        member && member->verifiedAt.isValid()
            ? tr("Verified on %1: a member is verified once.")
                  .arg(QLocale().toString(member->verifiedAt.toLocalTime().date(), QLocale::ShortFormat))
            : QString());
    m_memberLinkButton->setEnabled(member && member->verifiedAt.isValid());
    m_memberLinkButton->setToolTip(
        member && !member->verifiedAt.isValid() ? tr("Verify the member's identity and province first.") : QString());
    m_removeMemberButton->setEnabled(member != nullptr);
}

qint64 GroupsPage::selectedGroupId() const
{
    return selectedId(m_groupView, GroupTableModel::IdRole);
}

qint64 GroupsPage::selectedOccurrenceId() const
{
    return selectedId(m_occurrenceView, OccurrenceTableModel::IdRole);
}

qint64 GroupsPage::selectedRegistrationId() const
{
    return selectedId(m_registrationView, RegistrationTableModel::IdRole);
}

qint64 GroupsPage::selectedMemberId() const
{
    return selectedId(m_memberView, RegistrationTableModel::IdRole);
}

void GroupsPage::selectGroup(qint64 id)
{
    const int row = m_groups->rowOf(id);
    if (row >= 0)
        selectRow(m_groupView, m_groupSort->mapFromSource(m_groups->index(row, 0)));
}

void GroupsPage::selectOccurrence(qint64 id)
{
    const int row = m_occurrences->rowOf(id);
    if (row >= 0)
        selectRow(m_occurrenceView, m_occurrences->index(row, 0));
}

bool GroupsPage::showItem(ItemKind kind, qint64 id)
{
    if (kind == ItemKind::Group) {
        if (m_groups->rowOf(id) < 0)
            reload();
        selectGroup(id);
        return m_groups->rowOf(id) >= 0;
    }
    if (kind != ItemKind::GroupOccurrence)
        return false;
    auto occurrence = GroupService(m_context.session).occurrence(id);
    if (!occurrence) {
        m_message->showError(occurrence.error().message);
        return false;
    }
    if (m_groups->rowOf(occurrence->groupId) < 0)
        reload();
    selectGroup(occurrence->groupId);
    selectOccurrence(id);
    m_occurrenceView->setFocus();
    return selectedOccurrenceId() == id;
}

void GroupsPage::changed()
{
    reload();
    Q_EMIT vaultChanged();
}

UndoReporter GroupsPage::undoReporter()
{
    return [page = QPointer<GroupsPage>(this)](qint64 groupId, const QString& error) {
        if (page)
            page->afterUndoStep(groupId, error);
    };
}

void GroupsPage::afterUndoStep(qint64 groupId, const QString& error)
{
    if (error.isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(error);
    reload();
    selectGroup(groupId);
    Q_EMIT vaultChanged();
}

GroupEditorDialog* GroupsPage::newGroup()
{
    auto active = SupporterService(m_context.session).list(QStringLiteral("active"));
    if (!active) {
        m_message->showError(active.error().message);
        return nullptr;
    }
    auto* dialog = new GroupEditorDialog(*active, m_context.session.clock().todayLocal(), m_context.lockAction, this);
    if (auto sites = SiteService(m_context.session).workable())
        dialog->setSites(*sites);
    dialog->setSubmit([this](const PeerGroup& group) -> Result<void> {
        auto id = GroupService(m_context.session).add(group);
        if (!id)
            return id.error();
        m_message->showMessage(
            tr("Group added, with its sessions for the next %n week(s).", nullptr, GroupService::DefaultHorizonWeeks),
            MessageLabel::Kind::Success);
        reload();
        selectGroup(*id);
        Q_EMIT vaultChanged();
        return {};
    });
    dialog->open();
    return dialog;
}

GroupEditorDialog* GroupsPage::editGroup()
{
    const int row = m_groups->rowOf(selectedGroupId());
    const PeerGroup* selected = row >= 0 ? m_groups->groupAt(row) : nullptr;
    if (!selected || !selected->active)
        return nullptr;
    const PeerGroup before = *selected;
    SupporterService supporters(m_context.session);
    auto choices = supporters.list(QStringLiteral("active"));
    if (!choices) {
        m_message->showError(choices.error().message);
        return nullptr;
    }
    // A facilitator already on the group stays listed even when no longer active, so the change keeps them.
    for (const qint64 id : before.facilitatorIds) {
        if (std::none_of(choices->cbegin(), choices->cend(), [id](const Supporter& s) { return s.id == id; })) {
            if (auto supporter = supporters.get(id))
                choices->append(*supporter);
        }
    }
    auto* dialog = new GroupEditorDialog(*choices, m_context.session.clock().todayLocal(), m_context.lockAction, this);
    dialog->setGroup(before);
    // The group as the form was last measured against: after someone else's change, the one read again.
    auto seen = std::make_shared<PeerGroup>(before);
    dialog->setSubmit([this, seen, dialog](const PeerGroup& after) -> Result<void> {
        GroupService service(m_context.session);
        std::optional<Result<GroupChange>> change;
        {
            UnchangedSince unchanged(m_context.session, VersionedRecord::Group, seen->id, seen->version);
            change.emplace(service.edit(after));
        }
        if (!*change && change->error().code == ErrorCode::Conflict) {
            auto now = service.get(seen->id);
            if (!now)
                return now.error();
            const QStringList fields = changedFields(*seen, *now);
            // Their change shown where this person typed nothing; the next OK applies what they typed over it.
            dialog->setGroup(mergedGroup(*seen, after, *now));
            *seen = std::move(*now);
            return makeError(ErrorCode::Conflict, changedBySomeoneElse(fields));
        }
        if (!*change)
            return change->error();
        // Its first redo reports the change, so the page reloads.
        m_context.undoStack.push(new EditGroupCommand(m_context.session, *seen, after, undoReporter()));
        m_message->showMessage(tr("Group changed. Sessions ahead: %1 added, %2 removed, %3 cancelled because "
                                  "someone had registered.")
                                   .arg((*change)->added)
                                   .arg((*change)->removed)
                                   .arg((*change)->cancelled),
                               MessageLabel::Kind::Success);
        return {};
    });
    dialog->open();
    return dialog;
}

void GroupsPage::endOrReopenGroup()
{
    const int row = m_groups->rowOf(selectedGroupId());
    const PeerGroup* selected = row >= 0 ? m_groups->groupAt(row) : nullptr;
    if (!selected)
        return;
    const qint64 id = selected->id;
    if (!selected->active) {
        auto reopened = GroupService(m_context.session).reopen(id);
        if (!reopened) {
            m_message->showError(reopened.error().message);
            return;
        }
        m_context.undoStack.push(new GroupEndOrReopenCommand(m_context.session, id, false, undoReporter()));
        m_message->showMessage(tr("Group reopened: %n session(s) scheduled.", nullptr, *reopened),
                               MessageLabel::Kind::Success);
        return;
    }
    // Ending cancels every session ahead, which people may have registered for: asked first.
    ui::askFirst(this, m_context.lockAction,
                 tr("End the group \"%1\"? Its sessions ahead are cancelled as \"the group ended\" and its members "
                    "leave with it (their identity is purged after the retention period); Reopen brings them back.")
                     .arg(selected->name),
                 tr("End gr&oup"), [this, id] {
                     auto ended = GroupService(m_context.session).end(id);
                     if (!ended) {
                         m_message->showError(ended.error().message);
                         return;
                     }
                     m_context.undoStack.push(new GroupEndOrReopenCommand(m_context.session, id, true, undoReporter()));
                     m_message->showMessage(tr("Group ended: %n session(s) ahead cancelled.", nullptr, *ended),
                                            MessageLabel::Kind::Success);
                 });
}

FormDialog* GroupsPage::scheduleAhead()
{
    const qint64 groupId = selectedGroupId();
    if (groupId == 0)
        return nullptr;
    auto* dialog = new FormDialog(tr("Schedule sessions ahead"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("scheduleDialog"));
    auto* weeks = new QSpinBox(dialog);
    weeks->setObjectName(QStringLiteral("scheduleWeeksSpin"));
    weeks->setAccessibleName(tr("Weeks ahead"));
    weeks->setRange(1, GroupService::MaxHorizonWeeks);
    weeks->setValue(GroupService::DefaultHorizonWeeks);
    const auto weeksSuffix = [weeks](int count) { weeks->setSuffix(tr(" week(s)", nullptr, count)); };
    connect(weeks, &QSpinBox::valueChanged, weeks, weeksSuffix);
    weeksSuffix(weeks->value());
    dialog->form()->addRow(new QLabel(tr("Adds the sessions that are missing from today up to this many weeks "
                                         "ahead. Sessions already planned stay as they are."),
                                      dialog));
    dialog->form()->addRow(tr("&Weeks ahead:"), weeks);
    // A program that starts using PeerDesk in the middle of a series enters the sessions already held, to record
    // them.
    const QDate today = m_context.session.clock().todayLocal();
    auto* pastBox = new QCheckBox(tr("Also enter &past sessions from:"), dialog);
    pastBox->setObjectName(QStringLiteral("schedulePastBox"));
    pastBox->setAccessibleName(tr("Also enter past sessions"));
    auto* from = new QDateEdit(today.addDays(-28), dialog);
    from->setObjectName(QStringLiteral("scheduleFromEdit"));
    from->setAccessibleName(tr("Past sessions from"));
    from->setCalendarPopup(true);
    from->setDateRange(today.addDays(-GroupService::MaxPastDays), today);
    from->setEnabled(false);
    connect(pastBox, &QCheckBox::toggled, from, &QWidget::setEnabled);
    dialog->form()->addRow(pastBox, from);
    dialog->setSubmit([this, groupId, weeks, pastBox, from]() -> Result<void> {
        auto added = GroupService(m_context.session)
                         .schedule(groupId, weeks->value(), pastBox->isChecked() ? from->date() : QDate());
        if (!added)
            return added.error();
        m_message->showMessage(tr("%n session(s) added.", nullptr, *added), MessageLabel::Kind::Success);
        changed();
        return {};
    });
    dialog->open();
    return dialog;
}

OccurrenceRecordDialog* GroupsPage::recordOccurrence()
{
    const qint64 occurrenceId = selectedOccurrenceId();
    const int row = m_occurrences->rowOf(occurrenceId);
    const int groupRow = m_groups->rowOf(selectedGroupId());
    if (row < 0 || groupRow < 0)
        return nullptr;
    auto* dialog = new OccurrenceRecordDialog(*m_occurrences->occurrenceAt(row), m_groups->groupAt(groupRow)->capacity,
                                              m_context.lockAction, this);
    dialog->setSubmit([this, occurrenceId](const OccurrenceUpdate& update) -> Result<void> {
        auto recorded = GroupService(m_context.session).record(occurrenceId, update);
        if (!recorded)
            return recorded.error();
        m_message->showMessage(tr("Session recorded."), MessageLabel::Kind::Success);
        changed();
        return {};
    });
    dialog->open();
    return dialog;
}

EscalationDialog* GroupsPage::escalateOccurrence()
{
    const qint64 occurrenceId = selectedOccurrenceId();
    if (occurrenceId == 0 || !m_escalateButton->isEnabled())
        return nullptr;
    VaultSession& session = m_context.session;
    auto* dialog = new EscalationDialog(
        session, occurrenceId, tr("Escalate during group session #%1").arg(occurrenceId),
        [&session, occurrenceId](const QString& action) {
            return GroupService(session).escalate(occurrenceId, action);
        },
        tr("The escalation is recorded on the session (the action and the time, never who)."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.lockAction)
        dialog->addAction(m_context.lockAction);
    connect(dialog, &EscalationDialog::escalated, this, [this, occurrenceId] {
        changed();
        selectOccurrence(occurrenceId);
    });
    dialog->open();
    return dialog;
}

FormDialog* GroupsPage::registerParticipant()
{
    const qint64 occurrenceId = selectedOccurrenceId();
    if (occurrenceId == 0)
        return nullptr;
    // The title names the task, never the person.
    auto* dialog = new FormDialog(tr("Register participant"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("registerDialog"));
    const auto [name, contact, province]
        = addPersonFields(dialog, "participant", tr("Participant's name"), tr("Participant's email or phone"));
    dialog->setSubmit([this, occurrenceId, name, contact, province]() -> Result<void> {
        auto id
            = GroupService(m_context.session)
                  .registerParticipant(occurrenceId, name->text(), contact->text(), province->currentData().toString());
        if (!id)
            return id.error();
        m_message->showMessage(tr("Participant registered."), MessageLabel::Kind::Success);
        changed();
        return {};
    });
    dialog->open();
    return dialog;
}

bool GroupsPage::verifyRegistration()
{
    const qint64 id = selectedRegistrationId();
    if (id == 0)
        return false;
    if (auto done = GroupService(m_context.session).verify(id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showMessage(tr("Participant marked verified."), MessageLabel::Kind::Success);
    changed();
    const int row = m_registrations->rowOf(id);
    if (row >= 0)
        selectRow(m_registrationView, m_registrations->index(row, 0));
    return true;
}

bool GroupsPage::markLinkSent()
{
    const qint64 id = selectedRegistrationId();
    if (id == 0)
        return false;
    if (auto done = GroupService(m_context.session).markLinkSent(id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showMessage(tr("Joining link marked sent."), MessageLabel::Kind::Success);
    changed();
    const int row = m_registrations->rowOf(id);
    if (row >= 0)
        selectRow(m_registrationView, m_registrations->index(row, 0));
    return true;
}

FormDialog* GroupsPage::addMember()
{
    const qint64 groupId = selectedGroupId();
    if (groupId == 0)
        return nullptr;
    // The title names the task, never the person.
    auto* dialog = new FormDialog(tr("Add member"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("addMemberDialog"));
    dialog->form()->addRow(new QLabel(tr("A member is verified once (identity and province) and then keeps the "
                                         "group's link for every session."),
                                      dialog));
    const auto [name, contact, province]
        = addPersonFields(dialog, "member", tr("Member's name"), tr("Member's email or phone"));
    dialog->setSubmit([this, groupId, name, contact, province]() -> Result<void> {
        auto added = GroupMemberService(m_context.session)
                         .add(groupId, name->text(), contact->text(), province->currentData().toString());
        if (!added)
            return added.error();
        changed();
        memberChanged(added->id,
                      added->returning
                          ? tr("Member added. This contact was a member of the group before (likely). Verify their "
                               "identity and province once, then send the link.")
                          : tr("Member added. Verify their identity and province once, then send the link."));
        return {};
    });
    dialog->open();
    return dialog;
}

void GroupsPage::memberChanged(qint64 id, const QString& message)
{
    m_message->showMessage(message, MessageLabel::Kind::Success);
    if (const int row = m_members->rowOf(id); row >= 0)
        selectRow(m_memberView, m_members->index(row, 0));
}

bool GroupsPage::verifyMember()
{
    const qint64 id = selectedMemberId();
    if (id == 0)
        return false;
    if (auto done = GroupMemberService(m_context.session).verify(id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    changed();
    memberChanged(id, tr("Member marked verified, once for every session."));
    return true;
}

bool GroupsPage::markMemberLinkSent()
{
    const qint64 id = selectedMemberId();
    if (id == 0)
        return false;
    if (auto done = GroupMemberService(m_context.session).markLinkSent(id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    changed();
    memberChanged(id, tr("The group's link marked sent."));
    return true;
}

void GroupsPage::removeMember()
{
    const qint64 id = selectedMemberId();
    if (id == 0)
        return;
    // The question names no one: the person is the selected row.
    ui::askFirst(this, m_context.lockAction,
                 tr("Remove the selected member from the group? Their name and contact are purged after the retention "
                    "period."),
                 tr("Re&move"), [this, id] {
                     if (auto done = GroupMemberService(m_context.session).remove(id); !done) {
                         m_message->showError(done.error().message);
                         return;
                     }
                     m_message->showMessage(tr("Member removed."), MessageLabel::Kind::Success);
                     changed();
                 });
}

} // namespace peerdesk
