#include "ui/pages/RequestsPage.h"

#include "core/domain/DateText.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"
#include "core/services/MatchingService.h"
#include "core/services/Permissions.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/CloseRequestDialog.h"
#include "ui/dialogs/EndMatchDialog.h"
#include "ui/dialogs/EscalationDialog.h"
#include "ui/dialogs/MatchDialog.h"
#include "ui/dialogs/ReferralDialog.h"
#include "ui/dialogs/RequestEditorDialog.h"
#include "ui/dialogs/TriageDialog.h"
#include "ui/models/RequestTableModel.h"
#include "ui/undo/EditRequestCommand.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

enum class StatusChoice
{
    Open = -2,
    All = -1,
};

enum class AgeChoice
{
    Any,
    Day,
    Week,
    Month,
    OlderThanMonth,
};

QLabel* valueLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString moment(const QDateTime& at)
{
    return at.isValid() ? date_text::moment(at) : QString();
}

QString names(Vocab vocab, const QStringList& keys)
{
    QStringList result;
    for (const QString& key : keys)
        result.append(Vocabulary::displayName(vocab, key));
    return result.join(QStringLiteral(", "));
}

} // namespace

RequestsPage::RequestsPage(PageContext& context, QWidget* parent)
    : Page(tr("Requests"), QStringLiteral("requests"), tr("For coordinators"),
           tr("Requests for support, from intake to closing: triage, consent, matching with a peer supporter "
              "and hand-off. A physician's name and contact details are kept only while the coordinator and "
              "the supporter need them, then purged; an anonymous record stays for the statistics."),
           parent)
    , m_context(context)
    , m_model(new RequestTableModel(context.session, this))
{
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    connect(m_model, &RequestTableModel::loadFailed, m_message, &MessageLabel::showError);

    m_table = ui::createTableView(this, "requestsTable", tr("Requests"));
    m_table->setModel(m_model);
    EmptyState::attach(m_table,
                       tr("No request to show. New request… (%1) records one; Clear filters shows the "
                          "closed ones too.")
                           .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_table->horizontalHeader()->setSortIndicator(RequestTableModel::Received, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    // The corner button would select every row; one request is worked on at a time.
    m_table->setCornerButtonEnabled(false);
    // Fixed row heights and no content-based sizing: the view must never ask for every row of a large list.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const std::pair<int, int> widths[] = { { RequestTableModel::Reference, 70 }, { RequestTableModel::Received, 150 },
                                           { RequestTableModel::Age, 80 },       { RequestTableModel::Status, 150 },
                                           { RequestTableModel::Reasons, 200 },  { RequestTableModel::Channel, 90 },
                                           { RequestTableModel::Urgency, 80 } };
    for (const auto& [column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &RequestsPage::keepSortIndicator);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsPage::currentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_table->setCurrentIndex({}); });

    auto* newAction = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New request…"), this);
    newAction->setObjectName(QStringLiteral("newRequestAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &RequestsPage::openIntake);
    addAction(newAction);
    auto* findAction = new QAction(tr("&Find"), this);
    findAction->setObjectName(QStringLiteral("findRequestAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(createDetailPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 900, 480 });

    contentLayout()->addWidget(createFilterBar());
    contentLayout()->addWidget(m_message);
    contentLayout()->addWidget(splitter, 1);
    showDetails(0);
}

QWidget* RequestsPage::createFilterBar()
{
    auto* bar = new QWidget(this);
    // Two rows: the search, the status and due filters and New request first, the rarer filters under them, so
    // the bar fits a 1280-pixel screen in French too.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* row = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(second);

    auto combo = [bar](const char* name, const QString& accessibleName) {
        auto* box = new QComboBox(bar);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(accessibleName);
        // As wide as about 16 characters, not as the longest choice: the list still shows each in full.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        return box;
    };

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setAccessibleName(tr("Find a request by reference"));
    m_search->setPlaceholderText(tr("e.g. R-12"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QStringLiteral("R-000000")) + 24);
    // R-12 as the window writes it, or 12, #12, n° 12 as people say it.
    m_search->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*([Rr]-?|n°|#)?\\s*[0-9]{0,12}\\s*")), m_search));
    auto* findLabel = new QLabel(tr("F&ind:"), bar);
    findLabel->setBuddy(m_search);

    m_statusFilter = combo("statusFilter", tr("Status"));
    m_statusFilter->addItem(tr("Open requests"), int(StatusChoice::Open));
    m_statusFilter->addItem(tr("All statuses"), int(StatusChoice::All));
    for (RequestStatus status : allRequestStatuses)
        m_statusFilter->addItem(requestStatusDisplayName(status), int(status));

    m_reasonFilter = combo("reasonFilter", tr("Reason"));
    m_reasonFilter->addItem(tr("Any reason"), QString());
    for (const Term& term : Vocabulary::terms(Vocab::Reason))
        m_reasonFilter->addItem(term.name, term.key);

    m_channelFilter = combo("channelFilter", tr("Channel"));
    m_channelFilter->addItem(tr("Any channel"), QString());
    for (const Term& term : Vocabulary::terms(Vocab::Channel))
        m_channelFilter->addItem(term.name, term.key);

    m_ageFilter = combo("ageFilter", tr("Age"));
    m_ageFilter->addItem(tr("Any age"), int(AgeChoice::Any));
    m_ageFilter->addItem(tr("Last 24 hours"), int(AgeChoice::Day));
    m_ageFilter->addItem(tr("Last 7 days"), int(AgeChoice::Week));
    m_ageFilter->addItem(tr("Last 30 days"), int(AgeChoice::Month));
    m_ageFilter->addItem(tr("Older than 30 days"), int(AgeChoice::OlderThanMonth));

    m_dueFilter = combo("dueFilter", tr("First contact due"));
    m_dueFilter->addItem(tr("Any due date"), int(DueFilter::Any));
    m_dueFilter->addItem(tr("Overdue"), int(DueFilter::Overdue));
    m_dueFilter->addItem(tr("Due today"), int(DueFilter::DueToday));
    m_dueFilter->addItem(tr("Not yet due"), int(DueFilter::NotYetDue));

    m_siteFilter = combo("siteFilter", tr("Site"));
    m_siteFilter->addItem(tr("Any site"), qint64(0));
    m_siteFilter->hide();

    auto* clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setAccessibleName(tr("Clear filters"));
    connect(clear, &QPushButton::clicked, this, &RequestsPage::clearFilters);

    auto* add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New request…"), bar);
    add->setObjectName(QStringLiteral("newRequestButton"));
    add->setAccessibleName(tr("New request"));
    add->setToolTip(tr("New request (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(add, &QPushButton::clicked, this, &RequestsPage::openIntake);

    row->addWidget(findLabel);
    row->addWidget(m_search);
    row->addWidget(m_statusFilter);
    row->addWidget(m_dueFilter);
    row->addStretch(1);
    row->addWidget(add);
    second->addWidget(m_siteFilter);
    second->addWidget(m_reasonFilter);
    second->addWidget(m_channelFilter);
    second->addWidget(m_ageFilter);
    second->addWidget(clear);
    second->addStretch(1);
    for (QComboBox* box : { m_statusFilter, m_reasonFilter, m_channelFilter, m_ageFilter, m_dueFilter, m_siteFilter })
        connect(box, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &RequestsPage::applyFilters);
    // Enter opens the first request found and moves to the list, where the arrows go on from there.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setCurrentIndex(m_model->index(0, 0));
        m_table->setFocus(Qt::OtherFocusReason);
    });
    return bar;
}

QPushButton* RequestsPage::actionButton(const char* name, const QString& text, const QString& accessibleName)
{
    auto* button = new QPushButton(text, m_actionArea);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(accessibleName);
    return button;
}

QAction* RequestsPage::menuAction(QMenu* menu, const char* name, const QString& text)
{
    auto* action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    return action;
}

QWidget* RequestsPage::createDetailPanel()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requestDetails"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detailPanel = new QWidget(scroll);
    auto* layout = new QVBoxLayout(m_detailPanel);
    // The actions stay in sight above the details, however long those are; the next step comes first.
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("requestPanel"));
    m_actionArea = new QWidget(panel);
    m_actionArea->setObjectName(QStringLiteral("requestActions"));

    m_detailTitle = valueLabel("detailTitle", m_detailPanel);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);
    layout->addWidget(m_detailTitle);

    auto* form = new QFormLayout;
    m_detailStatus = valueLabel("detailStatus", m_detailPanel);
    m_detailReceived = valueLabel("detailReceived", m_detailPanel);
    m_detailDue = valueLabel("detailDue", m_detailPanel);
    m_detailCategories = valueLabel("detailCategories", m_detailPanel);
    m_detailEscalated = valueLabel("detailEscalated", m_detailPanel);
    m_detailMatch = valueLabel("detailMatch", m_detailPanel);
    m_detailProfile = valueLabel("detailProfile", m_detailPanel);
    form->addRow(tr("Status:"), m_detailStatus);
    form->addRow(tr("Dates:"), m_detailReceived);
    form->addRow(tr("First contact:"), m_detailDue);
    form->addRow(tr("Categories:"), m_detailCategories);
    form->addRow(tr("Escalation:"), m_detailEscalated);
    form->addRow(tr("Supporter:"), m_detailMatch);
    form->addRow(tr("For matching:"), m_detailProfile);
    layout->addLayout(form);

    m_identityBox = new QGroupBox(tr("The person (coordinators only)"), m_detailPanel);
    m_identityBox->setObjectName(QStringLiteral("identityBox"));
    auto* identity = new QFormLayout(m_identityBox);
    m_identityName = valueLabel("identityName", m_identityBox);
    m_identityEmail = valueLabel("identityEmail", m_identityBox);
    m_identityPhone = valueLabel("identityPhone", m_identityBox);
    m_identityBestTime = valueLabel("identityBestTime", m_identityBox);
    m_identityInstitution = valueLabel("identityInstitution", m_identityBox);
    // Not selectable: on X11 selecting text alone copies it (the primary selection), and a physician's
    // details may leave PeerDesk only through the hand-off, whose copy clears itself.
    for (QLabel* label :
         { m_identityName, m_identityEmail, m_identityPhone, m_identityBestTime, m_identityInstitution })
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    identity->addRow(tr("Name:"), m_identityName);
    identity->addRow(tr("Email:"), m_identityEmail);
    identity->addRow(tr("Phone:"), m_identityPhone);
    identity->addRow(tr("Best time:"), m_identityBestTime);
    identity->addRow(tr("Institution:"), m_identityInstitution);
    layout->addWidget(m_identityBox);

    m_consent = actionButton("recordConsentButton", tr("Record &consent"), tr("Record consent"));
    m_triage = actionButton("triageButton", tr("&Triage…"), tr("Triage"));
    m_escalate = actionButton("escalateButton", tr("E&scalate…"), tr("Escalate"));
    m_firstContact = actionButton("firstContactButton", tr("&Record first contact"), tr("Record first contact"));
    m_findSupporter = actionButton("findSupporterButton", tr("Find a su&pporter…"), tr("Find a supporter"));
    m_handOff = actionButton("handOffButton", tr("Hand &off…"), tr("Hand off to the supporter"));
    m_handOff->setIcon(QIcon(QStringLiteral(":/icons/mail.svg")));
    m_accepted = actionButton("supporterAcceptedButton", tr("Supporter &accepted"), tr("Supporter accepted"));
    m_declined = actionButton("supporterDeclinedButton", tr("Supporter &declined"), tr("Supporter declined"));
    m_schedule = actionButton("scheduleButton", tr("Schedule con&versation…"), tr("Schedule conversation"));
    m_edit = actionButton("editRequestButton", tr("Edit re&quest…"), tr("Edit request"));
    m_edit->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
    m_close = actionButton("closeRequestButton", tr("C&lose…"), tr("Close request"));
    // The rarer actions wait in a menu, so the usual ones stand out and fit beside the list.
    m_moreActions = actionButton("moreActionsButton", tr("&More"), tr("More actions"));
    auto* more = new QMenu(m_moreActions);
    more->setObjectName(QStringLiteral("moreActionsMenu"));
    more->setToolTipsVisible(true);
    m_moreActions->setMenu(more);
    m_endMatch = menuAction(more, "endMatchAction", tr("&End the match for a new supporter…"));
    m_refer = menuAction(more, "referAction", tr("Record a &referral given…"));
    m_hold = menuAction(more, "legalHoldAction", tr("Place legal &hold"));
    m_findSupporter->setIcon(QIcon(QStringLiteral(":/icons/match.svg")));
    m_schedule->setIcon(QIcon(QStringLiteral(":/icons/schedule.svg")));

    m_nextStep = actionButton("nextStepButton", tr("Next step"), tr("Next step"));
    QFont nextFont = m_nextStep->font();
    nextFont.setBold(true);
    m_nextStep->setFont(nextFont);
    connect(m_nextStep, &QPushButton::clicked, this, [this] {
        if (m_nextTarget && m_nextTarget->isEnabled())
            m_nextTarget->click();
    });

    auto* actionLayout = new QVBoxLayout(m_actionArea);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    actionLayout->addWidget(m_nextStep);
    auto* actions = new QGridLayout;
    const QList<QPushButton*> buttons{ m_edit,         m_consent,  m_triage,      m_findSupporter,
                                       m_handOff,      m_accepted, m_declined,    m_schedule,
                                       m_firstContact, m_escalate, m_moreActions, m_close };
    for (qsizetype i = 0; i < buttons.size(); ++i)
        actions->addWidget(buttons.at(i), static_cast<int>(i / 2), static_cast<int>(i % 2));
    actionLayout->addLayout(actions);
    layout->addStretch(1);

    connect(m_edit, &QPushButton::clicked, this, &RequestsPage::openEdit);
    connect(m_triage, &QPushButton::clicked, this, &RequestsPage::openTriage);
    connect(m_escalate, &QPushButton::clicked, this, &RequestsPage::openEscalation);
    connect(m_close, &QPushButton::clicked, this, &RequestsPage::openClose);
    connect(m_endMatch, &QAction::triggered, this, &RequestsPage::openEndMatch);
    connect(m_refer, &QAction::triggered, this, &RequestsPage::openReferral);
    connect(m_findSupporter, &QPushButton::clicked, this, [this] {
        if (m_selected)
            Q_EMIT matchRequested(m_selected->id);
    });
    connect(m_handOff, &QPushButton::clicked, this, [this] {
        if (m_selected)
            openMatch(m_selected->id);
    });
    connect(this, &RequestsPage::matchRequested, this, &RequestsPage::openMatch);
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        if (m_selected)
            Q_EMIT scheduleRequested(m_selected->id);
    });
    connect(m_consent, &QPushButton::clicked, this, [this] {
        const qint64 id = m_selectedId;
        confirmStep(
            tr("Record that the person agreed to be contacted about request %1? This cannot be undone.")
                .arg(requestReference(id)),
            tr("Record &consent"), [this, id] { return RequestService(m_context.session).recordConsent(id); },
            tr("Consent recorded for request %1: it can now be triaged.").arg(requestReference(id)));
    });
    connect(m_firstContact, &QPushButton::clicked, this, [this] {
        const qint64 id = m_selectedId;
        confirmStep(
            tr("Record that the supporter reached the physician of request %1 now? The time counts for the "
               "first-contact target and cannot be undone.")
                .arg(requestReference(id)),
            tr("&Record first contact"),
            [this, id] { return RequestService(m_context.session).recordFirstContact(id); },
            tr("First contact recorded for request %1.").arg(requestReference(id)));
    });
    connect(m_accepted, &QPushButton::clicked, this, [this] {
        const qint64 id = m_selectedId;
        confirmStep(
            tr("Record that the supporter accepted request %1? This cannot be undone; if it was a mistake, "
               "end the match afterwards.")
                .arg(requestReference(id)),
            tr("Supporter &accepted"), [this, id] { return MatchingService(m_context.session).accept(id); },
            tr("The supporter accepted request %1.").arg(requestReference(id)));
    });
    connect(m_declined, &QPushButton::clicked, this, [this] {
        const qint64 id = m_selectedId;
        confirmStep(
            tr("Record that the supporter declined request %1? They will not be suggested for it again, and "
               "this cannot be undone.")
                .arg(requestReference(id)),
            tr("Supporter &declined"), [this, id] { return MatchingService(m_context.session).decline(id); },
            tr("The supporter declined request %1: it is ready to be matched again.").arg(requestReference(id)));
    });
    connect(m_hold, &QAction::triggered, this, [this] {
        if (!m_selected)
            return;
        const qint64 id = m_selectedId;
        const bool hold = !m_selected->legalHold;
        runAction([this, id, hold] { return RequestService(m_context.session).setLegalHold(id, hold); },
                  hold ? tr("Request %1 is on legal hold: its identity will not be purged.").arg(requestReference(id))
                       : tr("The legal hold on request %1 is released.").arg(requestReference(id)));
    });

    scroll->setWidget(m_detailPanel);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_actionArea);
    panelLayout->addWidget(scroll, 1);
    return panel;
}

