#pragma once

#include "core/services/RequestService.h"

#include <QDialog>

class QPushButton;

namespace peerdesk {

class MessageLabel;
class RequestForm;
class VaultSession;

// New request (intake) and Edit request: the whole form, validated as the user types; OK stays disabled while
// something is wrong. When the service refuses, the reason is shown at the top and everything typed stays.
class RequestEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditorDialog)

public:
    // Intake.
    RequestEditorDialog(VaultSession& session, QWidget* parent = nullptr);
    // Edit of an open request.
    RequestEditorDialog(VaultSession& session, const SupportRequest& request, QWidget* parent = nullptr);

    RequestForm* form() const { return m_form; }
    // Closes at once when nothing was typed; otherwise asks before discarding (a non-modal question).
    void reject() override;
    // A new request with something typed and not saved: what a lock keeps as a draft.
    bool hasUnsavedIntake() const;
    // Fills the intake form with a draft kept at a lock; closing it asks first, as for anything typed.
    void restoreDraft(const NewRequest& draft);

Q_SIGNALS:
    void created(qint64 id);
    // The edit is stored; `status` is the request's status when it was made (an undo checks it is unchanged).
    void edited(qint64 id, peerdesk::RequestStatus status, const peerdesk::RequestEdit& before,
                const peerdesk::RequestEdit& after);

private:
    void build(bool edit);
    void revalidate();
    void save();
    // Someone else changed the request after this form read it: says what, keeps what is typed, and reads the request
    // again so that the next OK applies over it.
    void reloadAfterConflict();

    VaultSession& m_session;
    std::optional<SupportRequest> m_original;
    RequestForm* m_form = nullptr;
    MessageLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
    RequestEdit m_initial; // the form as it opened, to know whether closing would lose anything
    bool m_discardConfirmed = false;
};

} // namespace peerdesk
