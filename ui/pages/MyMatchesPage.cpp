#include "ui/pages/MyMatchesPage.h"

#include "core/domain/DateText.h"
#include "core/domain/Request.h"
#include "core/domain/Vocabulary.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/MomentEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>

namespace peerdesk {

namespace {

enum MatchColumn
{
    FirstName,
    Email,
    Phone,
    BestTime,
    ContactBy,
    State,
    MatchColumns
};

enum ConversationColumn
{
    When,
    Minutes,
    How,
    Held,
    ConversationColumns
};

constexpr int IdRole = Qt::UserRole + 1;

QStandardItem* cell(const QString& text, qint64 id)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(id, IdRole);
    return item;
}

QString stateText(const SupporterMatch& match)
{
    if (match.status == MatchStatus::Proposed)
        return MyMatchesPage::tr("Waiting for your answer");
    return requestStatusDisplayName(match.requestStatus);
}

} // namespace

MyMatchesPage::MyMatchesPage(PageContext& context, QWidget* parent)
    : Page(tr("My matches"), QStringLiteral("match"), tr("For supporters"),
           tr("The physicians matched with you: how to reach them and by when. Record each step here; your "
              "coordinators see it at once. A match's details go when the match ends."),
           parent)
    , m_context(context)
    , m_matchModel(new QStandardItemModel(0, MatchColumns, this))
    , m_conversationModel(new QStandardItemModel(0, ConversationColumns, this))
    , m_matchTable(ui::createTableView(this, "myMatchesTable", tr("My matches")))
    , m_conversationTable(ui::createTableView(this, "myConversationsTable", tr("Conversations of the match")))
    , m_count(new QLabel(this))
    , m_acceptButton(ui::createButton(this, tr("&Accept"), "acceptMatchButton", tr("Accept the match")))
    , m_declineButton(ui::createButton(this, tr("&Decline"), "declineMatchButton", tr("Decline the match")))
    , m_firstContactButton(ui::createButton(this, tr("&First contact made"), "firstContactButton",
                                            tr("Record that you reached the physician")))
    , m_bookButton(ui::createButton(this, tr("&Book a conversation…"), "bookConversationButton",
                                    tr("Book a conversation"), "schedule"))
    , m_heldButton(ui::createButton(this, tr("Conversation &held"), "conversationHeldButton",
                                    tr("Record the conversation as held")))
    , m_stepAwayButton(
          ui::createButton(this, tr("Ask for a &new supporter…"), "stepAwayButton", tr("Ask for a new supporter")))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("myMatchesPage"));
    m_matchModel->setHorizontalHeaderLabels(
        { tr("First name"), tr("E-mail"), tr("Phone"), tr("Best time"), tr("Contact by"), tr("Where it stands") });
    m_conversationModel->setHorizontalHeaderLabels({ tr("When"), tr("Minutes"), tr("How"), tr("Status") });
    m_matchTable->setModel(m_matchModel);
    m_conversationTable->setModel(m_conversationModel);
    for (QTableView* table : { m_matchTable, m_conversationTable }) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_matchTable->setColumnWidth(FirstName, 140);
    m_matchTable->setColumnWidth(Email, 220);
    m_matchTable->setColumnWidth(Phone, 130);
    m_matchTable->setColumnWidth(BestTime, 160);
    m_matchTable->setColumnWidth(ContactBy, 120);
    m_conversationTable->setColumnWidth(When, 200);
    EmptyState::attach(m_matchTable, tr("No match is waiting for you. Your coordinators will propose one here."));
    EmptyState::attach(m_conversationTable, tr("No conversation booked for this match."));

    m_count->setObjectName(QStringLiteral("myMatchesCount"));
    m_message->setObjectName(QStringLiteral("myMatchesMessage"));
    auto* matchButtons = new QHBoxLayout;
    matchButtons->addWidget(m_acceptButton);
    matchButtons->addWidget(m_declineButton);
    matchButtons->addWidget(m_firstContactButton);
    matchButtons->addWidget(m_bookButton);
    matchButtons->addStretch(1);
    matchButtons->addWidget(m_stepAwayButton);
    auto* conversationButtons = new QHBoxLayout;
    conversationButtons->addWidget(m_heldButton);
    conversationButtons->addStretch(1);

    contentLayout()->addWidget(m_matchTable, 2);
    contentLayout()->addWidget(m_count);
    contentLayout()->addLayout(matchButtons);
    auto* conversationsLabel = new QLabel(tr("&Conversations of the selected match:"), this);
    conversationsLabel->setBuddy(m_conversationTable);
    contentLayout()->addWidget(conversationsLabel);
    contentLayout()->addWidget(m_conversationTable, 1);
    contentLayout()->addLayout(conversationButtons);
    contentLayout()->addWidget(m_message);

    connect(m_matchTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showConversations();
        updateButtons();
    });
    connect(m_conversationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyMatchesPage::updateButtons);
    connect(m_acceptButton, &QPushButton::clicked, this, &MyMatchesPage::accept);
    connect(m_declineButton, &QPushButton::clicked, this, &MyMatchesPage::decline);
    connect(m_firstContactButton, &QPushButton::clicked, this, &MyMatchesPage::recordFirstContact);
    connect(m_bookButton, &QPushButton::clicked, this, &MyMatchesPage::book);
    connect(m_heldButton, &QPushButton::clicked, this, &MyMatchesPage::recordHeld);
    connect(m_stepAwayButton, &QPushButton::clicked, this, &MyMatchesPage::stepAway);
    updateButtons();
}

