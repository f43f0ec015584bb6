#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace peerdesk {

class MessageLabel;
class PassphraseEdit;
class StrengthMeter;

// A new passphrase typed twice, with the strength meter and the "do they match" message, checked as the user
// types against the core's policy (passphrase_policy::evaluate with the person's own words). For choosing
// one's passphrase at first unlock and an administrator's initial passphrase for a new account.
class NewPassphraseFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPassphraseFields)

public:
    explicit NewPassphraseFields(QWidget* parent = nullptr);

    // The two field labels (with their mnemonics), "&New passphrase:" and "Con&firm:" unless set.
    void setLabels(const QString& passphrase, const QString& confirm);
    // The login and name words a passphrase must not lean on (vault::personalWords).
    void setPersonalWords(const QStringList& words);
    // Strong enough, and typed the same twice.
    bool isAcceptable() const { return m_acceptable; }
    // The passphrase, NFC-normalised into locked memory; both fields are emptied and their text wiped.
    Result<SecureBuffer> takeSecret();
    PassphraseEdit* passphraseEdit() const { return m_passphrase; }

Q_SIGNALS:
    void changed();

private:
    void update();

    PassphraseEdit* m_passphrase;
    QLabel* m_passphraseLabel;
    QLabel* m_confirmLabel;
    StrengthMeter* m_meter;
    PassphraseEdit* m_confirm;
    MessageLabel* m_confirmMessage;
    QStringList m_words;
    bool m_acceptable = false;
};

} // namespace peerdesk
