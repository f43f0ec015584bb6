#pragma once

// Shared by the page tests: every control a keyboard or screen-reader user meets has a name.

#include "CatchCompat.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

#include <algorithm>

namespace peerdesk::test {

// Every control a keyboard or screen-reader user meets is named: by its accessible name, its own text (check
// boxes and buttons), or a label whose buddy it is.
inline void requireNamedControls(QWidget* root)
{
    const auto labels = root->findChildren<QLabel*>();
    int checked = 0;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QAbstractItemView*>(widget);
        if (!control || widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QHeaderView*>(widget)
            || qobject_cast<QLineEdit*>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
            || qobject_cast<QComboBox*>(widget->parentWidget()))
            continue; // the inner editors of combo and spin boxes are named through their owner
        ++checked;
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        const bool named = !widget->accessibleName().trimmed().isEmpty()
            || (button && !button->text().remove(QLatin1Char('&')).trimmed().isEmpty())
            || std::any_of(labels.cbegin(), labels.cend(), [widget](const QLabel* label) {
                   return label->buddy() == widget && !label->text().trimmed().isEmpty();
               });
        INFO(root->objectName().toStdString()
             << ": " << widget->metaObject()->className() << " '" << widget->objectName().toStdString() << "'");
        CHECK(named);
    }
    CHECK(checked > 0);
}

} // namespace peerdesk::test