MyMatchesPage::~MyMatchesPage() = default;

void MyMatchesPage::reload()
{
    const SupporterMatch* before = selectedMatch();
    const qint64 keep = before ? before->matchId : 0;
    auto matches = SupporterWorkService(m_context.session).myMatches();
    if (!matches) {
        m_message->showError(matches.error().message);
        return;
    }
    m_matches = *matches;
    m_matchModel->removeRows(0, m_matchModel->rowCount());
    for (const SupporterMatch& match : std::as_const(m_matches)) {
        const bool carded = match.card.has_value();
        m_matchModel->appendRow({
            cell(carded ? match.card->firstName : tr("(ask your coordinator)"), match.matchId),
            cell(carded ? match.card->email : QString(), match.matchId),
            cell(carded ? match.card->phone : QString(), match.matchId),
            cell(carded ? match.card->bestTime : QString(), match.matchId),
            cell(carded && match.card->contactBy.isValid()
                     ? QLocale().toString(match.card->contactBy, QLocale::ShortFormat)
                     : QString(),
                 match.matchId),
            cell(stateText(match), match.matchId),
        });
    }
    m_count->setText(tr("%n live match(es)", nullptr, int(m_matches.size())));
    if (keep != 0)
        selectMatch(keep);
    if (!selectedMatch() && !m_matches.isEmpty())
        m_matchTable->selectRow(0);
    showConversations();
    updateButtons();
}

const SupporterMatch* MyMatchesPage::selectedMatch() const
{
    const QModelIndex current = m_matchTable->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = m_matchModel->index(current.row(), 0).data(IdRole).toLongLong();
    for (const SupporterMatch& match : m_matches) {
        if (match.matchId == id)
            return &match;
    }
    return nullptr;
}

qint64 MyMatchesPage::selectedConversationId() const
{
    const QModelIndex current = m_conversationTable->currentIndex();
    return current.isValid() ? m_conversationModel->index(current.row(), 0).data(IdRole).toLongLong() : 0;
}

void MyMatchesPage::selectMatch(qint64 matchId)
{
    for (int row = 0; row < m_matchModel->rowCount(); ++row) {
        if (m_matchModel->index(row, 0).data(IdRole).toLongLong() == matchId) {
            m_matchTable->selectRow(row);
            return;
        }
    }
}

void MyMatchesPage::selectConversation(qint64 conversationId)
{
    for (int row = 0; row < m_conversationModel->rowCount(); ++row) {
        if (m_conversationModel->index(row, 0).data(IdRole).toLongLong() == conversationId) {
            m_conversationTable->selectRow(row);
            return;
        }
    }
}

void MyMatchesPage::showConversations()
{
    m_conversationModel->removeRows(0, m_conversationModel->rowCount());
    const SupporterMatch* match = selectedMatch();
    if (!match)
        return;
    for (const SupporterConversation& c : match->conversations) {
        m_conversationModel->appendRow({
            cell(date_text::moment(c.startsAt), c.id),
            cell(QLocale().toString(c.durationMinutes), c.id),
            cell(Vocabulary::displayName(Vocab::Modality, c.modality), c.id),
            cell(Vocabulary::displayName(Vocab::ConversationStatus, c.status), c.id),
        });
    }
}

void MyMatchesPage::updateButtons()
{
    const SupporterMatch* match = selectedMatch();
    const bool proposed = match && match->status == MatchStatus::Proposed;
    const bool accepted = match && match->status == MatchStatus::Accepted;
    m_acceptButton->setEnabled(proposed);
    m_declineButton->setEnabled(proposed);
    m_firstContactButton->setEnabled(accepted && match->requestStatus == RequestStatus::Accepted);
    m_bookButton->setEnabled(accepted);
    m_stepAwayButton->setEnabled(accepted);
    bool booked = false;
    if (accepted) {
        const qint64 id = selectedConversationId();
        for (const SupporterConversation& c : match->conversations)
            booked = booked || (c.id == id && c.status == QLatin1String("scheduled"));
    }
    m_heldButton->setEnabled(booked);
}

