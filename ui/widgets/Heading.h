#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace peerdesk::ui {

// A title for a dialog or page: the application font, larger and bold, so it scales with the user's font
// settings instead of a hard-coded pixel size.
QLabel* createHeading(const QString& text, QWidget* parent, qreal scale = 1.45);

// A secondary paragraph: word-wrapped, plain text.
QLabel* createParagraph(const QString& text, QWidget* parent);

} // namespace peerdesk::ui
