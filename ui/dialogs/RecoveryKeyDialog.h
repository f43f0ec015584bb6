#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace peerdesk {

class ClipboardGuard;
class MessageLabel;

// Shows the recovery key of a new vault, once. Continue stays disabled until the user confirms they have
// stored it, and the dialog cannot be dismissed before that (Escape and the close button do nothing): the
// key is never shown again. It cannot be selected (X11 would put it in the primary selection); its Copy is marked
// secret for clipboard managers and emptied after ClearSeconds, on Continue, and when the window locks or quits.
class RecoveryKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryKeyDialog)

public:
    // How long a copied recovery key stays on the clipboard.
    static constexpr int ClearSeconds = 30;

    explicit RecoveryKeyDialog(QString recoveryKey, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    bool isConfirmed() const;
    // The key on one page, large, with what it is for and the date: what Print… sends to the printer chosen.
    void printTo(QPrinter& printer) const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void copyToClipboard();
    void forgetKey();

    QString m_recoveryKey;
    QLabel* m_keyLabel;
    QPushButton* m_copyButton;
    QPushButton* m_printButton;
    MessageLabel* m_copyMessage;
    QCheckBox* m_storedCheck;
    QPushButton* m_continueButton;
    QPointer<ClipboardGuard> m_clipboard;
};

} // namespace peerdesk
