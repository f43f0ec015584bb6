#pragma once

#include "core/domain/Request.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace peerdesk {

class MessageLabel;
class VaultSession;
struct TriageOutcome;

// Triage: the safety question first (answered yes or no explicitly: there is no default), the reasons (at least
// one) and the urgency. The result stays on screen: crisis resources first when someone is at immediate risk,
// the rule and the resources to offer when the request is out of scope.
class TriageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageDialog)

public:
    TriageDialog(VaultSession& session, const SupportRequest& request, QWidget* parent = nullptr);

Q_SIGNALS:
    void triaged(qint64 id);

private:
    void updateButtons();
    void triage();
    void showOutcome(const TriageOutcome& outcome);

    VaultSession& m_session;
    qint64 m_id;
    QStackedWidget* m_pages = nullptr;
    QButtonGroup* m_risk = nullptr;
    QHash<QString, QCheckBox*> m_reasons;
    QComboBox* m_urgency = nullptr;
    QGroupBox* m_riskBox = nullptr; // shown once "Yes" is chosen
    QComboBox* m_action = nullptr; // what was done about the risk
    MessageLabel* m_error = nullptr;
    QLabel* m_crisis = nullptr;
    QLabel* m_scope = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_triageButton = nullptr;
};

// Shows a list of configured resources as a readable paragraph (one per line), or says none are configured.
QString resourceListHtml(const QStringList& resources);

} // namespace peerdesk
