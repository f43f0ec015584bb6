#include "ui/dialogs/MatchDialog.h"

#include "core/services/HandOff.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/vault/VaultSession.h"
#include "ui/ClipboardGuard.h"
#include "ui/LiveChanges.h"
#include "ui/models/MatchModels.h"
#include "ui/models/ScoreBarDelegate.h"
#include "ui/pages/Page.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

QTableView* createTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                        QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    // Rows follow the wrapped reasons as the dialog is resized.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    for (QAbstractButton* corner : view->findChildren<QAbstractButton*>())
        corner->setAccessibleName(MatchDialog::tr("Select all"));
    return view;
}

} // namespace

MatchDialog::MatchDialog(PageContext& context, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_requestId(requestId)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_pages(new QStackedWidget(this))
    , m_candidates(new MatchCandidateModel(this))
    , m_exclusions(new MatchExclusionModel(this))
    , m_candidateProxy(new QSortFilterProxyModel(this))
    , m_candidateView(nullptr)
    , m_exclusionView(nullptr)
    , m_excludedLabel(nullptr)
    , m_chooseMessage(new MessageLabel(this))
    , m_confirmButton(nullptr)
    , m_preview(nullptr)
    , m_reasonsCheck(nullptr)
    , m_mailButton(nullptr)
    , m_copyButton(nullptr)
    , m_handOffMessage(new MessageLabel(this))
{
    setObjectName(QStringLiteral("matchDialog"));
    setWindowTitle(tr("Match request %1").arg(HandOff::referenceCode(requestId)));
    setMinimumSize(720, 520);
    if (context.lockAction)
        addAction(context.lockAction);

    m_pages->setObjectName(QStringLiteral("matchPages"));
    m_pages->addWidget(createChoosePage());
    m_pages->addWidget(createHandOffPage());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("matchButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // A request that already has a supporter goes straight to the hand-off.
    auto live = MatchingService(context.session).liveMatch(requestId);
    if (live && live->has_value())
        showHandOff();
    else
        loadSuggestions();
    if (context.liveChanges)
        connect(context.liveChanges, &LiveChanges::arrived, this, &MatchDialog::reloadForOthersChanges);
}

MatchDialog::~MatchDialog() = default;

bool MatchDialog::isAtHandOff() const
{
    return m_pages->currentIndex() == 1;
}

QWidget* MatchDialog::createChoosePage()
{
    auto* page = new QWidget(m_pages);
    auto* heading = ui::createHeading(tr("Choose a supporter"), page, 1.2);
    auto* intro = ui::createParagraph(
        tr("Best match first. Nothing is assigned until you confirm; the supporter then still has to accept."), page);

    m_candidateProxy->setSourceModel(m_candidates);
    m_candidateProxy->setSortRole(MatchCandidateModel::SortRole);
    m_candidateView = createTable(m_candidateProxy, QStringLiteral("candidatesView"), tr("Suggested supporters"), page);
    m_candidateView->setSortingEnabled(true);
    m_candidateView->sortByColumn(MatchCandidateModel::RankColumn, Qt::AscendingOrder);
    m_candidateView->setItemDelegateForColumn(MatchCandidateModel::ScoreColumn,
                                              new ScoreBarDelegate(MatchCandidateModel::SortRole, m_candidateView));
    m_candidateView->horizontalHeader()->setSectionResizeMode(MatchCandidateModel::RankColumn,
                                                              QHeaderView::ResizeToContents);
    m_candidateView->setColumnWidth(MatchCandidateModel::NameColumn, 170);
    m_candidateView->setColumnWidth(MatchCandidateModel::ScoreColumn, 150);
    auto* candidatesLabel = new QLabel(tr("&Suggested supporters:"), page);
    candidatesLabel->setBuddy(m_candidateView);

    EmptyState::attach(m_candidateView,
                       tr("No supporter can be suggested: see below why each was left out. An "
                          "administrator adds supporters or returns paused ones to active."));
    m_exclusionView = createTable(m_exclusions, QStringLiteral("excludedView"), tr("Supporters not suggested"), page);
    m_exclusionView->setColumnWidth(MatchExclusionModel::NameColumn, 170);
    m_excludedLabel = new QLabel(tr("&Not suggested:"), page);
    m_excludedLabel->setBuddy(m_exclusionView);

    m_chooseMessage->setObjectName(QStringLiteral("matchMessage"));
    m_confirmButton = new QPushButton(QIcon(QStringLiteral(":/icons/match.svg")), tr("&Propose this supporter"), page);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->setAccessibleName(tr("Propose the selected supporter"));
    m_confirmButton->setDefault(true);

    auto* confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_chooseMessage, 1);
    confirmRow->addWidget(m_confirmButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(candidatesLabel);
    layout->addWidget(m_candidateView, 3);
    layout->addWidget(m_excludedLabel);
    layout->addWidget(m_exclusionView, 2);
    layout->addLayout(confirmRow);

    connect(m_candidateView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MatchDialog::updateConfirm);
    connect(m_confirmButton, &QPushButton::clicked, this, &MatchDialog::confirm);
    return page;
}

QWidget* MatchDialog::createHandOffPage()
{
    auto* page = new QWidget(m_pages);
    auto* heading = ui::createHeading(tr("Introduce the requester to the supporter"), page, 1.2);
    auto* intro = ui::createParagraph(
        tr("The introduction holds only what the supporter needs to make contact. Send it from your own mail "
           "program, or copy it: PeerDesk clears the clipboard after a short while."),
        page);

    m_preview = new QPlainTextEdit(page);
    m_preview->setObjectName(QStringLiteral("handOffPreview"));
    m_preview->setAccessibleName(tr("Introduction preview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    // Shown, not selectable: selecting would copy the introduction (X11's primary selection, Ctrl+C) past the
    // clipboard guard. "Copy to clipboard" is the way out, and it clears itself.
    m_preview->setTextInteractionFlags(Qt::NoTextInteraction);
    auto* previewLabel = new QLabel(tr("Intro&duction:"), page);
    previewLabel->setBuddy(m_preview);

    m_reasonsCheck = new QCheckBox(tr("The requester &agreed to share their reasons with the supporter"), page);
    m_reasonsCheck->setObjectName(QStringLiteral("reasonsConsentCheck"));
    m_reasonsCheck->setAccessibleName(tr("The requester agreed to share their reasons with the supporter"));
    m_reasonsCheck->setChecked(false);

    m_mailButton = new QPushButton(QIcon(QStringLiteral(":/icons/mail.svg")), tr("&Open in mail program"), page);
    m_mailButton->setObjectName(QStringLiteral("openMailButton"));
    m_mailButton->setAccessibleName(tr("Open the introduction in your mail program"));
    m_copyButton = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy to clipboard"), page);
    m_copyButton->setObjectName(QStringLiteral("copyIntroductionButton"));
    m_copyButton->setAccessibleName(tr("Copy the introduction to the clipboard"));
    m_mailButton->setAutoDefault(false);
    m_copyButton->setAutoDefault(false);
    m_handOffMessage->setObjectName(QStringLiteral("handOffMessage"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_mailButton);
    actions->addWidget(m_copyButton);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_reasonsCheck);
    layout->addLayout(actions);
    layout->addWidget(m_handOffMessage);

    connect(m_reasonsCheck, &QCheckBox::toggled, this, &MatchDialog::renderIntroduction);
    connect(m_mailButton, &QPushButton::clicked, this, &MatchDialog::openInMailProgram);
    connect(m_copyButton, &QPushButton::clicked, this, &MatchDialog::copyIntroduction);
    return page;
}

// A colleague's change on a program server (a supporter's places taken, a status changed): the candidates are read
// again, the one chosen still chosen when they can still take the request. After the proposal nothing changes.
void MatchDialog::reloadForOthersChanges()
{
    if (isAtHandOff())
        return;
    const QModelIndexList rows = m_candidateView->selectionModel()->selectedRows();
    const qint64 chosen
        = rows.isEmpty() ? 0 : rows.constFirst().data(MatchCandidateModel::SupporterIdRole).toLongLong();
    loadSuggestions();
    if (chosen == 0)
        return;
    for (int row = 0; row < m_candidateView->model()->rowCount(); ++row) {
        if (m_candidateView->model()->index(row, 0).data(MatchCandidateModel::SupporterIdRole).toLongLong() == chosen) {
            m_candidateView->selectRow(row);
            return;
        }
    }
    // Nobody the person did not choose stays chosen: Propose is the default button.
    m_candidateView->clearSelection();
    updateConfirm();
    m_chooseMessage->showMessage(tr("A colleague's change means the supporter you chose can no longer be proposed; "
                                    "the list is up to date."),
                                 MessageLabel::Kind::Info);
}

void MatchDialog::loadSuggestions()
{
    m_pages->setCurrentIndex(0);
    auto suggestions = MatchingService(m_context.session).suggest(m_requestId);
    if (!suggestions) {
        m_candidates->setCandidates({});
        m_exclusions->setExclusions({});
        m_chooseMessage->showError(suggestions.error().message);
        updateConfirm();
        return;
    }
    m_candidates->setCandidates(suggestions->candidates);
    m_exclusions->setExclusions(suggestions->excluded);
    m_excludedLabel->setText(tr("&Not suggested (%n):", nullptr, int(suggestions->excluded.size())));
    if (suggestions->candidates.isEmpty()) {
        m_chooseMessage->showMessage(tr("No supporter can take this request now: see why below."),
                                     MessageLabel::Kind::Info);
    } else {
        m_chooseMessage->clearMessage();
        m_candidateView->selectRow(0);
    }
    updateConfirm();
    m_candidateView->setFocus();
}

void MatchDialog::updateConfirm()
{
    m_confirmButton->setEnabled(m_candidateView->selectionModel()->hasSelection());
}

void MatchDialog::confirm()
{
    const QModelIndexList rows = m_candidateView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 supporterId = rows.constFirst().data(MatchCandidateModel::SupporterIdRole).toLongLong();
    auto assigned = MatchingService(m_context.session).assign(m_requestId, supporterId);
    if (!assigned) {
        m_chooseMessage->showError(assigned.error().message);
        return;
    }
    Q_EMIT matched(m_requestId, supporterId);
    showHandOff();
}

void MatchDialog::showHandOff()
{
    m_pages->setCurrentIndex(1);
    renderIntroduction();
    m_mailButton->setFocus();
}

void MatchDialog::renderIntroduction()
{
    auto introduction = HandOff(m_context.session).introduction(m_requestId, m_reasonsCheck->isChecked());
    const bool ready = introduction.hasValue();
    m_mailButton->setEnabled(ready);
    m_copyButton->setEnabled(ready);
    if (!ready) {
        m_preview->clear();
        m_handOffMessage->showError(introduction.error().message);
        return;
    }
    m_preview->setPlainText(
        tr("To: %1\nSubject: %2\n\n%3")
            .arg(introduction->recipient.isEmpty() ? tr("(no email address in the roster)") : introduction->recipient,
                 introduction->subject, introduction->body));
    m_handOffMessage->clearMessage();
}

void MatchDialog::openInMailProgram()
{
    auto introduction = HandOff(m_context.session).introduction(m_requestId, m_reasonsCheck->isChecked());
    if (!introduction) {
        m_handOffMessage->showError(introduction.error().message);
        return;
    }
    if (!m_openUrl(HandOff::mailtoUrl(*introduction))) {
        m_handOffMessage->showError(
            tr("No mail program opened. Copy the introduction instead and paste it into a message."));
        return;
    }
    m_handOffMessage->showMessage(introduction->recipient.isEmpty()
                                      ? tr("Opened in your mail program. The supporter has no email address in the "
                                           "roster: add the recipient there.")
                                      : tr("Opened in your mail program. Check the message there and send it."),
                                  MessageLabel::Kind::Success);
}

void MatchDialog::copyIntroduction()
{
    auto introduction = HandOff(m_context.session).introduction(m_requestId, m_reasonsCheck->isChecked());
    if (!introduction) {
        m_handOffMessage->showError(introduction.error().message);
        return;
    }
    // The guard belongs to the window that opened this dialog: the clipboard is still cleared on time after
    // the dialog closes, and at once when locking destroys that window.
    ClipboardGuard* guard = ClipboardGuard::forWindow(parentWidget() ? parentWidget() : this);
    const int seconds = clearSeconds();
    guard->copy(introduction->subject + QStringLiteral("\n\n") + introduction->body, seconds);
    m_handOffMessage->showMessage(tr("Copied. Cleared from the clipboard in %n s.", nullptr, seconds),
                                  MessageLabel::Kind::Success);
    connect(
        guard, &ClipboardGuard::finished, this,
        [this](bool wasOurs) {
            if (wasOurs)
                m_handOffMessage->showMessage(tr("The clipboard was cleared."), MessageLabel::Kind::Info);
            else
                m_handOffMessage->clearMessage();
        },
        Qt::SingleShotConnection);
}

int MatchDialog::clearSeconds() const
{
    auto seconds = m_context.session.settings().integer(QLatin1String(ProgramSettings::ClipboardClearSeconds));
    return seconds ? *seconds : 30;
}

} // namespace peerdesk
