#include "widgets/MessageLabel.h"

#include <QEvent>

namespace peerdesk {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor errorColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor successColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
}

MessageLabel::MessageLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageLabel::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    setText(text);
    setAccessibleDescription(text);
    applyColour();
    setVisible(!text.isEmpty());
}

void MessageLabel::clearMessage()
{
    clear();
    setAccessibleDescription({});
    setVisible(false);
}

void MessageLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColour();
}

void MessageLabel::applyColour()
{
    QPalette pal = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    switch (m_kind) {
    case Kind::Error:
        pal.setColor(QPalette::WindowText, errorColour(base));
        break;
    case Kind::Success:
        pal.setColor(QPalette::WindowText, successColour(base));
        break;
    case Kind::Info:
        pal.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
        break;
    }
    // setPalette inside a PaletteChange handler would recurse; only set it when something changed.
    if (pal != palette())
        setPalette(pal);
}

} // namespace peerdesk