bool RequestsPage::refreshSites()
{
    SiteService sites(m_context.session);
    auto all = sites.list();
    auto workable = sites.workable();
    if (!all || !workable)
        return false; // the list's own reading says what failed
    m_sites = *all;
    const qint64 chosen = m_siteFilter->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_siteFilter);
        while (m_siteFilter->count() > 1)
            m_siteFilter->removeItem(1);
        for (const Site& site : *workable)
            m_siteFilter->addItem(site.name, site.id);
        m_siteFilter->setCurrentIndex(std::max(0, m_siteFilter->findData(chosen)));
    }
    const bool lost = chosen != 0 && m_siteFilter->currentIndex() == 0;
    // The filter offers the sites this person works; the column names the site of every request listed (in a
    // vault, a coordinator of one site also lists the others').
    m_siteFilter->setVisible(workable->size() > 1);
    m_model->setSites(m_sites);
    m_table->setColumnHidden(RequestTableModel::Site, m_sites.size() < 2);
    return lost;
}

void RequestsPage::reload()
{
    const bool siteFilterLost = refreshSites();
    if (!m_loaded || siteFilterLost) {
        m_loaded = true;
        applyFilters();
    } else {
        m_model->refresh();
    }
    if (m_selectedId != 0)
        selectRequest(m_selectedId);
    else
        showDetails(0);
}

