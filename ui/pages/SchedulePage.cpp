#include "ui/pages/SchedulePage.h"

#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"
#include "core/io/ICalendarExport.h"
#include "core/services/GroupService.h"
#include "core/services/SchedulingService.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/ConversationDialog.h"
#include "ui/models/CalendarCellDelegate.h"
#include "ui/models/CalendarModels.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

constexpr int ConversationKind = int(CalendarItem::Kind::Conversation);
constexpr int FirstVisibleHour = 8;

QTableView* createGrid(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                       int linesPerRow, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setItemDelegate(new CalendarCellDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * linesPerRow + 10);
    return view;
}

QPushButton* createButton(const QString& text, const QString& objectName, const QString& accessibleName,
                          QWidget* parent, const QString& icon = QString())
{
    auto* button = icon.isEmpty() ? new QPushButton(text, parent)
                                  : new QPushButton(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace

SchedulePage::SchedulePage(PageContext& context, QWidget* parent)
    : Page(tr("Schedule"), QStringLiteral("schedule"), tr("For coordinators"),
           tr("Conversations and group sessions by week or month: move them, record how they went, export them."),
           parent)
    , m_context(context)
    , m_grid(new CalendarGridModel(this))
    , m_agenda(new AgendaModel(this))
    , m_agendaProxy(new QSortFilterProxyModel(this))
    , m_views(new QStackedWidget(this))
    , m_weekView(createGrid(m_grid, QStringLiteral("weekView"), tr("Week"), 2, this))
    , m_monthView(
          createGrid(m_grid, QStringLiteral("monthView"), tr("Month"), CalendarGridModel::MonthCellLines + 1, this))
    , m_agendaView(new QTableView(this))
    , m_rangeLabel(new QLabel(this))
    , m_weekButton(createButton(tr("&Week"), QStringLiteral("weekButton"), tr("Show a week"), this))
    , m_monthButton(createButton(tr("M&onth"), QStringLiteral("monthButton"), tr("Show a month"), this))
    , m_details(new QLabel(this))
    , m_editButton(createButton(tr("Mo&ve…"), QStringLiteral("editConversationButton"),
                                tr("Move the selected conversation"), this, QStringLiteral("edit")))
    , m_heldButton(createButton(tr("Mark he&ld"), QStringLiteral("markHeldButton"),
                                tr("Mark the selected conversation held"), this))
    , m_cancelledButton(createButton(tr("Mark c&ancelled"), QStringLiteral("markCancelledButton"),
                                     tr("Mark the selected conversation cancelled"), this))
    , m_noShowButton(createButton(tr("Mark no-&show"), QStringLiteral("markNoShowButton"),
                                  tr("Mark the selected conversation as a no-show"), this))
    , m_exportButton(createButton(tr("E&xport .ics…"), QStringLiteral("exportIcsButton"),
                                  tr("Export the selected conversation as an iCalendar file"), this,
                                  QStringLiteral("export")))
    , m_openGroupButton(createButton(tr("Open in Gro&ups"), QStringLiteral("openGroupButton"),
                                     tr("Open the selected group session in Groups"), this))
    , m_message(new MessageLabel(this))
    , m_day(context.session.clock().todayLocal())
{
    auto* previous
        = createButton(tr("&Previous"), QStringLiteral("previousButton"), tr("Previous week or month"), this);
    auto* today = createButton(tr("&Today"), QStringLiteral("todayButton"), tr("Go to today"), this);
    auto* next = createButton(tr("&Next"), QStringLiteral("nextButton"), tr("Next week or month"), this);
    auto* create = createButton(tr("New &conversation…"), QStringLiteral("newConversationButton"),
                                tr("Schedule a new conversation"), this, QStringLiteral("add"));
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    QFont rangeFont = m_rangeLabel->font();
    rangeFont.setBold(true);
    m_rangeLabel->setFont(rangeFont);
    m_weekButton->setCheckable(true);
    m_monthButton->setCheckable(true);
    m_weekButton->setChecked(true);
    auto* spanGroup = new QButtonGroup(this);
    spanGroup->setExclusive(true);
    spanGroup->addButton(m_weekButton);
    spanGroup->addButton(m_monthButton);

    auto* newAction = new QAction(tr("New conversation"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    create->setToolTip(tr("New conversation (%1)").arg(newAction->shortcut().toString(QKeySequence::NativeText)));

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(previous);
    navigation->addWidget(today);
    navigation->addWidget(next);
    navigation->addSpacing(12);
    navigation->addWidget(m_rangeLabel, 1);
    navigation->addWidget(m_weekButton);
    navigation->addWidget(m_monthButton);
    navigation->addSpacing(12);
    navigation->addWidget(create);

    m_views->addWidget(m_weekView);
    m_views->addWidget(m_monthView);

    m_agendaProxy->setSourceModel(m_agenda);
    m_agendaProxy->setSortRole(AgendaModel::SortRole);
    m_agendaView->setObjectName(QStringLiteral("agendaView"));
    m_agendaView->setAccessibleName(tr("Conversations and group sessions of the selected day"));
    m_agendaView->setModel(m_agendaProxy);
    EmptyState::attach(m_agendaView,
                       tr("Nothing booked on this day. New conversation… (%1) books one with a "
                          "supporter who accepted a request.")
                           .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_agendaView->setSortingEnabled(true);
    m_agendaView->sortByColumn(AgendaModel::TimeColumn, Qt::AscendingOrder);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->setTabKeyNavigation(false);
    m_agendaView->verticalHeader()->hide();
    m_agendaView->horizontalHeader()->setStretchLastSection(true);
    m_agendaView->horizontalHeader()->setSectionResizeMode(AgendaModel::TimeColumn, QHeaderView::ResizeToContents);
    auto* agendaLabel = new QLabel(tr("&Day:"), this);
    agendaLabel->setObjectName(QStringLiteral("agendaLabel"));
    agendaLabel->setBuddy(m_agendaView);

    m_details->setObjectName(QStringLiteral("itemDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("scheduleMessage"));

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_heldButton);
    statusRow->addWidget(m_cancelledButton);
    statusRow->addWidget(m_noShowButton);
    statusRow->addStretch(1);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_editButton);
    actionRow->addWidget(m_exportButton);
    actionRow->addWidget(m_openGroupButton);
    actionRow->addStretch(1);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(agendaLabel);
    sideLayout->addWidget(m_agendaView, 1);
    sideLayout->addWidget(m_details);
    sideLayout->addLayout(actionRow);
    sideLayout->addLayout(statusRow);
    sideLayout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scheduleSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_views);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The tables' corner buttons (select all) are controls too.
    for (QTableView* view : { m_weekView, m_monthView, m_agendaView }) {
        for (QAbstractButton* corner : view->findChildren<QAbstractButton*>())
            corner->setAccessibleName(tr("Select all"));
    }

    // The six weeks of a month fill the height; the week's 24 hours scroll.
    m_monthView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->verticalHeader()->setMinimumSectionSize(m_monthView->fontMetrics().height() * 3);

    contentLayout()->addLayout(navigation);
    contentLayout()->addWidget(splitter, 1);

    connect(previous, &QPushButton::clicked, this, [this] { move(-1); });
    connect(next, &QPushButton::clicked, this, [this] { move(1); });
    connect(today, &QPushButton::clicked, this, &SchedulePage::goToday);
    connect(m_weekButton, &QPushButton::clicked, this, [this] { setSpan(false); });
    connect(m_monthButton, &QPushButton::clicked, this, [this] { setSpan(true); });
    connect(create, &QPushButton::clicked, this, &SchedulePage::newConversation);
    connect(newAction, &QAction::triggered, this, &SchedulePage::newConversation);
    for (QTableView* view : { m_weekView, m_monthView }) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex& current) { showCell(current); });
    }
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SchedulePage::updateDetails);
    connect(m_editButton, &QPushButton::clicked, this, &SchedulePage::editSelected);
    connect(m_heldButton, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("held")); });
    connect(m_cancelledButton, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("cancelled")); });
    connect(m_noShowButton, &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("no_show")); });
    connect(m_exportButton, &QPushButton::clicked, this, &SchedulePage::exportSelected);
    connect(m_openGroupButton, &QPushButton::clicked, this, [this] {
        if (const CalendarItem* item = selectedItem(); item && item->isGroup())
            Q_EMIT itemRequested(ItemKind::GroupOccurrence, item->id);
    });

    m_grid->setSpan(CalendarGridModel::Span::Week, m_day);
    updateRangeLabel();
    updateDetails();
}

