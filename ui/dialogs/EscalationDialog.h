#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace peerdesk {

class MessageLabel;
class VaultSession;

// Immediate risk at any time after intake: the crisis resources come first, then what was done (an escalation
// action category, never a description).
class EscalationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationDialog)

public:
    EscalationDialog(VaultSession& session, qint64 requestId, QWidget* parent = nullptr);

Q_SIGNALS:
    void escalated(qint64 id);

private:
    void record();

    VaultSession& m_session;
    qint64 m_id;
    QLabel* m_crisis = nullptr;
    QComboBox* m_action = nullptr;
    MessageLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace peerdesk
