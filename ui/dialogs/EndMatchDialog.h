#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace peerdesk {

class MessageLabel;
class VaultSession;

// Ending a request's accepted match early so that the physician gets a new supporter: the reason (a category
// from the match_end_reasons setting, never a story) and, before confirming, how many booked conversations it
// cancels. The request goes back to triaged; the supporter is not suggested for it again.
class EndMatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndMatchDialog)

public:
    EndMatchDialog(VaultSession& session, qint64 requestId, QWidget* parent = nullptr);

Q_SIGNALS:
    void ended(qint64 requestId, int cancelledConversations);

private:
    void endMatch();

    VaultSession& m_session;
    qint64 m_id;
    QComboBox* m_reason = nullptr;
    MessageLabel* m_error = nullptr;
};

} // namespace peerdesk
