#include "ui/pages/DashboardPage.h"

#include "core/domain/DateText.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/RequestLifecycle.h"
#include "core/domain/Role.h"
#include "core/domain/Vocabulary.h"
#include "core/services/DashboardService.h"
#include "core/services/Permissions.h"
#include "core/vault/VaultSession.h"
#include "ui/models/DashboardListModel.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

QString shortDate(const QDate& date)
{
    return date_text::day(date);
}

QString shortDateTime(const QDateTime& moment)
{
    return date_text::moment(moment);
}

QString shortTime(const QDateTime& moment)
{
    return date_text::time(moment.toLocalTime().time());
}

} // namespace

DashboardPage::DashboardPage(PageContext& context, QWidget* parent)
    : Page(tr("Dashboard"), QStringLiteral("dashboard"), tr("Today, for coordinators and administrators"), QString(),
           parent)
    , m_context(context)
    , m_today(new QLabel(this))
    , m_error(new MessageLabel(this))
{
    m_today->setObjectName(QStringLiteral("todayLabel"));
    m_error->setObjectName(QStringLiteral("dashboardError"));
    contentLayout()->addWidget(m_today);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(createFirstSteps());

    m_grid = new QWidget(this);
    auto* layout = new QGridLayout(m_grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_grid);
    contentLayout()->addWidget(scroll, 1);

    // The order a coordinator works in: what is late or stuck first, then what waits for them, then the week ahead.
    addCard(QStringLiteral("contactOverdue"), tr("First contact overdue"), tr("No first contact is overdue."), true, 0,
            0);
    addCard(QStringLiteral("needsNewSupporter"), tr("Needs a new supporter"), tr("No match needs a new supporter."),
            true, 0, 1);
    addCard(QStringLiteral("escalatedWithoutSupporter"), tr("Escalated, no supporter yet"),
            tr("No escalated request is waiting for a supporter."), true, 0, 2);
    addCard(QStringLiteral("contactDueToday"), tr("First contact due today"), tr("No first contact is due today."),
            false, 1, 0);
    addCard(QStringLiteral("newRequests"), tr("New requests to triage"),
            tr("No new request to triage. New request… on the Requests page records one."), false, 1, 1);
    addCard(QStringLiteral("triagedNotMatched"), tr("Triaged, no supporter yet"),
            tr("Every triaged request has a supporter."), false, 1, 2);
    addCard(QStringLiteral("awaitingConsent"), tr("Awaiting consent"), tr("No request is waiting for consent."), false,
            2, 0);
    addCard(QStringLiteral("awaitingAcceptance"), tr("Awaiting the supporter's answer"),
            tr("No supporter has a proposal to answer."), false, 2, 1);
    addCard(QStringLiteral("proposalsUnanswered"), tr("Proposals unanswered"),
            tr("No proposal has waited too long for an answer."), true, 2, 2);
    addCard(QStringLiteral("conversationsToday"), tr("Conversations today"), tr("No conversation today."), false, 3, 0);
    addCard(QStringLiteral("notRecorded"), tr("Past sessions not recorded"), tr("Every past session is recorded."),
            true, 3, 1);
    addCard(QStringLiteral("quietMatches"), tr("No conversation held lately"),
            tr("Every ongoing match had a conversation lately."), false, 3, 2);
    addCard(QStringLiteral("groupsThisWeek"), tr("Group sessions in the next 7 days"),
            tr("No group session in the next 7 days."), false, 4, 0);
    addCard(QStringLiteral("groupSeriesRunningOut"), tr("Group series running out within 14 days"),
            tr("No group series runs out soon."), false, 4, 1);
    addCard(QStringLiteral("trainingDue"), tr("Training due within 30 days"),
            tr("No training falls due within 30 days."), false, 4, 2);
    addCard(QStringLiteral("purgeSoon"), tr("Identities purged in the next 7 days"),
            tr("No identity is purged in the next 7 days."), false, 5, 0);
    addCard(QStringLiteral("groupsShortOfFacilitators"), tr("Groups short of facilitators"),
            tr("Every group has a facilitator who can lead its next session."), true, 5, 1);
    for (int column = 0; column < 3; ++column)
        layout->setColumnStretch(column, 1);
    layout->setRowStretch(6, 1);

    const int minutes = context.session.autoLockMinutes();
    auto* lockNote = new QLabel(minutes > 0 ? tr("PeerDesk locks itself after %n minute(s) without activity. "
                                                 "Ctrl+L locks it now.",
                                                 nullptr, minutes)
                                            : tr("Automatic locking is off. Ctrl+L locks PeerDesk now."),
                                this);
    lockNote->setObjectName(QStringLiteral("autoLock"));
    lockNote->setForegroundRole(QPalette::PlaceholderText);
    lockNote->setWordWrap(true);
    contentLayout()->addWidget(lockNote);
}

