#include "pages/StatisticsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace peerdesk {

StatisticsPage::StatisticsPage(PageContext& context, QWidget* parent)
    : Page(tr("Statistics"), QStringLiteral("statistics"), tr("For administrators and reporting staff"),
           tr("Monthly anonymous statistics for funders and leadership: requests and their reasons, time to "
              "first contact, conversations and groups held. Small numbers are hidden so that no physician "
              "can be recognised."),
           parent)
{
    Q_UNUSED(context)
    auto* note = new QLabel(tr("The monthly tables and their exports are not built yet."), this);
    note->setObjectName(QStringLiteral("notBuiltYet"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    contentLayout()->addWidget(note);
    contentLayout()->addStretch(1);
}

} // namespace peerdesk