bool RequestsPage::showItem(ItemKind kind, qint64 id)
{
    if (kind != ItemKind::Request)
        return false;
    if (!m_loaded)
        reload();
    m_selectedId = id;
    selectRequest(id);
    if (m_model->rowOf(id) < 0) {
        // Not among the rows listed first: look it up by its reference, so it is shown whatever the filters.
        {
            const QSignalBlocker a(m_search), b(m_statusFilter);
            m_search->setText(QString::number(id));
            m_statusFilter->setCurrentIndex(m_statusFilter->findData(int(StatusChoice::All)));
        }
        applyFilters();
        selectRequest(id);
    }
    return true;
}

void RequestsPage::applyFilters()
{
    if (!m_loaded)
        return;
    RequestListQuery query;
    const int status = m_statusFilter->currentData().toInt();
    if (status == int(StatusChoice::Open)) {
        for (RequestStatus s : allRequestStatuses) {
            if (RequestLifecycle::isOpen(s))
                query.statuses.append(s);
        }
    } else if (status >= 0) {
        query.statuses.append(static_cast<RequestStatus>(status));
    }
    query.reason = m_reasonFilter->currentData().toString();
    query.channel = m_channelFilter->currentData().toString();
    if (const qint64 site = m_siteFilter->currentData().toLongLong(); site != 0)
        query.siteId = site;
    const QDateTime now = m_context.session.clock().nowUtc();
    switch (static_cast<AgeChoice>(m_ageFilter->currentData().toInt())) {
    case AgeChoice::Any:
        break;
    case AgeChoice::Day:
        query.receivedFrom = now.addDays(-1);
        break;
    case AgeChoice::Week:
        query.receivedFrom = now.addDays(-7);
        break;
    case AgeChoice::Month:
        query.receivedFrom = now.addDays(-30);
        break;
    case AgeChoice::OlderThanMonth:
        query.receivedBefore = now.addDays(-30);
        break;
    }
    query.due = static_cast<DueFilter>(m_dueFilter->currentData().toInt());
    QString reference = m_search->text();
    reference.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (!reference.isEmpty())
        query.id = reference.toLongLong();
    m_model->setQuery(query);
    if (m_selectedId != 0) {
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            m_table->selectRow(row);
    }
}

