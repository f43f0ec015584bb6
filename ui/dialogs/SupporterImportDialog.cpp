#include "ui/dialogs/SupporterImportDialog.h"

#include "core/services/ProgramSettings.h"
#include "core/services/SiteService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/models/ImportIssueModel.h"
#include "ui/models/ImportPreviewModel.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace peerdesk {

namespace {

SupporterImporter::Parsed parseFile(const QString& path, const QStringList& affinityGroups,
                                    const QStringList& existingEmails, const QStringList& requiredCourses)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SupporterImporter::Parsed failed;
        failed.report.errors.append(
            { 0,
              SupporterImportDialog::tr("The file could not be opened. Check that it exists and that you may "
                                        "read it.") });
        return failed;
    }
    return SupporterImporter::parse(file, affinityGroups, existingEmails, requiredCourses);
}

} // namespace

SupporterImportDialog::SupporterImportDialog(VaultSession& session, QAction* lockAction, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose file…"), this))
    , m_reread(new QPushButton(tr("Rea&d again"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_previewView(ui::createTableView(this, "importPreview", tr("Rows to import")))
    , m_issueView(ui::createTableView(this, "importIssues", tr("Problems found in the file")))
    , m_preview(new ImportPreviewModel(this))
    , m_issues(new ImportIssueModel(this))
    , m_message(new MessageLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("supporterImportDialog"));
    setWindowTitle(tr("Import supporters"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (lockAction)
        addAction(lockAction);
    m_lockAction = lockAction;

    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("CSV file"));
    m_path->setReadOnly(true);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_reread->setObjectName(QStringLiteral("importReread"));
    m_reread->setToolTip(tr("Read the file again after correcting it."));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    m_previewView->setModel(m_preview);
    m_issueView->setModel(m_issues);
    EmptyState::attach(m_previewView, tr("Choose a CSV file to see the supporters it holds."));
    EmptyState::attach(m_issueView, tr("No problems found."));
    m_issueView->setWordWrap(true);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("CSV &file:"), this);
    fileLabel->setBuddy(m_browse);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_reread);

    auto* previewLabel = new QLabel(tr("&Rows to import:"), this);
    previewLabel->setBuddy(m_previewView);
    auto* issueLabel = new QLabel(tr("&Problems:"), this);
    issueLabel->setBuddy(m_issueView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* previewBox = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_previewView);
    auto* issueBox = new QWidget(splitter);
    auto* issueLayout = new QVBoxLayout(issueBox);
    issueLayout->setContentsMargins(0, 0, 0, 0);
    issueLayout->addWidget(issueLabel);
    issueLayout->addWidget(m_issueView);
    splitter->addWidget(previewBox);
    splitter->addWidget(issueBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SupporterImportDialog::importRows);
    connect(m_browse, &QPushButton::clicked, this, &SupporterImportDialog::chooseFile);
    connect(m_reread, &QPushButton::clicked, this, [this] { readFile(m_path->text()); });
    connect(&m_watcher, &QFutureWatcher<SupporterImporter::Parsed>::finished, this, &SupporterImportDialog::showParsed);

    auto* intro = new QLabel(tr("One supporter per row, with a header row naming the columns (see the import "
                                "formats in the documentation). Nothing is added until you press Import, and "
                                "then either every row is added or none."),
                             this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    // In a program of several sites the supporters of one file go to the site chosen here; with one, to it.
    if (auto sites = SiteService(m_session).list(); sites && sites->size() > 1) {
        m_site = ui::createSiteChooser(this, *sites, "importSite", true);
        auto* siteRow = new QHBoxLayout;
        auto* siteLabel = new QLabel(tr("Site:"), this);
        siteLabel->setBuddy(m_site);
        siteRow->addWidget(siteLabel);
        siteRow->addWidget(m_site);
        siteRow->addStretch(1);
        layout->addLayout(siteRow);
    }
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    ui::fitToScreen(this, QSize(860, 620));
    updateButtons();
}

SupporterImportDialog::~SupporterImportDialog()
{
    // The parse owns no vault data and touches no widget: waiting for it keeps the future's result from
    // outliving the dialog in a half-destroyed state.
    m_watcher.waitForFinished();
}

void SupporterImportDialog::chooseFile()
{
    auto* chooser = new QFileDialog(this, tr("Choose a CSV file"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setNameFilters({ tr("CSV files (*.csv)"), tr("All files (*)") });
    // Qt's own dialog: a native one (GTK, a portal) is another process's window, where Ctrl+L cannot lock.
    chooser->setOption(QFileDialog::DontUseNativeDialog);
    if (m_lockAction)
        chooser->addAction(m_lockAction);
    connect(chooser, &QFileDialog::fileSelected, this, &SupporterImportDialog::readFile);
    chooser->open();
}

void SupporterImportDialog::readFile(const QString& path)
{
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_message->clearMessage();
    m_parsedOk = false;
    m_preview->setSupporters({});
    m_issues->setIssues({}, {});

    // What the rows are checked against is read here, on the connection's thread; the parse itself is pure.
    auto affinities = m_session.settings().list(QLatin1String(ProgramSettings::AffinityGroups));
    auto required = m_session.settings().list(QLatin1String(ProgramSettings::RequiredCourses));
    auto roster = SupporterService(m_session).list();
    if (!affinities || !required || !roster) {
        m_message->showError(!affinities     ? affinities.error().message
                                 : !required ? required.error().message
                                             : roster.error().message);
        updateButtons();
        return;
    }
    QStringList emails;
    for (const Supporter& supporter : std::as_const(*roster))
        emails.append(supporter.email);

    m_pendingGeneration = ++m_generation;
    m_summary->setText(tr("Reading the file…"));
    m_progress->show();
    m_watcher.setFuture(QtConcurrent::run(parseFile, path, *affinities, emails, *required));
    updateButtons();
}

bool SupporterImportDialog::isReading() const
{
    return m_watcher.isRunning();
}

bool SupporterImportDialog::canImport() const
{
    return m_parsedOk && !isReading() && m_issues->errorCount() == 0 && m_preview->rowCount() > 0;
}

void SupporterImportDialog::showParsed()
{
    if (m_pendingGeneration != m_generation)
        return;
    m_progress->hide();
    SupporterImporter::Parsed parsed = m_watcher.result();
    const int errors = int(parsed.report.errors.size());
    const int warnings = int(parsed.report.warnings.size());
    m_parsedOk = true;
    // Rows with errors are not shown as rows to import: the problems list says what to fix.
    m_preview->setSupporters(errors == 0 ? parsed.supporters : QList<Supporter>());
    m_issues->setIssues(parsed.report.errors, parsed.report.warnings);
    m_issueView->resizeColumnsToContents();
    m_previewView->resizeColumnsToContents();
    QString summary = tr("%n row(s) read.", nullptr, parsed.report.rows);
    if (errors > 0)
        summary += QLatin1Char(' ')
            + tr("%n problem(s) to fix in the file before importing; nothing was added.", nullptr, errors);
    else if (parsed.supporters.isEmpty())
        summary += QLatin1Char(' ') + tr("The file has no supporters to import.");
    else
        summary += QLatin1Char(' ') + tr("%n supporter(s) ready to import.", nullptr, int(parsed.supporters.size()));
    if (warnings > 0)
        summary += QLatin1Char(' ') + tr("%n warning(s): see the problems list.", nullptr, warnings);
    m_summary->setText(summary);
    if (errors > 0)
        m_issueView->setFocus();
    updateButtons();
}

void SupporterImportDialog::updateButtons()
{
    m_import->setEnabled(canImport());
    m_reread->setEnabled(!m_path->text().isEmpty() && !isReading());
    m_import->setDefault(canImport());
}

void SupporterImportDialog::importRows()
{
    if (!canImport())
        return;
    // The one write of the import: every supporter in one transaction, on a worker thread's own connection,
    // so the window keeps answering while thousands of rows go in.
    QList<Supporter> supporters = m_preview->supporters();
    if (m_site) {
        const qint64 site = m_site->currentData().toLongLong();
        if (site == 0) {
            m_message->showError(tr("Choose the site these supporters work from."));
            m_site->setFocus(Qt::OtherFocusReason);
            return;
        }
        for (Supporter& supporter : supporters)
            supporter.siteId = site;
    }
    m_import->setEnabled(false);
    QPointer<SupporterImportDialog> self(this);
    ui::runInBackground<QList<qint64>>(
        this, m_session, tr("Adding the supporters…"),
        [supporters](VaultSession& worker) { return SupporterService(worker).addAll(supporters); },
        [self](Result<QList<qint64>> ids) {
            if (!self)
                return;
            if (!ids) {
                self->m_message->showError(tr("Nothing was imported: %1").arg(ids.error().message));
                self->updateButtons();
                return;
            }
            Q_EMIT self->imported(int(ids->size()));
            self->accept();
        });
}

} // namespace peerdesk
