#pragma once

#include <QLabel>

namespace peerdesk {

// An inline message under a form field or at the top of a dialog: a problem the user can fix ("error") or a
// neutral hint ("info"). Hidden while empty, so a form does not reserve room for messages it has not got.
// Errors are shown in place, never as a modal box the user has to dismiss.
class MessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)

public:
    enum class Kind
    {
        Info,
        Error,
        Success
    };

    explicit MessageLabel(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void clearMessage();
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();
    // A dialog too short for the message grows to show it whole (never past its screen): a message that
    // appears must not push the buttons off or be cut to one line.
    void growDialogToFit();

    Kind m_kind = Kind::Info;
};

// Colours readable on both light and dark palettes.
QColor errorColour(const QPalette& palette);
QColor successColour(const QPalette& palette);

} // namespace peerdesk
