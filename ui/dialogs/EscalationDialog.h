#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace peerdesk {

class MessageLabel;
class VaultSession;

// Immediate risk at any time after intake, or during a group session: the crisis resources come first, then what
// was done (an escalation action category, never a description).
class EscalationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationDialog)

public:
    // Records the escalation with the action chosen (a Vocab::EscalationAction key).
    using Recorder = std::function<Result<QStringList>(const QString& action)>;

    // On a request: flags it.
    EscalationDialog(VaultSession& session, qint64 requestId, QWidget* parent = nullptr);
    // Anything else (a group session): the title names it, `recorder` records, `done` says what was recorded.
    EscalationDialog(VaultSession& session, qint64 id, const QString& title, Recorder recorder, QString done,
                     QWidget* parent = nullptr);

Q_SIGNALS:
    void escalated(qint64 id);

private:
    void record();

    VaultSession& m_session;
    qint64 m_id;
    Recorder m_recorder;
    QString m_done;
    QLabel* m_crisis = nullptr;
    QComboBox* m_action = nullptr;
    MessageLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace peerdesk
