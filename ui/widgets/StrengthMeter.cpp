#include "ui/widgets/StrengthMeter.h"

#include "core/security/PassphrasePolicy.h"
#include "ui/widgets/MessageLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

namespace {

constexpr int Segments = 4;

QColor colourForScore(int score)
{
    switch (score) {
    case 0:
    case 1:
        return { 0xd3, 0x2f, 0x2f };
    case 2:
        return { 0xef, 0x8a, 0x17 };
    case 3:
        return { 0xc9, 0xa8, 0x00 };
    default:
        return { 0x2e, 0x9d, 0x4f };
    }
}

} // namespace

class StrengthMeter::Bar final : public QWidget
{
public:
    explicit Bar(QWidget* parent) : QWidget(parent)
    {
        setMinimumWidth(120);
        setFixedHeight(8);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setScore(int score)
    {
        m_score = score;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        constexpr int gap = 4;
        const qreal segmentWidth = (width() - gap * (Segments - 1)) / qreal(Segments);
        // Score 0 still lights one segment, so "very weak" is visibly different from "nothing typed".
        const int lit = m_score < 0 ? 0 : std::max(1, m_score);
        QColor empty = palette().color(QPalette::WindowText);
        empty.setAlphaF(0.18f);
        for (int i = 0; i < Segments; ++i) {
            const QRectF rect(i * (segmentWidth + gap), 0, segmentWidth, height());
            painter.setBrush(i < lit ? colourForScore(m_score) : empty);
            painter.drawRoundedRect(rect, 3, 3);
        }
    }

private:
    int m_score = -1;
};

StrengthMeter::StrengthMeter(QWidget* parent)
    : QWidget(parent), m_bar(new Bar(this)), m_word(new QLabel(this)), m_feedback(new MessageLabel(this))
{
    setAccessibleName(tr("Passphrase strength"));
    m_word->setMinimumWidth(m_word->fontMetrics().horizontalAdvance(wordForScore(0)) + 8);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_word);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_feedback);
    reset();
}

QString StrengthMeter::wordForScore(int score)
{
    switch (score) {
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Good");
    case 4:
        return tr("Strong");
    default:
        return {};
    }
}

void StrengthMeter::setStrength(const PassphraseStrength& strength)
{
    m_score = std::clamp(strength.score, 0, Segments);
    m_bar->setScore(m_score);
    m_word->setText(wordForScore(m_score));
    if (strength.acceptable)
        m_feedback->showMessage(tr("Strong enough for PeerDesk."), MessageLabel::Kind::Success);
    else
        m_feedback->showMessage(strength.feedback, MessageLabel::Kind::Info);
    setAccessibleDescription(m_word->text() + QStringLiteral(". ") + m_feedback->text());
}

void StrengthMeter::reset()
{
    m_score = -1;
    m_bar->setScore(-1);
    m_word->setText(tr("Not set"));
    m_feedback->showMessage(tr("At least %1 characters. A few unrelated words are easy to remember and hard to guess.")
                                .arg(passphrase_policy::MinimumLength),
                            MessageLabel::Kind::Info);
    setAccessibleDescription(m_feedback->text());
}

QString StrengthMeter::word() const
{
    return m_word->text();
}

QString StrengthMeter::feedback() const
{
    return m_feedback->text();
}

} // namespace peerdesk