void RequestsPage::clearFilters()
{
    {
        const QSignalBlocker a(m_search), b(m_statusFilter), c(m_reasonFilter), d(m_channelFilter), e(m_ageFilter),
            f(m_dueFilter), g(m_siteFilter);
        m_search->clear();
        for (QComboBox* box :
             { m_statusFilter, m_reasonFilter, m_channelFilter, m_ageFilter, m_dueFilter, m_siteFilter })
            box->setCurrentIndex(0);
    }
    applyFilters();
}

void RequestsPage::keepSortIndicator()
{
    // Reasons are a list per request: the column does not sort, so the indicator goes back to the real order.
    QHeaderView* header = m_table->horizontalHeader();
    if (!m_model->isSortable(header->sortIndicatorSection())) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
}

void RequestsPage::selectRequest(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, RequestTableModel::Reference);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    // Shown even when the filters hide its row, so the request just worked on stays in view.
    showDetails(id);
}

void RequestsPage::currentRowChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id != 0 && id != (m_selected ? m_selected->id : 0))
        showDetails(id);
}

void RequestsPage::showDetails(qint64 id)
{
    m_selectedId = id;
    m_selected.reset();
    m_hasLiveMatch = false;
    const bool identityAllowed = coordinates(m_context.session.user().role);
    if (id != 0) {
        // The details show the person's identity to those who may see it: that view is recorded.
        RequestService service(m_context.session);
        auto request = identityAllowed ? service.view(id) : service.get(id);
        if (request)
            m_selected = *request;
        else
            m_message->showError(request.error().message);
    }
    for (QLabel* label : { m_detailStatus, m_detailReceived, m_detailDue, m_detailCategories, m_detailEscalated,
                           m_detailMatch, m_detailProfile, m_identityName, m_identityEmail, m_identityPhone,
                           m_identityBestTime, m_identityInstitution })
        label->clear();
    if (!m_selected) {
        m_detailTitle->setText(tr("Select a request to see it here."));
        m_identityBox->setVisible(false);
        updateActions();
        return;
    }
    const SupportRequest& r = *m_selected;
    m_detailTitle->setText(tr("Request %1").arg(requestReference(r.id)));
    QString status = requestStatusDisplayName(r.status);
    if (r.outcome)
        status = tr("%1: %2").arg(status, closeOutcomeDisplayName(*r.outcome));
    if (!r.referredResource.isEmpty())
        status += QLatin1Char('\n') + tr("Referred to: %1").arg(r.referredResource);
    if (r.legalHold)
        status += QLatin1Char('\n') + tr("On legal hold");
    m_detailStatus->setText(status);

    QStringList dates{ tr("Received %1").arg(moment(r.receivedAt)) };
    if (r.consentRecordedAt.isValid())
        dates.append(tr("Consent %1").arg(moment(r.consentRecordedAt)));
    if (r.triagedAt.isValid())
        dates.append(tr("Triaged %1").arg(moment(r.triagedAt)));
    if (r.firstContactAt.isValid())
        dates.append(tr("First contact %1").arg(moment(r.firstContactAt)));
    if (r.closedAt.isValid())
        dates.append(tr("Closed %1").arg(moment(r.closedAt)));
    m_detailReceived->setText(dates.join(QLatin1Char('\n')));

    RequestService service(m_context.session);
    QString due;
    if (auto target = service.contactTarget(); target && r.contactClockStart().isValid()
        && (r.firstContactAt.isValid() || RequestLifecycle::isOpen(r.status))) {
        const auto contact = r.firstContactAt.isValid() ? std::optional<QDateTime>(r.firstContactAt) : std::nullopt;
        if (auto assessed = target->assess(r.contactClockStart(), m_context.session.clock(), contact)) {
            const QString date = date_text::day(assessed->dueDate);
            switch (assessed->status) {
            case ContactStatus::OnTrack:
                due = tr("Due %1 (%n business day(s) left)", nullptr, assessed->businessDaysLeft).arg(date);
                break;
            case ContactStatus::DueToday:
                due = tr("Due today");
                break;
            case ContactStatus::Overdue:
                due = tr("Overdue by %n business day(s) (was due %1)", nullptr, assessed->businessDaysOverdue)
                          .arg(date);
                break;
            case ContactStatus::MetTarget:
                due = tr("Made on time (due %1)").arg(date);
                break;
            case ContactStatus::MissedTarget:
                due = tr("Made late (due %1)").arg(date);
                break;
            }
        }
    }
    m_detailDue->setText(due.isEmpty() ? tr("No target (closed without contact)") : due);

    QStringList categories{
        tr("Channel: %1").arg(Vocabulary::displayName(Vocab::Channel, r.channel)),
        tr("Referral: %1").arg(Vocabulary::displayName(Vocab::ReferralType, r.referralType)),
        tr("Urgency: %1").arg(Vocabulary::displayName(Vocab::Urgency, r.urgency)),
        tr("Reasons: %1").arg(r.reasons.isEmpty() ? tr("none yet") : names(Vocab::Reason, r.reasons))
    };
    if (m_sites.size() > 1) {
        const auto site
            = std::find_if(m_sites.cbegin(), m_sites.cend(), [&r](const Site& s) { return s.id == r.siteId; });
        if (site != m_sites.cend())
            categories.prepend(tr("Site: %1").arg(site->name));
    }
    if (r.earlierRequests > 0)
        categories.append(tr("%n earlier request(s), probably from the same person", nullptr, r.earlierRequests));
    m_detailCategories->setText(categories.join(QLatin1Char('\n')));

    if (r.escalated) {
        QString text = tr("Escalated: immediate risk was flagged");
        if (auto records = service.escalations(r.id); records && !records->isEmpty())
            text += QLatin1Char('\n')
                + tr("Last: %1, %2")
                      .arg(Vocabulary::displayName(Vocab::EscalationAction, records->constLast().action),
                           moment(records->constLast().at));
        m_detailEscalated->setText(text);
    } else {
        m_detailEscalated->setText(tr("Not escalated"));
    }

    const auto supporterName = [this](qint64 supporterId) {
        if (auto found = SupporterService(m_context.session).get(supporterId); found && !found->name.isEmpty())
            return found->name;
        return tr("supporter #%1").arg(supporterId);
    };
    // One read of the request's matches: the live one (proposed or accepted, at most one), and the last one a
    // supporter had accepted that has ended — a closed request still says who supported it, a re-matched one who
    // it was.
    std::optional<Match> live;
    std::optional<Match> ended;
    if (auto all = MatchingService(m_context.session).matches(r.id)) {
        for (const Match& match : std::as_const(*all)) {
            if (match.status == MatchStatus::Proposed || match.status == MatchStatus::Accepted)
                live = match;
            else if (match.status == MatchStatus::Ended && match.answeredAt.isValid())
                ended = match;
        }
    }
    if (live) {
        m_hasLiveMatch = true;
        const Match& match = *live;
        const QString supporter = supporterName(match.supporterId);
        m_detailMatch->setText(
            match.status == MatchStatus::Proposed
                ? tr("Proposed to %1 on %2, waiting for an answer").arg(supporter, moment(match.proposedAt))
                : tr("Accepted by %1 on %2").arg(supporter, moment(match.answeredAt)));
    } else if (ended && !RequestLifecycle::isOpen(r.status)) {
        m_detailMatch->setText(
            tr("Supported by %1 until %2").arg(supporterName(ended->supporterId), moment(ended->endedAt)));
    } else if (ended) {
        m_detailMatch->setText(tr("No supporter now: the match with %1 ended on %2 (%3)")
                                   .arg(supporterName(ended->supporterId), moment(ended->endedAt),
                                        matchEndReasonDisplayName(ended->endReason).toLower()));
    } else {
        m_detailMatch->setText(tr("No supporter yet"));
    }

    const MatchingProfile& p = r.profile;
    QStringList profile;
    if (!p.careerStage.isEmpty())
        profile.append(Vocabulary::displayName(Vocab::CareerStage, p.careerStage));
    if (!p.specialty.isEmpty())
        profile.append(p.specialty);
    if (!p.region.isEmpty())
        profile.append(p.region);
    QStringList languages;
    for (const QString& code : p.languages)
        languages.append(language::displayName(code));
    if (!languages.isEmpty())
        profile.append(tr("Languages: %1").arg(languages.join(QStringLiteral(", "))));
    if (!p.modalities.isEmpty())
        profile.append(tr("Modalities: %1").arg(names(Vocab::Modality, p.modalities)));
    profile.append(Vocabulary::displayName(Vocab::SpecialtyPreference, p.specialtyPreference));
    if (!p.genderPreference.isEmpty())
        profile.append(tr("Supporter's gender: %1").arg(Vocabulary::displayName(Vocab::Gender, p.genderPreference)));
    if (!p.affinityPreference.isEmpty())
        profile.append(tr("Affinity group: %1").arg(p.affinityPreference));
    if (p.allowSameInstitution)
        profile.append(tr("Same institution acceptable"));
    QStringList windows;
    for (const WeeklyWindow& w : p.availability)
        windows.append(w.toText());
    if (!windows.isEmpty())
        profile.append(tr("Available: %1").arg(windows.join(QStringLiteral(", "))));
    m_detailProfile->setText(profile.join(QLatin1Char('\n')));

    // Identity: coordinators and administrators only (the service refuses anyone else in any case).
    m_identityBox->setVisible(identityAllowed);
    if (identityAllowed) {
        if (r.identityPurgedAt.isValid()) {
            m_identityName->setText(tr("Purged on %1 (retention)").arg(moment(r.identityPurgedAt)));
        } else {
            m_identityName->setText(r.identity.name);
            m_identityEmail->setText(r.identity.email);
            m_identityPhone->setText(r.identity.phone);
            m_identityBestTime->setText(r.identity.bestTime);
            m_identityInstitution->setText(r.identity.institution);
        }
    }
    updateActions();
}

