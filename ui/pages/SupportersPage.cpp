#include "pages/SupportersPage.h"

namespace peerdesk {

SupportersPage::SupportersPage(PageContext& context, QWidget* parent)
    : Page(tr("Supporters"), QStringLiteral("supporters"), tr("For administrators and coordinators"),
           tr("The roster of peer supporters: specialties, languages, how they can meet (in person, by phone or "
              "by video), training and when it expires, how many people they can support, and pauses for "
              "leave or for rest after a difficult case."),
           parent)
{
    Q_UNUSED(context)
}

} // namespace peerdesk
