#include "pages/DashboardPage.h"

#include "services/Vault.h"

#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

DashboardPage::DashboardPage(PageContext& context, QWidget* parent)
    : Page(tr("Dashboard"), QStringLiteral("dashboard"), tr("For everyone on the program staff"),
           tr("What needs attention today will appear here: new requests waiting for triage, physicians not yet "
              "contacted within the target, and supporters due for a debrief or a rest."),
           parent)
{
    const CurrentUser& user = context.session.user();
    const QString vaultDirectory = context.session.directory();
    const int autoLockMinutes = context.session.autoLockMinutes();
    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("sessionPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setMaximumWidth(720);
    auto* form = new QFormLayout(panel);
    form->setContentsMargins(16, 14, 16, 14);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Signed in as:"), valueLabel(user.displayName, QStringLiteral("signedInName"), panel));
    form->addRow(tr("Login:"), valueLabel(user.login, QStringLiteral("signedInLogin"), panel));
    form->addRow(tr("Role:"), valueLabel(roleDisplayName(user.role), QStringLiteral("signedInRole"), panel));
    form->addRow(tr("Vault:"),
                 valueLabel(QDir::toNativeSeparators(vaultDirectory), QStringLiteral("vaultFolder"), panel));
    const QString lockText = autoLockMinutes > 0
        ? tr("PeerDesk locks itself after %n minute(s) without activity. Ctrl+L locks it now.", nullptr,
             autoLockMinutes)
        : tr("Automatic locking is off. Ctrl+L locks PeerDesk now.");
    form->addRow(tr("Locking:"), valueLabel(lockText, QStringLiteral("autoLock"), panel));

    contentLayout()->addWidget(panel);
    contentLayout()->addStretch(1);
}

} // namespace peerdesk