void RequestsPage::updateActions()
{
    const Role role = m_context.session.user().role;
    const bool coordinating = coordinates(role);
    const std::optional<RequestStatus> status
        = m_selected ? std::optional<RequestStatus>(m_selected->status) : std::nullopt;
    const QList<RequestEvent> events = status ? RequestLifecycle::allowedEvents(*status) : QList<RequestEvent>();
    auto allowed = [&](RequestEvent event) { return coordinating && events.contains(event); };
    const bool open = coordinating && status && RequestLifecycle::isOpen(*status);
    m_consent->setEnabled(allowed(RequestEvent::RecordConsent));
    m_triage->setEnabled(allowed(RequestEvent::Triage));
    m_escalate->setEnabled(open);
    m_firstContact->setEnabled(allowed(RequestEvent::RecordFirstContact));
    m_findSupporter->setEnabled(allowed(RequestEvent::AssignSupporter));
    // The introduction can be sent (again) while a supporter is proposed or has accepted.
    m_handOff->setEnabled(coordinating && m_hasLiveMatch);
    m_accepted->setEnabled(allowed(RequestEvent::SupporterAccepts));
    m_declined->setEnabled(allowed(RequestEvent::SupporterDeclines));
    // Conversations are scheduled once a supporter accepted: until first contact, or while support goes on.
    m_schedule->setEnabled(allowed(RequestEvent::RecordFirstContact) || allowed(RequestEvent::RecordConversation));
    m_close->setEnabled(allowed(RequestEvent::Close));
    m_endMatch->setEnabled(allowed(RequestEvent::EndMatch));
    m_refer->setEnabled(coordinating && status.has_value());
    m_edit->setEnabled(open && !m_selected->identityPurgedAt.isValid());
    explainActions(status, coordinating);
    m_hold->setVisible(administers(role));
    m_hold->setEnabled(administers(role) && m_selected
                       && (m_selected->legalHold || !m_selected->identityPurgedAt.isValid()));
    const QString holdText = m_selected && m_selected->legalHold ? tr("Release legal &hold") : tr("Place legal &hold");
    m_hold->setText(holdText);
}

