#pragma once

#include <QLineEdit>

class QAction;

namespace peerdesk {

// A line edit for passphrases: echo mode Password (which also disables copy, cut and input-method
// prediction), with an eye button to check what was typed.
class PassphraseEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseEdit)

public:
    explicit PassphraseEdit(QWidget* parent = nullptr);

    // The text, after clearing the edit: the caller then holds the only reference to the buffer the edit
    // used, so peerdesk::wipe() on the result zeroes it. (Qt may keep fragments we cannot reach, e.g. in
    // the undo history: this limits the damage, it does not prevent it.)
    QString takePassphrase();

    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateRevealAction();

    QAction* m_reveal;
};

} // namespace peerdesk
