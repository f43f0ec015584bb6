#pragma once

#include "core/domain/Request.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace peerdesk {

class MessageLabel;
class VaultSession;

// Closing a request: an outcome the lifecycle allows from its status, whether it was difficult for the supporter
// (their cooldown) and, whatever the outcome, a referral given to one of the configured resources.
class CloseRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseRequestDialog)

public:
    CloseRequestDialog(VaultSession& session, const SupportRequest& request, bool hasSupporter,
                       QWidget* parent = nullptr);

Q_SIGNALS:
    void closed(qint64 id);

private:
    void closeRequest();

    VaultSession& m_session;
    qint64 m_id;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_difficult = nullptr;
    QComboBox* m_resource = nullptr;
    MessageLabel* m_error = nullptr;
    QLabel* m_cancelled = nullptr; // how many booked conversations closing cancels, when there are any
};

} // namespace peerdesk
