#include "pages/SettingsPage.h"

namespace peerdesk {

SettingsPage::SettingsPage(PageContext& context, QWidget* parent)
    : Page(tr("Settings"), QStringLiteral("settings"), tr("For administrators"),
           tr("Contact targets and holidays, how long identifying details are kept, matching preferences, "
              "scope rules, crisis and referral resources, staff accounts and automatic locking."),
           parent)
{
    Q_UNUSED(context)
}

} // namespace peerdesk
