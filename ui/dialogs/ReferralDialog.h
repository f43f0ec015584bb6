#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace peerdesk {

class MessageLabel;
class VaultSession;

// Recording a referral given: the resource the physician was connected to (those meant for this request first)
// and the day it was given. Counted in the statistics of referrals given.
class ReferralDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferralDialog)

public:
    ReferralDialog(VaultSession& session, qint64 requestId, QWidget* parent = nullptr);

Q_SIGNALS:
    void recorded(qint64 requestId, const QString& resource);

private:
    void record();

    VaultSession& m_session;
    qint64 m_id;
    QComboBox* m_resource = nullptr;
    QDateEdit* m_day = nullptr;
    MessageLabel* m_error = nullptr;
};

} // namespace peerdesk
