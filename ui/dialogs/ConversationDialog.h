#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace peerdesk {

class MessageLabel;
class MomentEdit;
struct PageContext;

// Schedules a new conversation for a request with an accepted match, or moves a scheduled one. The scheduling
// service's refusals (double booking, availability, modality) are shown in place and nothing typed is lost;
// past the conversation cap the onward-referral suggestion is shown before the dialog closes.
class ConversationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDialog)

public:
    enum class Mode
    {
        New, // id: the request to preselect, or 0
        Edit, // id: the conversation to move
    };

    ConversationDialog(PageContext& context, Mode mode, qint64 id, QWidget* parent);
    ~ConversationDialog() override;

    Mode mode() const { return m_mode; }
    // The request chosen (New) or the conversation's request (Edit); 0 if none.
    qint64 requestId() const;

Q_SIGNALS:
    // Written to the vault: a new conversation, or the moved one.
    void saved(qint64 conversationId);

private:
    void loadRequests(qint64 preselect);
    void loadConversation(qint64 conversationId);
    void preselectModality();
    // The supporter's modalities (the only ones offered), availability and first free time, which a new booking
    // takes as its proposal.
    void showSupporter(qint64 supporterId, bool proposeTime);
    // Refuses at once a start before the request was received (a year or month typed wrong), with the service's
    // words, and lets Save through again once the time is right.
    void checkReceipt();
    void save();

    PageContext& m_context;
    Mode m_mode;
    qint64 m_conversationId = 0;
    qint64 m_fixedRequestId = 0;
    bool m_done = false;
    bool m_beforeReceipt = false;
    QComboBox* m_request;
    MomentEdit* m_start;
    QSpinBox* m_duration;
    QComboBox* m_modality;
    QCheckBox* m_outside;
    QLabel* m_availability;
    QHash<qint64, qint64> m_supporterOf; // request -> supporter, for the requests offered
    MessageLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace peerdesk
