#include "ui/pages/SupportersPage.h"

#include "core/domain/DateText.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/Role.h"
#include "core/domain/Vocabulary.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/services/VersionCheck.h"
#include "core/vault/VaultSession.h"
#include "ui/dialogs/ConflictText.h"
#include "ui/dialogs/FormDialog.h"
#include "ui/dialogs/SupporterEditorDialog.h"
#include "ui/dialogs/SupporterImportDialog.h"
#include "ui/models/DebriefTableModel.h"
#include "ui/models/SupporterFilterModel.h"
#include "ui/models/SupporterTableModel.h"
#include "ui/models/TrainingTableModel.h"
#include "ui/undo/SupporterCommands.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

QString windowText(const WeeklyWindow& window)
{
    const QLocale locale;
    const auto time = [&locale](int minutes) {
        return locale.toString(QTime((minutes / 60) % 24, minutes % 60), QLocale::ShortFormat);
    };
    return SupportersPage::tr("%1 %2 to %3")
        .arg(locale.dayName(window.weekday, QLocale::ShortFormat), time(window.startMinute), time(window.endMinute));
}

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

SupportersPage::SupportersPage(PageContext& context, QWidget* parent)
    : Page(tr("Supporters"), QStringLiteral("supporters"), tr("For administrators and coordinators"),
           tr("The roster of peer supporters: specialties, languages, how they can meet (in person, by phone or "
              "by video), training and when it expires, how many people they can support, and pauses for "
              "leave or for rest after a difficult case."),
           parent)
    , m_context(context)
    , m_administrator(administers(context.session.user().role))
    , m_model(new SupporterTableModel(this))
    , m_filter(new SupporterFilterModel(this))
    , m_training(new TrainingTableModel(this))
    , m_debriefs(new DebriefTableModel(this))
{
    m_filter->setSourceModel(m_model);

    buildToolbar();
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("supportersMessage"));
    contentLayout()->addWidget(m_message);

    m_table = ui::createTableView(this, "supporterTable", tr("Supporters"));
    m_table->setModel(m_filter);
    EmptyState::attach(m_table,
                       m_administrator ? tr("No supporter to show. New supporter… (%1) adds one; Import supporters… "
                                            "reads a roster from a spreadsheet saved as CSV.")
                                             .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))
                                       : tr("No supporter to show. An administrator adds supporters or imports the "
                                            "roster."));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SupporterTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    m_details = new QLabel(detailBox);
    m_details->setObjectName(QStringLiteral("supporterDetails"));
    m_details->setAccessibleName(tr("Supporter profile"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    m_trainingView = ui::createTableView(detailBox, "trainingTable", tr("Training"));
    m_trainingView->setModel(m_training);
    m_debriefView = ui::createTableView(detailBox, "debriefTable", tr("Debriefs"));
    m_debriefView->setModel(m_debriefs);
    EmptyState::attach(m_trainingView, tr("No training recorded."));
    EmptyState::attach(m_debriefView, tr("No debrief recorded."));
    auto* trainingLabel = new QLabel(tr("Tr&aining:"), detailBox);
    trainingLabel->setBuddy(m_trainingView);
    auto* debriefLabel = new QLabel(tr("De&briefs:"), detailBox);
    debriefLabel->setBuddy(m_debriefView);
    // The profile scrolls on its own, so a long one never squeezes the training and debrief tables.
    auto* profileScroll = new QScrollArea(detailBox);
    profileScroll->setObjectName(QStringLiteral("supporterProfileScroll"));
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    profileScroll->setWidget(m_details);
    detailLayout->addWidget(profileScroll, 2);
    detailLayout->addWidget(trainingLabel);
    detailLayout->addWidget(m_trainingView, 1);
    detailLayout->addWidget(debriefLabel);
    detailLayout->addWidget(m_debriefView, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("supportersSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SupportersPage::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SupportersPage::updateActions);
    if (m_administrator) {
        connect(m_table, &QTableView::activated, this, [this] { editSupporter(); });
    }
    setTabOrder(m_filterEdit, m_statusFilter);
    setTabOrder(m_statusFilter, m_table);
    updateActions();
}

void SupportersPage::buildToolbar()
{
    auto* bar = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("Fi&lter:"), this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("supporterFilter"));
    m_filterEdit->setAccessibleName(tr("Filter supporters"));
    m_filterEdit->setPlaceholderText(tr("Name, specialty, language, region… (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    for (QToolButton* clear : m_filterEdit->findChildren<QToolButton*>())
        clear->setAccessibleName(tr("Clear the filter"));
    filterLabel->setBuddy(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &SupporterFilterModel::setText);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("supporterStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Show supporters with status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const Term& term : Vocabulary::terms(Vocab::SupporterStatus))
        m_statusFilter->addItem(term.name, term.key);
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toString()); });

    bar->addWidget(filterLabel);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(statusLabel);
    bar->addWidget(m_statusFilter);

    if (m_administrator) {
        m_newButton = ui::createButton(this, tr("&New supporter…"), "newSupporterButton", tr("New supporter"), "add");
        m_newButton->setToolTip(tr("Add a supporter to the roster (%1)")
                                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        connect(m_newButton, &QPushButton::clicked, this, [this] { newSupporter(); });
        auto* newShortcut = new QShortcut(QKeySequence::New, this);
        newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(newShortcut, &QShortcut::activated, this, [this] { newSupporter(); });
        m_editButton = ui::createButton(this, tr("Edi&t…"), "editSupporterButton", tr("Edit supporter"), "edit");
        connect(m_editButton, &QPushButton::clicked, this, [this] { editSupporter(); });

        m_statusButton = new QToolButton(this);
        m_statusButton->setObjectName(QStringLiteral("statusButton"));
        m_statusButton->setText(tr("Change stat&us"));
        m_statusButton->setAccessibleName(tr("Change the supporter's status"));
        m_statusButton->setPopupMode(QToolButton::InstantPopup);
        m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto* menu = new QMenu(m_statusButton);
        const auto addStatusAction = [this, menu](const QString& text, auto&& slot) {
            QAction* action = menu->addAction(text);
            connect(action, &QAction::triggered, this, std::forward<decltype(slot)>(slot));
            return action;
        };
        m_activateAction = addStatusAction(tr("&Activate"), [this] { changeStatus(QStringLiteral("active")); });
        m_inTrainingAction
            = addStatusAction(tr("In &training"), [this] { changeStatus(QStringLiteral("in_training")); });
        m_nominatedAction = addStatusAction(tr("&Nominated"), [this] { changeStatus(QStringLiteral("nominated")); });
        menu->addSeparator();
        m_pauseAction = addStatusAction(tr("&Pause until…"), [this] { pauseSupporter(); });
        m_resumeAction = addStatusAction(tr("Res&ume now"), [this] { resumeSupporter(); });
        menu->addSeparator();
        m_retireAction = addStatusAction(tr("&Retire"), [this] { changeStatus(QStringLiteral("retired")); });
        m_statusButton->setMenu(menu);

        m_trainingButton
            = ui::createButton(this, tr("Add t&raining…"), "addTrainingButton", tr("Add a training record"), "add");
        connect(m_trainingButton, &QPushButton::clicked, this, [this] { addTraining(); });
        m_importButton = ui::createButton(this, tr("&Import supporters…"), "importSupportersButton",
                                          tr("Import supporters"), "import");
        connect(m_importButton, &QPushButton::clicked, this, [this] { importSupporters(); });
    }
    // Coordinators record debriefs too: the service lets them, as they run the debriefs after matches.
    m_debriefButton = ui::createButton(this, tr("Add &debrief…"), "addDebriefButton", tr("Add a debrief"), "add");
    connect(m_debriefButton, &QPushButton::clicked, this, [this] { addDebrief(); });

    auto* actions = new QHBoxLayout;
    for (QWidget* widget : std::initializer_list<QWidget*>{ m_newButton, m_editButton, m_statusButton, m_trainingButton,
                                                            m_debriefButton }) {
        if (widget)
            actions->addWidget(widget);
    }
    actions->addStretch(1);
    if (m_importButton)
        actions->addWidget(m_importButton);

    auto* column = new QVBoxLayout;
    column->addLayout(bar);
    column->addLayout(actions);
    contentLayout()->addLayout(column);
}

void SupportersPage::reload()
{
    // A roster of 10 000 reads in about 0.3 s on the GUI thread's connection (one query per table): the
    // cursor says so instead of a progress dialog for something this short.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    const qint64 keep = selectedId();
    SupporterService service(m_context.session);
    auto supporters = service.list();
    auto loads = service.loads();
    if (!supporters || !loads) {
        m_message->showError(!supporters ? supporters.error().message : loads.error().message);
        return;
    }
    m_today = m_context.session.clock().todayLocal();
    m_model->setSupporters(std::move(*supporters), std::move(*loads), m_today);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, from the rows in view: later reloads keep the widths the user chose.
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    if (keep != 0)
        selectSupporter(keep);
    showDetails();
    updateActions();
}

bool SupportersPage::showItem(ItemKind kind, qint64 id)
{
    if (kind != ItemKind::Supporter)
        return false;
    if (m_model->rowOf(id) < 0)
        reload();
    if (m_model->rowOf(id) < 0)
        return false;
    selectSupporter(id);
    if (!m_table->currentIndex().isValid()
        || m_table->currentIndex().data(SupporterTableModel::IdRole).toLongLong() != id) {
        // Hidden by the filter: show everyone, then select.
        m_filterEdit->clear();
        m_statusFilter->setCurrentIndex(0);
        selectSupporter(id);
    }
    m_table->setFocus();
    return true;
}

void SupportersPage::selectSupporter(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 SupportersPage::selectedId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && m_table->selectionModel()->isSelected(index)
        ? index.data(SupporterTableModel::IdRole).toLongLong()
        : 0;
}

const Supporter* SupportersPage::current() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isSelected(index))
        return nullptr;
    return m_model->supporterAt(m_filter->mapToSource(index).row());
}

void SupportersPage::showDetails()
{
    const Supporter* s = current();
    if (!s) {
        m_details->setText(tr("Select a supporter to see their profile."));
        m_training->setRecords({}, m_today);
        m_debriefs->setRecords({});
        return;
    }
    QStringList windows;
    for (const WeeklyWindow& window : s->availability)
        windows.append(windowText(window));
    QString html = QStringLiteral("<table>");
    html += row(tr("Name"), s->name.isEmpty() ? tr("(contact details purged)") : s->name);
    html += row(tr("Status"), roster::statusText(*s, m_today));
    html += row(tr("Email"), s->email);
    html += row(tr("Phone"), s->phone);
    html += row(tr("Pronouns"), s->pronouns);
    html += row(tr("Gender"), s->gender.isEmpty() ? QString() : Vocabulary::displayName(Vocab::Gender, s->gender));
    html += row(tr("Specialty"), s->specialty);
    html += row(tr("Practice setting"), s->practiceSetting);
    html += row(tr("Region"), s->region);
    html += row(tr("Institutions"), s->institutions.join(QStringLiteral("; ")));
    html += row(tr("Career stage"), Vocabulary::displayName(Vocab::CareerStage, s->careerStage));
    html += row(tr("Languages"), roster::languagesText(s->languages));
    html += row(tr("Modalities"), roster::termsText(Vocab::Modality, s->modalities));
    html += row(tr("Affinity groups"), s->affinities.join(QStringLiteral(", ")));
    html += row(tr("Capacity"),
                s->maxActive == 0 ? tr("Not taking new peers") : tr("%n peer(s) at once", nullptr, s->maxActive));
    html += row(tr("Rest after a difficult match"), tr("%n day(s)", nullptr, s->cooldownDays));
    if (s->cooldownUntil.isValid() && s->cooldownUntil >= m_today)
        html += row(tr("Resting until"), date_text::day(s->cooldownUntil));
    html += row(tr("Availability"), windows.isEmpty() ? tr("Not given") : windows.join(QStringLiteral("; ")));
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_training->setRecords(s->training, m_today);
    m_debriefs->setRecords(s->debriefs);
    m_trainingView->resizeColumnsToContents();
}

void SupportersPage::updateActions()
{
    const Supporter* s = current();
    const bool selected = s != nullptr;
    const bool purged = selected && s->contactPurgedAt.isValid();
    if (m_editButton)
        m_editButton->setEnabled(selected && !purged);
    if (m_statusButton) {
        m_statusButton->setEnabled(selected && !purged);
        if (selected) {
            const bool paused = s->pausedUntil.isValid() && s->pausedUntil >= m_today;
            m_activateAction->setEnabled(s->status != QLatin1String("active") || paused);
            m_inTrainingAction->setEnabled(s->status != QLatin1String("in_training"));
            m_nominatedAction->setEnabled(s->status != QLatin1String("nominated"));
            m_pauseAction->setEnabled(s->status != QLatin1String("retired"));
            m_resumeAction->setEnabled(paused);
            m_retireAction->setEnabled(s->status != QLatin1String("retired"));
        }
    }
    if (m_trainingButton)
        m_trainingButton->setEnabled(selected);
    m_debriefButton->setEnabled(selected);
}

QList<Site> SupportersPage::sites()
{
    auto all = SiteService(m_context.session).list();
    return all ? *all : QList<Site>();
}

QStringList SupportersPage::affinityGroups()
{
    auto groups = m_context.session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    return groups ? *groups : QStringList();
}

void SupportersPage::changed(qint64 selectId)
{
    reload();
    if (selectId != 0)
        selectSupporter(selectId);
    Q_EMIT vaultChanged();
}

SupporterEditorDialog* SupportersPage::newSupporter()
{
    if (!m_administrator)
        return nullptr;
    Supporter blank;
    blank.languages = { QStringLiteral("en") };
    auto* dialog = new SupporterEditorDialog(blank, affinityGroups(), true, m_context.lockAction, this);
    dialog->setSites(sites());
    QPointer<SupportersPage> page(this);
    dialog->setSubmit([this, page](const Supporter& supporter) -> Result<void> {
        if (!page)
            return {};
        auto id = SupporterService(m_context.session).add(supporter);
        if (!id)
            return id.error();
        m_message->showMessage(tr("Supporter added."), MessageLabel::Kind::Success);
        changed(*id);
        return {};
    });
    dialog->open();
    return dialog;
}

SupporterEditorDialog* SupportersPage::editSupporter()
{
    const Supporter* s = current();
    if (!m_administrator || !s || s->contactPurgedAt.isValid())
        return nullptr;
    const Supporter before = *s;
    auto* dialog = new SupporterEditorDialog(before, affinityGroups(), false, m_context.lockAction, this);
    dialog->setSites(sites());
    QPointer<SupportersPage> page(this);
    // The supporter as the form was last measured against: after someone else's change, the one read again.
    auto seen = std::make_shared<Supporter>(before);
    dialog->setSubmit([this, page, seen, dialog](const Supporter& after) -> Result<void> {
        if (!page)
            return {};
        SupporterService service(m_context.session);
        Result<void> done;
        {
            UnchangedSince unchanged(m_context.session, VersionedRecord::Supporter, seen->id, seen->version);
            done = service.update(after);
        }
        if (!done && done.error().code == ErrorCode::Conflict) {
            auto now = service.get(seen->id);
            if (!now)
                return now.error();
            const QStringList fields = changedFields(*seen, *now);
            // Their change shown where this person typed nothing; the next OK applies what they typed over it.
            dialog->setSupporter(mergedSupporter(*seen, after, *now));
            *seen = std::move(*now);
            return makeError(ErrorCode::Conflict, changedBySomeoneElse(fields));
        }
        if (!done)
            return done;
        // Its first redo reports the change, so the page reloads.
        m_context.undoStack.push(new EditSupporterCommand(m_context.session, *seen, after, undoReporter()));
        m_message->showMessage(tr("Changes saved."), MessageLabel::Kind::Success);
        return {};
    });
    dialog->open();
    return dialog;
}

SupporterImportDialog* SupportersPage::importSupporters()
{
    if (!m_administrator)
        return nullptr;
    auto* dialog = new SupporterImportDialog(m_context.session, m_context.lockAction, this);
    connect(dialog, &SupporterImportDialog::imported, this, [this](int count) {
        m_message->showMessage(tr("%n supporter(s) imported.", nullptr, count), MessageLabel::Kind::Success);
        changed(0);
    });
    dialog->open();
    return dialog;
}

Result<void> SupportersPage::applyStatus(const SupporterStatusState& after, bool liveMatchesConfirmed)
{
    const Supporter* s = current();
    if (!m_administrator || !s)
        return makeError(ErrorCode::NotPermitted, tr("Select a supporter first."));
    const qint64 id = s->id;
    const SupporterStatusState before{ s->status, s->pausedUntil };
    if (auto done = SupporterStatusCommand::applyState(m_context.session, id, after, liveMatchesConfirmed); !done)
        return done;
    // Its first redo reports the change, so the page reloads.
    m_context.undoStack.push(new SupporterStatusCommand(m_context.session, id, before, after, undoReporter()));
    m_message->showMessage(tr("Status changed."), MessageLabel::Kind::Success);
    return {};
}

bool SupportersPage::applyStatusShowingErrors(const SupporterStatusState& after)
{
    if (auto done = applyStatus(after); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    return true;
}

QStringList SupportersPage::liveMatchReferences(qint64 supporterId)
{
    QStringList references;
    if (auto requests = SupporterService(m_context.session).liveMatchRequests(supporterId)) {
        for (const qint64 request : std::as_const(*requests))
            references << requestReference(request);
    }
    return references;
}

QString SupportersPage::liveMatchWarning(const QStringList& references)
{
    return tr("This supporter has %n live match(es): %1. After this change they show on the Dashboard as needing a "
              "new supporter; end each one from its request to find the physician someone else.",
              nullptr, int(references.size()))
        .arg(references.join(QStringLiteral(", ")));
}

bool SupportersPage::changeStatus(const QString& status)
{
    // Activating ends a pause too: "active" should mean available for matches from today.
    const Supporter* s = current();
    if (!s)
        return false;
    const QDate pause = status == QLatin1String("active") ? QDate() : s->pausedUntil;
    const SupporterStatusState after{ status, pause };
    if (status != QLatin1String("active") && status != s->status) {
        const QStringList references = liveMatchReferences(s->id);
        if (!references.isEmpty()) {
            confirmStatusChange(after, references);
            return false; // nothing changed yet: the confirmation decides
        }
    }
    return applyStatusShowingErrors(after);
}

FormDialog* SupportersPage::confirmStatusChange(const SupporterStatusState& after, const QStringList& references)
{
    auto* dialog = new FormDialog(tr("Change supporter status"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("confirmStatusDialog"));
    auto* warning = new QLabel(liveMatchWarning(references), dialog);
    warning->setObjectName(QStringLiteral("liveMatchesWarning"));
    warning->setWordWrap(true);
    dialog->form()->addRow(warning);
    dialog->okButton()->setText(
        tr("Change to %1").arg(Vocabulary::displayName(Vocab::SupporterStatus, after.status).toLower()));
    dialog->okButton()->setAccessibleName(dialog->okButton()->text());
    dialog->setSubmit([this, after]() { return applyStatus(after, true); });
    dialog->open();
    return dialog;
}

bool SupportersPage::resumeSupporter()
{
    const Supporter* s = current();
    if (!s)
        return false;
    return applyStatusShowingErrors({ s->status, QDate() });
}

FormDialog* SupportersPage::pauseSupporter()
{
    const Supporter* s = current();
    if (!m_administrator || !s)
        return nullptr;
    auto* dialog = new FormDialog(tr("Pause supporter"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("pauseDialog"));
    auto* until = new QDateEdit(m_today.addDays(28), dialog);
    until->setObjectName(QStringLiteral("pauseUntilEdit"));
    until->setAccessibleName(tr("Paused until"));
    until->setCalendarPopup(true);
    until->setMinimumDate(m_today);
    dialog->form()->addRow(new QLabel(tr("No new matches until this date (inclusive)."), dialog));
    dialog->form()->addRow(tr("Paused &until:"), until);
    // The dialog is the confirmation: it names the matches the pause leaves without a supporter.
    const QStringList references = liveMatchReferences(s->id);
    if (!references.isEmpty()) {
        auto* warning = new QLabel(liveMatchWarning(references), dialog);
        warning->setObjectName(QStringLiteral("liveMatchesWarning"));
        warning->setWordWrap(true);
        dialog->form()->addRow(warning);
    }
    const QString status = s->status;
    dialog->setSubmit([this, until, status]() { return applyStatus({ status, until->date() }, true); });
    dialog->open();
    return dialog;
}

FormDialog* SupportersPage::addTraining()
{
    const Supporter* s = current();
    if (!m_administrator || !s)
        return nullptr;
    const qint64 id = s->id;
    auto* dialog = new FormDialog(tr("Add training record"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("trainingDialog"));
    auto* course = new QLineEdit(dialog);
    course->setObjectName(QStringLiteral("courseEdit"));
    course->setAccessibleName(tr("Course"));
    course->setMaxLength(100);
    auto* required = new QCheckBox(tr("Re&quired for new matches"), dialog);
    required->setObjectName(QStringLiteral("requiredCheck"));
    required->setChecked(true);
    auto* completed = new QDateEdit(m_today, dialog);
    completed->setObjectName(QStringLiteral("completedEdit"));
    completed->setAccessibleName(tr("Completed on"));
    completed->setCalendarPopup(true);
    auto* hasRefresher = new QCheckBox(tr("A &refresher is due on:"), dialog);
    hasRefresher->setObjectName(QStringLiteral("refresherCheck"));
    auto* refresher = new QDateEdit(m_today.addYears(1), dialog);
    refresher->setObjectName(QStringLiteral("refresherEdit"));
    refresher->setAccessibleName(tr("Refresher due on"));
    refresher->setCalendarPopup(true);
    refresher->setEnabled(false);
    connect(hasRefresher, &QCheckBox::toggled, refresher, &QWidget::setEnabled);
    dialog->form()->addRow(tr("&Course:"), course);
    dialog->form()->addRow(QString(), required);
    dialog->form()->addRow(tr("Com&pleted on:"), completed);
    dialog->form()->addRow(hasRefresher, refresher);
    dialog->setSubmit([this, id, course, required, completed, hasRefresher, refresher]() -> Result<void> {
        TrainingRecord record;
        record.course = course->text().trimmed();
        record.required = required->isChecked();
        record.completedOn = completed->date();
        record.refresherDue = hasRefresher->isChecked() ? refresher->date() : QDate();
        auto added = SupporterService(m_context.session).addTraining(id, record);
        if (!added)
            return added.error();
        m_message->showMessage(tr("Training record added."), MessageLabel::Kind::Success);
        changed(id);
        return {};
    });
    dialog->open();
    return dialog;
}

FormDialog* SupportersPage::addDebrief()
{
    const Supporter* s = current();
    if (!s)
        return nullptr;
    const qint64 id = s->id;
    auto* dialog = new FormDialog(tr("Add debrief"), m_context.lockAction, this);
    dialog->setObjectName(QStringLiteral("debriefDialog"));
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("debriefKindCombo"));
    kind->setAccessibleName(tr("Kind"));
    for (const Term& term : Vocabulary::terms(Vocab::DebriefKind))
        kind->addItem(term.name, term.key);
    auto* heldOn = new QDateEdit(m_today, dialog);
    heldOn->setObjectName(QStringLiteral("debriefDateEdit"));
    heldOn->setAccessibleName(tr("Held on"));
    heldOn->setCalendarPopup(true);
    heldOn->setMaximumDate(m_today);
    dialog->form()->addRow(tr("&Kind:"), kind);
    dialog->form()->addRow(tr("&Held on:"), heldOn);
    dialog->setSubmit([this, id, kind, heldOn]() -> Result<void> {
        DebriefRecord record;
        record.kind = kind->currentData().toString();
        record.heldOn = heldOn->date();
        auto added = SupporterService(m_context.session).addDebrief(id, record);
        if (!added)
            return added.error();
        m_message->showMessage(tr("Debrief added."), MessageLabel::Kind::Success);
        changed(id);
        return {};
    });
    dialog->open();
    return dialog;
}

UndoReporter SupportersPage::undoReporter()
{
    return [page = QPointer<SupportersPage>(this)](qint64 id, const QString& error) {
        if (page)
            page->afterUndoStep(id, error);
    };
}

void SupportersPage::afterUndoStep(qint64 id, const QString& error)
{
    reload();
    selectSupporter(id);
    if (error.isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(error);
    Q_EMIT vaultChanged();
}

} // namespace peerdesk
