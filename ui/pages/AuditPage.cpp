#include "pages/AuditPage.h"

namespace peerdesk {

AuditPage::AuditPage(PageContext& context, QWidget* parent)
    : Page(tr("Audit"), QStringLiteral("audit"), tr("For administrators"),
           tr("Who did what, and when. Every change to the vault is logged without any physician's name, and "
              "each entry is chained to the previous one so that tampering shows."),
           parent)
{
    Q_UNUSED(context)
}

} // namespace peerdesk