void RequestsPage::explainActions(const std::optional<RequestStatus>& status, bool coordinates)
{
    const std::pair<QPushButton*, RequestEvent> lifecycle[] = {
        { m_consent, RequestEvent::RecordConsent },
        { m_triage, RequestEvent::Triage },
        { m_findSupporter, RequestEvent::AssignSupporter },
        { m_accepted, RequestEvent::SupporterAccepts },
        { m_declined, RequestEvent::SupporterDeclines },
        { m_firstContact, RequestEvent::RecordFirstContact },
        { m_close, RequestEvent::Close },
    };
    // Every action says when it becomes available: the lifecycle's own words for its events.
    const QString noRequest = tr("Select a request first.");
    for (const auto& [button, event] : lifecycle) {
        QString why;
        if (!status)
            why = noRequest;
        else if (!button->isEnabled())
            why = RequestLifecycle::unavailableReason(*status, event);
        button->setToolTip(why);
        button->setStatusTip(why);
    }
    const bool open = status && RequestLifecycle::isOpen(*status);
    const auto explain = [&](QPushButton* button, const QString& reason) {
        const QString why = !status ? noRequest : (button->isEnabled() ? QString() : reason);
        button->setToolTip(why);
        button->setStatusTip(why);
    };
    const QString closed = tr("This request is closed: it can no longer change.");
    explain(m_schedule, open ? tr("Conversations are booked once a supporter has accepted the request.") : closed);
    explain(m_handOff, open ? tr("The introduction is sent once a supporter is proposed.") : closed);
    explain(m_escalate, closed);
    explain(m_edit, open ? tr("The identity was purged: there is nothing left to edit.") : closed);
    // The menu's actions say it in the menu (tooltips shown there).
    const auto explainAction = [&](QAction* action, const QString& reason) {
        const QString why = !status ? noRequest : (action->isEnabled() ? QString() : reason);
        action->setToolTip(why);
        action->setStatusTip(why);
    };
    explainAction(m_endMatch,
                  status ? RequestLifecycle::unavailableReason(*status, RequestEvent::EndMatch) : noRequest);
    explainAction(m_refer, noRequest);
    explainAction(m_hold, tr("Only an administrator places a legal hold, and not after the identity was purged."));

    // The next step: the state machine's usual one, said on the first button and made the default.
    m_nextTarget = nullptr;
    if (coordinates && status) {
        if (const auto next = RequestLifecycle::nextStep(*status)) {
            for (const auto& [button, event] : lifecycle) {
                if (event == *next)
                    m_nextTarget = button;
            }
            if (*next == RequestEvent::RecordConversation)
                m_nextTarget = m_schedule;
        }
    }
    for (QPushButton* button : m_actionArea->findChildren<QPushButton*>())
        button->setDefault(false);
    if (m_nextTarget) {
        const QString action = QString(m_nextTarget->text()).remove(QLatin1Char('&'));
        m_nextStep->setText(tr("Next: %1").arg(action));
        m_nextStep->setAccessibleName(tr("Next step: %1").arg(action));
        m_nextStep->setEnabled(m_nextTarget->isEnabled());
        m_nextStep->setToolTip(m_nextTarget->toolTip());
        m_nextStep->setDefault(true);
    }
    m_nextStep->setVisible(m_nextTarget != nullptr);
}