SchedulePage::~SchedulePage() = default;

ConversationDialog* SchedulePage::conversationDialog() const
{
    return findChild<ConversationDialog*>(QString(), Qt::FindDirectChildrenOnly);
}

QFileDialog* SchedulePage::exportDialog() const
{
    return findChild<QFileDialog*>(QStringLiteral("exportCalendarDialog"), Qt::FindDirectChildrenOnly);
}

void SchedulePage::reload()
{
    const int row = m_cellRow;
    const int column = m_cellColumn;
    const CalendarItem* previous = selectedItem();
    const std::pair<int, qint64> keep
        = previous ? std::pair{ int(previous->kind), previous->id } : std::pair{ -1, 0LL };

    const auto span = m_monthButton->isChecked() ? CalendarGridModel::Span::Month : CalendarGridModel::Span::Week;
    m_grid->setSpan(span, m_day);
    updateRangeLabel();
    QList<CalendarItem> items;
    auto conversations = SchedulingService(m_context.session).between(m_grid->rangeStart(), m_grid->rangeEnd());
    auto sessions = GroupService(m_context.session).occurrencesBetween(m_grid->rangeStart(), m_grid->rangeEnd());
    if (!conversations || !sessions) {
        m_message->showError(!conversations ? conversations.error().message : sessions.error().message);
    } else {
        for (const CalendarConversation& entry : std::as_const(*conversations)) {
            const Conversation& c = entry.conversation;
            CalendarItem item;
            item.kind = CalendarItem::Kind::Conversation;
            item.id = c.id;
            item.startsAt = c.startsAt;
            item.endsAt = c.endsAt();
            item.status = c.status;
            item.modality = c.modality;
            item.requestId = c.requestId;
            item.supporterId = c.supporterId;
            item.supporterName = entry.supporterName;
            items.append(item);
        }
        for (const CalendarOccurrence& entry : std::as_const(*sessions)) {
            CalendarItem item;
            item.kind = CalendarItem::Kind::GroupOccurrence;
            item.id = entry.occurrence.id;
            item.startsAt = entry.occurrence.startsAt;
            item.endsAt = entry.occurrence.endsAt;
            item.status = entry.occurrence.status;
            item.modality = entry.modality;
            item.groupName = entry.groupName;
            items.append(item);
        }
    }
    m_grid->setItems(items);
    QTableView* view = span == CalendarGridModel::Span::Month ? m_monthView : m_weekView;
    if (span == CalendarGridModel::Span::Week && row < 0)
        view->scrollTo(m_grid->index(FirstVisibleHour, 0), QAbstractItemView::PositionAtTop);
    if (row >= 0 && row < m_grid->rowCount() && column >= 0)
        view->setCurrentIndex(m_grid->index(row, column));
    else
        showCell({});
    if (keep.first >= 0)
        selectItem(keep.first, keep.second);
}

