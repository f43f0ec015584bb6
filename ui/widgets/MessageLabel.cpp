#include "ui/widgets/MessageLabel.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>

#include <algorithm>

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
    if (!text.isEmpty()) {
        // After the layout has taken the new text in.
        QTimer::singleShot(0, this, &MessageLabel::growDialogToFit);
    }
}

void MessageLabel::growDialogToFit()
{
    auto* dialog = qobject_cast<QDialog*>(window());
    if (!dialog || !dialog->isVisible() || !isVisible())
        return;
    QLayout* layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    // The height the dialog needs at its present width: wrapped text is as tall as the width makes it.
    const int wanted
        = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    if (dialog->height() >= wanted)
        return;
    const QScreen* screen = dialog->screen();
    const int room = screen ? screen->availableGeometry().height() : wanted;
    dialog->resize(dialog->width(), std::min(wanted, room));
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