void RequestsPage::confirmStep(const QString& question, const QString& confirmText,
                               const std::function<Result<void>()>& action, const QString& success)
{
    // A mistyped Alt+D must not exclude a supporter for good.
    ui::askFirst(this, m_context.lockAction, question, confirmText,
                 [this, action, success] { runAction(action, success); });
}

void RequestsPage::runAction(const std::function<Result<void>()>& action, const QString& success)
{
    if (!m_selected)
        return;
    const qint64 id = m_selected->id;
    if (auto done = action(); !done) {
        m_message->showError(done.error().message);
        return;
    }
    afterWrite(id, success);
}

void RequestsPage::afterWrite(qint64 id, const QString& success)
{
    Q_EMIT vaultChanged();
    m_model->refresh();
    selectRequest(id);
    // Every action replaces the message: "…can now be triaged" must not outlive the triage.
    if (success.isEmpty())
        m_message->clearMessage();
    else
        m_message->showMessage(success, MessageLabel::Kind::Success);
}

void RequestsPage::prepareDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.lockAction)
        dialog->addAction(m_context.lockAction);
    dialog->setWindowModality(Qt::WindowModal);
}

void RequestsPage::openIntakeWithDraft(const NewRequest& draft)
{
    openIntake();
    // The one just opened: an earlier one may still await its deferred deletion.
    const auto dialogs = findChildren<RequestEditorDialog*>(QStringLiteral("intakeDialog"));
    if (!dialogs.isEmpty())
        dialogs.last()->restoreDraft(draft);
}

