#pragma once

#include <QDialog>

class QAction;
class QPushButton;

namespace peerdesk {

class MessageLabel;
class NewPassphraseFields;
class VaultSession;

// First unlock with the initial passphrase an administrator chose: the person chooses their own before
// anything else opens. Saving rewraps their key slot on a worker connection (Argon2id takes a moment by
// design), so the window keeps answering. Accepted once the new passphrase is in effect; cancelling locks.
class ChoosePassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoosePassphraseDialog)

public:
    ChoosePassphraseDialog(VaultSession& session, QAction* lockAction, QWidget* parent = nullptr);

private:
    void save();

    VaultSession& m_session;
    NewPassphraseFields* m_fields;
    MessageLabel* m_error;
    QPushButton* m_save;
};

} // namespace peerdesk