bool SchedulePage::showItem(ItemKind kind, qint64 id)
{
    if (kind != ItemKind::Conversation)
        return false;
    auto conversation = SchedulingService(m_context.session).get(id);
    if (!conversation) {
        m_message->showError(conversation.error().message);
        return true;
    }
    goTo(conversation->startsAt.toLocalTime().date());
    selectItem(ConversationKind, id);
    return true;
}

void SchedulePage::scheduleFor(qint64 requestId)
{
    openConversationDialog(new ConversationDialog(m_context, ConversationDialog::Mode::New, requestId, this));
}

void SchedulePage::newConversation()
{
    scheduleFor(0);
}

void SchedulePage::openConversationDialog(ConversationDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConversationDialog::saved, this, [this](qint64 conversationId) {
        Q_EMIT vaultChanged();
        showItem(ItemKind::Conversation, conversationId);
    });
    dialog->open();
}

void SchedulePage::setSpan(bool month)
{
    m_weekButton->setChecked(!month);
    m_monthButton->setChecked(month);
    m_views->setCurrentWidget(month ? m_monthView : m_weekView);
    m_cellRow = m_cellColumn = -1;
    reload();
}

void SchedulePage::move(int steps)
{
    m_day = m_monthButton->isChecked() ? m_grid->anchor().addMonths(steps) : m_grid->anchor().addDays(7 * steps);
    m_cellRow = m_cellColumn = -1;
    reload();
}