void RequestsPage::openIntake()
{
    auto* dialog = new RequestEditorDialog(m_context.session, this);
    prepareDialog(dialog);
    connect(dialog, &RequestEditorDialog::created, this, [this](qint64 id) {
        Q_EMIT vaultChanged();
        m_model->refresh();
        m_selectedId = id;
        if (m_model->rowOf(id) < 0) {
            // The filters hide it: show it by its reference.
            const QSignalBlocker a(m_search), b(m_statusFilter);
            m_search->setText(QString::number(id));
            m_statusFilter->setCurrentIndex(m_statusFilter->findData(int(StatusChoice::All)));
        }
        applyFilters();
        selectRequest(id);
        m_message->showMessage(tr("Request %1 is saved.").arg(requestReference(id)), MessageLabel::Kind::Success);
    });
    dialog->open();
}

void RequestsPage::openEdit()
{
    if (!m_selected)
        return;
    auto* dialog = new RequestEditorDialog(m_context.session, *m_selected, this);
    prepareDialog(dialog);
    connect(dialog, &RequestEditorDialog::edited, this,
            [this](qint64 id, RequestStatus status, const RequestEdit& before, const RequestEdit& after) {
                QPointer<RequestsPage> page(this);
                m_context.undoStack.push(new EditRequestCommand(m_context.session, id, status, before, after,
                                                                [page](qint64 edited, const QString& error) {
                                                                    if (page)
                                                                        page->editStored(edited, error);
                                                                }));
            });
    dialog->open();
}

void RequestsPage::editStored(qint64 id, const QString& error)
{
    afterWrite(id, error.isEmpty() ? tr("Request %1 is saved.").arg(requestReference(id)) : QString());
    if (!error.isEmpty())
        m_message->showError(error);
}

void RequestsPage::openTriage()
{
    if (!m_selected)
        return;
    auto* dialog = new TriageDialog(m_context.session, *m_selected, this);
    prepareDialog(dialog);
    connect(dialog, &TriageDialog::triaged, this, [this](qint64 id) { afterWrite(id, QString()); });
    dialog->open();
}

void RequestsPage::openEscalation()
{
    if (!m_selected)
        return;
    auto* dialog = new EscalationDialog(m_context.session, m_selected->id, this);
    prepareDialog(dialog);
    connect(dialog, &EscalationDialog::escalated, this, [this](qint64 id) { afterWrite(id, QString()); });
    dialog->open();
}

void RequestsPage::openMatch(qint64 requestId)
{
    // Parented to the page, so the hand-off's clipboard guard belongs to the main window and is cleared when
    // the window locks.
    auto* dialog = new MatchDialog(m_context, requestId, this);
    prepareDialog(dialog);
    connect(dialog, &MatchDialog::matched, this, [this](qint64 id, qint64) {
        afterWrite(id, tr("Request %1 is proposed to the supporter.").arg(requestReference(id)));
    });
    dialog->open();
}

void RequestsPage::openEndMatch()
{
    if (!m_selected)
        return;
    auto* dialog = new EndMatchDialog(m_context.session, m_selected->id, this);
    prepareDialog(dialog);
    connect(dialog, &EndMatchDialog::ended, this, [this](qint64 id, int cancelled) {
        QString message = tr("The match of request %1 has ended: find it a new supporter.").arg(requestReference(id));
        if (cancelled > 0)
            message += QLatin1Char(' ') + tr("%n booked conversation(s) cancelled.", nullptr, cancelled);
        afterWrite(id, message);
    });
    dialog->open();
}

void RequestsPage::openReferral()
{
    if (!m_selected)
        return;
    auto* dialog = new ReferralDialog(m_context.session, m_selected->id, this);
    prepareDialog(dialog);
    connect(dialog, &ReferralDialog::recorded, this, [this](qint64 id, const QString& resource) {
        afterWrite(id, tr("Referral to %1 recorded for request %2.").arg(resource, requestReference(id)));
    });
    dialog->open();
}

void RequestsPage::openClose()
{
    if (!m_selected)
        return;
    auto* dialog = new CloseRequestDialog(m_context.session, *m_selected, m_hasLiveMatch, this);
    prepareDialog(dialog);
    connect(dialog, &CloseRequestDialog::closed, this,
            [this](qint64 id) { afterWrite(id, tr("Request %1 is closed.").arg(requestReference(id))); });
    dialog->open();
}

} // namespace peerdesk