DashboardPage::~DashboardPage() = default;

QWidget* DashboardPage::createFirstSteps()
{
    // A new program's first steps, in the order they make sense; shown until each is done, then gone.
    m_firstSteps = new QGroupBox(tr("Getting started"), this);
    m_firstSteps->setObjectName(QStringLiteral("firstStepsBox"));
    auto* grid = new QGridLayout(m_firstSteps);
    const bool administrator = administers(m_context.session.user().role);
    struct Step
    {
        const char* name;
        QString text;
        QString button;
        QString page;
    };
    const Step steps[] = {
        { "settingsStep",
          administrator ? tr("1. Review the program's settings: its name, the first-contact target and holidays, "
                             "scope, resources and crisis resources.")
                        : tr("1. An administrator reviews the program's settings."),
          tr("Open Settings"), QStringLiteral("settingsPage") },
        { "supportersStep",
          administrator ? tr("2. Add the supporters, or import the roster from a CSV file.")
                        : tr("2. An administrator adds the supporters or imports the roster."),
          tr("Open Supporters"), QStringLiteral("supportersPage") },
        { "requestsStep", tr("3. Enter the first request (Ctrl+N on the Requests page)."), tr("Open Requests"),
          QStringLiteral("requestsPage") },
    };
    int row = 0;
    for (const Step& step : steps) {
        auto* label = new QLabel(step.text, m_firstSteps);
        label->setObjectName(QLatin1String(step.name));
        label->setProperty("stepText", step.text);
        label->setWordWrap(true);
        auto* button = new QPushButton(step.button, m_firstSteps);
        button->setObjectName(QLatin1String(step.name) + QStringLiteral("Button"));
        button->setAccessibleName(step.button);
        const QString page = step.page;
        connect(button, &QPushButton::clicked, this, [this, page] { Q_EMIT pageRequested(page); });
        // Coordinators do not see Settings; the roster is theirs to read only.
        button->setVisible(administrator || page == QLatin1String("requestsPage"));
        grid->addWidget(label, row, 0);
        grid->addWidget(button, row, 1);
        m_stepLabels.append(label);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    m_firstSteps->hide();
    return m_firstSteps;
}

DashboardPage::Card& DashboardPage::addCard(const QString& name, const QString& title, const QString& empty, bool alert,
                                            int row, int column)
{
    QWidget* grid = m_grid;
    Card card;
    card.name = name;
    card.title = title;
    card.alert = alert;
    card.box = new QGroupBox(title, grid);
    card.box->setObjectName(name + QStringLiteral("Box"));
    card.model = new DashboardListModel(this);
    card.view = new QListView(card.box);
    card.view->setObjectName(name + QStringLiteral("List"));
    card.view->setModel(card.model);
    card.view->setAccessibleName(title);
    // An empty list says what it would hold, in words that read as good news or as what to do.
    EmptyState::attach(card.view, empty);
    card.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Lines wrap rather than scroll sideways; the tooltip repeats each line.
    card.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    card.view->setWordWrap(true);
    // Room for about seven lines: the lists are a glance, the page a click away has the rest.
    const int lines = card.view->fontMetrics().lineSpacing();
    card.view->setMinimumHeight(lines * 4 + 8);
    card.view->setMaximumHeight(lines * 7 + 8);
    card.note = new QLabel(card.box);
    card.note->setObjectName(name + QStringLiteral("Note"));
    card.note->setForegroundRole(QPalette::PlaceholderText);
    card.note->setWordWrap(true);
    auto* layout = new QVBoxLayout(card.box);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(card.view, 1);
    layout->addWidget(card.note);
    static_cast<QGridLayout*>(grid->layout())->addWidget(card.box, row, column);

    DashboardListModel* model = card.model;
    connect(card.view, &QListView::activated, this, [this, model](const QModelIndex& index) {
        if (const DashboardEntry* line = model->entry(index))
            Q_EMIT itemRequested(line->kind, line->id);
    });
    m_cards.append(card);
    return m_cards.last();
}

DashboardPage::Card& DashboardPage::card(const QString& name)
{
    for (Card& card : m_cards) {
        if (card.name == name)
            return card;
    }
    Q_UNREACHABLE();
}

QListView* DashboardPage::list(const QString& objectName) const
{
    for (const Card& card : m_cards) {
        if (card.view->objectName() == objectName)
            return card.view;
    }
    return nullptr;
}

void DashboardPage::reload()
{
    auto overview = DashboardService(m_context.session).overview();
    if (!overview) {
        m_error->showError(overview.error().message);
        return;
    }
    m_error->clearMessage();
    show(*overview);
}

void DashboardPage::fill(Card& card, const DashboardRows& rows, QList<DashboardEntry> entries)
{
    card.box->setTitle(tr("%1 (%2)").arg(card.title, QLocale().toString(rows.count)));
    card.model->setEntries(std::move(entries));
    const bool late = card.alert && rows.count > 0;
    QPalette palette = card.box->palette();
    palette.setColor(QPalette::WindowText, late ? errorColour(QPalette()) : QPalette().color(QPalette::WindowText));
    card.box->setPalette(palette);
    if (rows.count > rows.rows.size())
        card.note->setText(tr("Showing the first %1 of %2.")
                               .arg(QLocale().toString(rows.rows.size()), QLocale().toString(rows.count)));
    else
        card.note->clear();
    card.note->setVisible(!card.note->text().isEmpty());
}

void DashboardPage::show(const DashboardOverview& overview)
{
    m_today->setText(tr("Today is %1.").arg(QLocale().toString(overview.today, QLocale::LongFormat)));
    const bool done[] = { overview.firstSteps.settingsSaved, overview.firstSteps.supportersAdded,
                          overview.firstSteps.requestsEntered };
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        QFont font = m_stepLabels.at(i)->font();
        font.setStrikeOut(done[i]);
        m_stepLabels.at(i)->setFont(font);
        // Said in words too, not only struck through.
        const QString text = m_stepLabels.at(i)->property("stepText").toString();
        m_stepLabels.at(i)->setText(done[i] ? tr("%1 Done.").arg(text) : text);
    }
    m_firstSteps->setVisible(!overview.firstSteps.done());

    const auto requestLines = [](const DashboardRows& rows, const std::function<QString(const DashboardRow&)>& tail) {
        QList<DashboardEntry> entries;
        for (const DashboardRow& row : rows.rows) {
            QString text = tr("%1 · %2").arg(requestReference(row.id), tail(row));
            if (row.extra == QLatin1String("priority"))
                text = tr("%1 · priority").arg(text);
            if (row.flag)
                text = tr("%1 · escalated").arg(text);
            entries.append({ text, ItemKind::Request, row.id, false });
        }
        return entries;
    };
    const auto received = [](const DashboardRow& row) { return tr("received %1").arg(shortDateTime(row.at)); };

    QList<DashboardEntry> overdue = requestLines(overview.contactOverdue, [](const DashboardRow& row) {
        return tr("overdue: was due %1").arg(shortDate(row.date));
    });
    for (DashboardEntry& entry : overdue)
        entry.alert = true;
    fill(card(QStringLiteral("contactOverdue")), overview.contactOverdue, overdue);
    fill(card(QStringLiteral("contactDueToday")), overview.contactDueToday,
         requestLines(overview.contactDueToday, received));
    fill(card(QStringLiteral("newRequests")), overview.newRequests, requestLines(overview.newRequests, received));
    fill(card(QStringLiteral("triagedNotMatched")), overview.triagedNotMatched,
         requestLines(overview.triagedNotMatched, [&overview](const DashboardRow& row) {
             const qint64 days = row.at.toLocalTime().date().daysTo(overview.today);
             return tr("received %n day(s) ago", nullptr, int(days));
         }));
    fill(card(QStringLiteral("escalatedWithoutSupporter")), overview.escalatedWithoutSupporter,
         requestLines(overview.escalatedWithoutSupporter, [](const DashboardRow& row) {
             return tr("%1 · received %2")
                 .arg(requestStatusDisplayName(requestStatusFromKey(row.text).value_or(RequestStatus::New)),
                      shortDateTime(row.at));
         }));
    fill(card(QStringLiteral("awaitingConsent")), overview.awaitingConsent,
         requestLines(overview.awaitingConsent, received));
    fill(card(QStringLiteral("awaitingAcceptance")), overview.awaitingAcceptance,
         requestLines(overview.awaitingAcceptance, received));

    const auto matchLines
        = [](const DashboardRows& rows, const std::function<QString(const DashboardRow&)>& tail, bool alert) {
              QList<DashboardEntry> entries;
              for (const DashboardRow& row : rows.rows)
                  entries.append(
                      { tr("%1 · %2").arg(requestReference(row.id), tail(row)), ItemKind::Request, row.id, alert });
              return entries;
          };
    Card& unanswered = card(QStringLiteral("proposalsUnanswered"));
    unanswered.box->setToolTip(tr("Proposed more than %n day(s) ago and still waiting for the supporter's answer "
                                  "(setting proposal_answer_days).",
                                  nullptr, overview.proposalAnswerDays));
    fill(unanswered, overview.proposalsUnanswered,
         matchLines(
             overview.proposalsUnanswered,
             [&overview](const DashboardRow& row) {
                 const qint64 days = row.at.toLocalTime().date().daysTo(overview.today);
                 return tr("%1 · proposed %n day(s) ago", nullptr, int(days)).arg(row.text);
             },
             true));
    Card& quiet = card(QStringLiteral("quietMatches"));
    quiet.box->setToolTip(tr("Accepted matches with no conversation held for %n day(s) (setting quiet_match_days).",
                             nullptr, overview.quietMatchDays));
    fill(quiet, overview.quietMatches,
         matchLines(
             overview.quietMatches,
             [](const DashboardRow& row) {
                 return tr("%1 · last held or accepted %2").arg(row.text, shortDate(row.at.toLocalTime().date()));
             },
             false));
    fill(card(QStringLiteral("needsNewSupporter")), overview.needsNewSupporter,
         matchLines(
             overview.needsNewSupporter,
             [](const DashboardRow& row) {
                 const QString status = row.date.isValid() && row.extra == QLatin1String("active")
                     ? tr("paused until %1").arg(shortDate(row.date))
                     : Vocabulary::displayName(Vocab::SupporterStatus, row.extra).toLower();
                 return tr("%1 is %2").arg(row.text, status);
             },
             true));

    QList<DashboardEntry> conversations;
    for (const DashboardRow& row : overview.conversationsToday.rows) {
        conversations.append({ tr("%1 · %2 with %3 · %4")
                                   .arg(shortTime(row.at), conversationReference(row.id), row.text,
                                        Vocabulary::displayName(Vocab::ConversationStatus, row.extra)),
                               ItemKind::Conversation, row.id, false });
    }
    fill(card(QStringLiteral("conversationsToday")), overview.conversationsToday, conversations);

    // Conversations and group sessions in one list, by start: both are recorded on the Schedule page.
    QList<std::pair<QDateTime, DashboardEntry>> past;
    for (const DashboardRow& row : overview.conversationsNotRecorded.rows)
        past.append({ row.at,
                      { tr("%1 · %2 with %3").arg(shortDateTime(row.at), conversationReference(row.id), row.text),
                        ItemKind::Conversation, row.id, true } });
    for (const DashboardRow& row : overview.groupSessionsNotRecorded.rows)
        past.append(
            { row.at,
              { tr("%1 · %2").arg(shortDateTime(row.at), row.text), ItemKind::GroupOccurrence, row.id, true } });
    std::stable_sort(past.begin(), past.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<DashboardEntry> notRecorded;
    for (const auto& [at, entry] : std::as_const(past))
        notRecorded.append(entry);
    DashboardRows pastRows;
    pastRows.count = overview.conversationsNotRecorded.count + overview.groupSessionsNotRecorded.count;
    pastRows.rows = overview.conversationsNotRecorded.rows + overview.groupSessionsNotRecorded.rows;
    fill(card(QStringLiteral("notRecorded")), pastRows, notRecorded);

    QList<DashboardEntry> groups;
    for (const DashboardRow& row : overview.groupSessionsThisWeek.rows) {
        groups.append(
            { tr("%1 · %2 · %3")
                  .arg(shortDateTime(row.at), row.text, Vocabulary::displayName(Vocab::OccurrenceStatus, row.extra)),
              ItemKind::GroupOccurrence, row.id, false });
    }
    fill(card(QStringLiteral("groupsThisWeek")), overview.groupSessionsThisWeek, groups);

    QList<DashboardEntry> series;
    for (const DashboardRow& row : overview.groupSeriesRunningOut.rows) {
        const QString last = row.at.isValid()
            ? tr("last session scheduled %1").arg(shortDate(row.at.toLocalTime().date()))
            : tr("no session scheduled");
        series.append({ tr("%1 · %2").arg(row.text, last), ItemKind::Group, row.id, false });
    }
    fill(card(QStringLiteral("groupSeriesRunningOut")), overview.groupSeriesRunningOut, series);

    QList<DashboardEntry> facilitators;
    for (const DashboardRow& row : overview.groupsShortOfFacilitators.rows) {
        const QStringList counts = row.extra.split(QLatin1Char('/'));
        facilitators.append({ tr("%1 · next %2 · %3 of %4 facilitators can lead")
                                  .arg(row.text, shortDateTime(row.at), counts.value(0), counts.value(1)),
                              ItemKind::Group, row.id, true });
    }
    fill(card(QStringLiteral("groupsShortOfFacilitators")), overview.groupsShortOfFacilitators, facilitators);

    QList<DashboardEntry> training;
    for (const DashboardRow& row : overview.trainingDue.rows) {
        const bool late = row.date < overview.today;
        const QString when
            = late ? tr("overdue since %1").arg(shortDate(row.date)) : tr("due %1").arg(shortDate(row.date));
        training.append({ tr("%1 · %2 · %3").arg(row.text, row.extra, when), ItemKind::Supporter, row.id, late });
    }
    fill(card(QStringLiteral("trainingDue")), overview.trainingDue, training);

    QList<DashboardEntry> purges;
    for (const DashboardRow& row : overview.purgeSoon.rows) {
        purges.append({ tr("%1 · closed %2 · identity purged %3")
                            .arg(requestReference(row.id), shortDate(row.at.toLocalTime().date()), shortDate(row.date)),
                        ItemKind::Request, row.id, false });
    }
    fill(card(QStringLiteral("purgeSoon")), overview.purgeSoon, purges);
}

} // namespace peerdesk