void MyMatchesPage::stepDone(const Result<void>& result, const QString& done)
{
    if (!result) {
        m_message->showError(result.error().message);
        reload(); // what the server holds now: a match may have ended meanwhile
        return;
    }
    reload();
    m_message->showMessage(done, MessageLabel::Kind::Success);
    Q_EMIT vaultChanged();
}

void MyMatchesPage::accept()
{
    if (const SupporterMatch* match = selectedMatch())
        stepDone(SupporterWorkService(m_context.session).accept(match->matchId),
                 tr("Accepted. Contact the physician by the date shown."));
}

void MyMatchesPage::decline()
{
    const SupporterMatch* match = selectedMatch();
    if (!match)
        return;
    const qint64 id = match->matchId;
    ui::askFirst(this, m_context.lockAction,
                 tr("Decline this match? The coordinators will find someone else, and its details leave your list."),
                 tr("&Decline"), [this, id] {
                     stepDone(SupporterWorkService(m_context.session).decline(id),
                              tr("Declined. The coordinators will find someone else."));
                 });
}

void MyMatchesPage::recordFirstContact()
{
    if (const SupporterMatch* match = selectedMatch())
        stepDone(SupporterWorkService(m_context.session).recordFirstContact(match->matchId),
                 tr("First contact recorded."));
}

void MyMatchesPage::recordHeld()
{
    if (const qint64 id = selectedConversationId(); id != 0)
        stepDone(SupporterWorkService(m_context.session).recordHeld(id), tr("Conversation recorded as held."));
}

FormDialog* MyMatchesPage::book()
{
    const SupporterMatch* match = selectedMatch();
    if (!match)
        return nullptr;
    const qint64 matchId = match->matchId;
    auto* dialog = new FormDialog(tr("Book a conversation"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("bookConversationDialog"));
    auto* when = new MomentEdit(m_context.session.clock(), dialog);
    when->setObjectName(QStringLiteral("bookWhen"));
    when->nameParts();
    when->setAccessibleName(tr("When"));
    when->setDateTime(m_context.session.clock().nowUtc().toLocalTime().addDays(1));
    auto* minutes = new QSpinBox(dialog);
    minutes->setObjectName(QStringLiteral("bookMinutes"));
    minutes->setAccessibleName(tr("Minutes"));
    minutes->setRange(15, 45);
    minutes->setSingleStep(15);
    minutes->setValue(30);
    when->setDurationMinutes(minutes->value());
    connect(minutes, &QSpinBox::valueChanged, when, &MomentEdit::setDurationMinutes);
    auto* how = new QComboBox(dialog);
    how->setObjectName(QStringLiteral("bookModality"));
    how->setAccessibleName(tr("How"));
    for (const QString& key : Vocabulary::keys(Vocab::Modality))
        how->addItem(Vocabulary::displayName(Vocab::Modality, key), key);
    dialog->form()->addRow(tr("&When:"), when);
    dialog->form()->addRow(tr("&Minutes:"), minutes);
    dialog->form()->addRow(tr("&How:"), how);
    dialog->setSubmit([this, matchId, when, minutes, how]() -> Result<void> {
        if (!when->dateTime().isValid())
            return makeError(ErrorCode::InvalidInput, when->problem());
        auto booked = SupporterWorkService(m_context.session)
                          .book(matchId, when->dateTime().toUTC(), minutes->value(), how->currentData().toString());
        if (!booked)
            return booked.error();
        stepDone({}, tr("Conversation booked."));
        if (booked->referralSuggested)
            m_message->showMessage(tr("Conversation booked. %1").arg(booked->referralPrompt), MessageLabel::Kind::Info);
        return {};
    });
    dialog->open();
    return dialog;
}

FormDialog* MyMatchesPage::stepAway()
{
    const SupporterMatch* match = selectedMatch();
    if (!match)
        return nullptr;
    const qint64 matchId = match->matchId;
    auto* dialog = new FormDialog(tr("Ask for a new supporter"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("stepAwayDialog"));
    auto* reason = new QComboBox(dialog);
    reason->setObjectName(QStringLiteral("stepAwayReason"));
    reason->setAccessibleName(tr("Why"));
    for (const QString& key : SupporterWorkService::stepAwayReasons())
        reason->addItem(matchEndReasonDisplayName(key), key);
    dialog->form()->addRow(new QLabel(tr("The match ends, what you booked from now on is cancelled and the "
                                         "coordinators match the physician with someone else."),
                                      dialog));
    dialog->form()->addRow(tr("&Why:"), reason);
    dialog->okButton()->setText(tr("&Ask for a new supporter"));
    dialog->setSubmit([this, matchId, reason]() -> Result<void> {
        auto ended = SupporterWorkService(m_context.session).stepAway(matchId, reason->currentData().toString());
        if (!ended)
            return ended.error();
        stepDone({}, tr("The coordinators will find a new supporter."));
        return {};
    });
    dialog->open();
    return dialog;
}

} // namespace peerdesk
