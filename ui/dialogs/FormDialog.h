#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QAction;
class QDialogButtonBox;
class QFormLayout;
class QPushButton;

namespace peerdesk {

class MessageLabel;

// A small form (a date, a course, a participant...) with an inline message and OK/Cancel. OK runs the submit
// function: on success the dialog emits submitted() and closes; on failure the message shows the service's
// words and the dialog stays open with everything the user typed. Deletes itself when closed.
class FormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDialog)

public:
    FormDialog(const QString& title, QAction* lockAction, QWidget* parent);

    QFormLayout* form() const { return m_form; }
    MessageLabel* message() const { return m_message; }
    QPushButton* okButton() const;
    void setSubmit(std::function<Result<void>()> submit) { m_submit = std::move(submit); }
    // Runs the submit function, as OK does.
    void submit();

Q_SIGNALS:
    void submitted();

private:
    QFormLayout* m_form;
    MessageLabel* m_message;
    QDialogButtonBox* m_buttons;
    std::function<Result<void>()> m_submit;
};

} // namespace peerdesk
