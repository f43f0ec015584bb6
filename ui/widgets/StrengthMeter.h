#pragma once

#include <QWidget>

class QLabel;

namespace peerdesk {

class MessageLabel;
struct PassphraseStrength;

// Shows a passphrase's zxcvbn score (0..4) as a four-segment bar with a word, and the policy's advice below
// it. The word and the advice carry the meaning, so the colours are never the only signal.
class StrengthMeter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrengthMeter)

public:
    explicit StrengthMeter(QWidget* parent = nullptr);

    void setStrength(const PassphraseStrength& strength);
    void reset(); // nothing typed yet

    int score() const { return m_score; }
    QString word() const;
    QString feedback() const;

    static QString wordForScore(int score);

private:
    class Bar;

    int m_score = -1; // -1: empty
    Bar* m_bar;
    QLabel* m_word;
    MessageLabel* m_feedback;
};

} // namespace peerdesk
