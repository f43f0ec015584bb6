#pragma once

#include "core/Result.h"
#include "core/formats/SupporterImporter.h"

#include <QDialog>
#include <QFutureWatcher>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace peerdesk {

class ImportIssueModel;
class ImportPreviewModel;
class MessageLabel;
class VaultSession;

// "Import supporters…" (administrators): choose a CSV file, read it off the GUI thread, preview the rows and
// every problem (line and column, never a field's content), then add every supporter in one transaction.
// Import stays disabled while the file has errors; nothing is written before the user presses it.
class SupporterImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupporterImportDialog)

public:
    SupporterImportDialog(VaultSession& session, QAction* lockAction, QWidget* parent);
    ~SupporterImportDialog() override;

    // Reads and checks the file in the background; the preview fills in when done.
    void readFile(const QString& path);
    bool isReading() const;
    bool canImport() const;
    ImportPreviewModel* previewModel() const { return m_preview; }
    ImportIssueModel* issueModel() const { return m_issues; }
    // Adds the previewed supporters; on failure the message says why and nothing was written.
    void importRows();

Q_SIGNALS:
    void imported(int count);

private:
    void chooseFile();
    void showParsed();
    void updateButtons();

    VaultSession& m_session;
    QAction* m_lockAction = nullptr;
    QFutureWatcher<SupporterImporter::Parsed> m_watcher;
    int m_generation = 0; // a newer read makes an older result stale
    int m_pendingGeneration = 0;
    bool m_parsedOk = false;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QPushButton* m_reread;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_previewView;
    QTableView* m_issueView;
    ImportPreviewModel* m_preview;
    ImportIssueModel* m_issues;
    MessageLabel* m_message;
    QPushButton* m_import;
    QComboBox* m_site = nullptr; // only in a program of several sites
};

} // namespace peerdesk
