#pragma once

#include "pages/Page.h"

namespace peerdesk {

// The first page after unlocking: who is signed in, in which vault, and when PeerDesk locks itself. The
// overview of what needs attention today comes with the requests and the schedule.
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(PageContext& context, QWidget* parent = nullptr);
};

} // namespace peerdesk
