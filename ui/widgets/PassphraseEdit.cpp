#include "ui/widgets/PassphraseEdit.h"

#include <QAction>
#include <QEvent>
#include <QIcon>

namespace peerdesk {

PassphraseEdit::PassphraseEdit(QWidget* parent) : QLineEdit(parent), m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setClearButtonEnabled(false);
    m_reveal->setCheckable(true);
    m_reveal->setIcon(QIcon(QStringLiteral(":/icons/reveal.svg")));
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &PassphraseEdit::setRevealed);
    updateRevealAction();
}

QString PassphraseEdit::takePassphrase()
{
    QString text = this->text();
    // setText() rather than clear(): it also drops the undo history, which holds every typed character.
    setText(QString());
    // A revealed passphrase is hidden again once it has been used.
    setRevealed(false);
    return text;
}

void PassphraseEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    updateRevealAction();
}

void PassphraseEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateRevealAction();
}

void PassphraseEdit::updateRevealAction()
{
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(isRevealed());
    m_reveal->setText(isRevealed() ? tr("Hide passphrase") : tr("Show passphrase"));
    m_reveal->setToolTip(m_reveal->text());
}

} // namespace peerdesk
