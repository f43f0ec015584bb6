#include "pages/RequestsPage.h"

namespace peerdesk {

RequestsPage::RequestsPage(PageContext& context, QWidget* parent)
    : Page(tr("Requests"), QStringLiteral("requests"), tr("For coordinators"),
           tr("Requests for support, from intake to closing: triage, consent, matching with a peer supporter "
              "and hand-off. A physician's name and contact details are kept only while the coordinator and "
              "the supporter need them, then purged; an anonymous record stays for the statistics."),
           parent)
{
    Q_UNUSED(context)
}

} // namespace peerdesk