void SchedulePage::goToday()
{
    goTo(m_context.session.clock().todayLocal());
}

void SchedulePage::goTo(const QDate& day)
{
    m_day = day;
    m_cellRow = m_cellColumn = -1;
    reload();
}

void SchedulePage::updateRangeLabel()
{
    const QLocale locale;
    if (m_grid->shownSpan() == CalendarGridModel::Span::Month) {
        //: The month shown by the schedule's month view; QLocale date format (MMMM: month name, yyyy: year).
        m_rangeLabel->setText(locale.toString(m_grid->anchor(), tr("MMMM yyyy")));
    } else {
        m_rangeLabel->setText(
            tr("%1 to %2").arg(date_text::day(m_grid->firstDay()), date_text::day(m_grid->lastDay())));
    }
}

void SchedulePage::showCell(const QModelIndex& cell)
{
    m_cellRow = cell.isValid() ? cell.row() : -1;
    m_cellColumn = cell.isValid() ? cell.column() : -1;
    QList<CalendarItem> dayItems;
    int firstInCell = -1;
    if (cell.isValid()) {
        // The agenda lists the whole day; in the week view the first item of the chosen hour is selected.
        const QList<int> inCell = m_grid->itemsAt(cell);
        const QDate day = m_grid->shownSpan() == CalendarGridModel::Span::Week
            ? m_grid->firstDay().addDays(cell.column())
            : m_grid->firstDay().addDays(cell.row() * 7 + cell.column());
        for (int position = 0; position < m_grid->items().size(); ++position) {
            const CalendarItem& item = m_grid->items().at(position);
            if (item.startsAt.toLocalTime().date() != day)
                continue;
            if (firstInCell < 0 && inCell.contains(position))
                firstInCell = int(dayItems.size());
            dayItems.append(item);
        }
        findChild<QLabel*>(QStringLiteral("agendaLabel"))
            ->setText(tr("&Day: %1").arg(QLocale().toString(day, QLocale::LongFormat)));
    }
    m_agenda->setItems(dayItems);
    if (firstInCell >= 0) {
        const QModelIndex source = m_agenda->index(firstInCell, 0);
        m_agendaView->selectRow(m_agendaProxy->mapFromSource(source).row());
    }
    updateDetails();
}

const CalendarItem* SchedulePage::selectedItem() const
{
    const QModelIndexList rows = m_agendaView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_agendaProxy->mapToSource(rows.constFirst()).row();
    return row >= 0 && row < m_agenda->items().size() ? &m_agenda->items().at(row) : nullptr;
}

void SchedulePage::selectItem(int kind, qint64 id)
{
    for (const CalendarItem& item : m_grid->items()) {
        if (int(item.kind) != kind || item.id != id)
            continue;
        QTableView* view = m_grid->shownSpan() == CalendarGridModel::Span::Month ? m_monthView : m_weekView;
        const QModelIndex cell = m_grid->cellOf(item);
        view->setCurrentIndex(cell);
        view->scrollTo(cell);
        showCell(cell);
        const int row = m_agenda->rowOf(item.kind, id);
        if (row >= 0)
            m_agendaView->selectRow(m_agendaProxy->mapFromSource(m_agenda->index(row, 0)).row());
        return;
    }
}

