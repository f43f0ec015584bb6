#pragma once

#include "core/domain/Site.h"

#include <QList>
#include <QSize>
#include <QString>

#include <functional>

class QAction;
class QAbstractButton;
class QComboBox;
class QDialog;
class QDialogButtonBox;
class QMessageBox;
class QPushButton;
class QTableView;
class QWidget;

namespace peerdesk::ui {

// The site a new request, group or supporter goes to, by name, each item's data its number. With `choose`, a first
// item "Choose the site" (number 0), so that nothing is filed at a site nobody picked.
QComboBox* createSiteChooser(QWidget* parent, const QList<Site>& sites, const char* objectName, bool choose);

// A read-only list of whole rows, as every table of PeerDesk is: one row selected at a time, no editing in
// place, alternating row colours, and a name for the corner button so screen readers can announce it.
QTableView* createTableView(QWidget* parent, const char* objectName, const QString& accessibleName);

// A push button with the object name tests find it by, the name a screen reader announces and, optionally,
// an icon from resources/icons (its name without ".svg").
QPushButton* createButton(QWidget* parent, const QString& text, const char* objectName, const QString& accessibleName,
                          const char* icon = nullptr);

// OK-and-Cancel for a dialog: the given accept button (its text says what it does) and a Cancel button named for
// tests and screen readers.
QDialogButtonBox* createDialogButtons(QWidget* parent, QPushButton* accept);

// Asks before a step that cannot be undone: a non-modal question (never exec(): locking must be able to close it)
// named "confirmStep", with Ctrl+L reaching it, the step's own button ("confirmStepButton") and Cancel
// ("cancelStepButton") as the default. `onConfirmed` runs when the step's button is pressed.
QMessageBox* askFirst(QWidget* parent, QAction* lockAction, const QString& question, const QString& confirmText,
                      std::function<void()> onConfirmed);

// Ctrl+S (the platform's Save) and Ctrl+Enter press a form dialog's accept button, when it is enabled, from
// any field: Enter alone may belong to the field (a multi-line note, a list).
void addSaveShortcuts(QDialog* dialog, QAbstractButton* accept);

// Sizes a window to `preferred`, or to the screen it opens on when that is smaller (a 1280x720 laptop, a
// 1920x1080 screen at 150 %), and keeps it inside that screen's available area: buttons never sit past an edge.
// The screen is the parent's (or the primary one).
void fitToScreen(QWidget* window, const QSize& preferred);
// Moves and shrinks a window (a geometry restored from a larger screen) so that it lies inside the available
// area of the screen it is on, or of the primary screen when it is on none.
void keepOnScreen(QWidget* window);

} // namespace peerdesk::ui
