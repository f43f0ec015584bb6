#include "ui/widgets/NewPassphraseFields.h"

#include "core/security/PassphrasePolicy.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/PassphraseEdit.h"
#include "ui/widgets/StrengthMeter.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace peerdesk {

NewPassphraseFields::NewPassphraseFields(QWidget* parent)
    : QWidget(parent)
    , m_passphrase(new PassphraseEdit(this))
    , m_passphraseLabel(new QLabel(tr("&New passphrase:"), this))
    , m_confirmLabel(new QLabel(tr("Con&firm:"), this))
    , m_meter(new StrengthMeter(this))
    , m_confirm(new PassphraseEdit(this))
    , m_confirmMessage(new MessageLabel(this))
{
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphrase"));
    m_confirm->setAccessibleName(tr("Confirm the passphrase"));
    m_confirmMessage->setObjectName(QStringLiteral("confirmMessage"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_passphraseLabel->setBuddy(m_passphrase);
    auto* passphraseCell = new QWidget(this);
    auto* passphraseLayout = new QVBoxLayout(passphraseCell);
    passphraseLayout->setContentsMargins(0, 0, 0, 0);
    passphraseLayout->addWidget(m_passphrase);
    passphraseLayout->addWidget(m_meter);
    form->addRow(m_passphraseLabel, passphraseCell);
    m_confirmLabel->setBuddy(m_confirm);
    auto* confirmCell = new QWidget(this);
    auto* confirmLayout = new QVBoxLayout(confirmCell);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_confirmMessage);
    form->addRow(m_confirmLabel, confirmCell);

    connect(m_passphrase, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &NewPassphraseFields::update);
    update();
}

void NewPassphraseFields::setLabels(const QString& passphrase, const QString& confirm)
{
    m_passphraseLabel->setText(passphrase);
    m_confirmLabel->setText(confirm);
}

void NewPassphraseFields::setPersonalWords(const QStringList& words)
{
    // Only a change re-checks: a caller may set the words from its own changed() handler.
    if (words == m_words)
        return;
    m_words = words;
    update();
}

void NewPassphraseFields::update()
{
    // text() shares the edit's buffer; evaluate() wipes the UTF-8 copy it makes.
    const QString passphrase = m_passphrase->text();
    bool strong = false;
    if (passphrase.isEmpty()) {
        m_meter->reset();
    } else {
        const PassphraseStrength strength = passphrase_policy::evaluate(passphrase, m_words);
        m_meter->setStrength(strength);
        strong = strength.acceptable;
    }
    const QString confirm = m_confirm->text();
    const bool matches = !passphrase.isEmpty() && confirm == passphrase;
    if (confirm.isEmpty())
        m_confirmMessage->clearMessage();
    else if (!matches)
        m_confirmMessage->showError(tr("The two passphrases are different."));
    else
        m_confirmMessage->showMessage(tr("The two passphrases match."), MessageLabel::Kind::Success);
    m_acceptable = strong && matches;
    Q_EMIT changed();
}

Result<SecureBuffer> NewPassphraseFields::takeSecret()
{
    QString passphrase = m_passphrase->takePassphrase();
    QString confirm = m_confirm->takePassphrase();
    wipe(confirm);
    auto secret = passphrase_policy::normalise(passphrase);
    wipe(passphrase);
    update();
    return secret;
}

} // namespace peerdesk
