#include "pages/SchedulePage.h"

namespace peerdesk {

SchedulePage::SchedulePage(PageContext& context, QWidget* parent)
    : Page(tr("Schedule"), QStringLiteral("schedule"), tr("For coordinators"),
           tr("Who should be contacted by when, counted in business days; upcoming conversations and group "
              "sessions; and the requests where nobody has made contact within the target."),
           parent)
{
    Q_UNUSED(context)
}

} // namespace peerdesk
