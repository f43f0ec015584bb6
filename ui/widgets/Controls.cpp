#include "ui/widgets/Controls.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>

#include <algorithm>

namespace peerdesk::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Controls)
};

} // namespace

namespace {

// Shows a cell's whole text as its tooltip when the column is too narrow for it and the model gives no tooltip
// of its own: a cut-off "Peer support basics, Sui…" can always be read in full.
class ElidedTipDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override
    {
        if (event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).toString().isEmpty()) {
            const QString text = displayText(index.data(Qt::DisplayRole), view->locale());
            QStyleOptionViewItem cell = option;
            initStyleOption(&cell, index);
            const int textRoom = cell.rect.width() - 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 6;
            if (!text.isEmpty() && cell.fontMetrics.horizontalAdvance(text) > textRoom) {
                QToolTip::showText(event->globalPos(), text, view, cell.rect);
                return true;
            }
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
};

} // namespace

QTableView* createTableView(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setItemDelegate(new ElidedTipDelegate(view));
    view->setAlternatingRowColors(true);
    // The corner button selects every row; a screen reader needs its name even while it is hidden.
    for (QAbstractButton* corner : view->findChildren<QAbstractButton*>())
        corner->setAccessibleName(Text::tr("Select all rows"));
    return view;
}

QComboBox* createSiteChooser(QWidget* parent, const QList<Site>& sites, const char* objectName, bool choose)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(Text::tr("Site"));
    if (choose)
        combo->addItem(Text::tr("Choose the site"), qint64(0));
    for (const Site& site : sites)
        combo->addItem(site.name, site.id);
    return combo;
}

QPushButton* createButton(QWidget* parent, const QString& text, const char* objectName, const QString& accessibleName,
                          const char* icon)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAccessibleName(accessibleName);
    if (icon)
        button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
    return button;
}

QDialogButtonBox* createDialogButtons(QWidget* parent, QPushButton* accept)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, parent);
    buttons->addButton(accept, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(QCoreApplication::translate("peerdesk::Controls", "Cancel"));
    return buttons;
}

QMessageBox* askFirst(QWidget* parent, QAction* lockAction, const QString& question, const QString& confirmText,
                      std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(QMessageBox::Question, QCoreApplication::translate("peerdesk::ui", "Confirm"), question,
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmStep"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (lockAction)
        box->addAction(lockAction);
    QPushButton* yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmStepButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelStepButton"));
    box->setDefaultButton(cancel);
    QObject::connect(yes, &QPushButton::clicked, box, std::move(onConfirmed));
    box->open();
    return box;
}

namespace {

QRect availableAreaFor(const QWidget* window)
{
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen* screen = anchor->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

// Room for the window manager's frame around a window.
constexpr int FrameAllowance = 40;

} // namespace

void addSaveShortcuts(QDialog* dialog, QAbstractButton* accept)
{
    const QKeySequence keys[] = { QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  QKeySequence(Qt::CTRL | Qt::Key_Enter) };
    for (const QKeySequence& key : keys) {
        auto* shortcut = new QShortcut(key, dialog);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, accept, [accept] {
            if (accept->isEnabled() && accept->isVisible())
                accept->click();
        });
    }
}

void fitToScreen(QWidget* window, const QSize& preferred)
{
    const QRect area = availableAreaFor(window);
    if (area.isEmpty()) {
        window->resize(preferred);
        return;
    }
    const QSize room(area.width() - FrameAllowance / 2, area.height() - FrameAllowance);
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room)));
}

void keepOnScreen(QWidget* window)
{
    QScreen* screen = QGuiApplication::screenAt(window->geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    QRect frame = window->geometry();
    frame.setSize(frame.size().boundedTo(QSize(area.width() - FrameAllowance / 2, area.height() - FrameAllowance)));
    frame.moveLeft(std::clamp(frame.left(), area.left(), std::max(area.left(), area.right() - frame.width())));
    // Below the top allowance even when the frame fills the height it was bounded to (std::clamp needs low <= high).
    const int highest = area.top() + FrameAllowance / 2;
    frame.moveTop(
        std::clamp(frame.top(), highest, std::max(highest, area.bottom() - frame.height() - FrameAllowance / 2)));
    window->setGeometry(frame);
}

} // namespace peerdesk::ui
