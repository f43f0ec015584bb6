#include "pages/GroupsPage.h"

namespace peerdesk {

GroupsPage::GroupsPage(QWidget* parent)
    : Page(tr("Groups"), QStringLiteral("groups"), tr("For coordinators"),
           tr("Recurring peer-support groups: when they meet, their facilitators and how many people they can "
              "welcome. Afterwards only counts are kept (attendance and anonymous feedback), never who "
              "attended."),
           parent)
{
    addNotBuiltYetNote();
}

} // namespace peerdesk
