#include "pages/GroupsPage.h"

namespace peerdesk {

GroupsPage::GroupsPage(PageContext& context, QWidget* parent)
    : Page(tr("Groups"), QStringLiteral("groups"), tr("For coordinators"),
           tr("Recurring peer-support groups: when they meet, their facilitators and how many people they can "
              "welcome. Afterwards only counts are kept (attendance and anonymous feedback), never who "
              "attended."),
           parent)
{
    Q_UNUSED(context)
}

} // namespace peerdesk
