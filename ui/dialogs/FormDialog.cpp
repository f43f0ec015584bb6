#include "ui/dialogs/FormDialog.h"

#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace peerdesk {

FormDialog::FormDialog(const QString& title, QAction* lockAction, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    if (lockAction)
        addAction(lockAction);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_buttons->setObjectName(QStringLiteral("formButtons"));
    okButton()->setObjectName(QStringLiteral("formOkButton"));
    ui::addSaveShortcuts(this, okButton());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::submit()
{
    if (m_submit) {
        if (auto done = m_submit(); !done) {
            m_message->showError(done.error().message);
            return;
        }
    }
    Q_EMIT submitted();
    accept();
}

} // namespace peerdesk
