#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUrl;

namespace peerdesk {

class MatchCandidateModel;
class MatchExclusionModel;
class MessageLabel;
struct PageContext;

// Matching one triaged request in two steps. First the ranked candidates (score bar and reasons in plain words)
// and the supporters a rule excludes, with the rule; the coordinator confirms one. Then the hand-off: a preview
// of the introduction for that supporter, sent with the user's mail program or copied to the clipboard, which
// is cleared after the clipboard_clear_seconds setting. A request that already has a supporter opens straight
// at the hand-off. The window title names the request by its reference code only.
class MatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchDialog)

public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    MatchDialog(PageContext& context, qint64 requestId, QWidget* parent);
    ~MatchDialog() override;

    qint64 requestId() const { return m_requestId; }
    bool isAtHandOff() const;
    // Replaces QDesktopServices::openUrl for "Open in mail program" (tests).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    // The coordinator confirmed a supporter (the request is now matched).
    void matched(qint64 requestId, qint64 supporterId);

private:
    QWidget* createChoosePage();
    QWidget* createHandOffPage();
    void loadSuggestions();
    void reloadForOthersChanges();
    void updateConfirm();
    void confirm();
    void showHandOff();
    void renderIntroduction();
    void openInMailProgram();
    void copyIntroduction();
    int clearSeconds() const;

    PageContext& m_context;
    qint64 m_requestId;
    UrlOpener m_openUrl;
    QStackedWidget* m_pages;
    // Choosing
    MatchCandidateModel* m_candidates;
    MatchExclusionModel* m_exclusions;
    QSortFilterProxyModel* m_candidateProxy;
    QTableView* m_candidateView;
    QTableView* m_exclusionView;
    QLabel* m_excludedLabel;
    MessageLabel* m_chooseMessage;
    QPushButton* m_confirmButton;
    // Hand-off
    QPlainTextEdit* m_preview;
    QCheckBox* m_reasonsCheck;
    QPushButton* m_mailButton;
    QPushButton* m_copyButton;
    MessageLabel* m_handOffMessage;
};

} // namespace peerdesk
