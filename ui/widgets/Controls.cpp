#include "widgets/Controls.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QPushButton>
#include <QTableView>

namespace peerdesk::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Controls)
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
    view->setAlternatingRowColors(true);
    // The corner button selects every row; a screen reader needs its name even while it is hidden.
    for (QAbstractButton* corner : view->findChildren<QAbstractButton*>())
        corner->setAccessibleName(Text::tr("Select all rows"));
    return view;
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

} // namespace peerdesk::ui