void SchedulePage::updateDetails()
{
    const CalendarItem* item = selectedItem();
    const bool conversation = item && !item->isGroup();
    const bool scheduled = conversation && item->status == QLatin1String("scheduled");
    // Held and no-show only once it has started (the service refuses them before); each disabled status button
    // says when it applies.
    const bool started = scheduled && item->startsAt <= m_context.session.clock().nowUtc();
    m_editButton->setEnabled(scheduled);
    m_heldButton->setEnabled(started);
    m_cancelledButton->setEnabled(scheduled);
    m_noShowButton->setEnabled(started);
    const QString notScheduled = !conversation ? tr("Select a conversation first.")
                                               : tr("Only a scheduled conversation can change; this one is recorded.");
    const QString notStarted = tr("Can be recorded once the conversation has started.");
    for (QPushButton* button : { m_editButton, m_heldButton, m_cancelledButton, m_noShowButton }) {
        const QString why = button->isEnabled() ? QString() : (scheduled ? notStarted : notScheduled);
        button->setToolTip(why);
        button->setStatusTip(why);
    }
    m_exportButton->setEnabled(conversation);
    m_openGroupButton->setVisible(item && item->isGroup());
    if (!item) {
        m_details->setText(m_agenda->rowCount() == 0 && m_cellRow >= 0 ? tr("Nothing scheduled that day.")
                                                                       : tr("Select a day to see what is on it."));
        return;
    }
    const QLocale locale;
    const QString when = tr("%1 to %2")
                             .arg(date_text::moment(item->startsAt),
                                  locale.toString(item->endsAt.toLocalTime().time(), QLocale::ShortFormat));
    const QString modality = Vocabulary::displayName(Vocab::Modality, item->modality);
    if (item->isGroup()) {
        m_details->setText(tr("Group session %1: %2\nWhen: %3\nModality: %4\nStatus: %5")
                               .arg(item->code(), item->groupName, when, modality,
                                    Vocabulary::displayName(Vocab::OccurrenceStatus, item->status)));
        return;
    }
    m_details->setText(
        tr("Conversation %1 for request R-%2\nWhen: %3\nSupporter: %4\nModality: %5\nStatus: %6")
            .arg(item->code(), QString::number(item->requestId), when,
                 item->supporterName.isEmpty() ? tr("supporter #%1").arg(item->supporterId) : item->supporterName,
                 modality, Vocabulary::displayName(Vocab::ConversationStatus, item->status)));
}

void SchedulePage::editSelected()
{
    const CalendarItem* item = selectedItem();
    if (!item || item->isGroup())
        return;
    openConversationDialog(new ConversationDialog(m_context, ConversationDialog::Mode::Edit, item->id, this));
}

void SchedulePage::setSelectedStatus(const QString& status)
{
    const CalendarItem* item = selectedItem();
    if (!item || item->isGroup())
        return;
    const qint64 id = item->id;
    // A recorded status is final: asked first.
    ui::askFirst(this, m_context.lockAction,
                 tr("Record conversation C-%1 as %2? This cannot be changed afterwards.")
                     .arg(id)
                     .arg(Vocabulary::displayName(Vocab::ConversationStatus, status).toLower()),
                 tr("&Record"), [this, id, status] { recordStatus(id, status); });
}

void SchedulePage::recordStatus(qint64 id, const QString& status)
{
    auto changed = SchedulingService(m_context.session).setStatus(id, status);
    if (!changed) {
        m_message->showError(changed.error().message);
        return;
    }
    m_message->showMessage(tr("Conversation C-%1 is now %2.")
                               .arg(id)
                               .arg(Vocabulary::displayName(Vocab::ConversationStatus, status).toLower()),
                           MessageLabel::Kind::Success);
    Q_EMIT vaultChanged();
    reload();
    selectItem(ConversationKind, id);
}

void SchedulePage::exportSelected()
{
    const CalendarItem* item = selectedItem();
    if (!item || item->isGroup())
        return;
    const qint64 id = item->id;
    // Not the static getSaveFileName(): its nested event loop would survive the window being locked.
    auto* dialog = new QFileDialog(this, tr("Export conversation C-%1").arg(id),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("exportCalendarDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("iCalendar files (*.ics)"));
    dialog->setDefaultSuffix(QStringLiteral("ics"));
    dialog->selectFile(ICalendarExport::defaultFileName(id));
    // Qt's own dialog: a native one (GTK, a portal) is another process's window, where Ctrl+L cannot lock.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    if (m_context.lockAction)
        dialog->addAction(m_context.lockAction);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString& path) { writeCalendarFile(path, id); });
    dialog->open();
}

void SchedulePage::writeCalendarFile(const QString& path, qint64 conversationId)
{
    auto conversation = SchedulingService(m_context.session).get(conversationId);
    if (!conversation) {
        m_message->showError(conversation.error().message);
        return;
    }
    const QByteArray content
        = ICalendarExport::render(*conversation, m_context.session.vaultId(), m_context.session.clock().nowUtc());
    if (auto written = ICalendarExport::write(path, content); !written) {
        m_message->showError(written.error().message);
        return;
    }
    m_message->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), MessageLabel::Kind::Success);
}

} // namespace peerdesk
