#include "pages/StatisticsPage.h"

namespace peerdesk {

StatisticsPage::StatisticsPage(QWidget* parent)
    : Page(tr("Statistics"), QStringLiteral("statistics"), tr("For administrators and reporting staff"),
           tr("Monthly anonymous statistics for funders and leadership: requests and their reasons, time to "
              "first contact, conversations and groups held. Small numbers are hidden so that no physician "
              "can be recognised."),
           parent)
{
    addNotBuiltYetNote();
}

} // namespace peerdesk
